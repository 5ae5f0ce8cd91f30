import type { AgendaStep } from '@naervaer/shared/agenda';
import type { MeetingView } from '@naervaer/shared/api';
import type { Role } from '@naervaer/shared/roles';
import type { MeetingDocs } from '../../lib/sync';

/** What every step's view gets. */
export type StepProps = {
  step: AgendaStep;
  docs: MeetingDocs;
  view: MeetingView;
  role: Role;
  /** Whether this person may edit the meeting's content. */
  canWrite: boolean;
};
