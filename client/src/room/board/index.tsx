/** Step 7's entry in the step registry: the board's code (and tldraw) load only when the step is shown. */
import { Suspense } from 'react';
import type { StepProps } from '../steps/types';
import { OurProposal } from '../meeting/OurProposal';
import { Loading } from '../../components';
import { i18n } from '../../lib/i18n';
import { lazyComponent } from '../../lib/lazy';

const BoardStep = lazyComponent(async () => (await import('./BoardStep')).default);

/** Fetches the board's texts, which its views in the room and on the shared screen read. */
export const loadBoardTexts = () => i18n.loadNamespaces('board');

/**
 * Fetches the board's code and texts ahead of time. tldraw, which it loads in turn, waits for the
 * step: without it the board shows its list.
 */
export const loadBoard = () => Promise.all([BoardStep.load(), loadBoardTexts()]);

export function MappingStep(props: StepProps) {
  return (
    <>
      <OurProposal proposal="areas" />
      <Suspense fallback={<Loading />}>
        <BoardStep {...props} />
      </Suspense>
    </>
  );
}
