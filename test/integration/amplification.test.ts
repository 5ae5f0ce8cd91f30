/**
 * What one socket can make the server hold or send: raw sockets that ask for the whole document
 * again and again, stop reading, flood presence, or open every connection a meeting has.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { stepNotes } from '@naervaer/shared/doc';
import { CloseCode, MessageKind, SyncKind } from '@naervaer/shared/protocol';
import { createMeeting, facilitator, invite } from '../support/http';
import { type RawSocket, encodeMessage, rawSocket, varUint } from '../support/rawws';
import { type TestServer, serversOfThisFile } from '../support/server';
import { eventually } from '../support/yclient';

const startFileServer = serversOfThisFile();
async function serverWith(env: Record<string, string> = {}) {
  const server = await startFileServer({ env: { LOG_LEVEL: 'silent', ...env } });
  const lead = await facilitator(server.url);
  const meetingId = await createMeeting(lead);
  return { server, lead, meetingId };
}

/** A meeting whose content holds a note of `chars` characters, written by the server. */
async function bigNote(server: TestServer, meetingId: string, chars: number) {
  const room = await server.app.ctx.rooms.get(meetingId, 'content');
  await room.write((doc) => stepNotes(doc, 'purpose').insert(0, 'x'.repeat(chars)));
  await room.settle();
}

const step1 = () => encodeMessage(MessageKind.sync, SyncKind.step1, Y.encodeStateVector(new Y.Doc()));
const bytesOf = (s: RawSocket) => s.messages.reduce((sum, m) => sum + m.byteLength, 0);

/** A presence message with `count` states of about `size` characters, for ids from `firstId`. */
function presenceFlood(firstId: number, count: number, size: number): Uint8Array {
  const state = Buffer.from(JSON.stringify({ pad: 'p'.repeat(size) }));
  const parts: Buffer[] = [Buffer.from(varUint(count))];
  for (let i = 0; i < count; i++) parts.push(Buffer.from([...varUint(firstId + i), ...varUint(1), ...varUint(state.length)]), state);
  const payload = Buffer.concat(parts);
  return new Uint8Array(Buffer.concat([Buffer.from([...varUint(MessageKind.awareness), ...varUint(payload.length)]), payload]));
}

