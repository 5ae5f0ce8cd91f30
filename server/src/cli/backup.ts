/**
 * Backup and restore from the command line.
 *   pnpm --filter @naervaer/server backup <target-dir>                 while the server runs
 *   pnpm --filter @naervaer/server backup --restore <backup-dir> [--force]   with the server stopped
 * DATA_DIR is read from the environment as the server reads it.
 */
import { resolve } from 'node:path';
import { ConfigError, readConfig } from '../env';
import { backupDataDir, restoreDataDir } from '../storage/backup';

const USAGE = 'usage: backup <target-dir> | backup --restore <backup-dir> [--force]';

async function main(argv: string[]): Promise<void> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const paths = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--restore' && f !== '--force');
  if (paths.length !== 1 || unknown.length) throw new UsageError(USAGE);
  // pnpm runs scripts inside server/; relative paths (the target, DATA_DIR) mean where pnpm was started,
  // which for `npm start` is the repository root, where the server's ./data is.
  process.chdir(process.env.INIT_CWD ?? process.cwd());
  const config = readConfig();
  // PostgreSQL has its own tools for this; a copy of DATA_DIR would hold none of the meetings.
  if (config.databaseUrl) throw new UsageError('DATABASE_URL is set: the meetings are in PostgreSQL. Back them up with pg_dump and restore with pg_restore (README, More than one server).');
  const dir = resolve(paths[0]!);
  if (flags.has('--restore')) {
    const manifest = await restoreDataDir(dir, config.dataDir, { force: flags.has('--force') });
    console.log(`restored ${manifest.meetings} meetings (backup of ${manifest.createdAt}) into ${config.dataDir}`);
  } else {
    const manifest = await backupDataDir(config.dataDir, dir);
    console.log(`backed up ${manifest.meetings} meetings and ${manifest.files.length} files from ${config.dataDir} into ${dir}`);
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((err) => {
  console.error(err instanceof UsageError || err instanceof ConfigError ? err.message : `backup failed: ${(err as Error).message}`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
