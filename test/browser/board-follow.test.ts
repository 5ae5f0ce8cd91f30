/**
 * The mapping board's "follow me", its freehand drawing, and its licence fallback, in real Chromium
 * against the real server. The camera is read from the page as tldraw draws it: the shape layer's
 * CSS transform is `scale(z) translate(x, y)`, so the visible page area is (-x, -y, width/z, height/z).
 */

import { noteScreenKey, withOnScreen } from '@naervaer/shared/screen-choices';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { WebSocket as WsWebSocket } from 'ws';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { boardDrawingMap, readBoardFollow, readScreenChoices, writeCurrentStep, writeScreenChoices } from '@naervaer/shared/doc';
import { addMappingItem } from '@naervaer/shared/mapping-doc';
import { ARTIFACTS, browserSuite, foreignRequests, recordingContext, VIEWPORTS } from '../support/browser';
import { type HttpClient, invite } from '../support/http';
import { connect, eventually, synced } from '../support/yclient';
import { facilitatorContext, newMeeting } from './meeting-support';

const MAPPING_STEP = 6;

const suite = browserSuite();

async function goToMappingStep(http: HttpClient, meetingId: string) {
  const control = connect(suite.server.wsUrl, meetingId, 'control', { cookie: http.cookieHeader });
  await synced(control);
  writeCurrentStep(control.doc, MAPPING_STEP);
  await eventually(async () => (await suite.server.app.ctx.storage.docs.load(meetingId, 'control')).updates.length > 0, 'stored step');
  control.destroy();
}

async function openBoard(page: Page, url?: string) {
  if (url) await page.goto(url);
  await page.locator('.board-canvas .tl-container').waitFor();
  await page.locator('.board-area').first().waitFor();
}

type Area = { x: number; y: number; w: number; h: number; z: number };

/** The page area the canvas shows, from tldraw's own transform of its shape layer. */
async function visibleArea(page: Page): Promise<Area> {
  return page.evaluate(() => {
    const layer = document.querySelector<HTMLElement>('.board-canvas .tl-html-layer.tl-shapes')!;
    const canvas = document.querySelector<HTMLElement>('.board-canvas .tl-canvas')!.getBoundingClientRect();
    const m = /scale\(([-\d.e]+)\) translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)/.exec(layer.style.transform);
    if (!m) throw new Error(`unexpected transform ${layer.style.transform}`);
    const [z, x, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return { x: -x, y: -y, w: canvas.width / z, h: canvas.height / z, z };
  });
}

const centre = (a: Area) => ({ x: a.x + a.w / 2, y: a.y + a.h / 2 });

/**
 * Whether `follower` shows what `leader` shows: tldraw fits the leader's area into the follower's
 * canvas (another size), so the centres meet and the leader's area just fits inside.
 */
function shows(follower: Area, leader: Area): boolean {
  const f = centre(follower);
  const l = centre(leader);
  const tolerance = Math.max(leader.w, leader.h) * 0.02 + 2;
  const centred = Math.abs(f.x - l.x) < tolerance && Math.abs(f.y - l.y) < tolerance;
  const fits = follower.w >= leader.w - tolerance && follower.h >= leader.h - tolerance;
  const tight = Math.abs(follower.w - leader.w) < tolerance || Math.abs(follower.h - leader.h) < tolerance;
  return centred && fits && tight;
}

/** Pans the canvas with the mouse wheel, and zooms with Ctrl + wheel, as a person does. */
async function panAndZoom(page: Page, pan: { dx: number; dy: number }, zoomSteps = 0) {
  // The canvas's top at the top of the window, and the wheel over its upper part: the room's
  // controls are pinned to the bottom of the window and would take the wheel there.
  const canvas = page.locator('.board-canvas .tl-canvas');
  await canvas.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + Math.min(box.height * 0.4, 200));
  await page.mouse.wheel(pan.dx, pan.dy);
  for (let i = 0; i < zoomSteps; i++) {
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
  }
}

