/** Small constructors for the layout model: empty values are left out, so a document shows only what was filled. */
import type { ColumnWidth, DocBlock, DocModel, DocSection } from '@naervaer/shared/minutes';
import type { MeetingRow } from '../storage/storage';
import type { Audience } from './audience';
import type { DocText } from './text';

export type Field = { label: string; value: string | null | undefined };

/** A label–value list without the empty rows, each value without blank lines around it; nothing when all are empty. */
export function fields(rows: Field[]): DocBlock[] {
  const filled = rows.flatMap(({ label, value }) => (typeof value === 'string' && value.trim() !== '' ? [{ label, value: value.trim() }] : []));
  return filled.length ? [{ type: 'fields', rows: filled }] : [];
}

export function para(text: string | null | undefined, tone: 'normal' | 'muted' | 'notice' | 'lead' = 'normal'): DocBlock[] {
  return text && text.trim() !== '' ? [{ type: 'paragraph', text: text.trim(), tone }] : [];
}

/** A step's shared notes under their own subheading, the name they have in the room; nothing when empty. */
export function notes(text: DocText, note: string): DocBlock[] {
  const body = para(note);
  return body.length ? [sub(text.t('minutes:sharedNotes')), ...body] : [];
}

export function list(items: (string | null | undefined)[]): DocBlock[] {
  const filled = items.filter((i): i is string => typeof i === 'string' && i.trim() !== '');
  return filled.length ? [{ type: 'list', items: filled }] : [];
}

export function sub(text: string): DocBlock {
  return { type: 'subheading', text };
}

export function table(columns: [string, ColumnWidth][], rows: string[][], caption?: string): DocBlock[] {
  if (!rows.length) return [];
  return [{ type: 'table', columns: columns.map(([header, width]) => ({ header, width })), rows, ...(caption ? { caption } : {}) }];
}

/** A section, or nothing when it has no blocks. */
export function section(id: string, heading: string, blocks: DocBlock[]): DocSection[] {
  return blocks.length ? [{ id, heading, blocks }] : [];
}

export type VersionInfo = { version: number; finalizedAt: string } | null;

/** The status lines every document carries: draft or version, and whose copy it is. */
export function statusLines(text: DocText, version: VersionInfo, audience: Audience): string[] {
  const lines = [version ? text.t('minutes:final', { version: version.version, date: text.dateOf(version.finalizedAt) }) : text.t('minutes:draft')];
  if (audience.recipient) {
    // A comma, not brackets (some services' names carry brackets of their own); the kind once only.
    const kind = text.recipientKind(audience.recipient.kind);
    const { name } = audience.recipient;
    lines.push(name === kind ? text.t('minutes:copyForName', { name }) : text.t('minutes:copyFor', { name, kind }));
  }
  return lines;
}

/** Where the meeting took place, from where the participants sat. */
export function placeOf(text: DocText, presences: ('room' | 'remote')[]): string {
  const room = presences.includes('room');
  const remote = presences.includes('remote');
  if (room && remote) return text.t('minutes:header.placeHybrid');
  if (remote) return text.t('minutes:header.placeRemote');
  return text.t('minutes:header.placeRoom');
}

export type ModelBase = Pick<DocModel, 'language' | 'pageLabel' | 'status' | 'variant'>;

export function modelBase(text: DocText, version: VersionInfo, audience: Audience): ModelBase {
  return { language: text.language, pageLabel: text.t('minutes:pageLabel', { page: '{{page}}', pages: '{{pages}}' }), status: statusLines(text, version, audience), variant: audience.variant };
}

/** The school the document is from: the meeting's, else the pupil's. */
export function schoolOf(meeting: MeetingRow, pupilSchool: string | undefined): string {
  return meeting.school?.trim() || pupilSchool?.trim() || '';
}
