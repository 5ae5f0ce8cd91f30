/** Facilitator accounts: first-start setup, login and logout with a session cookie (the admin's work on accounts is in admin/). */
import { API } from '@naervaer/shared/routes';
import { absoluteUrl, bodyOf, on } from '../http/route';
import type { FastifyInstance } from 'fastify';
import { AuthState } from '@naervaer/shared/api';
import { CloseCode } from '@naervaer/shared/protocol';
import type { AppContext } from '../context';
import { accountParty, recordAudit } from '../audit/log';
import { HttpError, localLoginOff } from '../http/errors';
import { RateLimiter, tooManyRequests } from '../http/rate-limit';
import { accountOf, clearCookie } from './access';
import { startAccountSession } from './sessions';
import { DUMMY_HASH, accountEmail, hasPassword, hashPassword, verifyPassword } from './passwords';
import { SESSION_COOKIE } from './principal';
import { hashToken, newId } from './tokens';

export async function authRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const { limits } = ctx.config;
  // Failed logins per account (slows guessing one person's password), all attempts per address (slows
  // trying many accounts). The account limit lets an attacker lock someone out for one window at most.
  const failuresPerAccount = new RateLimiter({ scope: 'login-failures', max: limits.loginFailuresPerAccount, windowMs: limits.loginWindowMs, now: ctx.now, counts: ctx.storage.rateCounts });
  const attemptsPerAddress = new RateLimiter({ scope: 'login-attempts', max: limits.loginAttemptsPerAddress, windowMs: limits.loginWindowMs, now: ctx.now, counts: ctx.storage.rateCounts });

  on(app, API.authState, async (req) => {
    const account = await accountOf(ctx, req);
    return AuthState.parse({
      setupNeeded: (await ctx.storage.accounts.count()) === 0,
      account: account ? { id: account.account.id, email: account.account.email, name: account.account.name, admin: !!account.account.admin } : null,
      providers: ctx.oidc.for('facilitators'),
      localLogin: ctx.config.localLogin,
    });
  });

  on(app, API.setup, async (req, reply) => {
    const body = bodyOf(API.setup, req);
    const wait = await attemptsPerAddress.attempt(req.ip);
    if (wait > 0) throw tooManyRequests(wait, 'Too many attempts from this address');
    const passwordHash = await hashPassword(body.password);
    // Checked after hashing, right before the insert, so two racing set-ups cannot both pass.
    if ((await ctx.storage.accounts.count()) > 0) throw new HttpError(409, 'already_set_up', 'The first account already exists; log in instead');
    const id = newId();
    const account = { id, email: accountEmail(body.email), name: body.name, passwordHash, createdAt: ctx.now().toISOString(), admin: true };
    await ctx.storage.accounts.create(account);
    await recordAudit(ctx, { action: 'account.setup', actor: accountParty(account), ip: req.ip, detail: { admin: true } });
    await startAccountSession(ctx, req, reply, id);
    return reply.code(201).send({ id, email: account.email, name: body.name });
  });

  on(app, API.login, async (req, reply) => {
    if (!ctx.config.localLogin) throw localLoginOff();
    const body = bodyOf(API.login, req);
    const email = accountEmail(body.email);
    const account = await ctx.storage.accounts.findByEmail(email);
    // Only attempts on real accounts are logged by account; an unknown email is not written to the
    // audit log (the rate limit counts it for one window: in memory, or on PostgreSQL as a keyed hash).
    const actor = account ? accountParty(account) : { key: 'unknown', name: null };
    // Each attempt counts as a failure of the account until its password is found right (then they
    // are forgotten): guesses sent at once cannot all pass the limit while their passwords are checked.
    const wait = (await attemptsPerAddress.attempt(req.ip)) || (await failuresPerAccount.attempt(email));
    if (wait > 0) {
      await recordAudit(ctx, { action: 'account.login_rate_limited', actor, ip: req.ip });
      throw tooManyRequests(wait, 'Too many login attempts');
    }
    // An account that logs in only through a provider has no password, and a deactivated one may not
    // log in: the same work is done, and refused.
    const usable = !!account && hasPassword(account) && !account.deactivatedAt;
    const ok = (await verifyPassword(body.password, usable ? account!.passwordHash : DUMMY_HASH)) && usable;
    if (!account || !ok) {
      await recordAudit(ctx, { action: 'account.login_failed', actor, ip: req.ip });
      throw new HttpError(401, 'invalid_credentials', 'Wrong email or password');
    }
    await failuresPerAccount.reset(email);
    await recordAudit(ctx, { action: 'account.login', actor, ip: req.ip });
    await startAccountSession(ctx, req, reply, account.id);
    return { id: account.id, email: account.email, name: account.name };
  });

  on(app, API.logout, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    let providerLogout: string | null = null;
    if (token) {
      const principal = await accountOf(ctx, req);
      const hash = hashToken(token);
      // Logged in through a provider: the browser goes on to end the session there too.
      const provider = principal ? (await ctx.storage.sessions.find(hash))?.provider : null;
      if (provider) providerLogout = await ctx.oidc.logoutUrl(provider, absoluteUrl(ctx.config, req, '/login'));
      await ctx.storage.sessions.delete(hash);
      // The session is over everywhere it was used, including the meeting sockets opened with it.
      await ctx.rooms.closeSockets({ sessions: [hash] }, CloseCode.unauthorized, 'logged out');
      if (principal) await recordAudit(ctx, { action: 'account.logout', actor: accountParty(principal.account), ip: req.ip });
    }
    clearCookie(reply, SESSION_COOKIE);
    return { providerLogout };
  });
}
