import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACILITATOR, HttpClient, createMeeting, facilitator, invite } from '../support/http';
import { type TestServer, removeDir, startServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  removeDir(server.dataDir);
});

describe('the public HTTP contract', () => {
  it('reports health once storage is open', async () => {
    const res = await new HttpClient(server.url).request('GET', '/healthz');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok' });
  });

  it('lets the first facilitator set up an account once, then refuses with 409', async () => {
    const first = new HttpClient(server.url);
    const state = await first.request('GET', '/api/auth/state');
    expect(state.json.setupNeeded).toBe(true);
    const created = await first.request('POST', '/api/auth/setup', FACILITATOR);
    expect(created.status).toBe(201);
    expect(created.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(created.headers.get('set-cookie')).toMatch(/SameSite=Lax/i);
    const again = await new HttpClient(server.url).request('POST', '/api/auth/setup', { ...FACILITATOR, email: 'other@skole.no' });
    expect(again.status).toBe(409);
    expect(again.json.error).toBe('already_set_up');
  });

  it('logs in with the right password, refuses a wrong one with 401, and logs out with 204', async () => {
    const client = new HttpClient(server.url);
    const wrong = await client.request('POST', '/api/auth/login', { email: FACILITATOR.email, password: 'feil-passord-000' });
    expect(wrong.status).toBe(401);
    const right = await client.request('POST', '/api/auth/login', { email: FACILITATOR.email, password: FACILITATOR.password });
    expect(right.status).toBe(200);
    expect((await client.request('GET', '/api/meetings')).status).toBe(200);
    const out = await client.request('POST', '/api/auth/logout');
    // Logged in with a password: nothing to end at a provider.
    expect([out.status, out.json]).toEqual([200, { providerLogout: null }]);
    expect((await client.request('GET', '/api/meetings')).status).toBe(401);
  });

  it('creates meetings only for a logged-in facilitator and names the bad field', async () => {
    const anonymous = await new HttpClient(server.url).request('POST', '/api/meetings', { kind: 'named', title: 'x' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error).toBe('unauthorized');
    const client = await facilitator(server.url);
    const bad = await client.request('POST', '/api/meetings', { kind: 'secret', title: 42 });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toMatch(/kind/);
    expect(bad.json.message).toMatch(/title/);
    const extra = await client.request('POST', '/api/meetings', { kind: 'named', title: 'Møte', pupilName: 'Ola' });
    expect(extra.status).toBe(400);
    expect(extra.json.message).toMatch(/pupilName/);
    const ok = await client.request('POST', '/api/meetings', { kind: 'anonymous', title: 'Anonym drøfting', startsAt: '2026-12-01T08:00:00+01:00' });
    expect(ok.status).toBe(201);
    expect(ok.json.url).toBe(`${server.url.replace('127.0.0.1', '127.0.0.1')}/m/${ok.json.id}`);
  });

  it('invites a participant with a link that carries an unguessable token, and revokes it', async () => {
    const client = await facilitator(server.url);
    const meetingId = await createMeeting(client);
    const invitation = await invite(client, meetingId, 'participant', 'Kari', 'helsesykepleier');
    expect(invitation.url).toContain('/join/');
    expect(Buffer.from(invitation.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const guest = new HttpClient(server.url);
    const joined = await guest.request('POST', '/api/join', { token: invitation.token });
    expect(joined.status).toBe(200);
    const view = await guest.request('GET', `/api/meetings/${meetingId}`);
    expect(view.status).toBe(200);
    expect(view.json.me).toMatchObject({ name: 'Kari', role: 'participant', service: 'helsesykepleier' });
    // A participant may not invite.
    expect((await guest.request('POST', `/api/meetings/${meetingId}/invitations`, { role: 'observer', name: 'X' })).status).toBe(403);
    const revoked = await client.request('DELETE', `/api/meetings/${meetingId}/invitations/${invitation.id}`);
    expect(revoked.status).toBe(204);
    expect((await guest.request('GET', `/api/meetings/${meetingId}`)).status).toBe(401);
    const rejoin = await new HttpClient(server.url).request('POST', '/api/join', { token: invitation.token });
    expect(rejoin.status).toBe(410);
  });

  it('stores only a hash of an invitation token', async () => {
    const client = await facilitator(server.url);
    const meetingId = await createMeeting(client);
    const { token } = await invite(client, meetingId, 'observer');
    const storage = server.app.ctx.storage as unknown as { db: { prepare(sql: string): { all(): unknown[] } } };
    const dump = JSON.stringify(storage.db.prepare('SELECT * FROM invitations').all());
    expect(dump).not.toContain(token);
  });

  it('answers unknown meetings and routes with 404 in JSON', async () => {
    const client = await facilitator(server.url);
    const res = await client.request('GET', '/api/meetings/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ error: 'not_found' });
    const inv = await client.request('POST', '/api/meetings/does-not-exist/invitations', { role: 'participant', name: 'A' });
    expect(inv.status).toBe(404);
    expect((await client.request('GET', '/api/nothing-here')).status).toBe(404);
  });

  it('gives malformed JSON, wrong types and oversize bodies a clear 4xx, and keeps serving', async () => {
    const client = await facilitator(server.url);
    const malformed = await client.request('POST', '/api/meetings', '{"kind": "named", title');
    expect(malformed.status).toBe(400);
    expect(malformed.json.error).toBe('invalid_request');
    const wrongType = await client.request('POST', '/api/meetings', [1, 2, 3]);
    expect(wrongType.status).toBe(400);
    const huge = await client.request('POST', '/api/meetings', { kind: 'named', title: 'x'.repeat(2_000_000) });
    expect(huge.status).toBe(413);
    expect(huge.json.error).toBe('body_too_large');
    const text = await client.request('POST', '/api/meetings', 'hello', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect((await client.request('GET', '/healthz')).status).toBe(200);
  });
});
