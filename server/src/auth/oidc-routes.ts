/**
 * Logging in through an OpenID provider: the browser goes to the provider (oidcStart) and comes back
 * (oidcCallback). Who becomes what: a person already linked to an account logs in as it; a person the
 * provider's settings allow becomes a facilitator (a new account, with no password); anyone else is
 * refused with a page that says whom to ask. Every outcome is in the audit log.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod';
import { API } from '@naervaer/shared/routes';
import type { AppContext } from '../context';
import type { OidcProviderConfig } from '../env';
import { accountParty, recordAudit } from '../audit/log';
import { parse } from '../http/errors';
import { RateLimiter, tooManyRequests } from '../http/rate-limit';
import { on } from '../http/route';
import type { AccountRow } from '../storage/storage';
import { clearCookie } from './access';
import { OidcFailure, type OidcIdentity, OidcLogins, mayBecomeFacilitator } from './oidc';
import { startAccountSession } from './sessions';
import { newId } from './tokens';

/** The cookie that ties a provider's answer to the browser that started the login. */
const PENDING_COOKIE = 'nm_oidc';
const ProviderParams = z.object({ provider: z.string().min(1).max(30) });

/** Where the login page says what happened (`/login?login=refused`). */
type Outcome = 'refused' | 'failed' | 'link';

export async function oidcRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const logins = new OidcLogins(ctx.config.oidcProviders, ctx.now);
  // Starting logins counts like logging in (per address): a flood cannot push real logins out of the waiting list.
  const startsPerAddress = new RateLimiter({ max: ctx.config.limits.loginAttemptsPerAddress, windowMs: ctx.config.limits.loginWindowMs, now: ctx.now });
  const base = (req: FastifyRequest) => ctx.config.publicUrl ?? `${req.protocol}://${req.host}`;
  const callbackUrl = (req: FastifyRequest, provider: string) => `${base(req)}/api/auth/oidc/${provider}/callback`;
  const toLogin = (outcome: Outcome) => `/login?login=${outcome}`;

  on(app, API.oidcStart, async (req, reply) => {
    const { provider } = parse(ProviderParams, req.params);
    const wait = startsPerAddress.waitMs(req.ip);
    if (wait > 0) throw tooManyRequests(wait, 'Too many login attempts from this address');
    startsPerAddress.hit(req.ip);
    try {
      const { url, handle } = await logins.start(provider, callbackUrl(req, provider));
      reply.setCookie(PENDING_COOKIE, handle, {
        path: '/api/auth/oidc',
        httpOnly: true,
        // The provider sends the browser back from its own site: a Lax cookie goes along on that navigation.
        sameSite: 'lax',
        secure: ctx.config.trustProxy !== false && req.protocol === 'https',
        maxAge: 600,
      });
      return reply.redirect(url);
    } catch (err) {
      req.log.warn({ provider, err: err instanceof Error ? err.message : String(err) }, 'could not start a login through a provider');
      return reply.redirect(toLogin('failed'));
    }
  });

  on(app, API.oidcCallback, async (req, reply) => {
    const { provider: providerId } = parse(ProviderParams, req.params);
    const handle = req.cookies[PENDING_COOKIE];
    clearCookie(reply, PENDING_COOKIE, '/api/auth/oidc');
    const provider = logins.provider(providerId);
    // Only an answer to a login this browser started is worth a line in the audit log (no flood of made-up ones).
    if (!provider || !handle) return reply.redirect(toLogin('failed'));
    let identity: OidcIdentity;
    try {
      identity = await logins.finish(providerId, handle, new URL(req.url, base(req)));
    } catch (err) {
      const reason = err instanceof OidcFailure ? err.reason : 'provider_error';
      await recordAudit(ctx, { action: 'account.login_failed', actor: { key: 'unknown', name: null }, ip: req.ip, detail: { provider: provider.id, reason } });
      return reply.redirect(toLogin('failed'));
    }
    const outcome = await accountFor(ctx, provider, identity);
    if ('refused' in outcome) {
      // Who was refused is not an account: the audit log keeps the provider and why, not the person.
      await recordAudit(ctx, { action: 'account.login_refused', actor: { key: 'unknown', name: null }, ip: req.ip, detail: { provider: providerId, reason: outcome.refused } });
      return reply.redirect(toLogin(outcome.refused === 'email_taken' ? 'link' : 'refused'));
    }
    const { account, created } = outcome;
    if (created) await recordAudit(ctx, { action: 'account.created', actor: accountParty(account), subject: accountParty(account), ip: req.ip, detail: { provider: providerId } });
    await recordAudit(ctx, { action: 'account.login', actor: accountParty(account), ip: req.ip, detail: { provider: providerId } });
    await startAccountSession(ctx, req, reply, account.id);
    return reply.redirect('/');
  });
}

/**
 * The account a provider's person logs in as, if the settings allow them (checked at every login):
 * the one their identity is linked to; else a new facilitator account linked to it (refused when an
 * account already has their e-mail: the admin links the two, so no one takes over an account by an
 * e-mail claim).
 */
async function accountFor(
  ctx: AppContext,
  provider: OidcProviderConfig,
  identity: OidcIdentity,
): Promise<{ account: AccountRow; created: boolean } | { refused: 'not_allowed' | 'email_taken' | 'no_email' }> {
  // The settings decide at every login: a person who has left the allowed group is not let in again.
  if (!mayBecomeFacilitator(provider, identity)) return { refused: 'not_allowed' };
  const linked = await ctx.storage.identities.find(identity.provider, identity.subject);
  if (linked) {
    const account = await ctx.storage.accounts.find(linked.accountId);
    if (account) return { account, created: false };
  }
  if (!identity.email) return { refused: 'no_email' };
  if (await ctx.storage.accounts.findByEmail(identity.email)) return { refused: 'email_taken' };
  const now = ctx.now().toISOString();
  const account: AccountRow = { id: newId(), email: identity.email, name: identity.name || identity.email, passwordHash: '', createdAt: now, admin: false };
  await ctx.storage.accounts.create(account);
  await ctx.storage.identities.link({ provider: identity.provider, subject: identity.subject, accountId: account.id, createdAt: now });
  return { account, created: true };
}
