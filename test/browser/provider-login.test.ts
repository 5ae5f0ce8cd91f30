/**
 * Logging in through a provider's own login page, in Chromium: a real OpenID provider (panva's
 * oidc-provider, with its development login and consent pages) runs in the test process. The
 * facilitator presses "Logg inn med Kommunen" on our login page, signs in on the provider's page,
 * confirms, and lands on the meetings as a new facilitator; logging out takes the browser through the
 * provider's logout and back to our login page. Axe checks our pages at 1366×768.
 */
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, VIEWPORTS, axeViolations, browserSuite, recordingContext } from '../support/browser';
import { HttpClient } from '../support/http';

const CLIENT = { id: 'naervaer', secret: 'en-hemmelighet-for-testen-som-er-lang-nok' };
let http: Server;
let issuer = '';
const options: { env: Record<string, string> } = { env: {} };
/** Makes the provider, once our server's address (its redirect URI) is known. */
let startProvider: (appUrl: string) => void = () => undefined;

// The provider's port is taken first, so our server can be told its issuer; the provider itself is
// made once our server's address (its redirect URI) is known.
beforeAll(async () => {
  let handler: NonNullable<Parameters<typeof createServer>[1]> = (_req, res) => res.writeHead(503).end();
  http = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => http.listen(0, 'localhost', resolve));
  issuer = `http://localhost:${(http.address() as AddressInfo).port}`;
  options.env.OIDC_PROVIDERS = JSON.stringify([
    { id: 'kommunen', name: 'Kommunen', issuer, clientId: CLIENT.id, clientSecret: CLIENT.secret, allowHttp: true, allow: { emails: ['kari@kommunen.no'] } },
  ]);
  startProvider = (appUrl: string) => {
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT.id,
          client_secret: CLIENT.secret,
          redirect_uris: [`${appUrl}/api/auth/oidc/kommunen/callback`],
          post_logout_redirect_uris: [`${appUrl}/login`],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      features: { rpInitiatedLogout: { enabled: true } },
      pkce: { required: () => true },
      async findAccount(_ctx: unknown, id: string) {
        return { accountId: id, claims: async () => ({ sub: id, email: `${id}@kommunen.no`, email_verified: true, name: 'Kari Nordmann' }) };
      },
    });
    handler = provider.callback();
  };
});
afterAll(async () => {
  await new Promise((resolve) => http?.close(resolve));
});
const suite = browserSuite(options);

describe('logging in through the provider’s own pages', () => {
  it('signs a facilitator in through the provider’s login and consent pages, and out through its logout', async () => {
    startProvider(suite.server.url);
    // Set up first: a provider never makes the first account.
    expect((await new HttpClient(suite.server.url).request('POST', '/api/auth/setup', { email: 'admin@kommunen.no', name: 'Admin', password: 'admin-passord-123' })).status).toBe(201);

    const { page, context } = await recordingContext(suite.browser, VIEWPORTS.laptop);
    await page.goto(`${suite.server.url}/login`);
    const button = page.getByRole('link', { name: 'Logg inn med Kommunen' });
    await button.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'provider-login-1366x768.png') });
    await button.click();

    // The provider's own pages: sign in, then confirm what the app may see.
    await page.waitForURL(`${issuer}/**`);
    await page.locator('input[name="login"]').fill('kari');
    await page.locator('input[name="password"]').fill('hva-som-helst');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    // Back with us: a new facilitator, with her name from the provider.
    await page.getByRole('heading', { level: 1, name: 'Møtene dine' }).waitFor();
    expect(await page.locator('.who').innerText()).toBe('Kari Nordmann');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'provider-login-done-1366x768.png') });

    // Logging out ends her session with us and at the provider, and the provider sends her back.
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(`${issuer}/**`);
    // The provider's logout page asks to confirm.
    await page.getByRole('button', { name: /yes/i }).click();
    await page.waitForURL(`${suite.server.url}/login`);
    await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
    expect((await page.request.get(`${suite.server.url}/api/auth/state`)).ok()).toBe(true);
    expect((await (await page.request.get(`${suite.server.url}/api/auth/state`)).json()).account).toBeNull();
    await context.close();
  });
});
