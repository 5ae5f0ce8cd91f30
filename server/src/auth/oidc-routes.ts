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
import { accountParty, invitationParty, recordAudit } from '../audit/log';
import { HttpError, parse } from '../http/errors';
import { RateLimiter, tooManyRequests } from '../http/rate-limit';
import { absoluteUrl, bodyOf, on } from '../http/route';
import type { AccountRow, InvitationRow } from '../storage/storage';
import { joinPath } from '@naervaer/shared/invitation';
import { ProviderId } from '@naervaer/shared/admin';
import { meetingPath } from '@naervaer/shared/meeting';
import { clearCookie } from './access';
import { OidcFailure, type OidcIdentity, mayBecomeFacilitator } from './oidc';
import { linkGone, usableLink } from './account-links';
import { startAccountSession, startGuestSession } from './sessions';
import { invitationUsable } from './principal';
import { hashToken, newId } from './tokens';

/** The cookie that ties a provider's answer to the browser that started the login. */
const PENDING_COOKIE = 'nm_oidc';
/** The one-time account link (from the admin) that this login is to link to its account. */
const LINK_COOKIE = 'nm_oidc_link';
/** The invitation link this login is for (a link that needs a login). */
const JOIN_COOKIE = 'nm_oidc_join';
const ProviderParams = z.object({ provider: ProviderId });
const StartQuery = z.object({ join: z.string().min(16).max(200).optional() });
const LinkParams = z.object({ token: z.string().min(10).max(200) });

/** Where the login page says what happened (`/login?login=refused`). */
type Outcome = 'refused' | 'failed' | 'link' | 'link_gone' | 'linked_elsewhere' | 'deactivated';

