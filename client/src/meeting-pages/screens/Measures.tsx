import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@naervaer/shared/i18n';
import { type MeasureOutcome, responsibleLabel } from '@naervaer/shared/measure';
import { currentLanguage } from '../../lib/i18n';
import { type ScreenProps, useScreenWords } from './words';

/** Each outcome of a measure tried last time has a sign as well as its word (never colour alone). */
const OUTCOME_SIGN: Record<MeasureOutcome, string> = { worked: '✓', partly: '◐', didNotWork: '✕', notTried: '–' };

export function MeasuresScreen({ content, hidden }: ScreenProps) {
  const { t } = useTranslation(['meeting', 'domain']);
  const { s } = useScreenWords();
  const rows = content.agreement.rows.filter((r) => !hidden.has(`measure:${r.id}`) && r.measure.trim());
  const nameOf = (id: string) => content.participants.find((p) => p.id === id)?.name;
  const lastTime = content.evaluation.filter((e) => e.measure.trim());
  return (
    <>
      {lastTime.length > 0 && !hidden.has('evaluation') && (
        <section className="screen-last-time">
          <h2>{s('lastTime')}</h2>
          <ul>
            {lastTime.map((e) => (
              <li key={e.id}>
                <p className="what">{e.measure}</p>
                <p className="outcome">
                  <span aria-hidden="true">{e.outcome ? OUTCOME_SIGN[e.outcome] : '…'} </span>
                  {e.outcome ? t(`domain:agreement.evaluation.${e.outcome}`) : s('lastTimeOpen')}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {content.agreement.mainGoal && !hidden.has('mainGoal') && (
        <section className="screen-goal">
          <h2>{s('goal')}</h2>
          <p className="screen-text">{content.agreement.mainGoal}</p>
        </section>
      )}
      <ol className="screen-measures">
        {rows.map((r) => (
          <li key={r.id}>
            <p className="what">{r.measure}</p>
            <p className="who">
              {[responsibleLabel(r.responsible, nameOf) && s('who', { name: responsibleLabel(r.responsible, nameOf) }), r.deadline && s('when', { date: formatDateTime(`${r.deadline}T12:00:00Z`, currentLanguage(), false) })]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
