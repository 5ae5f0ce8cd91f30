/**
 * Fuzzing the two ways in: thousands of random and mutated sync messages, and of HTTP requests with
 * random and mutated bodies. The server must never crash or answer 5xx, other meetings must keep
 * working, and every meeting's stored document must still load and equal what a joining client gets.
 * Reproduce a failure with FUZZ_SEED=<seed> (the seed is in the test's name).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { AGENDA_STEPS } from '@naervaer/shared/agenda';
import { stepNotes, writeCurrentStep } from '@naervaer/shared/doc';
import { CloseCode, DOC_NAMES, type DocName, MessageKind, SyncKind } from '@naervaer/shared/protocol';
import { HttpClient, createMeeting, facilitator, invite } from '../support/http';
import { type RawSocket, encodeMessage, rawSocket } from '../support/rawws';
import { type TestServer, removeDir, startServer } from '../support/server';
import { connect, eventually, synced } from '../support/yclient';

const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const SYNC_MESSAGES = 3000;
const HTTP_REQUESTS = 1500;

/** mulberry32: a small seeded generator, so a failing run can be repeated exactly. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  return { next, int, pick, bytes };
}
const rnd = prng(SEED);

const WEIRD_STRINGS = ['', ' ', 'æøå ÆØÅ', '\u0000', '\uffff', '\ud800', '🙂'.repeat(50), '<script>alert(1)</script>', "'; DROP TABLE meetings; --", '../../etc/passwd', 'x'.repeat(5000), '%00', '{{7*7}}'];

function randomJson(depth = 0): unknown {
  switch (rnd.int(depth > 3 ? 6 : 9)) {
    case 0: return null;
    case 1: return rnd.next() < 0.5;
    case 2: return rnd.pick([0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.1, NaN, 1e-320]);
    case 3: return rnd.pick(WEIRD_STRINGS);
    case 4: return new Date(rnd.int(2 ** 42)).toISOString();
    case 5: return rnd.pick(['named', 'anonymous', 'followup', 'participant', 'observer', 'facilitator', 'nb', 'room', 'remote']);
    case 6: return Array.from({ length: rnd.int(5) }, () => randomJson(depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = rnd.int(6); i > 0; i--) o[rnd.pick(['kind', 'title', 'school', 'startsAt', 'language', 'role', 'name', 'service', 'presence', 'token', 'email', 'password', '__proto__', 'constructor', 'prototype', 'document', 'recipientId'])] = randomJson(depth + 1);
      return o;
    }
  }
}

/** Valid messages to start from: real Yjs updates, sync steps and presence. */
function validSyncMessages(doc: DocName): Uint8Array[] {
  const scratch = new Y.Doc();
  const out: Uint8Array[] = [];
  scratch.on('update', (u: Uint8Array) => out.push(encodeMessage(MessageKind.sync, SyncKind.update, u)));
  for (let i = 0; i < 30; i++) {
    if (doc === 'content') {
      const text = stepNotes(scratch, rnd.pick(AGENDA_STEPS));
      if (text.length > 3 && rnd.next() < 0.3) text.delete(rnd.int(text.length - 1), 1);
      else text.insert(rnd.int(text.length + 1), rnd.pick(WEIRD_STRINGS).slice(0, 40) || 'x');
    } else writeCurrentStep(scratch, rnd.int(9));
  }
  out.push(encodeMessage(MessageKind.sync, SyncKind.step1, Y.encodeStateVector(scratch)));
  out.push(encodeMessage(MessageKind.sync, SyncKind.step2, Y.encodeStateAsUpdate(scratch)));
  const awareness = new Awareness(scratch);
  awareness.setLocalState({ cursor: { step: 1 }, user: { name: 'Falsk' } });
  out.push(encodeMessage(MessageKind.awareness, encodeAwarenessUpdate(awareness, [scratch.clientID])));
  awareness.destroy();
  out.push(Uint8Array.of(MessageKind.queryAwareness));
  if (doc === 'content') out.push(...hostileUpdates());
  return out;
}

