/**
 * The typed shape of a meeting's two Yjs documents. Every root key is named here; nothing else
 * calls `doc.getMap('…')` or `doc.getText('…')` with a string of its own.
 */
import * as Y from 'yjs';
import { type AgendaStep, clampStep } from './agenda';

/** Root keys of the control document (facilitator-only state). */
const CONTROL_ROOT = 'control';
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

/**
 * A free-text field of the content document. Root-level Y.Text so that two people typing into a
 * field nobody has touched yet never create two competing texts.
 */
export function contentText(content: Y.Doc, field: string): Y.Text {
  return content.getText(`text:${field}`);
}

/** The shared notes field of an agenda step. */
export function stepNotes(content: Y.Doc, step: AgendaStep): Y.Text {
  return contentText(content, `notes.${step}`);
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

/** A record list of the content document. */
export function contentList(content: Y.Doc, list: ContentListName): Y.Map<Y.Map<unknown>> {
  return content.getMap(`list:${list}`);
}

/** A free-text field of one record (e.g. a measure row's `measure`): root-level, keyed by the record's id. */
export function recordText(content: Y.Doc, list: ContentListName, id: string, field: string): Y.Text {
  return contentText(content, `${list}.${id}.${field}`);
}
