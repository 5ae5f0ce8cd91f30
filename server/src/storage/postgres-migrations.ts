/**
 * Versioned schema migrations for the PostgreSQL store. Append new ones; never edit an applied one.
 * The first is the schema SQLite reached through its migrations 1–10 (migrations.ts), with the same
 * table and column names, so both stores share their row mapping (rows.ts). Times stay ISO 8601 text,
 * as in SQLite: they compare and sort as the server writes them.
 *
 * Added for several servers on one database: `doc_heads`, each document's last sequence number.
 * An append updates its document's head row, and PostgreSQL holds that row's lock until the commit,
 * so appends to one document from any server are numbered in the order they commit.
 */
export const PG_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'the schema of SQLite migrations 1–10, and document heads',
    sql: `
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        admin BOOLEAN NOT NULL DEFAULT false,
        deactivated_at TEXT
      );
      CREATE UNIQUE INDEX accounts_email ON accounts (lower(email));
      CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('named', 'anonymous', 'followup')),
        title TEXT NOT NULL,
        school TEXT,
        starts_at TEXT,
        language TEXT NOT NULL DEFAULT 'nb',
        facilitator_id TEXT NOT NULL REFERENCES accounts(id),
        created_at TEXT NOT NULL,
        ended_at TEXT,
        content_version INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX meetings_created ON meetings (facilitator_id, created_at);
      CREATE TABLE invitations (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('participant', 'observer')),
        name TEXT NOT NULL,
        service TEXT,
        presence TEXT NOT NULL DEFAULT 'remote',
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT,
        participant_id TEXT,
        login_provider TEXT,
        bound_identity TEXT,
        bound_at TEXT
      );
      CREATE INDEX invitations_meeting ON invitations (meeting_id);
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        account_id TEXT REFERENCES accounts(id) ON DELETE CASCADE,
        invitation_id TEXT REFERENCES invitations(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        provider TEXT,
        CHECK ((account_id IS NULL) <> (invitation_id IS NULL))
      );
      CREATE INDEX sessions_invitation ON sessions (invitation_id);
      CREATE INDEX sessions_account ON sessions (account_id);
      CREATE INDEX sessions_expires ON sessions (expires_at);
      CREATE TABLE doc_heads (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        doc TEXT NOT NULL CHECK (doc IN ('content', 'control')),
        last_seq BIGINT NOT NULL,
        PRIMARY KEY (meeting_id, doc)
      );
      CREATE TABLE doc_updates (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        doc TEXT NOT NULL CHECK (doc IN ('content', 'control')),
        seq BIGINT NOT NULL,
        data BYTEA NOT NULL,
        PRIMARY KEY (meeting_id, doc, seq)
      );
      CREATE TABLE audit_log (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        meeting_id TEXT,
        actor TEXT NOT NULL,
        actor_name TEXT,
        subject TEXT,
        subject_name TEXT,
        ip TEXT,
        detail TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_meeting ON audit_log (meeting_id, id);
      CREATE INDEX audit_at ON audit_log (at);
      CREATE TABLE minutes_versions (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        document TEXT NOT NULL CHECK (document IN ('minutes', 'agreement', 'child')),
        version INTEGER NOT NULL CHECK (version > 0),
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        pdf BYTEA NOT NULL,
        UNIQUE (meeting_id, document, version)
      );
      CREATE INDEX minutes_versions_meeting ON minutes_versions (meeting_id, created_at);
      CREATE TABLE minutes_recipients (
        pos BIGINT GENERATED ALWAYS AS IDENTITY,
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        removed_at TEXT
      );
      CREATE INDEX minutes_recipients_meeting ON minutes_recipients (meeting_id);
      CREATE TABLE minutes_copies (
        version_id TEXT NOT NULL REFERENCES minutes_versions(id) ON DELETE CASCADE,
        recipient_id TEXT NOT NULL REFERENCES minutes_recipients(id) ON DELETE CASCADE,
        variant TEXT NOT NULL CHECK (variant IN ('full', 'withheld', 'anonymous')),
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        pdf BYTEA NOT NULL,
        PRIMARY KEY (version_id, recipient_id)
      );
      CREATE INDEX minutes_copies_recipient ON minutes_copies (recipient_id);
      CREATE TABLE download_links (
        pos BIGINT GENERATED ALWAYS AS IDENTITY,
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        recipient_id TEXT NOT NULL REFERENCES minutes_recipients(id) ON DELETE CASCADE,
        version_id TEXT NOT NULL REFERENCES minutes_versions(id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX download_links_meeting ON download_links (meeting_id);
      CREATE INDEX download_links_recipient ON download_links (recipient_id);
      CREATE INDEX download_links_version ON download_links (version_id);
      CREATE TABLE downloads (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        link_id TEXT NOT NULL REFERENCES download_links(id) ON DELETE CASCADE,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        ip TEXT
      );
      CREATE INDEX downloads_meeting ON downloads (meeting_id, id);
      CREATE INDEX downloads_link ON downloads (link_id);
      CREATE TABLE identities (
        provider TEXT NOT NULL,
        subject TEXT NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        by_admin BOOLEAN NOT NULL DEFAULT false,
        PRIMARY KEY (provider, subject)
      );
      CREATE INDEX identities_account ON identities (account_id);
      CREATE TABLE account_links (
        token_hash TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL CHECK (purpose IN ('password', 'identity')),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX account_links_account ON account_links (account_id);
    `,
  },
  {
    version: 2,
    name: 'attempts counted for rate limits, on every server',
    // The key is a hash (an email or an address is never stored here); rows live one window.
    sql: `
      CREATE TABLE rate_hits (
        scope TEXT NOT NULL,
        key_hash TEXT NOT NULL,
        at BIGINT NOT NULL
      );
      CREATE INDEX rate_hits_key ON rate_hits (scope, key_hash, at);
      CREATE INDEX rate_hits_at ON rate_hits (at);
    `,
  },
  {
    version: 3,
    name: 'the servers sharing the database, and the sockets each holds (connection limits for the deployment)',
    // A running server holds an advisory lock on its `lock_key` on a connection of its own, which
    // PostgreSQL lets go the moment that server's connection ends (killed, say): its slots stop
    // counting at once, and its row (with its slots) is removed by the next server that renews.
    sql: `
      CREATE TABLE servers (
        id TEXT PRIMARY KEY,
        lock_key BIGINT NOT NULL UNIQUE,
        seen_at BIGINT NOT NULL
      );
      CREATE TABLE socket_slots (
        id TEXT PRIMARY KEY,
        server_id TEXT NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
        meeting_id TEXT NOT NULL,
        person TEXT NOT NULL,
        address TEXT NOT NULL,
        facilitator BOOLEAN NOT NULL
      );
      CREATE INDEX socket_slots_meeting ON socket_slots (meeting_id);
      CREATE INDEX socket_slots_address ON socket_slots (address);
      CREATE INDEX socket_slots_server ON socket_slots (server_id);
    `,
  },
];
