import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementsShownToEveryone } from '@naervaer/shared/checklist';
import type { MeetingContent } from '@naervaer/shared/meeting-content';

/** The agreements made with the child for unplanned topics and for when it feels unsafe. */
export function ChildAgreements({ content, large }: { content: MeetingContent; large?: boolean }) {
  const { t } = useTranslation(['domain', 'meeting']);
  const titleId = useId();
  const agreements = agreementsShownToEveryone(content.childChecklists.before).filter((a) => a.note.trim() !== '');
  if (!agreements.length) return null;
  return (
    <section className={`child-agreements ${large ? 'large' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId}>{t('meeting:agreements.title')}</h3>
      <dl>
        {agreements.map((a) => (
          <div key={a.id}>
            <dt>{t(`meeting:agreements.${a.id}`)}</dt>
            <dd>{a.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
