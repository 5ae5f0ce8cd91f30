/** What each connection publishes about itself (Yjs awareness). The server stamps `user` from the login. */
import * as z from 'zod';
import { ROLES } from './roles';
import { Presence } from './invitation';

export const PresenceUser = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  service: z.string().nullable(),
  presence: Presence,
  /** The participant entry of the meeting this person is, when they joined with an invitation made for it. */
  participantId: z.string().optional(),
  /** The provider through which the server checked who this guest is (the link required a login). */
  verifiedBy: z.string().optional(),
});
export type PresenceUser = z.infer<typeof PresenceUser>;

export const AwarenessState = z.object({
  user: PresenceUser,
  /** The step this person is looking at, if they lag behind the facilitator on purpose. */
  viewingStep: z.number().int().optional(),
  /** True while the person is typing in a field (following waits for them). */
  editing: z.boolean().optional(),
});
export type AwarenessState = z.infer<typeof AwarenessState>;

/** The people connected, one entry per person (a person may have several tabs or sockets). */
export function presentPeople(states: Iterable<unknown>): PresenceUser[] {
  const byId = new Map<string, PresenceUser>();
  for (const raw of states) {
    const parsed = AwarenessState.safeParse(raw);
    if (parsed.success && !byId.has(parsed.data.user.id)) byId.set(parsed.data.user.id, parsed.data.user);
  }
  return [...byId.values()].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.name.localeCompare(b.name, 'nb'));
}
