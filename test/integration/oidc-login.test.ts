/**
 * Logging in through an OpenID provider, against a real provider in this test process
 * (oauth2-mock-server: discovery, keys, PKCE, nonce, signed ID tokens). A person the settings allow
 * becomes a facilitator; anyone else is refused; a tampered ID token (audience, nonce, expiry,
 * signature) or a replayed answer logs no one in.
 */
import { OAuth2Server } from 'oauth2-mock-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/src/auth/passwords';
import { HttpClient } from '../support/http';
import { type TestServer, removeDir, startServer } from '../support/server';

type Token = { header: Record<string, unknown>; payload: Record<string, unknown> };

let idp: OAuth2Server;
let server: TestServer;
let providersSetting = '';
/** Who the provider says logs in now, and what the test does to the ID token. */
let person: { sub: string; email: string; name: string; email_verified?: boolean; groups?: string[] };
let tamper: ((payload: Record<string, unknown>) => void) | null = null;
let tamperResponse: ((body: Record<string, unknown>) => void) | null = null;

beforeAll(async () => {
  idp = new OAuth2Server();
  await idp.issuer.keys.generate('RS256');
  await idp.start(0, '127.0.0.1');
  idp.service.on('beforeTokenSigning', (token: Token) => {
    Object.assign(token.payload, { sub: person.sub, email: person.email, name: person.name, ...(person.email_verified !== undefined ? { email_verified: person.email_verified } : {}), ...(person.groups ? { groups: person.groups } : {}) });
    // The ID token is the one with a nonce.
    if ('nonce' in token.payload) tamper?.(token.payload);
  });
  idp.service.on('beforeResponse', (response: { body: Record<string, unknown> }) => {
    if ('id_token' in response.body) tamperResponse?.(response.body);
  });
  const providers = [
    {
      id: 'feide',
      name: 'Feide',
      issuer: idp.issuer.url,
      clientId: 'naervaer',
      clientSecret: 'en-hemmelighet-for-testen',
      allowHttp: true,
      allow: { emails: ['kari.nordmann@skole.no'], claim: { name: 'groups', values: ['fc:org:skole.no:ansatt'] } },
    },
  ];
  providersSetting = JSON.stringify(providers);
  server = await startServer({ env: { OIDC_PROVIDERS: providersSetting } });
  // Set up, as a municipality does first: a provider never makes the first account.
  expect((await new HttpClient(server.url).request('POST', '/api/auth/setup', { email: 'oppsett@kommune.no', name: 'Oppsett', password: 'oppsett-passord-1' })).status).toBe(201);
});

afterAll(async () => {
  await server?.close();
  await idp?.stop();
});

beforeEach(() => {
  tamper = null;
  tamperResponse = null;
  person = { sub: 'feide-kari-123', email: 'kari.nordmann@skole.no', name: 'Kari Nordmann', email_verified: true };
});

/** A browser's whole round: our start, the provider, our callback. Returns where it ends and the browser. */
async function loginThrough(browser = new HttpClient(server.url), startPath = '/api/auth/oidc/feide', base = server.url) {
  const start = await browser.navigate(`${base}${startPath}`);
  expect(start.status).toBe(302);
  const authorize = new URL(start.location!);
  const atProvider = await browser.navigate(authorize.href);
  expect(atProvider.status).toBe(302);
  const callback = await browser.navigate(atProvider.location!);
  return { browser, authorize, callbackUrl: atProvider.location!, end: callback.location };
}

/** The owner of a one-time identity link: its page starts the login (a POST), then the provider, then our callback. */
async function linkThrough(token: string, browser = new HttpClient(server.url)) {
  const started = await browser.request('POST', `/api/account-links/${token}/identity`, { provider: 'feide' });
  expect(started.status).toBe(200);
  const atProvider = await browser.navigate(started.json.url);
  const callback = await browser.navigate(atProvider.location!);
  return { browser, end: callback.location };
}

