import { useId } from 'react';
import { evaluateAbsence, isAbsenceWorrying } from '@naervaer/shared/absence';
import { readAbsenceThresholds } from '@naervaer/shared/doc';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import { originalKey, screenWording } from '@naervaer/shared/screen-choices';
import { useControlValue } from '../../room/fields/hooks';
import { type ScreenProps, useScreenWords } from './words';

export function InformationScreen({ view, content, hidden, docs }: ScreenProps) {
  const { s } = useScreenWords();
  const thresholds = useControlValue(docs.control, readAbsenceThresholds);
  // The pupil's own words show as they stand; the adults' accounts in the child's words, or as they stand only when the facilitator chose that.
  const voiceText = (v: 'pupilNow' | 'parentsNow' | 'schoolNow') =>
    v === 'pupilNow' ? content.information.pupilNow : screenWording(content.information[v], content.information[`${v}ForScreen`], !hidden.has(originalKey(`information.${v}`)));
  const voices = (['pupilNow', 'parentsNow', 'schoolNow'] as const).filter((v) => !hidden.has(`information.${v}`) && voiceText(v).trim());
  return (
    <>
      <div className="screen-columns">
        {voices.map((v) => (
          <section key={v}>
            {/* The screen speaks to the child ("Du sier"); with no child in an anonymous consultation, of the pupil. */}
            <h2>{s(v === 'pupilNow' && view.meeting.kind === 'anonymous' ? 'voices.pupilNowAnonymous' : `voices.${v}`)}</h2>
            <p className="screen-text">{voiceText(v)}</p>
          </section>
        ))}
      </div>
      {!hidden.has('absence') && <AbsenceForChild facts={content.absence} worrying={isAbsenceWorrying(evaluateAbsence(content.absence, thresholds))} />}
    </>
  );
}

/** The absence in words a child can follow: a few counts and what the adults think. */
function AbsenceForChild({ facts, worrying }: { facts: MeetingContent['absence']; worrying: boolean }) {
  const { s } = useScreenWords();
  const titleId = useId();
  const counts = (['validDaysSemester', 'invalidOccurrences', 'diffuseSingleDaysLastMonth', 'lateArrivalsLastMonth'] as const).filter((f) => (facts[f] ?? 0) > 0);
  return (
    <section className="screen-absence" aria-labelledby={titleId}>
      <h2 id={titleId}>{s('absence.title')}</h2>
      <ul className="screen-list">
        {counts.map((f) => (
          <li key={f}>{s(`absence.${f}`, { count: facts[f] ?? 0 })}</li>
        ))}
      </ul>
      <p className="screen-text">{s(worrying ? 'absence.worrying' : 'absence.calm')}</p>
    </section>
  );
}
