import { describe, expect, it } from 'vitest';
import { CloseCode } from '@naervaer/shared/protocol';
import { FACILITATOR, HttpClient, createMeeting, facilitator, invite } from '../support/http';
import { rawSocket, upgradeStatus } from '../support/rawws';
import { serversOfThisFile } from '../support/server';
import { connect, eventually } from '../support/yclient';

const startFileServer = serversOfThisFile();
/** A server whose clock the test moves. */
async function serverWithClock(env: Record<string, string> = {}) {
  const clock = { now: Date.parse('2026-11-26T08:00:00Z') };
  const server = await startFileServer({ env, now: () => new Date(clock.now) });
  return { server, clock, advance: (ms: number) => void (clock.now += ms) };
}

const login = (client: HttpClient, email: string, password: string) => client.request('POST', '/api/auth/login', { email, password });

describe('logging in is rate-limited per account and per address', () => {
  it('refuses an account with 429 and a wait time after repeated wrong passwords, even with the right one, until the window passes', async () => {
    const { server, advance } = await serverWithClock({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_WINDOW_MINUTES: '15' });
    await facilitator(server.url);
    const client = new HttpClient(server.url);
    for (let i = 0; i < 3; i++) expect((await login(client, FACILITATOR.email, 'feil-passord-000')).status).toBe(401);
    const limited = await login(client, FACILITATOR.email, FACILITATOR.password);
    expect(limited.status).toBe(429);
    expect(limited.json.error).toBe('rate_limited');
    expect(limited.json.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.json.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(Number(limited.headers.get('retry-after'))).toBe(limited.json.retryAfterSeconds);
    expect(limited.json.message).toMatch(/Try again in \d+ minutes/);
    // The same address may still try another account.
    expect((await login(client, 'noen.andre@skole.no', 'feil-passord-000')).status).toBe(401);
    advance(15 * 60_000 + 1000);
    expect((await login(client, FACILITATOR.email, FACILITATOR.password)).status).toBe(200);
  });

  it('checks at most the limit of guesses sent at once for one account, from many addresses: the others are refused before their password is checked', async () => {
    const { server } = await serverWithClock({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', TRUST_PROXY: '1' });
    await facilitator(server.url);
    const client = new HttpClient(server.url);
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => client.request('POST', '/api/auth/login', { email: FACILITATOR.email, password: `gjetning-${i}` }, { 'x-forwarded-for': `203.0.113.${i + 1}` })),
    );
    const statuses = guesses.map((g) => g.status).sort();
    expect(statuses).toEqual([...Array(3).fill(401), ...Array(9).fill(429)]);
  });

  it('refuses an address that tries many accounts, while another address may still log in', async () => {
    const { server } = await serverWithClock({ LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '5', TRUST_PROXY: '1' });
    await facilitator(server.url);
    const attacker = new HttpClient(server.url);
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    for (let i = 0; i < 5; i++) {
      const res = await attacker.request('POST', '/api/auth/login', { email: `gjett${i}@skole.no`, password: 'x' }, from('203.0.113.9'));
      expect(res.status).toBe(401);
    }
    const limited = await attacker.request('POST', '/api/auth/login', { email: 'gjett9@skole.no', password: 'x' }, from('203.0.113.9'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    const colleague = await new HttpClient(server.url).request('POST', '/api/auth/login', { email: FACILITATOR.email, password: FACILITATOR.password }, from('198.51.100.7'));
    expect(colleague.status).toBe(200);
  });

  it('behind one proxy, takes the address the proxy added, so a client cannot escape the limit or forge the audit log with its own X-Forwarded-For', async () => {
    const { server } = await serverWithClock({ LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '5', TRUST_PROXY: '1' });
    const lead = await facilitator(server.url);
    const attacker = new HttpClient(server.url);
    // The proxy appends the address it saw; everything before it is the client's own writing.
    const via = (forged: string) => ({ 'x-forwarded-for': `${forged}, 203.0.113.9` });
    for (let i = 0; i < 5; i++) {
      const res = await attacker.request('POST', '/api/auth/login', { email: `gjett${i}@skole.no`, password: 'x' }, via(`10.0.0.${i}`));
      expect(res.status).toBe(401);
    }
    const limited = await attacker.request('POST', '/api/auth/login', { email: 'gjett9@skole.no', password: 'x' }, via('192.0.2.77'));
    expect(limited.status).toBe(429);
    const audit = await lead.request('GET', '/api/admin/audit');
    const failures = (audit.json.entries as { action: string; ip: string | null }[]).filter((e) => e.action === 'account.login_failed');
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures.map((e) => e.ip))).toEqual(new Set(['203.0.113.9']));
  });

  it('refuses an address that tries many invitation links', async () => {
    const { server } = await serverWithClock({ JOIN_MAX_ATTEMPTS_PER_ADDRESS: '4' });
    const guesser = new HttpClient(server.url);
    for (let i = 0; i < 4; i++) expect((await guesser.request('POST', '/api/join', { token: `gjettet-token-nummer-${i}` })).status).toBe(404);
    const limited = await guesser.request('POST', '/api/join', { token: 'gjettet-token-nummer-9' });
    expect(limited.status).toBe(429);
    expect(limited.json.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('sessions and tokens', () => {
  it('uses 256-bit random session and invitation tokens and stores only their hashes', async () => {
    const { server } = await serverWithClock();
    const lead = await facilitator(server.url);
    const session = /nm_session=([^;]+)/.exec(lead.cookieHeader)![1]!;
    expect(Buffer.from(session, 'base64url').length).toBeGreaterThanOrEqual(16);
    const meetingId = await createMeeting(lead);
    const { token } = await invite(lead, meetingId, 'participant');
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const db = (server.app.ctx.storage as unknown as { db: { prepare(sql: string): { all(): unknown[] } } }).db;
    const dump = JSON.stringify([db.prepare('SELECT * FROM sessions').all(), db.prepare('SELECT * FROM invitations').all()]);
    expect(dump).not.toContain(session);
    expect(dump).not.toContain(token);
  });

  it('ends a facilitator session after the idle time and at the latest after the maximum age', async () => {
    const { server, advance } = await serverWithClock({ SESSION_IDLE_MINUTES: '5', SESSION_MAX_HOURS: '1' });
    const lead = await facilitator(server.url);
    expect((await lead.request('GET', '/api/meetings')).status).toBe(200);
    advance(6 * 60_000);
    expect((await lead.request('GET', '/api/meetings')).status).toBe(401);

    const busy = new HttpClient(server.url);
    expect((await login(busy, FACILITATOR.email, FACILITATOR.password)).status).toBe(200);
    // In use every four minutes: idle never strikes, the maximum age does.
    let minutes = 0;
    while (minutes < 56) {
      advance(4 * 60_000);
      minutes += 4;
      expect((await busy.request('GET', '/api/meetings')).status).toBe(200);
    }
    advance(4 * 60_000 + 1000);
    expect((await busy.request('GET', '/api/meetings')).status).toBe(401);
  });

  it('ends the session on logout and closes the meeting sockets opened with it', async () => {
    const { server } = await serverWithClock();
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const cookie = lead.cookieHeader;
    const socket = rawSocket(`${server.wsUrl}/${meetingId}/content`, { cookie });
    expect(await socket.opened).toBe(101);
    expect((await lead.request('POST', '/api/auth/logout')).status).toBe(200);
    expect(await socket.closed).toBe(CloseCode.unauthorized);
    const stale = await new HttpClient(server.url).request('GET', '/api/meetings', undefined, { cookie });
    expect(stale.status).toBe(401);
    expect(await upgradeStatus(`${server.wsUrl}/${meetingId}/content`, { cookie })).toBe(401);
  });
});

describe('invitation links expire and can be revoked live', () => {
  it('refuses an expired link, its token and the guest session made from it, after the meeting day plus the grace period', async () => {
    const { server, clock, advance } = await serverWithClock({ INVITATION_GRACE_DAYS: '1' });
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead, { startsAt: new Date(clock.now).toISOString() });
    const link = await invite(lead, meetingId, 'participant');
    const earlyGuest = new HttpClient(server.url);
    expect((await earlyGuest.request('POST', '/api/join', { token: link.token })).status).toBe(200);
    const invitations = await lead.request('GET', `/api/meetings/${meetingId}/invitations`);
    const expiresAt = Date.parse(invitations.json[0].expiresAt);
    // The meeting day and the grace day: more than 24 h, less than 3 days after the start.
    expect(expiresAt - clock.now).toBeGreaterThan(24 * 3_600_000);
    expect(expiresAt - clock.now).toBeLessThan(72 * 3_600_000);
    // The guest stays active (idle sessions end too), right up to a minute before the link expires.
    while (expiresAt - clock.now > 61 * 60_000) {
      advance(60 * 60_000);
      expect((await earlyGuest.request('GET', `/api/meetings/${meetingId}`)).status).toBe(200);
    }
    advance(expiresAt - clock.now - 60_000);
    expect((await earlyGuest.request('GET', `/api/meetings/${meetingId}`)).status).toBe(200);
    expect(await upgradeStatus(`${server.wsUrl}/${meetingId}/content?token=${link.token}`)).toBe(101);
    advance(2 * 60_000);
    const late = await new HttpClient(server.url).request('POST', '/api/join', { token: link.token });
    expect(late.status).toBe(410);
    expect(late.json.error).toBe('invitation_expired');
    expect((await earlyGuest.request('GET', `/api/meetings/${meetingId}`)).status).toBe(401);
    expect(await upgradeStatus(`${server.wsUrl}/${meetingId}/content?token=${link.token}`)).toBe(401);
    expect(await upgradeStatus(`${server.wsUrl}/${meetingId}/content`, { cookie: earlyGuest.cookieHeader })).toBe(401);
  });

  it('closes a guest’s open socket when their invitation expires during the connection, and leaves the facilitator’s open', async () => {
    const { server, clock, advance } = await serverWithClock({ INVITATION_GRACE_DAYS: '1' });
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead, { startsAt: new Date(clock.now).toISOString() });
    const link = await invite(lead, meetingId, 'participant');
    const invitations = await lead.request('GET', `/api/meetings/${meetingId}/invitations`);
    const expiresAt = Date.parse(invitations.json[0].expiresAt);
    // Connected a second and a half before the link expires (the facilitator logs in again after the long day).
    advance(expiresAt - clock.now - 1500);
    const leadAgain = new HttpClient(server.url);
    expect((await login(leadAgain, FACILITATOR.email, FACILITATOR.password)).status).toBe(200);
    const guest = connect(server.wsUrl, meetingId, 'content', { token: link.token });
    const host = connect(server.wsUrl, meetingId, 'content', { cookie: leadAgain.cookieHeader });
    await eventually(() => guest.provider.synced && host.provider.synced, 'both connected');
    expect(guest.closes).toEqual([]);
    advance(1500);
    await eventually(() => guest.closes.includes(CloseCode.unauthorized), 'expired guest socket closed', 5000);
    expect(host.closes).toEqual([]);
    expect(host.provider.wsconnected).toBe(true);
    guest.destroy();
    host.destroy();
    expect(await upgradeStatus(`${server.wsUrl}/${meetingId}/content?token=${link.token}`)).toBe(401);
  });

  it('closes a facilitator’s open socket when their session reaches its end, as a guest’s is closed', async () => {
    const { server, advance } = await serverWithClock({ SESSION_MAX_HOURS: '1', SESSION_IDLE_MINUTES: '120' });
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const host = connect(server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
    await eventually(() => host.provider.synced, 'connected');
    advance(59 * 60_000);
    expect(host.closes).toEqual([]);
    advance(61_000);
    await eventually(() => host.closes.includes(CloseCode.unauthorized), 'the ended session’s socket closed', 20_000);
    host.destroy();
    expect(await upgradeStatus(`${server.wsUrl}/${meetingId}/content`, { cookie: lead.cookieHeader })).toBe(401);
  });

  it('closes a revoked guest’s open socket within seconds and refuses their link, token and cookie afterwards', async () => {
    const { server } = await serverWithClock();
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const link = await invite(lead, meetingId, 'participant', 'Per', 'PP-tjenesten');
    const guest = new HttpClient(server.url);
    expect((await guest.request('POST', '/api/join', { token: link.token })).status).toBe(200);
    const live = connect(server.wsUrl, meetingId, 'content', { cookie: guest.cookieHeader });
    await eventually(() => live.provider.synced, 'guest connected');
    expect((await lead.request('DELETE', `/api/meetings/${meetingId}/invitations/${link.id}`)).status).toBe(204);
    await eventually(() => live.closes.includes(CloseCode.revoked), 'revoked socket closed', 3000);
    live.destroy();
    expect((await guest.request('GET', `/api/meetings/${meetingId}`)).status).toBe(401);
    expect((await new HttpClient(server.url).request('POST', '/api/join', { token: link.token })).status).toBe(410);
    expect(await upgradeStatus(`${server.wsUrl}/${meetingId}/content`, { cookie: guest.cookieHeader })).toBe(401);
    expect(await upgradeStatus(`${server.wsUrl}/${meetingId}/content?token=${link.token}`)).toBe(401);
  });
});

describe('cross-site requests', () => {
  it('refuses state-changing requests from a foreign origin or a cross-site fetch, and accepts them from its own pages', async () => {
    const { server } = await serverWithClock();
    const lead = await facilitator(server.url);
    const body = { kind: 'named', title: 'Møte' };
    const foreign: Record<string, string>[] = [{ origin: 'https://evil.example' }, { origin: 'null' }, { origin: server.url.replace('http:', 'https:') }, { origin: server.url.replace('http:', 'ws:') }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }];
    for (const headers of foreign) {
      const res = await lead.request('POST', '/api/meetings', body, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.json.error).toBe('forbidden_origin');
    }
    const own = await lead.request('POST', '/api/meetings', body, { origin: server.url, 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(201);
    // The meeting socket too: a foreign page cannot open it with the facilitator's cookie.
    const url = `${server.wsUrl}/${own.json.id}/content`;
    expect(await upgradeStatus(url, { cookie: lead.cookieHeader, origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(url, { cookie: lead.cookieHeader, origin: server.url })).toBe(101);
  });

  it('sets cookies HttpOnly and SameSite, and Secure when served over TLS behind the proxy', async () => {
    const { server } = await serverWithClock({ TRUST_PROXY: '1' });
    const plain = await new HttpClient(server.url).request('POST', '/api/auth/setup', FACILITATOR);
    const cookie = plain.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=(Lax|Strict)/i);
    expect(cookie).not.toMatch(/Secure/i);
    const tls = await new HttpClient(server.url).request(
      'POST',
      '/api/auth/login',
      { email: FACILITATOR.email, password: FACILITATOR.password },
      { 'x-forwarded-proto': 'https' },
    );
    expect(tls.status).toBe(200);
    expect(tls.headers.get('set-cookie')).toMatch(/Secure/i);
    expect(tls.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});
