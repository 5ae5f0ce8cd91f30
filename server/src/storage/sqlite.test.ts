import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations';
import { openSqliteStorage } from './sqlite';
import { storageContract } from './storage.contract';

storageContract('SQLite', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'naervaer-storage-'));
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
    const dataDir = join(mkdtempSync(join(tmpdir(), 'naervaer-storage-')), 'nested', 'data');
    const first = openSqliteStorage({ dataDir });
    await first.close();
    const again = openSqliteStorage({ dataDir });
    const versions = again.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    expect(again.db.pragma('journal_mode', { simple: true })).toBe('wal');
    await again.close();
  });
});
