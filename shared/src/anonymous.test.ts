import { describe, expect, it } from 'vitest';
import { anonymousWriteProblem } from './anonymous';

const at = (root: string, key: string | null = null, field: string | null = null) => ({ root, key, field });
const TODAY = { today: new Date('2026-12-02T10:00:00Z') };

describe('what an anonymous consultation may store', () => {
  it('takes the layout’s own places with ordinary text', () => {
    expect(anonymousWriteProblem(at('text:notes.purpose'), ['Fravær siden høstferien.'], TODAY)).toBeNull();
    expect(anonymousWriteProblem(at('fields', 'concern.raisedBy'), ['Kontaktlærer'], TODAY)).toBeNull();
    expect(anonymousWriteProblem(at('list:participants', 'p1'), [], { ...TODAY, isType: true })).toBeNull();
    expect(anonymousWriteProblem(at('list:participants', 'p1', 'service'), ['ppt'], TODAY)).toBeNull();
    expect(anonymousWriteProblem(at('text:measureRows.r1.measure'), ['Åse møter eleven ved bilen'], TODAY)).toBeNull();
  });

  it('refuses the places reserved for identities, in any spelling', () => {
    expect(anonymousWriteProblem(at('fields', 'pupil.name'), ['Ola'], TODAY)).toMatchObject({ kind: 'identity' });
    expect(anonymousWriteProblem(at('list:participants', 'p1', 'service'), ['elev'], TODAY)).toMatchObject({ kind: 'identity' });
    expect(anonymousWriteProblem(at('list:recipients', 'r1', 'service'), ['foresatt'], TODAY)).toMatchObject({ kind: 'identity' });
    expect(anonymousWriteProblem(at('list:participants', 'p1', 'service'), ['elev '], TODAY)).toMatchObject({ kind: 'unknownPlace' });
    expect(anonymousWriteProblem(at('fields', 'Pupil.name'), ['Ola'], TODAY)).toMatchObject({ kind: 'unknownPlace' });
  });

  it('refuses places the layout does not have', () => {
    expect(anonymousWriteProblem(at('pupil', 'name'), ['Ola'], TODAY)).toMatchObject({ kind: 'unknownPlace' });
    expect(anonymousWriteProblem(at('text:pupil.name'), ['Ola'], TODAY)).toMatchObject({ kind: 'unknownPlace' });
    expect(anonymousWriteProblem(at('list:participants', 'p1'), [{ service: 'elev' }], TODAY)).toMatchObject({ kind: 'unknownPlace' });
  });

  it('refuses an identifier in any string, at any place, keys of plain objects too', () => {
    expect(anonymousWriteProblem(at('text:notes.purpose'), ['Mor: 900 00 000'], TODAY)).toMatchObject({ kind: 'identifier', found: { kind: 'phone' } });
    expect(anonymousWriteProblem(at('boardDrawing', 'shape:x'), [{ props: { text: 'født 17.03.2014' } }], TODAY)).toMatchObject({ kind: 'identifier', found: { kind: 'dateOfBirth' } });
    expect(anonymousWriteProblem(at('boardDrawing', 'shape:x'), [{ 'ola@example.no': 1 }], TODAY)).toMatchObject({ kind: 'identifier', found: { kind: 'email' } });
  });
});
