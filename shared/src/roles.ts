/** Roles and what each may do: the one table both the server (enforcing) and the client (hiding controls) read. */
export const ROLES = ['facilitator', 'participant', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const CAPABILITIES = [
  /** See the meeting and receive its live content. */
  'meeting.read',
  /** Edit the shared content of the meeting (notes, mapping, measures). */
  'content.write',
  /** Change facilitator-only state: the agenda step, the timer, resuming from a pause. */
  'control.write',
  /** Change who may see what: the parents' consent and who gets the minutes (content-doc roots in doc.ts). */
  'sharing.write',
  /** Invite people and revoke invitations. */
  'meeting.invite',
  /** Change the meeting's settings or delete it. */
  'meeting.manage',
  /** Preview, finalize and distribute minutes. */
  'minutes.produce',
  /** Read the meeting's audit log. */
  'audit.read',
  /** Publish presence (who is here, cursor) to the others. */
  'presence.publish',
  /** Ask everyone to pause: anyone in the meeting, the child above all. */
  'pause.request',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const TABLE: Record<Role, ReadonlySet<Capability>> = {
  facilitator: new Set(CAPABILITIES),
  participant: new Set<Capability>(['meeting.read', 'content.write', 'presence.publish', 'pause.request']),
  observer: new Set<Capability>(['meeting.read', 'presence.publish']),
};

/** Whether a role has a capability. Unknown roles get nothing. */
export function can(role: string | null | undefined, capability: Capability): boolean {
  if (!role || !Object.hasOwn(TABLE, role)) return false;
  return TABLE[role as Role].has(capability);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * What an account may do outside any one meeting. Every account is a facilitator of the meetings it
 * creates; the first account set up is also the admin, who manages accounts and reads the audit log
 * of every meeting, but gets no access to a meeting's content by being admin.
 */
export const ACCOUNT_ROLES = ['facilitator', 'admin'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const ACCOUNT_CAPABILITIES = [
  /** Create meetings (and so become their facilitator). */
  'meetings.create',
  /** Create facilitator accounts. */
  'accounts.manage',
  /** Read the audit log of every meeting and of logins. */
  'audit.readAll',
  /** Read the running settings (secrets masked). */
  'settings.read',
] as const;
export type AccountCapability = (typeof ACCOUNT_CAPABILITIES)[number];

const ACCOUNT_TABLE: Record<AccountRole, ReadonlySet<AccountCapability>> = {
  facilitator: new Set<AccountCapability>(['meetings.create']),
  admin: new Set(ACCOUNT_CAPABILITIES),
};

/** Whether an account role has an account-level capability. Unknown roles get nothing. */
export function accountCan(role: string | null | undefined, capability: AccountCapability): boolean {
  if (!role || !Object.hasOwn(ACCOUNT_TABLE, role)) return false;
  return ACCOUNT_TABLE[role as AccountRole].has(capability);
}
