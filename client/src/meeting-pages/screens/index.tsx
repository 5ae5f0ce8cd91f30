/**
 * Each step's view of the shared screen (on the projector and in the facilitator's preview alike). The
 * welcome comes with the page, as every meeting opens on it; the others load when first shown, under
 * the heading that is already there, or ahead of that once the page is idle (`loadScreenViews`).
 */
import { type ComponentType, Suspense } from 'react';
import type { AgendaStep } from '@naervaer/shared/agenda';
import { ErrorBoundary, LoadFailed } from '../../components';
import { lazyComponent } from '../../lib/lazy';
import { loadBoardTexts } from '../../room/board';
import { WelcomeScreen } from './Welcome';
import type { ScreenProps } from './words';

const LATER_VIEWS = {
  introductions: lazyComponent(async () => (await import('./Introductions')).IntroductionsScreen),
  purpose: lazyComponent(async () => (await import('./Purpose')).PurposeScreen),
  frames: lazyComponent(async () => (await import('./Frames')).FramesScreen),
  information: lazyComponent(async () => (await import('./Information')).InformationScreen),
  understanding: lazyComponent(async () => (await import('./Understanding')).UnderstandingScreen),
  mapping: lazyComponent(async () => (await import('../../room/board/ScreenBoard')).ScreenBoard),
  measures: lazyComponent(async () => (await import('./Measures')).MeasuresScreen),
  closing: lazyComponent(async () => (await import('./Closing')).ClosingScreen),
} satisfies Record<Exclude<AgendaStep, 'welcome'>, unknown>;

const SCREEN_VIEWS: Record<AgendaStep, ComponentType<ScreenProps>> = { welcome: WelcomeScreen, ...LATER_VIEWS };

/** Fetches the code of every step's view of the screen (and the board's texts), to have it before the connection can drop. */
export function loadScreenViews(): Promise<unknown> {
  return Promise.all([...Object.values(LATER_VIEWS).map((view) => view.load()), loadBoardTexts()]);
}

export function ScreenStep(props: ScreenProps) {
  const View = SCREEN_VIEWS[props.step];
  return (
    // Keyed by step: the next step tries its own view even if this one did not load.
    <ErrorBoundary key={props.step} fallback={<LoadFailed forChild />}>
      <Suspense fallback={null}>
        <View {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
