/**
 * The server as `npm start` runs it (the bundle), on PostgreSQL instead of SQLite: DATABASE_URL is
 * checked at start, a meeting works end to end, and an edit another client saw survives a SIGKILL.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { stepNotes } from '@naervaer/shared/doc';
import { CloseCode } from '@naervaer/shared/protocol';
import { createMeeting, facilitator, invite } from '../support/http';
import { TEST_HASH_KEY, createDatabase } from '../support/postgres';
import { cableTo } from '../support/proxy';
import { ROOT, type ServerProcess, removeDir, spawnServer, tempDataDir } from '../support/server';
import { connect, eventually, synced } from '../support/yclient';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

async function onPostgres(databaseUrl: string): Promise<ServerProcess> {
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  return spawnServer(dataDir, { DATABASE_URL: databaseUrl, IDENTITY_HASH_KEY: TEST_HASH_KEY });
}

describe('the server on PostgreSQL', () => {
  it('refuses to start when DATABASE_URL cannot be reached, and says so without the password', async () => {
    const failed = onPostgres('postgres://naervaer:hemmelig@127.0.0.1:1/naervaer');
    await expect(failed).rejects.toThrow(/exited with 2[\s\S]*Cannot use the PostgreSQL database at postgres:\/\/naervaer:\*\*\*@127\.0\.0\.1:1\/naervaer/);
    await expect(failed).rejects.not.toThrow(/hemmelig/);
  });

  it('refuses an address that is not PostgreSQL’s, naming the setting', async () => {
    await expect(onPostgres('mysql://127.0.0.1/naervaer')).rejects.toThrow(/DATABASE_URL: must be a postgres:\/\/ address/);
  });

  it('points the backup command to pg_dump instead of copying a data folder that holds no meetings', () => {
    const target = tempDataDir();
    dirs.push(target);
    const result = spawnSync(process.execPath, [join(ROOT, 'server', 'dist', 'backup.mjs'), target], {
      cwd: join(ROOT, 'server'),
      env: { ...process.env, DATABASE_URL: inject('postgresUrl'), IDENTITY_HASH_KEY: TEST_HASH_KEY },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Back them up with pg_dump and restore with pg_restore');
  });

  it('runs a meeting, and keeps every edit another client saw when it is killed with SIGKILL', async () => {
    const databaseUrl = await createDatabase(inject('postgresUrl'));
    let server = await onPostgres(databaseUrl);
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const { token } = await invite(lead, meetingId, 'participant');
    const writer = connect(server.wsUrl, meetingId, 'content', { token });
    const watcher = connect(server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
    await Promise.all([synced(writer), synced(watcher)]);
    const text = stepNotes(writer.doc, 'information');
    for (let i = 0; i < 50; i++) text.insert(text.length, `linje ${i}\n`);
    await eventually(() => stepNotes(watcher.doc, 'information').toString().includes('linje 49'), 'the watcher saw the last edit');
    const seen = stepNotes(watcher.doc, 'information').toString();
    server.child.kill('SIGKILL');
    await server.stop();
    writer.destroy();
    watcher.destroy();

    // Another server process on the same database (a fresh data folder: nothing of the meeting is local).
    server = await onPostgres(databaseUrl);
    try {
      const reader = connect(server.wsUrl, meetingId, 'content', { token });
      await synced(reader);
      expect(stepNotes(reader.doc, 'information').toString()).toBe(seen);
      reader.destroy();
      expect(server.output()).toContain('"database":"postgres://postgres@127.0.0.1:');
    } finally {
      await server.stop();
    }
  });

  it('refuses changes while PostgreSQL is unreachable, saying so with its close code, keeps nothing half-done, and goes on by itself when it is back', async () => {
    // The server reaches the database through a cable the test can cut.
    const { cable, url } = await cableTo(await createDatabase(inject('postgresUrl')));
    const server = await onPostgres(url);
    try {
      const lead = await facilitator(server.url);
      const meetingId = await createMeeting(lead);
      const { token } = await invite(lead, meetingId, 'participant');
      const writer = connect(server.wsUrl, meetingId, 'content', { token });
      const watcher = connect(server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
      await Promise.all([synced(writer), synced(watcher)]);
      const text = stepNotes(writer.doc, 'information');
      text.insert(0, 'før brudd. ');
      await eventually(() => stepNotes(watcher.doc, 'information').toString() === 'før brudd. ', 'the first edit reached the watcher');

      cable.cut();
      text.insert(text.length, 'under brudd. ');
      await eventually(() => writer.closes.includes(CloseCode.storageUnavailable), 'the writer told the database is unreachable', 20_000).catch((err) => {
        throw new Error(`${(err as Error).message}: closes ${writer.closes.join(',')}\n${server.output().slice(-4000)}`);
      });
      // Not stored, so never sent on: the watcher does not have it.
      expect(stepNotes(watcher.doc, 'information').toString()).toBe('før brudd. ');

      cable.restore();
      // The clients come back by themselves, and what the writer held is stored and reaches the watcher.
      await eventually(() => stepNotes(watcher.doc, 'information').toString() === 'før brudd. under brudd. ', 'the edit made during the outage stored after it', 30_000);
      text.insert(text.length, 'etter.');
      await eventually(() => stepNotes(watcher.doc, 'information').toString() === 'før brudd. under brudd. etter.', 'edits go on after the outage', 10_000);
      writer.destroy();
      watcher.destroy();
    } finally {
      await server.stop();
      await cable.close();
    }
  });
});
