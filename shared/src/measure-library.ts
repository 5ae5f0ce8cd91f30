/**
 * The guide's suggested measures ("Forslag til tiltak"): at school, for home–school cooperation and
 * at home, plus the three it advises against (teaching at home, exemption from teaching, changing
 * school), flagged `discouraged`. Picking one copies its wording into an editable measure row.
 */
import { type DomainTextKey, domainKey } from './domain-text';

export const MEASURE_ARENAS = ['school', 'homeSchool', 'home'] as const;
export type MeasureArena = (typeof MEASURE_ARENAS)[number];

const SCHOOL = [
  'lowStigma',
  'togetherWithPupil',
  'safeAdult',
  'predictability',
  'fixedPersonMeets',
  'dailyTalks',
  'masteredSubjects',
  'prepareChanges',
  'placeToGo',
  'meetAtCar',
  'noSpeakingAloud',
  'smallGroup',
  'informClass',
  'contactWhileAway',
  'seating',
  'fixedActivity',
  'structuredBreaks',
  'walkingCompanion',
] as const;
const HOME_SCHOOL = ['closeCooperation', 'parentsMostImportant', 'regularContact', 'reassureParents', 'supportParents', 'dailyReport'] as const;
const HOME = [
  'clearExpectation',
  'parentsAgree',
  'swapRoles',
  'sleepRhythm',
  'morningRoutine',
  'homeDayLikeSchool',
  'noScreens',
  'parentOut',
  'praiseSubGoals',
  'masteryBelief',
  'niceActivities',
  'peerContact',
  'keepLeisure',
  'notOnlyTopic',
] as const;
const DISCOURAGED = ['homeTeaching', 'exemption', 'changingSchool'] as const;

export type DiscouragedMeasureId = (typeof DISCOURAGED)[number];
export type MeasureLibraryId = (typeof SCHOOL)[number] | (typeof HOME_SCHOOL)[number] | (typeof HOME)[number] | DiscouragedMeasureId;

export interface MeasureLibraryEntry {
  id: MeasureLibraryId;
  arena: MeasureArena;
  textKey: DomainTextKey;
  discouraged: boolean;
  /** Why the guide advises against it (discouraged entries only). */
  whyKey?: DomainTextKey;
}

const entry = (arena: MeasureArena) => (id: Exclude<MeasureLibraryId, DiscouragedMeasureId>): MeasureLibraryEntry => ({
  id,
  arena,
  textKey: domainKey(`measureLibrary.items.${id}`),
  discouraged: false,
});

/** Every entry: the suggested ones by arena, then the discouraged ones (all three are school decisions). */
export const MEASURE_LIBRARY: readonly MeasureLibraryEntry[] = [
  ...SCHOOL.map(entry('school')),
  ...HOME_SCHOOL.map(entry('homeSchool')),
  ...HOME.map(entry('home')),
  ...DISCOURAGED.map(
    (id): MeasureLibraryEntry => ({
      id,
      arena: 'school',
      textKey: domainKey(`measureLibrary.items.${id}`),
      discouraged: true,
      whyKey: domainKey(`measureLibrary.discouragedWhy.${id}`),
    }),
  ),
];

/** The suggested (not discouraged) entries of one arena, in the guide's order. */
export function suggestedMeasures(arena: MeasureArena): MeasureLibraryEntry[] {
  return MEASURE_LIBRARY.filter((e) => e.arena === arena && !e.discouraged);
}

/** The measures the guide advises against. */
export function discouragedMeasures(): MeasureLibraryEntry[] {
  return MEASURE_LIBRARY.filter((e) => e.discouraged);
}

/** An entry by id. */
export function findLibraryMeasure(id: string): MeasureLibraryEntry | undefined {
  return MEASURE_LIBRARY.find((e) => e.id === id);
}

/** Text key of an arena's heading. */
export function arenaTitleKey(arena: MeasureArena | 'discouraged') {
  return domainKey(`measureLibrary.groups.${arena}`);
}
