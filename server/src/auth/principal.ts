/**
 * Who is making a request: a logged-in facilitator account, or a guest who joined a meeting with an
 * invitation. Resolved from a session cookie (or, for sync clients outside a browser, a token).
 */
import type { Role } from '@naervaer/shared/roles';
import type { Presence } from '@naervaer/shared/invitation';
import type { AccountRow, InvitationRow, MeetingRow, SessionRow, Storage } from '../storage/storage';
import { hashToken } from './tokens';

export type Principal =
  | { kind: 'account'; account: AccountRow; sessionHash: string | null; /** When the session ends at the latest (SESSION_MAX_HOURS). */ sessionExpiresAt: string | null }
  | { kind: 'guest'; invitation: InvitationRow; sessionHash: string | null };

export const SESSION_COOKIE = 'nm_session';
/** Guests get one cookie per meeting, so one browser can be in several meetings. */
export const guestCookie = (meetingId: string) => `nm_guest_${meetingId.replace(/[^a-zA-Z0-9-]/g, '')}`;

export type SessionPolicy = { idleMs: number; now: () => Date };

/** Looks a session token up, enforcing idle and absolute expiry; touches it when alive. */
export async function sessionFromToken(storage: Storage, token: string, policy: SessionPolicy): Promise<SessionRow | null> {
  const hash = hashToken(token);
  const session = await storage.sessions.find(hash);
  if (!session) return null;
  const now = policy.now();
  const idleSince = Date.parse(session.lastSeenAt);
  if (Date.parse(session.expiresAt) <= now.getTime() || now.getTime() - idleSince > policy.idleMs) {
    await storage.sessions.delete(hash);
    return null;
  }
  // Touch at most once a minute to keep writes off the hot path.
  if (now.getTime() - idleSince > 60_000) await storage.sessions.touch(hash, now.toISOString());
  return session;
}

/** The invitation behind a guest session or token, if it is still valid. */
export function invitationUsable(invitation: InvitationRow | null, now: Date): invitation is InvitationRow {
  return !!invitation && !invitation.revokedAt && Date.parse(invitation.expiresAt) > now.getTime();
}

/** The role a principal has in a meeting, or null if they have none there. */
export function roleIn(principal: Principal | null, meeting: MeetingRow): Role | null {
  if (!principal) return null;
  if (principal.kind === 'account') return principal.account.id === meeting.facilitatorId ? 'facilitator' : null;
  return principal.invitation.meetingId === meeting.id ? principal.invitation.role : null;
}

/** The person as others in the meeting see them. */
export function personOf(
  principal: Principal,
  role: Role,
  /** A provider's name by its id, to say through what a guest's identity was checked. */
  providerName: (id: string) => string = (id) => id,
): { id: string; name: string; role: Role; service: string | null; presence: Presence; participantId?: string; verifiedBy?: string } {
  if (principal.kind === 'account') {
    return { id: `account:${principal.account.id}`, name: principal.account.name, role, service: null, presence: 'room' };
  }
  const inv = principal.invitation;
  // A guest invited from a participant's row is that participant: the pause log and the minutes name them.
  return {
    id: `invitation:${inv.id}`,
    name: inv.name,
    role,
    service: inv.service,
    presence: inv.presence,
    ...(inv.participantId ? { participantId: inv.participantId } : {}),
    // A link that needs a login is used only through it: the person is the one it is bound to.
    ...(inv.loginProvider && inv.boundAt ? { verifiedBy: providerName(inv.loginProvider) } : {}),
  };
}
