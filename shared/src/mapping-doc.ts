/**
 * The mapping records in the meeting's content Y.Doc: one pure reader (`readMapping`, used by the
 * list view, the canvas, the measures summary, the server and the minutes) and the few named writes
 * both views make. Each item is a Y.Map with the fields of MappingItem plus its place on the board.
 */
import * as Y from 'yjs';
import * as z from 'zod';
import { type BoardLayout, areaOfNote, boardLayout, placeNote } from './board-layout';
import { MappingAreasKey, mappingAreasMap, mappingItemsMap } from './doc';
import { type MappingKind, MappingItem, type MappingSummary, summarizeMapping } from './mapping';
import { type AreaConfig, SystemModelConfig, defaultSystemAreas } from './system-model';

/** A mapping item with where it lies on the board and when it was added (board order). */
export type BoardItem = MappingItem & { x: number; y: number; order: number };

export type MappingRead = {
  /** The meeting's areas (the defaults in bokmål if the meeting has none stored yet). */
  areas: AreaConfig[];
  items: BoardItem[];
  /** Records that did not parse and were left out (never expected; counted so it is seen). */
  invalid: number;
};

const Place = z.object({ x: z.number().finite(), y: z.number().finite(), order: z.number().finite() });

/** The meeting's stored areas, or null when none are stored. */
export function readMappingAreas(content: Y.Doc): AreaConfig[] | null {
  const parsed = SystemModelConfig.safeParse(mappingAreasMap(content).get(MappingAreasKey.areas));
  return parsed.success ? parsed.data : null;
}

/** Stores the meeting's area set if it has none yet; a meeting keeps the set it started with. */
export function ensureMappingAreas(content: Y.Doc, areas: readonly AreaConfig[]): void {
  if (readMappingAreas(content)) return;
  mappingAreasMap(content).set(MappingAreasKey.areas, SystemModelConfig.parse(areas));
}

const MAPPING_KEYS = ['areaId', 'kind', 'text', 'saidBy', 'saidByName', 'x', 'y', 'order'] as const;

function parseItem(id: string, record: unknown): BoardItem | null {
  if (!(record instanceof Y.Map)) return null;
  // Only the keys the layout names are read (never toJSON: a stored key could name `__proto__`).
  const raw = Object.fromEntries(MAPPING_KEYS.map((key) => [key, record.get(key)])) as Record<(typeof MAPPING_KEYS)[number], unknown>;
  const item = MappingItem.safeParse({
    id,
    areaId: raw.areaId,
    kind: raw.kind,
    text: raw.text ?? '',
    ...(raw.saidBy ? { saidBy: raw.saidBy } : {}),
    ...(raw.saidByName ? { saidByName: raw.saidByName } : {}),
  });
  const place = Place.safeParse({ x: raw.x, y: raw.y, order: raw.order ?? 0 });
  return item.success && place.success ? { ...item.data, ...place.data } : null;
}

/** One mapping item, parsed, or null if there is none (or it does not parse). */
export function readMappingItem(content: Y.Doc, id: string): BoardItem | null {
  return parseItem(id, mappingItemsMap(content).get(id));
}

/** Every mapping item, parsed with the shared schema, in board order. */
export function readMapping(content: Y.Doc, fallbackAreas: readonly AreaConfig[] = defaultSystemAreas('nb')): MappingRead {
  const areas = readMappingAreas(content) ?? [...fallbackAreas];
  const items: BoardItem[] = [];
  let invalid = 0;
  mappingItemsMap(content).forEach((record, id) => {
    const item = parseItem(id, record);
    if (item) items.push(item);
    else invalid++;
  });
  items.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { areas, items, invalid };
}

/** The mapping per area, as the measures step and the minutes show it. */
export function readMappingSummary(content: Y.Doc, fallbackAreas?: readonly AreaConfig[]): MappingSummary {
  const { areas, items } = readMapping(content, fallbackAreas);
  return summarizeMapping(areas, items.map(toMappingItem));
}

/** The schema's view of a board item (without its place). */
export function toMappingItem({ x: _x, y: _y, order: _order, ...item }: BoardItem): MappingItem {
  return item;
}

/** The layout of a meeting's board. */
export function layoutOf(content: Y.Doc, fallbackAreas?: readonly AreaConfig[]): BoardLayout {
  return boardLayout(readMapping(content, fallbackAreas).areas.map((a) => a.id));
}

