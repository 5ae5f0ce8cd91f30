import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDirsOfThisFile } from '../../../test/support/temp';
import { Checkpointer } from './checkpointer';

const ROW = Buffer.alloc(200, 7);
const tempDir = tempDirsOfThisFile('naervaer-checkpoint-');

function openDb(): Database.Database {
  const db = new Database(join(tempDir(), 'test.sqlite'));
  db.pragma('page_size = 1024');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
  return db;
}

/** Commits one row per event-loop turn, as a busy server does, until `count` rows are in. */
async function commitTurns(db: Database.Database, count: number, each?: () => void): Promise<void> {
  const insert = db.prepare('INSERT INTO rows (data) VALUES (?)');
  for (let i = 0; i < count; i++) {
    insert.run(ROW);
    each?.();
    await new Promise((turn) => setImmediate(turn));
  }
}

const walBytes = (db: Database.Database) => statSync(`${db.name}-wal`).size;
const errors: Error[] = [];
const options = { everyMs: 5, onError: (err: Error) => errors.push(err) };

describe('the checkpointer', () => {
  it('copies the WAL into the database while commits go on, and starts it again from the beginning', async () => {
    const db = openDb();
    const checkpointer = new Checkpointer(db, options);
    let largestWal = 0;
    await commitTurns(db, 4000, () => (largestWal = Math.max(largestWal, walBytes(db))));
    checkpointer.stop();
    // Without a checkpoint the WAL would hold every frame: more than 4000 pages of 1 kB.
    expect(largestWal).toBeLessThan(4000 * 1024 * 0.5);
    // The copy is in the database file itself: a copy of that file alone holds rows.
    const copy = join(tempDir(), 'main-only.sqlite');
    copyFileSync(db.name, copy);
    const main = new Database(copy, { readonly: true });
    expect(main.prepare('SELECT COUNT(*) FROM rows').pluck().get()).toBeGreaterThan(2000);
    main.close();
    db.close();
    const reopened = new Database(db.name);
    expect(reopened.prepare('SELECT COUNT(*) FROM rows').pluck().get()).toBe(4000);
    reopened.close();
    expect(errors).toEqual([]);
  });

  it('stops, and leaves the last checkpoint to the owner of the database', async () => {
    const db = openDb();
    const checkpointer = new Checkpointer(db, options);
    await commitTurns(db, 200);
    checkpointer.stop();
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(walBytes(db)).toBe(0);
    db.close();
    expect(errors).toEqual([]);
  });
});
