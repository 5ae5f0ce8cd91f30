/** Invitations: a link with an unguessable token, bound to a role, a name and a service. */
import * as z from 'zod';

export const INVITED_ROLES = ['participant', 'observer'] as const;
export const InvitedRole = z.enum(INVITED_ROLES);

export const Presence = z.enum(['room', 'remote']);
export type Presence = z.infer<typeof Presence>;

export const CreateInvitationRequest = z.strictObject({
  role: InvitedRole,
  name: z.string().trim().min(1, 'name is required').max(120),
  service: z.string().trim().max(120).optional(),
  presence: Presence.optional(),
  /** The participant (in the meeting's content) this invitation is for: who joins is linked to their entry. */
  participantId: z.string().min(1).max(100).optional(),
  /**
   * The provider the guest must log in with to use the link (a service through Feide or Entra ID, a
   * parent through ID-porten); its first use binds the link to that person.
   */
  loginProvider: z.string().min(1).max(30).optional(),
});
export type CreateInvitationRequest = z.infer<typeof CreateInvitationRequest>;

export const JoinRequest = z.strictObject({
  token: z.string().min(16).max(200),
});

export const Invitation = z.object({
  id: z.string(),
  meetingId: z.string(),
  role: InvitedRole,
  name: z.string(),
  service: z.string().nullable(),
  presence: Presence,
  participantId: z.string().nullable().default(null),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  /** The provider the guest must log in with (null: the link alone). */
  loginProvider: z.string().nullable().default(null),
  /** When the link was bound to the person who first logged in with it. */
  boundAt: z.string().nullable().default(null),
});
export type Invitation = z.infer<typeof Invitation>;

/** Path a person opens to join with an invitation token. */
export function joinPath(token: string): string {
  return `/join/${encodeURIComponent(token)}`;
}
