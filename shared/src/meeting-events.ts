/**
 * Things that happen during the meeting: pauses (anyone may ask for one, the child above all) and
 * topics parked for later. Pure helpers; times are ISO datetimes supplied by the caller.
 */
import * as z from 'zod';

const IsoDateTime = z.iso.datetime({ offset: true });

export const Pause = z.strictObject({
  at: IsoDateTime,
  /** Who asked for the pause: a participant's id, or the name of the person who asked in the room. */
  by: z.string().max(100),
  /** With a participant's id: their name when they asked, for when the entry is gone later. */
  byName: z.string().max(120).optional(),
  resumedAt: IsoDateTime.optional(),
});
export type Pause = z.infer<typeof Pause>;

export const ParkedTopic = z.strictObject({
  id: z.string().min(1).max(100),
  text: z.string().max(1000),
  at: IsoDateTime,
});
export type ParkedTopic = z.infer<typeof ParkedTopic>;

export const MeetingEvents = z.strictObject({
  pauses: z.array(Pause).default([]),
  parked: z.array(ParkedTopic).default([]),
  /**
   * When the facilitator ended the meeting before its end, so the child can speak about something
   * more safely another way (Forandringsfabrikken's advice), and why: the full minutes carry both.
   */
  endedEarlyAt: IsoDateTime.optional(),
  endedEarlyReason: z.string().max(2000).default(''),
});
export type MeetingEvents = z.infer<typeof MeetingEvents>;

/** No pauses, nothing parked. */
export function emptyMeetingEvents(): MeetingEvents {
  return MeetingEvents.parse({});
}

/** The pause in progress, if any. */
export function openPause(events: MeetingEvents): Pause | undefined {
  return events.pauses.find((p) => p.resumedAt === undefined);
}

/** Whether the meeting is paused now. */
export function isPaused(events: MeetingEvents): boolean {
  return openPause(events) !== undefined;
}

/** Starts a pause; a second request while paused changes nothing. */
export function startPause(events: MeetingEvents, at: string, by: string): MeetingEvents {
  if (isPaused(events)) return events;
  return { ...events, pauses: [...events.pauses, { at, by }] };
}

/** Ends the pause in progress; without one, changes nothing. */
export function resumePause(events: MeetingEvents, at: string): MeetingEvents {
  if (!isPaused(events)) return events;
  return { ...events, pauses: events.pauses.map((p) => (p.resumedAt === undefined ? { ...p, resumedAt: at } : p)) };
}

/** Total paused time in milliseconds; a pause in progress counts until `now`. */
export function pausedMilliseconds(events: MeetingEvents, now: string): number {
  return events.pauses.reduce((sum, p) => {
    const end = Date.parse(p.resumedAt ?? now);
    const start = Date.parse(p.at);
    return Number.isNaN(end) || Number.isNaN(start) ? sum : sum + Math.max(0, end - start);
  }, 0);
}

/** Parks a topic to return to later. */
export function parkTopic(events: MeetingEvents, topic: ParkedTopic): MeetingEvents {
  return { ...events, parked: [...events.parked, topic] };
}

/** Removes a parked topic (dealt with, or dropped). */
export function unparkTopic(events: MeetingEvents, id: string): MeetingEvents {
  return { ...events, parked: events.parked.filter((t) => t.id !== id) };
}
