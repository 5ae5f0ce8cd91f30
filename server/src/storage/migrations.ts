/** Versioned schema migrations for the SQLite store. Append new ones; never edit an applied one. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'accounts, sessions, meetings, invitations, documents',
    sql: `
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('named', 'anonymous', 'followup')),
        title TEXT NOT NULL,
        school TEXT,
        starts_at TEXT,
        language TEXT NOT NULL DEFAULT 'nb',
        facilitator_id TEXT NOT NULL REFERENCES accounts(id),
        created_at TEXT NOT NULL
      );
      CREATE INDEX meetings_facilitator ON meetings(facilitator_id);
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
        revoked_at TEXT
      );
      CREATE INDEX invitations_meeting ON invitations(meeting_id);
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        account_id TEXT REFERENCES accounts(id) ON DELETE CASCADE,
        invitation_id TEXT REFERENCES invitations(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        CHECK ((account_id IS NULL) <> (invitation_id IS NULL))
      );
      CREATE INDEX sessions_invitation ON sessions(invitation_id);
      CREATE TABLE doc_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        doc TEXT NOT NULL CHECK (doc IN ('content', 'control')),
        data BLOB NOT NULL
      );
      CREATE INDEX doc_updates_doc ON doc_updates(meeting_id, doc, seq);
    `,
  },
  {
    version: 2,
    name: 'admin flag, audit log, indexes for limits and retention',
    sql: `
      ALTER TABLE accounts ADD COLUMN admin INTEGER NOT NULL DEFAULT 0;
      -- The first account set up administers the installation.
      UPDATE accounts SET admin = 1 WHERE id = (SELECT id FROM accounts ORDER BY created_at, rowid LIMIT 1);
      CREATE INDEX meetings_created ON meetings(facilitator_id, created_at);
      CREATE INDEX sessions_account ON sessions(account_id);
      -- No foreign key to meetings: the log keeps that a meeting existed and was deleted.
      -- It holds ids, names of the people who acted and content-free details; never meeting content.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
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
      CREATE INDEX audit_meeting ON audit_log(meeting_id, id);
      CREATE INDEX audit_at ON audit_log(at);
    `,
  },
  {
    version: 3,
    name: 'minutes: frozen versions, recipients, their copies, download links and downloads',
    sql: `
      -- A finalized document: frozen bytes, their SHA-256, and the content snapshot it was built from.
      CREATE TABLE minutes_versions (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        document TEXT NOT NULL CHECK (document IN ('minutes', 'agreement', 'child')),
        version INTEGER NOT NULL CHECK (version > 0),
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        pdf BLOB NOT NULL,
        UNIQUE (meeting_id, document, version)
      );
      CREATE INDEX minutes_versions_meeting ON minutes_versions(meeting_id, created_at);
      CREATE TABLE minutes_recipients (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        removed_at TEXT
      );
      CREATE INDEX minutes_recipients_meeting ON minutes_recipients(meeting_id);
      -- A recipient's own copy of a version (consent decides what it carries), frozen on first use.
      CREATE TABLE minutes_copies (
        version_id TEXT NOT NULL REFERENCES minutes_versions(id) ON DELETE CASCADE,
        recipient_id TEXT NOT NULL REFERENCES minutes_recipients(id) ON DELETE CASCADE,
        variant TEXT NOT NULL CHECK (variant IN ('full', 'withheld', 'anonymous')),
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        pdf BLOB NOT NULL,
        PRIMARY KEY (version_id, recipient_id)
      );
      CREATE TABLE download_links (
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
      CREATE INDEX download_links_meeting ON download_links(meeting_id);
      CREATE TABLE downloads (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        link_id TEXT NOT NULL REFERENCES download_links(id) ON DELETE CASCADE,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        ip TEXT
      );
      CREATE INDEX downloads_meeting ON downloads(meeting_id, id);
    `,
  },
  {
    version: 4,
    name: 'document updates clustered by meeting and document',
    // Each update used to touch four pages: the table's last page, the AUTOINCREMENT counter, the
    // index entry under its meeting and the header of a growing file. Stored in the order the server
    // reads them, an update touches only its meeting's page, which more than halves what every commit
    // writes to the WAL (and so what each checkpoint copies and syncs). The sequence number now counts
    // per document, which is all the rooms ever compared it with.
    sql: `
      CREATE TABLE doc_updates_clustered (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        doc TEXT NOT NULL CHECK (doc IN ('content', 'control')),
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (meeting_id, doc, seq)
      ) WITHOUT ROWID;
      INSERT INTO doc_updates_clustered (meeting_id, doc, seq, data) SELECT meeting_id, doc, seq, data FROM doc_updates;
      DROP TABLE doc_updates;
      ALTER TABLE doc_updates_clustered RENAME TO doc_updates;
    `,
  },
  {
    version: 5,
    name: 'meetings: when the leader ended the meeting',
    sql: `ALTER TABLE meetings ADD COLUMN ended_at TEXT;`,
  },
  {
    version: 6,
    name: 'invitations: the participant of the meeting an invitation is for',
    sql: `ALTER TABLE invitations ADD COLUMN participant_id TEXT;`,
  },
  {
    version: 7,
    name: 'meetings: the content schema version their stored document is at',
    // Every document stored so far has the content's first shape.
    sql: `ALTER TABLE meetings ADD COLUMN content_version INTEGER NOT NULL DEFAULT 1;`,
  },
  {
    version: 8,
    name: 'identities: a person at an OpenID provider, linked to an account',
    sql: `
      CREATE TABLE identities (
        provider TEXT NOT NULL,
        subject TEXT NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (provider, subject)
      );
      CREATE INDEX identities_account ON identities(account_id);
    `,
  },
  {
    version: 9,
    name: 'accounts can be deactivated; one-time account links (a new password, linking a provider identity); which provider a session came through',
    sql: `
      ALTER TABLE accounts ADD COLUMN deactivated_at TEXT;
      ALTER TABLE identities ADD COLUMN by_admin INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE sessions ADD COLUMN provider TEXT;
      CREATE TABLE account_links (
        token_hash TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL CHECK (purpose IN ('password', 'identity')),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX account_links_account ON account_links(account_id);
    `,
  },
  {
    version: 10,
    name: 'invitations that need a login: the provider, and the person it was first used by (a keyed hash)',
    sql: `
      ALTER TABLE invitations ADD COLUMN login_provider TEXT;
      ALTER TABLE invitations ADD COLUMN bound_identity TEXT;
      ALTER TABLE invitations ADD COLUMN bound_at TEXT;
    `,
  },
];
