/** Reading the audit log: a meeting's facilitator reads their meeting's, the admin reads everything, with filters. */
import { API } from '@naervaer/shared/routes';
import { on } from '../http/route';
import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import { AuditPage, AuditQuery } from '@naervaer/shared/audit';
import { AdminAuditQuery } from '@naervaer/shared/admin';
import { nextDate, osloDayStart } from '@naervaer/shared/calendar';
import type { AppContext } from '../context';
import { meetingAccess, requireAccountCapability } from '../auth/access';
import { parse } from '../http/errors';
import type { AuditRow } from '../storage/storage';

const MeetingParams = z.object({ id: z.string().min(1).max(100) });

const page = (rows: AuditRow[], limit: number): AuditPage =>
  AuditPage.parse({ entries: rows, nextBefore: rows.length === limit ? rows[rows.length - 1]!.id : null });

export async function auditRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  on(app, API.meetingAudit, async (req) => {
    const { id } = parse(MeetingParams, req.params);
    await meetingAccess(ctx, req, id, 'audit.read');
    const query = parse(AuditQuery, req.query ?? {});
    return page(await ctx.storage.audit.list({ meetingId: id, before: query.before, limit: query.limit }), query.limit);
  });

  on(app, API.adminAudit, async (req) => {
    await requireAccountCapability(ctx, req, 'audit.readAll');
    const { from, to, ...query } = parse(AdminAuditQuery, req.query ?? {});
    // Days are Oslo's, both ends included.
    const period = { ...(from ? { from: osloDayStart(from) } : {}), ...(to ? { to: osloDayStart(nextDate(to)) } : {}) };
    return page(await ctx.storage.audit.list({ ...query, ...period }), query.limit);
  });
}
