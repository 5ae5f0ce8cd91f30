/**
 * Download links: a 256-bit token per link (only its SHA-256 is stored), an expiry, and revocation;
 * making one (with the recipient's frozen copy and an audit entry), opening one, and the log of
 * downloads.
 */
import { canShareWith } from '@naervaer/shared/consent';
import { osloDate } from '@naervaer/shared/i18n';
import {
  type CreatedLink,
  DEFAULT_LINK_DAYS,
  type DownloadEntry,
  type DownloadLink,
  type MinutesDocument,
  linkState,
  recipientService,
} from '@naervaer/shared/minutes';
import type { Service } from '@naervaer/shared/participant';
import { API, pathFor } from '@naervaer/shared/routes';
import type { AppContext } from '../context';
import { type AuditParty, recordAudit } from '../audit/log';
import { hashToken, newId, newToken } from '../auth/tokens';
import { HttpError, notFound } from '../http/errors';
import { loadMeetingContent } from '../meetings/stored-content';
import type { DownloadLinkRow, MeetingRow, MinutesCopyRow, MinutesRecipientRow, MinutesVersionMeta, MinutesVersionRow } from '../storage/storage';
import { assertDocumentFor, recipientCopy } from './service';

export { DEFAULT_LINK_DAYS };

export function linkExpiry(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString();
}

export function downloadUrl(base: string, token: string): string {
  return `${base}${pathFor(API.downloadPage, { token })}`;
}

/** A link as the facilitator sees it (never its token hash). */
export function linkJson(row: DownloadLinkRow & { downloads: number }, version: Pick<MinutesVersionMeta, 'document' | 'version'>, variant: DownloadLink['variant']): DownloadLink {
  return {
    id: row.id,
    recipientId: row.recipientId,
    versionId: row.versionId,
    document: version.document,
    version: version.version,
    variant,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    downloads: row.downloads,
  };
}

// ── Making, listing and opening links (routes.ts parses and answers; these do the work) ──

const versionsById = async (ctx: AppContext, meetingId: string) => new Map((await ctx.storage.minutes.listVersions(meetingId)).map((v) => [v.id, v]));

/** The meeting's links as the facilitator sees them, each with what its copy carries. */
export async function listLinks(ctx: AppContext, meeting: MeetingRow): Promise<DownloadLink[]> {
  const versions = await versionsById(ctx, meeting.id);
  const links = await ctx.storage.minutes.listLinks(meeting.id);
  return Promise.all(
    links.map(async (l) => {
      const copy = await ctx.storage.minutes.findCopy(l.versionId, l.recipientId);
      return linkJson(l, versions.get(l.versionId)!, copy?.variant ?? 'full');
    }),
  );
}

/**
 * A personal link to the latest finalized version of a document, as that recipient's frozen copy
 * (made now if it is the first), with its audit entry. The token is in the answer only.
 */
export async function createLink(
  ctx: AppContext,
  meeting: MeetingRow,
  request: { recipientId: string; document: MinutesDocument; expiresInDays: number },
  by: { actor: AuditParty; ip: string | undefined; baseUrl: string },
): Promise<CreatedLink> {
  assertDocumentFor(meeting, request.document);
  const recipient = await ctx.storage.minutes.findRecipient(request.recipientId);
  if (!recipient || recipient.meetingId !== meeting.id || recipient.removedAt) throw notFound('recipient');
  const version = await ctx.storage.minutes.findVersion(meeting.id, request.document);
  if (!version) throw new HttpError(409, 'not_finalized', 'Finalize the minutes before making links');
  const copy = await recipientCopy(ctx, version, recipient);
  const token = newToken();
  const now = ctx.now();
  const row = {
    id: newId(),
    meetingId: meeting.id,
    recipientId: recipient.id,
    versionId: version.id,
    tokenHash: hashToken(token),
    createdAt: now.toISOString(),
    createdBy: by.actor.key,
    expiresAt: linkExpiry(now, request.expiresInDays),
    revokedAt: null,
  };
  await ctx.storage.minutes.createLink(row);
  await recordAudit(ctx, {
    action: 'minutes.distributed',
    meetingId: meeting.id,
    actor: by.actor,
    subject: { key: `recipient:${recipient.id}`, name: recipient.name },
    ip: by.ip,
    detail: { document: version.document, version: version.version, variant: copy.variant, link: row.id },
  });
  return { ...linkJson({ ...row, downloads: 0 }, version, copy.variant), url: downloadUrl(by.baseUrl, token) };
}

