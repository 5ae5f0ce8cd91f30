/** The admin's routes: accounts, the one-time links, and the running settings (the audit log is in audit/routes.ts). */
import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import { API } from '@naervaer/shared/routes';
import type { AppContext } from '../context';
import { requireAccountCapability } from '../auth/access';
import { parse } from '../http/errors';
import { absoluteUrl, bodyOf, on } from '../http/route';
import { addAccount, createAccountLink, deactivateAccount, listAccounts, reactivateAccount, unlinkIdentity } from './accounts';
import { runningSettings } from './settings';

const AccountParams = z.object({ accountId: z.string().min(1).max(100) });

export async function adminRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const admin = async (req: Parameters<typeof requireAccountCapability>[1]) => ({ admin: (await requireAccountCapability(ctx, req, 'accounts.manage')).account, ip: req.ip });

  on(app, API.accounts, async (req) => {
    await admin(req);
    return listAccounts(ctx);
  });

  on(app, API.createAccount, async (req, reply) => {
    const actor = await admin(req);
    const created = await addAccount(ctx, actor, bodyOf(API.createAccount, req), (path) => absoluteUrl(ctx.config, req, path));
    return reply.code(201).send(created);
  });

  on(app, API.deactivateAccount, async (req) => deactivateAccount(ctx, await admin(req), parse(AccountParams, req.params).accountId));
  on(app, API.reactivateAccount, async (req) => reactivateAccount(ctx, await admin(req), parse(AccountParams, req.params).accountId));

  on(app, API.createAccountLink, async (req, reply) => {
    const actor = await admin(req);
    const { purpose } = bodyOf(API.createAccountLink, req);
    const link = await createAccountLink(ctx, actor, parse(AccountParams, req.params).accountId, purpose, (path) => absoluteUrl(ctx.config, req, path));
    return reply.code(201).send(link);
  });

  on(app, API.unlinkIdentity, async (req) => {
    const actor = await admin(req);
    const { provider, subject } = bodyOf(API.unlinkIdentity, req);
    return unlinkIdentity(ctx, actor, parse(AccountParams, req.params).accountId, provider, subject);
  });

  on(app, API.settings, async (req) => {
    await requireAccountCapability(ctx, req, 'settings.read');
    return runningSettings(ctx.config);
  });
}
