/**
 * The talking points of the guide's conversation with the pupil (Vedlegg 1) and with the parents
 * (Vedlegg 2), held before the meeting, and a short record of each conversation.
 */
import * as z from 'zod';
import { type DomainTextKey, domainKey } from './domain-text';
import { IsoDate } from './pupil';

export const PUPIL_GUIDE = [
  { id: 'opening', guidance: true, points: ['safeDialogue', 'purpose', 'parentsContact'] },
  { id: 'schoolDay', guidance: true, points: ['likedSituations', 'hardSituations', 'likedAdults', 'hardAdults'] },
  { id: 'social', guidance: false, points: ['schoolRoute', 'breaksAndLessons', 'whoWith', 'othersWant', 'bullied'] },
  { id: 'timeAway', guidance: false, points: ['whatAtHome', 'triedToHelp', 'someoneHome'] },
  { id: 'ownView', guidance: false, points: ['wishDifferent', 'whatCanI', 'whatCanParents', 'whatCanYou', 'worriedOutside'] },
  { id: 'measures', guidance: false, points: ['makeTogether'] },
  { id: 'summary', guidance: true, points: ['whyTalk', 'talkedAbout', 'agreed'] },
] as const;

export const PARENTS_GUIDE = [
  { id: 'opening', guidance: true, points: ['purpose', 'absenceFacts', 'schoolRoutines'] },
  { id: 'wellbeing', guidance: false, points: ['schoolFactors', 'outsideEvents', 'familyEvents', 'health'] },
  { id: 'support', guidance: false, points: ['whatCanYou', 'whatCanI'] },
  { id: 'agreement', guidance: false, points: ['makeAgreement'] },
  { id: 'summary', guidance: true, points: ['background', 'agreedMeasures', 'followUp'] },
] as const;

export const CONVERSATIONS = ['pupil', 'parents'] as const;
export type ConversationId = (typeof CONVERSATIONS)[number];

export type PupilGuidePoint = (typeof PUPIL_GUIDE)[number]['points'][number];
export type ParentsGuidePoint = (typeof PARENTS_GUIDE)[number]['points'][number];

const GUIDES = { pupil: PUPIL_GUIDE, parents: PARENTS_GUIDE } as const;

export interface GuideSectionText {
  id: string;
  titleKey: DomainTextKey;
  guidanceKey?: DomainTextKey;
  points: { id: string; textKey: DomainTextKey }[];
}

/** A conversation guide as sections of text keys, in the guide's order. */
export function conversationGuide(conversation: ConversationId): GuideSectionText[] {
  return GUIDES[conversation].map((section) => ({
    id: section.id,
    titleKey: `domain:guides.${conversation}.sections.${section.id}.title` as DomainTextKey,
    ...(section.guidance ? { guidanceKey: `domain:guides.${conversation}.sections.${section.id}.guidance` as DomainTextKey } : {}),
    points: section.points.map((id) => ({ id, textKey: `domain:guides.${conversation}.points.${id}` as DomainTextKey })),
  }));
}

/** Every point id of a guide. */
export function guidePointIds(conversation: ConversationId): string[] {
  return GUIDES[conversation].flatMap((s) => [...s.points]);
}

export const ConversationSummary = z.strictObject({
  heldOn: IsoDate.optional(),
  /** Who held the conversation (a participant id, or free text such as "kontaktlærer"). */
  heldBy: z.string().max(120).default(''),
  summary: z.string().max(10000).default(''),
  /** Point ids that were covered, for the checklist view of the guide. */
  covered: z.array(z.string().max(60)).default([]),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const Conversations = z.strictObject({
  pupil: ConversationSummary.prefault({}),
  parents: ConversationSummary.prefault({}),
});
export type Conversations = z.infer<typeof Conversations>;

/** Text keys for a conversation record's labels. */
export const CONVERSATION_LABELS = {
  heldOn: domainKey('guides.heldOn'),
  heldBy: domainKey('guides.heldBy'),
  summary: domainKey('guides.summary'),
  covered: domainKey('guides.covered'),
  pupilTitle: domainKey('guides.pupil.title'),
  parentsTitle: domainKey('guides.parents.title'),
} as const;
