import { afterAll, describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { createDatabase } from '../../../test/support/postgres';
import { type PostgresStorage, openPostgresStorage } from './postgres';
import { PG_MIGRATIONS } from './postgres-migrations';
import { storageContract } from './storage.contract';

const opened: PostgresStorage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
});

const newDatabase = () => createDatabase(inject('postgresUrl'));

async function open(url: string): Promise<PostgresStorage> {
  const storage = await openPostgresStorage({ url });
  opened.push(storage);
  return storage;
}

storageContract('PostgreSQL', async () => {
  const url = await newDatabase();
  let storage = await open(url);
  return {
    storage,
    reopen: async () => {
      await storage.close();
      storage = await open(url);
      return storage;
    },
  };
});

describe('the PostgreSQL store', () => {
  it('refuses to start on a database it cannot reach, saying why', async () => {
    await expect(openPostgresStorage({ url: 'postgres://postgres@127.0.0.1:1/none' })).rejects.toThrow(/ECONNREFUSED|connect/);
  });

  it('applies its migrations once when two servers start on the same database together', async () => {
    const url = await newDatabase();
    const [a, b] = await Promise.all([open(url), open(url)]);
    expect((await a.rows('SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
    expect(await b.accounts.count()).toBe(0);
  });

  it('numbers appends to one document from two servers without gaps, in the order they commit: a reader never finds an earlier number after a later one', async () => {
    const url = await newDatabase();
    const [a, b, reader] = [await open(url), await open(url), await open(url)];
    await a.accounts.create({ id: 'a1', email: 'anne@skole.no', name: 'Anne', passwordHash: 'h', createdAt: '2026-12-03T09:00:00.000Z' });
    await a.meetings.create({ id: 'm1', kind: 'named', title: 'Møte', school: null, startsAt: null, language: 'nb', facilitatorId: 'a1', createdAt: '2026-12-03T09:00:00.000Z' });
    await a.meetings.create({ id: 'm2', kind: 'named', title: 'Møte 2', school: null, startsAt: null, language: 'nb', facilitatorId: 'a1', createdAt: '2026-12-03T09:00:00.000Z' });
    // Each server types into its own Y.Doc of the same document (its own client id), as two rooms would.
    const writers = [a, b].map((storage, i) => {
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => updates.push(u));
      for (let k = 0; k < 150; k++) doc.getText('t').insert(0, String(i));
      return { storage, updates };
    });
    // A reader that loads the document while the writers go on sees a gap-free run each time.
    let reads = 0;
    let writing = true;
    const readLoop = (async () => {
      while (writing) {
        const { updates, lastSeq } = await reader.docs.load('m1', 'content');
        expect(lastSeq).toBe(updates.length);
        reads++;
      }
    })();
    // Appends from both servers interleave, some in the same turn, and to two documents of each meeting.
    const answers = await Promise.all(
      writers.map(async ({ storage, updates }) => {
        const seqs: number[] = [];
        for (let k = 0; k < updates.length; k += 3) {
          const turn = updates.slice(k, k + 3).map((u) => storage.docs.append('m1', 'content', [u]));
          void storage.docs.append('m2', 'control', [new Uint8Array([0, 0])]);
          seqs.push(...(await Promise.all(turn)));
        }
        return seqs;
      }),
    );
    writing = false;
    await readLoop;
    expect(reads).toBeGreaterThan(0);
    // Each server's appends resolve in the order it asked, and together they are 1..300 without a gap.
    for (const seqs of answers) expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect([...answers[0]!, ...answers[1]!].sort((x, y) => x - y)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    const stored = await reader.docs.load('m1', 'content');
    const doc = new Y.Doc();
    for (const u of stored.updates) Y.applyUpdate(doc, u);
    expect(doc.getText('t').length).toBe(300);
    expect(doc.store.pendingStructs).toBeNull();
  });

  it('stores every other append of a batch when one is for a meeting deleted meanwhile', async () => {
    const url = await newDatabase();
    const storage = await open(url);
    await storage.accounts.create({ id: 'a1', email: 'anne@skole.no', name: 'Anne', passwordHash: 'h', createdAt: '2026-12-03T09:00:00.000Z' });
    await storage.meetings.create({ id: 'm1', kind: 'named', title: 'Møte', school: null, startsAt: null, language: 'nb', facilitatorId: 'a1', createdAt: '2026-12-03T09:00:00.000Z' });
    const results = await Promise.allSettled([
      storage.docs.append('m1', 'content', [new Uint8Array([0, 0])]),
      storage.docs.append('gone', 'content', [new Uint8Array([0, 0])]),
      storage.docs.append('m1', 'content', [new Uint8Array([0, 0])]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))).toEqual([1, 2]);
  });

  it('runs exclusive work on one server at a time: a second server skips it while the first runs it', async () => {
    const url = await newDatabase();
    const [a, b] = [await open(url), await open(url)];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let started = false;
    const first = a.exclusively('retention', async () => {
      started = true;
      await held;
      return 'a';
    });
    await expect.poll(() => started).toBe(true);
    expect(await b.exclusively('retention', async () => 'b')).toBeNull();
    expect(await b.exclusively('another', async () => 'b')).toBe('b');
    release();
    expect(await first).toBe('a');
    expect(await b.exclusively('retention', async () => 'b')).toBe('b');
  });
});
