/**
 * When the guide is not enough. In its own words it is not sufficient where a long absence has not
 * yielded to its measures, or where there is worry about neglect (omsorgssvikt), serious mental
 * illness or extensive conflict between the parents: then the ordinary routes apply (referral to
 * PPT, child welfare, the family team, BUPA or Familievernkontoret). At step 8, and in a follow-up,
 * the facilitator records whether this is still the right path and, if not, which route is taken and
 * by whom. The full minutes carry it; the shared screen, the child's summary and the copies withheld
 * for lack of consent never do.
 */
import * as z from 'zod';

export const REFERRAL_ROUTES = ['ppt', 'barnevern', 'familieteam', 'bupa', 'familievernkontoret', 'annet'] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];

export const Referral = z.strictObject({
  /** Whether working on by the guide is still the right path. */
  stillRightPath: z.enum(['yes', 'no']).optional(),
  /** If not: the ordinary route taken. */
  route: z.enum(REFERRAL_ROUTES).optional(),
  /** Who sends the referral or the report (a name or a role). */
  responsible: z.string().max(200).default(''),
  note: z.string().max(2000).default(''),
});
export type Referral = z.infer<typeof Referral>;

/** Whether the meeting recorded anything about the path (the minutes leave the section out otherwise). */
export function hasReferralDecision(referral: Referral): boolean {
  return referral.stillRightPath !== undefined || referral.route !== undefined || referral.responsible.trim() !== '' || referral.note.trim() !== '';
}
