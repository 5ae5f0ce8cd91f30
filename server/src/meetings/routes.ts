/** Meetings and invitations: create, list, invite, revoke, and join with a link. */
import { API, pathFor } from '@naervaer/shared/routes';
import { bodyOf, on, absoluteUrl } from '../http/route';
import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import { CreatedInvitation, CreatedMeeting } from '@naervaer/shared/api';
import { joinPath } from '@naervaer/shared/invitation';
import { meetingPath } from '@naervaer/shared/meeting';
import { CloseCode } from '@naervaer/shared/protocol';
import { can } from '@naervaer/shared/roles';
import type { AppContext } from '../context';
import { meetingAccess, requireAccount, requireAccountCapability } from '../auth/access';
import { accountParty, invitationParty, partyOf, recordAudit } from '../audit/log';
import { RateLimiter, tooManyRequests } from '../http/rate-limit';
import { invitationUsable, personOf } from '../auth/principal';
import { startGuestSession } from '../auth/sessions';
import { hashToken, newId, newToken } from '../auth/tokens';
import { HttpError, meetingEnded, notFound, parse, refuseIdentifiers } from '../http/errors';
import type { InvitationRow, MeetingRow } from '../storage/storage';
import { initMeetingMapping } from '../mapping/areas';
import { latestContentVersion } from '@naervaer/shared/content-migrations';
import { loadMeetingContent } from './stored-content';
import { invitationExpiry } from './invitations';

const MeetingParams = z.object({ id: z.string().min(1).max(100) });
const InvitationParams = z.object({ id: z.string().min(1).max(100), invitationId: z.string().min(1).max(100) });

const meetingJson = (m: MeetingRow) => ({ ...m });
// Neither the token's hash nor the bound person's leaves the server.
const invitationJson = ({ tokenHash: _hidden, boundIdentity: _person, ...rest }: InvitationRow) => ({ ...rest, loginProvider: rest.loginProvider ?? null, boundAt: rest.boundAt ?? null });

