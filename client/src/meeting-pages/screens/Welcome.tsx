import { BEFORE_ITEMS, beforeItemText } from '@naervaer/shared/checklist';
import { AGENDA_STEPS } from '@naervaer/shared/agenda';
import { formatDateTime } from '@naervaer/shared/i18n';
import { participantLabel } from '../../room/meeting/labels';
import { currentLanguage, useTranslate } from '../../lib/i18n';
import { type ScreenProps, useScreenWords } from './words';

/**
 * The start: who is here, the topics in the child's words (the leader explains them), and what was
 * agreed with the child before the meeting, in the child's own words.
 */
export function WelcomeScreen({ view, content }: ScreenProps) {
  const tx = useTranslate();
  const { s, child, younger } = useScreenWords();
  const agreed = view.meeting.kind === 'anonymous' ? [] : BEFORE_ITEMS.filter((id) => content.childChecklists.before[id].done);
  // Fewer words for a younger child: no date and time, and people by their names.
  return (
    <>
      <p className="screen-lead">{s(view.meeting.kind === 'anonymous' ? 'welcomeAnonymous' : 'welcome')}</p>
      {!younger && <p className="screen-when">{formatDateTime(view.meeting.startsAt, currentLanguage())}</p>}
      <div className="screen-welcome">
        {content.participants.length > 0 && (
          <section>
            <h2>{s('whoIsHere')}</h2>
            <ul className="screen-people">
              {content.participants.map((p) => (
                <li key={p.id}>{younger && p.name ? p.name : participantLabel(p, tx, true)}</li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h2>{s('topics')}</h2>
          {/* The points after this one, numbered as the screen counts them ("Punkt 1 av 9" now). */}
          <ol className="screen-agenda" start={2}>
            {AGENDA_STEPS.slice(1).map((step) => (
              <li key={step}>{s(`titles.${step}`)}</li>
            ))}
          </ol>
        </section>
        {agreed.length > 0 && (
          <section>
            <h2>{s('agreedWithYou')}</h2>
            <ul className="screen-list">
              {agreed.map((id) => (
                <li key={id}>{child(beforeItemText(id).child)}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}
