/**
 * Stored rows as the rest of the server sees them: one mapping for every store (SQLite and
 * PostgreSQL give the same column names; a flag is 0/1 in one and a boolean in the other). Rows read
 * back are checked where a bad value would matter (document and recipient kinds).
 */
import { MinutesDocument, RecipientKind } from '@naervaer/shared/minutes';
import type { AccountLinkRow, AccountRow, AuditRow, DownloadLinkRow, DownloadRow, IdentityRow, InvitationRow, MeetingRow, MinutesCopyRow, MinutesRecipientRow, MinutesVersionMeta, MinutesVersionRow, SessionRow } from './storage';

export type Row = Record<string, unknown>;

const flag = (v: unknown): boolean => v === true || v === 1;

/** Bytes as a Buffer for a driver to write, without a copy (the inverse of `bytes`). */
export const asBuffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** A binary column (a Buffer from either driver) as the bytes it holds, without a copy. */
export const bytes = (b: unknown): Uint8Array => {
  const buf = b as Buffer;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
};

export const accountFrom = (r: Row): AccountRow => ({
  id: String(r.id),
  email: String(r.email),
  name: String(r.name),
  passwordHash: String(r.password_hash),
  createdAt: String(r.created_at),
  admin: flag(r.admin),
  deactivatedAt: r.deactivated_at == null ? null : String(r.deactivated_at),
});

export const identityFrom = (r: Row): IdentityRow => ({
  provider: String(r.provider),
  subject: String(r.subject),
  accountId: String(r.account_id),
  createdAt: String(r.created_at),
  byAdmin: flag(r.by_admin),
});

export const accountLinkFrom = (r: Row): AccountLinkRow => ({
  tokenHash: String(r.token_hash),
  accountId: String(r.account_id),
  purpose: r.purpose === 'identity' ? 'identity' : 'password',
  createdAt: String(r.created_at),
  expiresAt: String(r.expires_at),
});

export const sessionFrom = (r: Row): SessionRow => ({
  tokenHash: String(r.token_hash),
  accountId: (r.account_id as string | null) ?? null,
  invitationId: (r.invitation_id as string | null) ?? null,
  createdAt: String(r.created_at),
  lastSeenAt: String(r.last_seen_at),
  expiresAt: String(r.expires_at),
  provider: (r.provider as string | null) ?? null,
});

export const meetingFrom = (r: Row): MeetingRow => ({
  id: String(r.id),
  kind: r.kind as MeetingRow['kind'],
  title: String(r.title),
  school: (r.school as string | null) ?? null,
  startsAt: (r.starts_at as string | null) ?? null,
  language: r.language as MeetingRow['language'],
  facilitatorId: String(r.facilitator_id),
  createdAt: String(r.created_at),
  endedAt: (r.ended_at as string | null) ?? null,
});

export const auditFrom = (r: Row): AuditRow => ({
  id: Number(r.id),
  at: String(r.at),
  action: String(r.action),
  meetingId: (r.meeting_id as string | null) ?? null,
  actor: String(r.actor),
  actorName: (r.actor_name as string | null) ?? null,
  subject: (r.subject as string | null) ?? null,
  subjectName: (r.subject_name as string | null) ?? null,
  ip: (r.ip as string | null) ?? null,
  detail: JSON.parse(String(r.detail)) as Record<string, unknown>,
});

export const invitationFrom = (r: Row): InvitationRow => ({
  id: String(r.id),
  meetingId: String(r.meeting_id),
  tokenHash: String(r.token_hash),
  role: r.role as InvitationRow['role'],
  name: String(r.name),
  service: (r.service as string | null) ?? null,
  presence: r.presence as InvitationRow['presence'],
  participantId: (r.participant_id as string | null) ?? null,
  createdAt: String(r.created_at),
  expiresAt: String(r.expires_at),
  revokedAt: (r.revoked_at as string | null) ?? null,
  loginProvider: (r.login_provider as string | null) ?? null,
  boundIdentity: (r.bound_identity as string | null) ?? null,
  boundAt: (r.bound_at as string | null) ?? null,
});

// ── Minutes ──

export const versionMetaFrom = (r: Row): MinutesVersionMeta => ({
  id: String(r.id),
  meetingId: String(r.meeting_id),
  document: MinutesDocument.parse(r.document),
  version: Number(r.version),
  sha256: String(r.sha256),
  createdAt: String(r.created_at),
  createdBy: String(r.created_by),
  bytes: Number(r.bytes),
});

export const versionFrom = (r: Row): MinutesVersionRow => {
  const { bytes: _size, ...meta } = versionMetaFrom({ ...r, bytes: 0 });
  return { ...meta, snapshot: String(r.snapshot), pdf: bytes(r.pdf) };
};

export const recipientFrom = (r: Row): MinutesRecipientRow => ({
  id: String(r.id),
  meetingId: String(r.meeting_id),
  name: String(r.name),
  kind: RecipientKind.parse(r.kind),
  createdAt: String(r.created_at),
  removedAt: (r.removed_at as string | null) ?? null,
});

export const copyFrom = (r: Row): MinutesCopyRow => ({
  versionId: String(r.version_id),
  recipientId: String(r.recipient_id),
  variant: r.variant as MinutesCopyRow['variant'],
  sha256: String(r.sha256),
  createdAt: String(r.created_at),
  pdf: bytes(r.pdf),
});

export const linkFrom = (r: Row): DownloadLinkRow => ({
  id: String(r.id),
  meetingId: String(r.meeting_id),
  recipientId: String(r.recipient_id),
  versionId: String(r.version_id),
  tokenHash: String(r.token_hash),
  createdAt: String(r.created_at),
  createdBy: String(r.created_by),
  expiresAt: String(r.expires_at),
  revokedAt: (r.revoked_at as string | null) ?? null,
});

export const downloadFrom = (r: Row): DownloadRow => ({
  id: Number(r.id),
  linkId: String(r.link_id),
  meetingId: String(r.meeting_id),
  at: String(r.at),
  ip: (r.ip as string | null) ?? null,
});
