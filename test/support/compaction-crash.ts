/**
 * Run as its own process by the crash test: stores a document as many small updates, then starts a
 * compaction and kills itself with SIGKILL in the middle of it (after the merged row is written and
 * the old ones deleted, before the transaction commits). Usage: compaction-crash.ts <dataDir>
 */
import * as Y from 'yjs';
import { stepNotes } from '@naervaer/shared/doc';
import { openSqliteStorage } from '@naervaer/server/storage/sqlite';

const dataDir = process.argv[2]!;
const storage = openSqliteStorage({ dataDir });
storage.db
  .prepare("INSERT INTO accounts (id, email, name, password_hash, created_at) VALUES ('a1', 'a@skole.no', 'A', 'h', '2026-11-26T08:00:00Z')")
  .run();
storage.db
  .prepare("INSERT INTO meetings (id, kind, title, facilitator_id, created_at) VALUES ('m1', 'named', 'Møte', 'a1', '2026-11-26T08:00:00Z')")
  .run();
const doc = new Y.Doc();
const updates: Uint8Array[] = [];
doc.on('update', (u: Uint8Array) => updates.push(u));
for (let i = 0; i < 200; i++) stepNotes(doc, 'information').insert(stepNotes(doc, 'information').length, `linje ${i}\n`);
let last = 0;
for (const u of updates) last = await storage.docs.append('m1', 'content', [u]);

// The real compaction, with a crash between its last statement and the commit.
const q = (storage as unknown as { q: Record<string, { run: (...a: unknown[]) => unknown }> }).q;
const deleteThrough = q.docDeleteThrough!;
q.docDeleteThrough = {
  run: (...args: unknown[]) => {
    deleteThrough.run(...args);
    process.stdout.write('killing mid-compaction\n');
    process.kill(process.pid, 'SIGKILL');
  },
};
await storage.docs.compact('m1', 'content', Y.encodeStateAsUpdate(doc), last);
process.stdout.write('not reached\n');
