/**
 * Mapping on the shared board (agenda step 7): per area of the system model, resources (+) and
 * risks (−), each with a text and optionally who said it. This structured list, not the drawing,
 * is what the minutes are built from.
 */
import * as z from 'zod';
import type { AreaConfig } from './system-model';
import { AreaId } from './system-model';

export const MAPPING_KINDS = ['resource', 'risk'] as const;
export const MappingKind = z.enum(MAPPING_KINDS);
export type MappingKind = z.infer<typeof MappingKind>;

export const MappingItem = z.strictObject({
  id: z.string().min(1).max(100),
  areaId: AreaId,
  kind: MappingKind,
  text: z.string().max(1000),
  /** Participant id of whoever said it. */
  saidBy: z.string().max(100).optional(),
  /** Their name as shown when it was said, so the minutes can name them without a lookup. */
  saidByName: z.string().max(120).optional(),
});
export type MappingItem = z.infer<typeof MappingItem>;

export interface AreaSummary {
  area: AreaConfig;
  resources: MappingItem[];
  risks: MappingItem[];
}

export interface MappingSummary {
  /** Every configured area in its configured order, including empty ones. */
  areas: AreaSummary[];
  /** Items whose area is not (or no longer) configured, so nothing said is lost from the minutes. */
  unknownArea: MappingItem[];
  totals: { resources: number; risks: number };
}

/** Groups mapping items per area, resources before risks, in board order; blank items are left out. */
export function summarizeMapping(areas: readonly AreaConfig[], items: readonly MappingItem[]): MappingSummary {
  const filled = items.filter((i) => i.text.trim() !== '');
  const known = new Set(areas.map((a) => a.id));
  const summaries = areas.map((area) => ({
    area,
    resources: filled.filter((i) => i.areaId === area.id && i.kind === 'resource'),
    risks: filled.filter((i) => i.areaId === area.id && i.kind === 'risk'),
  }));
  return {
    areas: summaries,
    unknownArea: filled.filter((i) => !known.has(i.areaId)),
    totals: {
      resources: filled.filter((i) => i.kind === 'resource').length,
      risks: filled.filter((i) => i.kind === 'risk').length,
    },
  };
}
