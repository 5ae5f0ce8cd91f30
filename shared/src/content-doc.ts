/**
 * How MeetingContent lies in the content Y.Doc, and the way back out.
 *
 * - Free text several people may type into: root-level Y.Text (`contentText(doc, path)`), one per
 *   field; record texts (a measure row's `measure`) are root-level too, keyed by the record id.
 * - Tick boxes, dates, numbers, choices: values in the root `fields` Y.Map, keyed by dotted path.
 * - Records (participants, consents, measure rows, push/pull items, …): a root Y.Map per list,
 *   id → Y.Map of the record's scalar fields plus `order` (a number; sort ascending).
 * - Mapping (step 7: `areas`, `mapping`) belongs to the whiteboard (issue 4) and is read with its
 *   `readMapping` (mapping-doc.ts); nothing here stores a second copy, and writeMeetingContent leaves it.
 *
 * `readMeetingContent` builds plain JSON from the doc and parses it with the meeting kind's schema,
 * field by field (content-repair.ts): a value that breaks a rule is cut or left out, never the whole.
 * Only what the layout names is read: unknown keys of `fields`, of a record, or other root types
 * are never read, so no key in a document can name a property of a plain object (`__proto__`).
 * Optional fields are cleared by deleting their key (an empty optional text is left out).
 */
import * as Y from 'yjs';
import { AGENDA_STEPS } from './agenda';
import { AFTER_ITEMS, BEFORE_ITEMS } from './checklist';
import { CONVERSATIONS } from './conversation-guides';
import { type ContentListName, TEXT_ROOT_PREFIX, contentFields, contentList, contentText, recordText, rootNameOf } from './doc';
import { MAINTAINING_FUNCTIONS } from './maintaining-factors';
import { readMapping, toMappingItem } from './mapping-doc';
import type { MeetingKind } from './meeting';
import { type ReadContent, isSafeKey, readContentPerField, recordKeys, textLimit } from './content-repair';
import type { MeetingContent, MinutesRecipient } from './meeting-content';
import type { Consent } from './consent';
import type { MeasureEvaluation, MeasureRow } from './measure';
import type { ParkedTopic, Pause } from './meeting-events';
import type { Participant } from './participant';
import type { PushPullItem } from './push-pull';

const beforeNotes = BEFORE_ITEMS.map((id) => `childChecklists.before.${id}.note` as const);
const afterNotes = AFTER_ITEMS.map((id) => `childChecklists.after.${id}.note` as const);
const factorNotes = MAINTAINING_FUNCTIONS.map((fn) => `understanding.factors.${fn}.note` as const);
const conversationSummaries = CONVERSATIONS.map((c) => `conversations.${c}.summary` as const);
const stepNotePaths = AGENDA_STEPS.map((step) => `notes.${step}` as const);

/** Every free-text field of the content (root Y.Text named by its path). */
export const CONTENT_TEXT_FIELDS = [
  'concern.reason',
  'frames.contentAndMethod',
  'frames.gruffAgreement',
  ...beforeNotes,
  ...afterNotes,
  ...conversationSummaries,
  'information.pupilNow',
  'information.parentsNow',
  'information.schoolNow',
  'information.parentsNowForScreen',
  'information.schoolNowForScreen',
  'concern.reasonForScreen',
  'concern.childWants',
  'concern.desiredSituation',
  'referral.note',
  'information.pupilVoice.note',
  'absence.note',
  ...factorNotes,
  'agreement.status',
  'agreement.mainGoal',
  'feedback.comment',
  ...stepNotePaths,
] as const;
export type ContentTextField = (typeof CONTENT_TEXT_FIELDS)[number];

/**
 * The most characters a root text of the content may hold (the schema's limit), for the inputs that
 * edit it; undefined for a text the layout does not know.
 */
export function textLimitOf(text: Y.Text): number | undefined {
  const name = rootNameOf(text);
  if (!name?.startsWith(TEXT_ROOT_PREFIX)) return undefined;
  const path = name.slice(TEXT_ROOT_PREFIX.length).split('.');
  // A record's text: `<list>.<id>.<field>`; a field's: its dotted path.
  if (Object.hasOwn(CONTENT_LIST_LAYOUT, path[0]!) && path.length === 3) return textLimit([...CONTENT_LIST_LAYOUT[path[0] as ContentListName].path, path[2]!].join('.'));
  return textLimit(path.join('.'));
}

/** Optional text fields: left out of the content when empty. */
const OPTIONAL_TEXTS: ReadonlySet<ContentTextField> = new Set<ContentTextField>(['feedback.comment']);

