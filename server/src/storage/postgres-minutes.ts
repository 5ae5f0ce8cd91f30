/** The minutes' tables in PostgreSQL: frozen versions, recipients, their copies, links and downloads (as sqlite-minutes.ts). */
import type { PostgresStorage } from './postgres';
import { asBuffer, copyFrom, downloadFrom, linkFrom, recipientFrom, versionFrom, versionMetaFrom } from './rows';
import type { MinutesStore } from './storage';

export function postgresMinutesStore(db: PostgresStorage): MinutesStore {
  const findCopy = async (versionId: string, recipientId: string) => {
    const r = await db.one('SELECT * FROM minutes_copies WHERE version_id = $1 AND recipient_id = $2', [versionId, recipientId]);
    return r ? copyFrom(r) : null;
  };
  return {
    addVersions: (rows) =>
      db.transaction(async (c) => {
        for (const row of rows) {
          await c.query('INSERT INTO minutes_versions (id, meeting_id, document, version, sha256, created_at, created_by, snapshot, pdf) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)', [
            row.id, row.meetingId, row.document, row.version, row.sha256, row.createdAt, row.createdBy, row.snapshot, asBuffer(row.pdf),
          ]);
        }
      }),
    latestVersion: async (meetingId) => Number((await db.one('SELECT COALESCE(MAX(version), 0) AS n FROM minutes_versions WHERE meeting_id = $1', [meetingId]))!.n),
    listVersions: async (meetingId) =>
      (
        await db.rows(
          'SELECT id, meeting_id, document, version, sha256, created_at, created_by, octet_length(pdf) AS bytes FROM minutes_versions WHERE meeting_id = $1 ORDER BY version DESC, document',
          [meetingId],
        )
      ).map(versionMetaFrom),
    findVersion: async (meetingId, document, n) => {
      const r =
        n === undefined
          ? await db.one('SELECT * FROM minutes_versions WHERE meeting_id = $1 AND document = $2 ORDER BY version DESC LIMIT 1', [meetingId, document])
          : await db.one('SELECT * FROM minutes_versions WHERE meeting_id = $1 AND document = $2 AND version = $3', [meetingId, document, n]);
      return r ? versionFrom(r) : null;
    },
    findVersionById: async (id) => {
      const r = await db.one('SELECT * FROM minutes_versions WHERE id = $1', [id]);
      return r ? versionFrom(r) : null;
    },
    addRecipient: async (row) =>
      void (await db.run('INSERT INTO minutes_recipients (id, meeting_id, name, kind, created_at, removed_at) VALUES ($1, $2, $3, $4, $5, $6)', [
        row.id, row.meetingId, row.name, row.kind, row.createdAt, row.removedAt,
      ])),
    listRecipients: async (meetingId) => (await db.rows('SELECT * FROM minutes_recipients WHERE meeting_id = $1 AND removed_at IS NULL ORDER BY created_at, pos', [meetingId])).map(recipientFrom),
    findRecipient: async (id) => {
      const r = await db.one('SELECT * FROM minutes_recipients WHERE id = $1', [id]);
      return r ? recipientFrom(r) : null;
    },
    removeRecipient: (id, at) =>
      db.transaction(async (c) => {
        await c.query('UPDATE minutes_recipients SET removed_at = $1 WHERE id = $2 AND removed_at IS NULL', [at, id]);
        await c.query('UPDATE download_links SET revoked_at = $1 WHERE recipient_id = $2 AND revoked_at IS NULL', [at, id]);
      }),
    findCopy,
    addCopy: async (row) => {
      await db.run('INSERT INTO minutes_copies (version_id, recipient_id, variant, sha256, created_at, pdf) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING', [
        row.versionId, row.recipientId, row.variant, row.sha256, row.createdAt, asBuffer(row.pdf),
      ]);
      return (await findCopy(row.versionId, row.recipientId))!;
    },
    createLink: async (row) =>
      void (await db.run(
        'INSERT INTO download_links (id, meeting_id, recipient_id, version_id, token_hash, created_at, created_by, expires_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        [row.id, row.meetingId, row.recipientId, row.versionId, row.tokenHash, row.createdAt, row.createdBy, row.expiresAt, row.revokedAt],
      )),
    findLink: async (id) => {
      const r = await db.one('SELECT * FROM download_links WHERE id = $1', [id]);
      return r ? linkFrom(r) : null;
    },
    findLinkByTokenHash: async (hash) => {
      const r = await db.one('SELECT * FROM download_links WHERE token_hash = $1', [hash]);
      return r ? linkFrom(r) : null;
    },
    listLinks: async (meetingId) =>
      (
        await db.rows(
          'SELECT l.*, (SELECT COUNT(*) FROM downloads d WHERE d.link_id = l.id) AS downloads FROM download_links l WHERE l.meeting_id = $1 ORDER BY l.created_at, l.pos',
          [meetingId],
        )
      ).map((r) => ({ ...linkFrom(r), downloads: Number(r.downloads) })),
    revokeLink: async (id, at) => void (await db.run('UPDATE download_links SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id])),
    logDownload: async (row) => Number((await db.one('INSERT INTO downloads (link_id, meeting_id, at, ip) VALUES ($1, $2, $3, $4) RETURNING id', [row.linkId, row.meetingId, row.at, row.ip]))!.id),
    listDownloads: async (meetingId) => (await db.rows('SELECT * FROM downloads WHERE meeting_id = $1 ORDER BY id', [meetingId])).map(downloadFrom),
  };
}
