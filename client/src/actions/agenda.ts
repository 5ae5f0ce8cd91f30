/** Facilitation commands that move the agenda. Only the facilitator's client calls them; the server refuses anyone else's. */
import type * as Y from 'yjs';
import { clampStep } from '@naervaer/shared/agenda';
import { readCurrentStep, readTimer, writeCurrentStep, writeTimer } from '@naervaer/shared/doc';
import { switchTimerStep } from '@naervaer/shared/facilitation';

export function goToStep(control: Y.Doc, index: number): void {
  const target = clampStep(index);
  if (target === readCurrentStep(control)) return;
  control.transact(() => {
    // A running clock now counts for the new step.
    const timer = readTimer(control);
    if (timer.runningSince !== null) writeTimer(control, switchTimerStep(timer, target, Date.now()));
    writeCurrentStep(control, target);
  });
}

export function nextStep(control: Y.Doc): void {
  goToStep(control, readCurrentStep(control) + 1);
}

export function previousStep(control: Y.Doc): void {
  goToStep(control, readCurrentStep(control) - 1);
}

/** Moving through the agenda: each move is one action, run by its button and by its keys. */
export const AGENDA_MOVES = {
  previous: { keys: ['ArrowLeft', 'PageUp'], run: previousStep },
  next: { keys: ['ArrowRight', 'PageDown'], run: nextStep },
} as const satisfies Record<string, { keys: readonly string[]; run: (control: Y.Doc) => void }>;

export type AgendaMove = keyof typeof AGENDA_MOVES;

/** The move a key press asks for, if any. */
export function agendaMoveFor(key: string): AgendaMove | null {
  for (const [move, { keys }] of Object.entries(AGENDA_MOVES) as [AgendaMove, (typeof AGENDA_MOVES)[AgendaMove]][]) {
    if ((keys as readonly string[]).includes(key)) return move;
  }
  return null;
}
