/**
 * What an anonymous consultation never stores, found in text: a fødselsnummer or D-number (checked
 * with their two mod-11 control digits), a date of birth (a date in a school-age child's birth years,
 * or any date after "født"), a Norwegian phone number and an e-mail address. The server checks every
 * string an update inserts with this; the client checks the same before it sends, and says why at the
 * field. Names are not found here: see SECURITY.md for what is and is not caught.
 */

export const IDENTIFIER_KINDS = ['nationalId', 'dNumber', 'dateOfBirth', 'phone', 'email'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];
export type FoundIdentifier = { kind: IdentifierKind; text: string };

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function control(digits: readonly number[], weights: readonly number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  const rest = 11 - (sum % 11);
  return rest === 11 ? 0 : rest;
}

/** Whether 11 digits carry valid mod-11 control digits (a fødselsnummer, D-number or H-number). */
export function hasValidControlDigits(elevenDigits: string): boolean {
  if (!/^\d{11}$/.test(elevenDigits)) return false;
  const d = [...elevenDigits].map(Number);
  const k1 = control(d, W1);
  const k2 = control(d, W2);
  return k1 !== 10 && k2 !== 10 && k1 === d[9] && k2 === d[10];
}

/** A school-age child's birth years, as of `today`: ages 3 to 21, with room either side. */
function birthYears(today: Date): [number, number] {
  const year = today.getUTCFullYear();
  return [year - 21, year - 3];
}

const MONTHS = 'jan(?:uar)?|feb(?:ruar)?|mar(?:s)?|apr(?:il)?|mai|jun(?:i)?|jul(?:i)?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|des(?:ember)?';
// Dates as people write them: 17.03.2014, 17/3-14, 2014-03-17, 17. mars 2014.
const DATE_PATTERNS: { re: RegExp; year: (m: RegExpExecArray) => number }[] = [
  { re: /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b/g, year: (m) => fullYear(m[3]!) },
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, year: (m) => Number(m[1]) },
  { re: new RegExp(`\\b(\\d{1,2})\\.?\\s*(?:${MONTHS})\\.?\\s+(\\d{4})\\b`, 'giu'), year: (m) => Number(m[2]) },
];

function fullYear(text: string): number {
  if (text.length === 4) return Number(text);
  // Two digits: a child's birth year is in this century.
  return 2000 + Number(text);
}

/** Every identifier in a text (none for an ordinary sentence). */
export function findIdentifiers(text: string, today: Date = new Date()): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  // Eleven digits, maybe split as 6+5 with a space or dot: a fødselsnummer or a D-number.
  for (const m of text.matchAll(/(?<!\d)(\d{6})[ .]?(\d{5})(?!\d)/g)) {
    const digits = m[1]! + m[2]!;
    if (hasValidControlDigits(digits)) found.push({ kind: Number(digits[0]) >= 4 ? 'dNumber' : 'nationalId', text: m[0] });
  }
  const [from, to] = birthYears(today);
  for (const { re, year } of DATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const y = year(m as RegExpExecArray);
      if (y >= from && y <= to) found.push({ kind: 'dateOfBirth', text: m[0] });
    }
  }
  for (const m of text.matchAll(new RegExp(`\\bfødt\\b[^\\n]{0,20}?\\b(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s*(?:${MONTHS})\\.?(?:\\s+\\d{4})?|\\d{4})\\b`, 'giu'))) {
    found.push({ kind: 'dateOfBirth', text: m[0] });
  }
  // Norwegian phone numbers: eight digits starting 2–9, written whole or in groups, maybe +47 / 0047.
  for (const m of text.matchAll(/(?<![\d+])(?:(?:\+|00)47[\s.-]?)?([2-9]\d(?:[\s.-]?\d){6})(?![\d])/g)) {
    const digits = m[1]!.replace(/\D/g, '');
    if (digits.length === 8 && !isDateLike(m[1]!)) found.push({ kind: 'phone', text: m[0] });
  }
  for (const m of text.matchAll(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu)) found.push({ kind: 'email', text: m[0] });
  return found;
}

/** `17.03.2014`-like groups are dates, not phone numbers. */
function isDateLike(text: string): boolean {
  return /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(text.trim());
}

/** Every identifier in any string inside a value (strings, arrays, plain objects). */
export function findIdentifiersIn(value: unknown, today: Date = new Date()): FoundIdentifier[] {
  if (typeof value === 'string') return findIdentifiers(value, today);
  if (Array.isArray(value)) return value.flatMap((v) => findIdentifiersIn(v, today));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => [...findIdentifiers(k, today), ...findIdentifiersIn(v, today)]);
  return [];
}