/** Shapes a hostile participant sends: prototype keys, insert-and-delete, pending structs, oversize values, wrong types, unknown roots. */
function hostileUpdates(): Uint8Array[] {
  const out: Uint8Array[] = [];
  const update = (change: (doc: Y.Doc) => void, gc = true) => {
    const doc = new Y.Doc({ gc });
    const made: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => made.push(u));
    doc.transact(() => change(doc));
    return made.map((u) => encodeMessage(MessageKind.sync, SyncKind.update, u));
  };
  out.push(...update((d) => d.getMap('fields').set('__proto__.polluted', 'yes')));
  out.push(...update((d) => d.getMap('fields').set('constructor.prototype.polluted', 'yes')));
  out.push(...update((d) => {
    const record = new Y.Map<unknown>();
    record.set('__proto__', { polluted: 'yes' });
    d.getMap('list:participants').set('__proto__', record);
  }));
  out.push(...update((d) => {
    d.getMap('fields').set('pupil.name', 'Ola Nordmann');
    d.getMap('fields').delete('pupil.name');
  }, false));
  out.push(...update((d) => d.getText('text:notes.purpose').insert(0, 'x'.repeat(25_000))));
  out.push(...update((d) => d.getMap('fields').set('absence.validDaysSemester', 'mange')));
  out.push(...update((d) => d.getMap('list:measureRows').set('r1', 'ikke en rad' as unknown as Y.Map<unknown>)));
  out.push(...update((d) => d.getMap('pupil').set('name', 'Ola Nordmann')));
  // A struct that waits on one the server never got.
  const pending = new Y.Doc({ gc: false });
  pending.getText('text:notes.welcome').insert(0, 'Først ');
  const before = Y.encodeStateVector(pending);
  pending.getText('text:notes.welcome').insert(6, 'så');
  out.push(encodeMessage(MessageKind.sync, SyncKind.update, Y.encodeStateAsUpdate(pending, before)));
  return out;
}

function mutate(seed: Uint8Array): Uint8Array {
  const b = Array.from(seed);
  const times = 1 + rnd.int(4);
  for (let t = 0; t < times; t++) {
    switch (rnd.int(8)) {
      case 0: // flip a bit
        if (b.length) b[rnd.int(b.length)]! ^= 1 << rnd.int(8);
        break;
      case 1: // a random byte
        if (b.length) b[rnd.int(b.length)] = rnd.int(256);
        break;
      case 2: // truncate
        b.length = rnd.int(b.length + 1);
        break;
      case 3: // append garbage
        b.push(...rnd.bytes(1 + rnd.int(16)));
        break;
      case 4: // an interesting number somewhere (length fields, clocks, client ids)
        if (b.length) b.splice(rnd.int(b.length), 1, ...rnd.pick([[0xff, 0xff, 0xff, 0xff, 0x0f], [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01], [0], [0x7f]]));
        break;
      case 5: // duplicate a slice
        if (b.length > 2) {
          const from = rnd.int(b.length - 1);
          b.splice(rnd.int(b.length), 0, ...b.slice(from, from + 1 + rnd.int(8)));
        }
        break;
      case 6: // delete a slice
        if (b.length > 2) b.splice(rnd.int(b.length), 1 + rnd.int(4));
        break;
      default: // swap the message kind
        if (b.length) b[0] = rnd.int(6);
    }
  }
  return Uint8Array.from(b);
}

let server: TestServer;
let lead: HttpClient;
let bystanderId: string;
let fuzzed: string[];

