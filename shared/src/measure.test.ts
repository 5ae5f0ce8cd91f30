import { describe, expect, it } from 'vitest';
import {
  CooperationAgreement,
  type MeasureRow,
  addMeasureRow,
  editMeasureRow,
  evaluationsFromAgreement,
  measureRowIssues,
  moveMeasureRow,
  moveMeasureRowBy,
  newMeasureRow,
  removeMeasureRow,
  reorderMeasureRows,
  responsibleLabel,
} from './measure';

const rows: MeasureRow[] = ['a', 'b', 'c', 'd'].map((id) => newMeasureRow(id, { measure: `Tiltak ${id}` }));
const ids = (list: readonly MeasureRow[]) => list.map((r) => r.id);

describe('measure rows of the cooperation agreement', () => {
  it('starts a new row empty apart from its id', () => {
    expect(newMeasureRow('x')).toEqual({ id: 'x', subGoal: '', measure: '' });
  });

  it('adds a row at the end or at a given place', () => {
    expect(ids(addMeasureRow(rows, newMeasureRow('e')))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(addMeasureRow(rows, newMeasureRow('e'), 1))).toEqual(['a', 'e', 'b', 'c', 'd']);
    expect(ids(addMeasureRow(rows, newMeasureRow('e'), -5))).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('edits one row and leaves the others and the original list alone', () => {
    const edited = editMeasureRow(rows, 'b', { subGoal: 'Møter presis', deadline: '2025-12-01', responsible: { participantId: 'p1' } });
    expect(edited[1]).toEqual({ id: 'b', subGoal: 'Møter presis', measure: 'Tiltak b', deadline: '2025-12-01', responsible: { participantId: 'p1' } });
    expect(edited[0]).toBe(rows[0]);
    expect(rows[1]).toEqual({ id: 'b', subGoal: '', measure: 'Tiltak b' });
  });

  it('clears a deadline when it is edited to undefined', () => {
    const withDeadline = editMeasureRow(rows, 'a', { deadline: '2025-12-01' });
    const cleared = editMeasureRow(withDeadline, 'a', { deadline: undefined });
    expect(cleared[0]).not.toHaveProperty('deadline');
  });

  it('removes a row by id', () => {
    expect(ids(removeMeasureRow(rows, 'c'))).toEqual(['a', 'b', 'd']);
    expect(ids(removeMeasureRow(rows, 'nope'))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('moves a row to a new position', () => {
    expect(ids(moveMeasureRow(rows, 'a', 2))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(moveMeasureRow(rows, 'd', 0))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(moveMeasureRow(rows, 'b', 99))).toEqual(['a', 'c', 'd', 'b']);
    expect(ids(moveMeasureRow(rows, 'nope', 0))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('moves a row up and down one place, and stays put at the ends', () => {
    expect(ids(moveMeasureRowBy(rows, 'c', -1))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(moveMeasureRowBy(rows, 'c', 1))).toEqual(['a', 'b', 'd', 'c']);
    expect(ids(moveMeasureRowBy(rows, 'a', -1))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(moveMeasureRowBy(rows, 'd', 1))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reorders rows by a list of ids, keeping rows not named at the end', () => {
    expect(ids(reorderMeasureRows(rows, ['d', 'b']))).toEqual(['d', 'b', 'a', 'c']);
    expect(ids(reorderMeasureRows(rows, ['x', 'c', 'a', 'b', 'd']))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('says what a row still lacks', () => {
    expect(measureRowIssues(newMeasureRow('x'))).toEqual(['noMeasure', 'noResponsible', 'noDeadline']);
    expect(measureRowIssues(newMeasureRow('x', { measure: 'Fast morgenrutine', responsible: { text: ' ' }, deadline: '2025-12-01' }))).toEqual([
      'noResponsible',
    ]);
    expect(measureRowIssues(newMeasureRow('x', { measure: 'Fast morgenrutine', responsible: { text: 'Foresatte' }, deadline: '2025-12-01' }))).toEqual([]);
  });

  it('names the responsible person through the participants, or by the free text', () => {
    const names = (id: string) => (id === 'p1' ? 'Åse Lien' : undefined);
    expect(responsibleLabel({ participantId: 'p1' }, names)).toBe('Åse Lien');
    expect(responsibleLabel({ text: 'Foresatte' }, names)).toBe('Foresatte');
    expect(responsibleLabel(undefined, names)).toBe('');
  });

  it('refuses a deadline that is not an ISO date, and a responsible that is both person and text', () => {
    expect(CooperationAgreement.safeParse({ rows: [{ id: 'a', deadline: '1.12.2025' }] }).success).toBe(false);
    expect(CooperationAgreement.safeParse({ rows: [{ id: 'a', responsible: { participantId: 'p', text: 'x' } }] }).success).toBe(false);
  });

  it('starts a follow-up’s evaluation from last time’s measures', () => {
    const previous = CooperationAgreement.parse({ rows: [...rows, newMeasureRow('blank')] });
    expect(evaluationsFromAgreement(previous).map((e) => e.measure)).toEqual(['Tiltak a', 'Tiltak b', 'Tiltak c', 'Tiltak d']);
  });
});
