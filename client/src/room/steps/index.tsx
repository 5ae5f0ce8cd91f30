/** The view of each agenda step. A step without content of its own shows its shared notes. */
import type { ComponentType } from 'react';
import type { AgendaStep } from '@naervaer/shared/agenda';
import { StepNotes } from './StepNotes';
import type { StepProps } from './types';

const STEP_VIEWS: Partial<Record<AgendaStep, ComponentType<StepProps>>> = {};

export function StepContent(props: StepProps) {
  const View = STEP_VIEWS[props.step];
  return (
    <>
      {View && <View {...props} />}
      <StepNotes {...props} />
    </>
  );
}
