/**
 * What the guide starts step 6 from, for the adults: Ingul's definition of worrying school absence
 * (Ingul 2011) and Kearney's continuum of school absence (Kearney 2001) in its seven stages, as the
 * guide draws it, from a pupil who finds school stressful to total absence over a long time. The
 * adults choose where this pupil is now; the full minutes carry it, the shared screen never does.
 */
import * as z from 'zod';
import { domainKey } from './domain-text';

export const CONTINUUM_STAGES = [
  'stressful',
  'morningRefusal',
  'lateArrivals',
  'periodicAbsence',
  'repeatedAbsence',
  'completeAbsencePeriod',
  'totalAbsence',
] as const;
export type ContinuumStage = (typeof CONTINUUM_STAGES)[number];
export const ContinuumStage = z.enum(CONTINUUM_STAGES);

/** The text key of a stage. */
export function continuumStageText(stage: ContinuumStage) {
  return domainKey(`continuum.stages.${stage}`);
}
