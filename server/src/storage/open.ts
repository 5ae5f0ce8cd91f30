/** The store the configuration asks for: PostgreSQL when DATABASE_URL is set, SQLite in DATA_DIR otherwise. */
import type { Config } from '../env';
import type { Storage } from './storage';
import { openSqliteStorage } from './sqlite';

/** Why the store could not be opened, in words for the person starting the server (never the password). */
export class StorageUnavailable extends Error {}

/** The address without its password, for messages and logs. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return 'DATABASE_URL';
  }
}

export async function openStorage(config: Pick<Config, 'dataDir' | 'databaseUrl' | 'dbSynchronous' | 'identityHashKey'>): Promise<Storage> {
  if (!config.databaseUrl) return openSqliteStorage({ dataDir: config.dataDir, synchronous: config.dbSynchronous });
  const { openPostgresStorage } = await import('./postgres');
  try {
    // readConfig requires the key whenever DATABASE_URL is set.
    return await openPostgresStorage({ url: config.databaseUrl, hashKey: config.identityHashKey! });
  } catch (err) {
    throw new StorageUnavailable(`Cannot use the PostgreSQL database at ${redactedUrl(config.databaseUrl)}: ${(err as Error).message}`);
  }
}
