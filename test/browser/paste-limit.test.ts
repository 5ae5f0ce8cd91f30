import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readRawContent } from '@naervaer/shared/content-doc';
import { VIEWPORTS, browserSuite, recordingContext } from '../support/browser';
import { invite } from '../support/http';
import { eventually } from '../support/yclient';
import { AGENDA_STEPS } from '@naervaer/shared/agenda';
import { filledMeeting, setStep } from './meeting-support';

const suite = browserSuite();

/** Pastes `text` into `field` as a person does: the text on the clipboard, the caret at the end, Ctrl+V. */
async function paste(page: Page, field: Locator, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await field.focus();
  await field.press('Control+End');
  await field.press('Control+V');
}

/** The text of `locator` with its spaces (the no-break spaces in "100 000") made plain. */
const plain = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ');

describe('pasting into a shared text field', () => {
  it('takes nothing of a paste longer than the room left, says so at the field in Norwegian, and takes a paste that fits to everyone', async () => {
    const { lead, meetingId } = await filledMeeting(suite.browser, suite.server, VIEWPORTS.laptop);
    const { url: joinUrl } = await invite(lead.http, meetingId, 'participant', 'Kari Helsesykepleier');
    const page = lead.page;
    await lead.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
    await page.goto(`${suite.server.url}/m/${meetingId}`);
    const notes = page.getByLabel('Felles notater');
    await notes.waitFor();
    const field = page.locator('.field').filter({ has: notes });
    const before = await notes.inputValue();
    const room = 20_000 - before.length;

    // A hundred thousand characters: nothing of it goes in, and the field says why, with the figures.
    await paste(page, notes, 'Lang tekst fra et annet dokument. '.repeat(3000).slice(0, 100_000));
    const alert = field.getByRole('alert');
    await expect.poll(() => plain(alert)).toContain(`Teksten du limte inn er for lang: 100 000 tegn, men det er bare plass til ${room.toLocaleString('nb-NO').replace(/\s/g, ' ')} til. Ingenting ble limt inn.`);
    expect(await notes.inputValue()).toBe(before);
    // Screen readers hear it at once and find it from the field.
    const alertId = await alert.getAttribute('id');
    expect((await notes.getAttribute('aria-describedby'))?.split(' ')).toContain(alertId);

    // A paste that fits goes in whole, the message goes, and the participant sees the text.
    const guest = await recordingContext(suite.browser, VIEWPORTS.laptop);
    await guest.page.goto(joinUrl);
    await guest.page.waitForURL('**/m/**');
    const guestNotes = guest.page.getByLabel('Felles notater');
    await guestNotes.waitFor();
    await paste(page, notes, ' Mor ringer skolen fredag.');
    await expect.poll(() => notes.inputValue()).toBe(`${before} Mor ringer skolen fredag.`);
    expect(await field.getByRole('alert').count()).toBe(0);
    expect(await notes.getAttribute('aria-describedby')).not.toContain(alertId);
    await expect.poll(() => guestNotes.inputValue()).toBe(`${before} Mor ringer skolen fredag.`);
    // The server holds the notes with the short paste and nothing of the long one.
    const content = await suite.server.app.ctx.rooms.get(meetingId, 'content');
    await eventually(async () => (await content.read((doc) => (readRawContent(doc).notes as Record<string, string>).welcome)) === `${before} Mor ringer skolen fredag.`, 'the notes stored with the short paste alone');
    await guest.context.close();
    await lead.context.close();
  });

  it('in a short one-line field, counts what a paste replaces as room and refuses a letter typed at the limit, saying so', async () => {
    const { lead, meetingId } = await filledMeeting(suite.browser, suite.server, VIEWPORTS.laptop);
    await setStep(suite.server, meetingId, AGENDA_STEPS.indexOf('introductions'));
    const page = lead.page;
    await lead.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
    await page.goto(`${suite.server.url}/m/${meetingId}`);
    const fondOf = page.getByLabel('Noe Ingrid Sæther er glad i');
    await expect.poll(() => fondOf.inputValue()).toBe('Kaffe på morgenen og elevene i 6B');
    const field = page.locator('.field').filter({ has: fondOf });
    const alert = field.getByRole('alert');

    await paste(page, fondOf, 'k'.repeat(600));
    await expect.poll(() => plain(alert)).toContain('Teksten du limte inn er for lang: 600 tegn, men det er bare plass til 467 til. Ingenting ble limt inn.');
    expect(await fondOf.inputValue()).toBe('Kaffe på morgenen og elevene i 6B');

    // What fits goes in; the field is then full, and a letter more is refused with a word, not dropped.
    await paste(page, fondOf, 'k'.repeat(467));
    await expect.poll(() => fondOf.inputValue()).toHaveLength(500);
    expect(await alert.count()).toBe(0);
    await fondOf.press('x');
    await expect.poll(() => plain(alert)).toContain('Feltet er fullt: det har plass til 500 tegn. Ingenting ble lagt inn.');
    expect(await fondOf.inputValue()).toBe(`Kaffe på morgenen og elevene i 6B${'k'.repeat(467)}`);

    // A paste over a selection has the selection's room: ten letters replace the last ten.
    await fondOf.evaluate((el: HTMLInputElement) => el.setSelectionRange(490, 500));
    await page.evaluate((t) => navigator.clipboard.writeText(t), 'og katter.');
    await fondOf.press('Control+V');
    await expect.poll(() => fondOf.inputValue()).toBe(`Kaffe på morgenen og elevene i 6B${'k'.repeat(457)}og katter.`);
    expect(await alert.count()).toBe(0);
    await lead.context.close();
  });
});
