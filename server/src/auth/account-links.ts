/**
 * The owner's side of a one-time account link the admin handed over: the page asks what it is for;
 * a password link lets them choose a password (their other sessions end); an identity link sends
 * them to a provider, and the identity they come back with is linked to the account (oidc-routes.ts).
 * A link works once, and only its hash is stored.
 */
import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import { API } from '@naervaer/shared/routes';
import type { AccountLinkPurpose } from '@naervaer/shared/admin';
import type { AppContext } from '../context';
import { accountParty, recordAudit } from '../audit/log';
import { HttpError, localLoginOff, parse } from '../http/errors';
import { bodyOf, on } from '../http/route';
import type { AccountLinkRow, AccountRow } from '../storage/storage';
import { hashPassword } from './passwords';
import { endSessions, startAccountSession } from './sessions';
import { hashToken } from './tokens';

const TokenParams = z.object({ token: z.string().min(10).max(200) });
export const linkGone = () => new HttpError(410, 'link_gone', 'This link has been used, has expired or was replaced by a newer one');

/** The link and its account, if the link still works and the account is active. */
export async function usableLink(ctx: AppContext, token: string, purpose?: AccountLinkPurpose): Promise<{ link: AccountLinkRow; account: AccountRow } | null> {
  const link = await ctx.storage.accountLinks.find(hashToken(token), ctx.now().toISOString());
  if (!link || (purpose && link.purpose !== purpose)) return null;
  const account = await ctx.storage.accounts.find(link.accountId);
  return account && !account.deactivatedAt ? { link, account } : null;
}

export async function accountLinkRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  on(app, API.accountLink, async (req) => {
    const { token } = parse(TokenParams, req.params);
    const found = await usableLink(ctx, token);
    if (!found) throw linkGone();
    return {
      purpose: found.link.purpose,
      name: found.account.name,
      email: found.account.email,
      providers: ctx.oidc.for('facilitators'),
      expiresAt: found.link.expiresAt,
    };
  });

  on(app, API.setPassword, async (req, reply) => {
    const { token } = parse(TokenParams, req.params);
    const { password } = bodyOf(API.setPassword, req);
    if (!ctx.config.localLogin) throw localLoginOff();
    const found = await usableLink(ctx, token, 'password');
    // Taken before the password is set, so the same link cannot set two passwords.
    if (!found || !(await ctx.storage.accountLinks.take(found.link.tokenHash, ctx.now().toISOString()))) throw linkGone();
    const { account } = found;
    await ctx.storage.accounts.setPasswordHash(account.id, await hashPassword(password));
    // A new password ends the sessions made with the old one, wherever they are.
    await endSessions(ctx, account, 'password changed');
    await recordAudit(ctx, { action: 'account.password_set', actor: accountParty(account), ip: req.ip });
    await startAccountSession(ctx, req, reply, account.id);
    return { id: account.id, email: account.email, name: account.name, admin: !!account.admin };
  });
}