describe('one socket’s cost to the server', () => {
  it('answers sync step 1 once per socket, however often it is asked and whatever the socket changes itself', async () => {
    const { server, lead, meetingId } = await serverWith();
    await bigNote(server, meetingId, 1_000_000);
    const guest = await invite(lead, meetingId, 'participant', 'Ola', 'ppt');
    const socket = rawSocket(`${server.wsUrl}/${meetingId}/content?token=${encodeURIComponent(guest.token)}`);
    expect(await socket.opened).toBe(101);
    for (let i = 0; i < 20; i++) socket.ws.send(step1());
    // The first ask is answered with the whole document (about 1 MB); the other 19 get nothing.
    await eventually(() => bytesOf(socket) > 1_000_000, 'the first answer', 20_000);
    // A change the socket makes itself, then another ask: still nothing more than the change's echo.
    const own = new Y.Doc();
    own.getText('text:notes.welcome').insert(0, 'Hei');
    socket.ws.send(encodeMessage(MessageKind.sync, SyncKind.update, Y.encodeStateAsUpdate(own)));
    socket.ws.send(step1());
    // A sentinel from the server after both: when it arrives, they were handled.
    const room = await server.app.ctx.rooms.get(meetingId, 'content');
    await room.write((doc) => stepNotes(doc, 'closing').insert(0, 'vaktpost'));
    await eventually(() => socket.messages.some((m) => Buffer.from(m).includes(Buffer.from('vaktpost'))), 'the sentinel', 20_000);
    expect(bytesOf(socket)).toBeLessThan(1_100_000);
    // A new socket is answered again (and counts against the connection limits).
    const fresh = rawSocket(`${server.wsUrl}/${meetingId}/content?token=${encodeURIComponent(guest.token)}`);
    expect(await fresh.opened).toBe(101);
    fresh.ws.send(step1());
    await eventually(() => bytesOf(fresh) > 1_000_000, 'a new socket’s answer', 20_000);
    socket.ws.close();
    fresh.ws.close();
  });

  it('closes a socket that stops reading what it is sent (4408), and the meeting goes on', async () => {
    const { server, lead, meetingId } = await serverWith({ MAX_SOCKET_BACKLOG_BYTES: '1048576' });
    await bigNote(server, meetingId, 8_000_000);
    const observer = await invite(lead, meetingId, 'observer', 'Ola', 'annet');
    const socket = rawSocket(`${server.wsUrl}/${meetingId}/content?token=${encodeURIComponent(observer.token)}`);
    expect(await socket.opened).toBe(101);
    // Stop reading: what the server sends stays in its buffers.
    (socket.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    socket.ws.send(step1());
    const room = await server.app.ctx.rooms.get(meetingId, 'content');
    // Changes keep coming, and the socket keeps asking for the whole document after each: the server
    // gives up on a socket that does not read what it asked for.
    await eventually(async () => {
      await room.write((doc) => stepNotes(doc, 'welcome').insert(0, 'Hei. '));
      if (socket.ws.readyState === socket.ws.OPEN) socket.ws.send(step1());
      return room.conns.size === 0;
    }, 'the socket dropped from the room', 60_000);
    // The close (4408) waits behind everything unread, so the server cuts the connection soon after.
    (socket.ws as unknown as { _socket: { resume(): void } })._socket.resume();
    expect([CloseCode.backlog, 1006]).toContain(await socket.closed);
    // The meeting goes on for everyone else.
    const guest = await invite(lead, meetingId, 'participant', 'Kari', 'helsesykepleier');
    const other = rawSocket(`${server.wsUrl}/${meetingId}/control?token=${encodeURIComponent(guest.token)}`);
    expect(await other.opened).toBe(101);
    await eventually(() => other.messages.length > 0, 'another socket served', 20_000);
    other.ws.close();
  });

  it('keeps a presence flood within a socket’s budget: few ids, bounded bytes to every listener', async () => {
    const { server, lead, meetingId } = await serverWith();
    const guest = await invite(lead, meetingId, 'participant', 'Kari', 'helsesykepleier');
    const listener = rawSocket(`${server.wsUrl}/${meetingId}/content`, { cookie: lead.cookieHeader });
    const flooder = rawSocket(`${server.wsUrl}/${meetingId}/content?token=${encodeURIComponent(guest.token)}`);
    expect(await listener.opened).toBe(101);
    expect(await flooder.opened).toBe(101);
    const start = bytesOf(listener);
    for (let i = 0; i < 200; i++) flooder.ws.send(presenceFlood(1000 + i * 64, 64, 7900));
    // A sentinel after the flood: when it is relayed, the flood has been handled.
    const room = await server.app.ctx.rooms.get(meetingId, 'content');
    await room.write((doc) => stepNotes(doc, 'welcome').insert(0, 'ferdig'));
    await eventually(() => listener.messages.some((m) => Buffer.from(m).includes(Buffer.from('ferdig'))), 'the sentinel', 30_000);
    expect(room.presence.size).toBeLessThanOrEqual(8);
    // 200 × 64 × 7.9 kB = 101 MB was sent; the listener got at most the burst and a little more.
    expect(bytesOf(listener) - start).toBeLessThan(1_000_000);
    expect(await eventually(() => flooder.ws.readyState === flooder.ws.OPEN, 'the flooder still connected').then(() => true)).toBe(true);
    listener.ws.close();
    flooder.ws.close();
  });

  it('lets one link hold only its share of a meeting’s sockets, and never shuts the facilitator out', async () => {
    const { server, lead, meetingId } = await serverWith({ MAX_CONNECTIONS_PER_MEETING: '20', MAX_CONNECTIONS_PER_PERSON: '6' });
    const observer = await invite(lead, meetingId, 'observer', 'Ola', 'annet');
    const sockets = Array.from({ length: 30 }, () => rawSocket(`${server.wsUrl}/${meetingId}/content?token=${encodeURIComponent(observer.token)}`));
    await Promise.all(sockets.map((s) => s.opened));
    await eventually(() => sockets.filter((s) => s.ws.readyState === s.ws.OPEN).length <= 6, 'the link held to its share', 20_000);
    const refused = await Promise.all(sockets.filter((s) => s.ws.readyState !== s.ws.OPEN).map((s) => s.closed));
    expect(refused.length).toBe(24);
    expect(new Set(refused)).toEqual(new Set([CloseCode.tooManyConnections]));
    // Fill the meeting with other links' sockets: the facilitator still gets in.
    const others = await Promise.all(Array.from({ length: 3 }, (_, i) => invite(lead, meetingId, 'observer', `Observatør ${i}`, 'annet')));
    const more = others.flatMap((o) => Array.from({ length: 6 }, () => rawSocket(`${server.wsUrl}/${meetingId}/content?token=${encodeURIComponent(o.token)}`)));
    await Promise.all(more.map((s) => s.opened));
    const host = rawSocket(`${server.wsUrl}/${meetingId}/content`, { cookie: lead.cookieHeader });
    expect(await host.opened).toBe(101);
    await eventually(() => host.messages.length > 0, 'the facilitator synced', 20_000);
    expect(host.ws.readyState).toBe(host.ws.OPEN);
    for (const s of [...sockets, ...more, host]) s.ws.close();
  });
});