/** A facilitator (projector) and an invited participant (laptop), both with the board of a new meeting open. */
async function facilitatorAndGuestOnBoard() {
  const facil = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.projector);
  const meetingId = await newMeeting(facil.http, { kind: 'named', title: 'Samarbeidsmøte for Ola' });
  const { url: joinUrl } = await invite(facil.http, meetingId, 'participant', 'Kari Helsesykepleier');
  await goToMappingStep(facil.http, meetingId);
  const guest = await recordingContext(suite.browser, VIEWPORTS.laptop);
  await openBoard(facil.page, `${suite.server.url}/m/${meetingId}`);
  await guest.page.goto(joinUrl);
  await guest.page.waitForURL('**/m/**');
  await openBoard(guest.page);
  return { facil, guest, meetingId };
}

/**
 * A barrier for a "nothing moves" check: waits until what the facilitator's page published of its
 * view (`leader`, sent throttled) has reached `page`. A witness client waits until that view is
 * published, then adds a note; the server sends to each socket in order, so once the note shows on
 * `page`, the view reached it first and the page has had its chance to move.
 */
async function leaderViewReached(page: Page, meetingId: string, cookie: string, leader: Area): Promise<void> {
  const witness = connect(suite.server.wsUrl, meetingId, 'content', { cookie });
  await synced(witness);
  const published = () =>
    [...witness.provider.awareness.getStates().values()].some((state) => {
      const s = state as { user?: { role?: string }; board?: { viewport?: { x: number; y: number; w: number; h: number } } };
      const v = s.user?.role === 'facilitator' ? s.board?.viewport : undefined;
      return v !== undefined && shows({ ...v, z: leader.z }, leader);
    });
  await eventually(published, 'the facilitator’s view published', 30_000);
  const text = `Vaktpost ${++sentinels}`;
  const id = addMappingItem(witness.doc, { kind: 'resource', areaId: 'family', text });
  // Put on the shared screen too (a note reaches it only when the facilitator puts it there).
  const control = await suite.server.app.ctx.rooms.get(meetingId, 'control');
  await control.write((doc) => writeScreenChoices(doc, withOnScreen(readScreenChoices(doc), [noteScreenKey(id)], true)));
  // On the canvas (where it may lie outside the view) or in the list or summary beside it.
  await page.getByText(text).first().waitFor({ state: 'attached' });
  witness.destroy();
}
let sentinels = 0;

