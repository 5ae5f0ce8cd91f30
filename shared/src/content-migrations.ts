/**
 * How a stored meeting document follows the content's schema when it changes shape. Each migration
 * brings a document to one version (`to`); a document is at the version its meeting row records
 * (version 1: the first shape, before any migration). The server runs what a document lacks when it
 * loads it, stores the change like any other, and then records the new version; a migration must
 * leave a document it already ran on as it is (a crash between the two runs it again).
 *
 * There are none yet: the content is at its first shape. Add one here, raise CONTENT_SCHEMA_VERSION
 * (meeting-content.ts) to its `to`, and test it on a stored document of the version before.
 */
import type * as Y from 'yjs';
import { CONTENT_SCHEMA_VERSION } from './meeting-content';

export type ContentMigration = {
  /** The version a document has after this migration. */
  to: number;
  /** What changes, in a few words (logged when it runs). */
  name: string;
  /** Changes the document in place, in one transaction the caller opens. */
  migrate(content: Y.Doc): void;
};

export const CONTENT_MIGRATIONS: readonly ContentMigration[] = [];

/** The migrations a document at `version` still lacks, in order. */
export function pendingMigrations(version: number, migrations: readonly ContentMigration[] = CONTENT_MIGRATIONS): ContentMigration[] {
  return migrations.filter((m) => m.to > version).sort((a, b) => a.to - b.to);
}

/** The version the last migration brings documents to: the content schema's version. */
export function latestContentVersion(migrations: readonly ContentMigration[] = CONTENT_MIGRATIONS): number {
  return Math.max(1, ...migrations.map((m) => m.to));
}

export { CONTENT_SCHEMA_VERSION };
