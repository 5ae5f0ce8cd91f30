/**
 * The mapping board (step 7) in real Chromium, against the real server: two people, the canvas and
 * the list of the same records, the server's reading of the stored document, and no request off
 * the app's origin.
 */

import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCurrentStep } from '@naervaer/shared/doc';
import { addMappingItem } from '@naervaer/shared/mapping-doc';
import { ARTIFACTS, browserSuite, foreignRequests, recordingContext, VIEWPORTS } from '../support/browser';
import { type HttpClient, createMeeting, facilitator, invite } from '../support/http';
import { connect, eventually, synced } from '../support/yclient';

const MAPPING_STEP = 6;

const suite = browserSuite();
let lead: HttpClient;
beforeAll(async () => {
  lead = await facilitator(suite.server.url);
});

/** Gives a browser context the facilitator's login cookie. */
async function loggedIn(context: BrowserContext, client: HttpClient) {
  const host = new URL(suite.server.url).hostname;
  await context.addCookies(
    client.cookieHeader.split('; ').map((pair) => {
      const [name, ...value] = pair.split('=');
      return { name: name!, value: value.join('='), domain: host, path: '/' };
    }),
  );
}

/** Moves the meeting to step 7 as the facilitator would. */
async function goToMappingStep(meetingId: string) {
  const control = connect(suite.server.wsUrl, meetingId, 'control', { cookie: lead.cookieHeader });
  await synced(control);
  writeCurrentStep(control.doc, MAPPING_STEP);
  await eventually(async () => (await suite.server.app.ctx.storage.docs.load(meetingId, 'control')).updates.length > 0, 'stored step');
  control.destroy();
}

const tile = (page: Page, areaId: string) => page.locator(`.board-area[data-area-id="${areaId}"]`);
const note = (page: Page, id: string) => page.locator(`.mapping-note[data-mapping-id="${id}"]`);
const listItem = (page: Page, areaId: string, id: string) => page.locator(`.mapping-list__area[data-area-id="${areaId}"] [data-item-id="${id}"]`);

async function insideOf(page: Page, inner: string, outer: string): Promise<boolean> {
  const a = await page.locator(inner).boundingBox();
  const b = await page.locator(outer).boundingBox();
  if (!a || !b) return false;
  return a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;
}

async function openBoard(page: Page, url: string) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  try {
    await page.locator('.board-canvas .tl-container').waitFor();
  } catch (err) {
    await page.screenshot({ path: join(ARTIFACTS, 'board-failed.png') });
    throw new Error(`board did not open: ${errors.join('\n')}`, { cause: err });
  }
  await page.locator('.board-area').first().waitFor();
}

