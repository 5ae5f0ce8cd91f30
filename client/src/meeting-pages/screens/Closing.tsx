import { useTranslation } from 'react-i18next';
import { AFTER_ITEMS, afterItemText } from '@naervaer/shared/checklist';
import { CHILD_SCALE_FACES, feedbackText } from '@naervaer/shared/feedback';
import { formatDateTime } from '@naervaer/shared/i18n';
import { currentLanguage } from '../../lib/i18n';
import { type ScreenProps, useScreenWords } from './words';

export function ClosingScreen({ content, hidden, view }: ScreenProps) {
  const { t } = useTranslation(['meeting', 'domain']);
  const { s, child } = useScreenWords();
  const next = content.closing.nextMeetingDate;
  // What happens next, in the child's words: only what the adults chose to promise.
  const afterwards = view.meeting.kind === 'anonymous' ? [] : AFTER_ITEMS.filter((id) => !hidden.has(`after:${id}`));
  return (
    <>
      <p className="screen-lead">{next ? s('nextMeeting', { date: formatDateTime(`${next}T12:00:00Z`, currentLanguage(), false) }) : t('domain:closing.noNextMeeting')}</p>
      {afterwards.length > 0 && (
        <section className="screen-afterwards">
          <h2>{s('whatNext')}</h2>
          <ul className="screen-list">
            {afterwards.map((id) => (
              <li key={id}>{child(afterItemText(id).child)}</li>
            ))}
          </ul>
        </section>
      )}
      {view.meeting.kind !== 'anonymous' && !hidden.has('feedback') && (
        <section className="screen-feedback">
          <h2>{t('domain:feedback.title')}</h2>
          {(['safe', 'useful'] as const).map((q) => {
            const text = feedbackText(q);
            const chosen = content.feedback[q];
            return (
              <div key={q} className="screen-scale">
                <p className="question">{t(text.question)}</p>
                <ol>
                  {text.scale.map(({ value, labelKey }) => (
                    <li key={value} className={chosen === value ? 'chosen' : ''} aria-current={chosen === value ? 'true' : undefined}>
                      <span className="face" aria-hidden="true">
                        {CHILD_SCALE_FACES[value]}
                      </span>
                      <span>{t(labelKey)}</span>
                      {chosen === value && <strong className="chosen-tag">{s('chosen')}</strong>}
                    </li>
                  ))}
                </ol>
              </div>
            );
          })}
        </section>
      )}
    </>
  );
}
