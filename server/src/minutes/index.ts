/**
 * The documents of a meeting: build a layout model for an audience, render it to PDF. Pure over
 * (meeting row, parsed MeetingContent, options); storage and routes are elsewhere in this folder.
 */
import { osloDate } from '@naervaer/shared/i18n';
import type { Language } from '@naervaer/shared/i18n';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import type { DocModel, MinutesDocument } from '@naervaer/shared/minutes';
import type { MeetingRow } from '../storage/storage';
import { agreementModel } from './agreement';
import { type DocRecipient, audienceFor, contentForDocuments } from './audience';
import type { VersionInfo } from './blocks';
import { childSummaryModel } from './child-summary';
import { minutesModel } from './minutes';
import { renderPdf } from './pdf';
import { docText } from './text';

export type DocumentOptions = {
  /** Whose copy; none is the facilitator's full view. */
  recipient?: DocRecipient | null;
  /** Defaults to the meeting's language. */
  language?: Language;
  /** The finalized version this is, or null for a draft. */
  version?: VersionInfo;
  /** The day consent is checked on (ISO date); defaults to today. */
  onDate?: string;
};

const BUILDERS = { minutes: minutesModel, agreement: agreementModel, child: childSummaryModel } as const;

/** The layout model of one document; the preview shows it and the PDF renders it. */
export function documentModel(document: MinutesDocument, meeting: MeetingRow, content: MeetingContent, options: DocumentOptions = {}): DocModel {
  const safe = contentForDocuments(meeting.kind, content);
  const onDate = options.onDate ?? osloDate();
  const audience = audienceFor(meeting.kind, safe, options.recipient ?? null, onDate);
  const text = docText(options.language ?? meeting.language);
  return BUILDERS[document]({ meeting, content: safe, audience, text, version: options.version ?? null });
}

/** Renders one document to PDF bytes. `createdAt` fixes the PDF's dates, so the same input gives the same bytes. */
export async function renderDocumentPdf(
  document: MinutesDocument,
  meeting: MeetingRow,
  content: MeetingContent,
  options: DocumentOptions & { createdAt?: Date } = {},
): Promise<Buffer> {
  const createdAt = options.createdAt ?? (options.version ? new Date(options.version.finalizedAt) : new Date());
  return renderPdf(documentModel(document, meeting, content, options), createdAt);
}

/** The minutes of a meeting as PDF bytes (the benchmark calls this). */
export function renderMinutesPdf(meeting: MeetingRow, content: MeetingContent, options: DocumentOptions & { createdAt?: Date } = {}): Promise<Buffer> {
  return renderDocumentPdf('minutes', meeting, content, options);
}
