/**
 * The four maintaining factors (Kearney's functions of school-refusal behaviour), used in agenda
 * step 6 to build a shared understanding. Functions 1–2 keep absence going by escaping something
 * unpleasant, 3–4 by gaining something.
 */
import * as z from 'zod';
import { domainKey } from './domain-text';

export const MAINTAINING_FUNCTIONS = ['avoidNegativeAffect', 'escapeSocialEvaluative', 'attention', 'tangibleRewards'] as const;
export const MaintainingFunction = z.enum(MAINTAINING_FUNCTIONS);
export type MaintainingFunction = z.infer<typeof MaintainingFunction>;

export type FunctionGroup = 'escape' | 'gain';

/** Whether a function keeps absence going by escaping something (1–2) or by gaining something (3–4). */
export function functionGroup(fn: MaintainingFunction): FunctionGroup {
  return fn === 'avoidNegativeAffect' || fn === 'escapeSocialEvaluative' ? 'escape' : 'gain';
}

/** Text keys of a factor: its name, the plain explanation for adults and the child's wording. */
export function factorText(fn: MaintainingFunction) {
  return {
    name: domainKey(`factors.${fn}.name`),
    plain: domainKey(`factors.${fn}.plain`),
    child: domainKey(`factors.${fn}.child`),
  };
}

/** Whether the meeting thinks a factor is at work for this pupil, with a note. */
export const FactorMarking = z.strictObject({
  relevant: z.boolean().default(false),
  note: z.string().max(2000).default(''),
});
export type FactorMarking = z.infer<typeof FactorMarking>;

const marking = FactorMarking.prefault({});
export const FactorMarkings = z.strictObject({
  avoidNegativeAffect: marking,
  escapeSocialEvaluative: marking,
  attention: marking,
  tangibleRewards: marking,
} satisfies Record<MaintainingFunction, unknown>);
export type FactorMarkings = z.infer<typeof FactorMarkings>;

/** No factor marked. */
export function defaultFactorMarkings(): FactorMarkings {
  return FactorMarkings.parse({});
}

/** The factors marked relevant, in the standard order. */
export function relevantFactors(markings: FactorMarkings): MaintainingFunction[] {
  return MAINTAINING_FUNCTIONS.filter((fn) => markings[fn].relevant);
}
