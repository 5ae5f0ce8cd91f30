/**
 * A full meeting written to storage for the cold-load measure, each step in a fresh process (run.ts
 * spawns this file, then starts the server on the data directory and times a client's first sight):
 *   write     <dataDir> <layout>  stores a full meeting in our SQLite, as the server leaves it after the
 *                                 room unloads (layout `compacted`: one merged update) or as a crash
 *                                 mid-meeting leaves it (`updates`: one row per change); prints {meetingId, token, …}
 *   write-ref <dataDir> <layout>  stores the same updates in the reference's LevelDB (y-leveldb, as
 *                                 YPERSISTENCE does) under the room REFERENCE_ROOM; prints {room, …}
 *   rooms     <dataDir> <id>      times loading both documents through the server's Rooms alone, and
 *                                 then building where each item lies (done after the first answer)
 * Each prints one JSON line on stdout.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import { hashToken, newId, newToken } from '@naervaer/server/auth/tokens';
import { openSqliteStorage } from '@naervaer/server/storage/sqlite';
import { Rooms } from '@naervaer/server/sync/rooms';
import { fullMeetingUpdates } from './full-meeting';

export const REFERENCE_ROOM = 'samarbeidsmote-sofie';

const quiet = { warn: () => {}, error: (obj: object, msg: string) => console.error(msg, obj) };

/**
 * One row per change, as a room stores them (and as a crash leaves them); compacted, one row with the
 * whole document as both servers' compactions write it: the state of a document with every change
 * applied (deleted content dropped, neighbouring text joined), not the changes merged side by side.
 */
function storedRows(updates: Uint8Array[], layout: string): Uint8Array[] {
  if (layout !== 'compacted') return updates;
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return [Y.encodeStateAsUpdate(doc)];
}

async function write(dataDir: string, layout: string) {
  const storage = openSqliteStorage({ dataDir });
  const now = new Date();
  const accountId = newId();
  await storage.accounts.create({ id: accountId, email: 'lead@bench.no', name: 'Benk Leder', passwordHash: 'unused', createdAt: now.toISOString() });
  const meetingId = newId();
  await storage.meetings.create({
    id: meetingId,
    kind: 'named',
    title: 'Samarbeidsmøte for Sofie',
    school: 'Bråtåsen skole',
    startsAt: now.toISOString(),
    language: 'nb',
    facilitatorId: accountId,
    createdAt: now.toISOString(),
  });
  const token = newToken();
  await storage.invitations.create({
    id: newId(),
    meetingId,
    tokenHash: hashToken(token),
    role: 'participant',
    name: 'Mariam Haddad',
    service: 'helsesykepleier',
    presence: 'remote',
    participantId: null,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 86_400_000).toISOString(),
    revokedAt: null,
  });
  const { updates, board } = await fullMeetingUpdates();
  const rows = storedRows(updates, layout);
  for (const u of rows) await storage.docs.append(meetingId, 'content', [u]);
  const bytes = rows.reduce((n, u) => n + u.byteLength, 0);
  await storage.close();
  return { meetingId, token, updates: rows.length, bytes, board };
}

type LeveldbPersistence = { storeUpdate(doc: string, update: Uint8Array): Promise<number>; destroy(): Promise<void> };

/** The y-leveldb the reference server itself loads (its own dependency, resolved from its package). */
async function referenceLeveldb(dir: string): Promise<LeveldbPersistence> {
  const require = createRequire(import.meta.url);
  const server = createRequire(require.resolve('@y/websocket-server/package.json'));
  const entry = join(dirname(server.resolve('y-leveldb/package.json')), 'src', 'y-leveldb.js');
  const { LeveldbPersistence } = (await import(pathToFileURL(entry).href)) as { LeveldbPersistence: new (dir: string) => LeveldbPersistence };
  return new LeveldbPersistence(dir);
}

async function writeReference(dataDir: string, layout: string) {
  const { updates } = await fullMeetingUpdates();
  const rows = storedRows(updates, layout);
  const ldb = await referenceLeveldb(join(dataDir, 'leveldb'));
  for (const u of rows) await ldb.storeUpdate(REFERENCE_ROOM, u);
  await ldb.destroy();
  return { room: REFERENCE_ROOM, updates: rows.length, bytes: rows.reduce((n, u) => n + u.byteLength, 0) };
}

async function rooms(dataDir: string, meetingId: string) {
  const storage = openSqliteStorage({ dataDir });
  const r = new Rooms({ storage, log: quiet, idleMs: 30_000, compactAfter: 500 });
  const start = performance.now();
  const loaded = await Promise.all([r.get(meetingId, 'content'), r.get(meetingId, 'control')]);
  const ms = performance.now() - start;
  const prepareStart = performance.now();
  for (const room of loaded) room.prepare();
  const prepareMs = performance.now() - prepareStart;
  await r.closeAll();
  await storage.close();
  return { ms, prepareMs };
}

const [mode, ...args] = process.argv.slice(2);
const run =
  mode === 'write' ? write(args[0]!, args[1] ?? 'updates') : mode === 'write-ref' ? writeReference(args[0]!, args[1] ?? 'updates') : mode === 'rooms' ? rooms(args[0]!, args[1]!) : null;
if (!run) {
  console.error('usage: coldload.ts write|write-ref <dataDir> <layout> | rooms <dataDir> <meetingId>');
  process.exit(2);
}
run.then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
