/**
 * Cold load of a full meeting, each step in a fresh process (run.ts spawns this file):
 *   write <dataDir> <layout>      stores a full meeting, as the server leaves it after the room unloads
 *                                 (layout `compacted`: one merged update) or as a crash mid-meeting
 *                                 leaves it (`updates`: one row per change); prints {meetingId, token, …}
 *   sync  <dataDir> <id> <token>  starts the server and times a client's first sync of the content doc
 *   rooms <dataDir> <id>          times loading both documents through the server's Rooms alone
 * Each prints one JSON line on stdout.
 */
import { WebSocket as WsWebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { buildApp } from '@naervaer/server';
import { hashToken, newId, newToken } from '@naervaer/server/auth/tokens';
import { readConfig } from '@naervaer/server/env';
import { openSqliteStorage } from '@naervaer/server/storage/sqlite';
import { Rooms } from '@naervaer/server/sync/rooms';
import { NOTES, fullMeetingUpdates } from './full-meeting';

const quiet = { warn: () => {}, error: (obj: object, msg: string) => console.error(msg, obj) };

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
  // One row per change, as the room stores them; compacted, one row with the whole document.
  const rows = layout === 'compacted' ? [Y.mergeUpdates(updates)] : updates;
  for (const u of rows) await storage.docs.append(meetingId, 'content', [u]);
  const bytes = rows.reduce((n, u) => n + u.byteLength, 0);
  await storage.close();
  return { meetingId, token, updates: rows.length, bytes, board };
}

async function sync(dataDir: string, meetingId: string, token: string) {
  const config = readConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, storage: openSqliteStorage({ dataDir }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const doc = new Y.Doc();
  const start = performance.now();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${address.port}/sync`, `${meetingId}/content`, doc, {
    disableBc: true,
    WebSocketPolyfill: WsWebSocket as unknown as typeof WebSocket,
    params: { token },
  });
  await new Promise<void>((done) => provider.once('sync', () => done()));
  const ms = performance.now() - start;
  const notes = doc.getMap('mapping').size;
  provider.destroy();
  await app.close();
  if (notes !== NOTES) throw new Error(`the client got ${notes} notes, not ${NOTES}`);
  return { ms, notes };
}

async function rooms(dataDir: string, meetingId: string) {
  const storage = openSqliteStorage({ dataDir });
  const r = new Rooms({ storage, log: quiet, idleMs: 30_000, compactAfter: 500 });
  const start = performance.now();
  await Promise.all([r.get(meetingId, 'content'), r.get(meetingId, 'control')]);
  const ms = performance.now() - start;
  await r.closeAll();
  await storage.close();
  return { ms };
}

const [mode, ...args] = process.argv.slice(2);
const run = mode === 'write' ? write(args[0]!, args[1] ?? 'updates') : mode === 'sync' ? sync(args[0]!, args[1]!, args[2]!) : mode === 'rooms' ? rooms(args[0]!, args[1]!) : null;
if (!run) {
  console.error('usage: coldload.ts write|sync|rooms <dataDir> [meetingId] [token]');
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
