/**
 * The child's feedback after the meeting (Forandringsfabrikken: how safe and how useful it felt),
 * on a simple 1–5 scale with a label for each step.
 */
import * as z from 'zod';
import { domainKey } from './domain-text';
import { IsoDate } from './pupil';

export const CHILD_SCALE = [1, 2, 3, 4, 5] as const;
export type ChildScaleValue = (typeof CHILD_SCALE)[number];
export const ChildScale = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

/** Faces that go with the scale (decoration beside the label, never instead of it). */
export const CHILD_SCALE_FACES: Record<ChildScaleValue, string> = { 1: '😟', 2: '🙁', 3: '😐', 4: '🙂', 5: '😀' };

export const ChildFeedback = z.strictObject({
  safe: ChildScale.optional(),
  useful: ChildScale.optional(),
  comment: z.string().max(2000).optional(),
  givenOn: IsoDate.optional(),
});
export type ChildFeedback = z.infer<typeof ChildFeedback>;

export type FeedbackQuestion = 'safe' | 'useful';

/** Text keys of a question and of each scale step's label. */
export function feedbackText(question: FeedbackQuestion) {
  return {
    question: domainKey(`feedback.${question}.question`),
    scale: CHILD_SCALE.map((value) => ({ value, labelKey: domainKey(`feedback.${question}.scale.${value}`) })),
  };
}

/** Whether the child has given any feedback. */
export function hasFeedback(feedback: ChildFeedback): boolean {
  return feedback.safe !== undefined || feedback.useful !== undefined || (feedback.comment ?? '').trim() !== '';
}
