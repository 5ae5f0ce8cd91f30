/**
 * The storage interface every feature uses. SQLite (sqlite.ts) is the embedded default; another
 * database (PostgreSQL) can be added by implementing this interface and passing the contract suite.
 */
import type { MeetingKind, MeetingLanguage } from '@naervaer/shared/meeting';
import type { DocName } from '@naervaer/shared/protocol';
import type { DocVariant, MinutesDocument, RecipientKind } from '@naervaer/shared/minutes';

export type AccountRow = {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: string;
  /** Administers the installation (accounts, the whole audit log); false when left out on create. */
  admin?: boolean;
  /** When the admin deactivated the account: it cannot log in, and its sessions are gone (null or absent: active). */
  deactivatedAt?: string | null;
};

/** A one-time link the admin hands to an account's owner: to choose a new password, or to link a provider identity. */
export type AccountLinkRow = { tokenHash: string; accountId: string; purpose: 'password' | 'identity'; createdAt: string; expiresAt: string };

/** A person at an OpenID provider (their stable id there), linked to one of our accounts. */
export type IdentityRow = {
  provider: string;
  subject: string;
  accountId: string;
  createdAt: string;
  /** Linked by the admin (through a one-time link): the admin's choice lets them in, whatever the provider's allow rules say. */
  byAdmin?: boolean;
};

export type SessionRow = {
  tokenHash: string;
  accountId: string | null;
  invitationId: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  /** The OpenID provider the person logged in through (logging out ends their session there too); absent: a password. */
  provider?: string | null;
};

export type MeetingRow = {
  id: string;
  kind: MeetingKind;
  title: string;
  school: string | null;
  startsAt: string | null;
  language: MeetingLanguage;
  facilitatorId: string;
  createdAt: string;
  /** When the facilitator ended the meeting: guests may no longer take part (null or absent: not ended). */
  endedAt?: string | null;
};

export type InvitationRow = {
  id: string;
  meetingId: string;
  tokenHash: string;
  role: 'participant' | 'observer';
  name: string;
  service: string | null;
  presence: 'room' | 'remote';
  /** The participant of the meeting's content this invitation is for, if it was made from their row. */
  participantId: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** The OpenID provider the guest must log in with to use the link (null or absent: the link alone). */
  loginProvider?: string | null;
  /** Who first used it through that login, as a keyed hash (never the person's id in clear); null until then. */
  boundIdentity?: string | null;
  boundAt?: string | null;
};

/** Filters of the audit log: a meeting, a person (as actor or subject), an action, a period (ISO times, `to` exclusive). */
export type AuditQuery = { meetingId?: string; party?: string; action?: string; from?: string; to?: string; before?: number; limit: number };

/** One line of the audit log as stored; `detail` is a small JSON object without meeting content. */
export type AuditRow = {
  id: number;
  at: string;
  action: string;
  meetingId: string | null;
  actor: string;
  actorName: string | null;
  subject: string | null;
  subjectName: string | null;
  ip: string | null;
  detail: Record<string, unknown>;
};

// ── Minutes (migration 3; server/src/minutes/) ────────────────────────────────────────────────────

/** A finalized document as stored; `snapshot` is the JSON {meeting, content} it was built from. */
export type MinutesVersionRow = {
  id: string;
  meetingId: string;
  document: MinutesDocument;
  version: number;
  sha256: string;
  createdAt: string;
  createdBy: string;
  snapshot: string;
  pdf: Uint8Array;
};
/** A version without its bytes and snapshot, for listings. */
export type MinutesVersionMeta = Omit<MinutesVersionRow, 'snapshot' | 'pdf'> & { bytes: number };
export type MinutesRecipientRow = { id: string; meetingId: string; name: string; kind: RecipientKind; createdAt: string; removedAt: string | null };
export type MinutesCopyRow = { versionId: string; recipientId: string; variant: DocVariant; sha256: string; createdAt: string; pdf: Uint8Array };
export type DownloadLinkRow = {
  id: string;
  meetingId: string;
  recipientId: string;
  versionId: string;
  tokenHash: string;
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  revokedAt: string | null;
};
export type DownloadRow = { id: number; linkId: string; meetingId: string; at: string; ip: string | null };

export interface MinutesStore {
  /** Stores the documents of one finalization in one transaction. */
  addVersions(rows: readonly MinutesVersionRow[]): Promise<void>;
  /** The highest version number of the meeting's minutes (0 when nothing is finalized). */
  latestVersion(meetingId: string): Promise<number>;
  listVersions(meetingId: string): Promise<MinutesVersionMeta[]>;
  /** One document's version; without `version`, its latest. */
  findVersion(meetingId: string, document: MinutesDocument, version?: number): Promise<MinutesVersionRow | null>;
  findVersionById(id: string): Promise<MinutesVersionRow | null>;
  addRecipient(row: MinutesRecipientRow): Promise<void>;
  /** Recipients not removed, in the order they were added. */
  listRecipients(meetingId: string): Promise<MinutesRecipientRow[]>;
  findRecipient(id: string): Promise<MinutesRecipientRow | null>;
  /** Marks a recipient removed and revokes their open links (downloads stay in the log). */
  removeRecipient(id: string, at: string): Promise<void>;
  findCopy(versionId: string, recipientId: string): Promise<MinutesCopyRow | null>;
  /** Stores a copy unless one exists; returns the stored one (first writer wins, so a copy never changes). */
  addCopy(row: MinutesCopyRow): Promise<MinutesCopyRow>;
  createLink(row: DownloadLinkRow): Promise<void>;
  findLink(id: string): Promise<DownloadLinkRow | null>;
  findLinkByTokenHash(tokenHash: string): Promise<DownloadLinkRow | null>;
  listLinks(meetingId: string): Promise<(DownloadLinkRow & { downloads: number })[]>;
  revokeLink(id: string, at: string): Promise<void>;
  logDownload(row: Omit<DownloadRow, 'id'>): Promise<number>;
  listDownloads(meetingId: string): Promise<DownloadRow[]>;
}

