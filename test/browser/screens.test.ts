/**
 * Every person on their screen: a service joining from a 390×844 phone, and the leader on a
 * projector-sized, a laptop and a small laptop window. The phone shows one column with nothing wider
 * than the screen, Pause at hand and a notes field across the screen; the leader's next and previous
 * controls are in view at every step without scrolling; everyone arrives at the top of a new step.
 */
import { noteScreenKey, withOnScreen } from '@naervaer/shared/screen-choices';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGENDA_STEPS } from '@naervaer/shared/agenda';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import { ARTIFACTS, VIEWPORTS, WAIT_MS, browserSuite } from '../support/browser';
import { invite } from '../support/http';
import { facilitatorContext, filledMeeting, newMeeting, setStep, writeControl } from './meeting-support';
import nb from '@naervaer/shared/locales/nb/ui';
import { readScreenChoices, writeBoardArea, writeScreenChoices } from '@naervaer/shared/doc';
import { addMappingItem, readMapping } from '@naervaer/shared/mapping-doc';
import { BOARD } from '@naervaer/shared/board-layout';

const suite = browserSuite();
const PHONE = VIEWPORTS.phone;
const LEADER_SIZES = [VIEWPORTS.projector, VIEWPORTS.laptop, VIEWPORTS.smallLaptop] as const;
const SHOTS = join(ARTIFACTS, 'screens');
beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/** Whether an element lies wholly inside the window as it is now (no scrolling). */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });
}

