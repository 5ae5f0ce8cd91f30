/**
 * Facilitation and content commands of the meeting (steps, timer, pause, parked topics, records).
 * Each is a small named function over the Yjs docs; the views only call them.
 */
import type * as Y from 'yjs';
import { isOnScreen, noteScreenKey, originalKey, toggledOnScreen, withOnScreen } from '@naervaer/shared/screen-choices';
import { type ContentListName, type ScreenFocus, contentList, readPause, readScreenChoices, readTimer, writeCircleStage, writePause, writeScreenFocus, writeScreenChoices, writeTimer } from '@naervaer/shared/doc';
import { insertRecord, logPauseResumed, moveRecordBy, orderAtEnd, removeRecord } from '@naervaer/shared/content-doc';
import { extendStep, startTimer, stopTimer } from '@naervaer/shared/facilitation';
import { readCurrentStep } from '@naervaer/shared/doc';
import { type CooperationAgreement, evaluationsFromAgreement } from '@naervaer/shared/measure';
import type { MeasureLibraryEntry } from '@naervaer/shared/measure-library';
import type { Service } from '@naervaer/shared/participant';
import type { PushPullSide } from '@naervaer/shared/push-pull';
import { call } from '../lib/api';
import { API } from '@naervaer/shared/routes';

/** A short random id (crypto.randomUUID needs a secure context; this does not). */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

// ── Timer (control doc, facilitator) ────────────────────────────────────────────────────────────

export function startClock(control: Y.Doc, now = Date.now()): void {
  writeTimer(control, startTimer(readTimer(control), readCurrentStep(control), now));
}

export function stopClock(control: Y.Doc, now = Date.now()): void {
  writeTimer(control, stopTimer(readTimer(control), now));
}

/** Gives the current step more minutes. */
export function extendCurrentStep(control: Y.Doc, minutes = 5): void {
  writeTimer(control, extendStep(readTimer(control), readCurrentStep(control), minutes));
}

// ── Pause ───────────────────────────────────────────────────────────────────────────────────────

/** Asks for a pause: anyone may, so the server writes it on the asker's behalf. */
export async function requestPause(meetingId: string): Promise<void> {
  await call(API.pause, { id: meetingId });
}

/** Ends the pause (facilitator): every screen goes back to the meeting; the minutes get the end time. */
export function resumeMeeting(control: Y.Doc, content: Y.Doc, now = new Date()): void {
  if (!readPause(control)) return;
  writePause(control, null);
  logPauseResumed(content, now.toISOString());
}

// ── Parked topics ───────────────────────────────────────────────────────────────────────────────

/** Parks a topic that was not agreed with the child, to come back to later (logged for the minutes). */
export function parkTopic(content: Y.Doc, text: string, now = new Date()): string | null {
  const trimmed = text.trim().slice(0, 1000);
  if (!trimmed) return null;
  const id = newId('park');
  insertRecord(content, 'parked', id, { text: trimmed, at: now.toISOString() }, orderAtEnd(content, 'parked'));
  return id;
}

// ── Ending the meeting ──────────────────────────────────────────────────────────────────────────

/**
 * Ends the meeting for everyone (facilitator): the server tells every screen, closes the guests'
 * sockets and stops their links. With a reason, it ends before its end (a topic came up that was not
 * agreed with the child, who should speak about it more safely another way), and the reason goes to
 * the full minutes.
 */
export async function endMeeting(meetingId: string, reason?: string): Promise<void> {
  await call(API.end, { id: meetingId }, reason ? { reason } : {});
}

/** Opens a meeting ended by mistake again (facilitator), until the minutes are finalized. */
export async function reopenMeeting(meetingId: string): Promise<void> {
  await call(API.reopen, { id: meetingId });
}

// ── Records ─────────────────────────────────────────────────────────────────────────────────────

export function addParticipant(content: Y.Doc, init: { name?: string; service: Service; presence?: 'room' | 'remote' }): string {
  const id = newId('p');
  insertRecord(content, 'participants', id, { name: init.name ?? '', service: init.service, presence: init.presence ?? 'room', invited: true, fondOf: '' }, orderAtEnd(content, 'participants'));
  return id;
}

export function addConsent(content: Y.Doc, service: Service): string {
  const id = newId('c');
  insertRecord(content, 'consents', id, { service, given: false, scope: '' }, orderAtEnd(content, 'consents'));
  return id;
}

