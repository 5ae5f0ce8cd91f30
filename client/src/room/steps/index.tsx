/**
 * The view of each agenda step. Every meeting opens on the welcome, so its view comes with the room;
 * the others load when first shown, or ahead of that once the room is idle (`loadStepViews`). A step
 * without content of its own shows its shared notes, which are there at once.
 */
import { type ComponentType, Suspense } from 'react';
import type { AgendaStep } from '@naervaer/shared/agenda';
import { MappingStep, loadBoard } from '../board';
import { ErrorBoundary, LoadFailed, Loading } from '../../components';
import { lazyComponent } from '../../lib/lazy';
import { StepNotes } from './StepNotes';
import { Welcome } from './Welcome';
import type { StepProps } from './types';

const LATER_VIEWS = {
  introductions: lazyComponent(async () => (await import('./Introductions')).Introductions),
  purpose: lazyComponent(async () => (await import('./Purpose')).Purpose),
  frames: lazyComponent(async () => (await import('./Frames')).Frames),
  information: lazyComponent(async () => (await import('./Information')).Information),
  understanding: lazyComponent(async () => (await import('./Understanding')).Understanding),
  measures: lazyComponent(async () => (await import('./Measures')).Measures),
  closing: lazyComponent(async () => (await import('./Closing')).Closing),
} satisfies Partial<Record<AgendaStep, unknown>>;

const STEP_VIEWS: Partial<Record<AgendaStep, ComponentType<StepProps>>> = {
  welcome: Welcome,
  ...LATER_VIEWS,
  // The board's own code (and tldraw) loads lazily inside it.
  mapping: MappingStep,
};

/** Fetches the code of every step's view (the board's too), to have it before the connection can drop. */
export function loadStepViews(): Promise<unknown> {
  return Promise.all([...Object.values(LATER_VIEWS).map((view) => view.load()), loadBoard()]);
}

export function StepContent(props: StepProps) {
  const View = STEP_VIEWS[props.step];
  return (
    <>
      {View && (
        // Keyed by step: moving on tries the next step's view even if this one did not load.
        <ErrorBoundary key={props.step} fallback={<LoadFailed />}>
          <Suspense fallback={<Loading />}>
            <View {...props} />
          </Suspense>
        </ErrorBoundary>
      )}
      <StepNotes {...props} />
    </>
  );
}
