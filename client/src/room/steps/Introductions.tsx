import { recordText } from '@naervaer/shared/doc';
import { CollabText } from '../fields/BoundFields';
import { participantLabel } from '../meeting/labels';
import { ScreenToggle } from '../meeting/parts';
import { DuringPrompt } from '../meeting/RoomExtras';
import { useStep } from '../meeting/useStep';
import { ParticipantAdder } from '../meeting/ParticipantsEditor';
import type { StepProps } from './types';

/** Step 2: everyone says their name, service and something they are fond of, filled in live. */
export function Introductions(props: StepProps) {
  const { t, content, readOnly, facilitates, hidden, docs, kind } = useStep(props);
  return (
    <div className="step-body">
      <p className="lead">{t('domain:participant.presentationPrompt')}</p>
      {facilitates && kind !== 'anonymous' && <DuringPrompt advice="presentation" />}
      <ul className="intro-cards">
        {content.participants.map((p) => (
          <li key={p.id} className="intro-card" data-participant={p.id}>
            <h3>{participantLabel(p, t)}</h3>
            <p className="meta">{t(`domain:presence.${p.presence}`)}</p>
            <CollabText text={recordText(docs.content, 'participants', p.id, 'fondOf')} label={t('meeting:introductions.fondOfFor', { name: p.name || t(`domain:services.${p.service}`) })} readOnly={readOnly} />
            {facilitates && <ScreenToggle control={docs.control} itemKey={`participant:${p.id}`} hidden={hidden} label={p.name || t(`domain:services.${p.service}`)} />}
          </li>
        ))}
      </ul>
      {!readOnly && <ParticipantAdder content={docs.content} kind={kind} />}
    </div>
  );
}
