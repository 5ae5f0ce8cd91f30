/**
 * SRAS-R profile from per-function scores a school already has. The scale's items are
 * copyrighted: this module takes only the four function means (0–6) from the child and the parent
 * version, never items. Each function's score is the mean of the child and parent scores given;
 * the highest is the primary function, and scores within 0.25 of the highest count as equal. The
 * scale is Kearney's (SRAS-R, Kearney 2002); the tie margin is this product's own proposal, and the
 * room says so beside the profile.
 */
import * as z from 'zod';
import { MAINTAINING_FUNCTIONS, type MaintainingFunction } from './maintaining-factors';

export const SrasScore = z.number().min(0).max(6);

/** One function's scores; either may be missing (null or absent). */
export const SrasFunctionScores = z.strictObject({
  child: SrasScore.nullish(),
  parent: SrasScore.nullish(),
});
export type SrasFunctionScores = z.infer<typeof SrasFunctionScores>;

const fnScores = SrasFunctionScores.prefault({});
export const SrasScores = z.strictObject({
  avoidNegativeAffect: fnScores,
  escapeSocialEvaluative: fnScores,
  attention: fnScores,
  tangibleRewards: fnScores,
} satisfies Record<MaintainingFunction, unknown>);
export type SrasScores = z.infer<typeof SrasScores>;

/** Scores within this distance of the highest count as equally high. */
export const SRAS_TIE_MARGIN = 0.25;
// Floating point: 3.8 - 3.55 must count as within 0.25.
const EPSILON = 1e-9;

export interface SrasFunctionProfile {
  fn: MaintainingFunction;
  child: number | null;
  parent: number | null;
  /** Mean of the scores given; null if neither was given. */
  combined: number | null;
}

export interface SrasProfile {
  functions: SrasFunctionProfile[];
  /** The primary function(s): highest combined score, with ties within 0.25. Empty without scores. */
  primary: MaintainingFunction[];
  /** True when every function has both a child and a parent score. */
  complete: boolean;
}

/** The SRAS-R profile: per function, child, parent and combined score, and the primary function(s). */
export function srasProfile(scores: SrasScores): SrasProfile {
  const functions = MAINTAINING_FUNCTIONS.map((fn): SrasFunctionProfile => {
    const child = scores[fn].child ?? null;
    const parent = scores[fn].parent ?? null;
    const given = [child, parent].filter((s): s is number => s !== null);
    const combined = given.length === 0 ? null : given.reduce((a, b) => a + b, 0) / given.length;
    return { fn, child, parent, combined };
  });
  const combinedScores = functions.map((f) => f.combined).filter((c): c is number => c !== null);
  const highest = combinedScores.length ? Math.max(...combinedScores) : null;
  const primary =
    highest === null
      ? []
      : functions.filter((f) => f.combined !== null && highest - f.combined <= SRAS_TIE_MARGIN + EPSILON).map((f) => f.fn);
  const complete = functions.every((f) => f.child !== null && f.parent !== null);
  return { functions, primary, complete };
}

/** Whether any score has been entered. */
export function hasSrasScores(scores: SrasScores): boolean {
  return MAINTAINING_FUNCTIONS.some((fn) => scores[fn].child != null || scores[fn].parent != null);
}
