/**
 * PostgreSQL as the store (`DATABASE_URL=postgres://…`), for several servers sharing one database.
 * Same interface and contract as SQLite (sqlite.ts); the differences are where several writers meet:
 *
 * - Appends are gathered while the previous batch commits and written in one transaction for all of
 *   this server's rooms. Each document's sequence numbers come from its head row (`doc_heads`), whose
 *   lock PostgreSQL holds until the commit: appends to one document from any server are numbered in
 *   the order they commit, without gaps. Heads are locked in one order (meeting, document) by every
 *   server, so two batches never wait on each other in a circle.
 * - A compaction holds a transaction-level advisory lock on its document: one server at a time.
 * - Deleting a meeting takes its documents' compaction locks, then their heads, before the meeting
 *   row: appends and compactions check the meeting only after taking theirs, so a delete waits for
 *   them (or they for it) instead of both waiting on each other.
 * - Migrations run under a session-level advisory lock: servers starting together apply each once.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { DOC_NAMES, type DocName } from '@naervaer/shared/protocol';
import { postgresMinutesStore } from './postgres-minutes';
import { PG_MIGRATIONS } from './postgres-migrations';
import { type Row, accountFrom, accountLinkFrom, asBuffer, auditFrom, identityFrom, invitationFrom, meetingFrom, sessionFrom } from './rows';
import { type AccountLinkRow, type AccountRow, type AuditQuery, type AuditRow, FEED_PAYLOAD_BYTES, type Feed, type IdentityRow, type InvitationRow, MAX_BATCHED_APPENDS, type MeetingRow, type MinutesStore, type QueuedAppend, type SessionRow, type SharedRateCounts, type SlotCounts, type SocketSlot, type SocketSlots, type Storage, type StoredDoc } from './storage';

export type PostgresOptions = {
  url: string;
  /** The key (IDENTITY_HASH_KEY, the same on every server) of the keyed hash under which rate limits' keys (emails, addresses) are stored. */
  hashKey: string;
  /** Connections this server keeps at most (default 10). */
  poolSize?: number;
};

/** The advisory lock key the migrations run under (any constant of our own). */
const MIGRATION_LOCK = 7_311_420_001;

/** The channel every append is announced on (meeting, document, last sequence number). */
const DOC_CHANNEL = 'naervaer_docs';
/** What an append announces: the server, the document, its last number, and the batch's rows for it (base64) when they fit. */
type DocNotice = [server: string, meetingId: string, doc: DocName, lastSeq: number, rows?: string[]];

/** The channel of the servers' own signals (Feed.publish). */
const SIGNAL_CHANNEL = 'naervaer_signals';

/** How long a lost LISTEN connection waits before it tries again (doubling up to the second value). */
const LISTEN_RETRY_MS = [250, 5000] as const;

/** How often a server renews its row in `servers` and removes those of servers gone (their lock let go for this long). */
const SERVER_RENEW_MS = 5000;
const SERVER_GONE_MS = 30_000;

/** Whether the server of row `v` holds its lock: its connection to PostgreSQL is open. */
const SERVER_ALIVE = `EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND ((l.classid::bigint << 32) | l.objid::bigint) = v.lock_key)`;


/** The transaction-level advisory lock a document's compaction holds ($1 the meeting, $2 the document). */
const COMPACTION_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended($1 || '/' || $2, 0))";

