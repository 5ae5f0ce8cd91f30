/**
 * The typed shape of a meeting's two Yjs documents. Every root key is named here; nothing else
 * calls `doc.getMap('…')` or `doc.getText('…')` with a string of its own.
 */
import * as Y from 'yjs';
import { type AgendaStep, clampStep } from './agenda';
import { AbsenceThresholds } from './absence';
import { ActivePause, MeetingEnded, TimeBoxes, TimerState, emptyTimer } from './facilitation';
import type { Capability } from './roles';
import type { ScreenChoices } from './screen-choices';

/** Root keys of the control document (facilitator-only state). */
export const CONTROL_ROOT = 'control';
/** Keys inside the control map. */
const ControlKey = { step: 'step' } as const;

function controlMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CONTROL_ROOT);
}

/** The agenda step everyone is on (index into AGENDA_STEPS). */
export function readCurrentStep(control: Y.Doc): number {
  const value = controlMap(control).get(ControlKey.step);
  return typeof value === 'number' ? clampStep(value) : 0;
}

export function writeCurrentStep(control: Y.Doc, index: number): void {
  controlMap(control).set(ControlKey.step, clampStep(index));
}

/** Calls back whenever the control document changes; returns the unsubscribe function. */
export function observeControl(control: Y.Doc, onChange: () => void): () => void {
  const map = controlMap(control);
  const handler = () => onChange();
  map.observeDeep(handler);
  return () => map.unobserveDeep(handler);
}

/** The name a root type has in its document (undefined for a nested type or one not in a document). */
export function rootNameOf(type: Y.AbstractType<any>): string | undefined {
  if (!type.doc || type._item !== null) return undefined;
  for (const [name, root] of type.doc.share) if ((root as unknown) === type) return name;
  return undefined;
}

/** The prefix of every free-text root of the content document. */
export const TEXT_ROOT_PREFIX = 'text:';

/**
 * A free-text field of the content document. Root-level Y.Text so that two people typing into a
 * field nobody has touched yet never create two competing texts.
 */
export function contentText(content: Y.Doc, field: string): Y.Text {
  return content.getText(`${TEXT_ROOT_PREFIX}${field}`);
}

/** The shared notes field of an agenda step. */
export function stepNotes(content: Y.Doc, step: AgendaStep): Y.Text {
  return contentText(content, `notes.${step}`);
}

// ---------------------------------------------------------------------------------------------
// The mapping board (agenda step 7). The mapping items are the canonical records: the canvas and
// the list view both read and write them. Root keys:
//   `mapping`       Y.Map<itemId, Y.Map> with the fields of MAPPING_FIELDS
//   `mappingAreas`  Y.Map with `areas`: the meeting's system-model areas (AreaConfig[]), written
//                   once (by the server when the meeting is created) so a meeting keeps its set
//   `boardDrawing`  Y.Map<recordId, JSON>: anything else drawn on the board (not part of the minutes)
// Reading, parsing and writing them: mapping-doc.ts.
// ---------------------------------------------------------------------------------------------
const MAPPING_ROOT = 'mapping';
const MAPPING_AREAS_ROOT = 'mappingAreas';
const BOARD_DRAWING_ROOT = 'boardDrawing';
/** Keys inside the mappingAreas map. */
export const MappingAreasKey = { areas: 'areas' } as const;

/** Where a mapping item's text is written (root, key, field), for checks that name a place. */
export function mappingTextPlace(itemId: string): { root: string; key: string; field: string } {
  return { root: MAPPING_ROOT, key: itemId, field: 'text' };
}

/** Item id → Y.Map of one resource or risk. */
export function mappingItemsMap(content: Y.Doc): Y.Map<Y.Map<unknown>> {
  return content.getMap(MAPPING_ROOT);
}

/** The meeting's area set (see MappingAreasKey). */
export function mappingAreasMap(content: Y.Doc): Y.Map<unknown> {
  return content.getMap(MAPPING_AREAS_ROOT);
}

/**
 * Other drawing on the board (freehand, arrows, text): tldraw record id → the record as JSON, and
 * under DRAWING_SCHEMA_KEY the tldraw schema the records were written with (so a later tldraw
 * migrates them on load, as its own snapshots do).
 */
export function boardDrawingMap(content: Y.Doc): Y.Map<unknown> {
  return content.getMap(BOARD_DRAWING_ROOT);
}

/** The drawing map's key for tldraw's serialized schema (a tldraw record's id always holds a colon). */
export const DRAWING_SCHEMA_KEY = 'schema';

/** Keys of the control map used by the board. */
export const BoardControlKey = { follow: 'boardFollow', area: 'boardArea' } as const;

/** The facilitator's "follow me" request: who leads, and a stamp that changes each time they bring everyone. */
export type BoardFollow = { leaderId: string; stamp: number; on: boolean };

