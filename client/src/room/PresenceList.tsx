import { useTranslation } from 'react-i18next';
import type { PresenceUser } from '@naervaer/shared/presence';

/** Who is connected, with their role and whether they are in the room or remote. */
export function PresenceList({ people, meId }: { people: PresenceUser[]; meId: string }) {
  const { t } = useTranslation();
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
            </span>
          </li>
        ))}
      </ul>
      {people.length <= 1 && <p className="hint">{t('room.nobody')}</p>}
    </section>
  );
}