/** Connects, brings the schema up to date and answers the store; throws with the reason when it cannot. */
export async function openPostgresStorage(options: PostgresOptions): Promise<PostgresStorage> {
  // Loaded here, not at the top: a server on SQLite never loads the driver.
  const { default: driver } = await import('pg');
  const pool = new driver.Pool({ connectionString: options.url, max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle connection that fails (the server restarted) is dropped from the pool; without a listener it would crash the process.
  pool.on('error', () => {});
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end();
    throw err;
  }
  // Keepalive on the long-lived connections (LISTEN, the lifeline): one that dies without a reset is noticed.
  const storage = new PostgresStorage(pool, () => new driver.Client({ connectionString: options.url, keepAlive: true, keepAliveInitialDelayMillis: 10_000 }), options.hashKey);
  await storage.holdLifeline();
  await storage.renew();
  return storage;
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  client.on('error', () => {});
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const m of PG_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

export class PostgresStorage implements Storage {
  readonly minutes: MinutesStore;

  constructor(
    readonly pool: pg.Pool,
    /** A connection of its own, outside the pool, for LISTEN. */
    private readonly newClient: () => pg.Client,
    private readonly hashKey: string,
  ) {
    this.minutes = postgresMinutesStore(this);
  }

  /** Rows of one statement. */
  async rows(text: string, values: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(text, values)).rows as Row[];
  }

  async one(text: string, values: unknown[] = []): Promise<Row | null> {
    return (await this.rows(text, values))[0] ?? null;
  }

  /** How many rows a statement changed. */
  async run(text: string, values: unknown[] = []): Promise<number> {
    return (await this.pool.query(text, values)).rowCount ?? 0;
  }

  /**
   * A connection of the pool for a while. A connection that breaks while checked out emits an error
   * event, which with no listener would end the process: the query in progress fails instead.
   */
  private async checkout(): Promise<pg.PoolClient & { done(): void }> {
    const client = await this.pool.connect();
    const ignore = () => {};
    client.on('error', ignore);
    return Object.assign(client, {
      done: () => {
        client.off('error', ignore);
        client.release();
      },
    });
  }

  /** Runs `work` in one transaction on one connection. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.checkout();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.done();
    }
  }

  readonly accounts = {
    count: async () => Number((await this.one('SELECT COUNT(*) AS n FROM accounts'))!.n),
    create: async (row: AccountRow) =>
      void (await this.run('INSERT INTO accounts (id, email, name, password_hash, created_at, admin) VALUES ($1, $2, $3, $4, $5, $6)', [
        row.id, row.email, row.name, row.passwordHash, row.createdAt, row.admin ?? false,
      ])),
    findByEmail: async (email: string) => {
      const r = await this.one('SELECT * FROM accounts WHERE lower(email) = lower($1)', [email]);
      return r ? accountFrom(r) : null;
    },
    find: async (id: string) => {
      const r = await this.one('SELECT * FROM accounts WHERE id = $1', [id]);
      return r ? accountFrom(r) : null;
    },
    list: async () => (await this.rows('SELECT * FROM accounts ORDER BY lower(name), email')).map(accountFrom),
    setDeactivated: async (id: string, at: string | null) => void (await this.run('UPDATE accounts SET deactivated_at = $1 WHERE id = $2', [at, id])),
    setPasswordHash: async (id: string, passwordHash: string) => void (await this.run('UPDATE accounts SET password_hash = $1 WHERE id = $2', [passwordHash, id])),
  };

  readonly identities = {
    find: async (provider: string, subject: string): Promise<IdentityRow | null> => {
      const r = await this.one('SELECT * FROM identities WHERE provider = $1 AND subject = $2', [provider, subject]);
      return r ? identityFrom(r) : null;
    },
    link: async (row: IdentityRow) =>
      void (await this.run('INSERT INTO identities (provider, subject, account_id, created_at, by_admin) VALUES ($1, $2, $3, $4, $5)', [
        row.provider, row.subject, row.accountId, row.createdAt, row.byAdmin ?? false,
      ])),
    listForAccount: async (accountId: string) => (await this.rows('SELECT * FROM identities WHERE account_id = $1 ORDER BY provider, created_at', [accountId])).map(identityFrom),
    unlink: async (accountId: string, provider: string, subject: string) =>
      (await this.run('DELETE FROM identities WHERE account_id = $1 AND provider = $2 AND subject = $3', [accountId, provider, subject])) > 0,
  };

  readonly accountLinks = {
    create: async (row: AccountLinkRow) =>
      this.transaction(async (c) => {
        await c.query('DELETE FROM account_links WHERE account_id = $1 AND purpose = $2', [row.accountId, row.purpose]);
        await c.query('INSERT INTO account_links (token_hash, account_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
          row.tokenHash, row.accountId, row.purpose, row.createdAt, row.expiresAt,
        ]);
      }),
    // One statement: two requests with the same link cannot both take it.
    take: async (tokenHash: string, now: string) => {
      const r = await this.one('DELETE FROM account_links WHERE token_hash = $1 AND expires_at > $2 RETURNING *', [tokenHash, now]);
      return r ? accountLinkFrom(r) : null;
    },
    find: async (tokenHash: string, now: string) => {
      const r = await this.one('SELECT * FROM account_links WHERE token_hash = $1 AND expires_at > $2', [tokenHash, now]);
      return r ? accountLinkFrom(r) : null;
    },
  };

  readonly sessions = {
    create: async (row: SessionRow) =>
      void (await this.run('INSERT INTO sessions (token_hash, account_id, invitation_id, created_at, last_seen_at, expires_at, provider) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        row.tokenHash, row.accountId, row.invitationId, row.createdAt, row.lastSeenAt, row.expiresAt, row.provider ?? null,
      ])),
    find: async (tokenHash: string) => {
      const r = await this.one('SELECT * FROM sessions WHERE token_hash = $1', [tokenHash]);
      return r ? sessionFrom(r) : null;
    },
    touch: async (tokenHash: string, at: string) => void (await this.run('UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2', [at, tokenHash])),
    delete: async (tokenHash: string) => void (await this.run('DELETE FROM sessions WHERE token_hash = $1', [tokenHash])),
    deleteForInvitation: async (id: string) => void (await this.run('DELETE FROM sessions WHERE invitation_id = $1', [id])),
    deleteForAccount: async (accountId: string, provider?: string) =>
      (provider === undefined
        ? await this.rows('DELETE FROM sessions WHERE account_id = $1 RETURNING token_hash', [accountId])
        : await this.rows('DELETE FROM sessions WHERE account_id = $1 AND provider = $2 RETURNING token_hash', [accountId, provider])
      ).map((r) => String(r.token_hash)),
    deleteExpired: async (now: string) => this.run('DELETE FROM sessions WHERE expires_at <= $1', [now]),
  };

  readonly meetings = {
    create: async (row: MeetingRow) =>
      void (await this.run('INSERT INTO meetings (id, kind, title, school, starts_at, language, facilitator_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
        row.id, row.kind, row.title, row.school, row.startsAt, row.language, row.facilitatorId, row.createdAt,
      ])),
    find: async (id: string) => {
      const r = await this.one('SELECT * FROM meetings WHERE id = $1', [id]);
      return r ? meetingFrom(r) : null;
    },
    listForFacilitator: async (accountId: string) =>
      (await this.rows('SELECT * FROM meetings WHERE facilitator_id = $1 ORDER BY COALESCE(starts_at, created_at) DESC', [accountId])).map(meetingFrom),
    createdSince: async (facilitatorId: string, since: string) =>
      (await this.rows('SELECT created_at FROM meetings WHERE facilitator_id = $1 AND created_at >= $2 ORDER BY created_at', [facilitatorId, since])).map((r) => String(r.created_at)),
    delete: async (id: string) =>
      this.transaction(async (c) => {
        // The locks an append or a compaction holds when it checks the meeting, in the order they take them (see the top).
        for (const doc of [...DOC_NAMES].sort()) await c.query(COMPACTION_LOCK, [id, doc]);
        await c.query('SELECT 1 FROM doc_heads WHERE meeting_id = $1 ORDER BY doc FOR UPDATE', [id]);
        return ((await c.query('DELETE FROM meetings WHERE id = $1', [id])).rowCount ?? 0) > 0;
      }),
    setEnded: async (id: string, at: string | null) => void (await this.run('UPDATE meetings SET ended_at = $1 WHERE id = $2', [at, id])),
    contentVersion: async (id: string) => {
      const r = await this.one('SELECT content_version FROM meetings WHERE id = $1', [id]);
      return r ? Number(r.content_version) : null;
    },
    setContentVersion: async (id: string, version: number) => void (await this.run('UPDATE meetings SET content_version = $1 WHERE id = $2', [version, id])),
    finalizedBefore: async (before: string) =>
      (await this.rows('SELECT meeting_id FROM minutes_versions GROUP BY meeting_id HAVING MAX(created_at) < $1', [before])).map((r) => String(r.meeting_id)),
    anonymousStartedBefore: async (before: string) =>
      (await this.rows("SELECT id FROM meetings WHERE kind = 'anonymous' AND COALESCE(starts_at, created_at) < $1", [before])).map((r) => String(r.id)),
    unfinalizedStartedBefore: async (before: string) =>
      (
        await this.rows(
          "SELECT id FROM meetings WHERE kind <> 'anonymous' AND COALESCE(starts_at, created_at) < $1 AND NOT EXISTS (SELECT 1 FROM minutes_versions v WHERE v.meeting_id = meetings.id)",
          [before],
        )
      ).map((r) => String(r.id)),
  };

  readonly invitations = {
    create: async (row: InvitationRow) =>
      void (await this.run(
        'INSERT INTO invitations (id, meeting_id, token_hash, role, name, service, presence, participant_id, created_at, expires_at, revoked_at, login_provider) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)',
        [row.id, row.meetingId, row.tokenHash, row.role, row.name, row.service, row.presence, row.participantId, row.createdAt, row.expiresAt, row.revokedAt, row.loginProvider ?? null],
      )),
    find: async (id: string) => {
      const r = await this.one('SELECT * FROM invitations WHERE id = $1', [id]);
      return r ? invitationFrom(r) : null;
    },
    findByTokenHash: async (hash: string) => {
      const r = await this.one('SELECT * FROM invitations WHERE token_hash = $1', [hash]);
      return r ? invitationFrom(r) : null;
    },
    listForMeeting: async (meetingId: string) => (await this.rows('SELECT * FROM invitations WHERE meeting_id = $1 ORDER BY created_at, id', [meetingId])).map(invitationFrom),
    revoke: async (id: string, at: string) => void (await this.run('UPDATE invitations SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id])),
    bind: async (id: string, identity: string, at: string) =>
      (await this.run('UPDATE invitations SET bound_identity = $1, bound_at = $2 WHERE id = $3 AND bound_identity IS NULL', [identity, at, id])) > 0,
  };

  readonly audit = {
    append: async (row: Omit<AuditRow, 'id'>) =>
      Number(
        (await this.one('INSERT INTO audit_log (at, action, meeting_id, actor, actor_name, subject, subject_name, ip, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id', [
          row.at, row.action, row.meetingId, row.actor, row.actorName, row.subject, row.subjectName, row.ip, JSON.stringify(row.detail),
        ]))!.id,
      ),
    list: async ({ meetingId, party, action, from, to, before, limit }: AuditQuery) => {
      const where: string[] = [];
      const values: unknown[] = [];
      const param = (value: unknown) => `$${values.push(value)}`;
      if (meetingId !== undefined) where.push(`meeting_id = ${param(meetingId)}`);
      if (party !== undefined) where.push(`(actor = ${param(party)} OR subject = ${param(party)})`);
      if (action !== undefined) where.push(`action = ${param(action)}`);
      if (from !== undefined) where.push(`at >= ${param(from)}`);
      if (to !== undefined) where.push(`at < ${param(to)}`);
      if (before !== undefined) where.push(`id < ${param(before)}`);
      const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ${param(limit)}`;
      return (await this.rows(sql, values)).map(auditFrom);
    },
    forgetGuestNames: async (meetingId: string) =>
      void (await this.run(
        "UPDATE audit_log SET actor_name = CASE WHEN actor LIKE 'invitation:%' THEN NULL ELSE actor_name END, subject_name = CASE WHEN subject LIKE 'invitation:%' THEN NULL ELSE subject_name END WHERE meeting_id = $1",
        [meetingId],
      )),
    deleteBefore: async (at: string) => this.run('DELETE FROM audit_log WHERE at < $1', [at]),
  };

  // ── Documents ──

  private queued: QueuedAppend[] = [];
  private draining = false;

  /** Writes what was queued, one batch at a time, until nothing is left; batches resolve in order. */
  private readonly drain = async () => {
    while (this.queued.length) {
      const batch = this.queued.splice(0, MAX_BATCHED_APPENDS);
      try {
        const seqs = await this.writeBatch(batch);
        batch.forEach((a, i) => a.resolve(seqs[i]!));
      } catch {
        // One bad append (say, for a meeting deleted meanwhile) must not fail the others: each on its own.
        for (const a of batch) {
          try {
            a.resolve((await this.writeBatch([a]))[0]!);
          } catch (err) {
            a.reject(err);
          }
        }
      }
    }
    this.draining = false;
  };

  /**
   * Numbers and stores a batch of appends in one statement (one round trip, one implicit transaction);
   * answers each append's last sequence number. In it: each document's head is moved on by its count
   * (in one order: meeting, document), the rows are stored at the numbers that frees, and the append
   * is announced (pg_notify, delivered at commit in commit order) with this server, the document, its
   * last number and, when the notice fits, the batch's rows for it (a keystroke is a few dozen bytes),
   * so the other servers need not read them back.
   */
  private async writeBatch(batch: readonly QueuedAppend[]): Promise<number[]> {
    const key = (a: { meetingId: string; doc: string }) => `${a.meetingId}\u0000${a.doc}`;
    const counted = new Map<string, number>();
    const meetingIds: string[] = [];
    const docs: string[] = [];
    const nths: number[] = [];
    const data: Buffer[] = [];
    // Each append's last update, as its position among its document's updates in this batch.
    const lastNth = batch.map((a) => {
      for (const u of a.updates) {
        const nth = (counted.get(key(a)) ?? 0) + 1;
        counted.set(key(a), nth);
        meetingIds.push(a.meetingId);
        docs.push(a.doc);
        nths.push(nth);
        data.push(asBuffer(u));
      }
      return counted.get(key(a)) ?? 0;
    });
    const { rows } = await this.pool.query<{ meeting_id: string; doc: string; last_seq: string; n: string }>({
      name: 'doc-append',
      text: `WITH input AS (
               SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::bytea[]) AS u(meeting_id, doc, nth, data)
             ), counts AS (
               SELECT meeting_id, doc, count(*)::bigint AS n FROM input GROUP BY meeting_id, doc
             ), heads AS (
               INSERT INTO doc_heads (meeting_id, doc, last_seq)
               SELECT meeting_id, doc, n FROM counts ORDER BY meeting_id, doc
               ON CONFLICT (meeting_id, doc) DO UPDATE SET last_seq = doc_heads.last_seq + EXCLUDED.last_seq
               RETURNING meeting_id, doc, last_seq
             ), stored AS (
               INSERT INTO doc_updates (meeting_id, doc, seq, data)
               SELECT i.meeting_id, i.doc, h.last_seq - c.n + i.nth, i.data
               FROM input i JOIN heads h USING (meeting_id, doc) JOIN counts c USING (meeting_id, doc)
             ), notices AS (
               SELECT h.meeting_id, h.doc,
                      json_build_array($5::text, h.meeting_id, h.doc, h.last_seq)::text AS brief,
                      json_build_array($5::text, h.meeting_id, h.doc, h.last_seq,
                        (SELECT json_agg(translate(encode(i.data, 'base64'), chr(10), '') ORDER BY i.nth) FROM input i WHERE i.meeting_id = h.meeting_id AND i.doc = h.doc))::text AS whole
               FROM heads h
             ), sent AS (
               SELECT pg_notify('${DOC_CHANNEL}', CASE WHEN octet_length(whole) <= ${FEED_PAYLOAD_BYTES} THEN whole ELSE brief END) FROM notices
             )
             SELECT h.meeting_id, h.doc, h.last_seq, c.n, (SELECT count(*) FROM sent) AS notified
             FROM heads h JOIN counts c USING (meeting_id, doc)`,
      values: [meetingIds, docs, nths, data, this.serverId],
    });
    const firstSeq = new Map(rows.map((r) => [key({ meetingId: r.meeting_id, doc: r.doc }), Number(r.last_seq) - Number(r.n)]));
    return batch.map((a, i) => firstSeq.get(key(a))! + lastNth[i]!);
  }

  readonly docs = {
    load: async (meetingId: string, doc: DocName): Promise<StoredDoc> => {
      const { rows } = await this.pool.query<{ seq: string; data: Buffer }>({
        name: 'doc-load',
        text: 'SELECT seq, data FROM doc_updates WHERE meeting_id = $1 AND doc = $2 ORDER BY seq',
        values: [meetingId, doc],
      });
      return {
        updates: rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
        lastSeq: rows.length ? Number(rows[rows.length - 1]!.seq) : 0,
      };
    },
    append: (meetingId: string, doc: DocName, updates: readonly Uint8Array[]) =>
      new Promise<number>((resolve, reject) => {
        this.queued.push({ meetingId, doc, updates, resolve, reject });
        if (this.draining) return;
        this.draining = true;
        // Everything asked for in this turn goes into the first batch.
        setImmediate(() => void this.drain());
      }),
    compact: async (meetingId: string, doc: DocName, merged: Uint8Array, throughSeq: number) =>
      this.transaction(async (c) => {
        await c.query(COMPACTION_LOCK, [meetingId, doc]);
        await c.query('DELETE FROM doc_updates WHERE meeting_id = $1 AND doc = $2 AND seq <= $3', [meetingId, doc, throughSeq]);
        await c.query('INSERT INTO doc_updates (meeting_id, doc, seq, data) VALUES ($1, $2, $3, $4)', [meetingId, doc, throughSeq, asBuffer(merged)]);
        return throughSeq;
      }),
    count: async (meetingId: string, doc: DocName) => Number((await this.one('SELECT COUNT(*) AS n FROM doc_updates WHERE meeting_id = $1 AND doc = $2', [meetingId, doc]))!.n),
  };

  readonly feed: Feed = {
    since: async (meetingId: string, doc: DocName, afterSeq: number) => {
      const { rows } = await this.pool.query<{ seq: string; data: Buffer }>({
        name: 'doc-since',
        text: 'SELECT seq, data FROM doc_updates WHERE meeting_id = $1 AND doc = $2 AND seq > $3 ORDER BY seq',
        values: [meetingId, doc, afterSeq],
      });
      return rows.map((r) => ({ seq: Number(r.seq), update: new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength) }));
    },
    publish: async (payload: string) => {
      if (Buffer.byteLength(payload) > FEED_PAYLOAD_BYTES) throw new Error(`a published payload holds at most ${FEED_PAYLOAD_BYTES} bytes`);
      await this.pool.query('SELECT pg_notify($1, $2)', [SIGNAL_CHANNEL, payload]);
    },
    listen: (handlers) => this.listen(handlers),
  };

  /**
   * LISTENs on a connection of its own and keeps doing so: a lost connection is opened again (with a
   * growing pause), and `resumed` tells the rooms to read what they may have missed meanwhile.
   */
  private async listen({ changed, published, resumed }: Parameters<Feed['listen']>[0]): Promise<() => Promise<void>> {
    let client: pg.Client | null = null;
    let stopped = false;
    let retryMs: number = LISTEN_RETRY_MS[0];
    const onNotice = (msg: pg.Notification) => {
      if (!msg.payload) return;
      if (msg.channel === SIGNAL_CHANNEL) return published(msg.payload);
      if (msg.channel !== DOC_CHANNEL) return;
      try {
        const [server, meetingId, doc, seq, rows] = JSON.parse(msg.payload) as DocNotice;
        // This server's own appends: its rooms know them already.
        if (server === this.serverId) return;
        const first = seq - (rows?.length ?? 0) + 1;
        changed(meetingId, doc, seq, rows?.map((b64, i) => ({ seq: first + i, update: new Uint8Array(Buffer.from(b64, 'base64')) })));
      } catch {
        // Not ours: ignored.
      }
    };
    const connect = async (): Promise<void> => {
      const c = this.newClient();
      c.on('notification', onNotice);
      c.on('error', () => {});
      c.on('end', () => {
        if (stopped || client !== c) return;
        client = null;
        setTimeout(() => void reconnect(), retryMs).unref();
        retryMs = Math.min(retryMs * 2, LISTEN_RETRY_MS[1]);
      });
      try {
        await c.connect();
        await c.query(`LISTEN ${DOC_CHANNEL}; LISTEN ${SIGNAL_CHANNEL}`);
      } catch (err) {
        await c.end().catch(() => {});
        throw err;
      }
      client = c;
      retryMs = LISTEN_RETRY_MS[0];
    };
    const reconnect = async () => {
      if (stopped) return;
      try {
        await connect();
        resumed();
      } catch {
        setTimeout(() => void reconnect(), retryMs).unref();
        retryMs = Math.min(retryMs * 2, LISTEN_RETRY_MS[1]);
      }
    };
    await connect();
    this.listeners.add(() => client);
    return async () => {
      stopped = true;
      await client?.end().catch(() => {});
    };
  }

  /** The open LISTEN connections (tests end them to check the catch-up). */
  readonly listeners = new Set<() => pg.Client | null>();

  /** This server among those sharing the database (socket slots are held in its name). */
  readonly serverId = randomUUID();
  /** The advisory lock this server holds while it runs (48 random bits: a safe integer). */
  private readonly lockKey = randomBytes(6).readUIntBE(0, 6);
  private lifeline: pg.Client | null = null;
  private renewTimer: NodeJS.Timeout | null = null;

  /**
   * Holds this server's lock on a connection of its own, and takes it again if that connection drops
   * (PostgreSQL restarted): while the lock is held, the server's sockets count against the limits.
   */
  async holdLifeline(): Promise<void> {
    const c = this.newClient();
    c.on('error', () => {});
    c.on('end', () => {
      if (this.lifeline !== c || this.pool.ended) return;
      this.lifeline = null;
      const retry = () => void this.holdLifeline().catch(() => setTimeout(retry, 1000).unref());
      setTimeout(retry, 250).unref();
    });
    try {
      await c.connect();
      await c.query('SELECT pg_advisory_lock($1)', [this.lockKey]);
    } catch (err) {
      await c.end().catch(() => {});
      throw err;
    }
    this.lifeline = c;
  }

  /** The slots this server's sockets hold, by id: what its rows in `socket_slots` should be. */
  private readonly held = new Map<string, SocketSlot>();
  /** Whether this server's row was removed (and its slots with it) and the held slots are not written again yet. */
  private heldUnwritten = false;

  /**
   * Says this server is here, removes the rows (and slots) of servers gone for SERVER_GONE_MS, and
   * does so again in a while. A server cut off from the database for that long finds its own row
   * removed by another: it then writes its sockets' slots again, so they count once more.
   */
  async renew(): Promise<void> {
    const now = Date.now();
    try {
      const { rows } = await this.pool.query<{ fresh: boolean }>(
        'INSERT INTO servers (id, lock_key, seen_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET seen_at = EXCLUDED.seen_at RETURNING (xmax = 0) AS fresh',
        [this.serverId, this.lockKey, now],
      );
      // Written again until that succeeds: a failure right after an outage must not leave them uncounted.
      if (rows[0]?.fresh) this.heldUnwritten = true;
      if (this.heldUnwritten) {
        await this.writeHeld();
        this.heldUnwritten = false;
      }
      await this.run(`DELETE FROM servers v WHERE v.seen_at < $1 AND NOT ${SERVER_ALIVE}`, [now - SERVER_GONE_MS]);
    } finally {
      if (!this.pool.ended) {
        this.renewTimer = setTimeout(() => void this.renew().catch(() => {}), SERVER_RENEW_MS);
        this.renewTimer.unref();
      }
    }
  }

  /** Writes the slots this server holds, and removes its rows of slots given back meanwhile. */
  private async writeHeld(): Promise<void> {
    const slots = [...this.held];
    if (!slots.length) return;
    await this.run(
      `INSERT INTO socket_slots (id, server_id, meeting_id, person, address, facilitator)
       SELECT id, $1, meeting_id, person, address, facilitator FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bool[]) AS s(id, meeting_id, person, address, facilitator)
       ON CONFLICT (id) DO NOTHING`,
      [this.serverId, slots.map(([id]) => id), slots.map(([, s]) => s.meetingId), slots.map(([, s]) => s.person), slots.map(([, s]) => s.address), slots.map(([, s]) => s.facilitator)],
    );
    // A slot given back while they were written (its DELETE may have come first) must not stay.
    const gone = slots.map(([id]) => id).filter((id) => !this.held.has(id));
    if (gone.length) await this.run('DELETE FROM socket_slots WHERE id = ANY($1::text[])', [gone]);
  }

  readonly socketSlots: SocketSlots = {
    take: async (slot, refuse) => {
      const id = randomUUID();
      try {
        const taken = await this.takeSlot(id, slot, refuse);
        if ('reason' in taken) this.held.delete(id);
        return taken;
      } catch (err) {
        this.held.delete(id);
        throw err;
      }
    },
    release: async (id) => {
      this.held.delete(id);
      await this.run('DELETE FROM socket_slots WHERE id = $1', [id]);
    },
  };

  private takeSlot(id: string, slot: SocketSlot, refuse: (counts: SlotCounts) => string | null): Promise<{ id: string } | { reason: string }> {
    return this.transaction(async (c) => {
      // A reconnection storm must not hold the pool's connections waiting: past this, the socket is refused (4504) and tries again.
      await c.query("SET LOCAL lock_timeout = '3s'");
      // Every server counts a meeting's and an address's sockets one at a time (meeting first, then address: no cycle).
      await c.query("SELECT pg_advisory_xact_lock(hashtextextended('slots-meeting:' || $1, 0))", [slot.meetingId]);
      await c.query("SELECT pg_advisory_xact_lock(hashtextextended('slots-address:' || $1, 0))", [slot.address]);
      const { rows } = await c.query<{ person: string; meeting: string; address: string }>(
        `SELECT count(*) FILTER (WHERE s.meeting_id = $1 AND s.person = $3) AS person,
                count(*) FILTER (WHERE s.meeting_id = $1 AND NOT s.facilitator) AS meeting,
                count(*) FILTER (WHERE s.address = $2 AND NOT s.facilitator) AS address
         FROM socket_slots s JOIN servers v ON v.id = s.server_id
         WHERE (s.meeting_id = $1 OR s.address = $2) AND ${SERVER_ALIVE}`,
        [slot.meetingId, slot.address, slot.person],
      );
      const reason = refuse({ person: Number(rows[0]!.person), meeting: Number(rows[0]!.meeting), address: Number(rows[0]!.address) });
      if (reason) return { reason };
      // Held from before its row is written, so that a rewrite of the held slots (renew) includes it.
      this.held.set(id, slot);
      await c.query('INSERT INTO socket_slots (id, server_id, meeting_id, person, address, facilitator) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING', [
        id, this.serverId, slot.meetingId, slot.person, slot.address, slot.facilitator,
      ]);
      return { id };
    });
  }

  /** A rate limit's key (an email, an address) as stored: a keyed hash, under a key that is not in the database. */
  private keyHash(key: string): string {
    return createHmac('sha256', this.hashKey).update(key).digest('base64url');
  }

  readonly rateCounts: SharedRateCounts = {
    take: (scope, key, at, windowMs, max) =>
      this.transaction(async (c) => {
        const hash = this.keyHash(key);
        // One attempt of a key at a time, from every server: the count and the insert below are one step.
        await c.query("SELECT pg_advisory_xact_lock(hashtextextended('rate:' || $1 || '/' || $2, 0))", [scope, hash]);
        await c.query('DELETE FROM rate_hits WHERE scope = $1 AND key_hash = $2 AND at <= $3', [scope, hash, at - windowMs]);
        const { rows } = await c.query<{ at: string }>('SELECT at FROM rate_hits WHERE scope = $1 AND key_hash = $2 ORDER BY at DESC LIMIT $3', [scope, hash, max]);
        if (rows.length >= max) return Math.max(1, Number(rows[max - 1]!.at) + windowMs - at);
        await c.query('INSERT INTO rate_hits (scope, key_hash, at) VALUES ($1, $2, $3)', [scope, hash, at]);
        return 0;
      }).finally(() => {
        // Now and then, every key's attempts out of the window too: the retention sweep does it as well,
        // but it may be switched off (RETENTION_SWEEP_MINUTES=0).
        if (Math.random() < 0.02) void this.rateCounts.forget(at - windowMs).catch(() => {});
      }),
    reset: async (scope, key) => void (await this.run('DELETE FROM rate_hits WHERE scope = $1 AND key_hash = $2', [scope, this.keyHash(key)])),
    forget: async (before) => this.run('DELETE FROM rate_hits WHERE at <= $1', [before]),
  };

  /** A session-level advisory lock named by `name`, tried, not waited for: the server that holds it does the work. */
  async exclusively<T>(name: string, work: () => Promise<T>): Promise<T | null> {
    const client = await this.checkout();
    try {
      const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtextextended('naervaer:' || $1, 0)) AS locked", [name]);
      if (!rows[0]?.locked) return null;
      try {
        return await work();
      } finally {
        await client.query("SELECT pg_advisory_unlock(hashtextextended('naervaer:' || $1, 0))", [name]);
      }
    } finally {
      client.done();
    }
  }

  /**
   * Deleted rows stay in the tables' files as dead row versions until VACUUM removes them, and in
   * PostgreSQL's WAL and any backup until those are recycled (README, More than one server). This
   * removes them from the tables that deletions touch; the space is reused, not overwritten at once.
   */
  async purgeDeleted(): Promise<void> {
    await this.pool.query(
      'VACUUM (SKIP_LOCKED) doc_updates, doc_heads, meetings, invitations, sessions, identities, account_links, audit_log, minutes_versions, minutes_recipients, minutes_copies, download_links, downloads',
    );
  }

  async close(): Promise<void> {
    if (this.pool.ended) return;
    while (this.draining || this.queued.length) await new Promise((r) => setImmediate(r));
    if (this.renewTimer) clearTimeout(this.renewTimer);
    // Its sockets are closed: their slots go with its row.
    await this.run('DELETE FROM servers WHERE id = $1', [this.serverId]).catch(() => {});
    const lifeline = this.lifeline;
    this.lifeline = null;
    await lifeline?.end().catch(() => {});
    await this.pool.end();
  }
}
