/** A meeting as the facilitator creates it (the record the server keeps beside the Yjs documents). */
import * as z from 'zod';

export const MEETING_KINDS = ['named', 'anonymous', 'followup'] as const;
export const MeetingKind = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof MeetingKind>;

export const MeetingLanguage = z.enum(['nb', 'nn', 'en']);
export type MeetingLanguage = z.infer<typeof MeetingLanguage>;

export const CreateMeetingRequest = z.strictObject({
  kind: MeetingKind,
  title: z.string().trim().min(1, 'title is required').max(200),
  school: z.string().trim().max(200).optional(),
  startsAt: z.iso.datetime({ offset: true }).optional(),
  language: MeetingLanguage.optional(),
});
export type CreateMeetingRequest = z.infer<typeof CreateMeetingRequest>;

export const Meeting = z.object({
  id: z.string(),
  kind: MeetingKind,
  title: z.string(),
  school: z.string().nullable(),
  startsAt: z.string().nullable(),
  language: MeetingLanguage,
  facilitatorId: z.string(),
  createdAt: z.string(),
});
export type Meeting = z.infer<typeof Meeting>;

/** Path of a meeting's room in the app. */
export function meetingPath(id: string): string {
  return `/m/${encodeURIComponent(id)}`;
}

/** Path of a meeting's preparation (the facilitator's, before the meeting). */
export function preparePath(id: string): string {
  return `${meetingPath(id)}/prepare`;
}