describe('logging in through an OpenID provider', () => {
  it('lets no one in through a provider before the first account is set up (set-up makes the admin)', async () => {
    const fresh = await startServer({ env: { OIDC_PROVIDERS: providersSetting } });
    try {
      expect((await loginThrough(new HttpClient(fresh.url), '/api/auth/oidc/feide', fresh.url)).end).toBe(`${fresh.url}/login?login=refused`);
      expect(await fresh.app.ctx.storage.accounts.count()).toBe(0);
    } finally {
      await fresh.close();
      removeDir(fresh.dataDir);
    }
  });

  it('lists the provider for the login page', async () => {
    const state = await new HttpClient(server.url).request('GET', '/api/auth/state');
    expect(state.json.providers).toEqual([{ id: 'feide', name: 'Feide' }]);
  });

  it('sends the browser with PKCE (S256), state and nonce, and logs an allowed person in as a new facilitator', async () => {
    const { browser, authorize, end } = await loginThrough();
    expect(authorize.origin).toBe(new URL(idp.issuer.url!).origin);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${server.url}/api/auth/oidc/feide/callback`);
    expect(end).toBe(`${server.url}/`);
    const state = await browser.request('GET', '/api/auth/state');
    expect(state.json.account).toMatchObject({ email: 'kari.nordmann@skole.no', name: 'Kari Nordmann', admin: false });
    // A facilitator: she can make a meeting.
    expect((await browser.request('POST', '/api/meetings', { kind: 'named', title: 'Samarbeidsmøte' })).status).toBe(201);

    // The second time she is the same account, found by her stable id, though the settings are asked again.
    const again = await loginThrough();
    expect((await again.browser.request('GET', '/api/auth/state')).json.account.id).toBe(state.json.account.id);
    // Once the settings no longer allow her (another e-mail, no allowed group), she is not let in.
    person = { ...person, email: 'kari@ny-adresse.no' };
    expect((await loginThrough()).end).toBe(`${server.url}/login?login=refused`);
    person = { ...person, email: 'kari.nordmann@skole.no' };
    // An account made this way has no password: the password form cannot open it.
    expect((await new HttpClient(server.url).request('POST', '/api/auth/login', { email: 'kari.nordmann@skole.no', password: 'hva-som-helst-1' })).status).toBe(401);
  });

  it('lets no one in by an e-mail the provider has not verified', async () => {
    person = { sub: 'feide-falsk-1', email: 'kari.nordmann@skole.no', name: 'Ikke Kari', email_verified: false };
    expect((await loginThrough()).end).toBe(`${server.url}/login?login=refused`);
    person = { sub: 'feide-falsk-2', email: 'kari.nordmann@skole.no', name: 'Ikke Kari' };
    expect((await loginThrough()).end).toBe(`${server.url}/login?login=refused`);
  });

  it('writes nothing to the audit log for an answer no browser asked for', async () => {
    const before = (await server.app.ctx.storage.audit.list({ limit: 1000 })).length;
    for (const provider of ['feide', 'made-up']) {
      expect((await new HttpClient(server.url).navigate(`${server.url}/api/auth/oidc/${provider}/callback?code=x&state=y`)).location).toBe(`${server.url}/login?login=failed`);
    }
    expect((await server.app.ctx.storage.audit.list({ limit: 1000 })).length).toBe(before);
  });

  it('lets in a person by a group the settings name', async () => {
    person = { sub: 'feide-ola-9', email: 'ola@skole.no', name: 'Ola Lærer', groups: ['fc:org:skole.no:ansatt'] };
    const { browser, end } = await loginThrough();
    expect(end).toBe(`${server.url}/`);
    expect((await browser.request('GET', '/api/auth/state')).json.account.email).toBe('ola@skole.no');
  });

  it('refuses a person the settings do not allow, with a page that says whom to ask, and logs it without the person', async () => {
    person = { sub: 'feide-per-7', email: 'per@annet.no', name: 'Per Utenfor' };
    const { browser, end } = await loginThrough();
    expect(end).toBe(`${server.url}/login?login=refused`);
    expect((await browser.request('GET', '/api/auth/state')).json.account).toBeNull();
    const entries = await server.app.ctx.storage.audit.list({ limit: 5 });
    const refused = entries.find((e) => e.action === 'account.login_refused');
    expect(refused?.detail).toMatchObject({ provider: 'feide', reason: 'not_allowed' });
    expect(JSON.stringify(entries)).not.toContain('per@annet.no');
  });

  it.each([
    ['a wrong audience', (p: Record<string, unknown>) => void (p.aud = 'another-app')],
    ['a wrong nonce', (p: Record<string, unknown>) => void (p.nonce = 'not-the-one-we-sent')],
    ['an expired token', (p: Record<string, unknown>) => void Object.assign(p, { iat: Math.floor(Date.now() / 1000) - 7200, nbf: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 })],
    ['another issuer', (p: Record<string, unknown>) => void (p.iss = 'https://evil.example')],
  ])('refuses an ID token with %s', async (_, change) => {
    tamper = change;
    const { browser, end } = await loginThrough();
    expect(end).toBe(`${server.url}/login?login=failed`);
    expect((await browser.request('GET', '/api/auth/state')).json.account).toBeNull();
  });

  it('refuses an ID token whose signature does not match the provider’s keys', async () => {
    tamperResponse = (body) => {
      const [header, payload, signature] = String(body.id_token).split('.');
      const flipped = signature!.startsWith('A') ? `B${signature!.slice(1)}` : `A${signature!.slice(1)}`;
      body.id_token = `${header}.${payload}.${flipped}`;
    };
    const { browser, end } = await loginThrough();
    expect(end).toBe(`${server.url}/login?login=failed`);
    expect((await browser.request('GET', '/api/auth/state')).json.account).toBeNull();
  });

  it('uses an answer once, and only in the browser that asked', async () => {
    const { callbackUrl, browser } = await loginThrough();
    // Replayed in the same browser: the login it belonged to is used up.
    expect((await browser.navigate(callbackUrl)).location).toBe(`${server.url}/login?login=failed`);
    // Another browser (no cookie of that login) gets nothing from a stolen answer.
    const first = await new HttpClient(server.url).navigate(`${server.url}/api/auth/oidc/feide`);
    const answer = await new HttpClient(server.url).navigate(first.location!);
    const thief = new HttpClient(server.url);
    expect((await thief.navigate(answer.location!)).location).toBe(`${server.url}/login?login=failed`);
    expect((await thief.request('GET', '/api/auth/state')).json.account).toBeNull();
  });

  it('refuses to make an account over an existing one with the same e-mail: the admin links them', async () => {
    // A local account (made by the admin, with a password) already has the e-mail the provider gives.
    await server.app.ctx.storage.accounts.create({ id: 'local-anne', email: 'anne@skole.no', name: 'Anne', passwordHash: 'scrypt$x', createdAt: new Date().toISOString() });
    person = { sub: 'feide-anne-1', email: 'anne@skole.no', name: 'Anne', groups: ['fc:org:skole.no:ansatt'] };
    const { end } = await loginThrough();
    expect(end).toBe(`${server.url}/login?login=link`);
  });

  it('links a provider identity to an account through the admin’s one-time link; the admin’s choice lets that person in, until the account is deactivated', async () => {
    // Earlier logins made accounts here already: the admin is put in the store, as set-up would.
    await server.app.ctx.storage.accounts.create({ id: 'the-admin', email: 'admin@kommune.no', name: 'Admin', passwordHash: await hashPassword('admin-passord-123'), createdAt: new Date().toISOString(), admin: true });
    const admin = new HttpClient(server.url);
    expect((await admin.request('POST', '/api/auth/login', { email: 'admin@kommune.no', password: 'admin-passord-123' })).status).toBe(200);
    // Bodil has a local account and is in no group the settings allow.
    const bodil = await admin.request('POST', '/api/admin/accounts', { email: 'bodil@skole.no', name: 'Bodil', password: 'bodils-passord-1' });
    person = { sub: 'feide-bodil-7', email: 'bodil@privat.no', name: 'Bodil B.', email_verified: true };
    expect((await loginThrough()).end).toBe(`${server.url}/login?login=refused`);

    const link = await admin.request('POST', `/api/admin/accounts/${bodil.json.id}/links`, { purpose: 'identity' });
    expect(link.status).toBe(201);
    const token = decodeURIComponent(new URL(link.json.url).pathname.split('/').pop()!);
    // A bare address cannot start it: someone sent such a link would only log in as themselves.
    expect((await loginThrough(new HttpClient(server.url), `/api/auth/oidc/feide?link=${encodeURIComponent(token)}`)).end).toBe(`${server.url}/login?login=refused`);
    const { browser, end } = await linkThrough(token);
    expect(end).toBe(`${server.url}/`);
    expect((await browser.request('GET', '/api/auth/state')).json.account.email).toBe('bodil@skole.no');
    const listed = (await admin.request('GET', '/api/admin/accounts')).json.find((a: { id: string }) => a.id === bodil.json.id);
    expect(listed.identities).toEqual([expect.objectContaining({ provider: 'feide', providerName: 'Feide', subject: 'feide-bodil-7', byAdmin: true })]);

    // From now on the provider logs her in as her account, though the allow rules do not name her.
    expect((await loginThrough()).end).toBe(`${server.url}/`);
    // The link worked once: a used one is turned back before the provider.
    expect((await new HttpClient(server.url).request('POST', `/api/account-links/${token}/identity`, { provider: 'feide' })).json.error).toBe('link_gone');
    // Another account's link cannot take an identity that is already linked.
    const other = await admin.request('POST', '/api/admin/accounts', { email: 'other@skole.no', name: 'Other', password: 'others-passord-1' });
    const otherLink = await admin.request('POST', `/api/admin/accounts/${other.json.id}/links`, { purpose: 'identity' });
    const otherToken = decodeURIComponent(new URL(otherLink.json.url).pathname.split('/').pop()!);
    expect((await linkThrough(otherToken)).end).toBe(`${server.url}/login?login=linked_elsewhere`);

    // Deactivated, the provider no longer lets her in; unlinked, she is a stranger to the settings again.
    await admin.request('POST', `/api/admin/accounts/${bodil.json.id}/deactivate`);
    expect((await browser.request('GET', '/api/auth/state')).json.account).toBeNull();
    expect((await loginThrough()).end).toBe(`${server.url}/login?login=deactivated`);
    await admin.request('POST', `/api/admin/accounts/${bodil.json.id}/reactivate`);
    const unlinked = await admin.request('POST', `/api/admin/accounts/${bodil.json.id}/identities/unlink`, { provider: 'feide', subject: 'feide-bodil-7' });
    expect(unlinked.json.identities).toEqual([]);
    expect((await loginThrough()).end).toBe(`${server.url}/login?login=refused`);
    const actions = (await server.app.ctx.storage.audit.list({ party: `account:${bodil.json.id}`, limit: 100 })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['account.link_created', 'account.identity_linked', 'account.deactivated', 'account.identity_unlinked']));
  });

  it('logs out at the provider too (RP-initiated logout): the answer names its logout address, with this app’s client and the way back', async () => {
    const { browser, end } = await loginThrough();
    expect(end).toBe(`${server.url}/`);
    const out = await browser.request('POST', '/api/auth/logout');
    expect(out.status).toBe(200);
    const url = new URL(out.json.providerLogout);
    expect(`${url.origin}${url.pathname}`).toBe(`${new URL(idp.issuer.url!).origin}/endsession`);
    expect(url.searchParams.get('client_id')).toBe('naervaer');
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${server.url}/login`);
    // Our session is over whatever the provider does next.
    expect((await browser.request('GET', '/api/auth/state')).json.account).toBeNull();
    // The provider's page sends the browser back.
    expect((await browser.navigate(url.href)).location).toBe(`${server.url}/login`);
  });
});
