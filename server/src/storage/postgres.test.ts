import { createHash } from 'node:crypto';
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
const hashKey = 'a key every server of the deployment shares';

async function open(url: string): Promise<PostgresStorage> {
  const storage = await openPostgresStorage({ url, hashKey });
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
    await expect(openPostgresStorage({ url: 'postgres://postgres@127.0.0.1:1/none', hashKey })).rejects.toThrow(/ECONNREFUSED|connect/);
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

  it('deletes a meeting while another server goes on appending to it: the delete succeeds, and only that meeting’s appends are refused', async () => {
    const url = await newDatabase();
    const [writer, deleter, compactor] = [await open(url), await open(url), await open(url)];
    const meeting = (id: string) => ({ id, kind: 'named' as const, title: 'Møte', school: null, startsAt: null, language: 'nb' as const, facilitatorId: 'a1', createdAt: '2026-12-03T09:00:00.000Z' });
    await writer.accounts.create({ id: 'a1', email: 'anne@skole.no', name: 'Anne', passwordHash: 'h', createdAt: '2026-12-03T09:00:00.000Z' });
    await writer.meetings.create(meeting('kept'));
    const update = new Uint8Array([0, 0]);
    for (let round = 0; round < 80; round++) {
      const id = `m${round}`;
      await writer.meetings.create(meeting(id));
      await writer.docs.append(id, 'content', [update]);
      // The writer's batches hold the heads of `kept` and of the doomed meeting, and start new documents of it.
      let deleted = false;
      const kept: Promise<number>[] = [];
      const doomed: Promise<unknown>[] = [];
      const writing = (async () => {
        while (!deleted) {
          kept.push(writer.docs.append('kept', 'content', [update]));
          for (const doc of ['content', 'control'] as const) doomed.push(writer.docs.append(id, doc, [update]).catch(() => 'refused'));
          await Promise.all(kept.slice(-1));
        }
      })();
      // A third server compacts the doomed meeting's text meanwhile.
      const compacting = (async () => {
        while (!deleted) {
          const { lastSeq } = await compactor.docs.load(id, 'content');
          if (lastSeq) await compactor.docs.compact(id, 'content', update, lastSeq).catch(() => 'refused');
        }
      })();
      await new Promise((r) => setTimeout(r, round % 7));
      const removed = deleter.meetings.delete(id);
      await removed.finally(() => (deleted = true));
      await Promise.all([writing, compacting]);
      expect(await removed).toBe(true);
      await Promise.all(doomed);
      expect(await deleter.meetings.find(id)).toBeNull();
      expect(await deleter.docs.count(id, 'content')).toBe(0);
      // Every append to the meeting that stays was stored.
      expect((await Promise.allSettled(kept)).filter((r) => r.status === 'rejected')).toEqual([]);
    }
  });

  it('counts attempts sent at once to two servers against one limit, and keeps their keys only as keyed hashes within the window', async () => {
    const url = await newDatabase();
    const [a, b] = [await open(url), await open(url)];
    const at = 1_800_000_000_000;
    const waits = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).rateCounts.take('login-failures', 'anne@skole.no', at + i, 60_000, 5)));
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
    // The others wait until the oldest of the five counted leaves the window.
    for (const w of waits.filter((w) => w > 0)) expect(w).toBeGreaterThan(60_000 - 20);
    const stored = await a.rows('SELECT key_hash FROM rate_hits');
    expect(stored).toHaveLength(5);
    expect(JSON.stringify(stored)).not.toContain('anne');
    expect(stored[0]!.key_hash).not.toBe(createHash('sha256').update('anne@skole.no').digest('base64url'));
    // After the window, the retention sweep forgets them (and a key's own next attempt, its own).
    expect(await b.rateCounts.take('login-failures', 'bob@skole.no', at + 61_000, 60_000, 5)).toBe(0);
    expect(await a.rateCounts.forget(at + 61_000 - 60_000)).toBe(5);
    expect(await a.rows('SELECT key_hash FROM rate_hits')).toHaveLength(1);
    expect(await a.rateCounts.take('login-failures', 'anne@skole.no', at + 61_000, 60_000, 5)).toBe(0);
  });

  it('writes its sockets’ slots again when another server removed its row during an outage, so they count once more', async () => {
    const url = await newDatabase();
    const [a, b] = [await open(url), await open(url)];
    const slot = { meetingId: 'm1', person: 'guest:1', address: '203.0.113.9', facilitator: false };
    const counted = async () => {
      let seen = { person: -1, meeting: -1, address: -1 };
      await b.socketSlots.take({ ...slot, person: 'guest:2' }, (counts) => ((seen = counts), 'only counting'));
      return seen;
    };
    const first = await a.socketSlots.take(slot, () => null);
    const second = await a.socketSlots.take(slot, () => null);
    expect(await counted()).toEqual({ person: 0, meeting: 2, address: 2 });
    // What another server's renew does to a server not seen for a while: its row goes, and its slots with it.
    await b.run('DELETE FROM servers WHERE id = $1', [a.serverId]);
    expect(await counted()).toEqual({ person: 0, meeting: 0, address: 0 });
    // One socket left meanwhile.
    if ('id' in first) await a.socketSlots.release(first.id);
    await a.renew();
    expect(await counted()).toEqual({ person: 0, meeting: 1, address: 1 });
    expect((await a.rows('SELECT id FROM socket_slots')).map((r) => r.id)).toEqual(['id' in second ? second.id : '']);
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
