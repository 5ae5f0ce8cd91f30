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

/** A pupil's birth years, as of `today`: the guide's ages 6 to 16, with a year or so either side. */
function birthYears(today: Date): [number, number] {
  const year = today.getUTCFullYear();
  return [year - 19, year - 5];
}

/** Whether a day and a month make a date (a time like 08.30 does not). */
function isDayMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const MONTHS = 'jan(?:uar)?|feb(?:ruar)?|mar(?:s)?|apr(?:il)?|mai|jun(?:i)?|jul(?:i)?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|des(?:ember)?';
// Dates as people write them: 17.03.2014, 17/3-14, 2014-03-17, 17. mars 2014.
const DATE_PATTERNS: { re: RegExp; year: (m: RegExpExecArray) => number; valid: (m: RegExpExecArray) => boolean }[] = [
  // With a two-digit year, a day or month of one digit each (3.2.10) is a section number, not a date.
  { re: /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b/g, year: (m) => fullYear(m[3]!), valid: (m) => isDayMonth(Number(m[1]), Number(m[2])) && (m[3]!.length === 4 || m[1]!.length + m[2]!.length > 2) },
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, year: (m) => Number(m[1]), valid: (m) => isDayMonth(Number(m[3]), Number(m[2])) },
  { re: new RegExp(`\\b(\\d{1,2})\\.?\\s*(?:${MONTHS})\\.?\\s+(\\d{4})\\b`, 'giu'), year: (m) => Number(m[2]), valid: (m) => isDayMonth(Number(m[1]), 1) },
];

function fullYear(text: string): number {
  if (text.length === 4) return Number(text);
  // Two digits: a child's birth year is in this century.
  return 2000 + Number(text);
}

/** Every identifier in a text (none for an ordinary sentence). */
export function findIdentifiers(text: string, today: Date = new Date()): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  // Eleven digits, whole or with single spaces, dots or dashes between them (010190-00083, 01 01 90 000 83).
  for (const m of text.matchAll(/(?<![\d.-])\d(?:[ .-]?\d){10}(?![\d])/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (hasValidControlDigits(digits)) found.push({ kind: Number(digits[0]) >= 4 ? 'dNumber' : 'nationalId', text: m[0] });
  }
  const [from, to] = birthYears(today);
  for (const { re, year, valid } of DATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const y = year(m as RegExpExecArray);
      if (y >= from && y <= to && valid(m as RegExpExecArray)) found.push({ kind: 'dateOfBirth', text: m[0] });
    }
  }
  for (const m of text.matchAll(new RegExp(`\\bfødt\\b[^\\n]{0,20}?\\b(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s*(?:${MONTHS})\\.?(?:\\s+\\d{4})?|\\d{4})\\b`, 'giu'))) {
    found.push({ kind: 'dateOfBirth', text: m[0] });
  }
  // Norwegian phone numbers: eight digits starting 2–9, written whole or in groups of spaces or dots,
  // maybe after +47 / 0047. Not: dates, a pair of years (2024 2025), week numbers (uke 34 35 36 37).
  for (const m of text.matchAll(/(?<![\d+.-])(?:(?:\+|00)47[\s.]?)?([2-9]\d(?:[ .]?\d){6})(?![\d]|[.-]\d)/g)) {
    const digits = m[1]!.replace(/\D/g, '');
    if (digits.length !== 8 || isDateLike(m[1]!) || isYearPair(m[1]!)) continue;
    if (/\buker?\s*$/iu.test(text.slice(0, m.index))) continue;
    found.push({ kind: 'phone', text: m[0] });
  }
  for (const m of text.matchAll(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu)) found.push({ kind: 'email', text: m[0] });
  return found;
}

/** `17.03.2014`-like groups are dates, not phone numbers. */
function isDateLike(text: string): boolean {
  return /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(text.trim());
}

/** Two years side by side (a school year, a span): not a phone number. */
function isYearPair(text: string): boolean {
  return /^(19|20)\d\d[ .](19|20)\d\d$/.test(text.trim());
}

/** Every identifier in any string inside a value (strings, arrays, plain objects). */
export function findIdentifiersIn(value: unknown, today: Date = new Date()): FoundIdentifier[] {
  if (typeof value === 'string') return findIdentifiers(value, today);
  if (Array.isArray(value)) return value.flatMap((v) => findIdentifiersIn(v, today));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => [...findIdentifiers(k, today), ...findIdentifiersIn(v, today)]);
  return [];
}
