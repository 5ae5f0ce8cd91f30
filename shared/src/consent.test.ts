import { describe, expect, it } from 'vitest';
import { Consent, canShareWith, consentStatus, summarizeConsents } from './consent';

const consents = (raw: unknown[]) => raw.map((c) => Consent.parse(c));

describe('consent to share with a service', () => {
  it('lets the minutes go to a service whose consent is given', () => {
    expect(canShareWith(consents([{ service: 'ppt', given: true, date: '2025-11-10' }]), 'ppt', '2025-11-20')).toBe(true);
  });

  it('keeps the minutes from a service without consent, refused consent or withdrawn consent', () => {
    const list = consents([
      { service: 'ppt', given: false, date: '2025-11-10' },
      { service: 'barnevern', given: true, date: '2025-11-10', withdrawnOn: '2025-11-15' },
    ]);
    expect(canShareWith(list, 'helsesykepleier', '2025-11-20')).toBe(false);
    expect(canShareWith(list, 'ppt', '2025-11-20')).toBe(false);
    expect(canShareWith(list, 'barnevern', '2025-11-20')).toBe(false);
    expect(canShareWith(list, 'barnevern', '2025-11-14')).toBe(true);
    expect(consentStatus(list, 'barnevern', '2025-11-20')).toBe('withdrawn');
  });

  it('needs no consent for the school itself or for the family', () => {
    for (const service of ['kontaktlaerer', 'skoleledelse', 'elev', 'foresatt'] as const) {
      expect(canShareWith([], service, '2025-11-20')).toBe(true);
      expect(consentStatus([], service, '2025-11-20')).toBe('notRequired');
    }
    expect(canShareWith([], 'trygghetsperson', '2025-11-20')).toBe(false);
  });

  it('goes by the latest record when a service has several', () => {
    const list = consents([
      { service: 'familieteam', given: true, date: '2025-12-01' },
      { service: 'familieteam', given: false, date: '2025-11-01' },
    ]);
    expect(canShareWith(list, 'familieteam', '2025-12-02')).toBe(true);
  });

  it('summarises the status of the services in the meeting', () => {
    const summary = summarizeConsents(consents([{ service: 'ppt', given: true, date: '2025-11-10' }]), ['kontaktlaerer', 'ppt', 'familieteam'], '2025-11-20');
    expect(summary.perService.map((s) => [s.service, s.status])).toEqual([
      ['kontaktlaerer', 'notRequired'],
      ['ppt', 'given'],
      ['familieteam', 'missing'],
    ]);
    expect(summary.lacking).toEqual(['familieteam']);
    expect(summary.allGiven).toBe(false);
    expect(summary.perService[2]?.textKey).toBe('domain:consent.status.missing');
  });
});
