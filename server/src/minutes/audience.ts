/**
 * Who reads a copy, and so what it may carry. Parents, the pupil, the school's own people and the
 * school's archive get everything. A help service gets everything only when the parents' consent
 * allows it (`canShareWith`); without consent its copy carries only the frame of the meeting (kind,
 * date, time, place, school, who led and wrote the minutes, that confidentiality was recalled, the
 * consent status), the measures that service is responsible for, and the next meeting date. An
 * anonymous consultation's minutes carry nothing that identifies the pupil, whoever reads them.
 */
import { canShareWith } from '@naervaer/shared/consent';
import type { MeetingKind } from '@naervaer/shared/meeting';
import { type MeetingContent, parseMeetingContent } from '@naervaer/shared/meeting-content';
import type { MeasureRow } from '@naervaer/shared/measure';
import { type DocVariant, type RecipientKind, recipientService } from '@naervaer/shared/minutes';
import { type Service, findParticipant } from '@naervaer/shared/participant';
import { stripIdentifyingFields } from '@naervaer/shared/pupil';

export type DocRecipient = { name: string; kind: RecipientKind };

export type Audience = {
  variant: DocVariant;
  /** The service the copy is for, when it is a service's copy. */
  service: Service | null;
  recipient: DocRecipient | null;
};

/** What a recipient's copy carries; no recipient means the facilitator's own full view. */
export function audienceFor(kind: MeetingKind, content: MeetingContent, recipient: DocRecipient | null, onDate: string): Audience {
  if (kind === 'anonymous') return { variant: 'anonymous', service: recipient ? recipientService(recipient.kind) : null, recipient };
  if (!recipient) return { variant: 'full', service: null, recipient: null };
  const service = recipientService(recipient.kind);
  if (service === null) return { variant: 'full', service: null, recipient };
  return { variant: canShareWith(content.consents, service, onDate) ? 'full' : 'withheld', service, recipient };
}

/**
 * The content as the documents may use it. For an anonymous consultation every identifying field is
 * removed and the result parsed with the anonymous schema again, so the PDF cannot show the pupil
 * even if such a field slipped into the stored document.
 */
export function contentForDocuments(kind: MeetingKind, content: MeetingContent): MeetingContent {
  if (kind !== 'anonymous') return content;
  return parseMeetingContent('anonymous', stripIdentifyingFields(content));
}

/** The measure rows a service is responsible for (through a participant of that service). */
export function rowsResponsibleFor(content: MeetingContent, service: Service): MeasureRow[] {
  return content.agreement.rows.filter((row) => {
    if (!row.responsible || !('participantId' in row.responsible)) return false;
    return findParticipant(content.participants, row.responsible.participantId)?.service === service;
  });
}