const srasScores = MAINTAINING_FUNCTIONS.flatMap((fn) => [`understanding.sras.${fn}.child`, `understanding.sras.${fn}.parent`] as const);

/** Every scalar of the content (a value in the `fields` map, keyed by its path). */
export const CONTENT_SCALAR_FIELDS = [
  'pupil.name',
  'pupil.class',
  'pupil.school',
  'pupil.dateOfBirth',
  'interpreter.used',
  'interpreter.language',
  'concern.raisedBy',
  'concern.raisedByService',
  'concern.raisedOn',
  'frames.meetingLeaderId',
  'frames.minuteTakerId',
  'frames.plannedLengthMinutes',
  'frames.confidentialityReminderGiven',
  ...BEFORE_ITEMS.map((id) => `childChecklists.before.${id}.done` as const),
  ...AFTER_ITEMS.map((id) => `childChecklists.after.${id}.done` as const),
  ...CONVERSATIONS.flatMap((c) => [`conversations.${c}.heldOn`, `conversations.${c}.heldBy`, `conversations.${c}.covered`] as const),
  'information.pupilVoice.method',
  'absence.validDaysSemester',
  'absence.invalidOccurrences',
  'absence.diffuseSingleDaysLastMonth',
  'absence.lateArrivalsLastMonth',
  'absence.leavesLessonsRepeatedly',
  'absence.pupilReportsStruggle',
  'absence.parentReportsStruggle',
  ...MAINTAINING_FUNCTIONS.map((fn) => `understanding.factors.${fn}.relevant` as const),
  ...srasScores,
  'understanding.viciousCircleShown',
  'understanding.continuumStage',
  'childScreen.ageGroup',
  'agreement.periodFrom',
  'agreement.periodTo',
  'closing.nextMeetingDate',
  'feedback.safe',
  'feedback.useful',
  'feedback.givenOn',
  'events.endedEarlyAt',
  'events.endedEarlyReason',
  'referral.stillRightPath',
  'referral.route',
  'referral.responsible',
] as const;
export type ContentScalarField = (typeof CONTENT_SCALAR_FIELDS)[number];

/** The record each list holds. */
type ListRecord = {
  participants: Participant;
  consents: Consent;
  push: PushPullItem;
  pull: PushPullItem;
  measureRows: MeasureRow;
  evaluation: MeasureEvaluation;
  recipients: MinutesRecipient;
  parked: ParkedTopic;
  pauses: Pause;
};

/** A field of a list's record that a form control may be bound to (a participant's name, a consent's date, …). */
export type RecordField = { [L in ContentListName]: Exclude<keyof ListRecord[L], 'id'> & string }[ContentListName];

interface ListLayout {
  /** Where the list sits in MeetingContent. */
  path: readonly string[];
  /** Fields held in root-level Y.Text (see `recordText`). */
  texts: readonly string[];
  /** Whether the record has an `id` of its own (else the map key is internal and not read out). */
  hasId: boolean;
}

/** Where each record list lives in MeetingContent and which of its fields are free text. */
export const CONTENT_LIST_LAYOUT: Record<ContentListName, ListLayout> = {
  participants: { path: ['participants'], texts: ['fondOf'], hasId: true },
  consents: { path: ['consents'], texts: [], hasId: false },
  push: { path: ['understanding', 'pushPull', 'push'], texts: ['text', 'textForScreen'], hasId: true },
  pull: { path: ['understanding', 'pushPull', 'pull'], texts: ['text', 'textForScreen'], hasId: true },
  measureRows: { path: ['agreement', 'rows'], texts: ['subGoal', 'measure'], hasId: true },
  evaluation: { path: ['evaluation'], texts: ['note'], hasId: true },
  recipients: { path: ['closing', 'minutesRecipients'], texts: [], hasId: true },
  parked: { path: ['events', 'parked'], texts: [], hasId: true },
  pauses: { path: ['events', 'pauses'], texts: [], hasId: false },
};
/** The key inside a record that orders the list. */
export const ORDER_KEY = 'order';

/** The scalar keys each list's records may hold (the schema's keys, less the id and the texts). */
const RECORD_SCALARS = Object.fromEntries(
  (Object.keys(CONTENT_LIST_LAYOUT) as ContentListName[]).map((list) => {
    const layout = CONTENT_LIST_LAYOUT[list];
    return [list, recordKeys(layout.path).filter((key) => key !== 'id' && !layout.texts.includes(key))];
  }),
) as unknown as Record<ContentListName, readonly string[]>;

