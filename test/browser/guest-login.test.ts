/**
 * A parent who must log in with ID-porten to use their link, in browsers: the facilitator asks for it
 * on the parent's row, the parent's link sends them to the provider (a real one in the test process)
 * and into the room, and the facilitator sees that the parent's identity was checked.
 */
import { join } from 'node:path';
import { OAuth2Server } from 'oauth2-mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, VIEWPORTS, axeViolations, browserSuite, recordingContext } from '../support/browser';
import { facilitatorContext, newMeeting } from './meeting-support';

let idp: OAuth2Server;
const options: { env: Record<string, string> } = { env: {} };
beforeAll(async () => {
  idp = new OAuth2Server();
  await idp.issuer.keys.generate('RS256');
  await idp.start(0, '127.0.0.1');
  idp.service.on('beforeTokenSigning', (token: { payload: Record<string, unknown> }) => Object.assign(token.payload, { pid: '01017012345', acr: 'idporten-loa-substantial' }));
  options.env.OIDC_PROVIDERS = JSON.stringify([
    { id: 'idporten', name: 'ID-porten', issuer: idp.issuer.url, clientId: 'naervaer', clientSecret: 'hemmelig', allowHttp: true, use: ['guests'], subjectClaims: ['pid'], scopes: 'openid', acrValues: ['idporten-loa-substantial'] },
  ]);
});
afterAll(async () => {
  await idp?.stop();
});
const suite = browserSuite(options);

describe('a link that needs a login', () => {
  it('takes the parent through ID-porten into the room, and the facilitator sees that it was checked', async () => {
    const lead = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    const id = await newMeeting(lead.http, { kind: 'named', title: 'Samarbeidsmøte for Ola' });
    const page = lead.page;
    await page.goto(`${suite.server.url}/m/${id}/prepare`);
    const adder = page.getByRole('form', { name: 'Legg til deltaker' });
    await adder.getByLabel('Navn').fill('Kari Mor');
    await adder.getByLabel('Tjeneste eller rolle').selectOption('foresatt');
    await adder.getByRole('button', { name: 'Legg til deltaker' }).click();
    const row = page.locator('li.record', { has: page.locator('input[value="Kari Mor"]') });
    await row.getByLabel('Innlogging').selectOption({ label: 'Må logge inn med ID-porten' });
    await row.getByRole('button', { name: /^Lag invitasjonslenke til Kari Mor/ }).click();
    const link = await row.locator('.invite-link code').innerText();
    await row.getByText('Lenken krever innlogging med ID-porten.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The parent, on a phone: the link says why she logs in, and the provider sends her into the room.
    const parent = await recordingContext(suite.browser, VIEWPORTS.phone);
    await parent.page.goto(link);
    await parent.page.getByText('For å bli med må du logge inn med ID-porten. Da vet møtet at det er deg.').waitFor();
    expect(await axeViolations(parent.page)).toEqual([]);
    await parent.page.screenshot({ path: join(ARTIFACTS, 'join-login-needed-390x844.png') });
    await parent.page.getByRole('link', { name: 'Logg inn med ID-porten' }).click();
    await parent.page.waitForURL(`**/m/${id}`);

    // The facilitator's room: she is there, checked through ID-porten; the row says the link is hers now.
    await page.goto(`${suite.server.url}/m/${id}`);
    const her = page.locator('.presence li[data-person="Kari Mor"]');
    await her.waitFor();
    expect(await her.innerText()).toContain('innlogget med ID-porten');
    await page.goto(`${suite.server.url}/m/${id}/prepare`);
    await page.locator('li.record', { has: page.locator('input[value="Kari Mor"]') }).getByText('Lenken er knyttet til den som logget inn med ID-porten.').waitFor();
    await parent.context.close();
    await lead.context.close();
  });
});
