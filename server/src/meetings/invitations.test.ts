import { describe, expect, it } from 'vitest';
import { invitationExpiry } from './invitations';

describe('invitation expiry', () => {
  const now = new Date('2026-12-01T08:00:00Z');

  it('lasts through the meeting day in Oslo and the grace days, and no longer', () => {
    // A meeting at 14:00 Oslo on 3 December, one grace day: the link works until 5 December 00:00 Oslo.
    expect(invitationExpiry('2026-12-03T13:00:00Z', now, 1).toISOString()).toBe('2026-12-04T23:00:00.000Z');
    expect(invitationExpiry('2026-12-03T13:00:00Z', now, 0).toISOString()).toBe('2026-12-03T23:00:00.000Z');
  });

  it('counts the day as Oslo counts it, late in the evening and in summer time', () => {
    // 00:30 Oslo on 4 December is still 3 December in UTC.
    expect(invitationExpiry('2026-12-03T23:30:00Z', now, 1).toISOString()).toBe('2026-12-05T23:00:00.000Z');
    expect(invitationExpiry('2026-06-10T09:00:00Z', new Date('2026-06-01T08:00:00Z'), 1).toISOString()).toBe('2026-06-11T22:00:00.000Z');
  });

  it('gives a link made after the meeting day its grace period from now', () => {
    expect(invitationExpiry('2026-11-20T13:00:00Z', now, 1).toISOString()).toBe('2026-12-02T08:00:00.000Z');
  });
});
