/**
 * A person's id at a provider, as we keep it to bind an invitation to them: an HMAC-SHA256 under a key
 * that is not in the database (IDENTITY_HASH_KEY, or a random key file in the data directory). A
 * national id (ID-porten's `pid`) is never stored or logged in clear; the same person gives the same
 * hash, so a second use of the link can be checked against the first.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../env';

/**
 * The key's file in the data directory. Backups leave it out: with the key, a copied database's hashes
 * could be matched against every national id. Without it, a restored bound link no longer knows its
 * person (the facilitator makes a new link); set IDENTITY_HASH_KEY to keep the key through a restore.
 */
export const IDENTITY_KEY_FILE = 'identity-hash.key';

function keyOf(config: Pick<Config, 'identityHashKey' | 'dataDir'>): Buffer {
  if (config.identityHashKey) return Buffer.from(config.identityHashKey, 'utf8');
  const file = join(config.dataDir, IDENTITY_KEY_FILE);
  if (!existsSync(file)) {
    // `wx`: of two servers starting at once, one writes and the other reads what it wrote.
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}

export function identityHasher(config: Pick<Config, 'identityHashKey' | 'dataDir'>): (provider: string, subject: string) => string {
  let key: Buffer | null = null;
  return (provider, subject) => createHmac('sha256', (key ??= keyOf(config))).update(`${provider}\n${subject}`).digest('base64url');
}
