/**
 * Brings a meeting's stored content document to the content schema's version before a room loads it
 * (shared/content-migrations.ts says how migrations are written). The change is stored as one more
 * update, like any edit; the meeting row then records the version. Readers outside a room (the
 * minutes) apply what is still pending in memory, so they read the same shape. A document from a
 * newer version of the app than this one is left as it is, and logged.
 */
import * as Y from 'yjs';
import { type ContentMigration, CONTENT_MIGRATIONS, latestContentVersion, pendingMigrations } from '@naervaer/shared/content-migrations';
import type { Storage } from '../storage/storage';
import { EncodedDoc } from '../sync/encoded-doc';

type Log = { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };

/** Applies the migrations a document at `version` lacks, in one transaction; returns the version after. */
export function applyPendingMigrations(doc: Y.Doc, version: number, migrations: readonly ContentMigration[] = CONTENT_MIGRATIONS): number {
  const pending = pendingMigrations(version, migrations);
  if (pending.length === 0) return version;
  doc.transact(() => {
    for (const migration of pending) migration.migrate(doc);
  });
  return pending.at(-1)!.to;
}

/** One migration at a time per meeting in this process: two loads at once must not both run it. */
const running = new WeakMap<Storage, Map<string, Promise<number | null>>>();

/** Runs the migrations a meeting's stored content lacks; returns the version it is at afterwards (null: no such meeting). */
export function migrateStoredContent(storage: Storage, meetingId: string, log: Log, migrations: readonly ContentMigration[] = CONTENT_MIGRATIONS): Promise<number | null> {
  let perMeeting = running.get(storage);
  if (!perMeeting) running.set(storage, (perMeeting = new Map()));
  const current = perMeeting.get(meetingId);
  if (current) return current;
  const work = migrateNow(storage, meetingId, log, migrations).finally(() => perMeeting.delete(meetingId));
  perMeeting.set(meetingId, work);
  return work;
}

async function migrateNow(storage: Storage, meetingId: string, log: Log, migrations: readonly ContentMigration[]): Promise<number | null> {
  const version = await storage.meetings.contentVersion(meetingId);
  if (version === null) return null;
  const latest = latestContentVersion(migrations);
  if (version > latest) {
    log.warn({ meetingId, version, latest }, 'content document is newer than this version of the app; left as it is');
    return version;
  }
  if (pendingMigrations(version, migrations).length === 0) return version;
  const stored = await storage.docs.load(meetingId, 'content');
  const doc = new EncodedDoc(stored.updates).toDoc();
  let to: number;
  try {
    const before = Y.encodeStateVector(doc);
    to = applyPendingMigrations(doc, version, migrations);
    const update = Y.encodeStateAsUpdate(doc, before);
    // An update that changes nothing is two bytes (no structs, an empty delete set).
    if (update.byteLength > 2) await storage.docs.append(meetingId, 'content', [update]);
  } finally {
    doc.destroy();
  }
  await storage.meetings.setContentVersion(meetingId, to);
  log.info({ meetingId, from: version, to, migrations: pendingMigrations(version, migrations).map((m) => m.name) }, 'content document migrated');
  return to;
}
