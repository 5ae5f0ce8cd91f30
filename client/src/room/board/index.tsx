/** Step 7's entry in the step registry: the board's code (and tldraw) load only when the step is shown. */
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepProps } from '../steps/types';
import { OurProposal } from '../meeting/OurProposal';

const BoardStep = lazy(() => import('./BoardStep'));

export function MappingStep(props: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <OurProposal proposal="areas" />
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <BoardStep {...props} />
      </Suspense>
    </>
  );
}
