/**
 * The API's routes in one table: method, path, and the schemas of what goes in and comes back. The
 * server registers each route from here (server/src/http/route.ts) and the client calls it from here
 * (client/src/lib/api.ts), so a path or a shape cannot drift between the two.
 */
import * as z from 'zod';
import { AccountCreated, AuthState, CreatedInvitation, CreatedMeeting, InvitationList, Joined, LoginRequest, MeetingList, MeetingView, SetupRequest } from './api';
import { AuditPage } from './audit';
import { AccountLinkCreated, AccountLinkInfo, AccountLinkRequest, AdminAccount, IdentityLinkRequest, NewAccountCreated, NewAccountRequest, NewPasswordRequest, RunningSettings, UnlinkIdentityRequest } from './admin';
import { ActivePause } from './facilitation';
import { CreateInvitationRequest, JoinRequest } from './invitation';
import { MappingView } from './mapping-doc';
import { CooperationAgreement } from './measure';
import { CreateMeetingRequest } from './meeting';
import { CreateLinkRequest, CreateRecipientRequest, CreatedLink, DownloadEntry, DownloadLink, Finalized, MinutesPreview, MinutesVersion, Recipient } from './minutes';

export type Method = 'GET' | 'POST' | 'DELETE';

export type ApiRoute<P extends string = string, Req extends z.ZodType | null = z.ZodType | null, Res extends z.ZodType | null = z.ZodType | null> = {
  method: Method;
  path: P;
  /** The body's schema (null: no body). */
  request: Req;
  /** The answer's schema (null: no JSON answer: 204, a file or a page). */
  response: Res;
};

function route<const P extends string, Req extends z.ZodType | null = null, Res extends z.ZodType | null = null>(
  method: Method,
  path: P,
  schemas: { request?: Req; response?: Res } = {},
): ApiRoute<P, Req, Res> {
  return { method, path, request: (schemas.request ?? null) as Req, response: (schemas.response ?? null) as Res };
}

/** What ending the meeting (and opening it again) answers. */
const Ended = z.object({ endedAt: z.string().nullable() });
/** What asking for a pause answers: the pause every screen shows now. */
const PauseAnswer = z.object({ pause: ActivePause.nullable() });
/** `reason`: the meeting ends before its end (Forandringsfabrikken's advice), and why. */
export const EndRequest = z.strictObject({ reason: z.string().trim().min(1).max(2000).optional() });

