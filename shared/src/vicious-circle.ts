/**
 * The vicious circle of absence ("den onde sirkelen", Thambirajah et al. 2008, via Oslo kommune):
 * drawn as a loop, the last stage leads back to the first. "Fravær skaper fravær."
 */
import { domainKey } from './domain-text';

export const VICIOUS_CIRCLE_STAGES = [
  'discomfort',
  'avoidance',
  'relief',
  'fallingBehind',
  'negativeThoughts',
  'harderToReturn',
  'moreAbsence',
] as const;
export type ViciousCircleStage = (typeof VICIOUS_CIRCLE_STAGES)[number];

/** Text keys of a stage: plain wording for adults and the child's wording. */
export function stageText(stage: ViciousCircleStage) {
  return {
    plain: domainKey(`viciousCircle.stages.${stage}.plain`),
    child: domainKey(`viciousCircle.stages.${stage}.child`),
    younger: domainKey(`viciousCircle.stages.${stage}.younger`),
  };
}

/** The stage after this one; after the last comes the first again. */
export function nextStage(stage: ViciousCircleStage): ViciousCircleStage {
  const index = VICIOUS_CIRCLE_STAGES.indexOf(stage);
  return VICIOUS_CIRCLE_STAGES[(index + 1) % VICIOUS_CIRCLE_STAGES.length] as ViciousCircleStage;
}

export const VICIOUS_CIRCLE_TEXT = {
  title: domainKey('viciousCircle.title'),
  slogan: domainKey('viciousCircle.slogan'),
  afterBreaks: domainKey('viciousCircle.afterBreaks'),
} as const;