/** A short random id; works outside secure contexts too (crypto.randomUUID does not). */
export function newItemId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return `m${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

export type NewItem = {
  kind: MappingKind;
  areaId: string;
  text?: string;
  saidBy?: string;
  saidByName?: string;
  /** Where on the board; a free place in the area when left out. */
  at?: { x: number; y: number };
};

function itemRecord(content: Y.Doc, id: string): Y.Map<unknown> | null {
  const record = mappingItemsMap(content).get(id);
  return record instanceof Y.Map ? record : null;
}

/** Adds a resource or risk; returns its id. With `at`, the area follows from where it lies. */
export function addMappingItem(content: Y.Doc, item: NewItem, fallbackAreas?: readonly AreaConfig[], id = newItemId()): string {
  const { items, areas } = readMapping(content, fallbackAreas);
  const layout = boardLayout(areas.map((a) => a.id));
  const at = item.at ?? placeNote(layout, item.areaId, item.kind, items);
  const areaId = item.at ? (areaOfNote(layout, at.x, at.y) ?? item.areaId) : item.areaId;
  const order = Math.max(Date.now(), ...items.map((i) => i.order + 1));
  const record = new Y.Map<unknown>();
  const fields: Record<string, unknown> = { kind: item.kind, areaId, text: item.text ?? '', x: at.x, y: at.y, order };
  if (item.saidBy) fields.saidBy = item.saidBy;
  if (item.saidByName) fields.saidByName = item.saidByName;
  content.transact(() => {
    for (const [k, v] of Object.entries(fields)) record.set(k, v);
    mappingItemsMap(content).set(id, record);
  });
  return id;
}

/** Changes an item's text or who said it (undefined leaves a field; null clears who said it). */
export function updateMappingItem(
  content: Y.Doc,
  id: string,
  change: { text?: string; kind?: MappingKind; saidBy?: { id: string; name: string } | null },
): void {
  const record = itemRecord(content, id);
  if (!record) return;
  content.transact(() => {
    if (change.text !== undefined && record.get('text') !== change.text) record.set('text', change.text);
    if (change.kind !== undefined && record.get('kind') !== change.kind) record.set('kind', change.kind);
    if (change.saidBy === null) {
      record.delete('saidBy');
      record.delete('saidByName');
    } else if (change.saidBy) {
      record.set('saidBy', change.saidBy.id);
      record.set('saidByName', change.saidBy.name);
    }
  });
}

/** Moves an item to another area (from the list): it gets a free place inside that area. */
export function moveMappingItem(content: Y.Doc, id: string, areaId: string, fallbackAreas?: readonly AreaConfig[]): void {
  const record = itemRecord(content, id);
  if (!record || record.get('areaId') === areaId) return;
  const { items, areas } = readMapping(content, fallbackAreas);
  const layout = boardLayout(areas.map((a) => a.id));
  const kind = record.get('kind') === 'risk' ? 'risk' : 'resource';
  const at = placeNote(layout, areaId, kind, items.filter((i) => i.id !== id));
  content.transact(() => {
    record.set('areaId', areaId);
    record.set('x', at.x);
    record.set('y', at.y);
  });
}

/** Puts an item where it was dragged on the canvas; its area follows from where it lies. */
export function placeMappingItem(content: Y.Doc, id: string, x: number, y: number, layout: BoardLayout): void {
  const record = itemRecord(content, id);
  if (!record) return;
  const areaId = areaOfNote(layout, x, y);
  content.transact(() => {
    if (record.get('x') !== x) record.set('x', x);
    if (record.get('y') !== y) record.set('y', y);
    if (areaId && record.get('areaId') !== areaId) record.set('areaId', areaId);
  });
}

export function deleteMappingItem(content: Y.Doc, id: string): void {
  mappingItemsMap(content).delete(id);
}

/** Calls back on any change to the mapping or its areas; returns the unsubscribe function. */
export function observeMapping(content: Y.Doc, onChange: (events: Y.YEvent<any>[], tr: Y.Transaction) => void): () => void {
  const items = mappingItemsMap(content);
  const areas = mappingAreasMap(content);
  const onAreas = (_e: Y.YMapEvent<unknown>, tr: Y.Transaction) => onChange([], tr);
  items.observeDeep(onChange);
  areas.observe(onAreas);
  return () => {
    items.unobserveDeep(onChange);
    areas.unobserve(onAreas);
  };
}


/** The mapping as the server's API gives it: areas, items (without their place) and the summary per area. */
export const MappingView = z.object({
  areas: SystemModelConfig,
  items: z.array(MappingItem),
  summary: z.object({
    areas: z.array(z.object({ area: z.object({ id: z.string(), name: z.string(), description: z.string().optional() }), resources: z.array(MappingItem), risks: z.array(MappingItem) })),
    unknownArea: z.array(MappingItem),
    totals: z.object({ resources: z.number(), risks: z.number() }),
  }),
});
export type MappingView = z.infer<typeof MappingView>;
