
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, foreignRequests, recordingContext, VIEWPORTS } from '../support/browser';
import { FACILITATOR } from '../support/http';

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

    // A meeting, then an invitation for the school nurse.
    await lead.page.getByRole('heading', { name: 'Møtene dine', level: 1 }).waitFor();
    await lead.page.getByLabel('Tittel').fill('Samarbeidsmøte for Ola');
    await lead.page.getByLabel('Skole').fill('Fjell skole');
    await lead.page.getByRole('button', { name: 'Opprett møte' }).click();
    await lead.page.waitForURL('**/m/**');
    const roomUrl = lead.page.url();
    await lead.page.goto(suite.server.url);
    await lead.page.getByText('Inviter – Samarbeidsmøte for Ola').click();
    await lead.page.getByLabel('Navn', { exact: true }).fill('Kari');
    await lead.page.getByLabel('Tjeneste eller rolle').fill('helsesykepleier');
    await lead.page.getByRole('button', { name: 'Lag invitasjonslenke' }).click();
    const link = await lead.page.locator('.invite-link input').inputValue();
    expect(link).toContain('/join/');
    await lead.page.goto(roomUrl);

    // The participant opens the link and lands in the room; the token leaves the address bar.
    await guest.page.goto(link);
    await guest.page.waitForURL('**/m/**');
    expect(guest.page.url()).not.toContain('/join/');

    await expect.poll(() => presenceNames(lead.page)).toEqual(expect.arrayContaining([expect.stringContaining('Kari')]));
    await expect.poll(() => presenceNames(guest.page)).toEqual(expect.arrayContaining([expect.stringContaining(FACILITATOR.name)]));
    await expect.poll(() => lead.page.locator('.connection').getAttribute('data-state')).toBe('connected');

    // The facilitator moves to step 3, by button and by keyboard; the participant follows within a second.
    await lead.page.getByRole('button', { name: /Neste punkt/ }).click();
    await lead.page.locator('body').press('ArrowRight');
    await lead.page.getByRole('heading', { name: 'Hensikten med møtet', level: 2 }).waitFor();
    await guest.page.getByRole('heading', { name: 'Hensikten med møtet', level: 2 }).waitFor();
    expect(await guest.page.locator('.agenda-rail [aria-current="step"]').innerText()).toContain('Hensikten med møtet');
    // The participant has no buttons that move the agenda.
    expect(await guest.page.getByRole('button', { name: /Neste punkt/ }).count()).toBe(0);

    // Both type into the same notes field at once; both see both texts.
    const leadNotes = lead.page.getByLabel('Felles notater');
    const guestNotes = guest.page.getByLabel('Felles notater');
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

    expect(foreignRequests(lead.requests, suite.server.url)).toEqual([]);
    expect(foreignRequests(guest.requests, suite.server.url)).toEqual([]);
    expect(lead.requests.length).toBeGreaterThan(5);
    await lead.context.close();
    await guest.context.close();
  });
});
