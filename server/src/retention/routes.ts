/** Deleting a meeting now, and the retention schedule's timer. */
import { API } from '@naervaer/shared/routes';
import { on } from '../http/route';
import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import type { AppContext } from '../context';
import { meetingAccess } from '../auth/access';
import { partyOf } from '../audit/log';
import { parse } from '../http/errors';
import { deleteMeeting } from './delete';
import { scheduleRetention } from './sweep';

const MeetingParams = z.object({ id: z.string().min(1).max(100) });

export async function retentionRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  on(app, API.deleteMeeting, async (req, reply) => {
    const { id } = parse(MeetingParams, req.params);
    const { principal } = await meetingAccess(ctx, req, id, 'meeting.manage');
    await deleteMeeting(ctx, id, { actor: partyOf(principal), ip: req.ip, reason: 'facilitator' });
    return reply.code(204).send();
  });

  let stop = () => {};
  app.addHook('onReady', async () => {
    stop = scheduleRetention(ctx, app.log);
  });
  app.addHook('onClose', async () => stop());
}
