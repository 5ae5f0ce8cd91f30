/**
 * Several servers on one PostgreSQL database (README, More than one server): the bundle twice, each
 * with a data folder of its own, behind a round-robin balancer without sticky sessions. Clients of one
 * meeting spread over both see each other's edits; a server whose LISTEN connection was cut reads
 * what it missed from the rows; a revoked guest, an ended meeting and a deleted meeting are closed on
 * every server.
 */
import { request } from 'node:http';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { stepNotes } from '@naervaer/shared/doc';
import { CloseCode } from '@naervaer/shared/protocol';
import { FACILITATOR, createMeeting, facilitator, invite } from '../support/http';
import { TEST_HASH_KEY, createDatabase } from '../support/postgres';
import { type RoundRobin, cableTo, roundRobin } from '../support/proxy';
import { type ServerProcess, removeDir, spawnServer, tempDataDir } from '../support/server';
import { type YClient, connect, eventually, synced } from '../support/yclient';

const dirs: string[] = [];
const servers: ServerProcess[] = [];
const clients: YClient[] = [];
const balancers: RoundRobin[] = [];
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await Promise.all(balancers.map((b) => b.close()));
  await Promise.all(servers.map((s) => s.stop()));
  dirs.forEach(removeDir);
});

async function instance(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  const server = await spawnServer(dataDir, { DATABASE_URL: databaseUrl, IDENTITY_HASH_KEY: TEST_HASH_KEY, ...env });
  servers.push(server);
  return server;
}

const notes = (c: YClient) => stepNotes(c.doc, 'information').toString();

/** Two servers on a new database behind a round-robin balancer; server A's link to the database slowed by `slowLinkMs` each way. */
async function deployment(env: Record<string, string> = {}, slowLinkMs = 0) {
  const databaseUrl = await createDatabase(inject('postgresUrl'));
  let urlOfA = databaseUrl;
  if (slowLinkMs) {
    const { cable, url } = await cableTo(databaseUrl, { delayMs: slowLinkMs });
    balancers.push(cable);
    urlOfA = url;
  }
  const [a, b] = [await instance(urlOfA, env), await instance(databaseUrl, env)];
  const balancer = await roundRobin([a.url, b.url]);
  balancers.push(balancer);
  return { databaseUrl, a, b, balancer };
}

/** A new meeting with four clients through the balancer: the facilitator and a participant, each on both servers. */
async function spreadMeeting(balancer: RoundRobin) {
  // The facilitator logs in through one server; the session is in the shared database, so it works on both.
  const lead = await facilitator(balancer.url);
  const meetingId = await createMeeting(lead);
  const { token } = await invite(lead, meetingId, 'participant');
  const spread = [...(await onEach(balancer, meetingId, { cookie: lead.cookieHeader })), ...(await onEach(balancer, meetingId, { token }))];
  return { meetingId, token, spread };
}

/** Two clients with the same credentials through the balancer, one after the other: one on each server. */
async function onEach(balancer: RoundRobin, meetingId: string, credentials: { cookie: string } | { token: string }): Promise<YClient[]> {
  const before = balancer.sentTo.length;
  const pair: YClient[] = [];
  for (let i = 0; i < 2; i++) {
    const c = connect(balancer.wsUrl, meetingId, 'content', credentials);
    clients.push(c);
    await synced(c);
    pair.push(c);
  }
  expect(new Set(balancer.sentTo.slice(before)).size).toBe(2);
  return pair;
}

