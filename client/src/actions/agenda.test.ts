import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LAST_STEP } from '@naervaer/shared/agenda';
import { readCurrentStep } from '@naervaer/shared/doc';
import { goToStep, nextStep, previousStep } from './agenda';

describe('moving through the agenda', () => {
  it('starts at the welcome and moves forward and back one step at a time', () => {
    const control = new Y.Doc();
    expect(readCurrentStep(control)).toBe(0);
    nextStep(control);
    nextStep(control);
    expect(readCurrentStep(control)).toBe(2);
    previousStep(control);
    expect(readCurrentStep(control)).toBe(1);
  });

  it('never goes before the first step or past the last', () => {
    const control = new Y.Doc();
    previousStep(control);
    expect(readCurrentStep(control)).toBe(0);
    goToStep(control, 99);
    expect(readCurrentStep(control)).toBe(LAST_STEP);
    nextStep(control);
    expect(readCurrentStep(control)).toBe(LAST_STEP);
  });

  it('writes nothing when the step does not change', () => {
    const control = new Y.Doc();
    let updates = 0;
    control.on('update', () => updates++);
    previousStep(control);
    expect(updates).toBe(0);
  });
});
