/**
 * The system model used for mapping in agenda step 7. The guide's Vedlegg 3 ("Modell for kartlegging
 * og tiltak") asks for mapping from a systemic understanding with a "systemmodell", but its figure is
 * not in the guide's text: the eight default areas are this product's own proposal (the child, health,
 * school's learning and social life, the way to school, family, friends and leisure, help services),
 * and the room says so where they appear. A municipality may rename, add or remove areas; the default
 * names come from the locale resources.
 */
import * as z from 'zod';
import { domainKey } from './domain-text';
import * as en from './locales/en/domain-names';
import * as nb from './locales/nb/domain-names';
import * as nn from './locales/nn/domain-names';

export const DEFAULT_AREA_IDS = [
  'self',
  'health',
  'schoolAcademic',
  'schoolSocial',
  'schoolRoute',
  'family',
  'friends',
  'services',
] as const;
export type DefaultAreaId = (typeof DEFAULT_AREA_IDS)[number];

export const AreaId = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'an area id is letters, digits, - or _');

export const AreaConfig = z.strictObject({
  id: AreaId,
  name: z.string().trim().min(1).max(120),
  description: z.string().max(500).optional(),
});
export type AreaConfig = z.infer<typeof AreaConfig>;

/** A deployment's areas: at least one, ids unique. */
export const SystemModelConfig = z
  .array(AreaConfig)
  .min(1)
  .refine((areas) => new Set(areas.map((a) => a.id)).size === areas.length, 'area ids must be unique');
export type SystemModelConfig = z.infer<typeof SystemModelConfig>;

const RESOURCES = { nb, nn, en } as const;
export type DomainLanguage = keyof typeof RESOURCES;

/** The eight default areas with names and descriptions in the given language (bokmål by default). */
export function defaultSystemAreas(language: DomainLanguage = 'nb'): AreaConfig[] {
  const areas = RESOURCES[language].systemModel.areas;
  return DEFAULT_AREA_IDS.map((id) => ({ id, name: areas[id].name, description: areas[id].description }));
}

/** Whether an id is one of the default areas (whose name has text keys in every language). */
export function isDefaultAreaId(id: string): id is DefaultAreaId {
  return (DEFAULT_AREA_IDS as readonly string[]).includes(id);
}

/** Text keys of a default area's name, its name for the child on the shared screen, and its description. */
export function defaultAreaText(id: DefaultAreaId) {
  return { name: domainKey(`systemModel.areas.${id}.name`), child: domainKey(`systemModel.areas.${id}.child`), description: domainKey(`systemModel.areas.${id}.description`) };
}

/**
 * The text key of an area's name in a child's words, for the shared screen: only for a default area
 * whose name is still a default one (in any language). A name the municipality or the meeting chose
 * is shown as it is written.
 */
export function childAreaNameKey(area: Pick<AreaConfig, 'id' | 'name'>) {
  if (!isDefaultAreaId(area.id)) return null;
  const unchanged = Object.values(RESOURCES).some((r) => r.systemModel.areas[area.id as DefaultAreaId].name === area.name);
  return unchanged ? defaultAreaText(area.id).child : null;
}
