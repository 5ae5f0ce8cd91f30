import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDirsOfThisFile } from '../../../test/support/temp';
import { MIGRATIONS } from './migrations';
import { DB_FILE, openSqliteStorage } from './sqlite';
import { storageContract } from './storage.contract';

const tempDir = tempDirsOfThisFile('naervaer-storage-');

storageContract('SQLite', async () => {
  const dataDir = tempDir();
  let storage = openSqliteStorage({ dataDir });
  return {
    storage,
    reopen: async () => {
      await storage.close();
      storage = openSqliteStorage({ dataDir });
      return storage;
    },
  };
});

describe('the SQLite store', () => {
  it('creates its data directory and applies every migration once', async () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const first = openSqliteStorage({ dataDir });
    await first.close();
    const again = openSqliteStorage({ dataDir });
    const versions = again.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    expect(again.db.pragma('journal_mode', { simple: true })).toBe('wal');
    await again.close();
  });

  it('moves the updates of a database from before version 4 into the clustered table, in order, and keeps numbering each document from there', async () => {
    const dataDir = tempDir();
    // A database as versions 1–3 left it: 4 kB pages, updates numbered across all meetings.
    const old = new Database(join(dataDir, DB_FILE));
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((m) => m.version < 4)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, '2026-11-01T00:00:00.000Z');
    }
    old.prepare("INSERT INTO accounts (id, email, name, password_hash, created_at, admin) VALUES ('a1', 'a@skole.no', 'Anne', 'x', '2026-11-01', 0)").run();
    for (const id of ['m1', 'm2']) {
      old.prepare("INSERT INTO meetings (id, kind, title, language, facilitator_id, created_at) VALUES (?, 'named', 'Møte', 'nb', 'a1', '2026-11-01')").run(id);
    }
    const insert = old.prepare('INSERT INTO doc_updates (meeting_id, doc, data) VALUES (?, ?, ?)');
    insert.run('m1', 'content', Buffer.from([1]));
    insert.run('m2', 'content', Buffer.from([2]));
    insert.run('m1', 'content', Buffer.from([3]));
    insert.run('m1', 'control', Buffer.from([4]));
    old.close();

    const storage = openSqliteStorage({ dataDir });
    const m1 = await storage.docs.load('m1', 'content');
    expect(m1.updates.map((u) => [...u])).toEqual([[1], [3]]);
    expect(m1.lastSeq).toBe(3);
    expect((await storage.docs.load('m2', 'content')).updates.map((u) => [...u])).toEqual([[2]]);
    expect((await storage.docs.load('m1', 'control')).updates.map((u) => [...u])).toEqual([[4]]);
    // New updates follow the document's own last number.
    expect(await storage.docs.append('m1', 'content', [new Uint8Array([5])])).toBe(4);
    expect(await storage.docs.append('m2', 'content', [new Uint8Array([6])])).toBe(3);
    expect(await storage.docs.compact('m1', 'content', new Uint8Array([9]), 4)).toBe(4);
    expect(await storage.docs.append('m1', 'content', [new Uint8Array([7])])).toBe(5);
    expect((await storage.docs.load('m1', 'content')).updates.map((u) => [...u])).toEqual([[9], [7]]);
    // An existing database keeps its page size; a new one gets the small pages.
    expect(storage.db.pragma('page_size', { simple: true })).toBe(4096);
    await storage.close();
    const fresh = openSqliteStorage({ dataDir: tempDir() });
    expect(fresh.db.pragma('page_size', { simple: true })).toBe(1024);
    await fresh.close();
  });
});
