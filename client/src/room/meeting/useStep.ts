/** What every step view needs: the parsed content, who may do what, and what is off the shared screen. */
import { contentFields, readScreenChoices } from '@naervaer/shared/doc';
import { offScreen } from '@naervaer/shared/screen-choices';
import { can } from '@naervaer/shared/roles';
import type { StepProps } from '../steps/types';
import { useControlValue, useMeetingContent } from '../fields/hooks';
import { useTranslate } from '../../lib/i18n';

export function useStep({ docs, view, role, canWrite }: StepProps) {
  // Every key with its namespace (`meeting:…`, `domain:…`, `ui:…`).
  const t = useTranslate();
  const content = useMeetingContent(docs.content, view.meeting.kind);
  const choices = useControlValue(docs.control, readScreenChoices);
  return {
    t,
    content,
    kind: view.meeting.kind,
    fields: contentFields(docs.content),
    readOnly: !canWrite,
    facilitates: can(role, 'control.write'),
    /** Items off the shared screen now. */
    hidden: offScreen(choices),
    docs,
  };
}