export function readBoardFollow(control: Y.Doc): BoardFollow | null {
  const value = controlMap(control).get(BoardControlKey.follow);
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<BoardFollow>;
  if (typeof v.leaderId !== 'string' || typeof v.stamp !== 'number' || typeof v.on !== 'boolean') return null;
  return { leaderId: v.leaderId, stamp: v.stamp, on: v.on };
}

export function writeBoardFollow(control: Y.Doc, follow: BoardFollow): void {
  controlMap(control).set(BoardControlKey.follow, follow);
}

/** The area the shared screen shows large (the facilitator walks the areas one by one), or null for the whole board. */
export function readBoardArea(control: Y.Doc): string | null {
  const value = controlMap(control).get(BoardControlKey.area);
  return typeof value === 'string' && value.length > 0 && value.length <= 60 ? value : null;
}

export function writeBoardArea(control: Y.Doc, areaId: string | null): void {
  if (areaId) controlMap(control).set(BoardControlKey.area, areaId);
  else controlMap(control).delete(BoardControlKey.area);
}

// ── Meeting content (agenda steps 1–6, 8, 9 and the preparation; layout in content-doc.ts) ──────────

/** Root Y.Map of the content document holding tick boxes and other scalars, keyed by dotted path. */
const CONTENT_FIELDS_ROOT = 'fields';

/** Record lists of the content document; each is a root Y.Map of id → Y.Map record with an `order`. */
export const CONTENT_LISTS = [
  'participants',
  'consents',
  'push',
  'pull',
  'measureRows',
  'evaluation',
  'recipients',
  'parked',
  'pauses',
] as const;
export type ContentListName = (typeof CONTENT_LISTS)[number];

/** The scalars of the content: keys are dotted paths into MeetingContent (`frames.plannedLengthMinutes`). */
export function contentFields(content: Y.Doc): Y.Map<unknown> {
  return content.getMap(CONTENT_FIELDS_ROOT);
}

/**
 * Roots of the content document that decide who sees what: written by the facilitator only. The
 * server checks every update per root and key (sync/structure.ts), not per document.
 */
const SHARING_ROOTS: ReadonlySet<string> = new Set((['consents', 'recipients'] as const).map(listRoot));

/**
 * Scalars of the content that only the facilitator decides: ending the meeting now (every screen
 * shows it), the child's screen's age group, and whether the guide is still the right path.
 */
const FACILITATOR_FIELDS: ReadonlySet<string> = new Set([
  'events.endedEarlyAt',
  'events.endedEarlyReason',
  'childScreen.ageGroup',
  'referral.stillRightPath',
  'referral.route',
  'referral.responsible',
]);

/** Texts that end so are a wording for the shared screen (`concern.reasonForScreen`, a push item's `textForScreen`). */
export const FOR_SCREEN_SUFFIX = 'ForScreen';

/** The root name of a record list. */
function listRoot(list: ContentListName): string {
  return `list:${list}`;
}

/** The capability writing at a place of the content document needs (a root, and the key under it). */
export function contentWriteCapability(root: string, key: string | null = null): Capability {
  if (SHARING_ROOTS.has(root)) return 'sharing.write';
  // What the shared screen shows in place of adults' words is the facilitator's to write, like what they put there.
  if (root.startsWith(TEXT_ROOT_PREFIX) && (root.endsWith(FOR_SCREEN_SUFFIX) || root === `${TEXT_ROOT_PREFIX}referral.note`)) return 'sharing.write';
  if (root === CONTENT_FIELDS_ROOT && key !== null && FACILITATOR_FIELDS.has(key)) return 'sharing.write';
  return 'content.write';
}

/** Every map at the root of the content document; texts are named `text:<path>` (contentText). */
export function contentMapRoots(): string[] {
  return [CONTENT_FIELDS_ROOT, MAPPING_ROOT, MAPPING_AREAS_ROOT, BOARD_DRAWING_ROOT, ...CONTENT_LISTS.map(listRoot)];
}

/** A record list of the content document. */
export function contentList(content: Y.Doc, list: ContentListName): Y.Map<Y.Map<unknown>> {
  return content.getMap(listRoot(list));
}

/** A free-text field of one record (e.g. a measure row's `measure`): root-level, keyed by the record's id. */
export function recordText(content: Y.Doc, list: ContentListName, id: string, field: string): Y.Text {
  return contentText(content, `${list}.${id}.${field}`);
}

