/**
 * What the shared screen (the projector the child reads) shows of what was written in the meeting.
 * What the child said and what was agreed with the child shows by default; what adults wrote about
 * the child (the concern, the parents' and the school's accounts, the absence figures, the SRAS-R
 * scores, push and pull, how last time's measures went) shows only after the facilitator has read it
 * and put it on the screen. The facilitator's choice per item wins either way.
 */

/** The facilitator's choices: items put on the screen, and items taken off it. */
export type ScreenChoices = { shown: readonly string[]; hidden: readonly string[] };

/** What a view asks of the choices: whether an item is off the screen. */
export type OffScreen = { has(itemKey: string): boolean };

/** `drawing`: what anyone drew or wrote on the board besides the notes (a pen, a text). */
const WRITTEN_BY_ADULTS: ReadonlySet<string> = new Set(['concern', 'desiredSituation', 'information.parentsNow', 'information.schoolNow', 'absence', 'sras', 'evaluation', 'drawing']);
/**
 * Push and pull items; what happens after the meeting (`after:<item>`), which the screen tells the
 * child only when the adults have chosen to promise it; the board's notes (`note:<id>`), which
 * anyone may write about the child's life ("Far drikker i helgene"); and which of the factors that
 * keep absence going an adult ticked as likely for this child (`relevant:<factor>`), the adults'
 * judgement of why the child stays away.
 */
const WRITTEN_BY_ADULTS_PREFIXES = ['push:', 'pull:', 'after:', 'note:', 'relevant:'] as const;

/** A board note's key in the screen choices. */
export function noteScreenKey(itemId: string): string {
  return `note:${itemId}`;
}

/** The key of a factor ticked as likely for this child (shown on the screen as «Kanskje for deg»). */
export function relevanceScreenKey(factor: string): string {
  return `relevant:${factor}`;
}

/**
 * The choice that an adult's text may reach the screen as it stands (not in the child's words): made
 * only when the facilitator puts an item there with no wording for the child. Without it, an item
 * whose wording is emptied later shows nothing, never the adults' text in its place.
 */
export function originalKey(itemKey: string): string {
  return `${itemKey}:original`;
}

/** Whether an item holds what adults wrote about the child, or promise (off the screen until the facilitator puts it there). */
export function writtenByAdults(itemKey: string): boolean {
  return WRITTEN_BY_ADULTS.has(itemKey) || WRITTEN_BY_ADULTS_PREFIXES.some((prefix) => itemKey.startsWith(prefix)) || itemKey.endsWith(':original');
}

/** Whether an item is on the shared screen now. */
export function isOnScreen(itemKey: string, choices: ScreenChoices): boolean {
  if (choices.shown.includes(itemKey)) return true;
  if (choices.hidden.includes(itemKey)) return false;
  return !writtenByAdults(itemKey);
}

/** The choices with every given item put on the screen (`on`) or taken off it. */
export function withOnScreen(choices: ScreenChoices, itemKeys: readonly string[], on: boolean): ScreenChoices {
  const keys = new Set(itemKeys);
  const shown = choices.shown.filter((k) => !keys.has(k));
  const hidden = choices.hidden.filter((k) => !keys.has(k));
  return on ? { shown: [...shown, ...keys], hidden } : { shown, hidden: [...hidden, ...keys] };
}

/** The choices with one item put on the screen (or taken off it, if it was on). */
export function toggledOnScreen(choices: ScreenChoices, itemKey: string): ScreenChoices {
  const on = isOnScreen(itemKey, choices);
  const shown = choices.shown.filter((k) => k !== itemKey);
  const hidden = choices.hidden.filter((k) => k !== itemKey);
  return on ? { shown, hidden: [...hidden, itemKey] } : { shown: [...shown, itemKey], hidden };
}

/**
 * What the shared screen shows of an adult's text: the facilitator's wording for the screen when
 * there is one (in words the child understands); else the text itself, only if the facilitator chose
 * that (`originalChosen`, see originalKey); else nothing.
 */
export function screenWording(original: string, forScreen: string | undefined, originalChosen: boolean): string {
  if (forScreen?.trim()) return forScreen;
  return originalChosen ? original : '';
}

/** The choices as views read them. */
export function offScreen(choices: ScreenChoices): OffScreen {
  return { has: (itemKey) => !isOnScreen(itemKey, choices) };
}
