/**
 * Everything a meeting records, as one typed aggregate: the content the room edits together and the
 * minutes PDF is built from. Data read out of Yjs goes through `parseMeetingContent` first: missing
 * parts get their defaults, unknown keys are refused everywhere, and for an anonymous consultation
 * anything that identifies the pupil is refused.
 */
import * as z from 'zod';
import { AGENDA_STEPS, type AgendaStep } from './agenda';
import { AbsenceFacts } from './absence';
import { ChildChecklists } from './checklist';
import { Concern } from './concern';
import { Consent } from './consent';
import { Conversations } from './conversation-guides';
import { ChildFeedback } from './feedback';
import { Frames } from './frames';
import { FactorMarkings } from './maintaining-factors';
import { MappingItem } from './mapping';
import { CooperationAgreement, MeasureEvaluation } from './measure';
import { MeetingEvents } from './meeting-events';
import { ContinuumStage } from './absence-continuum';
import { ChildScreen } from './child-screen';
import { Referral } from './referral';
import type { MeetingKind } from './meeting';
import { Interpreter, Participant, Service } from './participant';
import { IsoDate, identifyingFieldLocations, pupilFieldFor } from './pupil';
import { PushPull } from './push-pull';
import { SrasScores } from './sras';
import { type DomainLanguage, SystemModelConfig, defaultSystemAreas } from './system-model';

/** How the pupil's voice reached the meeting (step 5), above all when the pupil is not there. */
export const PUPIL_VOICE_METHODS = ['present', 'conversation', 'written', 'safetyPerson', 'other', 'notGathered'] as const;
export const PupilVoice = z.strictObject({
  method: z.enum(PUPIL_VOICE_METHODS).optional(),
  note: z.string().max(5000).default(''),
});
export type PupilVoice = z.infer<typeof PupilVoice>;

/** Step 5: short here-and-now status from the pupil, the parents and the school. */
export const InformationStep = z.strictObject({
  pupilNow: z.string().max(5000).default(''),
  parentsNow: z.string().max(5000).default(''),
  schoolNow: z.string().max(5000).default(''),
  /** The parents' and the school's accounts as the facilitator words them for the shared screen. */
  parentsNowForScreen: z.string().max(1000).default(''),
  schoolNowForScreen: z.string().max(1000).default(''),
  pupilVoice: PupilVoice.prefault({}),
});
export type InformationStep = z.infer<typeof InformationStep>;

/** Step 6: the shared understanding of the absence. */
export const Understanding = z.strictObject({
  factors: FactorMarkings.prefault({}),
  /** Only when the school has SRAS-R scores; never the items. */
  sras: SrasScores.optional(),
  pushPull: PushPull.prefault({}),
  viciousCircleShown: z.boolean().default(false),
  /** Where the pupil is now on Kearney's continuum, as the adults judge it (absence-continuum.ts). */
  continuumStage: ContinuumStage.optional(),
});
export type Understanding = z.infer<typeof Understanding>;

/** Who gets the minutes; sharing with a service is checked against consent (consent.ts canShareWith). */
export const MinutesRecipient = z.strictObject({
  id: z.string().min(1).max(100),
  service: Service,
  name: z.string().max(120).default(''),
  /** Set when the recipient is a participant of the meeting. */
  participantId: z.string().max(100).optional(),
});
export type MinutesRecipient = z.infer<typeof MinutesRecipient>;

/**
 * Who gets the minutes, as step 9 chose them: a participant's entry gives the name and the service as
 * they read now (a corrected service changes what consent allows); a name of its own wins, and ''
 * means the reader says the service instead.
 */
export function minutesRecipientsOf(content: { closing: { minutesRecipients: readonly MinutesRecipient[] }; participants: readonly { id: string; name: string; service: Service }[] }): { id: string; name: string; service: Service; participantId?: string }[] {
  return content.closing.minutesRecipients.map((r) => {
    const participant = r.participantId ? content.participants.find((p) => p.id === r.participantId) : undefined;
    return { id: r.id, name: r.name.trim() || participant?.name.trim() || '', service: participant?.service ?? r.service, ...(r.participantId ? { participantId: r.participantId } : {}) };
  });
}

