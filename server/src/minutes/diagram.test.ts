/**
 * The system model's labels fit their boxes as the PDF prints them: every line of text is measured
 * again with pdfkit (the library pdfmake draws with) in the face the PDF uses for it, and must end
 * inside its box.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { MappingItem, MappingSummary } from '@naervaer/shared/mapping';
import { systemModelSvg } from './diagram';
import { FONT_FILES, type FontStyle } from './font';

const pdfmakeRequire = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
type PdfKitDoc = { font(path: string): PdfKitDoc; fontSize(size: number): PdfKitDoc; widthOfString(text: string): number };
const PDFDocument = pdfmakeRequire('pdfkit') as new () => PdfKitDoc;
const pdfkit = new PDFDocument();

/** How wide pdfkit sets a text: the renderer's own measurement, not ours. */
function printedWidth(text: string, size: number, style: FontStyle): number {
  return pdfkit.font(FONT_FILES[style]).fontSize(size).widthOfString(text);
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function item(id: string, kind: MappingItem['kind'], text: string): MappingItem {
  return { id, areaId: 'school', kind, text };
}

// Capitals, M and W, Æ Ø Å and digits: what a table of guessed widths set too narrow.
const summary: MappingSummary = {
  areas: ['SKOLE OG MILJØ MED MANGE MENNESKER', 'Hjem og familie', 'WWW MMM ÆØÅ'].map((name, a) => ({
    area: { id: `area-${a}`, name },
    resources: [
      item(`r${a}1`, 'resource', 'MØTER MED MORMOR HVER MÅNED OG MAMMA SOM MØTER OPP'),
      item(`r${a}2`, 'resource', 'Mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm'),
    ],
    risks: [item(`k${a}1`, 'risk', 'WWW 2026 ÆØÅ ÅØÆ MMMMMMMMMMMMMMM WAWAWAWAWAWAWA'), item(`k${a}2`, 'risk', 'Får ikke sove, er våken til 02:00 hver natt')],
  })),
  unknownArea: [],
  totals: { resources: 6, risks: 6 },
};

describe('the system model in the minutes', () => {
  it('sets every label inside its box, measured as the PDF prints it', () => {
    const { svg } = systemModelSvg(summary, { pupil: 'Eleven', resourceSign: '+', riskSign: '−', more: (n) => `… og ${n} til` });
    const boxes = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="4" fill="#ffffff"/g)].map((m) => ({
      left: Number(m[1]),
      top: Number(m[2]),
      right: Number(m[1]) + Number(m[3]),
      bottom: Number(m[2]) + Number(m[4]),
    }));
    expect(boxes).toHaveLength(3);
    const texts = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*font-size="([\d.]+)"([^>]*)>([^<]*)<\/text>/g)];
    let measured = 0;
    for (const [, x, y, size, attributes, raw] of texts) {
      const box = boxes.find((b) => Number(x) > b.left && Number(x) < b.right && Number(y) > b.top && Number(y) < b.bottom);
      if (!box) continue; // the pupil in the middle
      const bold = attributes!.includes('font-weight="bold"');
      const italic = attributes!.includes('font-style="italic"');
      const style: FontStyle = bold ? (italic ? 'bolditalics' : 'bold') : italic ? 'italics' : 'normal';
      const end = Number(x) + printedWidth(decode(raw!), Number(size), style);
      expect(end, `"${raw}" ends at ${end.toFixed(1)}, its box at ${box.right.toFixed(1)}`).toBeLessThanOrEqual(box.right - 6);
      measured++;
    }
    // The titles, the signs and the lines of every item were measured.
    expect(measured).toBeGreaterThan(40);
  });
});
