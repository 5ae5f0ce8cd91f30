import { describe, expect, it } from 'vitest';
import { type AbsenceFacts, AbsenceThresholds, defaultAbsenceThresholds, emptyAbsenceFacts, evaluateAbsence, isAbsenceWorrying } from './absence';

function facts(partial: Partial<AbsenceFacts>): AbsenceFacts {
  return { ...emptyAbsenceFacts(), ...partial };
}
function criterion(partial: Partial<AbsenceFacts>, id: string, thresholds = defaultAbsenceThresholds()) {
  const result = evaluateAbsence(facts(partial), thresholds).find((r) => r.id === id);
  if (!result) throw new Error(`no criterion ${id}`);
  return result;
}

describe('the criteria for worrying absence', () => {
  it('uses the guide’s thresholds by default', () => {
    expect(defaultAbsenceThresholds()).toEqual({
      invalidOccurrences: 1,
      diffuseSingleDaysPerMonth: 3,
      validDaysPerSemester: 10,
      lateArrivalsPerMonth: 3,
      monthWindow: 'calendar',
    });
  });

  it('lists every criterion in the guide’s order, with a text key for its label and rule', () => {
    const results = evaluateAbsence(emptyAbsenceFacts(), defaultAbsenceThresholds());
    expect(results.map((r) => r.id)).toEqual([
      'pupilReportsStruggle',
      'invalidAbsence',
      'diffuseSingleDays',
      'validAbsence',
      'lateArrivals',
      'leavesLessons',
      'parentReportsStruggle',
    ]);
    expect(results[1]).toMatchObject({ labelKey: 'domain:absence.criteria.invalidAbsence.label', ruleKey: 'domain:absence.criteria.invalidAbsence.rule' });
  });

  it('says "not recorded" rather than "not met" when nothing is known', () => {
    const results = evaluateAbsence(emptyAbsenceFacts(), defaultAbsenceThresholds());
    expect(results.every((r) => r.status === 'unknown' && r.met === false && r.value === null)).toBe(true);
    expect(isAbsenceWorrying(results)).toBe(false);
  });

  it('counts unexcused absence once as not worrying, twice as worrying ("mer enn 1 gang")', () => {
    expect(criterion({ invalidOccurrences: 1 }, 'invalidAbsence')).toMatchObject({ met: false, status: 'notMet', value: 1, threshold: 1 });
    expect(criterion({ invalidOccurrences: 2 }, 'invalidAbsence')).toMatchObject({ met: true, status: 'met', value: 2, threshold: 1 });
  });

  it('needs more than 3 single days with diffuse complaints in a month', () => {
    expect(criterion({ diffuseSingleDaysLastMonth: 3 }, 'diffuseSingleDays').met).toBe(false);
    expect(criterion({ diffuseSingleDaysLastMonth: 4 }, 'diffuseSingleDays')).toMatchObject({ met: true, threshold: 3 });
  });

  it('needs valid absence over 10 days in the semester', () => {
    expect(criterion({ validDaysSemester: 10 }, 'validAbsence').met).toBe(false);
    expect(criterion({ validDaysSemester: 11 }, 'validAbsence')).toMatchObject({ met: true, threshold: 10 });
  });

  it('needs more than 3 late arrivals in a month', () => {
    expect(criterion({ lateArrivalsLastMonth: 3 }, 'lateArrivals').met).toBe(false);
    expect(criterion({ lateArrivalsLastMonth: 4 }, 'lateArrivals').met).toBe(true);
  });

  it('treats leaving lessons and the pupil’s and parents’ reports as yes/no criteria without a threshold', () => {
    for (const [fact, id] of [
      ['leavesLessonsRepeatedly', 'leavesLessons'],
      ['pupilReportsStruggle', 'pupilReportsStruggle'],
      ['parentReportsStruggle', 'parentReportsStruggle'],
    ] as const) {
      expect(criterion({ [fact]: true }, id)).toMatchObject({ met: true, value: true, threshold: null });
      expect(criterion({ [fact]: false }, id)).toMatchObject({ met: false, status: 'notMet', value: false });
    }
  });

  it('makes the absence worrying when any single criterion is met', () => {
    const results = evaluateAbsence(facts({ validDaysSemester: 2, lateArrivalsLastMonth: 0, parentReportsStruggle: true }), defaultAbsenceThresholds());
    expect(results.filter((r) => r.met).map((r) => r.id)).toEqual(['parentReportsStruggle']);
    expect(isAbsenceWorrying(results)).toBe(true);
  });

  it('lets a municipality set its own thresholds', () => {
    const strict = AbsenceThresholds.parse({ validDaysPerSemester: 5, monthWindow: 'rolling' });
    expect(criterion({ validDaysSemester: 6 }, 'validAbsence', strict)).toMatchObject({ met: true, threshold: 5 });
    expect(strict.lateArrivalsPerMonth).toBe(3);
  });
});
