/**
 * The audit log: who did what to which meeting, from where, when. It never holds meeting content:
 * no titles, no notes, no pupil data; only ids, the names of the people who acted, and the action.
 */
import * as z from 'zod';

export const AUDIT_ACTIONS = [
  'account.setup',
  'account.created',
  'account.login',
  'account.login_failed',
  'account.login_rate_limited',
  /** A person an OpenID provider vouched for, whom the settings do not let in (the provider and why; not the person). */
  'account.login_refused',
  'account.logout',
  /** The admin deactivated an account (its sessions end and its sockets close), or made it active again. */
  'account.deactivated',
  'account.reactivated',
  /** The admin made a one-time link for an account (`purpose`: a new password, or linking a provider identity). */
  'account.link_created',
  /** The owner used a one-time link: chose a password, or linked a provider identity. */
  'account.password_set',
  'account.identity_linked',
  'account.identity_unlinked',
  'meeting.created',
  'meeting.deleted',
  /** The facilitator ended the meeting (guests take no further part), or opened it again. */
  'meeting.ended',
  'meeting.reopened',
  'invitation.created',
  'invitation.revoked',
  /** A guest traded an invitation link for a session in their browser (`verified`: the provider they logged in with). */
  'invitation.used',
  /** A link that needs a login was used by someone other than the person it is bound to (the provider; not the person). */
  'invitation.identity_refused',
  /** Someone's first live connection to the meeting opened. */
  'meeting.joined',
  /** Someone's last live connection to the meeting closed. */
  'meeting.left',
  'minutes.finalized',
  'minutes.downloaded',
  'minutes.distributed',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/** Small, content-free facts about an action (a role, a document name, a reason, a version number). */
export const AuditDetail = z.record(z.string(), z.union([z.string().max(200), z.number(), z.boolean(), z.null()]));
export type AuditDetail = z.infer<typeof AuditDetail>;

export const AuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  /** One of AUDIT_ACTIONS; read as a string so an older client still shows a newer action. */
  action: z.string(),
  meetingId: z.string().nullable(),
  /** `account:<id>`, `invitation:<id>` or `system`. */
  actor: z.string(),
  /** The actor's name while the meeting exists; guests' names are removed when the meeting is deleted. */
  actorName: z.string().nullable(),
  /** What the action was done to, e.g. `invitation:<id>`. */
  subject: z.string().nullable(),
  subjectName: z.string().nullable(),
  /** The client address the request came from. */
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.object({ entries: z.array(AuditEntry), nextBefore: z.number().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;