describe('a service on a phone', () => {
  let lead: Awaited<ReturnType<typeof facilitatorContext>>;
  let phone: Page;
  let meetingId: string;

  it('joins a full meeting on a 390×844 phone', async () => {
    ({ lead, meetingId } = await filledMeeting(suite.browser, suite.server, VIEWPORTS.laptop));
    const nurse = await invite(lead.http, meetingId, 'participant', 'Mariam Haddad', 'helsesykepleier');
    const context = await suite.browser.newContext({ viewport: PHONE, locale: 'nb-NO', timezoneId: 'Europe/Oslo', hasTouch: true, isMobile: true });
    context.setDefaultTimeout(WAIT_MS);
    phone = await context.newPage();
    await phone.goto(nurse.url);
    await phone.waitForURL('**/m/**');
  });

  for (const [index, step] of AGENDA_STEPS.entries()) {
    it(`shows step ${index + 1} (${step}) in one column: nothing wider than the screen, Pause in view, the notes across the screen, from the top`, async () => {
      // Scrolled down on the step before, as a reader would be (the first step is where the phone joined).
      if (index > 0) await phone.evaluate(() => window.scrollTo({ top: document.body.scrollHeight }));
      await setStep(suite.server, meetingId, index);
      await phone.locator(`main[data-step="${step}"]`).waitFor();
      await expect.poll(() => phone.evaluate(() => window.scrollY)).toBe(0);
      const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
      expect(widths.page, 'the page is no wider than the phone').toBeLessThanOrEqual(widths.window);
      // Nor is anything in it cut off at the right edge (a scrolling box inside would hide it from the page's width).
      const cut = await phone.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > window.innerWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}`)
          .slice(0, 5),
      );
      expect(cut, 'nothing reaches past the right edge').toEqual([]);
      expect(await inView(phone, '.pause-button'), 'Pause in view').toBe(true);
      // Its sign is drawn, not an emoji a machine without an emoji font shows as an empty box.
      expect(await phone.locator('.pause-button svg.icon').count()).toBe(1);
      const notes = phone.getByLabel('Felles notater');
      const width = await notes.evaluate((el) => el.getBoundingClientRect().width);
      expect(width, 'the notes field is at least 90 % of the screen wide').toBeGreaterThanOrEqual(PHONE.width * 0.9);
      // Pause stays in view after scrolling to the notes, at the bottom of the step.
      await notes.scrollIntoViewIfNeeded();
      expect(await inView(phone, '.pause-button'), 'Pause in view at the bottom').toBe(true);
      await phone.evaluate(() => window.scrollTo({ top: 0 }));
      await phone.screenshot({ path: join(SHOTS, `phone-${index + 1}-${step}-390x844.png`) });
    });
  }

  it('shows that the leader moved on where the phone’s reader is, typing at the bottom of a step', async () => {
    await setStep(suite.server, meetingId, AGENDA_STEPS.indexOf('understanding'));
    await phone.locator('main[data-step="understanding"]').waitFor();
    const notes = phone.getByLabel('Felles notater');
    await notes.click();
    await phone.keyboard.type('Sofie vil ');
    await setStep(suite.server, meetingId, AGENDA_STEPS.indexOf('mapping'));
    // Still on her step while she types, with the notice in view, not at the top of a long page.
    await phone.getByRole('button', { name: 'Følg møtelederen' }).waitFor();
    expect(await phone.locator('main').getAttribute('data-step')).toBe('understanding');
    expect(await inView(phone, '.follow-notice'), 'the notice in view').toBe(true);
    expect(await inView(phone, '.follow-notice button'), 'its button in view').toBe(true);
    await phone.screenshot({ path: join(SHOTS, 'phone-moved-on-390x844.png') });
    await phone.getByRole('button', { name: 'Følg møtelederen' }).click();
    await phone.locator('main[data-step="mapping"]').waitFor();
  });

  it('leaves the phone', async () => {
    await phone.context().close();
    await lead.context.close();
  });
});

describe('the leader’s hands', () => {
  for (const size of LEADER_SIZES) {
    it(`keeps next and previous in view at every step at ${size.width}×${size.height}, without scrolling`, async () => {
      const { lead, meetingId } = await filledMeeting(suite.browser, suite.server, size);
      const page = lead.page;
      await page.goto(`${suite.server.url}/m/${meetingId}`);
      for (const [index, step] of AGENDA_STEPS.entries()) {
        if (index > 0) await page.getByRole('button', { name: /Neste punkt/ }).click();
        await page.locator(`main[data-step="${step}"]`).waitFor();
        // Arrives at the top of the new step.
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
        // The last step ends the meeting instead of moving on.
        const controls = [index === AGENDA_STEPS.length - 1 ? page.getByRole('button', { name: 'Avslutt møtet', exact: true }) : page.getByRole('button', { name: /Neste punkt/ }), page.getByRole('button', { name: /Forrige punkt/ })];
        for (const [n, button] of controls.entries()) {
          const name = n === 0 ? 'next' : 'previous';
          const box = await button.boundingBox();
          expect(box, `${step}: ${name}`).not.toBeNull();
          expect(box!.y + box!.height, `${step}: ${name} inside the window`).toBeLessThanOrEqual(size.height);
          expect(box!.y, `${step}: ${name} inside the window`).toBeGreaterThanOrEqual(0);
          // One line: no word (nor the arrow) left alone on a second one.
          const lines = await button.evaluate((b) => {
            const range = document.createRange();
            range.selectNodeContents(b);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size;
          });
          expect(lines, `${step}: ${name} on one line`).toBeLessThanOrEqual(1);
        }
        if (index === 0 || step === 'understanding') await page.screenshot({ path: join(SHOTS, `leader-${index + 1}-${step}-${size.width}x${size.height}.png`) });
      }
      await lead.context.close();
    });
  }
});

describe('the leader’s header', () => {
  // The longest thing the header says: the database cannot store (several servers, README).
  const longest = nb.room.connection.unsaved;
  for (const size of [PHONE, ...LEADER_SIZES]) {
    it(`holds every link, the status at its longest and the language at ${size.width}×${size.height}, nothing cut off`, async () => {
      const lead = await facilitatorContext(suite.browser, suite.server, size);
      const meetingId = await newMeeting(lead.http, { kind: 'named', title: 'Samarbeidsmøte for Ola', school: 'Bråtåsen skole' });
      await lead.page.goto(`${suite.server.url}/m/${meetingId}`);
      await lead.page.locator('.connection[data-state="connected"]').waitFor();
      // The words of the unsaved state, in the status the room shows (it comes only with a database cut off).
      await lead.page.locator('.connection').evaluate((el, text) => {
        el.setAttribute('class', 'connection connection-unsaved');
        el.lastChild!.textContent = ` ${text}`;
      }, longest);
      const cut = await lead.page.evaluate(() =>
        [...document.querySelectorAll('.room-header *')]
          .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > window.innerWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}`),
      );
      expect(cut, 'nothing in the header reaches past the right edge').toEqual([]);
      expect(await lead.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      for (const name of ['Møtene dine', 'Forberedelse', 'Referat og utsending', 'Åpne storskjerm']) expect(await inView(lead.page, `.room-links a:text-is("${name}")`), name).toBe(true);
      expect(await inView(lead.page, '.connection'), 'the status').toBe(true);
      await lead.page.screenshot({ path: join(SHOTS, `header-unsaved-${size.width}x${size.height}.png`) });
      await lead.context.close();
    });
  }
});