export const API = {
  // Accounts and sessions
  authState: route('GET', '/api/auth/state', { response: AuthState }),
  setup: route('POST', '/api/auth/setup', { request: SetupRequest, response: AccountCreated }),
  login: route('POST', '/api/auth/login', { request: LoginRequest, response: AccountCreated }),
  /** `providerLogout`: where the browser goes next to end the session at the provider too (RP-initiated logout). */
  logout: route('POST', '/api/auth/logout', { response: z.object({ providerLogout: z.string().nullable() }) }),
  /** An account's owner uses the one-time link the admin handed them: what it is for, and choosing a password. */
  accountLink: route('GET', '/api/account-links/:token', { response: AccountLinkInfo }),
  setPassword: route('POST', '/api/account-links/:token/password', { request: NewPasswordRequest, response: AccountCreated }),
  /** Starts the login that links a provider's login to the account: a POST from the link's own page (never a bare link to follow), answering where to go. */
  startIdentityLink: route('POST', '/api/account-links/:token/identity', { request: IdentityLinkRequest, response: z.object({ url: z.string() }) }),

  // The admin: accounts, the audit log, the running settings
  accounts: route('GET', '/api/admin/accounts', { response: z.array(AdminAccount) }),
  createAccount: route('POST', '/api/admin/accounts', { request: NewAccountRequest, response: NewAccountCreated }),
  deactivateAccount: route('POST', '/api/admin/accounts/:accountId/deactivate', { response: AdminAccount }),
  reactivateAccount: route('POST', '/api/admin/accounts/:accountId/reactivate', { response: AdminAccount }),
  createAccountLink: route('POST', '/api/admin/accounts/:accountId/links', { request: AccountLinkRequest, response: AccountLinkCreated }),
  unlinkIdentity: route('POST', '/api/admin/accounts/:accountId/identities/unlink', { request: UnlinkIdentityRequest, response: AdminAccount }),
  adminAudit: route('GET', '/api/admin/audit', { response: AuditPage }),
  settings: route('GET', '/api/admin/settings', { response: RunningSettings }),
  /** A browser's way to an OpenID provider and back (redirects, not JSON). */
  oidcStart: route('GET', '/api/auth/oidc/:provider'),
  oidcCallback: route('GET', '/api/auth/oidc/:provider/callback'),

  // Meetings, invitations, joining
  meetings: route('GET', '/api/meetings', { response: MeetingList }),
  createMeeting: route('POST', '/api/meetings', { request: CreateMeetingRequest, response: CreatedMeeting }),
  meeting: route('GET', '/api/meetings/:id', { response: MeetingView }),
  deleteMeeting: route('DELETE', '/api/meetings/:id'),
  agreement: route('GET', '/api/meetings/:id/agreement', { response: CooperationAgreement }),
  mapping: route('GET', '/api/meetings/:id/mapping', { response: MappingView }),
  meetingAudit: route('GET', '/api/meetings/:id/audit', { response: AuditPage }),
  invitations: route('GET', '/api/meetings/:id/invitations', { response: InvitationList }),
  invite: route('POST', '/api/meetings/:id/invitations', { request: CreateInvitationRequest, response: CreatedInvitation }),
  revokeInvitation: route('DELETE', '/api/meetings/:id/invitations/:invitationId'),
  join: route('POST', '/api/join', { request: JoinRequest, response: Joined }),

  // Facilitation
  pause: route('POST', '/api/meetings/:id/pause', { response: PauseAnswer }),
  end: route('POST', '/api/meetings/:id/end', { request: EndRequest, response: Ended }),
  reopen: route('POST', '/api/meetings/:id/reopen', { response: Ended }),

  // Minutes
  minutesPdf: route('GET', '/api/meetings/:id/minutes.pdf'),
  agreementPdf: route('GET', '/api/meetings/:id/agreement.pdf'),
  childSummaryPdf: route('GET', '/api/meetings/:id/child-summary.pdf'),
  minutesPreview: route('GET', '/api/meetings/:id/minutes/preview', { response: MinutesPreview }),
  finalize: route('POST', '/api/meetings/:id/minutes/finalize', { response: Finalized }),
  versions: route('GET', '/api/meetings/:id/minutes/versions', { response: z.array(MinutesVersion) }),
  versionPdf: route('GET', '/api/meetings/:id/minutes/versions/:file'),
  recipients: route('GET', '/api/meetings/:id/minutes/recipients', { response: z.array(Recipient) }),
  addRecipient: route('POST', '/api/meetings/:id/minutes/recipients', { request: CreateRecipientRequest, response: Recipient }),
  recipientsFromMeeting: route('POST', '/api/meetings/:id/minutes/recipients/from-meeting', { response: z.array(Recipient) }),
  removeRecipient: route('DELETE', '/api/meetings/:id/minutes/recipients/:recipientId'),
  links: route('GET', '/api/meetings/:id/minutes/links', { response: z.array(DownloadLink) }),
  createLink: route('POST', '/api/meetings/:id/minutes/links', { request: CreateLinkRequest, response: CreatedLink }),
  revokeLink: route('DELETE', '/api/meetings/:id/minutes/links/:linkId'),
  downloads: route('GET', '/api/meetings/:id/minutes/downloads', { response: z.array(DownloadEntry) }),

  // A recipient's personal link: a page in words, and the file behind its button.
  downloadPage: route('GET', '/d/:token'),
  download: route('GET', '/d/:token/download'),
} as const;

/** Each document's current PDF (the latest finalized version, or the draft). */
export const DOCUMENT_PDF = { minutes: API.minutesPdf, agreement: API.agreementPdf, child: API.childSummaryPdf } as const;

/** The names in a path (`/api/meetings/:id/x/:linkId` → 'id' | 'linkId'). */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamNames<`/${Rest}`> : P extends `${string}:${infer Name}` ? Name : never;

/** The values a path needs. */
export type PathParams<P extends string> = { [K in ParamNames<P>]: string };

/** A route's path with its parameters filled in (each encoded). */
export function pathFor<P extends string>(route: { path: P }, params: PathParams<P>): string {
  return route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent((params as Record<string, string>)[name] ?? ''));
}

/** What a route answers, as its schema reads it. */
export type ResponseOf<R extends ApiRoute> = R['response'] extends z.ZodType ? z.output<R['response']> : void;
/** What a route takes as its body. */
export type RequestOf<R extends ApiRoute> = R['request'] extends z.ZodType ? z.input<R['request']> : undefined;
