/**
 * Absence facts (agenda step 5) and the guide's criteria for worrying absence ("Oppfølging av
 * elever med skolefravær"): any one criterion met makes the absence worrying. The guide leaves
 * windows open (calendar or rolling month), so the thresholds are settings with its values as defaults.
 */
import * as z from 'zod';
import { type DomainTextKey, domainKey } from './domain-text';

const Count = z.int().min(0).max(1000);

/** What is known about the absence; `null` means not recorded (shown as such, never as "not met"). */
export const AbsenceFacts = z.strictObject({
  validDaysSemester: Count.nullable().default(null),
  invalidOccurrences: Count.nullable().default(null),
  diffuseSingleDaysLastMonth: Count.nullable().default(null),
  lateArrivalsLastMonth: Count.nullable().default(null),
  leavesLessonsRepeatedly: z.boolean().nullable().default(null),
  pupilReportsStruggle: z.boolean().nullable().default(null),
  parentReportsStruggle: z.boolean().nullable().default(null),
  note: z.string().max(2000).default(''),
});
export type AbsenceFacts = z.infer<typeof AbsenceFacts>;

/** Thresholds: a count criterion is met when the count is greater than its threshold. */
export const AbsenceThresholds = z.strictObject({
  /** Unexcused absence "mer enn 1 gang". */
  invalidOccurrences: Count.default(1),
  /** Diffuse complaints: "mer enn 3 enkeltdager i løpet av 1 måned". */
  diffuseSingleDaysPerMonth: Count.default(3),
  /** Valid absence "som overstiger 10 dager i løpet av semesteret". */
  validDaysPerSemester: Count.default(10),
  /** Late "mer enn 3 ganger i løpet av 1 måned". */
  lateArrivalsPerMonth: Count.default(3),
  /** How "a month" is counted when the school enters the monthly figures. */
  monthWindow: z.enum(['calendar', 'rolling']).default('calendar'),
});
export type AbsenceThresholds = z.infer<typeof AbsenceThresholds>;

/** The guide's thresholds. */
export function defaultAbsenceThresholds(): AbsenceThresholds {
  return AbsenceThresholds.parse({});
}

/** No facts recorded yet. */
export function emptyAbsenceFacts(): AbsenceFacts {
  return AbsenceFacts.parse({});
}

/** The criteria in the guide's order. */
export const ABSENCE_CRITERIA = [
  'pupilReportsStruggle',
  'invalidAbsence',
  'diffuseSingleDays',
  'validAbsence',
  'lateArrivals',
  'leavesLessons',
  'parentReportsStruggle',
] as const;
export type AbsenceCriterionId = (typeof ABSENCE_CRITERIA)[number];

export type CriterionStatus = 'met' | 'notMet' | 'unknown';

export interface AbsenceCriterionResult {
  id: AbsenceCriterionId;
  /** True only when the recorded facts meet the criterion. */
  met: boolean;
  status: CriterionStatus;
  /** The recorded value (count or yes/no), null when not recorded. */
  value: number | boolean | null;
  /** The count it must exceed; null for yes/no criteria. */
  threshold: number | null;
  /** Which fact the criterion reads. */
  fact: keyof Omit<AbsenceFacts, 'note'>;
  labelKey: DomainTextKey;
  /** Explains the rule; for count criteria call `t(ruleKey, { count: threshold })`. */
  ruleKey: DomainTextKey;
}

type CriterionDef =
  | { id: AbsenceCriterionId; kind: 'count'; fact: 'validDaysSemester' | 'invalidOccurrences' | 'diffuseSingleDaysLastMonth' | 'lateArrivalsLastMonth'; threshold: (t: AbsenceThresholds) => number }
  | { id: AbsenceCriterionId; kind: 'flag'; fact: 'leavesLessonsRepeatedly' | 'pupilReportsStruggle' | 'parentReportsStruggle' };

const DEFINITIONS: Record<AbsenceCriterionId, CriterionDef> = {
  pupilReportsStruggle: { id: 'pupilReportsStruggle', kind: 'flag', fact: 'pupilReportsStruggle' },
  invalidAbsence: { id: 'invalidAbsence', kind: 'count', fact: 'invalidOccurrences', threshold: (t) => t.invalidOccurrences },
  diffuseSingleDays: { id: 'diffuseSingleDays', kind: 'count', fact: 'diffuseSingleDaysLastMonth', threshold: (t) => t.diffuseSingleDaysPerMonth },
  validAbsence: { id: 'validAbsence', kind: 'count', fact: 'validDaysSemester', threshold: (t) => t.validDaysPerSemester },
  lateArrivals: { id: 'lateArrivals', kind: 'count', fact: 'lateArrivalsLastMonth', threshold: (t) => t.lateArrivalsPerMonth },
  leavesLessons: { id: 'leavesLessons', kind: 'flag', fact: 'leavesLessonsRepeatedly' },
  parentReportsStruggle: { id: 'parentReportsStruggle', kind: 'flag', fact: 'parentReportsStruggle' },
};

/** Checks every criterion of worrying absence against the facts, saying which are met and why. */
export function evaluateAbsence(facts: AbsenceFacts, thresholds: AbsenceThresholds = defaultAbsenceThresholds()): AbsenceCriterionResult[] {
  return ABSENCE_CRITERIA.map((id) => {
    const def = DEFINITIONS[id];
    const labelKey = domainKey(`absence.criteria.${id}.label`);
    const ruleKey = domainKey(`absence.criteria.${id}.rule`);
    if (def.kind === 'count') {
      const value = facts[def.fact];
      const threshold = def.threshold(thresholds);
      const status: CriterionStatus = value === null ? 'unknown' : value > threshold ? 'met' : 'notMet';
      return { id, met: status === 'met', status, value, threshold, fact: def.fact, labelKey, ruleKey };
    }
    const value = facts[def.fact];
    const status: CriterionStatus = value === null ? 'unknown' : value ? 'met' : 'notMet';
    return { id, met: status === 'met', status, value, threshold: null, fact: def.fact, labelKey, ruleKey };
  });
}

/** Whether any criterion is met: the guide's definition of worrying absence. */
export function isAbsenceWorrying(results: readonly AbsenceCriterionResult[]): boolean {
  return results.some((r) => r.met);
}
