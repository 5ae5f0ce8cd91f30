/** A new meeting's first content: its system-model areas (chosen once, and kept with it) and its leader. */
import * as Y from 'yjs';
import { ensureMappingAreas } from '@naervaer/shared/mapping-doc';
import { insertRecord, orderAtEnd } from '@naervaer/shared/content-doc';
import { contentFields } from '@naervaer/shared/doc';
import { type AreaConfig, type DomainLanguage, defaultSystemAreas } from '@naervaer/shared/system-model';
import type { AppContext } from '../context';

/** The areas a new meeting starts with: the municipality's own, or the defaults in the meeting's language. */
export function areasForNewMeeting(configured: readonly AreaConfig[] | null, language: DomainLanguage): AreaConfig[] {
  return configured ? [...configured] : defaultSystemAreas(language);
}

/**
 * The first stored update of a meeting's content: its area set, and the facilitator who made it as its
 * first participant and its meeting leader (the guide's school leader; they may change both), so the
 * minutes say who led it.
 */
export function initialContentUpdate(areas: readonly AreaConfig[], leader?: { name: string }): Uint8Array {
  const doc = new Y.Doc();
  ensureMappingAreas(doc, areas);
  if (leader) {
    insertRecord(doc, 'participants', LEADER_PARTICIPANT_ID, { name: leader.name, service: 'skoleledelse', presence: 'room', invited: true, fondOf: '' }, orderAtEnd(doc, 'participants'));
    contentFields(doc).set('frames.meetingLeaderId', LEADER_PARTICIPANT_ID);
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** The participant id of the facilitator who made the meeting. */
const LEADER_PARTICIPANT_ID = 'p-leder';

/** Stores a new meeting's first content: its area set and its meeting leader. */
export async function initMeetingContent(ctx: AppContext, meetingId: string, language: DomainLanguage, leader?: { name: string }): Promise<void> {
  const areas = areasForNewMeeting(ctx.config.systemModelAreas, language);
  await ctx.storage.docs.append(meetingId, 'content', [initialContentUpdate(areas, leader)]);
}
