import { describe, expect, it } from 'vitest';
import { anonymousWriteProblem, invitedNamePattern } from './anonymous';

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

describe('the names of the meeting’s invited people', () => {
  const names = invitedNamePattern(['Kari Nordmann', 'Anne-Lise Berg', 'Helsesykepleier Per', 'ppt']);

  it('are refused in free text, records and board text, written with a capital letter', () => {
    for (const text of ['Kari tar kontakt med mor', 'Avtalt med NORDMANN', 'Anne-Lise følger opp', 'Spør Per om timeplanen', 'Karis forslag', 'Lise ringer hjem'])
      expect(anonymousWriteProblem(at('text:notes.purpose'), [text], { ...TODAY, names }), text).toEqual({ kind: 'name' });
    expect(anonymousWriteProblem(at('boardDrawing', 'shape:x'), [{ props: { text: 'Berg' } }], { ...TODAY, names })).toEqual({ kind: 'name' });
  });

  it('leave ordinary words, service names and the list of who takes part alone', () => {
    for (const text of ['To timer per uke', 'Helsesykepleier følger opp', 'PPT kartlegger', 'Karine og Bergen er andre ord'])
      expect(anonymousWriteProblem(at('text:notes.purpose'), [text], { ...TODAY, names }), text).toBeNull();
    expect(anonymousWriteProblem(at('list:participants', 'p1', 'name'), ['Kari Nordmann'], { ...TODAY, names })).toBeNull();
    expect(anonymousWriteProblem(at('mapping', 'n1', 'saidByName'), ['Kari Nordmann'], { ...TODAY, names })).toBeNull();
    expect(anonymousWriteProblem(at('boardDrawing', 'shape:n1'), [{ props: { text: 'Trives i friminuttet', saidByName: 'Kari Nordmann' } }], { ...TODAY, names })).toBeNull();
    expect(anonymousWriteProblem(at('boardDrawing', 'shape:n1'), [{ props: { text: 'Kari sier', saidByName: 'Kari Nordmann' } }], { ...TODAY, names })).toEqual({ kind: 'name' });
  });

  it('are refused at the start of a sentence too, where a name and an ordinary word look alike (a known cost: the field says why)', () => {
    expect(anonymousWriteProblem(at('text:notes.purpose'), ['Per uke er det to timer'], { ...TODAY, names })).toEqual({ kind: 'name' });
    expect(anonymousWriteProblem(at('text:notes.purpose'), ['Personalet vet om det'], { ...TODAY, names })).toBeNull();
  });

  it('make no pattern when no one is named', () => {
    expect(invitedNamePattern([])).toBeNull();
    expect(invitedNamePattern(['helsesykepleier', 'PP-tjenesten'])).toBeNull();
  });
});
