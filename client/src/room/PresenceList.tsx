import { useTranslation } from 'react-i18next';
import { consentStatus, sharingAllowed } from '@naervaer/shared/consent';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import type { PresenceUser } from '@naervaer/shared/presence';

/**
 * Who is connected, with their role and whether they are in the room or remote; for the facilitator
 * (`consents`), a person whose service the parents have not consented to is marked, in words.
 */
export function PresenceList({ people, meId, consents }: { people: PresenceUser[]; meId: string; consents?: Pick<MeetingContent, 'participants' | 'consents'> | null }) {
  const { t } = useTranslation();
  const lacksConsent = (p: PresenceUser) => {
    const service = consents?.participants.find((x) => x.id === p.participantId)?.service;
    return !!service && !sharingAllowed(consentStatus(consents!.consents, service));
  };
  return (
    <section className="presence" aria-labelledby="presence-title">
      <h2 id="presence-title">
        {t('room.present')} <span className="count">({people.length})</span>
      </h2>
      <ul aria-live="polite">
        {people.map((p) => (
          <li key={p.id} className={`person role-${p.role}`} data-person={p.name}>
            <span className="person-name">
              {p.name} {p.id === meId && <span className="you">{t('room.you')}</span>}
            </span>
            <span className="person-meta">
              {t(`room.roles.${p.role}`)}
              {p.service ? `, ${p.service}` : ''} · {t(`room.presence.${p.presence}`)}
              {p.verifiedBy && (
                <span className="verified" data-verified={p.verifiedBy}>
                  {' '}
                  · <span aria-hidden="true">✓</span> {t('room.verifiedBy', { name: p.verifiedBy })}
                </span>
              )}
            </span>
            {lacksConsent(p) && <span className="consent-status consent-status--lacking">{t('room.noConsent')}</span>}
          </li>
        ))}
      </ul>
      {people.length <= 1 && <p className="hint">{t('room.nobody')}</p>}
    </section>
  );
}