describe('following the facilitator on the mapping board', () => {
  it('moves a participant’s canvas to the facilitator’s view when asked, stops when the participant pans, and stops for everyone when the facilitator ends it', async () => {
    const { facil, guest, meetingId } = await facilitatorAndGuestOnBoard();

    // The facilitator asks everyone to follow, then pans and zooms in.
    await facil.page.getByRole('button', { name: 'Vis alle det jeg ser', exact: true }).click();
    await expect.poll(async () => (await (await suite.server.app.ctx.rooms.get(meetingId, 'control')).read(readBoardFollow))?.on).toBe(true);
    await expect.poll(() => facil.page.getByText('Alle følger visningen din.').count()).toBe(1);
    const before = await visibleArea(facil.page);
    await panAndZoom(facil.page, { dx: 300, dy: 200 }, 3);
    await expect.poll(async () => (await visibleArea(facil.page)).z).toBeGreaterThan(before.z * 1.1);
    const leaderView = await visibleArea(facil.page);
    expect(Math.abs(centre(leaderView).x - centre(before).x)).toBeGreaterThan(20);

    // The participant's canvas takes the facilitator's view and says whom it follows.
    await expect.poll(async () => shows(await visibleArea(guest.page), await visibleArea(facil.page))).toBe(true);
    expect(await guest.page.locator('.board-canvas').getAttribute('data-following')).toBe('true');
    await expect.poll(() => guest.page.getByRole('status').filter({ hasText: 'Du følger Anne Leder.' }).count()).toBe(1);
    await guest.page.screenshot({ path: join(ARTIFACTS, 'board-follow-guest-1366x768.png') });

    // The participant pans by themself: they stop following, and the facilitator's next move leaves them be.
    await panAndZoom(guest.page, { dx: -400, dy: 0 });
    await expect.poll(() => guest.page.locator('.board-canvas').getAttribute('data-following')).toBe('false');
    await guest.page.getByRole('button', { name: 'Følg Anne Leder' }).waitFor();
    const ownView = await visibleArea(guest.page);
    await panAndZoom(facil.page, { dx: 0, dy: 300 });
    await expect.poll(async () => centre(await visibleArea(facil.page)).y).toBeGreaterThan(centre(leaderView).y + 20);
    await leaderViewReached(guest.page, meetingId, facil.http.cookieHeader, await visibleArea(facil.page));
    expect(await visibleArea(guest.page)).toEqual(ownView);

    // Asked again, the participant follows again (a new request wins over having looked away).
    await facil.page.getByRole('button', { name: 'Vis alle det jeg ser', exact: true }).click();
    await expect.poll(() => guest.page.locator('.board-canvas').getAttribute('data-following')).toBe('true');
    await expect.poll(async () => shows(await visibleArea(guest.page), await visibleArea(facil.page))).toBe(true);

    // "Slutt å lede visningen" ends it for everyone: no one follows, and the facilitator's moves stay theirs.
    await facil.page.getByRole('button', { name: 'Slutt å lede visningen' }).click();
    await expect.poll(async () => (await (await suite.server.app.ctx.rooms.get(meetingId, 'control')).read(readBoardFollow))?.on).toBe(false);
    await expect.poll(() => guest.page.locator('.board-canvas').getAttribute('data-following')).toBe('false');
    expect(await guest.page.getByText('Du følger Anne Leder.').count()).toBe(0);
    const afterStop = await visibleArea(guest.page);
    const leaderBeforeStop = await visibleArea(facil.page);
    await panAndZoom(facil.page, { dx: -600, dy: -300 });
    await expect.poll(async () => Math.abs(centre(await visibleArea(facil.page)).x - centre(leaderBeforeStop).x)).toBeGreaterThan(20);
    await leaderViewReached(guest.page, meetingId, facil.http.cookieHeader, await visibleArea(facil.page));
    expect(await visibleArea(guest.page)).toEqual(afterStop);
    await facil.page.getByRole('button', { name: 'Alle følger meg' }).waitFor();

    expect(foreignRequests(facil.requests, suite.server.url)).toEqual([]);
    expect(foreignRequests(guest.requests, suite.server.url)).toEqual([]);
    await facil.context.close();
    await guest.context.close();
  });

  it('shows the board read-only on the shared screen at step 7, with the notes, its camera following the facilitator’s pan and zoom', async () => {
    const facil = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.projector);
    const meetingId = await newMeeting(facil.http, { kind: 'named', title: 'Samarbeidsmøte for Ola' });
    await goToMappingStep(facil.http, meetingId);
    await openBoard(facil.page, `${suite.server.url}/m/${meetingId}`);
    await facil.page.getByRole('button', { name: 'Legg til ressurs i Venner og fritid' }).last().click();
    await facil.page.locator('.mapping-list textarea:focus').waitFor();
    await facil.page.keyboard.type('Spiller fotball på tirsdager');

    // The screen runs under the facilitator's own login, as on the meeting room's projector.
    const screen = await facil.context.newPage();
    await screen.goto(`${suite.server.url}/m/${meetingId}/screen`);
    await screen.locator('.screen[data-step="mapping"]').waitFor();
    await screen.locator('.screen .board-canvas .tl-container').waitFor();
    // What an adult writes on the board reaches the screen only when the facilitator puts it there.
    const note = screen.locator('.screen .board-canvas .tl-shape').filter({ hasText: 'Spiller fotball på tirsdager' });
    await screen.locator('.screen .board-area').first().waitFor();
    expect(await note.count()).toBe(0);
    expect(await screen.locator('.mapping-summary').innerText()).not.toContain('Spiller fotball på tirsdager');
    const row = facil.page.locator('.mapping-list li', { hasText: '' }).filter({ has: facil.page.locator('textarea') }).first();
    await row.getByRole('button', { name: /Ikke på storskjermen/ }).click();
    await expect.poll(() => note.count()).toBe(1);
    await expect.poll(() => screen.locator('.mapping-summary').innerText()).toContain('Spiller fotball på tirsdager');
    // Read-only, with no controls: no toolbar, no add buttons, no follow buttons.
    expect(await screen.locator('.tlui-toolbar, [data-testid="tools.draw"]').count()).toBe(0);
    expect(await screen.locator('.board-add').count()).toBe(0);
    expect(await screen.getByRole('button', { name: /Vis alle|Vis hele|Slutt å|Følg/ }).count()).toBe(0);

    // The facilitator asks everyone to follow, then pans and zooms: the screen shows what they see.
    await facil.page.getByRole('button', { name: 'Vis alle det jeg ser', exact: true }).click();
    const before = await visibleArea(facil.page);
    await panAndZoom(facil.page, { dx: 300, dy: 200 }, 3);
    await expect.poll(async () => (await visibleArea(facil.page)).z).toBeGreaterThan(before.z * 1.1);
    await expect.poll(async () => shows(await visibleArea(screen), await visibleArea(facil.page))).toBe(true);
    expect(await screen.locator('.board-canvas').getAttribute('data-following')).toBe('true');
    await panAndZoom(facil.page, { dx: -500, dy: 0 });
    await expect.poll(async () => shows(await visibleArea(screen), await visibleArea(facil.page))).toBe(true);
    await screen.screenshot({ path: join(ARTIFACTS, 'board-screen-1920x1080.png') });

    // When nobody leads, the screen shows the whole board, whatever the facilitator does.
    await facil.page.getByRole('button', { name: 'Slutt å lede visningen' }).click();
    await expect.poll(() => screen.locator('.board-canvas').getAttribute('data-following')).toBe('false');
    const whole = await visibleArea(screen);
    const leaderBeforeWhole = await visibleArea(facil.page);
    await panAndZoom(facil.page, { dx: 400, dy: 400 }, 2);
    await expect.poll(async () => (await visibleArea(facil.page)).z).toBeGreaterThan(leaderBeforeWhole.z * 1.1);
    await leaderViewReached(screen, meetingId, facil.http.cookieHeader, await visibleArea(facil.page));
    expect(await visibleArea(screen)).toEqual(whole);
    expect(shows(whole, await visibleArea(facil.page))).toBe(false);
    await facil.context.close();
  });
});

