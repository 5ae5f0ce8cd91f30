import { describe, expect, it } from 'vitest';
import { findIdentifiers, hasValidControlDigits } from './identifiers';

const TODAY = new Date('2026-12-02T10:00:00Z');
const kinds = (text: string) => findIdentifiers(text, TODAY).map((f) => f.kind);

describe('identifiers in text', () => {
  it('finds a fødselsnummer and a D-number by their control digits, and not eleven digits that fail them', () => {
    expect(hasValidControlDigits('17031410150')).toBe(true);
    expect(hasValidControlDigits('17031410151')).toBe(false);
    expect(kinds('Eleven har fnr 17031410150.')).toContain('nationalId');
    expect(kinds('Fnr: 170314 10150')).toContain('nationalId');
    expect(kinds('D-nr 57031410063')).toContain('dNumber');
    expect(kinds('Saksnummer 17031410151')).not.toContain('nationalId');
    expect(kinds('fnr 170314-10150')).toContain('nationalId');
    expect(kinds('fnr 17 03 14 101 50')).toContain('nationalId');
  });

  it('finds a date in a school-age child’s birth years, or after “født”, and leaves the meeting’s own dates alone', () => {
    expect(kinds('Født 17.03.2014')).toContain('dateOfBirth');
    expect(kinds('17/3-14 er bursdagen')).toContain('dateOfBirth');
    expect(kinds('2014-03-17')).toContain('dateOfBirth');
    expect(kinds('den 17. mars 2014')).toContain('dateOfBirth');
    expect(kinds('født i 2014')).toContain('dateOfBirth');
    expect(kinds('Neste møte 18.12.2026, forrige 28.10.2025.')).toEqual([]);
    expect(kinds('Møtet varer kl. 08.30-09.15, punkt 3.2.10 i planen.')).toEqual([]);
    expect(kinds('Tiltaket gjelder fra 01.09.2022.')).toEqual([]);
  });

  it('finds Norwegian phone numbers however they are grouped, and e-mail addresses', () => {
    for (const phone of ['900 00 000', '90 00 00 00', '90000000', '+47 900 00 000', '0047 22334455']) expect(kinds(`Ring ${phone}`)).toContain('phone');
    expect(kinds('mor.hansen@example.no')).toEqual(['email']);
    expect(kinds('Skoleåret 2024 2025 og 2024-2025')).toEqual([]);
    expect(kinds('Fravær i uke 34 35 36 37')).toEqual([]);
  });

  it('finds nothing in the ordinary words of a meeting', () => {
    expect(kinds('12 dager borte dette halvåret, 3 ganger for sent, klasse 6B, 20 minutter.')).toEqual([]);
    expect(kinds('Gruer seg til høytlesing og framføringer.')).toEqual([]);
  });
});
