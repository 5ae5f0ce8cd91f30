/** Facilitator accounts: first-start setup, login and logout with a session cookie. */
import type { FastifyInstance } from 'fastify';
import { AuthState, LoginRequest, SetupRequest } from '@naervaer/shared/api';
import type { AppContext } from '../context';
import { HttpError, parse } from '../http/errors';
import { accountOf, clearCookie, cookieOptions } from './access';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';
import { SESSION_COOKIE } from './principal';
import { hashToken, newId, newToken } from './tokens';

export async function authRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const startSession = async (accountId: string) => {
    const token = newToken();
    const now = ctx.now();
    await ctx.storage.sessions.create({
      tokenHash: hashToken(token),
      accountId,
      invitationId: null,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ctx.config.sessionMaxMs).toISOString(),
    });
    return token;
  };

  app.get('/api/auth/state', async (req) => {
    const account = await accountOf(ctx, req);
    return AuthState.parse({
      setupNeeded: (await ctx.storage.accounts.count()) === 0,
      account: account ? { id: account.account.id, email: account.account.email, name: account.account.name } : null,
    });
  });

  app.post('/api/auth/setup', async (req, reply) => {
    const body = parse(SetupRequest, req.body);
    if ((await ctx.storage.accounts.count()) > 0) throw new HttpError(409, 'already_set_up', 'The first account already exists; log in instead');
    const id = newId();
    await ctx.storage.accounts.create({
      id,
      email: body.email.toLowerCase(),
      name: body.name,
      passwordHash: await hashPassword(body.password),
      createdAt: ctx.now().toISOString(),
    });
    const token = await startSession(id);
    reply.setCookie(SESSION_COOKIE, token, cookieOptions(ctx, req, ctx.config.sessionMaxMs));
    return reply.code(201).send({ id, email: body.email.toLowerCase(), name: body.name });
  });

  app.post('/api/auth/login', async (req, reply) => {
    const body = parse(LoginRequest, req.body);
    const account = await ctx.storage.accounts.findByEmail(body.email.trim().toLowerCase());
    const ok = await verifyPassword(body.password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !ok) throw new HttpError(401, 'invalid_credentials', 'Wrong email or password');
    const token = await startSession(account.id);
    reply.setCookie(SESSION_COOKIE, token, cookieOptions(ctx, req, ctx.config.sessionMaxMs));
    return { id: account.id, email: account.email, name: account.name };
  });

  app.post('/api/auth/logout', async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await ctx.storage.sessions.delete(hashToken(token));
    clearCookie(reply, SESSION_COOKIE);
    return reply.code(204).send();
  });
}