/** Step 9. */
export const Closing = z.strictObject({
  nextMeetingDate: IsoDate.optional(),
  minutesRecipients: z.array(MinutesRecipient).default([]),
});
export type Closing = z.infer<typeof Closing>;

const note = z.string().max(20000).default('');
/** Free notes per agenda step. */
export const StepNotes = z.strictObject({
  welcome: note,
  introductions: note,
  purpose: note,
  frames: note,
  information: note,
  understanding: note,
  mapping: note,
  measures: note,
  closing: note,
} satisfies Record<AgendaStep, unknown>);
export type StepNotes = z.infer<typeof StepNotes>;

export const CONTENT_SCHEMA_VERSION = 1;

/** The whole content of a meeting (named or follow-up; see meetingContentSchema for anonymous). */
export const MeetingContent = z.strictObject({
  schemaVersion: z.literal(CONTENT_SCHEMA_VERSION).default(CONTENT_SCHEMA_VERSION),
  /** Named and follow-up meetings only. */
  pupil: pupilFieldFor('named'),
  /** Step 2. */
  participants: z.array(Participant).default([]),
  interpreter: Interpreter.prefault({}),
  /** Step 3. */
  concern: Concern.prefault({}),
  /** Step 4. */
  frames: Frames.prefault({}),
  consents: z.array(Consent).default([]),
  /** How the shared screen speaks to this child (child-screen.ts). */
  childScreen: ChildScreen.prefault({}),
  /** Forandringsfabrikken's before/after checklists with the child. */
  childChecklists: ChildChecklists.prefault({}),
  /** Conversations held before the meeting (Vedlegg 1 and 2). */
  conversations: Conversations.prefault({}),
  /** Step 5. */
  information: InformationStep.prefault({}),
  absence: AbsenceFacts.prefault({}),
  /** Step 6. */
  understanding: Understanding.prefault({}),
  /** Step 7: the areas on the board when the meeting was held, and what was said per area. */
  areas: SystemModelConfig.default(() => defaultSystemAreas('nb')),
  mapping: z.array(MappingItem).default([]),
  /** Step 8 (Vedlegg 4), and in a follow-up meeting how last time's measures went. */
  agreement: CooperationAgreement.prefault({}),
  evaluation: z.array(MeasureEvaluation).default([]),
  /** Step 8: whether the guide is still the right path, or which ordinary route is taken (referral.ts). */
  referral: Referral.prefault({}),
  /** Step 9. */
  closing: Closing.prefault({}),
  feedback: ChildFeedback.prefault({}),
  events: MeetingEvents.prefault({}),
  notes: StepNotes.prefault({}),
});
export type MeetingContent = z.infer<typeof MeetingContent>;

/** Content of an anonymous consultation: no pupil, no pupil or parents among participants or recipients. */
export const AnonymousMeetingContent = MeetingContent.extend({ pupil: pupilFieldFor('anonymous') }).superRefine(
  (content, ctx) => {
    for (const path of identifyingFieldLocations(content)) {
      ctx.addIssue({ code: 'custom', path, message: 'an anonymous consultation stores nothing that identifies the pupil' });
    }
  },
);

/** The schema for a meeting kind. */
export function meetingContentSchema(kind: MeetingKind) {
  return kind === 'anonymous' ? AnonymousMeetingContent : MeetingContent;
}

/** Parses content read out of Yjs (or a request body) for a meeting kind; throws a ZodError when invalid. */
export function parseMeetingContent(kind: MeetingKind, raw: unknown): MeetingContent {
  return meetingContentSchema(kind).parse(raw ?? {});
}

/** Like parseMeetingContent, but returns zod's result instead of throwing. */
export function safeParseMeetingContent(kind: MeetingKind, raw: unknown) {
  return meetingContentSchema(kind).safeParse(raw ?? {});
}

/** Fresh content for a new meeting; the system model's area names in the meeting's language. */
export function defaultMeetingContent(language: DomainLanguage = 'nb'): MeetingContent {
  return MeetingContent.parse({ areas: defaultSystemAreas(language) });
}

/** The steps, in order, with their notes: convenient for the minutes. */
export function notesInOrder(content: MeetingContent): { step: AgendaStep; text: string }[] {
  return AGENDA_STEPS.map((step) => ({ step, text: content.notes[step] }));
}
