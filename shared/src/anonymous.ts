/**
 * What "anonymous" means for a consultation, as one rule both sides apply: the server to every
 * update before it is stored (per root, key and record field, from the update's own structs), the
 * client to what a person types before it is sent.
 *
 * An anonymous consultation holds nothing the layout reserves for identities (the pupil's fields,
 * the pupil or a parent among the participants or recipients), writes only where the layout has a
 * place (unknown roots, keys and record shapes are refused), and no string it holds carries a
 * fødselsnummer, a D-number, a date of birth, a phone number or an e-mail address (identifiers.ts).
 */
import { CONTENT_LIST_LAYOUT, CONTENT_SCALAR_FIELDS, CONTENT_TEXT_FIELDS } from './content-doc';
import { CONTENT_LISTS, type ContentListName, TEXT_ROOT_PREFIX, contentMapRoots } from './doc';
import { type FoundIdentifier, findIdentifiersIn } from './identifiers';
import { FAMILY_SERVICES, SERVICES } from './participant';
import { services as enServices } from './locales/en/domain-names';
import { services as nbServices } from './locales/nb/domain-names';
import { services as nnServices } from './locales/nn/domain-names';

/** Where a value is written in the content document: its root, the key under it, the record field under that. */
export type WritePlace = { root: string | null; key: string | null; field: string | null };

export type AnonymousProblem =
  | { kind: 'identifier'; found: FoundIdentifier }
  /** A place the layout reserves for identities (the pupil's fields, a pupil or parent as participant or recipient). */
  | { kind: 'identity'; where: string }
  /** A place the layout does not have. */
  | { kind: 'unknownPlace'; where: string }
  /** The name of someone invited to the meeting (never kept in the problem: it is logged). */
  | { kind: 'name' };

/**
 * The names of a meeting's invited people as one pattern: each word of a name that starts with a
 * capital letter (not the words of a service's name, such as "Helsesykepleier"), found as a whole
 * word written with a capital letter ("Kari", "KARI"; not "per uke" for "Per"). Null when there is none.
 */
