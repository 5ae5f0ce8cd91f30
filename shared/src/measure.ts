/**
 * Agreed measures (agenda step 8), laid out as the guide's cooperation agreement (Vedlegg 4
 * "Samarbeidsavtale mellom foresatte og skole"): status, hovedmål, then rows of
 * delmål | tiltak | ansvar | frist, and the period the agreement covers. The helpers are pure:
 * they return new arrays/objects and never mutate.
 */
import * as z from 'zod';
import { IsoDate } from './pupil';

/** Who is responsible: a participant in the meeting, or free text ("foresatte", "SFO"). */
export const Responsible = z.union([
  z.strictObject({ participantId: z.string().min(1).max(100) }),
  z.strictObject({ text: z.string().max(200) }),
]);
export type Responsible = z.infer<typeof Responsible>;

export const MeasureRow = z.strictObject({
  id: z.string().min(1).max(100),
  /** Delmål. */
  subGoal: z.string().max(1000).default(''),
  /** Tiltak. */
  measure: z.string().max(2000).default(''),
  /** Ansvar; may be missing while the row is being written. */
  responsible: Responsible.optional(),
  /** Frist; may be missing while the row is being written. */
  deadline: IsoDate.optional(),
  /** The library entry it was picked from, if any. */
  libraryId: z.string().max(60).optional(),
});
export type MeasureRow = z.infer<typeof MeasureRow>;

export const CooperationAgreement = z.strictObject({
  /** Status: description of the present situation. */
  status: z.string().max(5000).default(''),
  /** Hovedmål. */
  mainGoal: z.string().max(2000).default(''),
  rows: z.array(MeasureRow).default([]),
  periodFrom: IsoDate.optional(),
  periodTo: IsoDate.optional(),
});
export type CooperationAgreement = z.infer<typeof CooperationAgreement>;

/** How a measure agreed last time went, recorded in a follow-up meeting. */
export const MEASURE_OUTCOMES = ['worked', 'partly', 'didNotWork', 'notTried'] as const;
export type MeasureOutcome = (typeof MEASURE_OUTCOMES)[number];
export const MeasureEvaluation = z.strictObject({
  id: z.string().min(1).max(100),
  /** The measure as it was worded last time. */
  measure: z.string().max(2000).default(''),
  outcome: z.enum(MEASURE_OUTCOMES).optional(),
  note: z.string().max(2000).default(''),
});
export type MeasureEvaluation = z.infer<typeof MeasureEvaluation>;

/** Starts a follow-up's evaluation from the previous agreement's rows, one entry per measure. */
export function evaluationsFromAgreement(previous: CooperationAgreement): MeasureEvaluation[] {
  return previous.rows.filter((row) => row.measure.trim() !== '').map((row) => ({ id: row.id, measure: row.measure, note: '' }));
}

/** An empty agreement. */
export function emptyAgreement(): CooperationAgreement {
  return CooperationAgreement.parse({});
}

/** A new row; the caller supplies the id (e.g. crypto.randomUUID()). */
export function newMeasureRow(id: string, init: Partial<Omit<MeasureRow, 'id'>> = {}): MeasureRow {
  return MeasureRow.parse({ ...init, id });
}

/** Adds a row at the end, or before `index` (clamped to the list). */
export function addMeasureRow(rows: readonly MeasureRow[], row: MeasureRow, index: number = rows.length): MeasureRow[] {
  const at = clampIndex(index, rows.length);
  return [...rows.slice(0, at), row, ...rows.slice(at)];
}

/** Changes fields of one row; `responsible` or `deadline` set to undefined clears them. Unknown id: unchanged. */
export function editMeasureRow(rows: readonly MeasureRow[], id: string, patch: Partial<Omit<MeasureRow, 'id'>>): MeasureRow[] {
  return rows.map((row) => {
    if (row.id !== id) return row;
    const next: MeasureRow = { ...row, ...patch, id: row.id };
    for (const key of Object.keys(next) as (keyof MeasureRow)[]) if (next[key] === undefined) delete next[key];
    return next;
  });
}

/** Removes one row. */
export function removeMeasureRow(rows: readonly MeasureRow[], id: string): MeasureRow[] {
  return rows.filter((row) => row.id !== id);
}

/** Moves a row to a new position (clamped); unknown id: unchanged. */
export function moveMeasureRow(rows: readonly MeasureRow[], id: string, toIndex: number): MeasureRow[] {
  const from = rows.findIndex((row) => row.id === id);
  if (from === -1) return [...rows];
  const rest = [...rows.slice(0, from), ...rows.slice(from + 1)];
  const to = clampIndex(toIndex, rest.length);
  return [...rest.slice(0, to), rows[from] as MeasureRow, ...rest.slice(to)];
}

/** Moves a row up (negative) or down (positive) by some places, e.g. for ↑/↓ buttons. */
export function moveMeasureRowBy(rows: readonly MeasureRow[], id: string, delta: number): MeasureRow[] {
  const from = rows.findIndex((row) => row.id === id);
  if (from === -1) return [...rows];
  return moveMeasureRow(rows, id, from + delta);
}

/** Puts the rows in the order of the given ids; rows not named keep their order after the named ones. */
export function reorderMeasureRows(rows: readonly MeasureRow[], orderedIds: readonly string[]): MeasureRow[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const named = orderedIds.map((id) => byId.get(id)).filter((row): row is MeasureRow => row !== undefined);
  const seen = new Set(named.map((row) => row.id));
  return [...named, ...rows.filter((row) => !seen.has(row.id))];
}

export type MeasureRowIssue = 'noMeasure' | 'noResponsible' | 'noDeadline';

/** What a row still lacks before the agreement is complete (text keys: `domain:agreement.issues.<issue>`). */
export function measureRowIssues(row: MeasureRow): MeasureRowIssue[] {
  const issues: MeasureRowIssue[] = [];
  if (row.measure.trim() === '') issues.push('noMeasure');
  if (!row.responsible || ('text' in row.responsible && row.responsible.text.trim() === '')) issues.push('noResponsible');
  if (!row.deadline) issues.push('noDeadline');
  return issues;
}

/** How a row's responsible reads in the minutes, given a way to name participants. */
export function responsibleLabel(responsible: Responsible | undefined, participantName: (id: string) => string | undefined): string {
  if (!responsible) return '';
  if ('participantId' in responsible) return participantName(responsible.participantId) ?? '';
  return responsible.text;
}

function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index)) return length;
  return Math.min(length, Math.max(0, Math.trunc(index)));
}
