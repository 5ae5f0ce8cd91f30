/**
 * The facilitator's minutes page in real Chromium: preview, finalize, recipients and a personal link,
 * with axe-core and no request leaving the app's origin. Screenshots go to test/.artifacts/.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import { ARTIFACTS, axeViolations, browserSuite, foreignRequests, VIEWPORTS } from '../support/browser';
import { facilitatorContext, fillMeeting, newMeeting, onStep, setStep } from './meeting-support';

const suite = browserSuite();

describe('the minutes page', () => {
  it('lets the facilitator read the preview, finalize, and make a personal link for a parent', async () => {
    const { page, requests, http, context } = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    const id = await newMeeting(http, { kind: 'named', title: 'Samarbeidsmøte for Sofie, 6B', school: 'Bråtåsen skole' });
    await fillMeeting(suite.server, id, fullExampleMeeting());

    await page.goto(`${suite.server.url}/m/${id}`);
    await page.getByRole('link', { name: 'Referat og utsending' }).click();
    await page.getByRole('heading', { level: 1, name: 'Referat og utsending' }).waitFor();
    // The long preview is folded under the page's work; opened, it shows all three documents.
    await page.locator('summary', { hasText: 'Forhåndsvisning av dokumentene' }).click();
    await page.getByRole('heading', { level: 2, name: 'Referat: Samarbeidsmøte for Sofie, 6B' }).waitFor();
    await expect(page.getByRole('heading', { level: 2, name: 'Samarbeidsavtale mellom foresatte og skole' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'Referatet for deg' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('img', { name: /systemmodellen med eleven i midten/ }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'minutes-preview-laptop.png') });

    await page.getByRole('button', { name: 'Ferdigstill ny versjon' }).click();
    await page.getByText('Versjon 1 er ferdigstilt.').waitFor();
    await page.getByRole('button', { name: 'Hent mottakere fra møtet' }).click();
    const parent = page.locator('li.recipient', { has: page.getByRole('heading', { name: /Agnieszka Næss/ }) });
    await parent.getByRole('button', { name: 'Lag lenke' }).click();
    await page.getByText('Lenken er klar. Gi den til Agnieszka Næss').waitFor();
    const url = (await page.locator('.link-field code').first().textContent())!;
    expect(url).toMatch(/\/d\/[A-Za-z0-9_-]{43}$/);
    await expect(parent.getByText('Hele referatet').isVisible()).resolves.toBe(true);

    // Three links made in a row all stay on the page, each with its own copy button.
    const father = page.locator('li.recipient', { has: page.getByRole('heading', { name: /Håkon Næss/ }) });
    await father.getByRole('button', { name: 'Lag lenke' }).click();
    await page.getByText('Lenken er klar. Gi den til Håkon Næss').waitFor();
    await parent.getByLabel('Dokument').selectOption('agreement');
    await parent.getByRole('button', { name: 'Lag lenke' }).click();
    await expect.poll(() => page.locator('.made-links li').count()).toBe(3);
    const shown = await page.locator('.made-links code').allTextContents();
    expect(new Set(shown).size).toBe(3);
    await expect(page.getByRole('button', { name: 'Kopier lenken til Håkon Næss' }).isVisible()).resolves.toBe(true);

    // A service without the parents' consent asking for the agreement: refused at its own row, in Norwegian.
    await page.getByLabel('Navn', { exact: true }).fill('Barneverntjenesten i Drammen');
    await page.getByLabel('Mottaker', { exact: true }).selectOption('barnevern');
    await page.getByRole('button', { name: 'Legg til mottaker' }).click();
    const service = page.locator('li.recipient', { has: page.getByRole('heading', { name: /Barneverntjenesten i Drammen/ }) });
    await service.getByLabel('Dokument').selectOption('agreement');
    await service.getByRole('button', { name: 'Lag lenke' }).click();
    await expect.poll(() => service.getByRole('alert').innerText()).toContain('Foresatte har ikke gitt samtykke');
    expect(await page.locator('.made-links li').count()).toBe(3);

    await page.setViewportSize(VIEWPORTS.projector);
    await page.screenshot({ path: join(ARTIFACTS, 'minutes-page-projector.png'), fullPage: false });
    await page.getByRole('heading', { name: 'Mottakere' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'minutes-recipients-projector.png') });

    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests(requests, suite.server.url)).toEqual([]);
    await context.close();
  });

  it('chooses who gets the minutes at step 9, with consent beside each, and hands a parent a Norwegian page with a Norwegian file', async () => {
    const { page, requests, http, context } = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    const id = await newMeeting(http, { kind: 'named', title: 'Samarbeidsmøte for Sofie, 6B', school: 'Bråtåsen skole', startsAt: '2026-12-02T08:30:00+01:00' });
    const example = fullExampleMeeting();
    await fillMeeting(suite.server, id, { ...example, closing: { ...example.closing, minutesRecipients: [] } });
    await setStep(suite.server, id, 8);
    await page.goto(`${suite.server.url}/m/${id}`);
    await onStep(page, 'Avslutning');

    // Step 9: the participants to tick, each service with its consent status in words.
    const section = page.locator('section.minutes-recipients');
    await section.getByRole('heading', { name: 'Referatet sendes til' }).waitFor();
    const row = (name: string) => section.locator('li', { hasText: name });
    await expect(row('Mariam Haddad').locator('.consent-status').innerText()).resolves.toBe('Samtykke gitt');
    await expect(row('Agnieszka Næss').locator('.consent-status').innerText()).resolves.toBe('Trenger ikke samtykke');
    await row('Agnieszka Næss').getByRole('checkbox').check();
    await row('Mariam Haddad').getByRole('checkbox').check();
    // Someone not in the meeting: child welfare, with no consent on record, says so.
    await section.getByLabel('Tjeneste eller rolle', { exact: true }).selectOption('barnevern');
    await section.getByRole('button', { name: 'Legg til en annen mottaker' }).click();
    await expect.poll(() => row('Barneverntjenesten').locator('.consent-status').innerText()).toBe('Samtykke ikke registrert');
    await page.screenshot({ path: join(ARTIFACTS, 'closing-recipients-laptop.png'), fullPage: true });
    // The choice is in the meeting's content on the server, linked to the participants.
    await expect
      .poll(async () => {
        const res = await http.request('GET', `/api/meetings/${id}/minutes/preview`);
        return JSON.stringify(res.json.models);
      })
      .toContain('Agnieszka Næss, Foresatt');

    // The minutes page brings them in, with their consent status before any link is made.
    await page.goto(`${suite.server.url}/m/${id}/minutes`);
    await page.getByRole('heading', { level: 1, name: 'Referat og utsending' }).waitFor();
    await expect(page.locator('[data-preview-state]').innerText()).resolves.toContain('Forhåndsvisningen er et utkast');
    await page.getByRole('button', { name: 'Ferdigstill ny versjon' }).click();
    await page.getByText('Versjon 1 er ferdigstilt.').waitFor();
    // Nothing changed since: the preview is version 1, not a draft.
    await expect.poll(() => page.locator('[data-preview-state]').getAttribute('data-preview-state')).toBe('final');
    await page.getByRole('button', { name: 'Hent mottakere fra møtet' }).click();
    const recipient = (name: RegExp) => page.locator('li.recipient', { has: page.getByRole('heading', { name }) });
    await recipient(/Agnieszka Næss/).waitFor();
    expect(await page.locator('li.recipient h3').allInnerTexts()).toEqual([
      'Agnieszka Næss, Foresatt',
      'Mariam Haddad, Helsesykepleier (skolehelsetjenesten)',
      'Barneverntjenesten',
      'Bråtåsen skole, Skolens arkiv',
    ]);
    await expect(recipient(/Barneverntjenesten/).locator('.consent-status').innerText()).resolves.toContain('Samtykke ikke registrert · får bare rammene');
    await expect(recipient(/Mariam Haddad/).locator('.consent-status').innerText()).resolves.toBe('Samtykke gitt');

    // The parent's link opens a small page in Norwegian on a phone; its button saves referat-<date>.pdf.
    await recipient(/Agnieszka Næss/).getByRole('button', { name: 'Lag lenke' }).click();
    await page.getByText('Lenken er klar. Gi den til Agnieszka Næss').waitFor();
    const url = (await page.locator('.link-field code').first().textContent())!;
    const phone = await suite.browser.newContext({ viewport: VIEWPORTS.phone, acceptDownloads: true });
    const parent = await phone.newPage();
    await parent.goto(url);
    await parent.getByRole('heading', { level: 1, name: 'Referat' }).waitFor();
    await expect(parent.getByText('Fra Bråtåsen skole, møtet 2. desember 2026. Til Agnieszka Næss.').isVisible()).resolves.toBe(true);
    await parent.screenshot({ path: join(ARTIFACTS, 'download-page-phone.png') });
    expect(await axeViolations(parent)).toEqual([]);
    const [download] = await Promise.all([parent.waitForEvent('download'), parent.getByRole('link', { name: 'Last ned referat (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe('referat-2026-12-02.pdf');
    await phone.close();

    expect(foreignRequests(requests, suite.server.url)).toEqual([]);
    await context.close();
  });
});