export async function oidcRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const logins = ctx.oidc;
  // Starting logins counts like logging in (per address): a flood cannot push real logins out of the waiting list.
  const startsPerAddress = new RateLimiter({ scope: 'login-starts', max: ctx.config.limits.loginAttemptsPerAddress, windowMs: ctx.config.limits.loginWindowMs, now: ctx.now, counts: ctx.storage.rateCounts });
  const base = (req: FastifyRequest) => absoluteUrl(ctx.config, req, '');
  const callbackUrl = (req: FastifyRequest, provider: string) => absoluteUrl(ctx.config, req, `/api/auth/oidc/${provider}/callback`);
  const toLogin = (outcome: Outcome) => `/login?login=${outcome}`;
  /** Back to the invitation's page, which says what went wrong (`/join/<token>?login=other_person`). */
  const toJoin = (token: string, outcome: 'failed' | 'other_person') => `${joinPath(token)}?login=${outcome}`;

  const pendingCookie = (req: FastifyRequest) => ({
    path: '/api/auth/oidc',
    httpOnly: true,
    // The provider sends the browser back from its own site: a Lax cookie goes along on that navigation.
    sameSite: 'lax' as const,
    secure: ctx.config.trustProxy !== false && req.protocol === 'https',
    maxAge: 600,
  });

  on(app, API.oidcStart, async (req, reply) => {
    const { provider } = parse(ProviderParams, req.params);
    const { join } = parse(StartQuery, req.query ?? {});
    const wait = await startsPerAddress.attempt(req.ip);
    if (wait > 0) throw tooManyRequests(wait, 'Too many login attempts from this address');
    if (join) {
      const invitation = await ctx.storage.invitations.findByTokenHash(hashToken(join));
      if (!invitationUsable(invitation, ctx.now()) || invitation.loginProvider !== provider) return reply.redirect(toJoin(join, 'failed'));
    } else if (!logins.provider(provider)?.use.includes('facilitators')) {
      // A provider for guests only (ID-porten) never logs anyone in as a facilitator.
      return reply.redirect(toLogin('failed'));
    }
    try {
      const { url, handle } = await logins.start(provider, callbackUrl(req, provider));
      reply.setCookie(PENDING_COOKIE, handle, pendingCookie(req));
      clearCookie(reply, LINK_COOKIE, '/api/auth/oidc');
      if (join) reply.setCookie(JOIN_COOKIE, join, pendingCookie(req));
      else clearCookie(reply, JOIN_COOKIE, '/api/auth/oidc');
      return reply.redirect(url);
    } catch (err) {
      req.log.warn({ provider, err: err instanceof Error ? err.message : String(err) }, 'could not start a login through a provider');
      return reply.redirect(toLogin('failed'));
    }
  });

  // Linking a provider's login to an account starts here, by a POST from the one-time link's own page,
  // which names the account: a link to follow cannot make someone else's login land in an account.
  on(app, API.startIdentityLink, async (req, reply) => {
    const { token } = parse(LinkParams, req.params);
    const { provider } = bodyOf(API.startIdentityLink, req);
    const wait = await startsPerAddress.attempt(req.ip);
    if (wait > 0) throw tooManyRequests(wait, 'Too many login attempts from this address');
    if (!(await usableLink(ctx, token, 'identity'))) throw linkGone();
    if (!logins.provider(provider)?.use.includes('facilitators')) throw new HttpError(400, 'invalid_request', 'provider: no provider for facilitators has this id');
    let started: { url: string; handle: string };
    try {
      started = await logins.start(provider, callbackUrl(req, provider));
    } catch {
      throw new HttpError(502, 'provider_error', 'The provider could not be reached');
    }
    reply.setCookie(PENDING_COOKIE, started.handle, pendingCookie(req));
    reply.setCookie(LINK_COOKIE, token, pendingCookie(req));
    clearCookie(reply, JOIN_COOKIE, '/api/auth/oidc');
    return { url: started.url };
  });

  on(app, API.oidcCallback, async (req, reply) => {
    const { provider: providerId } = parse(ProviderParams, req.params);
    const handle = req.cookies[PENDING_COOKIE];
    const link = req.cookies[LINK_COOKIE];
    const join = req.cookies[JOIN_COOKIE];
    clearCookie(reply, PENDING_COOKIE, '/api/auth/oidc');
    clearCookie(reply, LINK_COOKIE, '/api/auth/oidc');
    clearCookie(reply, JOIN_COOKIE, '/api/auth/oidc');
    const provider = logins.provider(providerId);
    // Only an answer to a login this browser started is worth a line in the audit log (no flood of made-up ones).
    if (!provider || !handle) return reply.redirect(toLogin('failed'));
    let identity: OidcIdentity;
    try {
      identity = await logins.finish(providerId, handle, new URL(req.url, base(req)));
    } catch (err) {
      const reason = err instanceof OidcFailure ? err.reason : 'provider_error';
      await recordAudit(ctx, { action: 'account.login_failed', actor: { key: 'unknown', name: null }, ip: req.ip, detail: { provider: provider.id, reason } });
      return reply.redirect(join ? toJoin(join, 'failed') : toLogin('failed'));
    }
    if (join) {
      const joined = await joinAsGuest(ctx, join, identity);
      if ('refused' in joined) {
        if (joined.invitation) {
          await recordAudit(ctx, { action: 'invitation.identity_refused', meetingId: joined.invitation.meetingId, actor: { key: 'unknown', name: null }, subject: invitationParty(joined.invitation), ip: req.ip, detail: { provider: providerId } });
        }
        return reply.redirect(toJoin(join, joined.refused));
      }
      await startGuestSession(ctx, req, reply, joined.invitation);
      await recordAudit(ctx, { action: 'invitation.used', meetingId: joined.invitation.meetingId, actor: invitationParty(joined.invitation), ip: req.ip, detail: { role: joined.invitation.role, verified: providerId, ...(joined.firstUse ? { bound: true } : {}) } });
      return reply.redirect(meetingPath(joined.invitation.meetingId));
    }
    if (!provider.use.includes('facilitators')) return reply.redirect(toLogin('failed'));
    if (link) {
      const linked = await linkIdentity(ctx, link, identity);
      if ('refused' in linked) {
        await recordAudit(ctx, { action: 'account.login_refused', actor: { key: 'unknown', name: null }, ip: req.ip, detail: { provider: providerId, reason: linked.refused } });
        return reply.redirect(toLogin(linked.refused));
      }
      if (linked.linked) await recordAudit(ctx, { action: 'account.identity_linked', actor: accountParty(linked.account), subject: accountParty(linked.account), ip: req.ip, detail: { provider: providerId } });
      await recordAudit(ctx, { action: 'account.login', actor: accountParty(linked.account), ip: req.ip, detail: { provider: providerId } });
      await startAccountSession(ctx, req, reply, linked.account.id, providerId);
      return reply.redirect('/');
    }
    const outcome = await accountFor(ctx, provider, identity);
    if ('refused' in outcome) {
      // Who was refused is not an account: the audit log keeps the provider and why, not the person.
      await recordAudit(ctx, { action: 'account.login_refused', actor: { key: 'unknown', name: null }, ip: req.ip, detail: { provider: providerId, reason: outcome.refused } });
      return reply.redirect(toLogin(outcome.refused === 'email_taken' ? 'link' : outcome.refused === 'deactivated' ? 'deactivated' : 'refused'));
    }
    const { account, created } = outcome;
    if (created) await recordAudit(ctx, { action: 'account.created', actor: accountParty(account), subject: accountParty(account), ip: req.ip, detail: { provider: providerId } });
    await recordAudit(ctx, { action: 'account.login', actor: accountParty(account), ip: req.ip, detail: { provider: providerId } });
    await startAccountSession(ctx, req, reply, account.id, providerId);
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
): Promise<{ account: AccountRow; created: boolean } | { refused: 'not_allowed' | 'email_taken' | 'no_email' | 'deactivated' }> {
  // Before set-up there is no admin: the first account is made on the set-up page, never by a provider.
  if ((await ctx.storage.accounts.count()) === 0) return { refused: 'not_allowed' };
  const linked = await ctx.storage.identities.find(identity.provider, identity.subject);
  // The settings decide at every login (a person who has left the allowed group is not let in again),
  // except for an identity the admin linked by hand: the admin's choice lets that person in.
  if (!linked?.byAdmin && !mayBecomeFacilitator(provider, identity)) return { refused: 'not_allowed' };
  if (linked) {
    const account = await ctx.storage.accounts.find(linked.accountId);
    if (account?.deactivatedAt) return { refused: 'deactivated' };
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

/**
 * Links the identity a person came back with to the account of the admin's one-time link. The link
 * proves the admin chose this account; the login proves the person is who the provider says. An
 * identity already linked to another account stays there.
 */
async function linkIdentity(ctx: AppContext, token: string, identity: OidcIdentity): Promise<{ account: AccountRow; linked: boolean } | { refused: 'link_gone' | 'linked_elsewhere' }> {
  const found = await usableLink(ctx, token, 'identity');
  if (!found) return { refused: 'link_gone' };
  const existing = await ctx.storage.identities.find(identity.provider, identity.subject);
  if (existing && existing.accountId !== found.account.id) return { refused: 'linked_elsewhere' };
  if (!(await ctx.storage.accountLinks.take(found.link.tokenHash, ctx.now().toISOString()))) return { refused: 'link_gone' };
  if (!existing) {
    await ctx.storage.identities.link({ provider: identity.provider, subject: identity.subject, accountId: found.account.id, createdAt: ctx.now().toISOString(), byAdmin: true });
  }
  return { account: found.account, linked: !existing };
}

/**
 * A guest who logged in to use a link that needs a login: the first person binds the link to
 * themselves (a keyed hash of who the provider says they are); after that, only that person gets in.
 */
async function joinAsGuest(ctx: AppContext, token: string, identity: OidcIdentity): Promise<{ invitation: InvitationRow; firstUse: boolean } | { refused: 'failed' | 'other_person'; invitation: InvitationRow | null }> {
  const invitation = await ctx.storage.invitations.findByTokenHash(hashToken(token));
  if (!invitationUsable(invitation, ctx.now()) || invitation.loginProvider !== identity.provider) return { refused: 'failed', invitation: null };
  if ((await ctx.storage.meetings.find(invitation.meetingId))?.endedAt) return { refused: 'failed', invitation: null };
  const person = ctx.identityHash(identity.provider, identity.subject);
  const firstUse = !invitation.boundIdentity && (await ctx.storage.invitations.bind(invitation.id, person, ctx.now().toISOString()));
  const bound = firstUse ? person : (invitation.boundIdentity ?? (await ctx.storage.invitations.find(invitation.id))?.boundIdentity);
  if (bound !== person) return { refused: 'other_person', invitation };
  return { invitation: (await ctx.storage.invitations.find(invitation.id)) ?? invitation, firstUse };
}
