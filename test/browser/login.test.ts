/**
 * Logging in through an OpenID provider in real Chromium: the login page's button, the redirect to
 * the provider (a real one in the test process, which answers at once: it has no login page of its
 * own) and back, landing logged in; a person who is not allowed gets the page that says whom to ask.
 */
import { join } from 'node:path';
import { OAuth2Server } from 'oauth2-mock-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, VIEWPORTS, axeViolations, foreignRequests, launchBrowser, recordingContext } from '../support/browser';
import { type TestServer, startServer } from '../support/server';

let idp: OAuth2Server;
let server: TestServer;
let browser: Browser;
let person: Record<string, unknown> = { sub: 'feide-kari-1', email: 'kari.nordmann@skole.no', name: 'Kari Nordmann', email_verified: true };

beforeAll(async () => {
  idp = new OAuth2Server();
  await idp.issuer.keys.generate('RS256');
  await idp.start(0, '127.0.0.1');
  idp.service.on('beforeTokenSigning', (token: { payload: Record<string, unknown> }) => Object.assign(token.payload, person));
  const feide = { id: 'feide', name: 'Feide', issuer: idp.issuer.url, clientId: 'naervaer', clientSecret: 'hemmelig-for-testen', allowHttp: true, allow: { emails: ['kari.nordmann@skole.no'] } };
  server = await startServer({ env: { OIDC_PROVIDERS: JSON.stringify([feide]) } });
  // The first account exists, so the app shows the login page rather than the setup.
  await server.app.ctx.storage.accounts.create({ id: 'admin', email: 'admin@kommune.no', name: 'Admin', passwordHash: 'scrypt$x', createdAt: new Date().toISOString(), admin: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await idp?.stop();
});

describe('logging in through Feide', () => {
  it('goes to the provider and back, and lands on the meetings, logged in', async () => {
    const { page, context, requests } = await recordingContext(browser, VIEWPORTS.laptop);
    await page.goto(`${server.url}/`);
    await page.waitForURL('**/login');
    const button = page.getByRole('link', { name: 'Logg inn med Feide' });
    await button.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'login-providers-1366x768.png') });
    await button.click();
    await page.getByRole('heading', { level: 1, name: 'Møtene dine' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.getByText('Kari Nordmann').first().isVisible()).resolves.toBe(true);
    // The only requests off our origin are the provider's own pages, which the browser was sent to.
    expect(foreignRequests(requests, server.url).every((url) => url.startsWith(idp.issuer.url!))).toBe(true);
    await context.close();
  });

  it('tells a person who is not allowed whom to ask, in Norwegian, and does not log them in', async () => {
    person = { sub: 'feide-per-2', email: 'per@annet.no', name: 'Per Utenfor' };
    const { page, context } = await recordingContext(browser, VIEWPORTS.laptop);
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Logg inn med Feide' }).click();
    await page.getByRole('alert').filter({ hasText: 'Du har ikke tilgang til Nærværsmøtet ennå. Be administratoren i kommunen om å gi deg tilgang.' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'login-refused-1366x768.png') });
    await context.close();
  });
});
