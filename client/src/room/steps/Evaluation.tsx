import { useEffect, useId, useState } from 'react';
import { orderedRecords } from '@naervaer/shared/content-doc';
import { recordText } from '@naervaer/shared/doc';
import { formatDateTime } from '@naervaer/shared/i18n';
import { MEASURE_OUTCOMES } from '@naervaer/shared/measure';
import type { Meeting } from '@naervaer/shared/meeting';
import { addEvaluation, deleteRecord, importEvaluations } from '../../actions/meeting';
import { focusWhenShown } from '../fields/focus';
import { ErrorMessage } from '../../components';
import { call } from '../../lib/api';
import { API } from '@naervaer/shared/routes';
import { errorText } from '../../lib/errors';
import { currentLanguage } from '../../lib/i18n';
import { BoundInput, BoundSelect, CollabText } from '../fields/BoundFields';
import { useDocVersion } from '../fields/hooks';
import { ScreenToggle } from '../meeting/parts';
import type { useStep } from '../meeting/useStep';

type Step = ReturnType<typeof useStep>;

/**
 * A follow-up meeting's first task at step 8: how each measure agreed last time went. The
 * facilitator can fetch them from the earlier meeting's agreement; anyone who may write can add one
 * by hand, and set its outcome and a note. The shared screen shows each measure and its outcome (not
 * the notes, which are the adults'), unless the facilitator hides them.
 */
export function Evaluation({ s, meetingId }: { s: Step; meetingId: string }) {
  const { t, readOnly, facilitates, docs } = s;
  useDocVersion(docs.content);
  const entries = orderedRecords(docs.content, 'evaluation');
  const outcomes = MEASURE_OUTCOMES.map((o) => ({ value: o, label: t(`domain:agreement.evaluation.${o}`) }));
  return (
    <section className="evaluation" aria-labelledby="evaluation-title">
      <h3 id="evaluation-title">{t('domain:agreement.evaluation.title')}</h3>
      <p className="hint">{t('meeting:evaluation.intro')}</p>
      {facilitates && <FetchPrevious s={s} meetingId={meetingId} />}
      {facilitates && <ScreenToggle control={docs.control} itemKey="evaluation" hidden={s.hidden} label={t('domain:agreement.evaluation.title')} />}
      {entries.length === 0 && <p className="hint">{t('meeting:evaluation.none')}</p>}
      <ol className="measure-rows">
        {entries.map(({ id, record }, index) => (
          <li key={id} className="measure-row" data-evaluation={id}>
            <fieldset>
              <legend>{t('meeting:evaluation.number', { n: index + 1 })}</legend>
              <div className="grid-2">
                <BoundInput map={record} field="measure" label={t('meeting:evaluation.measure')} readOnly={readOnly} />
                <BoundSelect map={record} field="outcome" label={t('domain:agreement.evaluation.outcome')} options={outcomes} emptyLabel={t('meeting:common.choose')} readOnly={readOnly} />
              </div>
              <CollabText text={recordText(docs.content, 'evaluation', id, 'note')} label={t('domain:agreement.evaluation.note')} rows={2} readOnly={readOnly} />
              {!readOnly && (
                <div className="row-actions">
                  <button type="button" className="danger" onClick={() => deleteRecord(docs.content, 'evaluation', id)}>
                    {t('meeting:common.remove')} <span className="visually-hidden">{t('meeting:evaluation.number', { n: index + 1 })}</span>
                  </button>
                </div>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {!readOnly && (
        <button type="button" onClick={() => focusWhenShown(`[data-evaluation="${addEvaluation(docs.content)}"] input`)}>
          + {t('meeting:evaluation.add')}
        </button>
      )}
    </section>
  );
}

/** The facilitator's other meetings, newest first, and a button that fetches one's measures. */
function FetchPrevious({ s, meetingId }: { s: Step; meetingId: string }) {
  const { t, docs } = s;
  const [meetings, setMeetings] = useState<Meeting[]>([]);
  const [chosen, setChosen] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    call(API.meetings, {}).then(
      (all) => setMeetings(all.filter((m) => m.id !== meetingId && m.kind !== 'anonymous').sort((a, b) => (b.startsAt ?? b.createdAt).localeCompare(a.startsAt ?? a.createdAt))),
      () => setMeetings([]),
    );
  }, [meetingId]);

  const fetchMeasures = async () => {
    setError(null);
    try {
      const agreement = await call(API.agreement, { id: chosen });
      const added = importEvaluations(docs.content, agreement);
      setResult(added > 0 ? t('meeting:evaluation.fetched', { count: added }) : t('meeting:evaluation.nothingNew'));
    } catch (err) {
      setError(errorText(err));
    }
  };

  if (meetings.length === 0) return null;
  return (
    <div className="fetch-previous inline-form">
      <div className="field">
        <label htmlFor={id}>{t('meeting:evaluation.fetchFrom')}</label>
        <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('meeting:common.choose')}</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
              {m.startsAt ? ` (${formatDateTime(m.startsAt, currentLanguage())})` : ''}
            </option>
          ))}
        </select>
      </div>
      <button type="button" onClick={fetchMeasures} disabled={!chosen}>
        {t('meeting:evaluation.fetch')}
      </button>
      <p role="status" className="hint">
        {result ?? ''}
      </p>
      <ErrorMessage message={error} />
    </div>
  );
}
