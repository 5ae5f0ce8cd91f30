import { useId, useState } from 'react';
import { orderedRecords } from '@naervaer/shared/content-doc';
import { contentText, recordText } from '@naervaer/shared/doc';
import { MEASURE_ARENAS, arenaTitleKey, discouragedMeasures, findLibraryMeasure, suggestedMeasures } from '@naervaer/shared/measure-library';
import { measureRowIssues } from '@naervaer/shared/measure';
import { addLibraryMeasure, addMeasure, deleteRecord, moveRecord } from '../../actions/meeting';
import { focusWhenShown } from '../fields/focus';
import { BoundDate, BoundInput, BoundSelect, CollabText } from '../fields/BoundFields';
import { REFERRAL_ROUTES } from '@naervaer/shared/referral';
import { MappingSummary } from '../board/MappingSummary';
import { useDocVersion, useYMapKey } from '../fields/hooks';
import { participantLabel } from '../meeting/labels';
import { ScreenToggle } from '../meeting/parts';
import { useStep } from '../meeting/useStep';
import { Evaluation } from './Evaluation';
import type { StepProps } from './types';
import type * as Y from 'yjs';

/** Step 8: the mapping's main points, the main goal and rows of sub-goal, measure, responsible, deadline. */
export function Measures(props: StepProps) {
  const s = useStep(props);
  const { t, readOnly, facilitates, hidden, docs, content } = s;
  useDocVersion(docs.content);
  const rows = orderedRecords(docs.content, 'measureRows');
  const pupilAway = !content.participants.some((p) => p.service === 'elev' && p.presence === 'room') && content.information.pupilVoice.method !== 'present';
  return (
    <div className="step-body">
      {s.kind === 'followup' && <Evaluation s={s} meetingId={props.view.meeting.id} />}
      <MappingSummary content={docs.content} level={3} />

      {pupilAway && <p className="callout">{t('meeting:measures.talkWithPupil')}</p>}

      <CollabText text={contentText(docs.content, 'agreement.status')} label={t('domain:agreement.status')} rows={2} readOnly={readOnly} />
      <CollabText text={contentText(docs.content, 'agreement.mainGoal')} label={t('domain:agreement.mainGoal')} rows={2} readOnly={readOnly} className="main-goal" />
      {facilitates && <ScreenToggle control={docs.control} itemKey="mainGoal" hidden={hidden} label={t('domain:agreement.mainGoal')} />}

      <h3>{t('meeting:measures.rows')}</h3>
      {rows.length === 0 && <p className="hint">{t('meeting:measures.noRows')}</p>}
      <ol className="measure-rows">
        {rows.map(({ id, record }, index) => {
          const row = content.agreement.rows.find((r) => r.id === id);
          const entry = row?.libraryId ? findLibraryMeasure(row.libraryId) : undefined;
          const issues = row ? measureRowIssues(row) : [];
          return (
            <li key={id} className="measure-row" data-row={id}>
              <fieldset>
                <legend>{t('meeting:measures.rowNumber', { n: index + 1 })}</legend>
                {entry?.discouraged && (
                  <p className="warning" role="note">
                    <span aria-hidden="true">⚠ </span>
                    <strong>{t('domain:measureLibrary.discouragedWarning')}:</strong> {t(entry.whyKey!)}
                  </p>
                )}
                <div className="grid-2">
                  <CollabText text={recordText(docs.content, 'measureRows', id, 'subGoal')} label={t('domain:agreement.subGoal')} rows={2} readOnly={readOnly} />
                  <CollabText text={recordText(docs.content, 'measureRows', id, 'measure')} label={t('domain:agreement.measure')} rows={2} readOnly={readOnly} />
                </div>
                <div className="grid-2">
                  <ResponsibleField record={record} content={s.content} readOnly={readOnly} t={t} />
                  <BoundDate map={record} field="deadline" label={t('domain:agreement.deadline')} readOnly={readOnly} />
                </div>
                {issues.length > 0 && (
                  <p className="hint issues">
                    {issues.map((i) => t(`domain:agreement.issues.${i}`)).join(' · ')}
                  </p>
                )}
                <div className="row-actions">
                  {!readOnly && (
                    <>
                      <button type="button" onClick={() => moveRecord(docs.content, 'measureRows', id, -1)} disabled={index === 0}>
                        ↑ {t('meeting:common.moveUp')}
                      </button>
                      <button type="button" onClick={() => moveRecord(docs.content, 'measureRows', id, 1)} disabled={index === rows.length - 1}>
                        ↓ {t('meeting:common.moveDown')}
                      </button>
                      <button type="button" className="danger" onClick={() => deleteRecord(docs.content, 'measureRows', id)}>
                        {t('meeting:common.remove')}
                      </button>
                    </>
                  )}
                  {facilitates && <ScreenToggle control={docs.control} itemKey={`measure:${id}`} hidden={hidden} label={t('meeting:measures.rowNumber', { n: index + 1 })} />}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <>
          <button type="button" className="primary" onClick={() => focusWhenShown(`[data-row="${addMeasure(docs.content)}"] textarea`)}>
            + {t('meeting:measures.addRow')}
          </button>
          <MeasureLibrary content={docs.content} t={t} />
        </>
      )}
      <div className="grid-2">
        <BoundDate map={s.fields} field="agreement.periodFrom" label={`${t('domain:agreement.period')}: ${t('domain:agreement.periodFrom')}`} readOnly={readOnly} />
        <BoundDate map={s.fields} field="agreement.periodTo" label={`${t('domain:agreement.period')}: ${t('domain:agreement.periodTo')}`} readOnly={readOnly} />
      </div>
      {facilitates && <ReferralDecision s={s} />}
    </div>
  );
}

/**
 * The facilitator's answer to whether the guide is still the right path, and if not, which ordinary
 * route is taken and by whom (shared/referral.ts): in the full minutes, never on the shared screen.
 */
function ReferralDecision({ s }: { s: ReturnType<typeof useStep> }) {
  const { t, fields, docs, content } = s;
  return (
    <section className="referral callout" aria-labelledby="referral-title">
      <h3 id="referral-title">{t('domain:referral.title')}</h3>
      <p>{t('domain:referral.notSufficient')}</p>
      <p className="hint">{t('domain:referral.notOnScreen')}</p>
      <BoundSelect map={fields} field="referral.stillRightPath" label={t('domain:referral.question')} options={(['yes', 'no'] as const).map((v) => ({ value: v, label: t(`domain:referral.${v}`) }))} emptyLabel={t('meeting:common.choose')} readOnly={false} />
      {content.referral.stillRightPath === 'no' && (
        <div className="grid-2">
          <BoundSelect map={fields} field="referral.route" label={t('domain:referral.route')} options={REFERRAL_ROUTES.map((r) => ({ value: r, label: t(`domain:referral.routes.${r}`) }))} emptyLabel={t('meeting:common.choose')} readOnly={false} />
          <BoundInput map={fields} field="referral.responsible" label={t('domain:referral.responsible')} readOnly={false} />
        </div>
      )}
      <CollabText text={contentText(docs.content, 'referral.note')} label={t('domain:referral.note')} rows={2} readOnly={false} />
    </section>
  );
}

/** Responsible: a participant, or free text ("foresatte", "SFO"). */
function ResponsibleField({ record, content, readOnly, t }: { record: Y.Map<unknown>; content: ReturnType<typeof useStep>['content']; readOnly: boolean; t: ReturnType<typeof useStep>['t'] }) {
  const value = useYMapKey(record, 'responsible') as { participantId?: string; text?: string } | undefined;
  const mode = value && 'text' in value ? 'text' : value?.participantId ?? '';
  const ids = new Set(content.participants.map((p) => p.id));
  const id = useId();
  return (
    <div className="responsible">
      <div className="field">
        <label htmlFor={id}>{t('domain:agreement.responsible')}</label>
        <select
          id={id}
          value={ids.has(mode) || mode === 'text' ? mode : ''}
          disabled={readOnly}
          onChange={(e) => {
            const v = e.target.value;
            if (!v) record.delete('responsible');
            else if (v === 'text') record.set('responsible', { text: '' });
            else record.set('responsible', { participantId: v });
          }}
        >
          <option value="">{t('meeting:common.choose')}</option>
          {content.participants.map((p) => (
            <option key={p.id} value={p.id}>
              {participantLabel(p, t)}
            </option>
          ))}
          <option value="text">{t('meeting:measures.otherResponsible')}</option>
        </select>
      </div>
      {mode === 'text' && <ResponsibleText record={record} readOnly={readOnly} label={t('meeting:measures.otherResponsibleText')} />}
    </div>
  );
}

function ResponsibleText({ record, readOnly, label }: { record: Y.Map<unknown>; readOnly: boolean; label: string }) {
  const value = useYMapKey(record, 'responsible') as { text?: string } | undefined;
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value?.text ?? ''} readOnly={readOnly} onChange={(e) => record.set('responsible', { text: e.target.value.slice(0, 200) })} autoComplete="off" />
    </div>
  );
}

/** The guide's suggested measures, to insert and edit; the discouraged ones are flagged. */
function MeasureLibrary({ content, t }: { content: Y.Doc; t: ReturnType<typeof useStep>['t'] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="measure-library" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('domain:measureLibrary.title')}</summary>
      <p className="hint">{t('domain:measureLibrary.intro')}</p>
      {[...MEASURE_ARENAS, 'discouraged' as const].map((arena) => (
        <section key={arena} aria-label={t(arenaTitleKey(arena))}>
          <h4>{t(arenaTitleKey(arena))}</h4>
          <ul>
            {(arena === 'discouraged' ? discouragedMeasures() : suggestedMeasures(arena)).map((entry) => (
              <li key={entry.id} className={entry.discouraged ? 'discouraged' : ''}>
                <span>
                  {entry.discouraged && <strong>⚠ {t('domain:measureLibrary.discouragedWarning')}: </strong>}
                  {t(entry.textKey)}
                </span>
                <button type="button" onClick={() => addLibraryMeasure(content, entry, t(entry.textKey))} aria-label={`${t('meeting:measures.insert')}: ${t(entry.textKey)}`}>
                  {t('meeting:measures.insert')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}