describe('the mapping board', () => {
  it('shows a remote participant’s risk on the facilitator’s canvas and list, follows a drag into another area on both sides, and puts a list item on the canvas inside its area', async () => {
    const meetingId = await createMeeting(lead, { title: 'Samarbeidsmøte for Ola' });
    const { url: joinUrl } = await invite(lead, meetingId, 'participant', 'Kari Helsesykepleier');
    await goToMappingStep(meetingId);

    const facil = await recordingContext(suite.browser, VIEWPORTS.projector);
    const guest = await recordingContext(suite.browser, VIEWPORTS.laptop);
    await loggedIn(facil.context, lead);
    await openBoard(facil.page, `${suite.server.url}/m/${meetingId}`);
    await guest.page.goto(joinUrl);
    await guest.page.waitForURL('**/m/**');
    await openBoard(guest.page, guest.page.url());

    // The remote participant adds a risk in "Skole – sosialt og læringsmiljø" with one click, and writes it.
    await guest.page.getByRole('button', { name: 'Legg til risiko i Skole – sosialt og læringsmiljø' }).first().click();
    const guestNote = guest.page.locator('.mapping-note').first();
    await guestNote.waitFor();
    const id = (await guestNote.getAttribute('data-mapping-id'))!;
    expect(await insideOf(guest.page, `.mapping-note[data-mapping-id="${id}"]`, '.board-area[data-area-id="schoolSocial"]')).toBe(true);

    // The facilitator sees it on the canvas and under that area in the list within a second.
    await note(facil.page, id).waitFor();
    await listItem(facil.page, 'schoolSocial', id).waitFor();
    expect(await note(facil.page, id).getAttribute('data-kind')).toBe('risk');
    // "Sagt av" is the person who added it, until someone picks another.
    await expect.poll(() => listItem(facil.page, 'schoolSocial', id).locator(`#item-${id}-said option:checked`).innerText()).toBe('Kari Helsesykepleier');

    // tldraw's own tooltips and menus speak the meeting's language (its translations come from our origin).
    await expect.poll(() => facil.page.locator('.tlui-toolbar [data-testid="tools.select"]').getAttribute('aria-label')).toMatch(/^Velg/);
    // The + and − on each area stay at least 44 px on the screen, however far the board is zoomed out.
    const add = (await facil.page.locator('.board-add').first().boundingBox())!;
    expect(Math.min(add.width, add.height)).toBeGreaterThanOrEqual(44);

    await guest.page.keyboard.type('Blir ertet i friminuttene', { delay: 10 });
    await guest.page.keyboard.press('Escape');
    await expect.poll(() => note(facil.page, id).innerText()).toContain('Blir ertet i friminuttene');
    await expect.poll(() => listItem(facil.page, 'schoolSocial', id).locator('textarea').inputValue()).toBe('Blir ertet i friminuttene');

    // The facilitator drags it to "Familie og hjem": the list moves it on both sides.
    // The whole canvas in view (the list beside it is long): both the note and its new area can be reached.
    await facil.page.locator('.board-canvas').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    // The canvas may still be settling (the scroll, the camera): measure once two reads agree.
    let last = '';
    await expect.poll(async () => {
      const now = JSON.stringify([await note(facil.page, id).boundingBox(), await tile(facil.page, 'family').boundingBox()]);
      const settled = now === last;
      last = now;
      return settled;
    }).toBe(true);
    const from = (await note(facil.page, id).boundingBox())!;
    const to = (await tile(facil.page, 'family').boundingBox())!;
    await facil.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await facil.page.mouse.down();
    const target = { x: to.x + to.width / 2, y: to.y + to.height * 0.6 };
    await facil.page.mouse.move(target.x, target.y, { steps: 12 });
    await facil.page.mouse.up();
    for (const page of [facil.page, guest.page]) {
      await listItem(page, 'family', id).waitFor();
      expect(await listItem(page, 'schoolSocial', id).count()).toBe(0);
    }
    await expect.poll(() => insideOf(guest.page, `.mapping-note[data-mapping-id="${id}"]`, '.board-area[data-area-id="family"]')).toBe(true);

    // An item added in the list appears on the canvas inside its area, on both sides.
    await facil.page.getByRole('button', { name: 'Legg til ressurs i Venner og fritid' }).last().click();
    const focused = facil.page.locator('.mapping-list textarea:focus');
    await focused.waitFor();
    await facil.page.keyboard.type('Spiller fotball på tirsdager');
    const listId = (await focused.locator('xpath=ancestor::li').getAttribute('data-item-id'))!;
    for (const page of [facil.page, guest.page]) {
      await note(page, listId).waitFor();
      await expect.poll(() => note(page, listId).innerText()).toContain('Spiller fotball på tirsdager');
      await expect.poll(() => insideOf(page, `.mapping-note[data-mapping-id="${listId}"]`, '.board-area[data-area-id="friends"]')).toBe(true);
    }

    // The server reads the same mapping from the stored document.
    const read = await lead.request('GET', `/api/meetings/${meetingId}/mapping`);
    expect(read.status).toBe(200);
    expect(read.json.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id, kind: 'risk', areaId: 'family', text: 'Blir ertet i friminuttene' }),
        expect.objectContaining({ id: listId, kind: 'resource', areaId: 'friends', text: 'Spiller fotball på tirsdager' }),
      ]),
    );

    expect(foreignRequests(facil.requests, suite.server.url)).toEqual([]);
    expect(foreignRequests(guest.requests, suite.server.url)).toEqual([]);
    await facil.context.close();
    await guest.context.close();
  });

  it('shows a board of about twenty notes readably, with a named canvas, a list reachable by keyboard and usable alone, free of serious accessibility faults, and read-only for observers', async () => {
    const meetingId = await createMeeting(lead, { title: 'Samarbeidsmøte for Ola' });
    const { url: observerUrl } = await invite(lead, meetingId, 'observer', 'Per Observatør', 'ppt');
    await goToMappingStep(meetingId);
    const writer = connect(suite.server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
    await synced(writer);
    for (const [areaId, kind, text, who] of SAMPLE) addMappingItem(writer.doc, { kind, areaId, text, ...(who ? { saidBy: who, saidByName: who } : {}) });
    await eventually(async () => (await suite.server.app.ctx.storage.docs.load(meetingId, 'content')).updates.length > 1, 'notes stored');
    writer.destroy();

    const facil = await recordingContext(suite.browser, VIEWPORTS.projector);
    await loggedIn(facil.context, lead);
    await openBoard(facil.page, `${suite.server.url}/m/${meetingId}`);
    await expect.poll(() => facil.page.locator('.mapping-note').count()).toBe(SAMPLE.length);
    // The screenshot waits for the fonts the notes are drawn in, not for a fixed time.
    await facil.page.evaluate(() => document.fonts.ready.then(() => undefined));
    await facil.page.screenshot({ path: join(ARTIFACTS, 'board-1920x1080.png') });
    await facil.page.locator('.board-canvas').screenshot({ path: join(ARTIFACTS, 'board-canvas-1920x1080.png') });

    // The canvas has a name; Alt+L from the canvas lands on the list's heading.
    const canvas = facil.page.getByRole('region', { name: 'Tavle: systemmodellen med ressurser og risiko' });
    expect(await canvas.count()).toBe(1);
    await facil.page.locator('.board-pupil').click();
    await facil.page.keyboard.press('Alt+l');
    await expect.poll(() => facil.page.evaluate(() => document.activeElement?.id)).toBe('board-list-title');

    // No serious or critical fault in the list view.
    expect(await axeIn(facil.page, '.board-pane--list')).toEqual([]);

    // The list alone runs the mapping by keyboard: add, write, move, delete.
    await facil.page.getByLabel('Bare liste').check();
    await facil.page.locator('.board-canvas').waitFor({ state: 'detached' });
    await facil.page.getByRole('button', { name: 'Legg til risiko i Helse' }).focus();
    await facil.page.keyboard.press('Enter');
    await facil.page.keyboard.type('Sover dårlig');
    const row = facil.page.locator('.mapping-list textarea:focus').locator('xpath=ancestor::li');
    const id = (await row.getAttribute('data-item-id'))!;
    await facil.page.keyboard.press('Tab');
    await facil.page.keyboard.press('Tab');
    await facil.page.locator(`#item-${id}-area`).selectOption('family');
    await listItem(facil.page, 'family', id).waitFor();
    await expect.poll(() => facil.page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-item-id'))).toBe(id);
    expect(await axeIn(facil.page, '.board-pane--list')).toEqual([]);
    await facil.page.screenshot({ path: join(ARTIFACTS, 'board-list-1920x1080.png'), fullPage: false });
    await facil.page.getByRole('button', { name: 'Slett Risiko: Sover dårlig' }).press('Enter');
    await expect.poll(() => facil.page.locator(`[data-item-id="${id}"]`).count()).toBe(0);

    // An observer sees the notes but has no way to change them.
    const observer = await recordingContext(suite.browser, VIEWPORTS.laptop);
    await observer.page.goto(observerUrl);
    await observer.page.waitForURL('**/m/**');
    await openBoard(observer.page, observer.page.url());
    await expect.poll(() => observer.page.locator('.mapping-note').count()).toBe(SAMPLE.length);
    expect(await observer.page.locator('.board-add, .mapping-add, .mapping-item__delete').count()).toBe(0);
    expect(await observer.page.locator('.mapping-list textarea:not([readonly])').count()).toBe(0);
    await observer.page.screenshot({ path: join(ARTIFACTS, 'board-observer-1366x768.png') });

    expect(foreignRequests(facil.requests, suite.server.url)).toEqual([]);
    expect(foreignRequests(observer.requests, suite.server.url)).toEqual([]);
    await facil.context.close();
    await observer.context.close();
  });

  it('adds a note with one tap of + or − on a phone’s touch screen, once per tap', async () => {
    const meetingId = await createMeeting(lead, { title: 'Samarbeidsmøte for Ola' });
    const { url } = await invite(lead, meetingId, 'participant', 'Kari Helsesykepleier');
    await goToMappingStep(meetingId);
    const context = await suite.browser.newContext({ viewport: VIEWPORTS.phone, locale: 'nb-NO', timezoneId: 'Europe/Oslo', hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForURL('**/m/**');
    // A phone opens the list; the board is a choice away.
    await page.locator('.board[data-board-view="list"]').waitFor();
    await page.getByLabel('Bare tavle').check();
    await page.locator('.board-canvas .tl-container').waitFor();
    await page.locator('.board-area').first().waitFor();
    const add = page.getByRole('button', { name: 'Legg til risiko i Helse' }).first();
    await add.scrollIntoViewIfNeeded();
    await add.tap();
    await expect.poll(() => page.locator('.mapping-note').count()).toBe(1);
    await page.getByRole('button', { name: 'Legg til ressurs i Helse' }).first().tap();
    await expect.poll(() => page.locator('.mapping-note').count()).toBe(2);
    // One note per tap: the click a browser may still send after the touch adds nothing more.
    const stored = async () => (await lead.request('GET', `/api/meetings/${meetingId}/mapping`)).json.items.length as number;
    await expect.poll(stored).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, 'board-phone-tap-390x844.png') });
    await context.close();
  });

  it('keeps drawing with the tldraw schema it was written with, and says so when a stored drawing cannot be shown, instead of dropping it silently', async () => {
    const meetingId = await createMeeting(lead, { title: 'Samarbeidsmøte for Ola' });
    await goToMappingStep(meetingId);
    const facil = await recordingContext(suite.browser, VIEWPORTS.projector);
    await loggedIn(facil.context, lead);
    await openBoard(facil.page, `${suite.server.url}/m/${meetingId}`);

    // A line drawn with the pen is stored with tldraw's schema beside it.
    await facil.page.locator('.tlui-toolbar [data-testid="tools.draw"]').click();
    const box = (await tile(facil.page, 'family').boundingBox())!;
    await facil.page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.7);
    await facil.page.mouse.down();
    await facil.page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.8, { steps: 8 });
    await facil.page.mouse.up();
    const reader = connect(suite.server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
    await synced(reader);
    const drawing = reader.doc.getMap('boardDrawing');
    await eventually(() => [...drawing.keys()].some((k) => k.startsWith('shape:')), 'the line stored');
    const schema = drawing.get('schema') as { schemaVersion: number; sequences: Record<string, number> };
    expect(schema.schemaVersion).toBeGreaterThanOrEqual(2);
    expect(schema.sequences['com.tldraw.shape.draw']).toBeGreaterThan(0);

    // A record this version cannot read (another version wrote it, or it was damaged) is kept and counted.
    const line = [...drawing.entries()].find(([k]) => k.startsWith('shape:'))![1] as Record<string, unknown>;
    reader.doc.transact(() => drawing.set('shape:unreadable', { ...line, id: 'shape:unreadable', props: { nonsense: true } }));
    await facil.page.getByRole('status').filter({ hasText: 'En tegning på tavlen kan ikke vises i denne versjonen av appen. Den er tatt vare på.' }).waitFor();
    // The line itself is still on the canvas.
    expect(await facil.page.evaluate(() => document.querySelectorAll('.tl-shape[data-shape-type="draw"]').length)).toBe(1);
    reader.destroy();
    await facil.context.close();
  });
});