export async function revokeLink(ctx: AppContext, meeting: MeetingRow, linkId: string): Promise<void> {
  const link = await ctx.storage.minutes.findLink(linkId);
  if (!link || link.meetingId !== meeting.id) throw notFound('link');
  await ctx.storage.minutes.revokeLink(linkId, ctx.now().toISOString());
}

/** Every download of the meeting's documents: when, by which link (so which recipient), which version. */
export async function listDownloads(ctx: AppContext, meeting: MeetingRow): Promise<DownloadEntry[]> {
  const versions = await versionsById(ctx, meeting.id);
  const links = new Map((await ctx.storage.minutes.listLinks(meeting.id)).map((l) => [l.id, l]));
  return (await ctx.storage.minutes.listDownloads(meeting.id)).map((d) => {
    const link = links.get(d.linkId)!;
    const version = versions.get(link.versionId)!;
    return { linkId: d.linkId, recipientId: link.recipientId, document: version.document, version: version.version, at: d.at, ip: d.ip };
  });
}

export type LinkRefusal = 'unknown' | 'expired' | 'withdrawn';

/** Why a link does not open, for a program (the person gets a page in words). */
export const LINK_REFUSALS: Record<LinkRefusal, { status: number; message: string }> = {
  unknown: { status: 404, message: 'This download link is not valid. Ask the school for a new one.' },
  expired: { status: 410, message: 'This download link has expired. Ask the school for a new one.' },
  withdrawn: { status: 403, message: 'The parents no longer consent to sharing this with your service. Ask the school.' },
};

export type OpenedLink =
  | { refused: LinkRefusal; meeting: MeetingRow | null }
  | { refused: null; meeting: MeetingRow; link: DownloadLinkRow; version: MinutesVersionRow; recipient: MinutesRecipientRow; copy: MinutesCopyRow };

/**
 * What a recipient's token opens: the frozen copy, or why not. Unknown or revoked: unknown (a revoked
 * link reveals nothing). Expired: expired. Consent withdrawn since: withdrawn.
 */
export async function openLink(ctx: AppContext, token: string): Promise<OpenedLink> {
  const link = await ctx.storage.minutes.findLinkByTokenHash(hashToken(token));
  const state = linkState(link, ctx.now());
  if (state === 'unknown' || state === 'revoked' || !link) return { refused: 'unknown', meeting: null };
  const meeting = await ctx.storage.meetings.find(link.meetingId);
  if (state === 'expired') return { refused: 'expired', meeting };
  const [version, recipient] = await Promise.all([ctx.storage.minutes.findVersionById(link.versionId), ctx.storage.minutes.findRecipient(link.recipientId)]);
  if (!version || !recipient || !meeting) return { refused: 'unknown', meeting };
  const copy = await recipientCopy(ctx, version, recipient);
  if (await consentWithdrawn(ctx, meeting, recipient, copy.variant)) return { refused: 'withdrawn', meeting };
  return { refused: null, meeting, link, version, recipient, copy };
}

/** Logs a download in the minutes' log and the audit log, under the recipient's name. */
export async function recordDownload(ctx: AppContext, opened: Extract<OpenedLink, { refused: null }>, ip: string | undefined): Promise<void> {
  const { link, meeting, recipient, version, copy } = opened;
  await ctx.storage.minutes.logDownload({ linkId: link.id, meetingId: meeting.id, at: ctx.now().toISOString(), ip: ip ?? null });
  await recordAudit(ctx, {
    action: 'minutes.downloaded',
    meetingId: meeting.id,
    actor: { key: `recipient:${recipient.id}`, name: recipient.name },
    ip,
    detail: { document: version.document, version: version.version, variant: copy.variant, link: link.id },
  });
}

/** A service's full copy is not handed out once the parents have withdrawn (or not given) consent in the meeting since. */
async function consentWithdrawn(ctx: AppContext, meeting: MeetingRow, recipient: MinutesRecipientRow, variant: string): Promise<boolean> {
  const service: Service | null = recipientService(recipient.kind);
  if (!service || variant !== 'full' || meeting.kind === 'anonymous') return false;
  // Fails closed: if the meeting's consent cannot be read, the error answers the request (and is
  // logged), and the full copy is not handed out.
  const content = await loadMeetingContent(ctx, meeting);
  return !canShareWith(content.consents, service, osloDate(ctx.now()));
}
