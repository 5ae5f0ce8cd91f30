import { useTranslation } from 'react-i18next';
import { stepNotes } from '@naervaer/shared/doc';
import { CollabTextarea } from '../CollabTextarea';
import type { StepProps } from './types';

/** The shared notes field every step has. */
export function StepNotes({ step, docs, canWrite }: StepProps) {
  const { t } = useTranslation();
  return (
    <CollabTextarea
      className="step-notes"
      text={stepNotes(docs.content, step)}
      label={t('room.notes')}
      hint={canWrite ? t('room.notesHint') : t('room.readOnly')}
      readOnly={!canWrite}
      rows={8}
    />
  );
}
