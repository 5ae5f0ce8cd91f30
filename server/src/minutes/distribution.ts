/**
 * Who gets the documents: the distribution list (with each recipient's consent status, shown before a
 * link is made), the recipients brought in from the meeting's own list (step 9), and the names the
 * files are saved under. Routes (routes.ts) parse, call these and answer.
 */
import { consentStatus } from '@naervaer/shared/consent';
import { osloDate } from '@naervaer/shared/i18n';
import { type MeetingContent, minutesRecipientsOf } from '@naervaer/shared/meeting-content';
import { type MinutesDocument, type Recipient, recipientKindsFor, recipientService } from '@naervaer/shared/minutes';
import type { AppContext } from '../context';
import { newId } from '../auth/tokens';
import { HttpError, refuseIdentifiers } from '../http/errors';
import { loadMeetingContent } from '../meetings/stored-content';
import type { MeetingRow, MinutesRecipientRow } from '../storage/storage';
import { docText } from './text';

/** A recipient as the facilitator sees it, with the parents' consent for its service today. */
export function recipientJson(row: MinutesRecipientRow, meeting: MeetingRow, content: MeetingContent | null, today: string): Recipient {
  const service = recipientService(row.kind);
  const consent = service && content && meeting.kind !== 'anonymous' ? consentStatus(content.consents, service, today) : undefined;
  return { id: row.id, meetingId: row.meetingId, name: row.name, kind: row.kind, createdAt: row.createdAt, ...(consent ? { consent } : {}) };
}

/** The distribution list, each with its consent status as the meeting records it now. */
export async function listRecipients(ctx: AppContext, meeting: MeetingRow): Promise<Recipient[]> {
  const [rows, content] = await Promise.all([ctx.storage.minutes.listRecipients(meeting.id), loadMeetingContent(ctx, meeting)]);
  const today = osloDate(ctx.now());
  return rows.map((r) => recipientJson(r, meeting, content, today));
}

/** Adds one recipient; an anonymous consultation takes no pupil, no parents and no identifying name. */
export async function addRecipient(ctx: AppContext, meeting: MeetingRow, body: { name: string; kind: Recipient['kind'] }): Promise<MinutesRecipientRow> {
  if (!recipientKindsFor(meeting.kind).includes(body.kind)) {
    throw new HttpError(400, 'invalid_request', 'An anonymous consultation has no pupil or parents to send minutes to');
  }
  if (meeting.kind === 'anonymous') refuseIdentifiers({ name: body.name }, ctx.now());
  const row: MinutesRecipientRow = { id: newId(), meetingId: meeting.id, name: body.name, kind: body.kind, createdAt: ctx.now().toISOString(), removedAt: null };
  await ctx.storage.minutes.addRecipient(row);
  return row;
}

/**
 * Who the meeting itself said gets the minutes (step 9: people chosen from the participants, with
 * their names), and the school's archive, in the meeting's language.
 */
export function recipientsFromMeeting(meeting: MeetingRow, content: MeetingContent): { name: string; kind: Recipient['kind'] }[] {
  const text = docText(meeting.language);
  return [
    ...minutesRecipientsOf(content).map((r) => ({ name: r.name || text.service(r.service), kind: r.service })),
    { name: meeting.school?.trim() || content.pupil?.school?.trim() || text.recipientKind('archive'), kind: 'archive' as const },
  ];
}

/** Adds the meeting's own list and the archive to the distribution list, skipping those already on it. */
export async function addRecipientsFromMeeting(ctx: AppContext, meeting: MeetingRow): Promise<Recipient[]> {
  const content = await loadMeetingContent(ctx, meeting);
  const existing = await ctx.storage.minutes.listRecipients(meeting.id);
  const has = (name: string, kind: string) => existing.some((r) => r.name === name && r.kind === kind);
  const today = osloDate(ctx.now());
  const added: Recipient[] = [];
  for (const wanted of recipientsFromMeeting(meeting, content)) {
    if (has(wanted.name, wanted.kind)) continue;
    added.push(recipientJson(await addRecipient(ctx, meeting, wanted), meeting, content, today));
  }
  return added;
}

/**
 * The name a document is saved under, in the meeting's language, with the meeting's date in Oslo and
 * never its title (which may name the pupil): `referat-2026-12-02.pdf`, `referat-2026-12-02-versjon-2.pdf`
 * from the second version on, `referat-2026-12-02-utkast.pdf` for a draft.
 */
export function documentFileName(document: MinutesDocument, meeting: MeetingRow, version: number | null): string {
  const { t } = docText(meeting.language);
  const date = osloDate(meeting.startsAt ?? meeting.createdAt);
  const suffix = version === null ? `-${t('minutes:fileName.draft')}` : version > 1 ? `-${t('minutes:fileName.version', { version })}` : '';
  return `${t(`minutes:fileName.${document}`)}-${date}${suffix}.pdf`;
}
