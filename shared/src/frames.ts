/**
 * The frames of the meeting (agenda step 4, "Legge rammene"): who leads and who writes the minutes,
 * how long it lasts, that the duty of confidentiality was recalled, content and method, and the
 * "gruff" agreement: what we do if something gets hard or someone does not follow up.
 * Consent is recorded in consent.ts.
 */
import * as z from 'zod';

export const Frames = z.strictObject({
  /** Participant id of the møteleder. */
  meetingLeaderId: z.string().max(100).optional(),
  /** Participant id of the referent. */
  minuteTakerId: z.string().max(100).optional(),
  plannedLengthMinutes: z.int().min(5).max(480).optional(),
  confidentialityReminderGiven: z.boolean().default(false),
  contentAndMethod: z.string().max(5000).default(''),
  gruffAgreement: z.string().max(5000).default(''),
});
export type Frames = z.infer<typeof Frames>;

/** Nothing agreed yet. */
export function emptyFrames(): Frames {
  return Frames.parse({});
}

/** The planned end, given the start as an ISO datetime; undefined without a planned length. */
export function plannedEnd(frames: Frames, startsAt: string): string | undefined {
  if (frames.plannedLengthMinutes === undefined) return undefined;
  const start = Date.parse(startsAt);
  if (Number.isNaN(start)) return undefined;
  return new Date(start + frames.plannedLengthMinutes * 60_000).toISOString();
}