describe('the end of the meeting', () => {
  it('is asked once at the last step and ends only when confirmed: the projector says goodbye, a guest is out, and the leader lands on the minutes', async () => {
    const { lead, meetingId } = await filledMeeting(suite.browser, suite.server, VIEWPORTS.laptop);
    await setStep(suite.server, meetingId, AGENDA_STEPS.length - 1);
    const nurse = await invite(lead.http, meetingId, 'participant', 'Mariam Haddad', 'helsesykepleier');
    const guest = await suite.browser.newContext({ viewport: PHONE, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
    guest.setDefaultTimeout(WAIT_MS);
    const g = await guest.newPage();
    await g.goto(nurse.url);
    await g.locator('main[data-step="closing"]').waitFor();
    const screen = await lead.context.newPage();
    await screen.setViewportSize(VIEWPORTS.projector);
    await screen.goto(`${suite.server.url}/m/${meetingId}/screen`);
    await screen.locator('.screen[data-step="closing"]').waitFor();
    await lead.page.goto(`${suite.server.url}/m/${meetingId}`);
    // The button sits where "Neste punkt" was: a press asks first, and "Avbryt" leaves the meeting running.
    await lead.page.getByRole('button', { name: 'Avslutt møtet', exact: true }).click();
    const question = lead.page.getByRole('dialog', { name: 'Avslutte møtet for alle?' });
    await question.getByRole('button', { name: 'Avbryt' }).click();
    await question.waitFor({ state: 'detached' });
    expect((await suite.server.app.ctx.storage.meetings.find(meetingId))?.endedAt).toBeNull();
    expect(await g.locator('.connection').innerText()).not.toContain('Møtet er avsluttet.');
    // Scrolled down to the last step's end, the leader still arrives at the top of the minutes.
    await lead.page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }));
    expect(await lead.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await lead.page.getByRole('button', { name: 'Avslutt møtet', exact: true }).click();
    await question.getByRole('button', { name: 'Avslutt møtet for alle' }).click();
    await lead.page.waitForURL(`**/m/${meetingId}/minutes`);
    await lead.page.locator('#minutes-actions').waitFor();
    expect(await lead.page.evaluate(() => window.scrollY)).toBe(0);
    // A meeting that reached its end is simply over (the early end's words are for a meeting stopped early).
    await screen.getByRole('dialog', { name: 'Møtet er ferdig.' }).waitFor();
    expect(await screen.getByText('Du har ikke gjort noe galt.').count()).toBe(0);
    await expect.poll(() => g.locator('.connection').innerText()).toContain('Møtet er avsluttet.');
    await screen.screenshot({ path: join(SHOTS, 'ended-projector-1920x1080.png') });
    // The guest's link no longer opens the meeting, and says so in Norwegian.
    const again = await guest.newPage();
    await again.goto(nurse.url);
    await expect.poll(() => again.getByRole('alert').innerText()).toContain('Møtet er avsluttet');
    await guest.close();
    await lead.context.close();
  });
});


describe('the board on the projector', () => {
  it('shows every note of 30 large enough to read from the back, one area at a time, with nothing cut off', async () => {
    const example = fullExampleMeeting();
    const { lead, meetingId } = await filledMeeting(suite.browser, suite.server, VIEWPORTS.laptop, example);
    const room = await suite.server.app.ctx.rooms.get(meetingId, 'content');
    const already = await room.read((doc) => readMapping(doc).items.length);
    await room.write((doc) => {
      for (let i = already; i < 30; i++) {
        const area = example.areas[i % example.areas.length]!;
        addMappingItem(doc, { kind: i % 2 ? 'risk' : 'resource', areaId: area.id, text: `Lapp ${i + 1} om ${area.name.toLowerCase()}` });
      }
    });
    await room.settle();
    const items = await room.read((doc) => readMapping(doc).items);
    expect(items.length).toBe(30);
    await setStep(suite.server, meetingId, AGENDA_STEPS.indexOf('mapping'));
    const screen = lead.page;
    await screen.setViewportSize(VIEWPORTS.projector);
    await screen.goto(`${suite.server.url}/m/${meetingId}/screen`);
    await screen.locator('.screen-board .board-area').first().waitFor();
    // No note is on the screen until the facilitator puts it there; then all 30.
    expect(await screen.locator('.screen-board .mapping-note').count()).toBe(0);
    await writeControl(suite.server, meetingId, (doc) => writeScreenChoices(doc, withOnScreen(readScreenChoices(doc), items.map((i) => noteScreenKey(i.id)), true)));
    await expect.poll(() => screen.locator('.screen-board .mapping-note').count()).toBe(30);

    /** The summary beside the board never runs off the projector. */
    const summaryFits = () => screen.locator('.screen-mapping__summary').evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.getBoundingClientRect().bottom <= window.innerHeight);
    await expect.poll(summaryFits).toBe(true);

    for (const area of example.areas) {
      await writeControl(suite.server, meetingId, (doc) => writeBoardArea(doc, area.id));
      const inArea = items.filter((i) => i.areaId === area.id).map((i) => i.id);
      // Each note's text height on the screen: its font size times the canvas's zoom; and it lies inside the canvas.
      const sizes = () =>
        screen.evaluate(
          ({ ids, font }) => {
            const canvas = document.querySelector('.screen-board')!.getBoundingClientRect();
            return ids.map((id) => {
              const note = document.querySelector<HTMLElement>(`.screen-board .mapping-note[data-mapping-id="${id}"]`)!;
              const r = note.getBoundingClientRect();
              const inside = r.left >= canvas.left - 1 && r.right <= canvas.right + 1 && r.top >= canvas.top - 1 && r.bottom <= canvas.bottom + 1;
              return inside ? (font * r.height) / Number.parseFloat(note.style.height) : 0;
            });
          },
          { ids: inArea, font: BOARD.noteFontSize },
        );
      await expect.poll(async () => Math.min(...(await sizes())), { timeout: 30_000 }).toBeGreaterThanOrEqual(24);
      await expect.poll(summaryFits).toBe(true);
    }
    await screen.screenshot({ path: join(SHOTS, 'board-area-1920x1080.png') });
    await writeControl(suite.server, meetingId, (doc) => writeBoardArea(doc, null));
    await expect.poll(summaryFits).toBe(true);
    await screen.screenshot({ path: join(SHOTS, 'board-whole-1920x1080.png') });
    await lead.context.close();
  });
});
