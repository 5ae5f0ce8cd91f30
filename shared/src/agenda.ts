/** The nine steps of the meeting (the municipal guide's Vedlegg 5, "Disposisjon samarbeidsmøte"). */
export const AGENDA_STEPS = [
  'welcome',
  'introductions',
  'purpose',
  'frames',
  'information',
  'understanding',
  'mapping',
  'measures',
  'closing',
] as const;
export type AgendaStep = (typeof AGENDA_STEPS)[number];

export const FIRST_STEP = 0;
export const LAST_STEP = AGENDA_STEPS.length - 1;

/** Keeps a step index inside the agenda. */
export function clampStep(index: number): number {
  if (!Number.isFinite(index)) return FIRST_STEP;
  return Math.min(LAST_STEP, Math.max(FIRST_STEP, Math.trunc(index)));
}

export function stepAt(index: number): AgendaStep {
  return AGENDA_STEPS[clampStep(index)] as AgendaStep;
}

/** i18n key of a step's name. */
export function stepNameKey(step: AgendaStep): `ui:agenda.${AgendaStep}` {
  return `ui:agenda.${step}`;
}
