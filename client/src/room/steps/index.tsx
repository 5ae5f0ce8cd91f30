/**
 * The view of each agenda step. Every meeting opens on the welcome, so its view comes with the room;
 * the others load when first shown. A step without content of its own shows its shared notes, which
 * are there at once.
 */
import { type ComponentType, Suspense } from 'react';
import type { AgendaStep } from '@naervaer/shared/agenda';
import { MappingStep } from '../board';
import { Loading } from '../../components';
import { lazyComponent } from '../../lib/lazy';
import { StepNotes } from './StepNotes';
import { Welcome } from './Welcome';
import type { StepProps } from './types';

const STEP_VIEWS: Partial<Record<AgendaStep, ComponentType<StepProps>>> = {
  welcome: Welcome,
  introductions: lazyComponent(async () => (await import('./Introductions')).Introductions),
  purpose: lazyComponent(async () => (await import('./Purpose')).Purpose),
  frames: lazyComponent(async () => (await import('./Frames')).Frames),
  information: lazyComponent(async () => (await import('./Information')).Information),
  understanding: lazyComponent(async () => (await import('./Understanding')).Understanding),
  // The board's own code (and tldraw) loads lazily inside it.
  mapping: MappingStep,
  measures: lazyComponent(async () => (await import('./Measures')).Measures),
  closing: lazyComponent(async () => (await import('./Closing')).Closing),
};

export function StepContent(props: StepProps) {
  const View = STEP_VIEWS[props.step];
  return (
    <>
      {View && (
        <Suspense fallback={<Loading />}>
          <View {...props} />
        </Suspense>
      )}
      <StepNotes {...props} />
    </>
  );
}