type Json = Record<string, unknown>;

/** A stored value as plain data; a shared type where a value belongs is left out (it breaks the layout). */
function plain(value: unknown): unknown {
  return value instanceof Y.AbstractType ? undefined : value;
}

function setPath(target: Json, path: readonly string[], value: unknown): void {
  if (!path.every(isSafeKey)) return;
  let node = target;
  path.slice(0, -1).forEach((segment) => {
    const next = node[segment];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[segment] = {};
    node = node[segment] as Json;
  });
  node[path[path.length - 1] as string] = value;
}

function getPath(source: unknown, path: readonly string[]): unknown {
  let node: unknown = source;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Json)[segment];
  }
  return node;
}

/** The records of a list in their order (ties broken by id, so every client sees one order); an entry that is not a record is left out. */
export function orderedRecords(content: Y.Doc, list: ContentListName): { id: string; record: Y.Map<unknown> }[] {
  return [...contentList(content, list).entries()]
    .filter((entry): entry is [string, Y.Map<unknown>] => entry[1] instanceof Y.Map)
    .map(([id, record]) => ({ id, record, order: Number(record.get(ORDER_KEY) ?? 0) }))
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id, record }) => ({ id, record }));
}

function readList(content: Y.Doc, list: ContentListName): Json[] {
  const layout = CONTENT_LIST_LAYOUT[list];
  return orderedRecords(content, list).map(({ id, record }) => {
    const out: Json = layout.hasId ? { id } : {};
    for (const key of RECORD_SCALARS[list]) {
      const value = plain(record.get(key));
      if (value !== undefined) out[key] = value;
    }
    for (const field of layout.texts) out[field] = recordText(content, list, id, field).toString();
    return out;
  });
}

/**
 * The content as plain JSON, exactly as the doc holds it (not validated, no defaults). The server
 * checks this for identifying fields before accepting an update to an anonymous consultation.
 */
export function readRawContent(content: Y.Doc): Json {
  const out: Json = {};
  const fields = contentFields(content);
  for (const key of CONTENT_SCALAR_FIELDS) {
    const value = plain(fields.get(key));
    if (value !== undefined) setPath(out, key.split('.'), value);
  }
  for (const field of CONTENT_TEXT_FIELDS) {
    const text = contentText(content, field).toString();
    if (text === '' && OPTIONAL_TEXTS.has(field)) continue;
    setPath(out, field.split('.'), text);
  }
  for (const list of Object.keys(CONTENT_LIST_LAYOUT) as ContentListName[]) {
    setPath(out, CONTENT_LIST_LAYOUT[list].path, readList(content, list));
  }
  // Step 7: the whiteboard's own reader (mapping-doc.ts) is the one source of areas and items.
  const mapping = readMapping(content);
  out.areas = mapping.areas;
  out.mapping = mapping.items.map(toMappingItem);
  return out;
}

/** A pupil with no name is not a pupil yet: a named meeting's header needs the name. */
function withoutNamelessPupil(raw: Json): Json {
  const pupil = raw.pupil as Json | undefined;
  if (pupil && (typeof pupil.name !== 'string' || pupil.name.trim() === '')) {
    const { pupil: _dropped, ...rest } = raw;
    return rest;
  }
  return raw;
}

/** The meeting content held in a content doc, parsed with the kind's schema field by field, with what was mended. */
export function readMeetingContentPerField(content: Y.Doc, kind: MeetingKind): ReadContent {
  const raw = readRawContent(content);
  return readContentPerField(kind, kind === 'anonymous' ? raw : withoutNamelessPupil(raw));
}

/** The meeting content held in a content doc (a value that breaks a rule is cut or left out; see readMeetingContentPerField). */
export function readMeetingContent(content: Y.Doc, kind: MeetingKind): MeetingContent {
  return readMeetingContentPerField(content, kind).content;
}

function replaceText(text: Y.Text, value: string): void {
  if (text.toString() === value) return;
  text.delete(0, text.length);
  text.insert(0, value);
}

/** Adds a record to a list (its texts written to their root Y.Text); the caller picks the order. */
export function insertRecord(content: Y.Doc, list: ContentListName, id: string, value: Json, order: number): void {
  const layout = CONTENT_LIST_LAYOUT[list];
  content.transact(() => {
    const record = new Y.Map<unknown>();
    for (const [key, field] of Object.entries(value)) {
      if (key === 'id' || field === undefined || layout.texts.includes(key)) continue;
      record.set(key, field);
    }
    record.set(ORDER_KEY, order);
    contentList(content, list).set(id, record);
    for (const field of layout.texts) replaceText(recordText(content, list, id, field), String(value[field] ?? ''));
  });
}