/** An append waiting for its store's next batch: both stores write the appends of a moment together. */
export type QueuedAppend = {
  meetingId: string;
  doc: DocName;
  updates: readonly Uint8Array[];
  resolve: (seq: number) => void;
  reject: (err: unknown) => void;
};

/** Appends a store writes in one transaction at most. */
export const MAX_BATCHED_APPENDS = 512;

/** A document's stored updates, in order, and the sequence number of the last. */
export type StoredDoc = { updates: Uint8Array[]; lastSeq: number };

/** One stored update and its sequence number. */
export type StoredRow = { seq: number; update: Uint8Array };

/**
 * What several servers on one store tell each other (PostgreSQL; SQLite has one server and none):
 * the rows stored after a sequence number, word of every append that commits, and signals of their
 * own (sockets to close, wherever they are).
 */
export interface Feed {
  /** The document's rows after `afterSeq`, in order (a compaction's merged row among them, if it took the place of rows after it). */
  since(meetingId: string, doc: DocName, afterSeq: number): Promise<StoredRow[]>;
  /** Sends `payload` (JSON of at most FEED_PAYLOAD_BYTES) to every listening server, this one too. */
  publish(payload: string): Promise<void>;
  /**
   * Listens until the answer is called: `changed` after another server's append to a document
   * commits, with the document's last sequence number then and, when they are small, the rows it
   * stored (in order, ending at that number); `published` for each
   * payload; `resumed` after listening was interrupted, when word of some appends may have been
   * missed (a signal missed meanwhile is lost: FEED_PAYLOAD_BYTES's users say what that means).
   */
  listen(handlers: {
    changed: (meetingId: string, doc: DocName, seq: number, rows?: StoredRow[]) => void;
    published: (payload: string) => void;
    resumed: () => void;
  }): Promise<() => Promise<void>>;
}

/** Attempts counted for rate limits, by scope and key (times in ms); kept only as long as a window needs them. */
export interface RateCounts {
  /**
   * Counts an attempt of `key` at `at`, unless `max` of its attempts are already counted after
   * `at - windowMs`; answers 0 when it counted it, or else the milliseconds until the oldest of those
   * leaves the window. One step: attempts made at once, on any server, cannot all pass the check.
   */
  take(scope: string, key: string, at: number, windowMs: number, max: number): Promise<number>;
  reset(scope: string, key: string): Promise<void>;
}

/** Counts kept in a store shared by several servers, where keys nobody tries again must still go. */
export interface SharedRateCounts extends RateCounts {
  /** Forgets every attempt at or before `before` (the retention sweep: no email or address is kept past its window); answers how many. */
  forget(before: number): Promise<number>;
}

/** Whose socket takes a slot: the meeting, the person's key, their address, and whether they lead it. */
export type SocketSlot = { meetingId: string; person: string; address: string; facilitator: boolean };
/** The sockets already held, as the connection limits count them (sync/limits.ts). */
export type SlotCounts = { person: number; meeting: number; address: number };

/** Sockets held on every server sharing the store, for connection limits that hold for the deployment. */
export interface SocketSlots {
  /** Counts what is held (on servers still alive) and, unless `refuse` gives a reason, takes a slot, atomically. */
  take(slot: SocketSlot, refuse: (counts: SlotCounts) => string | null): Promise<{ id: string } | { reason: string }>;
  release(id: string): Promise<void>;
}

/** The most a published payload may hold (PostgreSQL's NOTIFY takes under 8,000 bytes). */
export const FEED_PAYLOAD_BYTES = 7000;

