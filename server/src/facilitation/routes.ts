/**
 * Ending the meeting (the facilitator): every screen says it is over, guests' sockets close and their
 * links and sessions stop opening it (auth/access.ts), and an early end's reason goes to the minutes.
 * It can be opened again until the minutes are finalized.
 *
 * Asking for a pause. Anyone in the meeting may (the child above all), but only the facilitator may
 * write the control document, so the server writes the pause on the asker's behalf through the live
 * rooms: the control doc shows the pause card on every screen, the content doc logs it for the minutes.
 */
import { API } from '@naervaer/shared/routes';
import { bodyOf, on } from '../http/route';
import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import { logEndedEarly, logPauseStarted } from '@naervaer/shared/content-doc';
import { readPause, writeEnded, writePause } from '@naervaer/shared/doc';
import { CloseCode } from '@naervaer/shared/protocol';
import type { AppContext } from '../context';
import { meetingAccess } from '../auth/access';
import { personOf } from '../auth/principal';
import { HttpError, parse, refuseIdentifiers } from '../http/errors';
import { partyOf, recordAudit } from '../audit/log';

const MeetingParams = z.object({ id: z.string().min(1).max(100) });

export async function facilitationRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  on(app, API.pause, async (req, reply) => {
    const { id } = parse(MeetingParams, req.params);
    const { meeting, principal, role } = await meetingAccess(ctx, req, id, 'pause.request');
    const control = await ctx.rooms.get(meeting.id, 'control');
    const already = await control.read(readPause);
    if (!already) {
      const person = personOf(principal, role);
      const pause = { at: ctx.now().toISOString(), by: person.name.slice(0, 100) };
      // The minutes' log names the participant entry when the asker is one, so it reads their name as
      // corrected since; their name then goes beside it, for when the entry is deleted later.
      const logged = person.participantId ? { at: pause.at, by: person.participantId, byName: pause.by } : pause;
      const content = await ctx.rooms.get(meeting.id, 'content');
      await Promise.all([control.write((doc) => writePause(doc, pause)), content.write((doc) => logPauseStarted(doc, logged))]);
      // Stored before the answer, like every change.
      await Promise.all([control.settle(), content.settle()]);
    }
    return reply.code(already ? 200 : 201).send({ pause: await control.read(readPause) });
  });

  on(app, API.end, async (req, reply) => {
    const { id } = parse(MeetingParams, req.params);
    const { meeting, principal } = await meetingAccess(ctx, req, id, 'control.write');
    const { reason } = bodyOf(API.end, req);
    // The reason is stored in the content: an anonymous consultation's rule holds for it too.
    if (meeting.kind === 'anonymous') refuseIdentifiers({ reason }, ctx.now());
    if (meeting.endedAt) return reply.code(200).send({ endedAt: meeting.endedAt });
    const at = ctx.now().toISOString();
    await ctx.storage.meetings.setEnded(meeting.id, at);
    const [control, content] = await Promise.all([ctx.rooms.get(meeting.id, 'control'), ctx.rooms.get(meeting.id, 'content')]);
    await Promise.all([control.write((doc) => writeEnded(doc, { at })), ...(reason ? [content.write((doc) => logEndedEarly(doc, { at, reason }))] : [])]);
    // Stored and sent to every socket before the guests' sockets close: they see the goodbye first.
    await Promise.all([control.settle(), content.settle()]);
    const guests = (await ctx.storage.invitations.listForMeeting(meeting.id)).map((i) => `invitation:${i.id}`);
    await ctx.rooms.closeSockets({ principals: guests }, CloseCode.meetingEnded, 'meeting ended');
    await recordAudit(ctx, { action: 'meeting.ended', meetingId: meeting.id, actor: partyOf(principal), ip: req.ip, detail: { early: Boolean(reason) } });
    return reply.code(201).send({ endedAt: at });
  });

  on(app, API.reopen, async (req, reply) => {
    const { id } = parse(MeetingParams, req.params);
    const { meeting, principal } = await meetingAccess(ctx, req, id, 'control.write');
    if (!meeting.endedAt) return reply.code(200).send({ endedAt: null });
    if ((await ctx.storage.minutes.latestVersion(meeting.id)) > 0) throw new HttpError(409, 'minutes_finalized', 'The minutes are finalized: the meeting stays ended');
    await ctx.storage.meetings.setEnded(meeting.id, null);
    const [control, content] = await Promise.all([ctx.rooms.get(meeting.id, 'control'), ctx.rooms.get(meeting.id, 'content')]);
    await Promise.all([control.write((doc) => writeEnded(doc, null)), content.write((doc) => logEndedEarly(doc, null))]);
    await Promise.all([control.settle(), content.settle()]);
    await recordAudit(ctx, { action: 'meeting.reopened', meetingId: meeting.id, actor: partyOf(principal), ip: req.ip });
    return reply.code(200).send({ endedAt: null });
  });
}
