/**
 * The facilitator's preparation: time boxes per agenda step, the absence thresholds, and the talking
 * points covered in the conversations before the meeting. Views call these; the rules (ranges,
 * whole numbers) live here and in the schemas they follow.
 */
import type * as Y from 'yjs';
import { AbsenceThresholds } from '@naervaer/shared/absence';
import type { AgendaStep } from '@naervaer/shared/agenda';
import { contentFields, readAbsenceThresholds, readTimeBoxes, writeAbsenceThresholds, writeTimeBoxes } from '@naervaer/shared/doc';
import type { ConversationId } from '@naervaer/shared/conversation-guides';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.trunc(value)));

/** Sets a step's time box in minutes (0–240, whole minutes); anything not a number is ignored. */
export function setTimeBox(control: Y.Doc, step: AgendaStep, minutes: number): void {
  if (!Number.isFinite(minutes)) return;
  writeTimeBoxes(control, { ...readTimeBoxes(control), [step]: clamp(minutes, 0, 240) });
}

/** Changes the absence thresholds; counts are whole numbers from 0 to 1000. */
export function setAbsenceThresholds(control: Y.Doc, patch: Partial<AbsenceThresholds>): void {
  const next = { ...readAbsenceThresholds(control), ...patch };
  for (const key of ['invalidOccurrences', 'diffuseSingleDaysPerMonth', 'validDaysPerSemester', 'lateArrivalsPerMonth'] as const) {
    if (!Number.isFinite(next[key])) return;
    next[key] = clamp(next[key], 0, 1000);
  }
  writeAbsenceThresholds(control, AbsenceThresholds.parse(next));
}

/** Ticks a talking point of a conversation as covered, or unticks it. */
export function toggleTalkingPoint(content: Y.Doc, conversation: ConversationId, point: string): void {
  const fields = contentFields(content);
  const key = `conversations.${conversation}.covered`;
  const covered = fields.get(key);
  const list = Array.isArray(covered) ? (covered as unknown[]).filter((p): p is string => typeof p === 'string') : [];
  fields.set(key, list.includes(point) ? list.filter((p) => p !== point) : [...list, point]);
}
