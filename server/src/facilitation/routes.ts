/**
 * Asking for a pause. Anyone in the meeting may (the child above all), but only the facilitator may
 * write the control document, so the server writes the pause on the asker's behalf through the live
 * rooms: the control doc shows the pause card on every screen, the content doc logs it for the minutes.
 */
import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import { logPauseStarted } from '@naervaer/shared/content-doc';
import { readPause, writePause } from '@naervaer/shared/doc';
import type { AppContext } from '../context';
import { meetingAccess } from '../auth/access';
import { personOf } from '../auth/principal';
import { parse } from '../http/errors';

const MeetingParams = z.object({ id: z.string().min(1).max(100) });

export async function facilitationRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.post('/api/meetings/:id/pause', async (req, reply) => {
    const { id } = parse(MeetingParams, req.params);
    const { meeting, principal, role } = await meetingAccess(ctx, req, id, 'pause.request');
    const control = await ctx.rooms.get(meeting.id, 'control');
    const already = await control.read(readPause);
    if (!already) {
      const pause = { at: ctx.now().toISOString(), by: personOf(principal, role).name.slice(0, 100) };
      const content = await ctx.rooms.get(meeting.id, 'content');
      await Promise.all([control.write((doc) => writePause(doc, pause)), content.write((doc) => logPauseStarted(doc, pause))]);
      // Stored before the answer, like every change.
      await Promise.all([control.settle(), content.settle()]);
    }
    return reply.code(already ? 200 : 201).send({ pause: await control.read(readPause) });
  });
}