export async function meetingRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const { limits } = ctx.config;
  const joinsPerAddress = new RateLimiter({ scope: 'joins', max: limits.joinAttemptsPerAddress, windowMs: limits.loginWindowMs, now: ctx.now, counts: ctx.storage.rateCounts });
  const absolute = (req: { protocol: string; host: string }, path: string) => absoluteUrl(ctx.config, req, path);

  on(app, API.meetings, async (req) => {
    const { account } = await requireAccount(ctx, req);
    return (await ctx.storage.meetings.listForFacilitator(account.id)).map(meetingJson);
  });

  on(app, API.createMeeting, async (req, reply) => {
    const { account } = await requireAccountCapability(ctx, req, 'meetings.create');
    const body = bodyOf(API.createMeeting, req);
    if (body.kind === 'anonymous') refuseIdentifiers({ title: body.title, school: body.school }, ctx.now());
    const dayAgo = new Date(ctx.now().getTime() - 86_400_000);
    const recent = await ctx.storage.meetings.createdSince(account.id, dayAgo.toISOString());
    if (recent.length >= limits.meetingsPerFacilitatorPerDay) {
      const oldest = recent[recent.length - limits.meetingsPerFacilitatorPerDay]!;
      throw tooManyRequests(
        Date.parse(oldest) + 86_400_000 - ctx.now().getTime(),
        `You have created ${recent.length} meetings in the last 24 hours; the limit is ${limits.meetingsPerFacilitatorPerDay}`,
      );
    }
    const id = newId();
    await ctx.storage.meetings.create({
      id,
      kind: body.kind,
      title: body.title,
      school: body.school ?? null,
      startsAt: body.startsAt ? new Date(body.startsAt).toISOString() : null,
      language: body.language ?? 'nb',
      facilitatorId: account.id,
      createdAt: ctx.now().toISOString(),
    });
    await initMeetingMapping(ctx, id, body.language ?? 'nb');
    // A new document has the content's current shape: no migration ever runs on it.
    await ctx.storage.meetings.setContentVersion(id, latestContentVersion(ctx.contentMigrations));
    await recordAudit(ctx, { action: 'meeting.created', meetingId: id, actor: accountParty(account), ip: req.ip, detail: { kind: body.kind } });
    return reply.code(201).send(CreatedMeeting.parse({ id, url: absolute(req, meetingPath(id)) }));
  });

  on(app, API.meeting, async (req) => {
    const { id } = parse(MeetingParams, req.params);
    const { meeting, principal, role } = await meetingAccess(ctx, req, id, 'meeting.read');
    // An anonymous consultation's fields refuse these names before they send (shared/anonymous.ts):
    // only those who write get them.
    const writes = can(role, 'content.write');
    const invitedNames = meeting.kind === 'anonymous' && writes ? (await ctx.storage.invitations.listForMeeting(id)).map((i) => i.name) : [];
    const guestProviders = can(role, 'meeting.invite') ? ctx.oidc.for('guests') : [];
    return { meeting: meetingJson(meeting), me: personOf(principal, role, (p) => ctx.oidc.nameOf(p)), guestProviders, invitedNames };
  });

  // The measures agreed in a meeting, for a follow-up meeting to evaluate: whoever may read that meeting.
  on(app, API.agreement, async (req) => {
    const { id } = parse(MeetingParams, req.params);
    const { meeting } = await meetingAccess(ctx, req, id, 'meeting.read');
    return (await loadMeetingContent(ctx, meeting)).agreement;
  });

  on(app, API.invitations, async (req) => {
    const { id } = parse(MeetingParams, req.params);
    await meetingAccess(ctx, req, id, 'meeting.invite');
    return (await ctx.storage.invitations.listForMeeting(id)).map(invitationJson);
  });

  on(app, API.invite, async (req, reply) => {
    const { id } = parse(MeetingParams, req.params);
    const { meeting, principal } = await meetingAccess(ctx, req, id, 'meeting.invite');
    const body = bodyOf(API.invite, req);
    if (meeting.kind === 'anonymous') refuseIdentifiers({ name: body.name, service: body.service }, ctx.now());
    // An invitation for a participant is for one the meeting has: who joins is linked to that entry.
    if (body.participantId && !(await loadMeetingContent(ctx, meeting)).participants.some((p) => p.id === body.participantId)) {
      throw new HttpError(400, 'invalid_request', 'participantId: the meeting has no such participant');
    }
    if (body.loginProvider && !ctx.oidc.for('guests').some((p) => p.id === body.loginProvider)) {
      throw new HttpError(400, 'invalid_request', 'loginProvider: no provider for guests has this id');
    }
    const token = newToken();
    const now = ctx.now();
    const row: InvitationRow = {
      id: newId(),
      meetingId: meeting.id,
      tokenHash: hashToken(token),
      role: body.role,
      name: body.name,
      service: body.service ?? null,
      presence: body.presence ?? 'remote',
      participantId: body.participantId ?? null,
      createdAt: now.toISOString(),
      expiresAt: invitationExpiry(meeting.startsAt, now, ctx.config.invitationGraceDays).toISOString(),
      revokedAt: null,
      loginProvider: body.loginProvider ?? null,
    };
    await ctx.storage.invitations.create(row);
    if (meeting.kind === 'anonymous') await ctx.invitedNames.refresh(meeting.id);
    await recordAudit(ctx, {
      action: 'invitation.created',
      meetingId: meeting.id,
      actor: partyOf(principal),
      subject: invitationParty(row),
      ip: req.ip,
      detail: { role: row.role, expiresAt: row.expiresAt, ...(row.loginProvider ? { loginProvider: row.loginProvider } : {}) },
    });
    return reply.code(201).send(CreatedInvitation.parse({ id: row.id, url: absolute(req, joinPath(token)), expiresAt: row.expiresAt }));
  });

  on(app, API.revokeInvitation, async (req, reply) => {
    const { id, invitationId } = parse(InvitationParams, req.params);
    const { principal } = await meetingAccess(ctx, req, id, 'meeting.invite');
    const invitation = await ctx.storage.invitations.find(invitationId);
    if (!invitation || invitation.meetingId !== id) throw notFound('invitation');
    await ctx.storage.invitations.revoke(invitationId, ctx.now().toISOString());
    await ctx.storage.sessions.deleteForInvitation(invitationId);
    await ctx.rooms.closeSockets({ principals: [`invitation:${invitationId}`] }, CloseCode.revoked, 'invitation revoked');
    await recordAudit(ctx, { action: 'invitation.revoked', meetingId: id, actor: partyOf(principal), subject: invitationParty(invitation), ip: req.ip });
    return reply.code(204).send();
  });

  /** Trades an invitation token for a guest session cookie, so the token leaves the address bar. */
  on(app, API.join, async (req, reply) => {
    const { token } = bodyOf(API.join, req);
    const wait = await joinsPerAddress.attempt(req.ip);
    if (wait > 0) throw tooManyRequests(wait, 'Too many invitation links tried from this address');
    const invitation = await ctx.storage.invitations.findByTokenHash(hashToken(token));
    const now = ctx.now();
    if (!invitation) throw new HttpError(404, 'invitation_unknown', 'This invitation link is not valid');
    if (!invitationUsable(invitation, now)) throw new HttpError(410, 'invitation_expired', 'This invitation link has expired or was withdrawn');
    if ((await ctx.storage.meetings.find(invitation.meetingId))?.endedAt) throw meetingEnded();
    // A link that needs a login gives no session here: the guest logs in first (auth/oidc-routes.ts).
    if (invitation.loginProvider) {
      const login = `${pathFor(API.oidcStart, { provider: invitation.loginProvider })}?join=${encodeURIComponent(token)}`;
      return { meetingId: invitation.meetingId, url: meetingPath(invitation.meetingId), login: { provider: invitation.loginProvider, name: ctx.oidc.nameOf(invitation.loginProvider), url: login } };
    }
    await startGuestSession(ctx, req, reply, invitation);
    await recordAudit(ctx, { action: 'invitation.used', meetingId: invitation.meetingId, actor: invitationParty(invitation), ip: req.ip, detail: { role: invitation.role } });
    return { meetingId: invitation.meetingId, url: meetingPath(invitation.meetingId) };
  });
}
