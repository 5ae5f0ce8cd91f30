/**
 * The admin's page, as an admin and a new colleague use it: add a facilitator, hand over the one-time
 * link, the colleague chooses a password and is in; deactivate them (they are out at once, in their
 * open page too); find it in the audit log by person and event; read the settings with the provider's
 * secret masked. Accessible (axe) at laptop and phone size, and nothing loaded from elsewhere.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, VIEWPORTS, axeViolations, browserSuite, foreignRequests, recordingContext } from '../support/browser';
import { facilitatorContext } from './meeting-support';

const SECRET = 'en-hemmelighet-som-aldri-vises';
const suite = browserSuite({
  env: { OIDC_PROVIDERS: JSON.stringify([{ id: 'feide', name: 'Feide', issuer: 'https://auth.dataporten.no', clientId: 'naervaer', clientSecret: SECRET }]) },
});

describe('the admin’s page', () => {
  it('adds a colleague who chooses a password through the one-time link, deactivates them, finds it in the audit log, and shows the settings without secrets', async () => {
    const admin = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    const page = admin.page;
    await page.goto(`${suite.server.url}/`);
    await page.getByRole('link', { name: 'Administrasjon' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administrasjon' }).waitFor();

    // Add Per: the page shows a one-time link to hand him, and says so.
    await page.getByLabel('Navn', { exact: true }).fill('Per Hansen');
    await page.getByLabel('E-post', { exact: true }).fill('per.hansen@skole.no');
    await page.getByRole('button', { name: 'Legg til', exact: true }).click();
    const linkField = page.getByLabel('Lenke til Per Hansen');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`^${suite.server.url}/account-link/`));
    expect(await page.locator('.shown-link').innerText()).toContain('Den vises bare nå');
    await page.locator('tr[data-account="per.hansen@skole.no"]').getByText('Ingenting ennå').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-accounts-1366x768.png'), fullPage: true });

    // Per opens the link on his own machine, chooses a password, and is in.
    const per = await recordingContext(suite.browser, VIEWPORTS.phone);
    await per.page.goto(link);
    await per.page.getByText('Hei, Per Hansen. Velg et passord for kontoen per.hansen@skole.no.').waitFor();
    await per.page.screenshot({ path: join(ARTIFACTS, 'account-link-password-390x844.png') });
    expect(await axeViolations(per.page)).toEqual([]);
    await per.page.getByLabel('Nytt passord').fill('pers-eget-passord-1');
    await per.page.getByRole('button', { name: 'Lagre passordet og logg inn' }).click();
    await per.page.getByRole('heading', { level: 1, name: 'Møtene dine' }).waitFor();
    // The link has done its work.
    const again = await recordingContext(suite.browser);
    await again.page.goto(link);
    await again.page.getByRole('alert').filter({ hasText: 'Lenken er brukt, utløpt eller erstattet av en nyere.' }).waitFor();
    await again.context.close();

    // The admin deactivates him, after a question that says what happens.
    await page.reload();
    await page.locator('tr[data-account="per.hansen@skole.no"]').getByText('Passord', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Deaktiver: Per Hansen' }).click();
    const question = page.getByRole('dialog', { name: 'Deaktivere kontoen til Per Hansen?' });
    await question.waitFor();
    expect(await question.innerText()).toContain('logget ut med en gang');
    await question.getByRole('button', { name: 'Deaktiver kontoen' }).click();
    await page.getByRole('status').filter({ hasText: 'Per Hansen er deaktivert.' }).waitFor();
    await page.locator('tr[data-account="per.hansen@skole.no"]').getByText(/^Deaktivert /).waitFor();
    // Per's open page is logged out: the next thing he does takes him to the login.
    await per.page.reload();
    await per.page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();

    // The audit log, filtered to Per and the event.
    await page.getByLabel('Person').selectOption({ label: 'Per Hansen (per.hansen@skole.no)' });
    await page.getByLabel('Hendelse').selectOption({ label: 'Konto deaktivert' });
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Viser 1 hendelse.' }).waitFor();
    const row = page.locator('.audit-table tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain('Anne Leder');
    expect(await row.innerText()).toContain('Per Hansen');

    // The settings: the provider's secret is masked.
    await page.getByRole('link', { name: 'Innstillinger' }).click();
    await page.getByText('oidcProviders[0].clientSecret').waitFor();
    expect(await page.locator('#settings').innerText()).not.toContain(SECRET);
    expect(await page.content()).not.toContain(SECRET);
    expect(await axeViolations(page)).toEqual([]);

    // On a phone, the page reads without sideways scrolling of the page itself (tables scroll in their box).
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto(`${suite.server.url}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Administrasjon' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-390x844.png') });
    expect(foreignRequests([...admin.requests, ...per.requests], suite.server.url)).toEqual([]);
    await per.context.close();
    await admin.context.close();
  });
});
