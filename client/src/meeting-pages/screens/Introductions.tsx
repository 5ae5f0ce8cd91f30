import { useTranslation } from 'react-i18next';
import { serviceLabel } from '../../room/meeting/labels';
import { useTranslate } from '../../lib/i18n';
import { Icon } from '../../icons';
import { type ScreenProps, useScreenWords } from './words';

export function IntroductionsScreen({ content, hidden }: ScreenProps) {
  const { t } = useTranslation(['meeting', 'domain']);
  const tx = useTranslate();
  const { s } = useScreenWords();
  const shown = content.participants.filter((p) => !hidden.has(`participant:${p.id}`));
  return (
    <>
      <p className="screen-lead">{t('domain:participant.presentationPromptChild')}</p>
      <ul className="screen-cards">
        {shown.map((p) => (
          <li key={p.id}>
            <h2>{p.name || serviceLabel(p, tx, true)}</h2>
            <p>{serviceLabel(p, tx, true)}</p>
            {p.fondOf && (
              <p className="fond">
                <Icon name="heart" />{' '}
                {s('fondOf', { what: p.fondOf })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
