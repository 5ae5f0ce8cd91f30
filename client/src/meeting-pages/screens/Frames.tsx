import { useTranslation } from 'react-i18next';
import { type MeetingContent, minutesRecipientsOf } from '@naervaer/shared/meeting-content';
import { ChildAgreements } from '../../room/meeting/ChildAgreements';
import { type ScreenProps, useScreenWords } from './words';

export function FramesScreen({ content, hidden }: ScreenProps) {
  const { s } = useScreenWords();
  const name = (id?: string) => content.participants.find((p) => p.id === id)?.name;
  const leader = name(content.frames.meetingLeaderId);
  const writer = name(content.frames.minuteTakerId);
  // Two columns, so the whole frame stands on one projector screen: how we do it and who hears what,
  // beside what was agreed for when something gets hard.
  return (
    <div className="screen-frames">
      <section>
        <ul className="screen-list">
          {leader && <li>{s('leader', { name: leader })}</li>}
          {writer && <li>{s('writer', { name: writer })}</li>}
          {content.frames.plannedLengthMinutes && <li>{s('length', { count: content.frames.plannedLengthMinutes })}</li>}
        </ul>
        <Confidentiality content={content} writerNamed={Boolean(writer)} />
      </section>
      <section>
        {content.frames.gruffAgreement && !hidden.has('frames.gruff') && (
          <>
            <h2>{s('gruff')}</h2>
            <p className="screen-text">{content.frames.gruffAgreement}</p>
          </>
        )}
        <ChildAgreements content={content} large />
      </section>
    </div>
  );
}

/**
 * Who hears and who gets what is said, told truthfully: everyone here hears it, what is agreed is
 * written down and goes to the parents and the school (to the other services only with the parents'
 * consent, or to the recipients the meeting has named), the adults keep it to themselves, and an adult
 * who fears for the child's safety must tell someone who can help (opplysningsplikt).
 */
function Confidentiality({ content, writerNamed }: { content: MeetingContent; writerNamed: boolean }) {
  const { t } = useTranslation(['meeting', 'domain']);
  const { s } = useScreenWords();
  const names = minutesRecipientsOf(content).map((r) => r.name || t(`domain:servicesChild.${r.service}`));
  return (
    <ul className="screen-list confidentiality">
      <li>{s('whoHears')}</li>
      {!writerNamed && <li>{s('writtenDown')}</li>}
      <li>{names.length ? s('whoGetsItNamed', { names: names.join(', ') }) : s('whoGetsIt')}</li>
      <li>{s('secret')}</li>
      <li>{s('mustTell')}</li>
    </ul>
  );
}