beforeAll(async () => {
  server = await startServer({
    env: { MAX_MEETINGS_PER_FACILITATOR_PER_DAY: '100000', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100000', JOIN_MAX_ATTEMPTS_PER_ADDRESS: '100000', COMPACT_AFTER_UPDATES: '50', LOG_LEVEL: process.env.FUZZ_LOG ?? 'silent' },
  });
  lead = await facilitator(server.url);
  bystanderId = await createMeeting(lead, { title: 'Tilskuer' });
  fuzzed = [await createMeeting(lead), await createMeeting(lead, { kind: 'anonymous', title: 'Anonym' })];
});
afterAll(async () => {
  await server.close();
  removeDir(server.dataDir);
});

/** What storage holds equals what the server gives a client that joins now, and what it reads itself. */
async function storedEqualsLive(meetingId: string, doc: DocName): Promise<void> {
  const stored = new Y.Doc();
  for (const u of (await server.app.ctx.storage.docs.load(meetingId, doc)).updates) Y.applyUpdate(stored, u);
  const joined = connect(server.wsUrl, meetingId, doc, { cookie: lead.cookieHeader });
  await synced(joined);
  const fromServer = new Y.Doc();
  Y.applyUpdate(fromServer, await (await server.app.ctx.rooms.get(meetingId, doc)).read((d) => Y.encodeStateAsUpdate(d)));
  for (const [what, live] of [['a client that joins', joined.doc], ['the server', fromServer]] as const) {
    expect(Y.equalSnapshots(Y.snapshot(stored), Y.snapshot(live)), `${meetingId}/${doc}: storage equals what ${what} holds`).toBe(true);
    if (doc === 'content') for (const step of AGENDA_STEPS) expect(stepNotes(live, step).toString()).toBe(stepNotes(stored, step).toString());
  }
  joined.destroy();
}

describe(`fuzzing (seed ${SEED})`, () => {
  it(`survives ${SYNC_MESSAGES} random and mutated sync messages: no crash, other meetings keep working, stored documents intact`, async () => {
    const a = connect(server.wsUrl, bystanderId, 'content', { cookie: lead.cookieHeader });
    const b = connect(server.wsUrl, bystanderId, 'content', { cookie: lead.cookieHeader });
    await Promise.all([synced(a), synced(b)]);
    stepNotes(a.doc, 'welcome').insert(0, 'Før fuzzing.');
    await eventually(() => stepNotes(b.doc, 'welcome').toString() === 'Før fuzzing.', 'bystander syncs');

    const { token } = await invite(lead, fuzzed[0]!, 'participant');
    const credentials = [{ cookie: lead.cookieHeader }, { token }];
    const seeds = Object.fromEntries(DOC_NAMES.map((d) => [d, validSyncMessages(d)])) as Record<DocName, Uint8Array[]>;
    const closes = new Map<number, number>();
    // The probe after each message: a presence change of the socket's own, which the server relays to
    // every socket of the room, the sender too (a repeated sync step 1 is answered once per change only).
    let prober = new Awareness(new Y.Doc());
    let probes = 0;
    const probe = () => {
      prober.setLocalState({ probe: ++probes });
      return encodeMessage(MessageKind.awareness, encodeAwarenessUpdate(prober, [prober.clientID]));
    };
    let socket: RawSocket | null = null;
    let target = { meetingId: '', doc: 'content' as DocName };

    for (let i = 0; i < SYNC_MESSAGES; i++) {
      if (!socket || socket.ws.readyState !== socket.ws.OPEN) {
        target = { meetingId: rnd.pick(fuzzed), doc: rnd.pick(DOC_NAMES) };
        const cred = rnd.pick(credentials);
        socket = rawSocket(`${server.wsUrl}/${target.meetingId}/${target.doc}${'token' in cred && target.meetingId === fuzzed[0] ? `?token=${cred.token}` : ''}`, 'cookie' in cred || target.meetingId !== fuzzed[0] ? { cookie: lead.cookieHeader } : {});
        expect(await socket.opened).toBe(101);
        prober.destroy();
        prober = new Awareness(new Y.Doc());
      }
      const r = rnd.next();
      const message = r < 0.1 ? rnd.bytes(rnd.int(64)) : r < 0.2 ? rnd.pick(seeds[target.doc]) : mutate(rnd.pick(seeds[target.doc]));
      const answered = socket.messages.length;
      socket.ws.send(message);
      socket.ws.send(probe());
      // Either the probe is answered (the message was taken or ignored) or the socket is closed.
      const outcome = await Promise.race([
        socket.closed.then((code) => ({ closed: code })),
        eventually(() => socket!.messages.length > answered, 'probe answered', 10_000).then(() => ({ closed: null })),
      ]);
      if (outcome.closed !== null) closes.set(outcome.closed, (closes.get(outcome.closed) ?? 0) + 1);
    }
    socket?.ws.close();
    prober.destroy();
    console.log(`fuzz seed ${SEED}: ${SYNC_MESSAGES} messages, closes by code: ${JSON.stringify(Object.fromEntries(closes))}`);
    // Refusals only: never an internal error.
    for (const code of closes.keys()) expect([CloseCode.badMessage, CloseCode.forbiddenWrite, CloseCode.forbiddenContent, CloseCode.documentTooLarge, CloseCode.tooLarge]).toContain(code);

    expect((await lead.request('GET', '/healthz')).status).toBe(200);
    // Nothing of it reached a prototype: people still log in, create meetings and join.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const again = new HttpClient(server.url);
    expect((await again.request('POST', '/api/auth/login', { email: 'anne.leder@skole.no', password: 'trygt-passord-123' })).status).toBe(200);
    const created = await createMeeting(again);
    const joiner = await invite(again, created, 'participant');
    expect((await new HttpClient(server.url).request('POST', '/api/join', { token: joiner.token })).status).toBe(200);
    stepNotes(b.doc, 'welcome').insert(stepNotes(b.doc, 'welcome').length, ' Etter fuzzing.');
    await eventually(() => stepNotes(a.doc, 'welcome').toString() === 'Før fuzzing. Etter fuzzing.', 'bystander still syncs');
    a.destroy();
    b.destroy();
    for (const id of [bystanderId, ...fuzzed]) for (const doc of DOC_NAMES) await storedEqualsLive(id, doc);
  });

  it(`survives ${HTTP_REQUESTS} random and mutated HTTP requests on every route without a 5xx`, async () => {
    const victim = await createMeeting(lead);
    const { id: invitationId } = await invite(lead, victim, 'observer');
    const anonymous = new HttpClient(server.url);
    const routes = server.app.routeList.filter((r) => r.method !== 'HEAD' && !r.url.startsWith('/sync/'));
    const valid: Record<string, unknown> = {
      '/api/meetings': { kind: 'named', title: 'Møte' },
      '/api/meetings/:id/invitations': { role: 'observer', name: 'Per' },
      '/api/auth/login': { email: 'anne.leder@skole.no', password: 'feil' },
      '/api/join': { token: 'x'.repeat(43) },
    };
    const statuses = new Map<number, number>();
    for (let i = 0; i < HTTP_REQUESTS; i++) {
      const route = rnd.pick(routes);
      // Logging the facilitator out would only make the rest less interesting.
      const client = route.url === '/api/auth/logout' || rnd.next() < 0.3 ? anonymous : lead;
      const param = () => rnd.pick([victim, victim, invitationId, 'x', '..%2F..%2Fetc', '%00', '%ff', 'ø'.repeat(120), encodeURIComponent(rnd.pick(WEIRD_STRINGS.filter((w) => w !== '\ud800')).slice(0, 50)) || 'y']);
      const path = route.url.replace(/:[a-zA-Z]+/g, () => param()) + (rnd.next() < 0.2 ? `?${rnd.pick(['limit=-1', 'before=abc', 'draft=%ff', 'a[b]=1', 'token=' + 'x'.repeat(300), '__proto__[x]=1'])}` : '');
      const method = rnd.next() < 0.9 ? route.method : rnd.pick(['GET', 'POST', 'DELETE', 'PUT', 'PATCH']);
      let body: string | undefined;
      const headers: Record<string, string> = {};
      if (method !== 'GET' && method !== 'DELETE') {
        const kind = rnd.int(4);
        body = kind === 0 ? JSON.stringify(randomJson()) : kind === 1 ? JSON.stringify({ ...(valid[route.url] as object), ...(randomJson() as object) }) : kind === 2 ? Buffer.from(mutate(new TextEncoder().encode(JSON.stringify(valid[route.url] ?? {})))).toString('latin1') : Buffer.from(rnd.bytes(rnd.int(300))).toString('latin1');
        headers['content-type'] = rnd.next() < 0.85 ? 'application/json' : rnd.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', '']);
      }
      const res = await client.request(method, path, body, headers);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status, `${method} ${path} ${body?.slice(0, 100)} → ${res.text.slice(0, 200)}`).toBeLessThan(500);
    }
    console.log(`fuzz seed ${SEED}: ${HTTP_REQUESTS} requests, statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect((await anonymous.request('GET', '/healthz')).status).toBe(200);
    for (const id of [bystanderId, ...fuzzed]) for (const doc of DOC_NAMES) await storedEqualsLive(id, doc);
  });
});
