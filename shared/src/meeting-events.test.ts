import { describe, expect, it } from 'vitest';
import { emptyMeetingEvents, isPaused, parkTopic, pausedMilliseconds, resumePause, startPause, unparkTopic } from './meeting-events';

describe('pauses and parked topics', () => {
  it('pauses the meeting when someone asks, and resumes it', () => {
    const paused = startPause(emptyMeetingEvents(), '2025-11-20T08:41:00+01:00', 'p-elev');
    expect(isPaused(paused)).toBe(true);
    const resumed = resumePause(paused, '2025-11-20T08:46:00+01:00');
    expect(isPaused(resumed)).toBe(false);
    expect(resumed.pauses).toEqual([{ at: '2025-11-20T08:41:00+01:00', by: 'p-elev', resumedAt: '2025-11-20T08:46:00+01:00' }]);
    expect(pausedMilliseconds(resumed, '2025-11-20T09:00:00+01:00')).toBe(5 * 60_000);
  });

  it('ignores a second pause request while paused', () => {
    const once = startPause(emptyMeetingEvents(), '2025-11-20T08:41:00Z', 'a');
    expect(startPause(once, '2025-11-20T08:42:00Z', 'b')).toBe(once);
  });

  it('counts a pause in progress until now', () => {
    const paused = startPause(emptyMeetingEvents(), '2025-11-20T08:41:00Z', 'a');
    expect(pausedMilliseconds(paused, '2025-11-20T08:42:30Z')).toBe(90_000);
  });

  it('parks a topic and takes it off the list again', () => {
    const parked = parkTopic(emptyMeetingEvents(), { id: 't1', text: 'Skoleskyss', at: '2025-11-20T09:12:00+01:00' });
    expect(parked.parked.map((t) => t.text)).toEqual(['Skoleskyss']);
    expect(unparkTopic(parked, 't1').parked).toEqual([]);
  });
});
