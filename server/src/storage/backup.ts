/**
 * Backup and restore of a data directory. The backup is taken while the server runs: SQLite's online
 * backup API copies a consistent snapshot of the database, then the meetings' files are copied. A
 * manifest lists every file with its SHA-256, and a restore checks them and the database's integrity
 * before it writes anything. A backup holds the same special-category data as the server: keep it
 * encrypted and as access-controlled as the data directory itself.
 */
import { createHash } from 'node:crypto';
import { chmod, cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE } from './sqlite';
import { MEETINGS_DIR } from './files';

export const MANIFEST = 'manifest.json';
const FORMAT = 1;

export type BackupManifest = {
  format: number;
  createdAt: string;
  schemaVersion: number;
  meetings: number;
  files: { path: string; bytes: number; sha256: string }[];
};

async function filesUnder(root: string, dir = root): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(root, full)));
    else if (entry.isFile()) out.push(relative(root, full));
  }
  return out.sort();
}

async function sha256(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

async function emptyOrMissing(dir: string): Promise<boolean> {
  if (!existsSync(dir)) return true;
  return (await readdir(dir)).length === 0;
}

/** Copies a consistent snapshot of `dataDir` into `targetDir` (which must be empty or not exist). */
export async function backupDataDir(dataDir: string, targetDir: string, now = new Date()): Promise<BackupManifest> {
  const dbPath = join(dataDir, DB_FILE);
  if (!existsSync(dbPath)) throw new Error(`no database in ${dataDir}`);
  if (!(await emptyOrMissing(targetDir))) throw new Error(`${targetDir} is not empty; choose a new folder for each backup`);
  await mkdir(targetDir, { recursive: true, mode: 0o700 });

  const source = new Database(dbPath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    // After a first small step, copy everything in one step: a running server's writes cannot restart it halfway.
    await source.backup(join(targetDir, DB_FILE), { progress: () => 1_000_000_000 });
  } finally {
    source.close();
  }
  const copy = new Database(join(targetDir, DB_FILE), { fileMustExist: true });
  let schemaVersion: number;
  let meetings: number;
  try {
    schemaVersion = Number(copy.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get());
    meetings = Number(copy.prepare('SELECT COUNT(*) FROM meetings').pluck().get());
    // The copy is a self-contained file, not a write-ahead log beside one.
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  // Files of meetings deleted after the snapshot may come along; they are deleted again at the next restore's sweep.
  const filesDir = join(dataDir, MEETINGS_DIR);
  if (existsSync(filesDir)) await cp(filesDir, join(targetDir, MEETINGS_DIR), { recursive: true });

  const files = [];
  for (const path of await filesUnder(targetDir)) {
    const full = join(targetDir, path);
    await chmod(full, 0o600);
    files.push({ path, bytes: (await stat(full)).size, sha256: await sha256(full) });
  }
  const manifest: BackupManifest = { format: FORMAT, createdAt: now.toISOString(), schemaVersion, meetings, files };
  await writeFile(join(targetDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** Checks a backup and restores it into `dataDir`, which must be empty unless `force`; the server must be stopped. */
export async function restoreDataDir(backupDir: string, dataDir: string, { force = false } = {}): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(join(backupDir, MANIFEST), 'utf8')) as BackupManifest;
  if (manifest.format !== FORMAT) throw new Error(`unknown backup format ${manifest.format}`);
  for (const file of manifest.files) {
    const full = join(backupDir, file.path);
    if (!existsSync(full) || (await sha256(full)) !== file.sha256) throw new Error(`backup file ${file.path} is missing or damaged`);
  }
  const check = new Database(join(backupDir, DB_FILE), { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`the backup's database is damaged: ${String(result)}`);
  } finally {
    check.close();
  }
  if (!(await emptyOrMissing(dataDir))) {
    if (!force) throw new Error(`${dataDir} is not empty; stop the server and pass --force to replace its data`);
    for (const name of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, MEETINGS_DIR]) await rm(join(dataDir, name), { recursive: true, force: true });
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await cp(join(backupDir, DB_FILE), join(dataDir, DB_FILE));
  await chmod(join(dataDir, DB_FILE), 0o600);
  if (existsSync(join(backupDir, MEETINGS_DIR))) await cp(join(backupDir, MEETINGS_DIR), join(dataDir, MEETINGS_DIR), { recursive: true });
  return manifest;
}
