/**
 * The admin's screens: the accounts (with the provider identities linked to them), one-time links the
 * admin hands over (a new password, linking a provider identity), and the running settings.
 */
import * as z from 'zod';
import { Account, SetupRequest } from './api';
import { AuditQuery } from './audit';
import { IsoDate } from './pupil';

/** A provider's id, as the settings name it (`feide`, `idporten`). */
export const ProviderId = z.string().min(1).max(30);

export const LinkedIdentity = z.object({
  provider: z.string(),
  /** The provider's button name, or its id when the provider is no longer configured. */
  providerName: z.string(),
  subject: z.string(),
  createdAt: z.string(),
  /** Linked by the admin: lets the person in whatever the provider's allow rules say. */
  byAdmin: z.boolean(),
});
export type LinkedIdentity = z.infer<typeof LinkedIdentity>;

export const AdminAccount = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  admin: z.boolean(),
  createdAt: z.string(),
  deactivatedAt: z.string().nullable(),
  /** Has a password of its own (logs in with e-mail and password where local login is on). */
  hasPassword: z.boolean(),
  identities: z.array(LinkedIdentity),
});
export type AdminAccount = z.infer<typeof AdminAccount>;

export const AccountLinkPurpose = z.enum(['password', 'identity']);
export type AccountLinkPurpose = z.infer<typeof AccountLinkPurpose>;

/**
 * The admin adds a facilitator account. Without a password (the screen's way), its owner chooses one
 * through a one-time link, or links a provider identity when local login is off.
 */
export const NewAccountRequest = SetupRequest.extend({ password: SetupRequest.shape.password.optional() });
export type NewAccountRequest = z.infer<typeof NewAccountRequest>;

export const AccountLinkRequest = z.strictObject({ purpose: AccountLinkPurpose });
/** A one-time link, shown once: the admin hands it over (nothing is e-mailed). */
export const AccountLinkCreated = z.object({ accountId: z.string(), purpose: AccountLinkPurpose, url: z.string(), expiresAt: z.string() });
export type AccountLinkCreated = z.infer<typeof AccountLinkCreated>;

export const NewAccountCreated = Account.extend({ admin: z.boolean(), link: AccountLinkCreated.nullable() });
export type NewAccountCreated = z.infer<typeof NewAccountCreated>;

export const UnlinkIdentityRequest = z.strictObject({ provider: ProviderId, subject: z.string().min(1).max(500) });

/** What the page behind a one-time link needs: whose account and what for, and the providers to link with. */
export const AccountLinkInfo = z.object({
  purpose: AccountLinkPurpose,
  name: z.string(),
  email: z.string(),
  providers: z.array(z.object({ id: z.string(), name: z.string() })),
  expiresAt: z.string(),
});
export type AccountLinkInfo = z.infer<typeof AccountLinkInfo>;

export const IdentityLinkRequest = z.strictObject({ provider: ProviderId });

/** A password chosen through a one-time link: the same rule as at set-up. */
export const NewPasswordRequest = SetupRequest.pick({ password: true });

/** The audit log's filters on the admin's screen; days are Oslo's, both ends included. */
export const AdminAuditQuery = AuditQuery.extend({
  meetingId: z.string().trim().min(1).max(100).optional(),
  /** `account:<id>` or `invitation:<id>`, as actor or subject. */
  party: z.string().trim().min(1).max(120).optional(),
  action: z.string().trim().min(1).max(60).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type AdminAuditQuery = z.infer<typeof AdminAuditQuery>;

/** One running setting as the admin may read it: secrets are masked. */
export const RunningSetting = z.object({ name: z.string(), value: z.string() });
export const RunningSettings = z.array(RunningSetting);
export type RunningSettings = z.infer<typeof RunningSettings>;

/** The page behind a one-time account link. */
export function accountLinkPath(token: string): string {
  return `/account-link/${encodeURIComponent(token)}`;
}

/** The admin's page. */
export const ADMIN_PATH = '/admin';
