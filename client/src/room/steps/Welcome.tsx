import { formatDateTime } from '@naervaer/shared/i18n';
import { currentLanguage } from '../../lib/i18n';
import { ChildAgreements } from '../meeting/ChildAgreements';
import { participantLabel } from '../meeting/labels';
import { DuringPrompt } from '../meeting/RoomExtras';
import { useStep } from '../meeting/useStep';
import type { StepProps } from './types';

/** Step 1: the meeting's title, date and who is here, warm and simple. */
export function Welcome(props: StepProps) {
  const { t, content, kind, facilitates } = useStep(props);
  const { meeting } = props.view;
  return (
    <div className="step-body">
      <p className="lead">{t(kind === 'anonymous' ? 'meeting:welcome.leadAnonymous' : 'meeting:welcome.lead')}</p>
      {facilitates && kind !== 'anonymous' && <DuringPrompt advice="explainTopics" />}
      <dl className="facts">
        <div>
          <dt>{t('meeting:welcome.meeting')}</dt>
          <dd>{meeting.title}</dd>
        </div>
        <div>
          <dt>{t('meeting:welcome.when')}</dt>
          <dd>{formatDateTime(meeting.startsAt, currentLanguage()) || t('meeting:common.notSet')}</dd>
        </div>
        <div>
          <dt>{t('meeting:welcome.kind')}</dt>
          <dd>{t(`domain:meetingKinds.${kind}`)}</dd>
        </div>
      </dl>
      <h3>{t('meeting:welcome.whoIsHere')}</h3>
      {content.participants.length === 0 ? (
        <p className="hint">{t('meeting:participants.none')}</p>
      ) : (
        <ul className="people-list">
          {content.participants.map((p) => (
            <li key={p.id}>
              {participantLabel(p, t)} · {t(`domain:presence.${p.presence}`)}
            </li>
          ))}
        </ul>
      )}
      <ChildAgreements content={content} />
    </div>
  );
}
