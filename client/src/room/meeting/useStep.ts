/** What every step view needs: the parsed content, who may do what, and the screen-hidden marks. */
import { useTranslation } from 'react-i18next';
import { contentFields, readScreenHidden } from '@naervaer/shared/doc';
import { can } from '@naervaer/shared/roles';
import type { StepProps } from '../steps/types';
import { useControlValue, useMeetingContent } from '../fields/hooks';

export function useStep({ docs, view, role, canWrite }: StepProps) {
  const { t } = useTranslation(['meeting', 'domain', 'ui']);
  const content = useMeetingContent(docs.content, view.meeting.kind);
  const hidden = useControlValue(docs.control, readScreenHidden);
  return {
    t,
    content,
    kind: view.meeting.kind,
    fields: contentFields(docs.content),
    readOnly: !canWrite,
    facilitates: can(role, 'control.write'),
    hidden: new Set(hidden),
    docs,
  };
}
