/** The embedded default store: SQLite in the data directory, WAL mode, versioned migrations. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DocName } from '@naervaer/shared/protocol';
import { Checkpointer } from './checkpointer';
import { MIGRATIONS } from './migrations';
import { sqliteMinutesStore } from './sqlite-minutes';
import { type Row, accountFrom, accountLinkFrom, auditFrom, identityFrom, invitationFrom, meetingFrom, sessionFrom } from './rows';
import { type AccountLinkRow, type AccountRow, type AuditQuery, type AuditRow, type IdentityRow, type InvitationRow, MAX_BATCHED_APPENDS, type MeetingRow, type MinutesStore, type QueuedAppend, type SessionRow, type Storage, type StoredDoc } from './storage';

export type SqliteOptions = {
  dataDir: string;
  synchronous?: 'NORMAL' | 'FULL';
  /** WAL checkpoints in small timed steps instead of inside a commit (checkpointer.ts); on unless false. */
  backgroundCheckpoints?: boolean;
};

export const DB_FILE = 'naervaer.sqlite';

/** How often the WAL is copied back into the database file (checkpointer.ts). */
const CHECKPOINT_EVERY_MS = 1000;

/** Opens (creating if needed) the database in `dataDir` and brings its schema up to date. */
export function openSqliteStorage(options: SqliteOptions): SqliteStorage {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(join(options.dataDir, DB_FILE));
  // Small pages for a new database (an existing one keeps its size): a commit writes whole pages to
  // the WAL, and a turn's few small updates touch a handful of them, so 1 kB instead of 4 kB pages
  // writes about a third of the bytes, and each checkpoint copies and syncs that much less.
  db.pragma('page_size = 1024');
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // better-sqlite3 builds SQLite with a 16 MB page cache; a busy server fills it with pages of the
  // append-only updates table that are written once and seldom read again. SQLite's own default of
  // 2 MB keeps the hot b-tree pages and leaves the rest to the operating system's file cache
  // (about 14 MB less resident memory at 200 busy meetings; README, Performance).
  db.pragma('cache_size = -2000');
  // Deleted rows are overwritten with zeros, so a deleted meeting cannot be read back from the file.
  db.pragma('secure_delete = ON');
  migrate(db);
  const storage = new SqliteStorage(db);
  if (options.backgroundCheckpoints !== false) {
    storage.checkpointer = new Checkpointer(db, {
      everyMs: CHECKPOINT_EVERY_MS,
      onError: (err) => process.emitWarning(`SQLite checkpoints are back inside commits: ${err.message}`),
    });
  }
  return storage;
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


export class SqliteStorage implements Storage {
  readonly db: Database.Database;
  private readonly q;
  /** The minutes' tables (migration 3), kept in their own file. */
  readonly minutes: MinutesStore;

  constructor(db: Database.Database) {
    this.db = db;
    this.minutes = sqliteMinutesStore(db);
    this.q = {
      accountCount: db.prepare('SELECT COUNT(*) FROM accounts').pluck(),
      accountInsert: db.prepare(
        'INSERT INTO accounts (id, email, name, password_hash, created_at, admin) VALUES (@id, @email, @name, @passwordHash, @createdAt, @admin)',
      ),
      accountByEmail: db.prepare('SELECT * FROM accounts WHERE email = ?'),
      identityFind: db.prepare('SELECT * FROM identities WHERE provider = ? AND subject = ?'),
      identityInsert: db.prepare('INSERT INTO identities (provider, subject, account_id, created_at, by_admin) VALUES (@provider, @subject, @accountId, @createdAt, @byAdmin)'),
      accountById: db.prepare('SELECT * FROM accounts WHERE id = ?'),
      accountList: db.prepare('SELECT * FROM accounts ORDER BY name COLLATE NOCASE, email'),
      accountSetDeactivated: db.prepare('UPDATE accounts SET deactivated_at = ? WHERE id = ?'),
      accountSetPassword: db.prepare('UPDATE accounts SET password_hash = ? WHERE id = ?'),
      identitiesForAccount: db.prepare('SELECT * FROM identities WHERE account_id = ? ORDER BY provider, created_at'),
      identityDelete: db.prepare('DELETE FROM identities WHERE account_id = ? AND provider = ? AND subject = ?'),
      accountLinkDeleteSame: db.prepare('DELETE FROM account_links WHERE account_id = ? AND purpose = ?'),
      accountLinkInsert: db.prepare('INSERT INTO account_links (token_hash, account_id, purpose, created_at, expires_at) VALUES (@tokenHash, @accountId, @purpose, @createdAt, @expiresAt)'),
      accountLinkFind: db.prepare('SELECT * FROM account_links WHERE token_hash = ? AND expires_at > ?'),
      accountLinkDelete: db.prepare('DELETE FROM account_links WHERE token_hash = ?'),
      sessionsForAccount: db.prepare('DELETE FROM sessions WHERE account_id = ? RETURNING token_hash').pluck(),
      sessionsForAccountProvider: db.prepare('DELETE FROM sessions WHERE account_id = ? AND provider = ? RETURNING token_hash').pluck(),
      sessionInsert: db.prepare(
        'INSERT INTO sessions (token_hash, account_id, invitation_id, created_at, last_seen_at, expires_at, provider) VALUES (@tokenHash, @accountId, @invitationId, @createdAt, @lastSeenAt, @expiresAt, @provider)',
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
      meetingsCreatedSince: db.prepare('SELECT created_at FROM meetings WHERE facilitator_id = ? AND created_at >= ? ORDER BY created_at').pluck(),
      meetingDelete: db.prepare('DELETE FROM meetings WHERE id = ?'),
      meetingSetEnded: db.prepare('UPDATE meetings SET ended_at = ? WHERE id = ?'),
      meetingContentVersion: db.prepare('SELECT content_version FROM meetings WHERE id = ?').pluck(),
      meetingSetContentVersion: db.prepare('UPDATE meetings SET content_version = ? WHERE id = ?'),
      anonymousBefore: db.prepare("SELECT id FROM meetings WHERE kind = 'anonymous' AND COALESCE(starts_at, created_at) < ?").pluck(),
      auditInsert: db.prepare(
        'INSERT INTO audit_log (at, action, meeting_id, actor, actor_name, subject, subject_name, ip, detail) VALUES (@at, @action, @meetingId, @actor, @actorName, @subject, @subjectName, @ip, @detail)',
      ),
      auditForgetGuests: db.prepare(
        "UPDATE audit_log SET actor_name = CASE WHEN actor LIKE 'invitation:%' THEN NULL ELSE actor_name END, subject_name = CASE WHEN subject LIKE 'invitation:%' THEN NULL ELSE subject_name END WHERE meeting_id = ?",
      ),
      auditDeleteBefore: db.prepare('DELETE FROM audit_log WHERE at < ?'),
      invitationInsert: db.prepare(
        'INSERT INTO invitations (id, meeting_id, token_hash, role, name, service, presence, participant_id, created_at, expires_at, revoked_at, login_provider) VALUES (@id, @meetingId, @tokenHash, @role, @name, @service, @presence, @participantId, @createdAt, @expiresAt, @revokedAt, @loginProvider)',
      ),
      invitationBind: db.prepare('UPDATE invitations SET bound_identity = ?, bound_at = ? WHERE id = ? AND bound_identity IS NULL'),
      invitationFind: db.prepare('SELECT * FROM invitations WHERE id = ?'),
      invitationByToken: db.prepare('SELECT * FROM invitations WHERE token_hash = ?'),
      invitationsForMeeting: db.prepare('SELECT * FROM invitations WHERE meeting_id = ? ORDER BY created_at'),
      invitationRevoke: db.prepare('UPDATE invitations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      docLoad: db.prepare('SELECT seq, data FROM doc_updates WHERE meeting_id = ? AND doc = ? ORDER BY seq'),
      // The next sequence number of the document: the lookup lands on the page the row goes into.
      docAppend: db
        .prepare(
          'INSERT INTO doc_updates (meeting_id, doc, seq, data) SELECT ?, ?, COALESCE(MAX(seq), 0) + 1, ? FROM doc_updates WHERE meeting_id = ? AND doc = ? RETURNING seq',
        )
        .pluck(),
      docDeleteThrough: db.prepare('DELETE FROM doc_updates WHERE meeting_id = ? AND doc = ? AND seq <= ?'),
      docInsertAt: db.prepare('INSERT INTO doc_updates (meeting_id, doc, seq, data) VALUES (?, ?, ?, ?)'),
      docCount: db.prepare('SELECT COUNT(*) FROM doc_updates WHERE meeting_id = ? AND doc = ?').pluck(),
    };
  }

  readonly identities = {
    find: async (provider: string, subject: string): Promise<IdentityRow | null> => {
      const r = this.q.identityFind.get(provider, subject) as Row | undefined;
      return r ? identityFrom(r) : null;
    },
    link: async (row: IdentityRow) => void this.q.identityInsert.run({ ...row, byAdmin: row.byAdmin ? 1 : 0 }),
    listForAccount: async (accountId: string) => (this.q.identitiesForAccount.all(accountId) as Row[]).map(identityFrom),
    unlink: async (accountId: string, provider: string, subject: string) => this.q.identityDelete.run(accountId, provider, subject).changes > 0,
  };

  readonly accountLinks = {
    create: async (row: AccountLinkRow) =>
      void this.db.transaction(() => {
        this.q.accountLinkDeleteSame.run(row.accountId, row.purpose);
        this.q.accountLinkInsert.run(row);
      })(),
    take: async (tokenHash: string, now: string) =>
      this.db.transaction(() => {
        const r = this.q.accountLinkFind.get(tokenHash, now) as Row | undefined;
        if (!r) return null;
        this.q.accountLinkDelete.run(tokenHash);
        return accountLinkFrom(r);
      })(),
    find: async (tokenHash: string, now: string) => {
      const r = this.q.accountLinkFind.get(tokenHash, now) as Row | undefined;
      return r ? accountLinkFrom(r) : null;
    },
  };

  readonly accounts = {
    count: async () => Number(this.q.accountCount.get()),
    create: async (row: AccountRow) => void this.q.accountInsert.run({ ...row, admin: row.admin ? 1 : 0 }),
    findByEmail: async (email: string) => {
      const r = this.q.accountByEmail.get(email) as Row | undefined;
      return r ? accountFrom(r) : null;
    },
    find: async (id: string) => {
      const r = this.q.accountById.get(id) as Row | undefined;
      return r ? accountFrom(r) : null;
    },
    list: async () => (this.q.accountList.all() as Row[]).map(accountFrom),
    setDeactivated: async (id: string, at: string | null) => void this.q.accountSetDeactivated.run(at, id),
    setPasswordHash: async (id: string, passwordHash: string) => void this.q.accountSetPassword.run(passwordHash, id),
  };

  readonly sessions = {
    create: async (row: SessionRow) => void this.q.sessionInsert.run({ ...row, provider: row.provider ?? null }),
    find: async (tokenHash: string) => {
      const r = this.q.sessionFind.get(tokenHash) as Row | undefined;
      return r ? sessionFrom(r) : null;
    },
    touch: async (tokenHash: string, at: string) => void this.q.sessionTouch.run(at, tokenHash),
    delete: async (tokenHash: string) => void this.q.sessionDelete.run(tokenHash),
    deleteForInvitation: async (id: string) => void this.q.sessionDeleteForInvitation.run(id),
    deleteForAccount: async (accountId: string, provider?: string) =>
      (provider === undefined ? this.q.sessionsForAccount.all(accountId) : this.q.sessionsForAccountProvider.all(accountId, provider)) as string[],
    deleteExpired: async (now: string) => this.q.sessionDeleteExpired.run(now).changes,
  };

  readonly meetings = {
    create: async (row: MeetingRow) => void this.q.meetingInsert.run(row),
    find: async (id: string) => {
      const r = this.q.meetingFind.get(id) as Row | undefined;
      return r ? meetingFrom(r) : null;
    },
    listForFacilitator: async (accountId: string) => (this.q.meetingsForFacilitator.all(accountId) as Row[]).map(meetingFrom),
    createdSince: async (facilitatorId: string, since: string) => this.q.meetingsCreatedSince.all(facilitatorId, since) as string[],
    delete: async (id: string) => this.q.meetingDelete.run(id).changes > 0,
    setEnded: async (id: string, at: string | null) => void this.q.meetingSetEnded.run(at, id),
    contentVersion: async (id: string) => {
      const version = this.q.meetingContentVersion.get(id) as number | undefined;
      return version === undefined ? null : Number(version);
    },
    setContentVersion: async (id: string, version: number) => void this.q.meetingSetContentVersion.run(version, id),
    finalizedBefore: async (before: string) => {
      // The minutes' versions table belongs to the minutes feature; until it exists nothing is finalized.
      if (!this.hasTable('minutes_versions')) return [];
      return this.db
        .prepare('SELECT meeting_id FROM minutes_versions GROUP BY meeting_id HAVING MAX(created_at) < ?')
        .pluck()
        .all(before) as string[];
    },
    anonymousStartedBefore: async (before: string) => this.q.anonymousBefore.all(before) as string[],
    unfinalizedStartedBefore: async (before: string) => {
      const finalized = this.hasTable('minutes_versions') ? 'AND id NOT IN (SELECT meeting_id FROM minutes_versions)' : '';
      return this.db
        .prepare(`SELECT id FROM meetings WHERE kind <> 'anonymous' AND COALESCE(starts_at, created_at) < ? ${finalized}`)
        .pluck()
        .all(before) as string[];
    },
  };

  readonly audit = {
    append: async (row: Omit<AuditRow, 'id'>) =>
      Number(this.q.auditInsert.run({ ...row, detail: JSON.stringify(row.detail) }).lastInsertRowid),
    list: async ({ meetingId, party, action, from, to, before, limit }: AuditQuery) => {
      const where: string[] = [];
      const params: unknown[] = [];
      const filter = (clause: string, ...values: unknown[]) => {
        where.push(clause);
        params.push(...values);
      };
      if (meetingId !== undefined) filter('meeting_id = ?', meetingId);
      if (party !== undefined) filter('(actor = ? OR subject = ?)', party, party);
      if (action !== undefined) filter('action = ?', action);
      if (from !== undefined) filter('at >= ?', from);
      if (to !== undefined) filter('at < ?', to);
      if (before !== undefined) filter('id < ?', before);
      const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
      return (this.db.prepare(sql).all(...params, limit) as Row[]).map(auditFrom);
    },
    forgetGuestNames: async (meetingId: string) => void this.q.auditForgetGuests.run(meetingId),
    deleteBefore: async (at: string) => this.q.auditDeleteBefore.run(at).changes,
  };

  private hasTable(name: string): boolean {
    return !!this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
  }

  /** One server per SQLite database: nobody else to wait for. */
  exclusively<T>(_name: string, work: () => Promise<T>): Promise<T | null> {
    return work();
  }

  async purgeDeleted(): Promise<void> {
    // secure_delete has zeroed the rows in the pages; the checkpoint writes those pages over the old ones
    // in the main file, and TRUNCATE empties the write-ahead log that still held earlier versions.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  readonly invitations = {
    create: async ({ boundIdentity: _bound, boundAt: _at, ...row }: InvitationRow) => void this.q.invitationInsert.run({ ...row, loginProvider: row.loginProvider ?? null }),
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
    bind: async (id: string, identity: string, at: string) => this.q.invitationBind.run(identity, at, id).changes > 0,
  };

  private insertUpdates(meetingId: string, doc: DocName, updates: readonly Uint8Array[]): number {
    let last = 0;
    for (const u of updates) last = Number(this.q.docAppend.get(meetingId, doc, u, meetingId, doc));
    return last;
  }

  // Built once: each `db.transaction()` call makes a new wrapper with statements of its own, which on
  // the write path of every update was a measurable share of the server's CPU.
  private appendTx: ((meetingId: string, doc: DocName, updates: readonly Uint8Array[]) => number) | null = null;
  private queuedTx: ((queue: readonly QueuedAppend[]) => number[]) | null = null;

  private readonly appendMany = (meetingId: string, doc: DocName, updates: readonly Uint8Array[]) => {
    this.appendTx ??= this.db.transaction((m: string, d: DocName, u: readonly Uint8Array[]) => this.insertUpdates(m, d, u));
    return this.appendTx(meetingId, doc, updates);
  };

  /**
   * Appends asked for in one event-loop turn, from every room, written together in one transaction
   * (one commit, one WAL write; one fsync under synchronous=FULL) in the check phase of that same
   * turn, and resolved in the order they were asked for. The window is bounded: a turn, or
   * MAX_BATCHED_APPENDS appends, whichever comes first.
   */
  private queuedAppends: QueuedAppend[] = [];

  private readonly queueAppend = (meetingId: string, doc: DocName, updates: readonly Uint8Array[]) =>
    new Promise<number>((resolve, reject) => {
      this.queuedAppends.push({ meetingId, doc, updates, resolve, reject });
      if (this.queuedAppends.length >= MAX_BATCHED_APPENDS) this.writeQueued();
      else if (this.queuedAppends.length === 1) setImmediate(this.writeQueued);
    });

  private readonly writeQueued = () => {
    const queue = this.queuedAppends;
    if (!queue.length) return;
    this.queuedAppends = [];
    let seqs: number[];
    try {
      this.queuedTx ??= this.db.transaction((q: readonly QueuedAppend[]) => q.map((a) => this.insertUpdates(a.meetingId, a.doc, a.updates)));
      seqs = this.queuedTx(queue);
    } catch {
      // One bad append (say, for a meeting deleted meanwhile) must not fail the others: each on its own.
      for (const a of queue) {
        try {
          a.resolve(this.appendMany(a.meetingId, a.doc, a.updates));
        } catch (err) {
          a.reject(err);
        }
      }
      return;
    }
    queue.forEach((a, i) => a.resolve(seqs[i]!));
  };

  private readonly compactTx = (meetingId: string, doc: DocName, merged: Uint8Array, throughSeq: number) => {
    // One transaction: either the merged update replaces the old ones, or nothing changes.
    return this.db.transaction(() => {
      this.q.docDeleteThrough.run(meetingId, doc, throughSeq);
      this.q.docInsertAt.run(meetingId, doc, throughSeq, merged);
      return throughSeq;
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
    append: (meetingId: string, doc: DocName, updates: readonly Uint8Array[]) => this.queueAppend(meetingId, doc, updates),
    compact: async (meetingId: string, doc: DocName, merged: Uint8Array, throughSeq: number) =>
      this.compactTx(meetingId, doc, merged, throughSeq),
    count: async (meetingId: string, doc: DocName) => Number(this.q.docCount.get(meetingId, doc)),
  };

  /** Set by openSqliteStorage; stopped before the final checkpoint on close. */
  checkpointer: Checkpointer | null = null;

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.writeQueued();
    this.checkpointer?.stop();
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}
