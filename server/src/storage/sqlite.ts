/** The embedded default store: SQLite in the data directory, WAL mode, versioned migrations. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DocName } from '@naervaer/shared/protocol';
import { MIGRATIONS } from './migrations';
import type { AccountRow, InvitationRow, MeetingRow, SessionRow, Storage, StoredDoc } from './storage';

export type SqliteOptions = { dataDir: string; synchronous?: 'NORMAL' | 'FULL' };

export const DB_FILE = 'naervaer.sqlite';

/** Opens (creating if needed) the database in `dataDir` and brings its schema up to date. */
export function openSqliteStorage(options: SqliteOptions): SqliteStorage {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(join(options.dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return new SqliteStorage(db);
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
}

type Row = Record<string, unknown>;

const accountFrom = (r: Row): AccountRow => ({
  id: String(r.id),
  email: String(r.email),
  name: String(r.name),
  passwordHash: String(r.password_hash),
  createdAt: String(r.created_at),
});

const sessionFrom = (r: Row): SessionRow => ({
  tokenHash: String(r.token_hash),
  accountId: (r.account_id as string | null) ?? null,
  invitationId: (r.invitation_id as string | null) ?? null,
  createdAt: String(r.created_at),
  lastSeenAt: String(r.last_seen_at),
  expiresAt: String(r.expires_at),
});

const meetingFrom = (r: Row): MeetingRow => ({
  id: String(r.id),
  kind: r.kind as MeetingRow['kind'],
  title: String(r.title),
  school: (r.school as string | null) ?? null,
  startsAt: (r.starts_at as string | null) ?? null,
  language: r.language as MeetingRow['language'],
  facilitatorId: String(r.facilitator_id),
  createdAt: String(r.created_at),
});

const invitationFrom = (r: Row): InvitationRow => ({
  id: String(r.id),
  meetingId: String(r.meeting_id),
  tokenHash: String(r.token_hash),
  role: r.role as InvitationRow['role'],
  name: String(r.name),
  service: (r.service as string | null) ?? null,
  presence: r.presence as InvitationRow['presence'],
  createdAt: String(r.created_at),
  expiresAt: String(r.expires_at),
  revokedAt: (r.revoked_at as string | null) ?? null,
});

export class SqliteStorage implements Storage {
  readonly db: Database.Database;
  private readonly q;

  constructor(db: Database.Database) {
    this.db = db;
    this.q = {
      accountCount: db.prepare('SELECT COUNT(*) FROM accounts').pluck(),
      accountInsert: db.prepare('INSERT INTO accounts (id, email, name, password_hash, created_at) VALUES (@id, @email, @name, @passwordHash, @createdAt)'),
      accountByEmail: db.prepare('SELECT * FROM accounts WHERE email = ?'),
      accountById: db.prepare('SELECT * FROM accounts WHERE id = ?'),
      sessionInsert: db.prepare(
        'INSERT INTO sessions (token_hash, account_id, invitation_id, created_at, last_seen_at, expires_at) VALUES (@tokenHash, @accountId, @invitationId, @createdAt, @lastSeenAt, @expiresAt)',
      ),
      sessionFind: db.prepare('SELECT * FROM sessions WHERE token_hash = ?'),
      sessionTouch: db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?'),
      sessionDelete: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
      sessionDeleteForInvitation: db.prepare('DELETE FROM sessions WHERE invitation_id = ?'),
      sessionDeleteExpired: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
      meetingInsert: db.prepare(
        'INSERT INTO meetings (id, kind, title, school, starts_at, language, facilitator_id, created_at) VALUES (@id, @kind, @title, @school, @startsAt, @language, @facilitatorId, @createdAt)',
      ),
      meetingFind: db.prepare('SELECT * FROM meetings WHERE id = ?'),
      meetingsForFacilitator: db.prepare('SELECT * FROM meetings WHERE facilitator_id = ? ORDER BY COALESCE(starts_at, created_at) DESC'),
      invitationInsert: db.prepare(
        'INSERT INTO invitations (id, meeting_id, token_hash, role, name, service, presence, created_at, expires_at, revoked_at) VALUES (@id, @meetingId, @tokenHash, @role, @name, @service, @presence, @createdAt, @expiresAt, @revokedAt)',
      ),
      invitationFind: db.prepare('SELECT * FROM invitations WHERE id = ?'),
      invitationByToken: db.prepare('SELECT * FROM invitations WHERE token_hash = ?'),
      invitationsForMeeting: db.prepare('SELECT * FROM invitations WHERE meeting_id = ? ORDER BY created_at'),
      invitationRevoke: db.prepare('UPDATE invitations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      docLoad: db.prepare('SELECT seq, data FROM doc_updates WHERE meeting_id = ? AND doc = ? ORDER BY seq'),
      docAppend: db.prepare('INSERT INTO doc_updates (meeting_id, doc, data) VALUES (?, ?, ?)'),
      docDeleteThrough: db.prepare('DELETE FROM doc_updates WHERE meeting_id = ? AND doc = ? AND seq <= ?'),
      docCount: db.prepare('SELECT COUNT(*) FROM doc_updates WHERE meeting_id = ? AND doc = ?').pluck(),
    };
  }

  readonly accounts = {
    count: async () => Number(this.q.accountCount.get()),
    create: async (row: AccountRow) => void this.q.accountInsert.run(row),
    findByEmail: async (email: string) => {
      const r = this.q.accountByEmail.get(email) as Row | undefined;
      return r ? accountFrom(r) : null;
    },
    find: async (id: string) => {
      const r = this.q.accountById.get(id) as Row | undefined;
      return r ? accountFrom(r) : null;
    },
  };

  readonly sessions = {
    create: async (row: SessionRow) => void this.q.sessionInsert.run(row),
    find: async (tokenHash: string) => {
      const r = this.q.sessionFind.get(tokenHash) as Row | undefined;
      return r ? sessionFrom(r) : null;
    },
    touch: async (tokenHash: string, at: string) => void this.q.sessionTouch.run(at, tokenHash),
    delete: async (tokenHash: string) => void this.q.sessionDelete.run(tokenHash),
    deleteForInvitation: async (id: string) => void this.q.sessionDeleteForInvitation.run(id),
    deleteExpired: async (now: string) => this.q.sessionDeleteExpired.run(now).changes,
  };

  readonly meetings = {
    create: async (row: MeetingRow) => void this.q.meetingInsert.run(row),
    find: async (id: string) => {
      const r = this.q.meetingFind.get(id) as Row | undefined;
      return r ? meetingFrom(r) : null;
    },
    listForFacilitator: async (accountId: string) => (this.q.meetingsForFacilitator.all(accountId) as Row[]).map(meetingFrom),
  };

  readonly invitations = {
    create: async (row: InvitationRow) => void this.q.invitationInsert.run(row),
    find: async (id: string) => {
      const r = this.q.invitationFind.get(id) as Row | undefined;
      return r ? invitationFrom(r) : null;
    },
    findByTokenHash: async (hash: string) => {
      const r = this.q.invitationByToken.get(hash) as Row | undefined;
      return r ? invitationFrom(r) : null;
    },
    listForMeeting: async (meetingId: string) => (this.q.invitationsForMeeting.all(meetingId) as Row[]).map(invitationFrom),
    revoke: async (id: string, at: string) => void this.q.invitationRevoke.run(at, id),
  };

  private readonly appendMany = (meetingId: string, doc: DocName, updates: readonly Uint8Array[]) => {
    return this.db.transaction(() => {
      let last = 0;
      for (const u of updates) last = Number(this.q.docAppend.run(meetingId, doc, u).lastInsertRowid);
      return last;
    })();
  };

  private readonly compactTx = (meetingId: string, doc: DocName, merged: Uint8Array, throughSeq: number) => {
    // One transaction: either the merged update replaces the old ones, or nothing changes.
    return this.db.transaction(() => {
      const seq = Number(this.q.docAppend.run(meetingId, doc, merged).lastInsertRowid);
      this.q.docDeleteThrough.run(meetingId, doc, throughSeq);
      return seq;
    })();
  };

  readonly docs = {
    load: async (meetingId: string, doc: DocName): Promise<StoredDoc> => {
      const rows = this.q.docLoad.all(meetingId, doc) as { seq: number; data: Buffer }[];
      return {
        updates: rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
        lastSeq: rows.length ? rows[rows.length - 1]!.seq : 0,
      };
    },
    append: async (meetingId: string, doc: DocName, updates: readonly Uint8Array[]) => this.appendMany(meetingId, doc, updates),
    compact: async (meetingId: string, doc: DocName, merged: Uint8Array, throughSeq: number) =>
      this.compactTx(meetingId, doc, merged, throughSeq),
    count: async (meetingId: string, doc: DocName) => Number(this.q.docCount.get(meetingId, doc)),
  };

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}