/**
 * Writes a whole MeetingContent into a content doc, replacing what it held (for fixtures, tests and
 * the benchmark; the room edits field by field). Step 7 (areas, mapping) is the whiteboard's to write.
 */
export function writeMeetingContent(content: Y.Doc, value: MeetingContent): void {
  content.transact(() => {
    const fields = contentFields(content);
    for (const key of [...fields.keys()]) fields.delete(key);
    for (const path of CONTENT_SCALAR_FIELDS) {
      const field = getPath(value, path.split('.'));
      if (field !== undefined) fields.set(path, field);
    }
    for (const path of CONTENT_TEXT_FIELDS) {
      const text = getPath(value, path.split('.'));
      replaceText(contentText(content, path), typeof text === 'string' ? text : '');
    }
    for (const list of Object.keys(CONTENT_LIST_LAYOUT) as ContentListName[]) {
      const map = contentList(content, list);
      for (const key of [...map.keys()]) map.delete(key);
      const records = (getPath(value, CONTENT_LIST_LAYOUT[list].path) ?? []) as Json[];
      records.forEach((record, index) => {
        const id = CONTENT_LIST_LAYOUT[list].hasId ? String(record.id) : `${list}-${index + 1}`;
        insertRecord(content, list, id, record, index + 1);
      });
    }
  });
}

/** An order value that sorts between two neighbours (undefined: the start or end of the list). */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/** The order value that puts a new record last. */
export function orderAtEnd(content: Y.Doc, list: ContentListName): number {
  const records = orderedRecords(content, list);
  const last = records[records.length - 1];
  return orderBetween(last ? Number(last.record.get(ORDER_KEY) ?? 0) : undefined, undefined);
}

/** Sets (or, with undefined, clears) one scalar field of a record. */
export function setRecordField(content: Y.Doc, list: ContentListName, id: string, field: string, value: unknown): void {
  const record = contentList(content, list).get(id);
  if (!record) return;
  if (value === undefined) record.delete(field);
  else if (record.get(field) !== value) record.set(field, value);
}

/** Removes a record (its root texts stay behind, unread, so a concurrent edit cannot resurrect it). */
export function removeRecord(content: Y.Doc, list: ContentListName, id: string): void {
  contentList(content, list).delete(id);
}

/** Moves a record up (negative) or down (positive) by some places. */
export function moveRecordBy(content: Y.Doc, list: ContentListName, id: string, delta: number): void {
  const records = orderedRecords(content, list);
  const from = records.findIndex((r) => r.id === id);
  if (from === -1) return;
  const rest = records.filter((r) => r.id !== id);
  const to = Math.min(rest.length, Math.max(0, from + delta));
  if (to === from) return;
  const orderOf = (r: { record: Y.Map<unknown> } | undefined) => (r ? Number(r.record.get(ORDER_KEY) ?? 0) : undefined);
  const order = orderBetween(orderOf(rest[to - 1]), orderOf(rest[to]));
  records[from]!.record.set(ORDER_KEY, order);
}

/** Logs the start of a pause for the minutes (the control doc shows it). */
export function logPauseStarted(content: Y.Doc, pause: { at: string; by: string; byName?: string }): void {
  const id = `pause-${Date.parse(pause.at)}`;
  if (contentList(content, 'pauses').has(id)) return;
  insertRecord(content, 'pauses', id, { at: pause.at, by: pause.by, ...(pause.byName ? { byName: pause.byName } : {}) }, orderAtEnd(content, 'pauses'));
}

/** Records in the content, for the full minutes, that the meeting was ended before its end and why; null clears it. */
export function logEndedEarly(content: Y.Doc, ended: { at: string; reason: string } | null): void {
  const fields = contentFields(content);
  content.transact(() => {
    if (ended) {
      fields.set('events.endedEarlyAt', ended.at);
      fields.set('events.endedEarlyReason', ended.reason.slice(0, 2000));
    } else {
      fields.delete('events.endedEarlyAt');
      fields.delete('events.endedEarlyReason');
    }
  });
}

/** Logs the end of every open pause. */
export function logPauseResumed(content: Y.Doc, at: string): void {
  content.transact(() => {
    for (const { record } of orderedRecords(content, 'pauses')) if (!record.has('resumedAt')) record.set('resumedAt', at);
  });
}