// ── Facilitation state in the control document (issue 3; shapes in facilitation.ts) ─────────────────
// Keys of the control map: `timer`, `timeBoxes`, `pause`, `ended`, `screenHidden`, `screenShown`, `absenceThresholds`, `circleStage`, `screenFocus`.
const FacilitationKey = {
  timer: 'timer',
  timeBoxes: 'timeBoxes',
  pause: 'pause',
  ended: 'ended',
  screenHidden: 'screenHidden',
  screenShown: 'screenShown',
  absenceThresholds: 'absenceThresholds',
  circleStage: 'circleStage',
  screenFocus: 'screenFocus',
} as const;

/** Parts of step 6 the shared screen shows one at a time. */
export const SCREEN_FOCUSES = ['factors', 'circle', 'pushPull', 'sras'] as const;
export type ScreenFocus = (typeof SCREEN_FOCUSES)[number];

/** Which part of step 6 is on the shared screen (the factors by default). */
export function readScreenFocus(control: Y.Doc): ScreenFocus {
  const value = controlMap(control).get(FacilitationKey.screenFocus);
  return (SCREEN_FOCUSES as readonly unknown[]).includes(value) ? (value as ScreenFocus) : 'factors';
}
export function writeScreenFocus(control: Y.Doc, focus: ScreenFocus): void {
  controlMap(control).set(FacilitationKey.screenFocus, focus);
}

/** The stage of the vicious circle the facilitator is pointing at (step 6), or null for the whole circle. */
export function readCircleStage(control: Y.Doc): number | null {
  const value = controlMap(control).get(FacilitationKey.circleStage);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}
export function writeCircleStage(control: Y.Doc, stage: number | null): void {
  if (stage === null) controlMap(control).delete(FacilitationKey.circleStage);
  else controlMap(control).set(FacilitationKey.circleStage, stage);
}

export function readTimer(control: Y.Doc): TimerState {
  const parsed = TimerState.safeParse(controlMap(control).get(FacilitationKey.timer) ?? {});
  return parsed.success ? parsed.data : emptyTimer();
}
export function writeTimer(control: Y.Doc, timer: TimerState): void {
  controlMap(control).set(FacilitationKey.timer, timer);
}

export function readTimeBoxes(control: Y.Doc): TimeBoxes {
  const parsed = TimeBoxes.safeParse(controlMap(control).get(FacilitationKey.timeBoxes) ?? {});
  return parsed.success ? parsed.data : {};
}
export function writeTimeBoxes(control: Y.Doc, boxes: TimeBoxes): void {
  controlMap(control).set(FacilitationKey.timeBoxes, boxes);
}

/** When the facilitator ended the meeting, or null while it goes on. */
export function readEnded(control: Y.Doc): MeetingEnded | null {
  const parsed = MeetingEnded.safeParse(controlMap(control).get(FacilitationKey.ended));
  return parsed.success ? parsed.data : null;
}

export function writeEnded(control: Y.Doc, ended: MeetingEnded | null): void {
  if (ended) controlMap(control).set(FacilitationKey.ended, ended);
  else controlMap(control).delete(FacilitationKey.ended);
}

/** The pause in progress, or null. */
export function readPause(control: Y.Doc): ActivePause | null {
  const parsed = ActivePause.safeParse(controlMap(control).get(FacilitationKey.pause));
  return parsed.success ? parsed.data : null;
}
export function writePause(control: Y.Doc, pause: ActivePause | null): void {
  if (pause) controlMap(control).set(FacilitationKey.pause, pause);
  else controlMap(control).delete(FacilitationKey.pause);
}

/** Keys of items the facilitator has marked "not on the shared screen" (e.g. `concern`, `participant:<id>`). */
function readKeys(control: Y.Doc, key: string): string[] {
  const value = controlMap(control).get(key);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The facilitator's choices of what the shared screen shows (screen-choices.ts says what shows by default). */
export function readScreenChoices(control: Y.Doc): ScreenChoices {
  return { shown: readKeys(control, FacilitationKey.screenShown), hidden: readKeys(control, FacilitationKey.screenHidden) };
}

export function writeScreenChoices(control: Y.Doc, choices: ScreenChoices): void {
  control.transact(() => {
    controlMap(control).set(FacilitationKey.screenShown, [...new Set(choices.shown)].sort());
    controlMap(control).set(FacilitationKey.screenHidden, [...new Set(choices.hidden)].sort());
  });
}

/** The thresholds for worrying absence this meeting uses (the guide's by default). */
export function readAbsenceThresholds(control: Y.Doc): AbsenceThresholds {
  const parsed = AbsenceThresholds.safeParse(controlMap(control).get(FacilitationKey.absenceThresholds) ?? {});
  return parsed.success ? parsed.data : AbsenceThresholds.parse({});
}
export function writeAbsenceThresholds(control: Y.Doc, thresholds: AbsenceThresholds): void {
  controlMap(control).set(FacilitationKey.absenceThresholds, AbsenceThresholds.parse(thresholds));
}
