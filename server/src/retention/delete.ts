/**
 * Deleting a meeting for real: its live sockets are closed, its rows (document updates, invitations,
 * sessions, minutes) are removed and overwritten in the database files, and its folder of files is
 * removed from disk. The audit log keeps that it happened, without the guests' names.
 */
import { CloseCode } from '@naervaer/shared/protocol';
import type { AppContext } from '../context';
import { type AuditParty, recordAudit } from '../audit/log';
import { deleteMeetingFiles } from '../storage/files';

export type DeletionReason = 'facilitator' | 'retention';

/** Deletes a meeting and everything it holds. Returns false if there was no such meeting. */
export async function deleteMeeting(
  ctx: AppContext,
  meetingId: string,
  by: { actor: AuditParty; ip: string | null; reason: DeletionReason; rule?: string },
): Promise<boolean> {
  const meeting = await ctx.storage.meetings.find(meetingId);
  if (!meeting) return false;
  // Close the sockets and store what is pending first, so no late write lands after the rows are gone.
  await ctx.rooms.evictMeeting(meetingId, CloseCode.meetingDeleted, 'meeting deleted');
  const existed = await ctx.storage.meetings.delete(meetingId);
  // Someone who connected during the deletion holds only a copy in memory; close them too.
  await ctx.rooms.evictMeeting(meetingId, CloseCode.meetingDeleted, 'meeting deleted');
  await deleteMeetingFiles(ctx.config.dataDir, meetingId);
  ctx.invitedNames.forget(meetingId);
  await ctx.storage.audit.forgetGuestNames(meetingId);
  await recordAudit(ctx, {
    action: 'meeting.deleted',
    meetingId,
    actor: by.actor,
    ip: by.ip,
    detail: { reason: by.reason, kind: meeting.kind, ...(by.rule ? { rule: by.rule } : {}) },
  });
  await ctx.storage.purgeDeleted();
  return existed;
}
