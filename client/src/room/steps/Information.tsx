import { PUPIL_VOICE_METHODS } from '@naervaer/shared/meeting-content';
import { contentText, readAbsenceThresholds } from '@naervaer/shared/doc';
import { BoundSelect, CollabText } from '../fields/BoundFields';
import { useControlValue } from '../fields/hooks';
import { AbsenceCriteria, ScreenChoice, ScreenToggle } from '../meeting/parts';
import { useStep } from '../meeting/useStep';
import type { StepProps } from './types';

const VOICES = ['pupilNow', 'parentsNow', 'schoolNow'] as const;

/** Step 5: the pupil's, the parents' and the school's here-and-now, the absence, the pupil's voice. */
export function Information(props: StepProps) {
  const { t, content, readOnly, fields, facilitates, hidden, docs } = useStep(props);
  const thresholds = useControlValue(docs.control, readAbsenceThresholds);
  return (
    <div className="step-body">
      <p className="lead">{t('domain:info.reminder')}</p>
      <div className="grid-3">
        {VOICES.map((v) => (
          <div key={v}>
            <CollabText text={contentText(docs.content, `information.${v}`)} label={t(`domain:info.${v}`)} rows={5} readOnly={readOnly} />
            {facilitates &&
              (v === 'pupilNow' ? (
                <ScreenToggle control={docs.control} itemKey={`information.${v}`} hidden={hidden} label={t(`domain:info.${v}`)} />
              ) : (
                <ScreenChoice control={docs.control} itemKey={`information.${v}`} hidden={hidden} label={t(`domain:info.${v}`)} wording={contentText(docs.content, `information.${v}ForScreen`)} />
              ))}
          </div>
        ))}
      </div>
      <section aria-labelledby="absence-title">
        <h3 id="absence-title">{t('domain:absence.title')}</h3>
        <AbsenceCriteria facts={content.absence} thresholds={thresholds} />
        {content.absence.note && <p>{content.absence.note}</p>}
        {facilitates && <ScreenToggle control={docs.control} itemKey="absence" hidden={hidden} label={t('domain:absence.title')} />}
      </section>
      <section aria-labelledby="voice-title">
        <h3 id="voice-title">{t('domain:info.pupilVoice.label')}</h3>
        <div className="grid-2">
          <BoundSelect
            map={fields}
            field="information.pupilVoice.method"
            label={t('meeting:information.voiceMethod')}
            options={PUPIL_VOICE_METHODS.map((m) => ({ value: m, label: t(`domain:info.pupilVoice.methods.${m}`) }))}
            emptyLabel={t('meeting:common.choose')}
            readOnly={readOnly}
          />
          <CollabText text={contentText(docs.content, 'information.pupilVoice.note')} label={t('domain:info.pupilVoice.note')} readOnly={readOnly} />
        </div>
        {content.information.pupilVoice.method !== 'present' && <p className="callout">{t('domain:info.pupilVoice.reminder')}</p>}
      </section>
    </div>
  );
}
