/**
 * The geometry of the mapping board (agenda step 7): where each system-model area lies on the
 * canvas, which area a point belongs to, and where a new note goes. Pure and deterministic, so
 * every client, the list view and the server agree on it without storing it.
 */
import type { MappingKind } from './mapping';

export type Rect = { x: number; y: number; w: number; h: number };
export type AreaRect = Rect & { areaId: string };

export type BoardLayout = {
  areas: AreaRect[];
  /** The pupil in the middle of the model. */
  pupil: Rect;
  /** Everything the template covers. */
  bounds: Rect;
};

/** Sizes in page units; chosen so area names and notes stay readable when the whole board fits a projector. */
export const BOARD = {
  tileW: 800,
  tileH: 580,
  gap: 28,
  padding: 20,
  header: 124,
  noteW: 364,
  noteH: 134,
  noteGap: 14,
  /** The notes' type size: on the projector an area shown alone draws it at least 24 px tall. */
  noteFontSize: 25,
} as const;

/**
 * Areas in a grid around the pupil, in configured order (reading order), the pupil in the middle
 * cell: eight areas make a 3×3 ring. Any number of areas gets the smallest near-square grid.
 */
export function boardLayout(areaIds: readonly string[]): BoardLayout {
  const cells = areaIds.length + 1;
  const cols = Math.max(1, Math.ceil(Math.sqrt(cells)));
  const rows = Math.ceil(cells / cols);
  const middle = Math.floor((rows - 1) / 2) * cols + Math.floor((cols - 1) / 2);
  const cell = (index: number): Rect => ({
    x: (index % cols) * (BOARD.tileW + BOARD.gap),
    y: Math.floor(index / cols) * (BOARD.tileH + BOARD.gap),
    w: BOARD.tileW,
    h: BOARD.tileH,
  });
  const areas: AreaRect[] = [];
  let index = 0;
  for (const areaId of areaIds) {
    if (index === middle) index++;
    areas.push({ areaId, ...cell(index) });
    index++;
  }
  return {
    areas,
    pupil: cell(middle),
    bounds: { x: 0, y: 0, w: cols * BOARD.tileW + (cols - 1) * BOARD.gap, h: rows * BOARD.tileH + (rows - 1) * BOARD.gap },
  };
}

function distanceToRect(r: Rect, x: number, y: number): number {
  const dx = Math.max(r.x - x, 0, x - (r.x + r.w));
  const dy = Math.max(r.y - y, 0, y - (r.y + r.h));
  return Math.hypot(dx, dy);
}

/** The area a point lies in, or the nearest one (a note dropped in a gap or outside still belongs somewhere). */
export function areaAt(layout: BoardLayout, x: number, y: number): string | null {
  let best: AreaRect | null = null;
  let bestDistance = Infinity;
  for (const area of layout.areas) {
    const d = distanceToRect(area, x, y);
    if (d < bestDistance) {
      best = area;
      bestDistance = d;
    }
  }
  return best?.areaId ?? null;
}

/** The area of a note whose top-left corner is at (x, y): decided by the note's centre. */
export function areaOfNote(layout: BoardLayout, x: number, y: number): string | null {
  return areaAt(layout, x + BOARD.noteW / 2, y + BOARD.noteH / 2);
}

/** Slots for notes inside an area: resources fill from the left, risks from the right (two columns: + left, − right). */
function slots(rect: Rect, kind: MappingKind): { x: number; y: number }[] {
  const innerW = rect.w - 2 * BOARD.padding;
  const cols = Math.max(1, Math.floor((innerW + BOARD.noteGap) / (BOARD.noteW + BOARD.noteGap)));
  const rows = Math.max(1, Math.floor((rect.h - BOARD.header - BOARD.padding + BOARD.noteGap) / (BOARD.noteH + BOARD.noteGap)));
  const out: { x: number; y: number }[] = [];
  for (let row = 0; row < rows; row++) {
    for (let c = 0; c < cols; c++) {
      const col = kind === 'resource' ? c : cols - 1 - c;
      out.push({
        x: rect.x + BOARD.padding + col * (BOARD.noteW + BOARD.noteGap),
        y: rect.y + BOARD.header + row * (BOARD.noteH + BOARD.noteGap),
      });
    }
  }
  return out;
}

/**
 * Where a new note goes in an area: the first free slot (resources left, risks right); when the
 * area is full, cascaded over the area so every note stays inside it and can be seen.
 */
export function placeNote(
  layout: BoardLayout,
  areaId: string,
  kind: MappingKind,
  occupied: readonly { x: number; y: number }[],
): { x: number; y: number } {
  const rect = layout.areas.find((a) => a.areaId === areaId) ?? layout.areas[0];
  if (!rect) return { x: 0, y: 0 };
  const taken = (s: { x: number; y: number }) =>
    occupied.some((o) => Math.abs(o.x - s.x) < BOARD.noteW / 2 && Math.abs(o.y - s.y) < BOARD.noteH / 2);
  const candidates = slots(rect, kind);
  const free = candidates.find((s) => !taken(s));
  if (free) return free;
  const inArea = occupied.filter((o) => areaOfNote(layout, o.x, o.y) === areaId).length;
  const step = 14;
  const spanX = rect.w - 2 * BOARD.padding - BOARD.noteW;
  const spanY = rect.h - BOARD.header - BOARD.padding - BOARD.noteH;
  const k = inArea - candidates.length;
  return {
    x: rect.x + BOARD.padding + ((k * step * 3) % Math.max(1, spanX)),
    y: rect.y + BOARD.header + ((k * step) % Math.max(1, spanY)),
  };
}
