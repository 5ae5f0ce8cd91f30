import { describe, expect, it } from 'vitest';
import { nextDate, osloDate, osloDayStart } from './calendar';
import { consentStatus } from './consent';

describe("Oslo's calendar", () => {
  it('is already tomorrow at 00:30 in Oslo, while UTC is still at yesterday', () => {
    // 00:30 in Oslo in winter (UTC+1) and in summer (UTC+2).
    expect(osloDate(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(osloDate('2026-06-30T22:30:00Z')).toBe('2026-07-01');
    expect(osloDate(new Date('2026-12-02T22:59:59Z'))).toBe('2026-12-02');
  });

  it('compares consent with the day in Oslo: withdrawn "today" at 00:30 is withdrawn', () => {
    const consents = [{ service: 'ppt' as const, given: true, date: '2026-11-01', scope: '', withdrawnOn: '2026-12-02' }];
    const halfPastMidnight = osloDate(new Date('2026-12-01T23:30:00Z'));
    expect(consentStatus(consents, 'ppt', halfPastMidnight)).toBe('withdrawn');
    // The UTC slice would still say yesterday, and the service would still get the minutes.
    expect(consentStatus(consents, 'ppt', '2026-12-01')).toBe('given');
  });

  it('finds where an Oslo day begins, in winter and in summer', () => {
    expect(osloDayStart('2026-12-02')).toBe('2026-12-01T23:00:00.000Z');
    expect(osloDayStart('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
  });
});
