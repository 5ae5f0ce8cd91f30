/**
 * The storage interface every feature uses. SQLite (sqlite.ts) is the embedded default; another
 * database (PostgreSQL) can be added by implementing this interface and passing the contract suite.
 */
import type { MeetingKind, MeetingLanguage } from '@naervaer/shared/meeting';
import type { DocName } from '@naervaer/shared/protocol';

export type AccountRow = { id: string; email: string; name: string; passwordHash: string; createdAt: string };

export type SessionRow = {
  tokenHash: string;
  accountId: string | null;
  invitationId: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
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
};

export type InvitationRow = {
  id: string;
  meetingId: string;
  tokenHash: string;
  role: 'participant' | 'observer';
  name: string;
  service: string | null;
  presence: 'room' | 'remote';
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
};

/** A document's stored updates, in order, and the sequence number of the last. */
export type StoredDoc = { updates: Uint8Array[]; lastSeq: number };

export interface Storage {
  readonly accounts: {
    count(): Promise<number>;
    create(row: AccountRow): Promise<void>;
    findByEmail(email: string): Promise<AccountRow | null>;
    find(id: string): Promise<AccountRow | null>;
  };
  readonly sessions: {
    create(row: SessionRow): Promise<void>;
    find(tokenHash: string): Promise<SessionRow | null>;
    touch(tokenHash: string, lastSeenAt: string): Promise<void>;
    delete(tokenHash: string): Promise<void>;
    deleteForInvitation(invitationId: string): Promise<void>;
    deleteExpired(now: string): Promise<number>;
  };
  readonly meetings: {
    create(row: MeetingRow): Promise<void>;
    find(id: string): Promise<MeetingRow | null>;
    listForFacilitator(accountId: string): Promise<MeetingRow[]>;
  };
  readonly invitations: {
    create(row: InvitationRow): Promise<void>;
    find(id: string): Promise<InvitationRow | null>;
    findByTokenHash(tokenHash: string): Promise<InvitationRow | null>;
    listForMeeting(meetingId: string): Promise<InvitationRow[]>;
    revoke(id: string, at: string): Promise<void>;
  };
  readonly docs: {
    load(meetingId: string, doc: DocName): Promise<StoredDoc>;
    /** Appends updates in one durable write; resolves with the last one's sequence number once on disk. */
    append(meetingId: string, doc: DocName, updates: readonly Uint8Array[]): Promise<number>;
    /** Replaces every update up to `throughSeq` with `merged`, atomically; resolves with the merged one's sequence number. */
    compact(meetingId: string, doc: DocName, merged: Uint8Array, throughSeq: number): Promise<number>;
    count(meetingId: string, doc: DocName): Promise<number>;
  };
  close(): Promise<void>;
}