describe('freehand drawing on the mapping board', () => {
  it('shows the facilitator’s pen stroke on a participant’s canvas, stores it in the meeting, and keeps it after a reload', async () => {
    const { facil, guest, meetingId } = await facilitatorAndGuestOnBoard();

    // The facilitator picks the pen from the toolbar and draws a stroke across the pupil.
    await facil.page.locator('[data-testid="tools.draw"]').click();
    const pupil = (await facil.page.locator('.board-pupil').boundingBox())!;
    const start = { x: pupil.x - 40, y: pupil.y + pupil.height / 2 };
    await facil.page.mouse.move(start.x, start.y);
    await facil.page.mouse.down();
    for (let i = 1; i <= 20; i++) await facil.page.mouse.move(start.x + i * 12, start.y + Math.sin(i / 3) * 30, { steps: 2 });
    await facil.page.mouse.up();
    const stroke = facil.page.locator('.tl-shape[data-shape-type="draw"]');
    await expect.poll(() => stroke.count()).toBe(1);

    // It is stored as a draw record in the meeting's boardDrawing map.
    const stored = async () => {
      const doc = new Y.Doc();
      for (const u of (await suite.server.app.ctx.storage.docs.load(meetingId, 'content')).updates) Y.applyUpdate(doc, u);
      return [...boardDrawingMap(doc).values()] as { typeName: string; type?: string }[];
    };
    await expect.poll(async () => (await stored()).filter((r) => r.typeName === 'shape' && r.type === 'draw').length).toBe(1);

    // The participant sees it, and still does after reloading the page; so does the facilitator.
    const guestStroke = guest.page.locator('.tl-shape[data-shape-type="draw"]');
    await expect.poll(() => guestStroke.count()).toBe(1);
    await guest.page.reload();
    await openBoard(guest.page);
    await expect.poll(() => guestStroke.count()).toBe(1);
    const box = await guestStroke.boundingBox();
    expect(box && box.width > 20).toBe(true);
    await facil.page.reload();
    await openBoard(facil.page);
    await expect.poll(() => stroke.count()).toBe(1);
    await guest.page.screenshot({ path: join(ARTIFACTS, 'board-drawing-guest-1366x768.png') });

    // The shared screen draws it only once the facilitator puts the drawing there (anyone may write on the board).
    const screen = await facil.context.newPage();
    await screen.goto(`${suite.server.url}/m/${meetingId}/screen`);
    await screen.locator('.screen .board-canvas .board-area').first().waitFor();
    const onScreen = screen.locator('.screen .tl-shape[data-shape-type="draw"]');
    expect(await onScreen.count()).toBe(0);
    await facil.page.getByRole('button', { name: /Ikke på storskjermen: «tegningene/ }).click();
    await expect.poll(() => onScreen.count()).toBe(1);
    await facil.page.getByRole('button', { name: /På storskjermen nå: «tegningene/ }).click();
    await expect.poll(() => onScreen.count()).toBe(0);
    await screen.close();

    expect(foreignRequests(facil.requests, suite.server.url)).toEqual([]);
    expect(foreignRequests(guest.requests, suite.server.url)).toEqual([]);
    await facil.context.close();
    await guest.context.close();
  });
});

