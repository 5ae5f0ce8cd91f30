/**
 * A meeting's content as storage holds it. Updates are stored before anyone sees them, so storage
 * holds everything a live room shows; the features that read a meeting outside its room (the mapping,
 * the agreement, the minutes) read it here.
 */
import type * as Y from 'yjs';
import { readMeetingContent, readRawContent } from '@naervaer/shared/content-doc';
import { readContentPerField } from '@naervaer/shared/content-repair';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import { stripIdentifyingFields } from '@naervaer/shared/pupil';
import type { AppContext } from '../context';
import type { MeetingRow } from '../storage/storage';
import { EncodedDoc } from '../sync/encoded-doc';
import { applyPendingMigrations } from './content-migrations';

/**
 * Every stored update of the meeting's content document applied to a fresh Y.Doc, with the content
 * migrations it still lacks applied in memory (a room stores them when it loads); the caller destroys it.
 */
export async function loadStoredContent(ctx: Pick<AppContext, 'storage' | 'contentMigrations'>, meetingId: string): Promise<Y.Doc> {
  // The version first: a migration that finishes in between is then applied again, which a migration must allow.
  const version = await ctx.storage.meetings.contentVersion(meetingId);
  const doc = new EncodedDoc((await ctx.storage.docs.load(meetingId, 'content')).updates).toDoc();
  try {
    if (version !== null) applyPendingMigrations(doc, version, ctx.contentMigrations);
  } catch {
    // As in a room (app.ts): a failed migration leaves the document as stored, read field by field.
  }
  return doc;
}

/**
 * The stored content read through readMeetingContent, field by field: a value that breaks a rule is
 * cut or left out, so the minutes can always be made. An anonymous consultation is read with
 * identifying fields stripped first, so nothing that identifies the pupil can leave it.
 */
export async function loadMeetingContent(ctx: Pick<AppContext, 'storage' | 'contentMigrations'>, meeting: MeetingRow): Promise<MeetingContent> {
  const doc = await loadStoredContent(ctx, meeting.id);
  try {
    if (meeting.kind === 'anonymous') return readContentPerField('anonymous', stripIdentifyingFields(readRawContent(doc))).content;
    return readMeetingContent(doc, meeting.kind);
  } finally {
    doc.destroy();
  }
}
