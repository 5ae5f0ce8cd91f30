/** A meeting's system-model areas: chosen once, when the meeting is created, and kept with its content. */
import * as Y from 'yjs';
import { ensureMappingAreas } from '@naervaer/shared/mapping-doc';
import { type AreaConfig, type DomainLanguage, defaultSystemAreas } from '@naervaer/shared/system-model';
import type { AppContext } from '../context';

/** The areas a new meeting starts with: the municipality's own, or the defaults in the meeting's language. */
export function areasForNewMeeting(configured: readonly AreaConfig[] | null, language: DomainLanguage): AreaConfig[] {
  return configured ? [...configured] : defaultSystemAreas(language);
}

/** The first stored update of a meeting's content: its area set. */
export function initialMappingUpdate(areas: readonly AreaConfig[]): Uint8Array {
  const doc = new Y.Doc();
  ensureMappingAreas(doc, areas);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Stores a new meeting's area set in its content document. */
export async function initMeetingMapping(ctx: AppContext, meetingId: string, language: DomainLanguage): Promise<void> {
  const areas = areasForNewMeeting(ctx.config.systemModelAreas, language);
  await ctx.storage.docs.append(meetingId, 'content', [initialMappingUpdate(areas)]);
}
