/**
 * The admin's work on accounts, through the API the admin screen uses: adding a facilitator who
 * chooses a password through a one-time link, deactivating (sessions end, sockets close, logins are
 * refused) and reactivating, the audit log with filters, the running settings with secrets masked,
 * and local login turned off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloDate } from '@naervaer/shared/calendar';
import { CloseCode } from '@naervaer/shared/protocol';
import { ConfigError, readConfig } from '../../server/src/env';
import { FACILITATOR, HttpClient, createMeeting, facilitator } from '../support/http';
import { type TestServer, removeDir, startServer } from '../support/server';
import { connect, eventually, synced } from '../support/yclient';

const SECRET = 'en-hemmelighet-som-ikke-skal-vises';
const PROVIDERS = JSON.stringify([{ id: 'feide', name: 'Feide', issuer: 'https://auth.dataporten.no', clientId: 'naervaer', clientSecret: SECRET }]);

let server: TestServer;
let admin: HttpClient;

beforeAll(async () => {
  server = await startServer({ env: { OIDC_PROVIDERS: PROVIDERS } });
  admin = await facilitator(server.url);
});
afterAll(async () => {
  await server.close();
  removeDir(server.dataDir);
});

const tokenOf = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop()!);

describe('the admin’s accounts', () => {
  it('adds a facilitator without a password, who chooses one through a one-time link that works once', async () => {
    const created = await admin.request('POST', '/api/admin/accounts', { email: 'Per.Hansen@skole.no', name: 'Per Hansen' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ email: 'per.hansen@skole.no', admin: false, link: { purpose: 'password' } });
    const link: string = created.json.link.url;
    expect(link).toMatch(new RegExp(`^${server.url}/account-link/`));
    const token = tokenOf(link);

    // Until then no password opens the account.
    expect((await new HttpClient(server.url).request('POST', '/api/auth/login', { email: 'per.hansen@skole.no', password: 'hva-som-helst-1' })).status).toBe(401);

    const owner = new HttpClient(server.url);
    const info = await owner.request('GET', `/api/account-links/${token}`);
    expect(info.json).toMatchObject({ purpose: 'password', name: 'Per Hansen', email: 'per.hansen@skole.no', providers: [{ id: 'feide', name: 'Feide' }] });
    expect((await owner.request('POST', `/api/account-links/${token}/password`, { password: 'kort' })).status).toBe(400);
    expect((await owner.request('POST', `/api/account-links/${token}/password`, { password: 'pers-nye-passord-1' })).status).toBe(200);
    // The link logged him in, and works no more.
    expect((await owner.request('GET', '/api/auth/state')).json.account.email).toBe('per.hansen@skole.no');
    expect((await new HttpClient(server.url).request('POST', `/api/account-links/${token}/password`, { password: 'en-annens-passord-1' })).json.error).toBe('link_gone');
    expect((await new HttpClient(server.url).request('GET', `/api/account-links/${token}`)).status).toBe(410);
    expect((await new HttpClient(server.url).request('POST', '/api/auth/login', { email: 'per.hansen@skole.no', password: 'pers-nye-passord-1' })).status).toBe(200);

    // A newer link replaces an older one; a new password ends the sessions made with the old.
    const first = await admin.request('POST', `/api/admin/accounts/${created.json.id}/links`, { purpose: 'password' });
    const second = await admin.request('POST', `/api/admin/accounts/${created.json.id}/links`, { purpose: 'password' });
    expect((await new HttpClient(server.url).request('GET', `/api/account-links/${tokenOf(first.json.url)}`)).status).toBe(410);
    expect((await new HttpClient(server.url).request('POST', `/api/account-links/${tokenOf(second.json.url)}/password`, { password: 'pers-tredje-passord-1' })).status).toBe(200);
    expect((await owner.request('GET', '/api/meetings')).status).toBe(401);

    const list = await admin.request('GET', '/api/admin/accounts');
    expect(list.json.find((a: { email: string }) => a.email === 'per.hansen@skole.no')).toMatchObject({ name: 'Per Hansen', hasPassword: true, deactivatedAt: null, identities: [] });
  });

  it('deactivates an account: its sessions end, its meeting socket closes at once, and it cannot log in until reactivated', async () => {
    const made = await admin.request('POST', '/api/admin/accounts', { email: 'lise@skole.no', name: 'Lise Lærer', password: 'lises-passord-12' });
    const lise = new HttpClient(server.url);
    expect((await lise.request('POST', '/api/auth/login', { email: 'lise@skole.no', password: 'lises-passord-12' })).status).toBe(200);
    const meetingId = await createMeeting(lise);
    const socket = connect(server.wsUrl, meetingId, 'content', { cookie: lise.cookieHeader });
    await synced(socket);

    const off = await admin.request('POST', `/api/admin/accounts/${made.json.id}/deactivate`);
    expect(off.status).toBe(200);
    expect(off.json.deactivatedAt).toBeTruthy();
    await eventually(() => socket.closes.includes(CloseCode.unauthorized), 'the socket closed with 4401');
    socket.destroy();
    expect((await lise.request('GET', '/api/meetings')).status).toBe(401);
    expect((await new HttpClient(server.url).request('POST', '/api/auth/login', { email: 'lise@skole.no', password: 'lises-passord-12' })).status).toBe(401);
    // Nor can a link the admin made earlier be used while she is deactivated.
    const link = await admin.request('POST', `/api/admin/accounts/${made.json.id}/links`, { purpose: 'password' });
    expect((await new HttpClient(server.url).request('GET', `/api/account-links/${tokenOf(link.json.url)}`)).status).toBe(410);

    expect((await admin.request('POST', `/api/admin/accounts/${made.json.id}/reactivate`)).json.deactivatedAt).toBeNull();
    expect((await new HttpClient(server.url).request('POST', '/api/auth/login', { email: 'lise@skole.no', password: 'lises-passord-12' })).status).toBe(200);

    // The admin cannot lock themselves out.
    const me = (await admin.request('GET', '/api/auth/state')).json.account.id;
    expect((await admin.request('POST', `/api/admin/accounts/${me}/deactivate`)).json.error).toBe('own_account');

    // The audit log says who did it to whom, found by person, action and day.
    const party = `account:${made.json.id}`;
    const byPerson = await admin.request('GET', `/api/admin/audit?party=${encodeURIComponent(party)}`);
    expect(byPerson.json.entries.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['account.created', 'account.login', 'account.deactivated', 'account.reactivated', 'account.link_created']),
    );
    const deactivated = await admin.request('GET', `/api/admin/audit?party=${encodeURIComponent(party)}&action=account.deactivated&from=${osloDate()}&to=${osloDate()}`);
    expect(deactivated.json.entries).toHaveLength(1);
    expect(deactivated.json.entries[0]).toMatchObject({ actorName: FACILITATOR.name, subjectName: 'Lise Lærer', detail: { sessions: 1, sockets: 1 } });
    const yesterday = await admin.request('GET', `/api/admin/audit?action=account.deactivated&to=2020-01-01`);
    expect(yesterday.json.entries).toEqual([]);
    expect((await admin.request('GET', '/api/admin/audit?from=not-a-day')).status).toBe(400);
    // A facilitator reads no one else's.
    expect((await lise.request('GET', '/api/admin/audit')).status).toBe(401);
  });

  it('shows the running settings with every secret masked', async () => {
    const settings = await admin.request('GET', '/api/admin/settings');
    expect(settings.status).toBe(200);
    expect(settings.text).not.toContain(SECRET);
    const value = (name: string) => settings.json.find((s: { name: string }) => s.name === name)?.value;
    expect(value('oidcProviders[0].clientSecret')).toBe('••••••••');
    expect(value('oidcProviders[0].issuer')).toBe('https://auth.dataporten.no');
    expect(value('localLogin')).toBe('true');
    expect(value('limits.loginFailuresPerAccount')).toBe('5');
  });
});

describe('local login turned off', () => {
  it('refuses e-mail and password, says so in the login state, and will not start without a provider', async () => {
    const off = await startServer({ env: { OIDC_PROVIDERS: PROVIDERS, LOCAL_LOGIN: 'false' } });
    try {
      const client = new HttpClient(off.url);
      expect((await client.request('GET', '/api/auth/state')).json).toMatchObject({ localLogin: false, providers: [{ id: 'feide' }] });
      // The first admin is still set up here, and links a provider from the admin screen.
      expect((await client.request('POST', '/api/auth/setup', FACILITATOR)).status).toBe(201);
      const login = await new HttpClient(off.url).request('POST', '/api/auth/login', { email: FACILITATOR.email, password: FACILITATOR.password });
      expect([login.status, login.json.error]).toEqual([403, 'local_login_off']);
      const me = (await client.request('GET', '/api/auth/state')).json.account.id;
      expect((await client.request('POST', `/api/admin/accounts/${me}/links`, { purpose: 'password' })).json.error).toBe('local_login_off');
      expect((await client.request('POST', `/api/admin/accounts/${me}/links`, { purpose: 'identity' })).status).toBe(201);
    } finally {
      await off.close();
      removeDir(off.dataDir);
    }
    expect(() => readConfig({ LOCAL_LOGIN: 'false' })).toThrow(ConfigError);
    expect(() => readConfig({ LOCAL_LOGIN: 'maybe' })).toThrow(/LOCAL_LOGIN/);
  });
});
