import { useId } from 'react';
import { AFTER_ITEMS, afterItemText } from '@naervaer/shared/checklist';
import { contentText } from '@naervaer/shared/doc';
import { CHILD_SCALE_FACES, type FeedbackQuestion, feedbackText } from '@naervaer/shared/feedback';
import { BoundCheckbox, BoundDate, CollabText } from '../fields/BoundFields';
import { useYMapKey } from '../fields/hooks';
import { ScreenToggle } from '../meeting/parts';
import { useStep } from '../meeting/useStep';
import type { StepProps } from './types';
import type * as Y from 'yjs';

/** Step 9: the next meeting, the after-checklist, and the child's feedback. */
export function Closing(props: StepProps) {
  const { t, readOnly, fields, facilitates, hidden, docs, kind } = useStep(props);
  return (
    <div className="step-body">
      <BoundDate map={fields} field="closing.nextMeetingDate" label={t('domain:closing.nextMeetingDate')} readOnly={readOnly} />
      {kind !== 'anonymous' && (
        <>
          <section aria-labelledby="after-title">
            <h3 id="after-title">{t('domain:checklist.after.title')}</h3>
            <ul className="checklist">
              {AFTER_ITEMS.map((item) => (
                <li key={item}>
                  <BoundCheckbox map={fields} field={`childChecklists.after.${item}.done`} label={t(afterItemText(item).label)} readOnly={readOnly} />
                  <CollabText text={contentText(docs.content, `childChecklists.after.${item}.note`)} label={t('meeting:checklist.noteFor', { item: t(afterItemText(item).label) })} readOnly={readOnly} />
                  {facilitates && <ScreenToggle control={docs.control} itemKey={`after:${item}`} hidden={hidden} label={t(afterItemText(item).child)} />}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="feedback-title" className="feedback">
            <h3 id="feedback-title">{t('domain:feedback.title')}</h3>
            {(['safe', 'useful'] as const).map((q) => (
              <FeedbackScale key={q} question={q} map={fields} readOnly={readOnly} t={t} />
            ))}
            <CollabText text={contentText(docs.content, 'feedback.comment')} label={t('domain:feedback.comment')} rows={2} readOnly={readOnly} />
            <BoundDate map={fields} field="feedback.givenOn" label={t('meeting:closing.feedbackGivenOn')} readOnly={readOnly} />
            {facilitates && <ScreenToggle control={docs.control} itemKey="feedback" hidden={hidden} label={t('domain:feedback.title')} />}
          </section>
        </>
      )}
    </div>
  );
}

/** A 1–5 scale as big radio buttons: a face and a word for each, never colour alone. */
export function FeedbackScale({ question, map, readOnly, t }: { question: FeedbackQuestion; map: Y.Map<unknown>; readOnly: boolean; t: ReturnType<typeof useStep>['t'] }) {
  const name = useId();
  const value = useYMapKey(map, `feedback.${question}`);
  const text = feedbackText(question);
  return (
    <fieldset className="scale" data-question={question}>
      <legend>{t(text.question)}</legend>
      <div className="scale-options">
        {text.scale.map(({ value: v, labelKey }) => (
          <label key={v} className={`scale-option ${value === v ? 'chosen' : ''}`}>
            <input type="radio" name={name} value={v} checked={value === v} disabled={readOnly} onChange={() => map.set(`feedback.${question}`, v)} />
            <span className="face" aria-hidden="true">
              {CHILD_SCALE_FACES[v]}
            </span>
            <span>{t(labelKey)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
