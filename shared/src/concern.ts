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
});
export type Concern = z.infer<typeof Concern>;

/** No concern recorded yet. */
export function emptyConcern(): Concern {
  return Concern.parse({});
}
