import { contentText } from '@naervaer/shared/doc';
import { BoundCheckbox, BoundNumber, BoundSelect, CollabText } from '../fields/BoundFields';
import { participantLabel } from '../meeting/labels';
import { ConsentGlance } from '../meeting/parts';
import { useStep } from '../meeting/useStep';
import type { StepProps } from './types';

/** Step 4: who leads and writes, how long, confidentiality, content and method, the gruff agreement, consent. */
export function Frames(props: StepProps) {
  const { t, content, readOnly, fields, docs, kind } = useStep(props);
  const people = content.participants.map((p) => ({ value: p.id, label: participantLabel(p, t) }));
  return (
    <div className="step-body">
      <div className="grid-3">
        <BoundSelect map={fields} field="frames.meetingLeaderId" label={t('domain:frames.meetingLeader')} options={people} emptyLabel={t('meeting:common.choose')} readOnly={readOnly} />
        <BoundSelect map={fields} field="frames.minuteTakerId" label={t('domain:frames.minuteTaker')} options={people} emptyLabel={t('meeting:common.choose')} readOnly={readOnly} />
        <BoundNumber map={fields} field="frames.plannedLengthMinutes" label={t('domain:frames.plannedLength')} min={5} max={480} integer empty={undefined} readOnly={readOnly} />
      </div>
      <div className="callout">
        <p>{t('domain:frames.confidentialityText')}</p>
        <BoundCheckbox map={fields} field="frames.confidentialityReminderGiven" label={t('domain:frames.confidentialityReminder')} readOnly={readOnly} />
      </div>
      <CollabText text={contentText(docs.content, 'frames.contentAndMethod')} label={t('domain:frames.contentAndMethod')} rows={3} readOnly={readOnly} />
      <CollabText text={contentText(docs.content, 'frames.gruffAgreement')} label={t('domain:frames.gruff')} hint={t('domain:frames.gruffPrompt')} rows={3} readOnly={readOnly} />
      {kind !== 'anonymous' && (
        <section aria-labelledby="consent-title">
          <h3 id="consent-title">{t('meeting:frames.consentTitle')}</h3>
          <p className="hint">{t('domain:consent.explanation')}</p>
          <ConsentGlance content={content} />
        </section>
      )}
    </div>
  );
}
