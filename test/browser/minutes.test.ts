/**
 * The facilitator's minutes page in real Chromium: preview, finalize, recipients and a personal link,
 * with axe-core and no request leaving the app's origin. Screenshots go to test/.artifacts/.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import { ARTIFACTS, axeViolations, browserSuite, foreignRequests, VIEWPORTS } from '../support/browser';
import { facilitatorContext, fillMeeting, newMeeting } from './meeting-support';

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
});
