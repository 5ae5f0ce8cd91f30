/** The facilitator's list of meetings: deleting a meeting for good, with a confirmation first. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, VIEWPORTS, axeViolations, browserSuite, foreignRequests } from '../support/browser';
import { facilitatorContext, newMeeting } from './meeting-support';

const suite = browserSuite();

describe('the list of meetings', () => {
  it('deletes a meeting only after a confirmation that says what goes, and Escape leaves it alone', async () => {
    const lead = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    const gone = await newMeeting(lead.http, { kind: 'named', title: 'Samarbeidsmøte for Ola' });
    const kept = await newMeeting(lead.http, { kind: 'anonymous', title: 'Drøfting 7B' });
    const page = lead.page;
    await page.goto(`${suite.server.url}/`);
    const card = (title: string) => page.getByRole('heading', { level: 3, name: title });
    await card('Samarbeidsmøte for Ola').waitFor();

    // The button names its meeting for screen readers; pressing it asks first, in a modal dialog with
    // focus on the question.
    const open = page.getByRole('button', { name: 'Slett møtet Samarbeidsmøte for Ola' });
    await open.click();
    const confirm = page.getByRole('dialog', { name: 'Slette «Samarbeidsmøte for Ola» for godt?' });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('Det kan ikke angres');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Slette «Samarbeidsmøte for Ola» for godt?');
    // The keyboard stays in the dialog: the page behind is inert while it is open.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')) || document.activeElement === document.body)).toBe(true);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'meetings-delete-confirm-1366.png') });

    // Escape cancels: nothing is deleted and focus is back on the button.
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Slett møtet Samarbeidsmøte for Ola');
    expect((await lead.http.request('GET', `/api/meetings/${gone}`)).status).toBe(200);

    await open.click();
    await confirm.getByRole('button', { name: 'Slett for godt' }).click();
    await page.getByRole('status').filter({ hasText: 'Møtet «Samarbeidsmøte for Ola» er slettet.' }).waitFor();
    await card('Samarbeidsmøte for Ola').waitFor({ state: 'detached' });
    expect(await card('Drøfting 7B').count()).toBe(1);
    expect((await lead.http.request('GET', `/api/meetings/${gone}`)).status).toBe(404);
    expect((await lead.http.request('GET', `/api/meetings/${kept}`)).status).toBe(200);
    expect(foreignRequests(lead.requests, suite.server.url)).toEqual([]);
    await lead.context.close();
  });

  it('invites from the preparation: removing a participant takes their link back, and an older link can be taken back under the other links', async () => {
    const lead = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    const id = await newMeeting(lead.http, { kind: 'named', title: 'Samarbeidsmøte for Ola' });
    // A link made without a participant (as the meetings list used to make them).
    const older = await lead.http.request('POST', `/api/meetings/${id}/invitations`, { role: 'observer', name: 'Per Olsen', service: 'PPT' });
    expect(older.status).toBe(201);
    const page = lead.page;
    await page.goto(`${suite.server.url}/`);
    await page.getByRole('link', { name: /^Forbered møtet\W+Samarbeidsmøte for Ola$/ }).click();
    await page.waitForURL('**/prepare');

    const adder = page.getByRole('form', { name: 'Legg til deltaker' });
    await adder.getByLabel('Navn').fill('Tone Ødegård');
    await adder.getByLabel('Tjeneste eller rolle').selectOption('barnevern');
    await adder.getByRole('button', { name: 'Legg til deltaker' }).click();
    const row = page.locator('li.record', { has: page.locator('input[value="Tone Ødegård"]') });
    await row.getByRole('button', { name: 'Lag invitasjonslenke til Tone Ødegård likevel' }).click();
    await row.locator('.invite-link code').waitFor();
    const active = async () => ((await lead.http.request('GET', `/api/meetings/${id}/invitations`)).json as { name: string; revokedAt: string | null }[]).filter((i) => !i.revokedAt).map((i) => i.name);
    expect((await active()).sort()).toEqual(['Per Olsen', 'Tone Ødegård']);

    // The older link is listed, and can be taken back.
    const others = page.locator('section.other-invitations');
    await expect(others.innerText()).resolves.toContain('Per Olsen, PPT');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'prepare-invitations-1366.png'), fullPage: true });
    await others.getByRole('button', { name: 'Trekk tilbake lenken Per Olsen' }).click();
    await others.waitFor({ state: 'detached' });

    // Removing Tone from the list takes her link back too.
    await row.getByRole('button', { name: 'Fjern' }).click();
    await expect.poll(active).toEqual([]);
    expect(foreignRequests(lead.requests, suite.server.url)).toEqual([]);
    await lead.context.close();
  });
});