describe('the mapping board without a tldraw licence key', () => {
  it('shows the list with an explanation instead of the canvas on an https production host, and the canvas on the local http address', async () => {
    const facil = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    const meetingId = await newMeeting(facil.http, { kind: 'named', title: 'Samarbeidsmøte for Ola' });
    await goToMappingStep(facil.http, meetingId);

    // The same built app and server, reached as https://naervaer.kommune.test: Playwright answers
    // that host's requests from the local server, and carries its websockets to the local server.
    const host = 'naervaer.kommune.test';
    const local = new URL(suite.server.url);
    await facil.context.route(`https://${host}/**`, async (route) => {
      const url = new URL(route.request().url());
      const response = await route.fetch({ url: `${suite.server.url}${url.pathname}${url.search}` });
      await route.fulfill({ response });
    });
    await facil.context.routeWebSocket(
      (url) => url.host === host,
      (ws) => {
        const target = new URL(ws.url());
        const upstream = new WsWebSocket(`ws://${local.host}${target.pathname}${target.search}`, { headers: { cookie: facil.http.cookieHeader } });
        upstream.on('error', () => ws.close({ code: 1011 }));
        const early: (string | Buffer)[] = [];
        upstream.on('open', () => early.splice(0).forEach((m) => upstream.send(m)));
        upstream.on('message', (data, binary) => ws.send(binary ? (data as Buffer) : String(data)));
        upstream.on('close', (code) => ws.close({ code: code === 1005 ? 1000 : code }));
        ws.onMessage((m) => (upstream.readyState === WsWebSocket.OPEN ? upstream.send(m) : early.push(m)));
        ws.onClose(() => upstream.close());
      },
    );
    await facil.context.addCookies(
      facil.http.cookieHeader.split('; ').map((pair) => {
        const [name, ...value] = pair.split('=');
        return { name: name!, value: value.join('='), domain: host, path: '/' };
      }),
    );
    expect(local.protocol).toBe('http:');

    const page = facil.page;
    // The page's clock is the test's: past tldraw's 5 s licence timer by moving it, not by waiting.
    await page.clock.install();
    await page.goto(`https://${host}/m/${meetingId}`);
    const notice = page.getByRole('alert').filter({ hasText: 'tldraw-lisensnøkkelen mangler' });
    await notice.waitFor();
    expect(await page.evaluate(() => location.protocol + '//' + location.host)).toBe(`https://${host}`);
    expect(await page.locator('.board').getAttribute('data-board-view')).toBe('list');
    expect(await page.locator('.board-canvas').count()).toBe(0);
    expect(await page.locator('.board-views').count()).toBe(0);
    // The list works: an item added there is stored in the meeting.
    await page.getByRole('button', { name: 'Legg til ressurs i Venner og fritid' }).click();
    await page.locator('.mapping-list textarea:focus').waitFor();
    await page.keyboard.type('Spiller fotball');
    await expect.poll(async () => (await facil.http.request('GET', `/api/meetings/${meetingId}/mapping`)).json.items.map((i: { text: string }) => i.text)).toEqual(['Spiller fotball']);
    await page.clock.fastForward(6000); // past tldraw's 5 s: nothing of it was loaded, so nothing hides or calls out
    expect(await page.getByText('tldraw-lisensnøkkelen mangler').count()).toBe(1);
    expect(await page.locator('.board').getAttribute('data-board-view')).toBe('list');
    await page.screenshot({ path: join(ARTIFACTS, 'board-licence-missing-1366x768.png') });
    expect(foreignRequests(facil.requests, `https://${host}`)).toEqual([]);

    // The local address (plain http) runs the canvas without a key, as in development.
    await page.goto(`${suite.server.url}/m/${meetingId}`);
    await openBoard(page);
    expect(await page.getByText('tldraw-lisensnøkkelen mangler').count()).toBe(0);
    await facil.context.close();
  });
});