/** About twenty things a meeting might map. */
const SAMPLE: [string, 'resource' | 'risk', string, string?][] = [
  ['self', 'resource', 'Glad i å tegne og lage tegneserier', 'Ola'],
  ['self', 'resource', 'Hjelpsom mot yngre elever'],
  ['self', 'risk', 'Bekymrer seg mye om kvelden', 'Mor'],
  ['health', 'risk', 'Vondt i magen om morgenen'],
  ['health', 'risk', 'Sover for lite, legger seg sent', 'Helsesykepleier'],
  ['health', 'resource', 'Fast time hos helsesykepleier'],
  ['schoolAcademic', 'resource', 'Sterk i matematikk'],
  ['schoolAcademic', 'risk', 'Henger etter i norsk etter fraværet'],
  ['schoolSocial', 'risk', 'Blir ertet i friminuttene', 'Ola'],
  ['schoolSocial', 'resource', 'God relasjon til kontaktlærer'],
  ['schoolSocial', 'risk', 'Urolig klasse i 3. time'],
  ['schoolRoute', 'risk', 'Bussen er full og bråkete'],
  ['schoolRoute', 'resource', 'Nabo kan følge til skolen'],
  ['family', 'resource', 'Foreldrene samarbeider godt med skolen', 'Kontaktlærer'],
  ['family', 'risk', 'Mor er hjemme på dagtid', 'Mor'],
  ['friends', 'resource', 'Spiller fotball på tirsdager'],
  ['friends', 'risk', 'Mye gaming om natta'],
  ['friends', 'resource', 'Bestevenn i parallellklassen'],
  ['services', 'resource', 'PPT har tilbudt samtaler'],
  ['services', 'risk', 'Lang ventetid hos BUP'],
];

/** Serious or critical axe-core violations inside one part of the page. */
async function axeIn(page: Page, selector: string) {
  const { createRequire } = await import('node:module');
  const { readFileSync } = await import('node:fs');
  const require = createRequire(import.meta.url);
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run({ include: [[include]] }, { resultTypes: ['violations'] })).violations;
  }, selector);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