describe('two servers on one PostgreSQL database', () => {
  it('relays every edit to the clients of the other server, and catches up from the rows after its LISTEN connection was cut', async () => {
    const { databaseUrl, b, balancer } = await deployment();
    const { meetingId, token, spread } = await spreadMeeting(balancer);

    // Everyone types at once, on both servers.
    for (let line = 0; line < 10; line++) {
      spread.forEach((c, i) => {
        const text = stepNotes(c.doc, 'information');
        text.insert(text.length, `${i}:${line} `);
      });
    }
    await eventually(() => spread.every((c) => notes(c).split(' ').filter(Boolean).length === 40) && new Set(spread.map(notes)).size === 1, 'all four clients hold all 40 edits', 20_000);
    // Deletions cross too, from either server: the first word on one, the last on the other.
    const first = stepNotes(spread[0]!.doc, 'information');
    first.delete(0, first.toString().indexOf(' ') + 1);
    const last = stepNotes(spread[3]!.doc, 'information');
    const lastWord = last.toString().trimEnd().lastIndexOf(' ') + 1;
    last.delete(lastWord, last.length - lastWord);
    await eventually(() => spread.every((c) => notes(c).split(' ').filter(Boolean).length === 38) && new Set(spread.map(notes)).size === 1, 'all four clients hold both deletions', 20_000);

    // Server B's LISTEN connection is cut: word of A's next edits cannot reach B while it is away.
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
        const cut = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()");
      expect(cut.rowCount).toBe(2);
    } finally {
      await admin.end();
    }
    const onA = stepNotes(spread[0]!.doc, 'information');
    onA.insert(onA.length, 'etter brudd ');
    // B's clients get it once B listens again and reads the rows after what it had.
    await eventually(() => spread.every((c) => notes(c).includes('etter brudd')), 'the edit made while B was not listening reached B’s clients', 20_000);
    expect(new Set(spread.map(notes)).size).toBe(1);

    // A client that joins B afterwards gets the whole document from the database.
    const late = connect(b.wsUrl, meetingId, 'content', { token });
    clients.push(late);
    await synced(late);
    await eventually(() => notes(late) === notes(spread[0]!), 'a late joiner on B has everything');
  });

  it('loses nothing while both servers compact the document they both append to, every ten updates, one of them on a slow link to the database', async () => {
    // Server A reaches the database over a link 40 ms slow each way, so B often compacts rows A has
    // not read yet (A then finds the merged state in their place); long pastes make notices that
    // carry no rows, which A reads back.
    const { databaseUrl, balancer } = await deployment({ COMPACT_AFTER_UPDATES: '10' }, 40);
    const { meetingId, token, spread } = await spreadMeeting(balancer);
    // Four people type on both servers, a few words at a time: each server's compactions replace rows the other stored.
    for (let line = 0; line < 60; line++) {
      spread.forEach((c, i) => {
        const text = stepNotes(c.doc, 'information');
        // Now and then a long paste: its rows do not fit in the notice, and the other server reads them back.
        text.insert(text.length, `${i}:${line}${line % 3 === i % 3 ? '-' + 'x'.repeat(8000) : ''} `);
      });
      if (line % 5 === 4) await eventually(() => new Set(spread.map(notes)).size === 1, `all four agree after line ${line}`, 20_000);
    }
    await eventually(() => spread.every((c) => notes(c).split(' ').filter(Boolean).length === 240) && new Set(spread.map(notes)).size === 1, 'all four clients hold all 240 edits', 20_000);
    // The document was compacted (far fewer rows than edits), and what is stored holds every edit.
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query('SELECT count(*)::int AS n FROM doc_updates WHERE meeting_id = $1 AND doc = $2', [meetingId, 'content']);
      expect(rows[0].n).toBeLessThan(120);
    } finally {
      await admin.end();
    }
    const late = connect(balancer.wsUrl, meetingId, 'content', { token });
    clients.push(late);
    await synced(late);
    await eventually(() => notes(late) === notes(spread[0]!), 'a late joiner has every edit');
  });

  it('closes a revoked guest, the guests of an ended meeting and everyone of a deleted meeting on every server', async () => {
    const { balancer } = await deployment();
    const lead = await facilitator(balancer.url);
    const meetingId = await createMeeting(lead);
    const revoked = await invite(lead, meetingId, 'participant', 'Kari');
    const guest = await invite(lead, meetingId, 'participant', 'Per');
    // Each on both servers: the guest to be revoked (two devices), the other guest and the facilitator.
    const kariOnBoth = await onEach(balancer, meetingId, { token: revoked.token });
    const perOnBoth = await onEach(balancer, meetingId, { token: guest.token });
    const leadOnBoth = await onEach(balancer, meetingId, { cookie: lead.cookieHeader });
    expect((await lead.request('DELETE', `/api/meetings/${meetingId}/invitations/${revoked.id}`)).status).toBe(204);
    await eventually(() => kariOnBoth.every((c) => c.closes.includes(CloseCode.revoked)), 'the revoked guest closed on both servers', 10_000);
    expect([...perOnBoth, ...leadOnBoth].flatMap((c) => c.closes)).toEqual([]);

    // Ending the meeting closes the guests, wherever they are, after they saw it end.
    expect((await lead.request('POST', `/api/meetings/${meetingId}/end`, {})).status).toBe(201);
    await eventually(() => perOnBoth.every((c) => c.closes.includes(CloseCode.meetingEnded)), 'the guests closed on both servers', 10_000);
    expect(leadOnBoth.flatMap((c) => c.closes)).toEqual([]);

    // Deleting it closes the facilitator's sockets on both servers too.
    expect((await lead.request('DELETE', `/api/meetings/${meetingId}`)).status).toBe(204);
    await eventually(() => leadOnBoth.every((c) => c.closes.includes(CloseCode.meetingDeleted)), 'everyone closed on both servers', 10_000);
  });

  it('shows who is there across servers: a person on one server appears to those on the other, and goes when they leave', async () => {
    const { balancer } = await deployment();
    const lead = await facilitator(balancer.url);
    const meetingId = await createMeeting(lead);
    const guest = await invite(lead, meetingId, 'participant', 'Kari Helsesykepleier');
    // The facilitator on both servers; she on one of them only.
    const [watcherHere, watcherThere] = await onEach(balancer, meetingId, { cookie: lead.cookieHeader });
    const here = connect(balancer.wsUrl, meetingId, 'content', { token: guest.token });
    clients.push(here);
    await synced(here);
    const names = (watcher: YClient) =>
      [...watcher.provider.awareness.getStates().entries()].filter(([id]) => id !== watcher.doc.clientID).map(([, state]) => (state as { user?: { name?: string } }).user?.name);
    here.provider.awareness.setLocalState({ cursor: { step: 2 }, user: { name: 'Falsk navn' } });
    // The other server's sockets see her, with the name her own server gave her, not the one she sent.
    await eventually(() => names(watcherThere!).includes('Kari Helsesykepleier') && names(watcherHere!).includes('Kari Helsesykepleier'), 'she is seen on both servers', 10_000);
    expect([...names(watcherThere!), ...names(watcherHere!)]).not.toContain('Falsk navn');
    here.destroy();
    await eventually(() => !names(watcherThere!).includes('Kari Helsesykepleier'), 'she is gone on the other server when she leaves', 10_000);
  });

  it('counts failed logins on every server: a balancer spreading the guesses does not multiply the limit', async () => {
    const { balancer } = await deployment();
    await facilitator(balancer.url);
    // Each attempt on a connection of its own, so the balancer sends them to the servers in turn.
    const login = (password: string) =>
      new Promise<number>((resolve, reject) => {
        const body = JSON.stringify({ email: FACILITATOR.email, password });
        const req = request(`${balancer.url}/api/auth/login`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end(body);
      });
    const before = balancer.sentTo.length;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await login(`feil-${i}`));
    expect(new Set(balancer.sentTo.slice(before)).size).toBe(2);
    // LOGIN_MAX_FAILURES_PER_ACCOUNT is 5: the sixth is refused, whichever server it reaches.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('counts a person’s sockets on every server: over the limit is refused whichever server it reaches, and a closed socket frees its slot', async () => {
    const { balancer } = await deployment({ MAX_CONNECTIONS_PER_PERSON: '2' });
    const lead = await facilitator(balancer.url);
    const meetingId = await createMeeting(lead);
    const guest = await invite(lead, meetingId, 'participant');
    const [first] = await onEach(balancer, meetingId, { token: guest.token });
    // A third, on whichever server: refused (4429), where each server alone holds only one.
    const third = connect(balancer.wsUrl, meetingId, 'content', { token: guest.token });
    clients.push(third);
    await eventually(() => third.closes.includes(CloseCode.tooManyConnections), 'the third socket refused', 10_000);
    third.destroy();
    // One closes: a new one is let in.
    first!.destroy();
    const again = connect(balancer.wsUrl, meetingId, 'content', { token: guest.token });
    clients.push(again);
    await eventually(() => again.provider.synced, 'a new socket let in once one closed', 10_000);
  });
});
