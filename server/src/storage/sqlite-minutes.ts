/** The minutes' tables (migration 3) in SQLite: frozen versions, recipients, their copies, links and downloads. */
import type Database from 'better-sqlite3';
import { type Row, copyFrom, downloadFrom, linkFrom, recipientFrom, versionFrom, versionMetaFrom } from './rows';
import type { MinutesStore, MinutesVersionRow } from './storage';

export function sqliteMinutesStore(db: Database.Database): MinutesStore {
  const q = {
    versionInsert: db.prepare(
      'INSERT INTO minutes_versions (id, meeting_id, document, version, sha256, created_at, created_by, snapshot, pdf) VALUES (@id, @meetingId, @document, @version, @sha256, @createdAt, @createdBy, @snapshot, @pdf)',
    ),
    latest: db.prepare('SELECT COALESCE(MAX(version), 0) FROM minutes_versions WHERE meeting_id = ?').pluck(),
    versions: db.prepare(
      'SELECT id, meeting_id, document, version, sha256, created_at, created_by, length(pdf) AS bytes FROM minutes_versions WHERE meeting_id = ? ORDER BY version DESC, document',
    ),
    versionFind: db.prepare('SELECT * FROM minutes_versions WHERE meeting_id = ? AND document = ? AND version = ?'),
    versionLatest: db.prepare('SELECT * FROM minutes_versions WHERE meeting_id = ? AND document = ? ORDER BY version DESC LIMIT 1'),
    versionById: db.prepare('SELECT * FROM minutes_versions WHERE id = ?'),
    recipientInsert: db.prepare(
      'INSERT INTO minutes_recipients (id, meeting_id, name, kind, created_at, removed_at) VALUES (@id, @meetingId, @name, @kind, @createdAt, @removedAt)',
    ),
    recipients: db.prepare('SELECT * FROM minutes_recipients WHERE meeting_id = ? AND removed_at IS NULL ORDER BY created_at, rowid'),
    recipientFind: db.prepare('SELECT * FROM minutes_recipients WHERE id = ?'),
    recipientRemove: db.prepare('UPDATE minutes_recipients SET removed_at = ? WHERE id = ? AND removed_at IS NULL'),
    linksRevokeForRecipient: db.prepare('UPDATE download_links SET revoked_at = ? WHERE recipient_id = ? AND revoked_at IS NULL'),
    copyFind: db.prepare('SELECT * FROM minutes_copies WHERE version_id = ? AND recipient_id = ?'),
    copyInsert: db.prepare(
      'INSERT OR IGNORE INTO minutes_copies (version_id, recipient_id, variant, sha256, created_at, pdf) VALUES (@versionId, @recipientId, @variant, @sha256, @createdAt, @pdf)',
    ),
    linkInsert: db.prepare(
      'INSERT INTO download_links (id, meeting_id, recipient_id, version_id, token_hash, created_at, created_by, expires_at, revoked_at) VALUES (@id, @meetingId, @recipientId, @versionId, @tokenHash, @createdAt, @createdBy, @expiresAt, @revokedAt)',
    ),
    linkFind: db.prepare('SELECT * FROM download_links WHERE id = ?'),
    linkByToken: db.prepare('SELECT * FROM download_links WHERE token_hash = ?'),
    links: db.prepare(
      'SELECT l.*, (SELECT COUNT(*) FROM downloads d WHERE d.link_id = l.id) AS downloads FROM download_links l WHERE l.meeting_id = ? ORDER BY l.created_at, l.rowid',
    ),
    linkRevoke: db.prepare('UPDATE download_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    downloadInsert: db.prepare('INSERT INTO downloads (link_id, meeting_id, at, ip) VALUES (@linkId, @meetingId, @at, @ip)'),
    downloads: db.prepare('SELECT * FROM downloads WHERE meeting_id = ? ORDER BY id'),
  };
  const addVersions = db.transaction((rows: readonly MinutesVersionRow[]) => {
    for (const row of rows) q.versionInsert.run({ ...row, pdf: Buffer.from(row.pdf) });
  });
  const removeRecipient = db.transaction((id: string, at: string) => {
    q.recipientRemove.run(at, id);
    q.linksRevokeForRecipient.run(at, id);
  });
  return {
    addVersions: async (rows) => void addVersions(rows),
    latestVersion: async (meetingId) => Number(q.latest.get(meetingId)),
    listVersions: async (meetingId) => (q.versions.all(meetingId) as Row[]).map(versionMetaFrom),
    findVersion: async (meetingId, document, n) => {
      const r = (n === undefined ? q.versionLatest.get(meetingId, document) : q.versionFind.get(meetingId, document, n)) as Row | undefined;
      return r ? versionFrom(r) : null;
    },
    findVersionById: async (id) => {
      const r = q.versionById.get(id) as Row | undefined;
      return r ? versionFrom(r) : null;
    },
    addRecipient: async (row) => void q.recipientInsert.run(row),
    listRecipients: async (meetingId) => (q.recipients.all(meetingId) as Row[]).map(recipientFrom),
    findRecipient: async (id) => {
      const r = q.recipientFind.get(id) as Row | undefined;
      return r ? recipientFrom(r) : null;
    },
    removeRecipient: async (id, at) => void removeRecipient(id, at),
    findCopy: async (versionId, recipientId) => {
      const r = q.copyFind.get(versionId, recipientId) as Row | undefined;
      return r ? copyFrom(r) : null;
    },
    addCopy: async (row) => {
      q.copyInsert.run({ ...row, pdf: Buffer.from(row.pdf) });
      return copyFrom(q.copyFind.get(row.versionId, row.recipientId) as Row);
    },
    createLink: async (row) => void q.linkInsert.run(row),
    findLink: async (id) => {
      const r = q.linkFind.get(id) as Row | undefined;
      return r ? linkFrom(r) : null;
    },
    findLinkByTokenHash: async (hash) => {
      const r = q.linkByToken.get(hash) as Row | undefined;
      return r ? linkFrom(r) : null;
    },
    listLinks: async (meetingId) => (q.links.all(meetingId) as Row[]).map((r) => ({ ...linkFrom(r), downloads: Number(r.downloads) })),
    revokeLink: async (id, at) => void q.linkRevoke.run(at, id),
    logDownload: async (row) => Number(q.downloadInsert.run(row).lastInsertRowid),
    listDownloads: async (meetingId) => (q.downloads.all(meetingId) as Row[]).map(downloadFrom),
  };
}
