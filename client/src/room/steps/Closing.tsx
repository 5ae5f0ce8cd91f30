import { useId, useState } from 'react';
import { AFTER_ITEMS, afterItemText } from '@naervaer/shared/checklist';
import { consentStatus, sharingAllowed } from '@naervaer/shared/consent';
import { contentText } from '@naervaer/shared/doc';
import { osloDate } from '@naervaer/shared/i18n';
import { type MeetingContent, minutesRecipientsOf } from '@naervaer/shared/meeting-content';
import type { MeetingKind } from '@naervaer/shared/meeting';
import { type Service, servicesFor } from '@naervaer/shared/participant';
import { addRecipient, deleteRecord } from '../../actions/meeting';
import { CHILD_SCALE_FACES, type FeedbackQuestion, feedbackText } from '@naervaer/shared/feedback';
import { BoundCheckbox, BoundDate, CollabText } from '../fields/BoundFields';
import { useYMapKey } from '../fields/hooks';
import { participantLabel } from '../meeting/labels';
import { ScreenToggle, ServiceSelect } from '../meeting/parts';
import { useStep } from '../meeting/useStep';
import type { StepProps } from './types';
import type * as Y from 'yjs';

/** Step 9: the next meeting, who gets the minutes, the after-checklist, and the child's feedback. */
export function Closing(props: StepProps) {
  const { t, readOnly, fields, facilitates, hidden, docs, kind, content } = useStep(props);
  return (
    <div className="step-body">
      <BoundDate map={fields} field="closing.nextMeetingDate" label={t('domain:closing.nextMeetingDate')} readOnly={readOnly} />
      <MinutesRecipients content={content} doc={docs.content} kind={kind} readOnly={readOnly} t={t} />
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

/**
 * Who gets the minutes, chosen in the meeting from its participants (and anyone else the parents
 * agree to), with each service's consent status beside it: a service without consent gets only the
 * frame of the meeting and its own measures. The minutes page brings this list in.
 */
function MinutesRecipients({ content, doc, kind, readOnly, t }: { content: MeetingContent; doc: Y.Doc; kind: MeetingKind; readOnly: boolean; t: ReturnType<typeof useStep>['t'] }) {
  const titleId = useId();
  const formId = useId();
  const services = servicesFor(kind);
  const [service, setService] = useState<Service>(services[0]!);
  const [name, setName] = useState('');
  const today = osloDate();
  const chosen = content.closing.minutesRecipients;
  const participants = content.participants.filter((p) => services.includes(p.service));
  // Those not ticked from a participant's row: someone else, or a participant since removed (name and service as stored, or as their entry reads).
  const others = minutesRecipientsOf(content).filter((r) => !participants.some((p) => p.id === r.participantId));
  const consent = (s: Service) => {
    if (kind === 'anonymous') return null;
    const status = consentStatus(content.consents, s, today);
    return (
      <span className={`consent-status${sharingAllowed(status) ? '' : ' consent-status--lacking'}`} data-consent={status}>
        {t(`domain:consent.status.${status}`)}
      </span>
    );
  };
  return (
    <section aria-labelledby={titleId} className="minutes-recipients">
      <h3 id={titleId}>{t('domain:closing.minutesRecipients')}</h3>
      <p className="hint">{t(kind === 'anonymous' ? 'meeting:closing.recipientsHintAnonymous' : 'meeting:closing.recipientsHint')}</p>
      {participants.length === 0 && <p className="hint">{t('meeting:closing.noParticipants')}</p>}
      <ul className="checklist">
        {participants.map((p) => {
          const entry = chosen.find((r) => r.participantId === p.id);
          return (
            <li key={p.id} data-recipient={p.id} className="field check">
              <input
                id={`${formId}-${p.id}`}
                type="checkbox"
                checked={!!entry}
                disabled={readOnly}
                onChange={() => (entry ? deleteRecord(doc, 'recipients', entry.id) : addRecipient(doc, { service: p.service, name: '', participantId: p.id }))}
              />
              <label htmlFor={`${formId}-${p.id}`}>{participantLabel(p, t)}</label>
              {consent(p.service)}
            </li>
          );
        })}
        {others.map((r) => (
          <li key={r.id} data-recipient={r.id}>
            <span className="recipient-other">{[r.name, t(`domain:services.${r.service}`)].filter(Boolean).join(', ')}</span>{' '}
            {consent(r.service)}{' '}
            {!readOnly && (
              <button type="button" onClick={() => deleteRecord(doc, 'recipients', r.id)}>
                {t('meeting:common.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form
          className="inline-form adder"
          aria-label={t('meeting:closing.addRecipient')}
          onSubmit={(e) => {
            e.preventDefault();
            addRecipient(doc, { service, name: name.trim() });
            setName('');
          }}
        >
          <ServiceSelect id={`${formId}-service`} value={service} onChange={setService} services={services} t={t} />
          <div className="field">
            <label htmlFor={`${formId}-name`}>{t('meeting:closing.recipientName')}</label>
            <input id={`${formId}-name`} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          </div>
          <button type="submit">{t('meeting:closing.addRecipient')}</button>
        </form>
      )}
    </section>
  );
}
