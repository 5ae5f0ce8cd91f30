import { useTranslation } from 'react-i18next';
import { AGENDA_STEPS } from '@naervaer/shared/agenda';

type Props = { current: number; canMove: boolean; onSelect: (index: number) => void };

/** The nine steps down the side, the current one marked; the facilitator can jump to any. */
export function AgendaRail({ current, canMove, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="agenda-rail" aria-label={t('room.agenda')}>
      <h2 className="visually-hidden">{t('room.agenda')}</h2>
      <ol>
        {AGENDA_STEPS.map((step, index) => {
          const state = index === current ? 'current' : index < current ? 'done' : 'todo';
          const label = (
            <>
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="step-name">{t(`agenda.${step}`)}</span>
            </>
          );
          return (
            <li key={step} className={`rail-step ${state}`} aria-current={index === current ? 'step' : undefined}>
              {canMove ? (
                <button type="button" onClick={() => onSelect(index)}>
                  {label}
                </button>
              ) : (
                <span className="rail-label">{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
