
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, foreignRequests, recordingContext, VIEWPORTS } from '../support/browser';
import { FACILITATOR } from '../support/http';
import { facilitatorContext, newMeeting } from './meeting-support';

const suite = browserSuite();

const presenceNames = (page: Page) => page.locator('.presence .person-name').allInnerTexts();

describe('a meeting people can join', () => {
  it('lets a facilitator set up, invite a participant, lead them to step 3 and write notes together, all on its own origin', async () => {
    const lead = await recordingContext(suite.browser, VIEWPORTS.projector);
    const guest = await recordingContext(suite.browser, VIEWPORTS.laptop);

    // First start: the setup page creates the facilitator.
    await lead.page.goto(suite.server.url);
    await lead.page.waitForURL('**/setup');
    await lead.page.getByLabel('Navn').fill(FACILITATOR.name);
    await lead.page.getByLabel('E-post').fill(FACILITATOR.email);
    await lead.page.getByLabel('Passord').fill(FACILITATOR.password);
    await lead.page.getByRole('button', { name: 'Opprett konto' }).click();

    // A meeting lands in its preparation; the school nurse is a participant, invited from her row.
    await lead.page.getByRole('heading', { name: 'Møtene dine', level: 1 }).waitFor();
    expect(await lead.page.getByRole('heading', { name: 'Møtene dine' }).count()).toBe(1);
    await lead.page.getByLabel('Tittel').fill('Samarbeidsmøte for Ola');
    await lead.page.getByLabel('Skole').fill('Fjell skole');
    await lead.page.getByRole('button', { name: 'Opprett møte' }).click();
    await lead.page.waitForURL('**/m/*/prepare');
    const roomUrl = lead.page.url().replace(/\/prepare$/, '');
    const participants = lead.page.locator('section', { has: lead.page.getByRole('heading', { name: 'Deltakere og tolk', level: 2 }) });
    const adder = participants.getByRole('form', { name: 'Legg til deltaker' });
    await adder.getByLabel('Navn').fill('Kari');
    await adder.getByLabel('Tjeneste eller rolle').selectOption('helsesykepleier');
    await adder.getByLabel('Deltar').selectOption('remote');
    await adder.getByRole('button', { name: 'Legg til deltaker' }).click();
    const row = participants.locator('li.record', { has: lead.page.locator('input[value="Kari"]') });
    // No consent for the school health service yet: the row says so before the link is made.
    await expect(row.locator('.consent-warning').innerText()).resolves.toContain('Foresatte har ikke gitt samtykke for Helsesykepleier');
    await row.getByRole('button', { name: 'Lag invitasjonslenke til Kari likevel' }).click();
    const link = (await row.locator('.invite-link code').textContent())!;
    expect(link).toContain('/join/');
    await expect(row.getByText(/Invitert som Deltaker \(kan skrive\)\. Lenken virker til/).isVisible()).resolves.toBe(true);
    // The warning stays on her row after the link is made.
    await expect(row.locator('.consent-warning').isVisible()).resolves.toBe(true);
    await row.screenshot({ path: join(ARTIFACTS, 'prepare-participant-invited-1366x768.png') });
    await lead.page.goto(roomUrl);

    // The participant opens the link and lands in the room; the token leaves the address bar.
    await guest.page.goto(link);
    await guest.page.waitForURL('**/m/**');
    expect(guest.page.url()).not.toContain('/join/');

    await expect.poll(() => presenceNames(lead.page)).toEqual(expect.arrayContaining([expect.stringContaining('Kari')]));
    await expect.poll(() => presenceNames(guest.page)).toEqual(expect.arrayContaining([expect.stringContaining(FACILITATOR.name)]));
    // The leader sees that Kari's service has no consent from the parents; Kari's own view does not say it about her.
    await expect.poll(() => lead.page.locator('.presence li', { hasText: 'Kari' }).locator('.consent-status').innerText()).toBe('Foresatte har ikke samtykket for denne tjenesten');
    expect(await guest.page.locator('.presence .consent-status').count()).toBe(0);
    await expect.poll(() => lead.page.locator('.connection').getAttribute('data-state')).toBe('connected');

    // The facilitator moves to step 3, by button and by keyboard; the participant follows within a second.
    await lead.page.getByRole('button', { name: /Neste punkt/ }).click();
    await lead.page.locator('body').press('ArrowRight');
    await lead.page.getByRole('heading', { name: 'Hensikten med møtet', level: 2 }).waitFor();
    await guest.page.getByRole('heading', { name: 'Hensikten med møtet', level: 2 }).waitFor();
    expect(await guest.page.locator('.agenda-rail [aria-current="step"]').innerText()).toContain('Hensikten med møtet');
    // The participant has no buttons that move the agenda.
    expect(await guest.page.getByRole('button', { name: /Neste punkt/ }).count()).toBe(0);

    // Both type into the same notes field at once, one at its start and one at its end (two people
    // at the very same place interleave their letters, as any shared editor does); both see both texts.
    const leadNotes = lead.page.getByLabel('Felles notater');
    const guestNotes = guest.page.getByLabel('Felles notater');
    await leadNotes.fill('Notater: ');
    await expect.poll(() => guestNotes.inputValue()).toBe('Notater: ');
    await leadNotes.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 0));
    await guestNotes.evaluate((el: HTMLTextAreaElement) => {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    });
    await Promise.all([
      leadNotes.pressSequentially('Kontaktlærer meldte bekymring i oktober. ', { delay: 15 }),
      guestNotes.pressSequentially('Helsesykepleier har hatt samtale med Ola. ', { delay: 15 }),
    ]);
    for (const notes of [leadNotes, guestNotes]) {
      await expect.poll(() => notes.inputValue()).toContain('Kontaktlærer meldte bekymring i oktober.');
      await expect.poll(() => notes.inputValue()).toContain('Helsesykepleier har hatt samtale med Ola.');
    }
    expect(await leadNotes.inputValue()).toBe(await guestNotes.inputValue());

    await lead.page.screenshot({ path: join(ARTIFACTS, 'room-facilitator-1920x1080.png') });
    await guest.page.screenshot({ path: join(ARTIFACTS, 'room-participant-1366x768.png') });
    await lead.page.setViewportSize(VIEWPORTS.laptop);
    await lead.page.screenshot({ path: join(ARTIFACTS, 'room-facilitator-1366x768.png') });

    // The participant reloads her page. The agenda has moved, so her answer to the server's sync step
    // 1 repeats deletions on a document she may not write: she is let in again and follows the agenda.
    await guest.page.reload();
    await guest.page.getByRole('heading', { name: 'Hensikten med møtet', level: 2 }).waitFor();
    await lead.page.getByRole('button', { name: /Neste punkt/ }).click();
    const next = await lead.page.locator('.agenda-rail [aria-current="step"]').innerText();
    await expect.poll(() => guest.page.locator('.agenda-rail [aria-current="step"]').innerText()).toBe(next);
    expect(await guest.page.locator('.connection').getAttribute('data-state')).toBe('connected');
    await guestNotes.evaluate((el: HTMLTextAreaElement) => {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    });
    await guestNotes.pressSequentially('Skrevet etter ny lasting.', { delay: 15 });
    await expect.poll(() => lead.page.getByLabel('Felles notater').inputValue()).toContain('Skrevet etter ny lasting.');

    expect(foreignRequests(lead.requests, suite.server.url)).toEqual([]);
    expect(foreignRequests(guest.requests, suite.server.url)).toEqual([]);
    expect(lead.requests.length).toBeGreaterThan(5);
    await lead.context.close();
    await guest.context.close();
  });

  it('speaks the language chosen without a reload, fetches only that language, and opens in it the next time', async () => {
    const lead = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    const id = await newMeeting(lead.http, { kind: 'named', title: 'Samarbeidsmøte for Kari' });
    const page = lead.page;
    await page.goto(`${suite.server.url}/m/${id}`);
    await page.getByRole('button', { name: 'Neste punkt →' }).waitFor();

    // Nynorsk, then English: the room's own words and the step's change in place.
    await page.getByLabel('Språk').selectOption('nn');
    await page.getByRole('button', { name: 'Førre punkt' }).waitFor();
    expect(await page.locator('#step-title').innerText()).toBe('Velkomen');
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('button', { name: 'Next item →' }).waitFor();
    expect(await page.locator('#step-title').innerText()).toBe('Welcome');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // The next visit opens in English from the start; bokmål is the only other language it fetches
    // (the default and the fallback, in the app's own code).
    lead.requests.length = 0;
    await page.reload();
    await page.getByRole('button', { name: 'Next item →' }).waitFor();
    const texts = lead.requests.map((url) => new URL(url).pathname).filter((path) => /\/assets\/(ui|domain|meeting)-[\w-]+\.js$/.test(path));
    expect(texts).toHaveLength(3);

    // A page with texts of its own brings them in the same language.
    await page.getByRole('link', { name: 'Minutes and distribution' }).click();
    await page.getByRole('heading', { level: 1, name: 'Minutes and distribution' }).waitFor();
    expect(foreignRequests(lead.requests, suite.server.url)).toEqual([]);
    await lead.context.close();
  });
});
