import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { stepNotes } from '@naervaer/shared/doc';
import { CloseCode } from '@naervaer/shared/protocol';
import { createMeeting, facilitator, invite } from '../support/http';
import { rawSocket } from '../support/rawws';
import { type TestServer, serversOfThisFile } from '../support/server';
import { connect, eventually, sleep, synced } from '../support/yclient';

const startFileServer = serversOfThisFile();
async function serverWith(env: Record<string, string>, now?: () => Date) {
  const server = await startFileServer({ env, now });
  return server;
}
async function storedText(server: TestServer, meetingId: string): Promise<string> {
  const doc = new Y.Doc();
  for (const u of (await server.app.ctx.storage.docs.load(meetingId, 'content')).updates) Y.applyUpdate(doc, u);
  return stepNotes(doc, 'information').toString();
}

describe('limits, each with its own clear refusal', () => {
  it('closes a connection over the per-meeting limit with 4429 and lets one in again when a place frees up', async () => {
    const server = await serverWith({ MAX_CONNECTIONS_PER_MEETING: '3' });
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    // The facilitator's own sockets never count against their meeting: the crowd is guests'.
    const guest = await invite(lead, meetingId, 'participant');
    const url = `${server.wsUrl}/${meetingId}/content?token=${encodeURIComponent(guest.token)}`;
    const first = [0, 1, 2].map(() => rawSocket(url));
    for (const s of first) expect(await s.opened).toBe(101);
    const extra = rawSocket(url);
    expect(await extra.closed).toBe(CloseCode.tooManyConnections);
    // Another meeting is not affected by this one's crowd.
    const other = rawSocket(`${server.wsUrl}/${await createMeeting(lead)}/content`, { cookie: lead.cookieHeader });
    expect(await other.opened).toBe(101);
    first[0]!.ws.close();
    await first[0]!.closed;
    await sleep(50);
    const again = rawSocket(url);
    expect(await again.opened).toBe(101);
    await sleep(100);
    expect(again.ws.readyState).toBe(again.ws.OPEN);
    for (const s of [...first, other, again]) s.ws.close();
  });

  it('closes a connection over the per-address limit with 4429, while another address still gets in', async () => {
    const server = await serverWith({ MAX_CONNECTIONS_PER_ADDRESS: '2', TRUST_PROXY: '1' });
    const lead = await facilitator(server.url);
    const [a, b] = [await createMeeting(lead), await createMeeting(lead)];
    // Guests' sockets: the facilitator's own never count against an address (a school's may be shared).
    const [ta, tb] = [(await invite(lead, a, 'participant')).token, (await invite(lead, b, 'participant')).token];
    const url = (meetingId: string, doc: string, token: string) => `${server.wsUrl}/${meetingId}/${doc}?token=${encodeURIComponent(token)}`;
    const headers = (ip: string) => ({ 'x-forwarded-for': ip });
    const held = [rawSocket(url(a, 'content', ta), headers('203.0.113.5')), rawSocket(url(b, 'control', tb), headers('203.0.113.5'))];
    for (const s of held) expect(await s.opened).toBe(101);
    expect(await rawSocket(url(b, 'content', tb), headers('203.0.113.5')).closed).toBe(CloseCode.tooManyConnections);
    expect(await rawSocket(`${server.wsUrl}/${b}/content`, { cookie: lead.cookieHeader, 'x-forwarded-for': '203.0.113.5' }).opened).toBe(101);
    const elsewhere = rawSocket(url(b, 'content', tb), headers('198.51.100.20'));
    expect(await elsewhere.opened).toBe(101);
    await sleep(100);
    expect(elsewhere.ws.readyState).toBe(elsewhere.ws.OPEN);
    for (const s of [...held, elsewhere]) s.ws.close();
  });

  it('refuses an update that would take the document over its size limit with 4413, and the document stays as it was', async () => {
    const server = await serverWith({ MAX_DOCUMENT_BYTES: '20000' });
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const { token } = await invite(lead, meetingId, 'participant');
    const writer = connect(server.wsUrl, meetingId, 'content', { token });
    const watcher = connect(server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
    await Promise.all([synced(writer), synced(watcher)]);
    const notes = stepNotes(writer.doc, 'information');
    notes.insert(0, 'Kontaktlærer: fravær siden oktober. ');
    await eventually(() => stepNotes(watcher.doc, 'information').length === notes.length, 'first note arrives');
    const before = stepNotes(watcher.doc, 'information').toString();

    notes.insert(notes.length, `OVERSIZE ${'x'.repeat(25_000)}`);
    await eventually(() => writer.closes.includes(CloseCode.documentTooLarge), 'closed with 4413');
    writer.destroy();
    await sleep(200);
    expect(stepNotes(watcher.doc, 'information').toString()).toBe(before);
    expect(await storedText(server, meetingId)).toBe(before);

    // The meeting goes on: smaller edits within the limit are still taken.
    stepNotes(watcher.doc, 'information').insert(before.length, 'Helsesykepleier: god kontakt.');
    await eventually(async () => (await storedText(server, meetingId)) === `${before}Helsesykepleier: god kontakt.`, 'small edit stored');
    watcher.destroy();
  });

  it('refuses a facilitator’s meetings beyond the daily limit with 429 and the wait, and allows them again a day later', async () => {
    const clock = { now: Date.parse('2026-11-26T08:00:00Z') };
    const server = await serverWith({ MAX_MEETINGS_PER_FACILITATOR_PER_DAY: '3' }, () => new Date(clock.now));
    const lead = await facilitator(server.url);
    for (let i = 0; i < 3; i++) {
      await createMeeting(lead);
      clock.now += 60_000;
    }
    const refused = await lead.request('POST', '/api/meetings', { kind: 'named', title: 'Ett til' });
    expect(refused.status).toBe(429);
    expect(refused.json.error).toBe('rate_limited');
    expect(refused.json.message).toContain('the limit is 3');
    expect(refused.json.retryAfterSeconds).toBe(24 * 3600 - 180);
    expect(refused.headers.get('retry-after')).toBe(String(24 * 3600 - 180));
    clock.now += refused.json.retryAfterSeconds * 1000 + 1000;
    const nextDay = await facilitator(server.url); // yesterday's session has idled out
    expect((await nextDay.request('POST', '/api/meetings', { kind: 'named', title: 'Neste dag' })).status).toBe(201);
  });

  it('answers an oversize request body with 413 and a clear error', async () => {
    const server = await serverWith({ MAX_BODY_BYTES: '2048' });
    const lead = await facilitator(server.url);
    const res = await lead.request('POST', '/api/meetings', { kind: 'named', title: 'x'.repeat(3000) });
    expect(res.status).toBe(413);
    expect(res.json.error).toBe('body_too_large');
  });
});
