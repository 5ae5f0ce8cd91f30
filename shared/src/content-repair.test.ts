import { describe, expect, it } from 'vitest';
import { CUT_MARK, cutText, readContentPerField, recordKeys, textLimit } from './content-repair';

describe('reading content field by field', () => {
  it('takes its limits and record keys from the schema', () => {
    expect(textLimit('notes.purpose')).toBe(20_000);
    expect(textLimit('participants.fondOf')).toBe(500);
    expect(textLimit('interpreter.language')).toBe(80);
    expect(textLimit('interpreter.used')).toBeUndefined();
    expect(textLimit('__proto__.polluted')).toBeUndefined();
    expect(recordKeys(['participants'])).toEqual(expect.arrayContaining(['id', 'name', 'service', 'fondOf']));
    expect(recordKeys(['agreement', 'rows'])).toEqual(expect.arrayContaining(['measure', 'deadline']));
  });

  it('cuts a text over its limit with a visible mark, to exactly the limit', () => {
    const cut = cutText('å'.repeat(30), 10);
    expect(cut).toHaveLength(10);
    expect(cut.endsWith(CUT_MARK)).toBe(true);
  });

  it('mends each broken value on its own and reports it, keeping everything else', () => {
    const { content, repairs } = readContentPerField('named', {
      notes: { purpose: 'x'.repeat(20_001), welcome: 'Velkommen' },
      participants: [{ id: 'p1', name: 'Kari', service: 'helsesykepleier' }, 'not a record', { id: 'p3', service: 'ppt' }, { id: 'p4', name: 'Per', service: 'ppt', odd: 1 }],
      absence: { validDaysSemester: 'mange', invalidOccurrences: 3 },
      unknownPart: { a: 1 },
      schemaVersion: 7,
    });
    expect(content.notes.purpose).toHaveLength(20_000);
    expect(content.notes.welcome).toBe('Velkommen');
    expect(content.participants.map((p) => p.id)).toEqual(['p1', 'p3', 'p4']);
    expect(content.absence).toMatchObject({ validDaysSemester: null, invalidOccurrences: 3 });
    expect(content.schemaVersion).toBe(1);
    expect(repairs).toEqual(
      expect.arrayContaining([
        { path: 'notes.purpose', action: 'cut' },
        { path: 'participants.1', action: 'dropped' },
        { path: 'participants.3.odd', action: 'dropped' },
        { path: 'absence.validDaysSemester', action: 'dropped' },
        { path: 'unknownPart', action: 'dropped' },
      ]),
    );
  });

  it('reads something that is no meeting at all as an empty meeting', () => {
    expect(readContentPerField('named', 'nonsense').content.participants).toEqual([]);
    expect(readContentPerField('named', null).repairs).toEqual([]);
  });

  it('leaves the raw value as it was', () => {
    const raw = { notes: { purpose: 'x'.repeat(20_001) } };
    readContentPerField('named', raw);
    expect(raw.notes.purpose).toHaveLength(20_001);
  });
});
