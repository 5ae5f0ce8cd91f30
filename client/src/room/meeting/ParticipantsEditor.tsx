/** Adding and editing the meeting's participants (preparation and step 2), and in preparation their invitations. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { consentStatus } from '@naervaer/shared/consent';
import { orderedRecords } from '@naervaer/shared/content-doc';
import type { MeetingKind } from '@naervaer/shared/meeting';
import { type Service, servicesFor } from '@naervaer/shared/participant';
import { addParticipant, deleteRecord, moveRecord } from '../../actions/meeting';
import { BoundCheckbox, BoundInput, BoundSelect } from '../fields/BoundFields';
import { useMeetingContent } from '../fields/hooks';
import { type Invitations, OtherInvitations, ParticipantInvitation } from './ParticipantInvitation';
import { serviceLabel } from './labels';
import { ServiceSelect, serviceOptions } from './parts';
import { useTranslate } from '../../lib/i18n';

export function ParticipantAdder({ content, kind }: { content: Y.Doc; kind: MeetingKind }) {
  const { t } = useTranslation(['meeting', 'domain']);
  const tx = useTranslate();
  const services = servicesFor(kind);
  const [name, setName] = useState('');
  const [service, setService] = useState<Service>(services[0]!);
  const [presence, setPresence] = useState<'room' | 'remote'>('room');
  const id = useId();
  return (
    <form
      className="inline-form adder"
      aria-label={t('meeting:participants.add')}
      onSubmit={(e) => {
        e.preventDefault();
        addParticipant(content, { name: name.trim(), service, presence });
        setName('');
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('domain:participant.name')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" required maxLength={120} />
      </div>
      <ServiceSelect id={`${id}-service`} value={service} onChange={setService} services={services} t={tx} />
      <div className="field">
        <label htmlFor={`${id}-presence`}>{t('domain:participant.presence')}</label>
        <select id={`${id}-presence`} value={presence} onChange={(e) => setPresence(e.target.value as 'room' | 'remote')}>
          <option value="room">{t('domain:presence.room')}</option>
          <option value="remote">{t('domain:presence.remote')}</option>
        </select>
      </div>
      <button type="submit">{t('meeting:participants.add')}</button>
    </form>
  );
}

/** The full list with every field, for the preparation page; with `invitations`, each row makes and shows its own link. */
export function ParticipantsEditor({ content, kind, readOnly, invitations }: { content: Y.Doc; kind: MeetingKind; readOnly: boolean; invitations?: Invitations }) {
  const { t } = useTranslation(['meeting', 'domain']);
  const tx = useTranslate();
  const parsed = useMeetingContent(content, kind);
  const records = orderedRecords(content, 'participants');
  const services = serviceOptions(tx, servicesFor(kind));
  return (
    <div>
      {records.length === 0 && <p className="hint">{t('meeting:participants.none')}</p>}
      <ol className="record-list">
        {records.map(({ id, record }, index) => (
          <li key={id} className="record">
            <fieldset>
              <legend>{t('meeting:participants.number', { n: index + 1 })}</legend>
              <div className="grid-4">
                <BoundInput map={record} field="name" label={t('domain:participant.name')} readOnly={readOnly} />
                <BoundSelect map={record} field="service" label={t('domain:participant.service')} options={services} readOnly={readOnly} />
                <BoundInput map={record} field="serviceOther" label={t('domain:participant.serviceOther')} optional readOnly={readOnly} />
                <BoundSelect
                  map={record}
                  field="presence"
                  label={t('domain:participant.presence')}
                  options={[
                    { value: 'room', label: t('domain:presence.room') },
                    { value: 'remote', label: t('domain:presence.remote') },
                  ]}
                  readOnly={readOnly}
                />
              </div>
              {parsed.participants.some((p) => p.id === id && !p.name.trim()) && <p className="hint name-missing">{t('meeting:participants.nameMissing')}</p>}
              <BoundCheckbox map={record} field="invited" label={t('domain:participant.invited')} hint={t('meeting:participants.invitedHint')} readOnly={readOnly} />
              {invitations && <InvitationFor id={id} content={parsed} kind={kind} invitations={invitations} />}
              {!readOnly && (
                <div className="row-actions">
                  <button type="button" onClick={() => moveRecord(content, 'participants', id, -1)} disabled={index === 0}>
                    ↑ {t('meeting:common.moveUp')}
                  </button>
                  <button type="button" onClick={() => moveRecord(content, 'participants', id, 1)} disabled={index === records.length - 1}>
                    ↓ {t('meeting:common.moveDown')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      // Someone taken off the list no longer comes in with their link.
                      if (invitations) void invitations.revokeFor(id).catch(() => undefined);
                      deleteRecord(content, 'participants', id);
                    }}
                  >
                    {t('meeting:common.remove')}
                  </button>
                </div>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {!readOnly && <ParticipantAdder content={content} kind={kind} />}
      {invitations && <OtherInvitations invitations={invitations} participantIds={parsed.participants.map((p) => p.id)} />}
    </div>
  );
}

/** The invitation part of one participant's row, from the parsed content (the record may be half-written). */
function InvitationFor({ id, content, kind, invitations }: { id: string; content: ReturnType<typeof useMeetingContent>; kind: MeetingKind; invitations: Invitations }) {
  const tx = useTranslate();
  const participant = content.participants.find((p) => p.id === id);
  if (!participant) return null;
  return (
    <ParticipantInvitation
      participant={participant}
      serviceName={serviceLabel(participant, tx)}
      consent={kind === 'anonymous' ? null : consentStatus(content.consents, participant.service)}
      invitations={invitations}
    />
  );
}
