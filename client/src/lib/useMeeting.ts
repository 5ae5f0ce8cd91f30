/**
 * Loading a meeting: its view (who I am, what the meeting is), and for the pages that take part in it
 * its live documents. One way for every page (the room, the preparation, the shared screen, the minutes).
 */
import { useEffect, useState } from 'react';
import type { MeetingView } from '@naervaer/shared/api';
import { API } from '@naervaer/shared/routes';
import { ApiFailure, call } from './api';
import { useMeetingDocs } from './sync';

/** Why a meeting could not be opened: it has ended (a guest's link), or it is not there for this person. */
export type MeetingRefusal = 'ended' | 'notFound';

export function useMeetingView(meetingId: string): { view: MeetingView | null; failed: MeetingRefusal | null } {
  const [view, setView] = useState<MeetingView | null>(null);
  const [failed, setFailed] = useState<MeetingRefusal | null>(null);
  useEffect(() => {
    setView(null);
    setFailed(null);
    call(API.meeting, { id: meetingId }).then(setView, (err) =>
      setFailed(err instanceof ApiFailure && err.error === 'meeting_ended' ? 'ended' : 'notFound'),
    );
  }, [meetingId]);
  return { view, failed };
}

/** The view and, once it is known, the meeting's live documents. */
export function useMeeting(meetingId: string) {
  const { view, failed } = useMeetingView(meetingId);
  const { docs, state, synced } = useMeetingDocs(view ? meetingId : null);
  return { view, docs, state, synced, failed };
}
