/**
 * Forandringsfabrikken's advice from children ("Barns råd til tverrfaglige møter") as two
 * checklists: before the meeting and after it. What was agreed for unplanned topics and for the
 * meeting feeling unsafe is shown to everyone during the meeting.
 */
import * as z from 'zod';
import { domainKey } from './domain-text';

export const ChecklistItem = z.strictObject({
  done: z.boolean().default(false),
  note: z.string().max(2000).default(''),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const BEFORE_ITEMS = ['informed', 'safetyPerson', 'safePlan', 'adults', 'topics', 'unplannedTopics', 'feelsUnsafe'] as const;
export type BeforeItemId = (typeof BEFORE_ITEMS)[number];
export const AFTER_ITEMS = ['readsMinutes', 'givesFeedback', 'toldWhatNext', 'involved'] as const;
export type AfterItemId = (typeof AFTER_ITEMS)[number];

/**
 * Before-items whose agreement (the note) is shown to everyone in the meeting, so all keep to it:
 * what may be said and in front of whom, and the plans for an unplanned topic and for feeling unsafe.
 */
export const SHOWN_TO_EVERYONE = ['topics', 'unplannedTopics', 'feelsUnsafe'] as const satisfies readonly BeforeItemId[];

/** Reminders for during the meeting (text only, nothing to tick). */
export const DURING_REMINDERS = ['presentation', 'explainTopics', 'decideTogether', 'considerEnding'] as const;

const item = ChecklistItem.prefault({});

export const BeforeChecklist = z.strictObject({
  informed: item,
  safetyPerson: item,
  safePlan: item,
  adults: item,
  topics: item,
  unplannedTopics: item,
  feelsUnsafe: item,
} satisfies Record<BeforeItemId, unknown>);
export type BeforeChecklist = z.infer<typeof BeforeChecklist>;

export const AfterChecklist = z.strictObject({
  readsMinutes: item,
  givesFeedback: item,
  toldWhatNext: item,
  involved: item,
} satisfies Record<AfterItemId, unknown>);
export type AfterChecklist = z.infer<typeof AfterChecklist>;

export const ChildChecklists = z.strictObject({
  before: BeforeChecklist.prefault({}),
  after: AfterChecklist.prefault({}),
});
export type ChildChecklists = z.infer<typeof ChildChecklists>;

/** Both checklists, nothing ticked. */
export function defaultChildChecklists(): ChildChecklists {
  return ChildChecklists.parse({});
}

/** Whether a before-item is shown to everyone during the meeting. */
export function isShownToEveryone(id: BeforeItemId): boolean {
  return (SHOWN_TO_EVERYONE as readonly BeforeItemId[]).includes(id);
}

/** Text keys of a before-item: the adults' wording and the child's. */
export function beforeItemText(id: BeforeItemId) {
  return { label: domainKey(`checklist.before.${id}.label`), child: domainKey(`checklist.before.${id}.child`) };
}

/** Text keys of an after-item: the adults' wording and the child's. */
export function afterItemText(id: AfterItemId) {
  return { label: domainKey(`checklist.after.${id}.label`), child: domainKey(`checklist.after.${id}.child`) };
}

/** How many items of a checklist are done. */
export function checklistProgress(list: Record<string, ChecklistItem>): { done: number; total: number } {
  const items = Object.values(list);
  return { done: items.filter((i) => i.done).length, total: items.length };
}

/** The agreements to show everyone during the meeting: unplanned topics and what to do if it feels unsafe. */
export function agreementsShownToEveryone(before: BeforeChecklist): { id: (typeof SHOWN_TO_EVERYONE)[number]; note: string; label: ReturnType<typeof beforeItemText>['label'] }[] {
  return SHOWN_TO_EVERYONE.map((id) => ({ id, note: before[id].note, label: beforeItemText(id).label }));
}
