/**
 * The admin's work on accounts: the list with each account's provider identities, adding a facilitator,
 * deactivating (its sessions end and its sockets close at once) and reactivating, one-time links for
 * the owner (a new password, linking a provider identity), and unlinking an identity. Every change is
 * in the audit log. The owner's side of the links is in auth/account-links.ts.
 */
import type { AdminAccount, AccountLinkCreated, AccountLinkPurpose, NewAccountRequest } from '@naervaer/shared/admin';
import { accountLinkPath } from '@naervaer/shared/admin';
import type { AppContext } from '../context';
import { accountParty, recordAudit } from '../audit/log';
import { HttpError, localLoginOff, notFound } from '../http/errors';
import { accountEmail, hasPassword, hashPassword } from '../auth/passwords';
import { endSessions } from '../auth/sessions';
import { hashToken, newId, newToken } from '../auth/tokens';
import type { AccountRow } from '../storage/storage';

/** How long a one-time account link works. */
export const ACCOUNT_LINK_HOURS = 72;

type Actor = { admin: AccountRow; ip: string };

export async function adminAccountOf(ctx: AppContext, account: AccountRow): Promise<AdminAccount> {
  const identities = await ctx.storage.identities.listForAccount(account.id);
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    admin: !!account.admin,
    createdAt: account.createdAt,
    deactivatedAt: account.deactivatedAt ?? null,
    hasPassword: hasPassword(account),
    identities: identities.map((i) => ({ provider: i.provider, providerName: ctx.oidc.nameOf(i.provider), subject: i.subject, createdAt: i.createdAt, byAdmin: !!i.byAdmin })),
  };
}

export async function listAccounts(ctx: AppContext): Promise<AdminAccount[]> {
  return Promise.all((await ctx.storage.accounts.list()).map((a) => adminAccountOf(ctx, a)));
}

async function accountOrThrow(ctx: AppContext, id: string): Promise<AccountRow> {
  const account = await ctx.storage.accounts.find(id);
  if (!account) throw notFound('account');
  return account;
}

/** Adds a facilitator account; without a password, with a one-time link for its owner to choose one (or link a provider). */
export async function addAccount(ctx: AppContext, { admin, ip }: Actor, body: NewAccountRequest, base: (path: string) => string) {
  const email = accountEmail(body.email);
  if (await ctx.storage.accounts.findByEmail(email)) throw new HttpError(409, 'account_exists', 'An account with this email already exists');
  const account: AccountRow = { id: newId(), email, name: body.name, passwordHash: body.password ? await hashPassword(body.password) : '', createdAt: ctx.now().toISOString(), admin: false };
  await ctx.storage.accounts.create(account);
  await recordAudit(ctx, { action: 'account.created', actor: accountParty(admin), subject: accountParty(account), ip });
  const link = body.password ? null : await createAccountLink(ctx, { admin, ip }, account.id, ctx.config.localLogin ? 'password' : 'identity', base);
  return { id: account.id, email, name: account.name, admin: false, link };
}

/** Deactivates an account: it cannot log in, its sessions end, and its open meeting sockets close now. */
export async function deactivateAccount(ctx: AppContext, { admin, ip }: Actor, id: string): Promise<AdminAccount> {
  const account = await accountOrThrow(ctx, id);
  if (account.id === admin.id) throw new HttpError(409, 'own_account', 'An admin cannot deactivate their own account');
  if (!account.deactivatedAt) {
    await ctx.storage.accounts.setDeactivated(id, ctx.now().toISOString());
    const ended = await endSessions(ctx, account, 'account deactivated');
    await recordAudit(ctx, { action: 'account.deactivated', actor: accountParty(admin), subject: accountParty(account), ip, detail: ended });
  }
  return adminAccountOf(ctx, await accountOrThrow(ctx, id));
}

export async function reactivateAccount(ctx: AppContext, { admin, ip }: Actor, id: string): Promise<AdminAccount> {
  const account = await accountOrThrow(ctx, id);
  if (account.deactivatedAt) {
    await ctx.storage.accounts.setDeactivated(id, null);
    await recordAudit(ctx, { action: 'account.reactivated', actor: accountParty(admin), subject: accountParty(account), ip });
  }
  return adminAccountOf(ctx, await accountOrThrow(ctx, id));
}

/** A one-time link for the account's owner; only the newest of each purpose works. Shown once: only its hash is kept. */
export async function createAccountLink(ctx: AppContext, { admin, ip }: Actor, id: string, purpose: AccountLinkPurpose, base: (path: string) => string): Promise<AccountLinkCreated> {
  const account = await accountOrThrow(ctx, id);
  if (purpose === 'password' && !ctx.config.localLogin) throw localLoginOff();
  if (purpose === 'identity' && !ctx.oidc.for('facilitators').length) throw new HttpError(409, 'no_providers', 'No OpenID provider for facilitators is configured');
  const token = newToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ACCOUNT_LINK_HOURS * 3_600_000).toISOString();
  await ctx.storage.accountLinks.create({ tokenHash: hashToken(token), accountId: id, purpose, createdAt: now.toISOString(), expiresAt });
  await recordAudit(ctx, { action: 'account.link_created', actor: accountParty(admin), subject: accountParty(account), ip, detail: { purpose } });
  return { accountId: id, purpose, url: base(accountLinkPath(token)), expiresAt };
}

export async function unlinkIdentity(ctx: AppContext, { admin, ip }: Actor, id: string, provider: string, subject: string): Promise<AdminAccount> {
  const account = await accountOrThrow(ctx, id);
  if (!(await ctx.storage.identities.unlink(id, provider, subject))) throw notFound('identity');
  // The sessions that came through that provider end too, with their sockets: the login no longer opens the account.
  const ended = await endSessions(ctx, account, 'login unlinked', provider);
  // The provider, not the person's id there: the audit log holds no more of them than it needs.
  await recordAudit(ctx, { action: 'account.identity_unlinked', actor: accountParty(admin), subject: accountParty(account), ip, detail: { provider, ...ended } });
  return adminAccountOf(ctx, account);
}