export function addPushPull(content: Y.Doc, side: PushPullSide, text = ''): string {
  const id = newId(side);
  insertRecord(content, side, id, { text }, orderAtEnd(content, side));
  return id;
}

/** Adds an empty measure row at the end. */
export function addMeasure(content: Y.Doc): string {
  const id = newId('r');
  insertRecord(content, 'measureRows', id, { subGoal: '', measure: '' }, orderAtEnd(content, 'measureRows'));
  return id;
}

/** Adds a measure from the guide's library, worded in the meeting's language and editable afterwards. */
export function addLibraryMeasure(content: Y.Doc, entry: MeasureLibraryEntry, wording: string): string {
  const id = newId('r');
  insertRecord(content, 'measureRows', id, { subGoal: '', measure: wording, libraryId: entry.id }, orderAtEnd(content, 'measureRows'));
  return id;
}

/** Adds a measure from last time to evaluate, typed in by hand. */
export function addEvaluation(content: Y.Doc, measure = ''): string {
  const id = newId('ev');
  insertRecord(content, 'evaluation', id, { measure, note: '' }, orderAtEnd(content, 'evaluation'));
  return id;
}

/**
 * Adds the measures of an earlier meeting's agreement to evaluate, one entry each, skipping those
 * already there (fetching twice adds nothing). Returns how many were added.
 */
export function importEvaluations(content: Y.Doc, previous: CooperationAgreement): number {
  const present = new Set(contentList(content, 'evaluation').keys());
  const entries = evaluationsFromAgreement(previous).filter((e) => !present.has(e.id));
  content.transact(() => {
    for (const entry of entries) insertRecord(content, 'evaluation', entry.id, { measure: entry.measure, note: '' }, orderAtEnd(content, 'evaluation'));
  });
  return entries.length;
}

export function addRecipient(content: Y.Doc, init: { service: Service; name: string; participantId?: string }): string {
  const id = newId('rcp');
  insertRecord(content, 'recipients', id, init, orderAtEnd(content, 'recipients'));
  return id;
}

export function moveRecord(content: Y.Doc, list: ContentListName, id: string, delta: number): void {
  moveRecordBy(content, list, id, delta);
}

export function deleteRecord(content: Y.Doc, list: ContentListName, id: string): void {
  removeRecord(content, list, id);
}

/** The Y.Map of one record, for bound fields. */
export function recordMap(content: Y.Doc, list: ContentListName, id: string): Y.Map<unknown> | undefined {
  return contentList(content, list).get(id);
}

// ── Shared screen ───────────────────────────────────────────────────────────────────────────────

/** Puts an item on the shared screen, or takes it off if it is on. */
export function toggleOnScreen(control: Y.Doc, key: string): void {
  writeScreenChoices(control, toggledOnScreen(readScreenChoices(control), key));
}

/**
 * Puts an adult's text on the shared screen, or takes it off. With no wording for the child when it
 * goes on, the facilitator chooses the text as it stands (originalKey); with a wording, only the
 * wording ever shows, and emptying it later shows nothing rather than the adults' text.
 */
export function toggleAdultTextOnScreen(control: Y.Doc, itemKey: string, hasWording: boolean): void {
  const choices = readScreenChoices(control);
  const next = isOnScreen(itemKey, choices)
    ? withOnScreen(choices, [itemKey, originalKey(itemKey)], false)
    : withOnScreen(withOnScreen(choices, [itemKey], true), [originalKey(itemKey)], !hasWording);
  writeScreenChoices(control, next);
}

/** Puts the given board notes on the shared screen, or takes them all off it. */
export function showNotesOnScreen(control: Y.Doc, itemIds: readonly string[], on: boolean): void {
  writeScreenChoices(control, withOnScreen(readScreenChoices(control), itemIds.map(noteScreenKey), on));
}

/** Points at a stage of the vicious circle (null: the whole circle). */
export function showCircleStage(control: Y.Doc, stage: number | null): void {
  control.transact(() => {
    writeCircleStage(control, stage);
    writeScreenFocus(control, 'circle');
  });
}

/** Puts one part of step 6 on the shared screen. */
export function showOnScreen(control: Y.Doc, focus: ScreenFocus): void {
  writeScreenFocus(control, focus);
}
