/** Resolving who a request comes from, and checking it against the role table. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AccountCapability, accountCan, can, type Capability, type Role } from '@naervaer/shared/roles';
import type { AppContext } from '../context';
import { forbidden, meetingEnded, notFound, unauthorized } from '../http/errors';
import type { MeetingRow } from '../storage/storage';
import { type Principal, SESSION_COOKIE, guestCookie, invitationUsable, roleIn, sessionFromToken } from './principal';
import { hashToken } from './tokens';

const policy = (ctx: AppContext) => ({ idleMs: ctx.config.sessionIdleMs, now: ctx.now });

/** The logged-in facilitator account, if any. */
export async function accountOf(ctx: AppContext, req: FastifyRequest): Promise<Extract<Principal, { kind: 'account' }> | null> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  const session = await sessionFromToken(ctx.storage, token, policy(ctx));
  if (!session?.accountId) return null;
  const account = await ctx.storage.accounts.find(session.accountId);
  // A deactivated account's sessions are deleted with it; this also covers a session racing that.
  return account && !account.deactivatedAt ? { kind: 'account', account, sessionHash: session.tokenHash, sessionExpiresAt: session.expiresAt } : null;
}

export async function requireAccount(ctx: AppContext, req: FastifyRequest) {
  const principal = await accountOf(ctx, req);
  if (!principal) throw unauthorized();
  return principal;
}

/** A logged-in account whose account role (facilitator or admin) has the capability; 401 or 403 otherwise. */
export async function requireAccountCapability(ctx: AppContext, req: FastifyRequest, capability: AccountCapability) {
  const principal = await requireAccount(ctx, req);
  if (!accountCan(principal.account.admin ? 'admin' : 'facilitator', capability)) throw forbidden();
  return principal;
}

/** A guest in a meeting: by the meeting's guest cookie, or by an invitation token (sync clients outside a browser). */
async function guestOf(ctx: AppContext, req: FastifyRequest, meeting: MeetingRow): Promise<Principal | null> {
  const now = ctx.now();
  const cookie = req.cookies[guestCookie(meeting.id)];
  if (cookie) {
    const session = await sessionFromToken(ctx.storage, cookie, policy(ctx));
    if (session?.invitationId) {
      const invitation = await ctx.storage.invitations.find(session.invitationId);
      if (invitationUsable(invitation, now) && invitation.meetingId === meeting.id) {
        return { kind: 'guest', invitation, sessionHash: session.tokenHash };
      }
    }
  }
  const token = (req.query as Record<string, unknown> | undefined)?.token;
  if (typeof token === 'string' && token.length <= 200) {
    const invitation = await ctx.storage.invitations.findByTokenHash(hashToken(token));
    // A link that needs a login works only through the session its login started, never bare.
    if (invitationUsable(invitation, now) && invitation.meetingId === meeting.id && !invitation.loginProvider) {
      return { kind: 'guest', invitation, sessionHash: null };
    }
  }
  return null;
}

export type MeetingAccess = { meeting: MeetingRow; principal: Principal; role: Role };

/** Resolves the meeting and the caller's role in it; 404 for no meeting, 401 for nobody, 403 for a missing capability. */
export async function meetingAccess(ctx: AppContext, req: FastifyRequest, meetingId: string, capability: Capability): Promise<MeetingAccess> {
  const meeting = await ctx.storage.meetings.find(meetingId);
  if (!meeting) throw notFound('meeting');
  const account = await accountOf(ctx, req);
  let principal: Principal | null = account && roleIn(account, meeting) ? account : null;
  principal ??= await guestOf(ctx, req, meeting);
  const role = roleIn(principal, meeting);
  if (!principal || !role) throw account ? forbidden('This meeting is not yours') : unauthorized();
  // The meeting does not go on in the corridor: once ended, only its facilitator opens it.
  if (principal.kind === 'guest' && meeting.endedAt) throw meetingEnded();
  if (!can(role, capability)) throw forbidden();
  return { meeting, principal, role };
}

export function cookieOptions(ctx: AppContext, req: FastifyRequest, maxAgeMs: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.config.trustProxy !== false && req.protocol === 'https',
    maxAge: Math.floor(maxAgeMs / 1000),
  };
}

export function clearCookie(reply: FastifyReply, name: string, path = '/'): void {
  reply.clearCookie(name, { path });
}
