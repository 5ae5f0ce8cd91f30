/**
 * The retention schedule: what is deleted when. A sweep runs every RETENTION_SWEEP_MINUTES (on an
 * unref'd timer, so it never keeps the process alive) and deletes, for real:
 * - meetings whose minutes were last finalized longer ago than RETENTION_DAYS_AFTER_FINALIZED;
 * - anonymous consultations RETENTION_HOURS_ANONYMOUS after they started (or were created);
 * - meetings never finalized RETENTION_DAYS_UNFINALIZED after they started (unless that is 0);
 * - expired sessions, and audit entries older than AUDIT_RETENTION_DAYS;
 * - on a store shared by several servers, login and join attempts counted longer ago than their window.
 */
import type { AppContext } from '../context';
import { SYSTEM } from '../audit/log';
import { deleteMeeting } from './delete';

export type SweepResult = { deletedMeetings: string[]; expiredSessions: number; auditEntriesRemoved: number };

export async function sweepRetention(ctx: AppContext): Promise<SweepResult> {
  const now = ctx.now().getTime();
  const { retention } = ctx.config;
  // First, so that a deletion failing below does not keep them.
  await ctx.storage.rateCounts?.forget(now - ctx.config.limits.loginWindowMs);
  const before = (ms: number) => new Date(now - ms).toISOString();
  const due = new Map<string, string>();
  for (const id of await ctx.storage.meetings.finalizedBefore(before(retention.afterFinalizedMs))) due.set(id, 'finalized');
  for (const id of await ctx.storage.meetings.anonymousStartedBefore(before(retention.anonymousMs))) due.set(id, 'anonymous');
  if (retention.unfinalizedMs > 0) {
    for (const id of await ctx.storage.meetings.unfinalizedStartedBefore(before(retention.unfinalizedMs))) if (!due.has(id)) due.set(id, 'unfinalized');
  }
  const deletedMeetings: string[] = [];
  for (const [id, rule] of due) {
    if (await deleteMeeting(ctx, id, { actor: SYSTEM, ip: null, reason: 'retention', rule })) deletedMeetings.push(id);
  }
  const expiredSessions = await ctx.storage.sessions.deleteExpired(new Date(now).toISOString());
  const auditEntriesRemoved = await ctx.storage.audit.deleteBefore(before(retention.auditMs));
  if (expiredSessions || auditEntriesRemoved) await ctx.storage.purgeDeleted();
  return { deletedMeetings, expiredSessions, auditEntriesRemoved };
}

/** Runs the sweep on a timer; returns a function that stops it. */
export function scheduleRetention(ctx: AppContext, log: { info(o: object, m: string): void; error(o: object, m: string): void }): () => void {
  if (ctx.config.retention.sweepEveryMs <= 0) return () => {};
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      // Several servers on one database: one of them sweeps, the others skip this turn.
      const result = await ctx.storage.exclusively('retention', () => sweepRetention(ctx));
      if (result?.deletedMeetings.length) log.info({ deleted: result.deletedMeetings.length }, 'retention: meetings deleted');
    } catch (err) {
      log.error({ err }, 'retention sweep failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), ctx.config.retention.sweepEveryMs);
  timer.unref();
  // A first sweep soon after start, so a server restarted often still deletes on time.
  const first = setTimeout(() => void run(), 5_000);
  first.unref();
  return () => {
    clearInterval(timer);
    clearTimeout(first);
  };
}