export function invitedNamePattern(names: readonly string[]): RegExp | null {
  const words = new Set<string>();
  for (const name of names) {
    for (const whole of name.normalize('NFC').split(/[^\p{L}'\u2019-]+/u)) {
      // "Anne-Lise" is also called "Anne" or "Lise".
      for (const word of [whole, ...(whole.includes('-') ? whole.split('-') : [])]) {
        if (word.length < 2 || !/^\p{Lu}/u.test(word) || SERVICE_WORDS.has(word.toLocaleLowerCase('nb'))) continue;
        words.add(word.toLocaleLowerCase('nb').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      }
    }
  }
  if (words.size === 0) return null;
  // Longest first, so "Anne-Lise" is found before "Anne".
  const alternatives = [...words].sort((a, b) => b.length - a.length).join('|');
  // A Norwegian possessive ("Karis", "Åsmunds") is the name too.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})s?(?![\\p{L}\\p{N}])`, 'giu');
}

/** Words of the services' names in every language: a service named in an invitation is no name. */
const SERVICE_WORDS: ReadonlySet<string> = new Set(
  [nbServices, nnServices, enServices]
    .flatMap((services) => Object.values(services) as string[])
    .flatMap((label) => [...label.split(/[^\p{L}'\u2019-]+/u), ...label.split(/[^\p{L}]+/u)])
    .map((w) => w.toLocaleLowerCase('nb'))
    .filter((w) => w.length > 0),
);

/** Whether a text names one of the people, as a name is written: with a capital first letter. */
function hasName(text: string, pattern: RegExp): boolean {
  for (const match of text.normalize('NFC').matchAll(pattern)) if (/^\p{Lu}/u.test(match[0])) return true;
  return false;
}

/** Whether any string inside a value (keys of plain objects too) carries one of the names. */
function carriesName(value: unknown, pattern: RegExp, depth = 0): boolean {
  if (typeof value === 'string') return hasName(value, pattern);
  if (depth > 32 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((v) => carriesName(v, pattern, depth + 1));
  return Object.entries(value).some(([k, v]) => hasName(k, pattern) || (k !== SAID_BY_NAME && carriesName(v, pattern, depth + 1)));
}

/** The key that names who said a mapping note (a participant), in its record and on the board's note. */
const SAID_BY_NAME = 'saidByName';

/** Where a name of an invited person belongs: the meeting's own list of who takes part, and who said a note. */
function isParticipantName(place: WritePlace): boolean {
  return (place.root === 'list:participants' && place.field === 'name') || place.field === SAID_BY_NAME;
}

const MAP_ROOTS: ReadonlySet<string> = new Set(contentMapRoots());
const SCALARS: ReadonlySet<string> = new Set(CONTENT_SCALAR_FIELDS);
const TEXTS: ReadonlySet<string> = new Set(CONTENT_TEXT_FIELDS);
/** Services that name the pupil by being there. */
const FAMILY: ReadonlySet<string> = new Set(FAMILY_SERVICES);
const KNOWN_SERVICES: ReadonlySet<string> = new Set(SERVICES);
const LISTS_WITH_SERVICE: ReadonlySet<string> = new Set((['participants', 'recipients'] as const).map((l) => `list:${l}`));

/** Whether a value holds an object whose prototype is not a plain object's (set through a `__proto__` key). */
function hasHiddenKeys(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 32) return false;
  if (Array.isArray(value)) return value.some((v) => hasHiddenKeys(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  // Binary data no rule can read counts as hidden too.
  if (value instanceof Uint8Array || (proto !== Object.prototype && proto !== null)) return true;
  return Object.values(value).some((v) => hasHiddenKeys(v, depth + 1));
}

/** Whether a scalar of the `fields` map is reserved for the pupil's identity. */
function isIdentityScalar(key: string): boolean {
  return key === 'pupil' || key.startsWith('pupil.');
}

/** Whether a text root names a field or a record text the layout has. */
function isKnownText(root: string): boolean {
  const path = root.slice(TEXT_ROOT_PREFIX.length);
  if (TEXTS.has(path)) return true;
  const [list, id, field, ...rest] = path.split('.');
  if (rest.length || !list || !id || !field || !(CONTENT_LISTS as readonly string[]).includes(list)) return false;
  return CONTENT_LIST_LAYOUT[list as ContentListName].texts.includes(field);
}

/**
 * The first reason a write of `values` at `place` breaks the rule, or null. `isType`: the value is a
 * shared type (a record's map, a text), not plain data; `names`: the invited people's names
 * (`invitedNamePattern`), refused everywhere but in the list of who takes part.
 */
export function anonymousWriteProblem(place: WritePlace, values: readonly unknown[], options: { isType?: boolean; today?: Date; names?: RegExp | null } = {}): AnonymousProblem | null {
  for (const value of values) {
    const [found] = findIdentifiersIn(value, options.today);
    if (found) return { kind: 'identifier', found };
    if (options.names && !isParticipantName(place) && carriesName(value, options.names)) return { kind: 'name' };
    // An object read with a `__proto__` key hides that key from every walk over it: not data we store.
    if (hasHiddenKeys(value)) return { kind: 'unknownPlace', where: '__proto__' };
  }
  const { root, key, field } = place;
  // Content that was deleted and collected lies nowhere: nothing of it is kept.
  if (root === null) return null;
  const where = [root, key, field].filter((p) => p !== null).join(' / ');
  if (root.startsWith(TEXT_ROOT_PREFIX)) return isKnownText(root) ? null : { kind: 'unknownPlace', where };
  if (!MAP_ROOTS.has(root)) return { kind: 'unknownPlace', where };
  if (root === 'fields') {
    if (key === null) return null;
    if (isIdentityScalar(key)) return { kind: 'identity', where };
    return SCALARS.has(key) ? null : { kind: 'unknownPlace', where };
  }
  if (root.startsWith('list:')) {
    // A record is a map of its own; plain data straight under a list is no record.
    if (key !== null && field === null && !options.isType) return { kind: 'unknownPlace', where };
    if (LISTS_WITH_SERVICE.has(root) && field === 'service') {
      for (const value of values) {
        if (typeof value !== 'string' || !KNOWN_SERVICES.has(value)) return { kind: 'unknownPlace', where };
        if (FAMILY.has(value)) return { kind: 'identity', where };
      }
    }
  }
  return null;
}

/**
 * The first form field (a meeting's title or school, an invitation's or recipient's name) that
 * carries an identifier, for an anonymous consultation's HTTP requests; null when none does.
 */
export function identifierInFields(fields: Record<string, string | null | undefined>, today?: Date): { field: string; found: FoundIdentifier } | null {
  for (const [field, value] of Object.entries(fields)) {
    const [found] = value ? findIdentifiersIn(value, today) : [];
    if (found) return { field, found };
  }
  return null;
}
