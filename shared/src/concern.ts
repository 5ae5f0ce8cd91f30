/** The concern that led to the meeting (agenda step 3, "Hensikten med møtet"): who raised it, when and why. */
import * as z from 'zod';
import { Service } from './participant';
import { IsoDate } from './pupil';

export const Concern = z.strictObject({
  /** Who raised it, as a role or description ("kontaktlærer", "mor"); names belong in participants. */
  raisedBy: z.string().max(200).default(''),
  raisedByService: Service.optional(),
  raisedOn: IsoDate.optional(),
  /** What the concern is about. */
  reason: z.string().max(5000).default(''),
  /** What the child wants decided in this meeting, asked at the start and decided together (the child's words). */
  childWants: z.string().max(2000).default(''),
  /** The situation everyone wants: "how do we want it to be?" (strength-based work, the guide's frame). */
  desiredSituation: z.string().max(5000).default(''),
  /** The reason as the facilitator words it for the shared screen (the child reads it); empty: the reason itself. */
  reasonForScreen: z.string().max(1000).default(''),
});
export type Concern = z.infer<typeof Concern>;

/** No concern recorded yet. */
export function emptyConcern(): Concern {
  return Concern.parse({});
}
