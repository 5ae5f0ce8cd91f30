/**
 * Push–pull for this pupil (agenda step 6): what pushes the pupil away from school and what pulls
 * the pupil towards home. Sources use the words in opposite senses, so the UI always shows the
 * full labels "skyver bort fra skolen" / "trekker mot hjemmet".
 */
import * as z from 'zod';
import { domainKey } from './domain-text';

export const PUSH_PULL_SIDES = ['push', 'pull'] as const;
export type PushPullSide = (typeof PUSH_PULL_SIDES)[number];

export const PushPullItem = z.strictObject({
  id: z.string().min(1).max(100),
  text: z.string().max(500),
  /** The item as the facilitator words it for the shared screen; empty: the text itself. */
  textForScreen: z.string().max(500).default(''),
});
export type PushPullItem = z.infer<typeof PushPullItem>;

export const PushPull = z.strictObject({
  push: z.array(PushPullItem).default([]),
  pull: z.array(PushPullItem).default([]),
});
export type PushPull = z.infer<typeof PushPull>;

/**
 * Common examples, offered as suggestions (the chosen wording is copied into an editable item). They
 * are this product's own proposal, not the guide's, and the room says so beside them.
 */
export const PUSH_EXAMPLES = [
  'bullying',
  'noFriends',
  'learningDifficulties',
  'testsOrSpeaking',
  'teacherRelation',
  'restlessClass',
  'transitions',
  'sensoryLoad',
] as const;
export const PULL_EXAMPLES = ['separationWorry', 'parentHome', 'familyIllnessOrLoss', 'caringTasks', 'screensAndGames', 'sleepingIn'] as const;

/** Text keys of a side: the full label ("Skyver bort fra skolen") and the child's wording. */
export function sideText(side: PushPullSide) {
  return { label: domainKey(`pushPull.${side}.label`), child: domainKey(`pushPull.${side}.child`) };
}

/** Suggestion text keys for a side. */
export function pushPullSuggestions(side: PushPullSide) {
  return side === 'push'
    ? PUSH_EXAMPLES.map((id) => ({ id, textKey: domainKey(`pushPull.examples.push.${id}`) }))
    : PULL_EXAMPLES.map((id) => ({ id, textKey: domainKey(`pushPull.examples.pull.${id}`) }));
}

/** Adds an item to one side. */
export function addPushPullItem(pushPull: PushPull, side: PushPullSide, item: PushPullItem): PushPull {
  return { ...pushPull, [side]: [...pushPull[side], item] };
}

/** Changes an item's text. */
export function editPushPullItem(pushPull: PushPull, side: PushPullSide, id: string, text: string): PushPull {
  return { ...pushPull, [side]: pushPull[side].map((i) => (i.id === id ? { ...i, text } : i)) };
}

/** Removes an item. */
export function removePushPullItem(pushPull: PushPull, side: PushPullSide, id: string): PushPull {
  return { ...pushPull, [side]: pushPull[side].filter((i) => i.id !== id) };
}
