/**
 * Reading stored meeting content degrades per field, never per document. A value that breaks a rule
 * of the schema (too long, a wrong type, an unknown key, a list entry that is not a record) is cut
 * with a visible mark or left out, and the rest of the meeting stays whole: the room, the shared
 * screen and the minutes can always be made. Each repair is reported, so a screen can say so.
 *
 * The same walk over the schema gives the limits the inputs carry (`textLimit`) and the keys a
 * record may have (`recordKeys`), so the rules live once: in the zod schemas.
 */
import type * as z from 'zod';
import type { MeetingKind } from './meeting';
import { type MeetingContent, MeetingContent as MeetingContentSchema, defaultMeetingContent, meetingContentSchema } from './meeting-content';

/** What marks a text that was cut to its limit on the way out of storage. */
export const CUT_MARK = ' […]';

export type ContentRepair = { path: string; action: 'cut' | 'dropped' };
export type ReadContent = { content: MeetingContent; repairs: ContentRepair[] };

/** Keys no data read out of a document may ever name: they reach an object's prototype. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a key read out of a document may be used as a property name. */
export function isSafeKey(key: string): boolean {
  return !FORBIDDEN_KEYS.has(key);
}

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; in?: z.ZodType; checks?: { _zod: { def: { check: string; maximum?: number } } }[] };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema inside defaults, optionals and the like. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType && ['default', 'prefault', 'optional', 'nullable', 'catch', 'readonly', 'nonoptional'].includes(def.type)) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The schema at a path of MeetingContent (`['agreement', 'rows']`); array paths step into the element. */
export function schemaAt(path: readonly string[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = MeetingContentSchema;
  for (const segment of path) {
    if (!current) return undefined;
    let def = defOf(unwrap(current));
    if (def.type === 'array' && def.element) def = defOf(unwrap(def.element));
    current = def.type === 'object' && def.shape && Object.hasOwn(def.shape, segment) ? def.shape[segment] : undefined;
  }
  return current;
}

/** The keys a record of the list at `path` may have (the element's own keys, from the schema). */
export function recordKeys(path: readonly string[]): readonly string[] {
  const schema = schemaAt(path);
  if (!schema) return [];
  let def = defOf(unwrap(schema));
  if (def.type === 'array' && def.element) def = defOf(unwrap(def.element));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The most characters a text field at a dotted path may hold (undefined when the schema sets none). */
export function textLimit(path: string): number | undefined {
  const schema = schemaAt(path.split('.'));
  if (!schema) return undefined;
  const def = defOf(unwrap(schema));
  if (def.type !== 'string') return undefined;
  const limits = (def.checks ?? []).map((c) => c._zod.def).filter((c) => c.check === 'max_length' && typeof c.maximum === 'number');
  return limits.length ? Math.min(...limits.map((c) => c.maximum as number)) : undefined;
}

/** A text cut to `max` characters (UTF-16 units, as the schema counts), the mark included, never inside a surrogate pair. */
export function cutText(text: string, max: number): string {
  let kept = text.slice(0, Math.max(0, max - CUT_MARK.length));
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return kept + CUT_MARK;
}

type Node = Record<string, unknown> | unknown[];
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null;

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isNode(node)) return undefined;
    node = Object.hasOwn(node, key) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return node;
}

const pathText = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * Leaves out the value at `path`; when there is nothing to leave out (a required value is missing),
 * its parent goes instead. A list entry is taken out of its list after the pass (indices stay put).
 */
function drop(root: { value: unknown }, path: readonly PropertyKey[], removals: Map<unknown[], Set<number>>): readonly PropertyKey[] {
  if (path.length === 0) {
    root.value = {};
    return path;
  }
  const parent = at(root.value, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === 'number') {
    const set = removals.get(parent) ?? new Set<number>();
    set.add(key);
    removals.set(parent, set);
    return path;
  }
  if (isNode(parent) && Object.hasOwn(parent, key) && (parent as Record<PropertyKey, unknown>)[key] !== undefined) {
    delete (parent as Record<PropertyKey, unknown>)[key];
    return path;
  }
  return drop(root, path.slice(0, -1), removals);
}

function repair(root: { value: unknown }, issue: z.core.$ZodIssue, removals: Map<unknown[], Set<number>>): ContentRepair[] {
  const value = at(root.value, issue.path);
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    if (typeof value === 'string') {
      const parent = at(root.value, issue.path.slice(0, -1)) as Record<PropertyKey, unknown>;
      parent[issue.path[issue.path.length - 1]!] = cutText(value, Number(issue.maximum));
      return [{ path: pathText(issue.path), action: 'cut' }];
    }
    if (Array.isArray(value)) {
      value.length = Number(issue.maximum);
      return [{ path: pathText(issue.path), action: 'cut' }];
    }
  }
  if (issue.code === 'unrecognized_keys' && isNode(value)) {
    for (const key of issue.keys) delete (value as Record<string, unknown>)[key];
    return issue.keys.map((key) => ({ path: pathText([...issue.path, key]), action: 'dropped' as const }));
  }
  return [{ path: pathText(drop(root, issue.path, removals)), action: 'dropped' }];
}

/** At most this many passes over the schema; each pass mends every issue zod reports. */
const MAX_PASSES = 12;

/**
 * Parses content read out of Yjs (or a stored snapshot) for a meeting kind, mending what breaks a
 * rule field by field instead of refusing the whole. `raw` is not changed.
 */
export function readContentPerField(kind: MeetingKind, raw: unknown): ReadContent {
  const schema = meetingContentSchema(kind);
  const root = { value: raw === undefined || raw === null ? {} : structuredClone(raw) };
  const repairs: ContentRepair[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = schema.safeParse(root.value);
    if (result.success) return { content: result.data, repairs };
    const removals = new Map<unknown[], Set<number>>();
    for (const issue of result.error.issues) repairs.push(...repair(root, issue, removals));
    for (const [list, indices] of removals) for (const index of [...indices].sort((a, b) => b - a)) list.splice(index, 1);
  }
  return { content: defaultMeetingContent(), repairs: [...repairs, { path: '', action: 'dropped' }] };
}
