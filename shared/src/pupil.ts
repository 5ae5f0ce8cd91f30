/**
 * The pupil's identity, and the rule that an anonymous consultation ("anonym drøfting") stores
 * nothing that identifies the pupil. The server uses IDENTIFYING_FIELD_PATHS with
 * findIdentifyingFields / stripIdentifyingFields; meeting-content.ts refuses them when parsing.
 * Free text cannot be checked for names: the UI warns with `domain:pupil.anonymousNotice`.
 */
import * as z from 'zod';
import type { MeetingKind } from './meeting';
import { FAMILY_SERVICES } from './participant';

export const IsoDate = z.iso.date();

export const PupilIdentity = z.strictObject({
  name: z.string().trim().min(1).max(120),
  class: z.string().trim().max(40).default(''),
  school: z.string().trim().max(200).default(''),
  dateOfBirth: IsoDate.optional(),
});
export type PupilIdentity = z.infer<typeof PupilIdentity>;

/** Whether content of this kind may carry the pupil's identity. */
export function mayIdentifyPupil(kind: MeetingKind): boolean {
  return kind !== 'anonymous';
}

/** The `pupil` field of meeting content for a kind: optional for named and follow-up, refused for anonymous. */
export function pupilFieldFor(kind: MeetingKind) {
  return mayIdentifyPupil(kind)
    ? PupilIdentity.optional()
    : z.never({ error: 'an anonymous consultation stores no pupil identity' }).optional();
}

/**
 * Where meeting content can identify the pupil. `a.b` is a field; `list[service=x]` is every entry
 * of a list whose `service` is x (the pupil and the parents name the pupil by being there).
 */
export const IDENTIFYING_FIELD_PATHS = [
  'pupil',
  ...FAMILY_SERVICES.map((s) => `participants[service=${s}]` as const),
  ...FAMILY_SERVICES.map((s) => `closing.minutesRecipients[service=${s}]` as const),
] as const;
export type IdentifyingFieldPath = (typeof IDENTIFYING_FIELD_PATHS)[number];

/** The fields inside `pupil`, for forms and for the minutes' header. */
export const PUPIL_FIELDS = ['name', 'class', 'school', 'dateOfBirth'] as const satisfies readonly (keyof PupilIdentity)[];

type Json = unknown;
type Located = { path: (string | number)[]; parent: Record<string, Json> | Json[]; key: string | number };

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every concrete location in `content` matched by one identifying path. */
function locate(content: Json, pattern: IdentifyingFieldPath): Located[] {
  const segments = pattern.split('.');
  let frontier: { value: Json; path: (string | number)[] }[] = [{ value: content, path: [] }];
  const found: Located[] = [];
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    const filter = /^(\w+)\[(\w+)=(\w+)\]$/.exec(segment);
    const next: typeof frontier = [];
    for (const { value, path } of frontier) {
      if (!isRecord(value)) continue;
      if (filter) {
        const [, key = '', field = '', wanted = ''] = filter;
        const list = value[key];
        if (!Array.isArray(list)) continue;
        list.forEach((entry, i) => {
          if (isRecord(entry) && entry[field] === wanted) found.push({ path: [...path, key, i], parent: list, key: i });
        });
      } else if (Object.hasOwn(value, segment) && value[segment] !== undefined) {
        if (last) found.push({ path: [...path, segment], parent: value, key: segment });
        else next.push({ value: value[segment], path: [...path, segment] });
      }
    }
    frontier = next;
  });
  return found;
}

/** Every identifying field present in raw content, as a path of keys and list indexes. */
export function identifyingFieldLocations(content: unknown): (string | number)[][] {
  return IDENTIFYING_FIELD_PATHS.flatMap((pattern) => locate(content, pattern).map((l) => l.path));
}

/** Paths (dotted, with list indexes, e.g. `participants.2`) of every identifying field present in raw content. */
export function findIdentifyingFields(content: unknown): string[] {
  return identifyingFieldLocations(content).map((path) => path.join('.'));
}

/** A copy of raw content with every identifying field removed (for an anonymous consultation). */
export function stripIdentifyingFields<T>(content: T): T {
  const copy = structuredClone(content);
  const hits = IDENTIFYING_FIELD_PATHS.flatMap((pattern) => locate(copy, pattern));
  // Remove list entries from the highest index down so earlier indexes stay valid.
  hits
    .sort((a, b) => (typeof b.key === 'number' && typeof a.key === 'number' ? b.key - a.key : 0))
    .forEach(({ parent, key }) => {
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else if (!Array.isArray(parent)) delete parent[key as string];
    });
  return copy;
}
