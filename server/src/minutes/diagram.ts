/**
 * The system model drawn from the mapping data, as SVG with plain <text> (pdfmake renders it; a
 * tldraw export would put labels in <foreignObject>, which PDFs drop). The pupil sits in the middle
 * of a 3 × 3 grid with the areas around it, clockwise from the top left; further areas go in rows
 * below. Each area lists its resources (green +) and risks (red −); colour is never the only sign.
 * Long lists are cut with "… and N more": the minutes' table lists every item in full.
 */
import type { MappingSummary } from '@naervaer/shared/mapping';
import { FONT_FAMILY as FONT, type FontStyle, textWidth } from './font';

export type DiagramLabels = {
  pupil: string;
  resourceSign: string;
  riskSign: string;
  /** "… og 3 til" */
  more: (count: number) => string;
};

export type Diagram = { svg: string; width: number; height: number };

const WIDTH = 515;
const GAP = 12;
const COLS = 3;
const CELL_W = (WIDTH - GAP * (COLS - 1)) / COLS;
const PAD = 6;
const TITLE_SIZE = 8.5;
const TITLE_LINE = 10.5;
const ITEM_SIZE = 7.5;
const ITEM_LINE = 9.2;
const SIGN_W = 8;
const MAX_ITEM_LINES = 12;
const MIN_CELL_H = 70;
const COLOURS = {
  border: '#6b7280',
  titleBg: '#e8eef6',
  title: '#0f2a4a',
  text: '#1a1a1a',
  resource: '#17663a',
  risk: '#b3261e',
  line: '#9ca3af',
  pupilBg: '#fff4d6',
  pupilBorder: '#a16207',
};

/** Ring positions (column, row) of a 3 × 3 grid, clockwise from the top left, skipping the middle. */
const RING: [number, number][] = [
  [0, 0],
  [1, 0],
  [2, 0],
  [2, 1],
  [2, 2],
  [1, 2],
  [0, 2],
  [0, 1],
];

