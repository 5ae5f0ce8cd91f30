/**
 * The minutes feature over storage: finalize frozen versions (bytes, SHA-256, version number, and the
 * snapshot they were built from, read by meetings/stored-content.ts), and make each recipient's own
 * frozen copy of a version. Routes (routes.ts) stay a few lines over these.
 */
import { createHash } from 'node:crypto';
import { osloDate } from '@naervaer/shared/i18n';
import { Meeting } from '@naervaer/shared/meeting';
import { readContentPerField } from '@naervaer/shared/content-repair';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import { type DocVariant, type MinutesDocument, documentsFor } from '@naervaer/shared/minutes';
import type { AppContext } from '../context';
import { HttpError } from '../http/errors';
import type { MeetingRow, MinutesCopyRow, MinutesRecipientRow, MinutesVersionRow } from '../storage/storage';
import { newId } from '../auth/tokens';
import { loadMeetingContent } from '../meetings/stored-content';
import { audienceFor, contentForDocuments } from './audience';
import { renderDocumentPdf } from './index';
import type { VersionInfo } from './blocks';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const today = (ctx: Pick<AppContext, 'now'>) => osloDate(ctx.now());

export type Snapshot = { meeting: MeetingRow; content: MeetingContent };

/** The snapshot a version was built from, validated again on the way out of storage. */
export function readSnapshot(row: Pick<MinutesVersionRow, 'snapshot'>): Snapshot {
  const raw = JSON.parse(row.snapshot) as { meeting: unknown; content: unknown };
  const meeting = Meeting.parse(raw.meeting);
  return { meeting, content: readContentPerField(meeting.kind, raw.content).content };
}

/** Refuses a document the meeting's kind does not have (no agreement or child summary for an anonymous consultation). */
export function assertDocumentFor(meeting: MeetingRow, document: MinutesDocument): void {
  if (!documentsFor(meeting.kind).includes(document)) {
    throw new HttpError(404, 'no_such_document', 'An anonymous consultation has minutes only: no agreement and no summary for a pupil');
  }
}

/** Finalizing in progress, per app and meeting: a second request at the same time gets the same version. */
const finalizingIn = new WeakMap<AppContext, Map<string, Promise<Finalized>>>();

type Finalized = { rows: MinutesVersionRow[]; created: boolean };

/**
 * Freezes the current content as the next version of every document the meeting has. Nothing new
 * is made when nothing changed since the latest version, and two requests at once (a double click,
 * two tabs) make one version: the others get that version, with `created` false.
 */
export async function finalize(ctx: AppContext, meeting: MeetingRow, createdBy: string): Promise<Finalized> {
  let finalizing = finalizingIn.get(ctx);
  if (!finalizing) finalizingIn.set(ctx, (finalizing = new Map()));
  const running = finalizing.get(meeting.id);
  if (running) return { rows: (await running).rows, created: false };
  const work = finalizeNow(ctx, meeting, createdBy);
  finalizing.set(meeting.id, work);
  try {
    return await work;
  } finally {
    finalizing.delete(meeting.id);
  }
}

/** The latest version's rows when the meeting has not changed since it was made; null otherwise. */
async function unchangedLatest(ctx: AppContext, meeting: MeetingRow, content: MeetingContent): Promise<MinutesVersionRow[] | null> {
  const latest = await ctx.storage.minutes.latestVersion(meeting.id);
  if (latest === 0) return null;
  const snapshot = JSON.stringify({ meeting, content } satisfies Snapshot);
  const held = await Promise.all(documentsFor(meeting.kind).map((d) => ctx.storage.minutes.findVersion(meeting.id, d, latest)));
  return held.every((row) => row?.snapshot === snapshot) ? (held as MinutesVersionRow[]) : null;
}

/** The version the current content is, if it is one (so a preview of it says "version 2", not "draft"). */
export async function versionMatching(ctx: AppContext, meeting: MeetingRow, content: MeetingContent): Promise<VersionInfo> {
  const rows = await unchangedLatest(ctx, meeting, content);
  return rows ? { version: rows[0]!.version, finalizedAt: rows[0]!.createdAt } : null;
}

async function finalizeNow(ctx: AppContext, meeting: MeetingRow, createdBy: string): Promise<Finalized> {
  const content = await loadMeetingContent(ctx, meeting);
  const now = ctx.now();
  const held = await unchangedLatest(ctx, meeting, content);
  if (held) return { rows: held, created: false };
  const snapshot = JSON.stringify({ meeting, content } satisfies Snapshot);
  const version = (await ctx.storage.minutes.latestVersion(meeting.id)) + 1;
  const info = { version, finalizedAt: now.toISOString() };
  const rows: MinutesVersionRow[] = [];
  for (const document of documentsFor(meeting.kind)) {
    const pdf = await renderDocumentPdf(document, meeting, content, { version: info, createdAt: now, onDate: today(ctx) });
    rows.push({ id: newId(), meetingId: meeting.id, document, version, sha256: sha256(pdf), createdAt: info.finalizedAt, createdBy, snapshot, pdf });
  }
  await ctx.storage.minutes.addVersions(rows);
  return { rows, created: true };
}

/** What a recipient's copy of a version carries, by the consent on a given day. */
export function variantFor(snapshot: Snapshot, recipient: Pick<MinutesRecipientRow, 'name' | 'kind'>, onDate: string): DocVariant {
  const content = contentForDocuments(snapshot.meeting.kind, snapshot.content);
  return audienceFor(snapshot.meeting.kind, content, recipient, onDate).variant;
}

/**
 * A recipient's own copy of a version: made once (with "copy for …" on it and only what consent
 * allows) and then frozen, so every download of it gives the same bytes. A service without consent
 * gets the minutes' frame and its own measures, and no agreement or child summary at all.
 */
export async function recipientCopy(ctx: AppContext, version: MinutesVersionRow, recipient: MinutesRecipientRow): Promise<MinutesCopyRow> {
  const existing = await ctx.storage.minutes.findCopy(version.id, recipient.id);
  if (existing) return existing;
  const snapshot = readSnapshot(version);
  const variant = variantFor(snapshot, recipient, today(ctx));
  if (variant === 'withheld' && version.document !== 'minutes') {
    throw new HttpError(409, 'no_consent', 'The parents have not consented to share this document with this service');
  }
  const pdf = await renderDocumentPdf(version.document, snapshot.meeting, snapshot.content, {
    recipient: { name: recipient.name, kind: recipient.kind },
    version: { version: version.version, finalizedAt: version.createdAt },
    createdAt: new Date(version.createdAt),
    onDate: today(ctx),
  });
  return ctx.storage.minutes.addCopy({ versionId: version.id, recipientId: recipient.id, variant, sha256: sha256(pdf), createdAt: ctx.now().toISOString(), pdf });
}
