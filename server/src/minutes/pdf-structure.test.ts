/**
 * The structure pass leans on a few of pdfmake's internals (listed in pdf-structure.ts). These tests
 * fail when they move: on an upgrade of pdfmake or pdfkit, when a text property stops reaching what
 * is drawn, or when something is drawn that the pass cannot place. What the finished documents look
 * like to a screen reader is tested in test/integration/pdf-structure.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONT_DIR, FONT_FAMILY, FONT_FILES } from './font';
import { PAGINATION_ARTIFACT, STRUCTURE_KEY, StructNode, finishPlan, installStructurePass, pdfmakeRenderer, taggedText, xmlText } from './pdf-structure';

const require = createRequire(import.meta.url);
type PdfMake = typeof import('pdfmake');
let pdfmake: PdfMake;
const work = mkdtempSync(join(tmpdir(), 'naervaer-pdf-pass-'));

beforeAll(async () => {
  pdfmake = (await import('pdfmake')) as unknown as PdfMake;
  pdfmake = ((pdfmake as unknown as { default?: PdfMake }).default ?? pdfmake) as PdfMake;
  pdfmake.setFonts({ [FONT_FAMILY]: FONT_FILES });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(FONT_DIR + '/'));
  installStructurePass(pdfmakeRenderer());
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
async function render(def: TDocumentDefinitions): Promise<string> {
  const file = join(work, `t-${++n}.pdf`);
  writeFileSync(file, await pdfmake.createPdf(def).getBuffer());
  return file;
}

/** A plan of one paragraph in a narrow column, whose single long word pdfmake must split over lines. */
function narrowParagraph(): { def: TDocumentDefinitions; root: StructNode } {
  const root = new StructNode('Document', { lang: 'nb-NO' });
  const p = root.add('P');
  finishPlan(root);
  const def = {
    tagged: true,
    version: '1.7',
    language: 'nb-NO',
    content: [{ columns: [{ width: 60, ...taggedText(p, 'Fraværsoppfølgingsrutinebeskrivelsen') }] }],
    footer: () => taggedText(PAGINATION_ARTIFACT, 'Side 1'),
    defaultStyle: { font: FONT_FAMILY },
  } as unknown as TDocumentDefinitions;
  return { def, root };
}

