/** Loads a meeting's view and opens its documents (the preparation page and the shared screen). */
import { useEffect, useState } from 'react';
import { type MeetingView, MeetingView as MeetingViewSchema } from '@naervaer/shared/api';
import { api } from '../lib/api';
import { useMeetingDocs } from '../lib/sync';

export function useMeeting(meetingId: string) {
  const [view, setView] = useState<MeetingView | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    api('GET', `/api/meetings/${encodeURIComponent(meetingId)}`, MeetingViewSchema).then(setView, () => setFailed(true));
  }, [meetingId]);
  const { docs, state, synced } = useMeetingDocs(view ? meetingId : null);
  return { view, docs, state, synced, failed };
}
