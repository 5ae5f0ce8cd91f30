import { contentText } from '@naervaer/shared/doc';
import { BoundDate, BoundInput, BoundSelect, CollabText } from '../fields/BoundFields';
import { ScreenChoice, ScreenToggle, serviceOptions } from '../meeting/parts';
import { DuringPrompt } from '../meeting/RoomExtras';
import { useStep } from '../meeting/useStep';
import type { StepProps } from './types';

/**
 * Step 3: the concern that led to the meeting (who raised it, when and why), what the child wants
 * decided today, and how everyone wants it to be; the guide's frame for the adults.
 */
export function Purpose(props: StepProps) {
  const { t, readOnly, fields, facilitates, hidden, docs, kind } = useStep(props);
  return (
    <div className="step-body">
      {/* Folded: read once, then out of the way of the step's work. */}
      <details className="callout stance frame">
        <summary>{t('meeting:purpose.frameTitle')}</summary>
        <ul>
          <li>{t('meeting:purpose.frameSystemic')}</li>
          <li>{t('meeting:purpose.frameStrengths')}</li>
          <li>{t('meeting:purpose.frameHeard')}</li>
        </ul>
      </details>
      <p className="lead">{t('meeting:purpose.lead')}</p>
      <div className="grid-3">
        <BoundInput map={fields} field="concern.raisedBy" label={t('domain:concern.raisedBy')} readOnly={readOnly} />
        <BoundSelect map={fields} field="concern.raisedByService" label={t('domain:concern.raisedByService')} options={serviceOptions(t)} emptyLabel={t('meeting:common.choose')} readOnly={readOnly} />
        <BoundDate map={fields} field="concern.raisedOn" label={t('domain:concern.raisedOn')} readOnly={readOnly} />
      </div>
      <CollabText text={contentText(docs.content, 'concern.reason')} label={t('domain:concern.reason')} rows={5} readOnly={readOnly} />
      {facilitates && <ScreenChoice control={docs.control} itemKey="concern" hidden={hidden} label={t('meeting:purpose.concern')} wording={contentText(docs.content, 'concern.reasonForScreen')} />}
      {kind !== 'anonymous' && (
        <>
          {facilitates && <DuringPrompt advice="decideTogether" />}
          <CollabText text={contentText(docs.content, 'concern.childWants')} label={t('meeting:purpose.childWants')} hint={t('meeting:purpose.childWantsHint')} rows={2} readOnly={readOnly} />
          {facilitates && <ScreenToggle control={docs.control} itemKey="childWants" hidden={hidden} label={t('meeting:purpose.childWantsItem')} />}
        </>
      )}
      <CollabText text={contentText(docs.content, 'concern.desiredSituation')} label={t('meeting:purpose.desiredSituation')} hint={t('meeting:purpose.desiredSituationHint')} rows={3} readOnly={readOnly} />
      {facilitates && <ScreenToggle control={docs.control} itemKey="desiredSituation" hidden={hidden} label={t('meeting:purpose.desiredSituationItem')} />}
    </div>
  );
}
