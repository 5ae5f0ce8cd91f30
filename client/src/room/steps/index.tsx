/** The view of each agenda step. A step without content of its own shows its shared notes. */
import type { ComponentType } from 'react';
import type { AgendaStep } from '@naervaer/shared/agenda';
import { MappingStep } from '../board';
import { Closing } from './Closing';
import { Frames } from './Frames';
import { Information } from './Information';
import { Introductions } from './Introductions';
import { Measures } from './Measures';
import { Purpose } from './Purpose';
import { StepNotes } from './StepNotes';
import type { StepProps } from './types';
import { Understanding } from './Understanding';
import { Welcome } from './Welcome';

const STEP_VIEWS: Partial<Record<AgendaStep, ComponentType<StepProps>>> = {
  welcome: Welcome,
  introductions: Introductions,
  purpose: Purpose,
  frames: Frames,
  information: Information,
  understanding: Understanding,
  mapping: MappingStep,
  measures: Measures,
  closing: Closing,
};

export function StepContent(props: StepProps) {
  const View = STEP_VIEWS[props.step];
  return (
    <>
      {View && <View {...props} />}
      <StepNotes {...props} />
    </>
  );
}
