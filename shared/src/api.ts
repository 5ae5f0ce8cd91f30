/** Shapes of the JSON API shared by the server's routes and the client's calls. */
import * as z from 'zod';
import { Meeting } from './meeting';
import { Invitation } from './invitation';
import { ROLES } from './roles';

export const ApiError = z.object({ error: z.string(), message: z.string() });
export type ApiError = z.infer<typeof ApiError>;

export const SetupRequest = z.strictObject({
  email: z.email().max(200),
  name: z.string().trim().min(1, 'name is required').max(120),
  password: z.string().min(10, 'password must be at least 10 characters').max(200),
});
export type SetupRequest = z.infer<typeof SetupRequest>;

export const LoginRequest = z.strictObject({
  email: z.string().min(1).max(200),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Account = z.object({ id: z.string(), email: z.string(), name: z.string(), admin: z.boolean().optional() });
export type Account = z.infer<typeof Account>;
/** What setting up, logging in and adding an account answer: the account. */
export const AccountCreated = Account;

export const AuthState = z.object({
  setupNeeded: z.boolean(),
  account: Account.nullable(),
  /** The OpenID providers people may log in with, one button each. */
  providers: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
  /** Whether e-mail and password log in here (the setting LOCAL_LOGIN). */
  localLogin: z.boolean().default(true),
});
export type AuthState = z.infer<typeof AuthState>;

/** What a person in a meeting learns about themselves and the meeting. */
export const MeetingView = z.object({
  meeting: Meeting,
  me: z.object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    service: z.string().nullable(),
    presence: z.enum(['room', 'remote']),
    /** The participant entry of the meeting this person is (a guest invited from its row). */
    participantId: z.string().optional(),
    /** The provider through which the server checked who this guest is. */
    verifiedBy: z.string().optional(),
  }),
  /** For the facilitator: the providers an invitation link may require a login with. */
  guestProviders: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
  /** In an anonymous consultation, the names of its invited people, which its content may not carry. */
  invitedNames: z.array(z.string()).default([]),
});
export type MeetingView = z.infer<typeof MeetingView>;

export const CreatedMeeting = z.object({ id: z.string(), url: z.string() });
export const CreatedInvitation = z.object({ id: z.string(), url: z.string(), expiresAt: z.string() });
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;
export const InvitationList = z.array(Invitation);
export const MeetingList = z.array(Meeting);
/** Joined; or, for a link that needs a login, where to log in first (`login`, no session yet). */
export const Joined = z.object({ meetingId: z.string(), url: z.string(), login: z.object({ provider: z.string(), name: z.string(), url: z.string() }).optional() });

/** A refusal for going over a limit: how long to wait before trying again. */
export const RateLimited = ApiError.extend({ retryAfterSeconds: z.number().int().nonnegative() });
export type RateLimited = z.infer<typeof RateLimited>;
