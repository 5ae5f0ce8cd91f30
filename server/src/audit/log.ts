/**
 * Writing the audit log: who did what to which meeting, from which address, when. Callers pass ids,
 * the actor's and subject's names, and content-free details; never a title, a note or a pupil's data.
 */
import type { AuditAction, AuditDetail } from '@naervaer/shared/audit';
import type { AppContext } from '../context';
import type { Principal } from '../auth/principal';
import type { AccountRow, InvitationRow } from '../storage/storage';

export type AuditParty = { key: string; name: string | null };

export const SYSTEM: AuditParty = { key: 'system', name: null };

export const accountParty = (account: AccountRow): AuditParty => ({ key: `account:${account.id}`, name: account.name });
export const invitationParty = (invitation: InvitationRow): AuditParty => ({ key: `invitation:${invitation.id}`, name: invitation.name });

export function partyOf(principal: Principal): AuditParty {
  return principal.kind === 'account' ? accountParty(principal.account) : invitationParty(principal.invitation);
}

export type AuditInput = {
  action: AuditAction;
  actor: AuditParty;
  meetingId?: string | null;
  subject?: AuditParty | null;
  /** The client's address, e.g. `req.ip`. */
  ip?: string | null;
  detail?: AuditDetail;
};

/** Appends one entry to the audit log. */
export async function recordAudit(ctx: Pick<AppContext, 'storage' | 'now'>, input: AuditInput): Promise<void> {
  await ctx.storage.audit.append({
    at: ctx.now().toISOString(),
    action: input.action,
    meetingId: input.meetingId ?? null,
    actor: input.actor.key,
    actorName: input.actor.name,
    subject: input.subject?.key ?? null,
    subjectName: input.subject?.name ?? null,
    ip: input.ip ?? null,
    detail: input.detail ?? {},
  });
}

/**
 * Turns live connections into `meeting.joined` when a person's first socket to a meeting opens and
 * `meeting.left` when their last one closes, so reconnects and the two documents do not flood the log.
 */
export class PresenceAudit {
  private readonly open = new Map<string, number>();

  constructor(private readonly ctx: Pick<AppContext, 'storage' | 'now'>, private readonly onError: (err: unknown) => void) {}

  joined(meetingId: string, actor: AuditParty, ip: string, detail: AuditDetail): void {
    const key = `${meetingId} ${actor.key}`;
    const count = (this.open.get(key) ?? 0) + 1;
    this.open.set(key, count);
    if (count === 1) recordAudit(this.ctx, { action: 'meeting.joined', meetingId, actor, ip, detail }).catch(this.onError);
  }

  left(meetingId: string, actor: AuditParty, ip: string, detail: AuditDetail): void {
    const key = `${meetingId} ${actor.key}`;
    const count = (this.open.get(key) ?? 1) - 1;
    if (count > 0) return void this.open.set(key, count);
    this.open.delete(key);
    // Sockets of a deleted meeting close after its deletion was logged: that entry says it all.
    void (async () => {
      if (await this.ctx.storage.meetings.find(meetingId)) {
        await recordAudit(this.ctx, { action: 'meeting.left', meetingId, actor, ip, detail });
      }
    })().catch(this.onError);
  }
}
