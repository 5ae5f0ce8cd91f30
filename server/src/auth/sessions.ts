/** A facilitator's session: a random token in a cookie, only its hash stored, with a hard end. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { cookieOptions } from './access';
import { SESSION_COOKIE, guestCookie } from './principal';
import type { AccountRow, InvitationRow } from '../storage/storage';
import { CloseCode } from '@naervaer/shared/protocol';
import { accountParty } from '../audit/log';
import { hashToken, newToken } from './tokens';

/** Starts a guest's session for an invitation and gives the browser the meeting's guest cookie. */
export async function startGuestSession(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, invitation: InvitationRow): Promise<void> {
  const session = newToken();
  const now = ctx.now();
  await ctx.storage.sessions.create({
    tokenHash: hashToken(session),
    accountId: null,
    invitationId: invitation.id,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: invitation.expiresAt,
  });
  reply.setCookie(guestCookie(invitation.meetingId), session, cookieOptions(ctx, req, Date.parse(invitation.expiresAt) - now.getTime()));
}

/** Starts a session for an account and gives the browser its cookie; `provider`: the OpenID provider it came through. */
export async function startAccountSession(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, accountId: string, provider?: string): Promise<void> {
  const token = newToken();
  const now = ctx.now();
  await ctx.storage.sessions.create({
    tokenHash: hashToken(token),
    accountId,
    invitationId: null,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ctx.config.sessionMaxMs).toISOString(),
    provider: provider ?? null,
  });
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(ctx, req, ctx.config.sessionMaxMs));
}

/**
 * Ends an account's sessions (those through `provider` only, when given) and closes the meeting sockets
 * opened with them, saying `reason`; all of the account's sockets when its every session ends.
 */
export async function endSessions(ctx: AppContext, account: AccountRow, reason: string, provider?: string): Promise<{ sessions: number; sockets: number }> {
  const sessions = new Set(await ctx.storage.sessions.deleteForAccount(account.id, provider));
  const key = accountParty(account).key;
  const sockets = await ctx.rooms.closeSockets({ principals: provider === undefined ? [key] : [], sessions: [...sessions] }, CloseCode.unauthorized, reason);
  return { sessions: sessions.size, sockets };
}