/** Breaks text into lines no wider than `width` in the font's real widths; a word longer than a line is cut. */
export function wrap(text: string, size: number, width: number, style: FontStyle = 'normal'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, style) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (textWidth(rest, size, style) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && textWidth(rest.slice(0, cut), size, style) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

type CellLine = { kind: 'resource' | 'risk' | 'more'; text: string; first: boolean };
type Cell = { title: string[]; lines: CellLine[] };

function layoutCell(area: MappingSummary['areas'][number], labels: DiagramLabels): Cell {
  const title = wrap(area.area.name, TITLE_SIZE, CELL_W - 2 * PAD, 'bold').slice(0, 3);
  const textWidthAvail = CELL_W - 2 * PAD - SIGN_W;
  const all: CellLine[] = [];
  const items = [...area.resources.map((i) => ({ kind: 'resource' as const, text: i.text })), ...area.risks.map((i) => ({ kind: 'risk' as const, text: i.text }))];
  let shown = 0;
  for (const item of items) {
    const lines = wrap(item.text, ITEM_SIZE, textWidthAvail);
    const remaining = items.length - shown - 1;
    const room = MAX_ITEM_LINES - all.length - (remaining > 0 ? 1 : 0);
    if (lines.length > room) break;
    lines.forEach((text, i) => all.push({ kind: item.kind, text, first: i === 0 }));
    shown++;
  }
  if (shown < items.length) all.push({ kind: 'more', text: labels.more(items.length - shown), first: true });
  return { title, lines: all };
}

function cellHeight(cell: Cell): number {
  return PAD + cell.title.length * TITLE_LINE + PAD + Math.max(1, cell.lines.length) * ITEM_LINE + PAD;
}

/** Draws the system model for the mapping summary. */
export function systemModelSvg(summary: MappingSummary, labels: DiagramLabels): Diagram {
  const cells = summary.areas.map((a) => layoutCell(a, labels));
  const ring = cells.slice(0, RING.length);
  const extra = cells.slice(RING.length);
  const positions: { col: number; row: number; cell: Cell }[] = ring.map((cell, i) => ({ col: RING[i]![0], row: RING[i]![1], cell }));
  extra.forEach((cell, i) => positions.push({ col: i % COLS, row: 3 + Math.floor(i / COLS), cell }));
  const rows = Math.max(3, ...positions.map((p) => p.row + 1));
  const rowHeights = Array.from({ length: rows }, (_, r) =>
    Math.max(MIN_CELL_H, ...positions.filter((p) => p.row === r).map((p) => cellHeight(p.cell))),
  );
  const rowTop = rowHeights.map((_, r) => rowHeights.slice(0, r).reduce((a, b) => a + b + GAP, 0));
  const height = Math.ceil(rowTop[rows - 1]! + rowHeights[rows - 1]!);
  const colLeft = (c: number) => c * (CELL_W + GAP);

  const out: string[] = [];
  const centre = { x: colLeft(1) + CELL_W / 2, y: rowTop[1]! + rowHeights[1]! / 2 };
  // Connectors first, so the boxes cover their ends.
  for (const p of positions.filter((p) => p.row < 3)) {
    const x = colLeft(p.col) + CELL_W / 2;
    const y = rowTop[p.row]! + rowHeights[p.row]! / 2;
    out.push(`<line x1="${f(centre.x)}" y1="${f(centre.y)}" x2="${f(x)}" y2="${f(y)}" stroke="${COLOURS.line}" stroke-width="1"/>`);
  }
  const rx = CELL_W / 2 - 8;
  const ry = Math.min(rowHeights[1]! / 2 - 8, 34);
  out.push(
    `<ellipse cx="${f(centre.x)}" cy="${f(centre.y)}" rx="${f(rx)}" ry="${f(ry)}" fill="${COLOURS.pupilBg}" stroke="${COLOURS.pupilBorder}" stroke-width="1.5"/>`,
    `<text x="${f(centre.x)}" y="${f(centre.y + 4)}" font-family="${FONT}" font-size="12" font-weight="bold" text-anchor="middle" fill="${COLOURS.title}">${escapeXml(labels.pupil)}</text>`,
  );
  for (const { col, row, cell } of positions) {
    const x = colLeft(col);
    const y = rowTop[row]!;
    const h = rowHeights[row]!;
    const titleH = PAD + cell.title.length * TITLE_LINE + PAD / 2;
    out.push(
      `<rect x="${f(x)}" y="${f(y)}" width="${f(CELL_W)}" height="${f(h)}" rx="4" fill="#ffffff" stroke="${COLOURS.border}" stroke-width="0.8"/>`,
      `<rect x="${f(x + 0.4)}" y="${f(y + 0.4)}" width="${f(CELL_W - 0.8)}" height="${f(titleH)}" rx="4" fill="${COLOURS.titleBg}"/>`,
    );
    cell.title.forEach((line, i) => {
      out.push(
        `<text x="${f(x + PAD)}" y="${f(y + PAD + (i + 1) * TITLE_LINE - 2.5)}" font-family="${FONT}" font-size="${TITLE_SIZE}" font-weight="bold" fill="${COLOURS.title}">${escapeXml(line)}</text>`,
      );
    });
    let ly = y + titleH + PAD / 2;
    for (const line of cell.lines) {
      ly += ITEM_LINE;
      const base = f(ly - 2);
      if (line.kind === 'more') {
        out.push(`<text x="${f(x + PAD)}" y="${base}" font-family="${FONT}" font-size="${ITEM_SIZE}" font-style="italic" fill="${COLOURS.text}">${escapeXml(line.text)}</text>`);
        continue;
      }
      if (line.first) {
        const sign = line.kind === 'resource' ? labels.resourceSign : labels.riskSign;
        const colour = line.kind === 'resource' ? COLOURS.resource : COLOURS.risk;
        out.push(`<text x="${f(x + PAD)}" y="${base}" font-family="${FONT}" font-size="${ITEM_SIZE + 1}" font-weight="bold" fill="${colour}">${escapeXml(sign)}</text>`);
      }
      out.push(`<text x="${f(x + PAD + SIGN_W)}" y="${base}" font-family="${FONT}" font-size="${ITEM_SIZE}" fill="${COLOURS.text}">${escapeXml(line.text)}</text>`);
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${out.join('')}</svg>`;
  return { svg, width: WIDTH, height };
}

function f(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
