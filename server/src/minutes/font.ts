/**
 * The minutes' one font, Roboto as pdfmake ships it (covers æ ø å), and how wide it sets a text:
 * the font's own advance widths and kerning, read with fontkit (the font engine pdfkit draws with),
 * so what the system model wraps is what the PDF prints. fontkit loads with the first measurement.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export const FONT_FAMILY = 'Roboto';
export const FONT_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
export type FontStyle = 'normal' | 'bold' | 'italics' | 'bolditalics';
/** pdfmake's font table; "bold" is Roboto Medium, as pdfmake's own examples set it. */
export const FONT_FILES: Record<FontStyle, string> = {
  normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
  bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
  italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
  bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
};

type Font = { unitsPerEm: number; layout(text: string): { advanceWidth: number } };
const fonts = new Map<FontStyle, Font>();

function fontFor(style: FontStyle): Font {
  let font = fonts.get(style);
  if (!font) {
    const fontkit = require('fontkit') as { create(buffer: Buffer): Font };
    font = fontkit.create(readFileSync(FONT_FILES[style]));
    fonts.set(style, font);
  }
  return font;
}

/** How wide `text` is at `size` points in the given style, in points. */
export function textWidth(text: string, size: number, style: FontStyle = 'normal'): number {
  if (!text) return 0;
  const font = fontFor(style);
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}
