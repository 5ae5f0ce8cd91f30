/**
 * Each step's view of the shared screen (on the projector and in the facilitator's preview alike). The
 * welcome comes with the page, as every meeting opens on it; the others load when first shown, under
 * the heading that is already there.
 */
import { type ComponentType, Suspense } from 'react';
import type { AgendaStep } from '@naervaer/shared/agenda';
import { lazyComponent } from '../../lib/lazy';
import { WelcomeScreen } from './Welcome';
import type { ScreenProps } from './words';

const SCREEN_VIEWS: Record<AgendaStep, ComponentType<ScreenProps>> = {
  welcome: WelcomeScreen,
  introductions: lazyComponent(async () => (await import('./Introductions')).IntroductionsScreen),
  purpose: lazyComponent(async () => (await import('./Purpose')).PurposeScreen),
  frames: lazyComponent(async () => (await import('./Frames')).FramesScreen),
  information: lazyComponent(async () => (await import('./Information')).InformationScreen),
  understanding: lazyComponent(async () => (await import('./Understanding')).UnderstandingScreen),
  mapping: lazyComponent(async () => (await import('../../room/board/ScreenBoard')).ScreenBoard),
  measures: lazyComponent(async () => (await import('./Measures')).MeasuresScreen),
  closing: lazyComponent(async () => (await import('./Closing')).ClosingScreen),
};

export function ScreenStep(props: ScreenProps) {
  const View = SCREEN_VIEWS[props.step];
  return (
    <Suspense fallback={null}>
      <View {...props} />
    </Suspense>
  );
}
