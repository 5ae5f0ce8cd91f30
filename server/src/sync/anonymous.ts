/**
 * The server's half of "an anonymous consultation stores nothing that identifies the pupil": every
 * update to its content is checked on what it inserts, struct by struct (shared/anonymous.ts), before
 * anything of it is stored or relayed. The check reads only the update, so it costs the same on a
 * 10 MB board as on an empty one.
 */
import * as Y from 'yjs';
import { type AnonymousProblem, anonymousWriteProblem } from '@naervaer/shared/anonymous';
import { findIdentifiers } from '@naervaer/shared/identifiers';
import type { MeetingKind } from '@naervaer/shared/meeting';
import type { DocName } from '@naervaer/shared/protocol';
import type { PlacedUpdate } from './structure';

/** What an item inserts, as plain values; `opaque` for content no rule can read (binary, subdocuments). */
function insertedValues(item: Y.Item): { values: unknown[]; isType: boolean; opaque: boolean } {
  const content = item.content;
  if (content instanceof Y.ContentString) return { values: [content.str], isType: false, opaque: false };
  if (content instanceof Y.ContentAny) return { values: content.arr, isType: false, opaque: false };
  if (content instanceof Y.ContentJSON) return { values: content.arr, isType: false, opaque: false };
  if (content instanceof Y.ContentEmbed) return { values: [content.embed], isType: false, opaque: false };
  if (content instanceof Y.ContentFormat) return { values: [content.key, content.value], isType: false, opaque: false };
  // Only the layout's own kinds of shared type: maps and texts (and arrays); never XML, whose names carry strings.
  if (content instanceof Y.ContentType) {
    const type = content.type;
    const plain = type.constructor === Y.Map || type.constructor === Y.Text || type.constructor === Y.Array;
    return { values: [], isType: true, opaque: !plain };
  }
  if (content instanceof Y.ContentDeleted) return { values: [], isType: false, opaque: false };
  return { values: [], isType: false, opaque: true };
}

/** The first reason a placed update may not be stored in an anonymous consultation, or null. */
export function anonymousUpdateProblem(placed: PlacedUpdate, today: Date, names: RegExp | null = null): AnonymousProblem | null {
  for (const { item, place } of placed.inserts) {
    const { values, isType, opaque } = insertedValues(item);
    // Stored all the same, wherever it lies: content no rule can read is not taken.
    if (opaque) return { kind: 'unknownPlace', where: place.root ?? 'nowhere' };
    // Every string the update carries, deleted or not (a deleted insert is stored all the same), and
    // the key it is written under (a record's id, a field's name).
    const [inKey] = item.parentSub === null ? [] : findIdentifiers(item.parentSub, today);
    if (inKey) return { kind: 'identifier', found: inKey };
    const problem = anonymousWriteProblem(place, values, { isType, today, names });
    if (problem) return problem;
  }
  return null;
}

/**
 * The check a meeting document's updates must pass, if any; `names` gives the invited people's names
 * as last read (they may be invited during the meeting).
 */
export function contentGuard(kind: MeetingKind, doc: DocName, names: () => RegExp | null): ((placed: PlacedUpdate, today: Date) => AnonymousProblem | null) | undefined {
  return kind === 'anonymous' && doc === 'content' ? (placed, today) => anonymousUpdateProblem(placed, today, names()) : undefined;
}
