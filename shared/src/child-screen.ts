/**
 * How the shared screen speaks to this child. The guide covers pupils from 6 to 16: a younger child
 * (about 6 to 10) gets fewer words, bigger type and a picture for each step; an older child gets the
 * full screen. The facilitator chooses in the preparation; the older screen is the default.
 */
import * as z from 'zod';

export const AGE_GROUPS = ['younger', 'older'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const ChildScreen = z.strictObject({
  ageGroup: z.enum(AGE_GROUPS).default('older'),
});
export type ChildScreen = z.infer<typeof ChildScreen>;
