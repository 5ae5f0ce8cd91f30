import { contentText } from '@naervaer/shared/doc';
import { BoundDate, BoundInput, BoundSelect, CollabText } from '../fields/BoundFields';
import { ScreenToggle, serviceOptions } from '../meeting/parts';
import { useStep } from '../meeting/useStep';
import type { StepProps } from './types';

/** Step 3: the concern that led to the meeting: who raised it, when and why. */
export function Purpose(props: StepProps) {
  const { t, readOnly, fields, facilitates, hidden, docs } = useStep(props);
  return (
    <div className="step-body">
      <p className="lead">{t('meeting:purpose.lead')}</p>
      <div className="grid-3">
        <BoundInput map={fields} field="concern.raisedBy" label={t('domain:concern.raisedBy')} readOnly={readOnly} />
        <BoundSelect map={fields} field="concern.raisedByService" label={t('domain:concern.raisedByService')} options={serviceOptions(t)} emptyLabel={t('meeting:common.choose')} readOnly={readOnly} />
        <BoundDate map={fields} field="concern.raisedOn" label={t('domain:concern.raisedOn')} readOnly={readOnly} />
      </div>
      <CollabText text={contentText(docs.content, 'concern.reason')} label={t('domain:concern.reason')} rows={5} readOnly={readOnly} />
      {facilitates && <ScreenToggle control={docs.control} itemKey="concern" hidden={hidden} label={t('meeting:purpose.concern')} />}
    </div>
  );
}