describe('The structure pass over pdfmake', () => {
  it('was written against pdfmake 0.3.11 and pdfkit 0.19.1: an upgrade must re-check the internals listed in pdf-structure.ts', () => {
    const pdfmakeDir = require.resolve('pdfmake/package.json');
    expect((require('pdfmake/package.json') as { version: string }).version).toBe('0.3.11');
    expect((createRequire(pdfmakeDir)('pdfkit/package.json') as { version: string }).version).toBe('0.19.1');
  });

  it("finds pdfmake's renderer with the methods it wraps", () => {
    const proto = pdfmakeRenderer().prototype as unknown as Record<string, unknown>;
    for (const method of ['renderPages', 'renderLine', 'renderVector', 'renderSVG', 'renderImage', 'renderAttachment', 'renderWatermark']) expect(typeof proto[method]).toBe('function');
  });

  it('puts every line of a text node, even the halves of a split word, into its element, and the footer outside the tree', async () => {
    const { def } = narrowParagraph();
    const file = await render(def);
    const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(tree).toMatch(/^Document\n {2}P \(block\)\n/);
    // pdfinfo prints each line of the element's text in quotes, one under another.
    const text = [...tree.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('');
    expect(text).toBe('Fraværsoppfølgingsrutinebeskrivelsen');
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Side 1');
  });

  it('refuses to draw a text that belongs to no element, instead of writing a file a screen reader reads wrong', async () => {
    const { def } = narrowParagraph();
    (def.content as unknown[]).push({ text: 'Uten element' });
    await expect(pdfmake.createPdf(def).getBuffer()).rejects.toThrow(/without a structure element/);
  });

  it('writes the title into the XMP metadata as XML text, and into the Info dictionary as it is', async () => {
    const { def } = narrowParagraph();
    def.info = { title: 'Ola & Kari <3 "skolen"' };
    const file = await render(def);
    const xmp = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Ola &amp; Kari &lt;3 &quot;skolen&quot;</rdf:li>');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Title:\s+Ola & Kari <3 "skolen"$/m);
  });

  it('declares PDF/UA-1 in the XMP metadata of a tagged document, and gives no font a CIDSet (the one pdfkit writes for PDF/UA leaves glyphs out)', async () => {
    const { def } = narrowParagraph();
    const file = await render(def);
    expect(execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' })).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    const objects = JSON.parse(execFileSync('qpdf', ['--json', file], { encoding: 'utf8' })).qpdf[1] as Record<string, { value?: Record<string, unknown> }>;
    const descriptors = Object.values(objects).filter((o) => o.value?.['/Type'] === '/FontDescriptor');
    expect(descriptors.length).toBeGreaterThan(0);
    for (const d of descriptors) expect(d.value).not.toHaveProperty('/CIDSet');
  });

  it('writes text into XML with its markup escaped and without the characters XML 1.0 cannot hold', () => {
    expect(xmlText(`Ola & Kari <3 "skolen" 'n'`)).toBe('Ola &amp; Kari &lt;3 &quot;skolen&quot; &apos;n&apos;');
    expect(xmlText('Tittel\u000b med\u0000 VT\u0007\uFFFE\uD800')).toBe('Tittel med VT');
    // Tab and line breaks are XML, and so are æ ø å, other scripts and characters outside the BMP.
    expect(xmlText('a\tb\nc\rd æøå 漢字 😀')).toBe('a\tb\nc\rd æøå 漢字 😀');
  });

  it('writes a title with a control character into well-formed XMP metadata, and into the Info dictionary as it is', async () => {
    const { def } = narrowParagraph();
    def.info = { title: 'Tittel\u000b med VT' };
    const file = await render(def);
    const xmp = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Tittel med VT</rdf:li>');
    expect(xmp).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('leaves a document not created tagged as pdfmake draws it: untagged', async () => {
    const file = await render({ content: [{ text: 'Bare tekst' }], defaultStyle: { font: FONT_FAMILY } });
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+no$/m);
  });

  it('refuses a document created tagged that carries no plan, instead of writing an empty structure tree', async () => {
    const def = { tagged: true, version: '1.7', content: [{ text: 'Bare tekst' }], defaultStyle: { font: FONT_FAMILY } } as unknown as TDocumentDefinitions;
    await expect(pdfmake.createPdf(def).getBuffer()).rejects.toThrow(/carries no structure plan/);
  });

  for (const [what, extra, message] of [
    ['a link', (p: StructNode) => ({ text: [{ text: 'lenke', link: 'https://example.org', [STRUCTURE_KEY]: p }] }), /no element for a link/],
    ['a bookmark', (p: StructNode) => ({ ...taggedText(p, 'Bokmerke'), outline: true }), /no element for an outline/],
    ['a named destination', (p: StructNode) => ({ ...taggedText(p, 'Mål'), id: 'maal' }), /no element for a named destination/],
  ] as const) {
    it(`refuses ${what} in a tagged document: it would be drawn outside the tree`, async () => {
      const { def, root } = narrowParagraph();
      (def.content as unknown[]).push(extra(root.children[0]!));
      await expect(pdfmake.createPdf(def).getBuffer()).rejects.toThrow(message);
    });
  }

  it('refuses a watermark in a tagged document', async () => {
    const { def } = narrowParagraph();
    def.watermark = { text: 'UTKAST' };
    await expect(pdfmake.createPdf(def).getBuffer()).rejects.toThrow(/no element for a watermark/);
  });

  it('carries the plan on the text item under a string key (pdfmake copies own enumerable keys, not symbols)', () => {
    const root = finishPlan(new StructNode('Document'));
    const node = taggedText(root.add('P'), 'x');
    expect(Object.keys(node.text[0]!)).toEqual(['text', STRUCTURE_KEY]);
  });
});
