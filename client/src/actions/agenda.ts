/** Facilitation commands that move the agenda. Only the facilitator's client calls them; the server refuses anyone else's. */
import type * as Y from 'yjs';
import { clampStep } from '@naervaer/shared/agenda';
import { readCurrentStep, writeCurrentStep } from '@naervaer/shared/doc';

export function goToStep(control: Y.Doc, index: number): void {
  const target = clampStep(index);
  if (target !== readCurrentStep(control)) writeCurrentStep(control, target);
}

export function nextStep(control: Y.Doc): void {
  goToStep(control, readCurrentStep(control) + 1);
}

export function previousStep(control: Y.Doc): void {
  goToStep(control, readCurrentStep(control) - 1);
}