export interface Storage {
  readonly accounts: {
    count(): Promise<number>;
    create(row: AccountRow): Promise<void>;
    findByEmail(email: string): Promise<AccountRow | null>;
    find(id: string): Promise<AccountRow | null>;
    /** Every account, by name. */
    list(): Promise<AccountRow[]>;
    setDeactivated(id: string, at: string | null): Promise<void>;
    setPasswordHash(id: string, passwordHash: string): Promise<void>;
  };
  readonly identities: {
    find(provider: string, subject: string): Promise<IdentityRow | null>;
    link(row: IdentityRow): Promise<void>;
    listForAccount(accountId: string): Promise<IdentityRow[]>;
    /** Whether there was such a link. */
    unlink(accountId: string, provider: string, subject: string): Promise<boolean>;
  };
  readonly accountLinks: {
    /** Replaces any earlier link of the same purpose for the account: only the newest works. */
    create(row: AccountLinkRow): Promise<void>;
    /** Finds and removes the link in one step, so it works once; null when unknown or expired. */
    take(tokenHash: string, now: string): Promise<AccountLinkRow | null>;
    /** Finds without using it (to show the page that uses it). */
    find(tokenHash: string, now: string): Promise<AccountLinkRow | null>;
  };
  readonly sessions: {
    create(row: SessionRow): Promise<void>;
    find(tokenHash: string): Promise<SessionRow | null>;
    touch(tokenHash: string, lastSeenAt: string): Promise<void>;
    delete(tokenHash: string): Promise<void>;
    deleteForInvitation(invitationId: string): Promise<void>;
    /** Ends every session of an account (only those through `provider`, when given); answers their token hashes, to close their sockets. */
    deleteForAccount(accountId: string, provider?: string): Promise<string[]>;
    deleteExpired(now: string): Promise<number>;
  };
  readonly meetings: {
    create(row: MeetingRow): Promise<void>;
    find(id: string): Promise<MeetingRow | null>;
    listForFacilitator(accountId: string): Promise<MeetingRow[]>;
    /** Creation times (ascending) of the facilitator's meetings created at or after `since`. */
    createdSince(facilitatorId: string, since: string): Promise<string[]>;
    /**
     * Deletes the meeting and everything that hangs off it (invitations, their sessions, document
     * updates, minutes rows: ON DELETE CASCADE), so the rows are gone, not flagged. True if it existed.
     */
    delete(id: string): Promise<boolean>;
    /** Marks the meeting ended at a time, or open again (null). */
    setEnded(id: string, at: string | null): Promise<void>;
    /** The content schema version the meeting's stored document is at (null: no such meeting). */
    contentVersion(id: string): Promise<number | null>;
    /** Records the version after the stored document was migrated (or when a meeting is created). */
    setContentVersion(id: string, version: number): Promise<void>;
    /** Meetings whose minutes' latest finalized version was made before `before`. */
    finalizedBefore(before: string): Promise<string[]>;
    /** Anonymous consultations that started (or, without a start, were created) before `before`. */
    anonymousStartedBefore(before: string): Promise<string[]>;
    /** Named and follow-up meetings never finalized that started (or were created) before `before`. */
    unfinalizedStartedBefore(before: string): Promise<string[]>;
  };
  readonly invitations: {
    create(row: InvitationRow): Promise<void>;
    find(id: string): Promise<InvitationRow | null>;
    findByTokenHash(tokenHash: string): Promise<InvitationRow | null>;
    listForMeeting(meetingId: string): Promise<InvitationRow[]>;
    revoke(id: string, at: string): Promise<void>;
    /** Binds the invitation to the person who first logged in with it; false when it is bound already. */
    bind(id: string, identity: string, at: string): Promise<boolean>;
  };
  readonly docs: {
    load(meetingId: string, doc: DocName): Promise<StoredDoc>;
    /**
     * Appends updates in one durable write; resolves with the last one's sequence number once on disk.
     * Appends resolve in the order they were called (rooms rely on it to broadcast in order).
     */
    append(meetingId: string, doc: DocName, updates: readonly Uint8Array[]): Promise<number>;
    /**
     * Replaces every update up to `throughSeq` with `merged`, atomically, in their place: `merged`
     * takes `throughSeq`, so read in order the document's state comes before the updates stored
     * while it was made, which build on it. (Read after them, Yjs holds each of those as pending
     * and merges every later update into the pending ones: compacting a 0.77 MB board that way
     * held the event loop for seconds.) Resolves with `throughSeq`.
     */
    compact(meetingId: string, doc: DocName, merged: Uint8Array, throughSeq: number): Promise<number>;
    count(meetingId: string, doc: DocName): Promise<number>;
  };
  readonly audit: {
    append(row: Omit<AuditRow, 'id'>): Promise<number>;
    /** Newest first; `before` pages by id; each filter left out matches everything. */
    list(query: AuditQuery): Promise<AuditRow[]>;
    /** Removes guests' names from a deleted meeting's entries; the entries themselves stay. */
    forgetGuestNames(meetingId: string): Promise<void>;
    deleteBefore(at: string): Promise<number>;
  };
  readonly minutes: MinutesStore;
  /** Present when several servers may share the store. */
  readonly feed?: Feed;
  /** Present when several servers may share the store: rate limits count attempts on every server. */
  readonly rateCounts?: SharedRateCounts;
  /** Present when several servers may share the store: connection limits count every server's sockets. */
  readonly socketSlots?: SocketSlots;
  /**
   * Runs `work` unless another server sharing the store is running work of the same `name` (the
   * retention sweep runs on one server at a time); answers null when it did not run. On a store of
   * one server it always runs.
   */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T | null>;
  /** Makes deleted rows unrecoverable from the database files (overwritten, and the write-ahead log emptied). */
  purgeDeleted(): Promise<void>;
  close(): Promise<void>;
}
