/**
 * Several servers on one PostgreSQL database (README, More than one server): the bundle twice, each
 * with a data folder of its own. Clients of one meeting spread over both see each other's edits, and
 * a server whose LISTEN connection was cut reads what it missed from the rows.
 */
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { stepNotes } from '@naervaer/shared/doc';
import { createMeeting, facilitator, invite } from '../support/http';
import { createDatabase } from '../support/postgres';
import { type ServerProcess, removeDir, spawnServer, tempDataDir } from '../support/server';
import { type YClient, connect, eventually, synced } from '../support/yclient';

const dirs: string[] = [];
const servers: ServerProcess[] = [];
const clients: YClient[] = [];
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await Promise.all(servers.map((s) => s.stop()));
  dirs.forEach(removeDir);
});

async function instance(databaseUrl: string): Promise<ServerProcess> {
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  const server = await spawnServer(dataDir, { DATABASE_URL: databaseUrl });
  servers.push(server);
  return server;
}

const notes = (c: YClient) => stepNotes(c.doc, 'information').toString();

describe('two servers on one PostgreSQL database', () => {
  it('relays every edit to the clients of the other server, and catches up from the rows after its LISTEN connection was cut', async () => {
    const databaseUrl = await createDatabase(inject('postgresUrl'));
    const [a, b] = [await instance(databaseUrl), await instance(databaseUrl)];
    // The facilitator logs in through one server; the session is in the shared database, so it works on both.
    const lead = await facilitator(a.url);
    const meetingId = await createMeeting(lead);
    const { token } = await invite(lead, meetingId, 'participant');
    const spread = [a, b, a, b].map((server, i) => connect(server.wsUrl, meetingId, 'content', i % 2 ? { token } : { cookie: lead.cookieHeader }));
    clients.push(...spread);
    await Promise.all(spread.map(synced));

    // Everyone types at once, on both servers.
    for (let line = 0; line < 10; line++) {
      spread.forEach((c, i) => {
        const text = stepNotes(c.doc, 'information');
        text.insert(text.length, `${i}:${line} `);
      });
    }
    await eventually(() => spread.every((c) => notes(c).split(' ').filter(Boolean).length === 40) && new Set(spread.map(notes)).size === 1, 'all four clients hold all 40 edits', 20_000);

    // Server B's LISTEN connection is cut: word of A's next edits cannot reach B while it is away.
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      const cut = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()");
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
});
