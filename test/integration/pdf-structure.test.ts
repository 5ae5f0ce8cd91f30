/**
 * Every PDF we hand out is a tagged PDF (PDF/UA), read back the way a screen reader reads it: the
 * structure tree with qpdf's JSON, the text of each marked-content sequence from the page content
 * decoded through the fonts' ToUnicode maps, in the tree's order. That text must equal what the HTML
 * preview (client/src/minutes/DocumentPreview.tsx) of the same layout model says; the tree must have
 * the shape the model asks for; and everything else on the pages (running header, footer, page
 * numbers, rules, backgrounds, bullets) must be marked as an artifact.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fullExampleMeeting, anonymousExampleMeeting } from '@naervaer/shared/fixtures';
import { intlLocale } from '@naervaer/shared/i18n';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import { type DocBlock, type DocModel, type MinutesDocument, type RecipientKind, recipientKindsFor } from '@naervaer/shared/minutes';
import { documentModel } from '@naervaer/server/minutes/index';
import { renderPdf } from '@naervaer/server/minutes/pdf';
import type { MeetingRow } from '@naervaer/server/storage/storage';
import { DocumentPreview } from '../../client/src/minutes/DocumentPreview';
import { removeDir } from '../support/server';

const work = mkdtempSync(join(tmpdir(), 'naervaer-pdf-structure-'));
afterAll(() => removeDir(work));
let fileNo = 0;

// ── Reading a PDF with qpdf ─────────────────────────────────────────────────────────────────────

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Dict = { [key: string]: Json };
type QpdfObject = { value?: Json; stream?: { dict: Dict; data?: string } };

const isRef = (v: Json | undefined): v is string => typeof v === 'string' && /^\d+ \d+ R$/.test(v);

/** A PDF's objects as qpdf's JSON (version 2) gives them, with streams decoded. */
class PdfFile {
  private readonly objects: Record<string, QpdfObject>;
  readonly file: string;

  constructor(pdf: Buffer) {
    this.file = join(work, `doc-${++fileNo}.pdf`);
    writeFileSync(this.file, pdf);
    const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-stream-data=inline', '--decode-level=all', this.file], { encoding: 'utf8', maxBuffer: 256 << 20 }));
    this.objects = json.qpdf[1];
  }

  /** A dictionary, following a reference (a stream's dictionary for a stream). */
  dict(v: Json | undefined): Dict {
    if (isRef(v)) {
      const obj = this.objects[`obj:${v}`];
      return (obj?.stream?.dict ?? (obj?.value as Dict | undefined)) ?? {};
    }
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  }

  /** A value, following a reference. */
  value(v: Json | undefined): Json | undefined {
    return isRef(v) ? this.objects[`obj:${v}`]?.value : v;
  }

  stream(ref: Json | undefined): Buffer {
    const data = isRef(ref) ? this.objects[`obj:${ref}`]?.stream?.data : undefined;
    if (data === undefined) throw new Error(`no stream at ${String(ref)}`);
    return Buffer.from(data, 'base64');
  }

  get trailer(): Dict {
    return this.dict(this.objects.trailer?.value);
  }

  get catalog(): Dict {
    return this.dict(this.trailer['/Root']);
  }

  get info(): Dict {
    return this.dict(this.trailer['/Info']);
  }

  /** The descriptor of every font the pages use (a Type0 font's through its descendant). */
  fontDescriptors(): Dict[] {
    const fonts = new Map<string, Dict>();
    for (const page of this.pages()) {
      for (const [name, ref] of Object.entries(this.dict(this.dict(this.dict(page)['/Resources'])['/Font']))) {
        const font = this.dict(ref);
        const descendant = this.dict((this.value(font['/DescendantFonts']) as Json[] | undefined)?.[0]);
        const descriptor = this.dict(descendant['/FontDescriptor'] ?? font['/FontDescriptor']);
        fonts.set(isRef(ref) ? ref : name, descriptor);
      }
    }
    return [...fonts.values()];
  }

  /** The page references in order. */
  pages(node: Json | undefined = this.catalog['/Pages']): string[] {
    const d = this.dict(node);
    if (d['/Type'] === '/Page') return [node as string];
    return ((d['/Kids'] as Json[]) ?? []).flatMap((kid) => this.pages(kid));
  }
}

/** A text string as qpdf writes it: "u:" text, or "b:" bytes. */
function str(v: Json | undefined): string | undefined {
  if (typeof v !== 'string') return undefined;
  if (v.startsWith('u:')) return v.slice(2);
  if (v.startsWith('b:')) return Buffer.from(v.slice(2), 'hex').toString('latin1');
  return undefined;
}

// ── The page content: which text and which drawing sits in which marked-content sequence ──────────

type Operand = number | { name: string } | { bytes: Buffer } | Operand[] | { dict: Record<string, Operand> };
type PageContent = {
  /** Text of each marked-content sequence with an MCID, in drawing order. */
  byMcid: Map<number, string>;
  /** Text drawn inside artifacts. */
  artifactText: string[];
  /** Operators that draw something outside any marked content (must be none). */
  unmarked: string[];
};

/** The content stream's operators with their operands (enough of the syntax for what pdfkit writes). */
function* operations(src: string): Generator<{ op: string; args: Operand[] }> {
  let i = 0;
  const stack: Operand[][] = [[]];
  const dictKeys: (string | null)[] = [];
  const push = (v: Operand) => stack[stack.length - 1]!.push(v);
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '%') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '[') {
      stack.push([]);
      i++;
    } else if (c === ']') {
      const arr = stack.pop()!;
      push(arr);
      i++;
    } else if (src.startsWith('<<', i)) {
      stack.push([]);
      dictKeys.push(null);
      i += 2;
    } else if (src.startsWith('>>', i)) {
      const items = stack.pop()!;
      dictKeys.pop();
      const dict: Record<string, Operand> = {};
      for (let k = 0; k + 1 < items.length; k += 2) dict[(items[k] as { name: string }).name] = items[k + 1]!;
      push({ dict });
      i += 2;
    } else if (c === '<') {
      const end = src.indexOf('>', i);
      push({ bytes: Buffer.from(src.slice(i + 1, end).replace(/\s/g, ''), 'hex') });
      i = end + 1;
    } else if (c === '(') {
      let depth = 1;
      let out = '';
      i++;
      while (depth > 0) {
        const ch = src[i++]!;
        if (ch === '\\') {
          const next = src[i++]!;
          const esc: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
          if (/[0-7]/.test(next)) {
            let oct = next;
            while (oct.length < 3 && /[0-7]/.test(src[i]!)) oct += src[i++];
            out += String.fromCharCode(parseInt(oct, 8));
          } else out += esc[next] ?? next;
        } else if (ch === '(') {
          depth++;
          out += ch;
        } else if (ch === ')') {
          if (--depth > 0) out += ch;
        } else out += ch;
      }
      push({ bytes: Buffer.from(out, 'latin1') });
    } else if (c === '/') {
      const m = /^\/[^\s/[\]<>(){}%]*/.exec(src.slice(i, i + 200))!;
      push({ name: m[0].slice(1) });
      i += m[0].length;
    } else if (/[-+.\d]/.test(c)) {
      const m = /^[-+]?(\d+\.?\d*|\.\d+)/.exec(src.slice(i, i + 40))!;
      push(Number(m[0]));
      i += m[0].length;
    } else {
      const m = /^[A-Za-z'"*]+/.exec(src.slice(i, i + 10));
      if (!m) throw new Error(`cannot read the content stream at ${JSON.stringify(src.slice(i, i + 20))}`);
      i += m[0].length;
      yield { op: m[0], args: stack[0]!.splice(0) };
    }
  }
}

/** A ToUnicode CMap as pdfkit writes it (bfrange with arrays, or bfchar). */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  // A ligature maps to several code units, written with spaces between them: <0066 0069>.
  const utf16 = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const line of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g)) {
      const lo = parseInt(line[1]!, 16);
      const hi = parseInt(line[2]!, 16);
      const dst = line[3]!;
      if (dst.startsWith('[')) {
        [...dst.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((m, k) => map.set(lo + k, utf16(m[1]!)));
      } else {
        const start = parseInt(dst.slice(1, -1).replace(/\s/g, ''), 16);
        for (let code = lo; code <= hi; code++) map.set(code, String.fromCharCode(start + code - lo));
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const line of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(parseInt(line[1]!, 16), utf16(line[2]!));
  }
  return map;
}

const PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'BI']);
const SHOWING = new Set(['Tj', 'TJ', "'", '"']);

function readPage(pdf: PdfFile, pageRef: string): PageContent {
  const page = pdf.dict(pageRef);
  const fonts = pdf.dict(pdf.dict(page['/Resources'])['/Font']);
  const maps = new Map<string, Map<number, string>>();
  const fontMap = (name: string) => {
    let map = maps.get(name);
    if (!map) {
      const font = pdf.dict(fonts[`/${name}`]);
      map = font['/ToUnicode'] ? toUnicode(pdf.stream(font['/ToUnicode']).toString('latin1')) : new Map();
      maps.set(name, map);
    }
    return map;
  };
  const contents = Array.isArray(page['/Contents']) ? page['/Contents'] : [page['/Contents']!];
  const src = contents.map((ref) => pdf.stream(ref).toString('latin1')).join('\n');

  const result: PageContent = { byMcid: new Map(), artifactText: [], unmarked: [] };
  const marks: { tag: string; mcid?: number }[] = [];
  let font = new Map<number, string>();
  const decode = (bytes: Buffer) => {
    let out = '';
    for (let k = 0; k + 1 < bytes.length; k += 2) out += font.get(bytes.readUInt16BE(k)) ?? '\uFFFD';
    return out;
  };
  for (const { op, args } of operations(src)) {
    if (op === 'BDC' || op === 'BMC') {
      const props = args[1] && typeof args[1] === 'object' && 'dict' in args[1] ? args[1].dict : {};
      marks.push({ tag: (args[0] as { name: string }).name, ...(typeof props.MCID === 'number' ? { mcid: props.MCID } : {}) });
    } else if (op === 'EMC') {
      marks.pop();
    } else if (op === 'Tf') {
      font = fontMap((args[0] as { name: string }).name);
    } else if (SHOWING.has(op) || PAINTING.has(op)) {
      const inArtifact = marks.some((m) => m.tag === 'Artifact');
      const mcid = [...marks].reverse().find((m) => m.mcid !== undefined)?.mcid;
      const strings = op === 'TJ' ? (args[0] as Operand[]) : SHOWING.has(op) ? [args[args.length - 1]!] : [];
      const text = strings.map((s) => (typeof s === 'object' && 'bytes' in s ? decode(s.bytes) : '')).join('');
      if (inArtifact) {
        if (text) result.artifactText.push(text);
      } else if (mcid !== undefined) {
        result.byMcid.set(mcid, (result.byMcid.get(mcid) ?? '') + text);
      } else {
        result.unmarked.push(text ? `${op} "${text}"` : op);
      }
    }
  }
  return result;
}

// ── The structure tree ────────────────────────────────────────────────────────────────────────────

type Content = { page: string; mcid: number };
type Elem = { role: string; lang?: string; alt?: string; scope?: string; kids: (Elem | Content)[] };

function readTree(pdf: PdfFile): Elem | null {
  const root = pdf.catalog['/StructTreeRoot'];
  if (!root) return null;
  const element = (ref: Json): Elem => {
    const d = pdf.dict(ref);
    const a = pdf.dict(d['/A']);
    const kids = (Array.isArray(d['/K']) ? d['/K'] : d['/K'] === undefined ? [] : [d['/K']]).flatMap((k): (Elem | Content)[] => {
      if (typeof k === 'number') return [{ page: d['/Pg'] as string, mcid: k }];
      const kd = pdf.dict(k);
      if (kd['/Type'] === '/MCR') return [{ page: (kd['/Pg'] ?? d['/Pg']) as string, mcid: kd['/MCID'] as number }];
      if (kd['/S']) return [element(k)];
      return [];
    });
    return {
      role: String(d['/S']).slice(1),
      ...(str(d['/Lang']) ? { lang: str(d['/Lang'])! } : {}),
      ...(str(d['/Alt']) ? { alt: str(d['/Alt'])! } : {}),
      ...(typeof a['/Scope'] === 'string' ? { scope: a['/Scope'].slice(1) } : {}),
      kids,
    };
  };
  const k = pdf.dict(root)['/K'];
  const top = Array.isArray(k) ? k : [k!];
  expect(top).toHaveLength(1);
  return element(top[0]!);
}

const isElem = (k: Elem | Content): k is Elem => 'role' in k;

/** The tree's shape, e.g. `Document(H1,P,Sect(H2,P))`. */
function shape(e: Elem): string {
  const kids = e.kids.filter(isElem);
  return kids.length ? `${e.role}(${kids.map(shape).join(',')})` : e.role;
}

/**
 * What a screen reader reads, element by element in tree order: a Figure by its alternative text,
 * every other element by the text of its marked content. The lines of one element are joined as
 * drawn (each ends with its space); elements are separated by a space.
 */
function spoken(e: Elem, pages: Map<string, PageContent>): string[] {
  if (e.role === 'Figure') return [e.alt ?? ''];
  const out: string[] = [];
  let own = '';
  for (const kid of e.kids) {
    if (isElem(kid)) out.push(...spoken(kid, pages));
    else own += pages.get(kid.page)?.byMcid.get(kid.mcid) ?? `[missing MCID ${kid.mcid}]`;
  }
  return own ? [own, ...out] : out;
}

function collect(e: Elem, role: string): Elem[] {
  return [...(e.role === role ? [e] : []), ...e.kids.filter(isElem).flatMap((k) => collect(k, role))];
}

// ── What the model asks for ───────────────────────────────────────────────────────────────────────

const times = (n: number, s: string) => Array.from({ length: n }, () => s).join(',');

/** The tree a model must give, written from the model's meaning (not from pdf.ts). */
function expectedShape(model: DocModel): string {
  const block = (b: DocBlock): string => {
    switch (b.type) {
      case 'paragraph':
        return 'P';
      case 'subheading':
        return 'H3';
      case 'list':
        return `L(${times(b.items.length, 'LI(LBody)')})`;
      case 'fields':
        return `L(${times(b.rows.length, 'LI(Lbl,LBody)')})`;
      case 'table':
        return `Table(THead(TR(${times(b.columns.length, 'TH')})),TBody(${times(b.rows.length, `TR(${times(b.columns.length, 'TD')})`)}))`;
      case 'diagram':
        return 'Figure';
      case 'signatures':
        return `L(${times(b.lines.length, 'LI(LBody(P,P))')})`;
    }
  };
  const top = ['H1', ...model.subtitle.map(() => 'P'), 'P', ...(model.notice ? ['P'] : []), ...model.sections.map((s) => `Sect(${['H2', ...s.blocks.map(block)].join(',')})`)];
  return `Document(${top.join(',')})`;
}

/** All the text of a model, for counting its words. */
function modelText(model: DocModel): string {
  const block = (b: DocBlock): string[] => {
    switch (b.type) {
      case 'paragraph':
      case 'subheading':
        return [b.text];
      case 'list':
        return b.items;
      case 'fields':
        return b.rows.flatMap((r) => [r.label, r.value]);
      case 'table':
        return [...b.columns.map((c) => c.header), ...b.rows.flat()];
      case 'diagram':
        return [b.description];
      case 'signatures':
        return b.lines;
    }
  };
  return [model.title, ...model.subtitle, ...model.status, model.notice ?? '', ...model.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(block)])].join(' ');
}

// ── The HTML preview's text ──────────────────────────────────────────────────────────────────────

const fromClient = createRequire(new URL('../../client/package.json', import.meta.url));
// React comes from the client's own dependencies (the test package does not depend on it).
const { createElement } = fromClient('react') as { createElement: (type: typeof DocumentPreview, props: { model: DocModel }) => unknown };
const { renderToStaticMarkup } = fromClient('react-dom/server') as { renderToStaticMarkup: (element: unknown) => string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: ' ' };
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * What a screen reader reads of the preview: the text, without what is aria-hidden, with the figure
 * (role="img") read by its name, the element its aria-labelledby points to. The preview writes the
 * lines to sign on as underscores where the PDF draws them, and "Dato:" where the PDF prints "Dato"
 * above its line: those marks are taken out.
 */
function previewText(model: DocModel): string {
  let html = renderToStaticMarkup(createElement(DocumentPreview, { model }));
  const names = new Map<string, string>();
  // aria-hidden elements (the figure's printed caption) are not read; each is a <p> of plain text here.
  html = html.replace(/<p id="([^"]+)"[^>]*aria-hidden="true"[^>]*>([^<]*)<\/p>/g, (_: string, id: string, text: string) => {
    names.set(id, text);
    return ' ';
  });
  expect(html, 'an aria-hidden element this reader does not know').not.toContain('aria-hidden');
  html = html.replace(/<div role="img" aria-labelledby="([^"]+)"[^>]*>[\s\S]*?<\/svg><\/div>/g, (_: string, id: string) => ` ${names.get(id) ?? `[no element ${id}]`} `);
  expect(html, 'an image this reader does not know').not.toContain('role="img"');
  html = html.replace(/ _{3,} /g, ' ').replace(/: _{3,}/g, ' ');
  const text = html.replace(/<[^>]+>/g, ' ').replace(/&(#x27|#39|amp|lt|gt|quot|nbsp);/g, (_: string, e: string) => ENTITIES[e]!);
  return fold(text);
}

// ── The documents ────────────────────────────────────────────────────────────────────────────────

const MEETING: MeetingRow = {
  id: 'm-structure',
  kind: 'named',
  title: 'Samarbeidsmøte for Sofie, 6B',
  school: 'Bråtåsen skole',
  startsAt: '2025-11-20T08:30:00+01:00',
  language: 'nb',
  facilitatorId: 'f-1',
  createdAt: '2025-11-01T08:00:00Z',
};
const ANONYMOUS: MeetingRow = { ...MEETING, id: 'm-anon', kind: 'anonymous', title: 'Anonym drøfting, 9. trinn' };
const ON_DATE = '2025-11-20';
const VERSION = { version: 1, finalizedAt: '2025-11-21T10:00:00.000Z' };
const CREATED = new Date(VERSION.finalizedAt);

type Case = { name: string; model: DocModel };

function cases(): Case[] {
  const out: Case[] = [];
  const add = (name: string, document: MinutesDocument, meeting: MeetingRow, content: MeetingContent, options: Parameters<typeof documentModel>[3]) =>
    out.push({ name, model: documentModel(document, meeting, content, { onDate: ON_DATE, ...options }) });
  for (const language of ['nb', 'nn', 'en'] as const) {
    for (const document of ['minutes', 'agreement', 'child'] as const) add(`the ${document} in ${language} (draft)`, document, MEETING, fullExampleMeeting(), { language });
    add(`the anonymous consultation's minutes in ${language}`, 'minutes', ANONYMOUS, anonymousExampleMeeting(), { language });
  }
  for (const kind of recipientKindsFor('named') as readonly RecipientKind[]) {
    const recipient = { name: `Mottaker ${kind}`, kind };
    for (const document of ['minutes', 'agreement', 'child'] as const) {
      const model = documentModel(document, MEETING, fullExampleMeeting(), { recipient, version: VERSION, onDate: ON_DATE });
      // A service without consent gets the minutes' frame only (service.ts refuses it the others).
      if (model.variant === 'withheld' && document !== 'minutes') continue;
      out.push({ name: `${kind}'s copy of the ${document} (${model.variant})`, model });
    }
  }
  add("the archive's copy of the anonymous minutes", 'minutes', ANONYMOUS, anonymousExampleMeeting(), { recipient: { name: 'Arkiv', kind: 'archive' }, version: VERSION });
  for (const document of ['minutes', 'child'] as const) add(`the ${document} with line breaks typed in the notes`, document, MEETING, withLineBreaks(), { language: 'nb' });
  out.push(...tallBlocks(out.find((c) => c.name === 'the minutes in nb (draft)')!.model, out.find((c) => c.name === 'the child in nb (draft)')!.model));
  return out;
}

/** Numbered words, each found once: `ord0 ord1 …`. */
const words = (n: number, prefix = 'ord') => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

/** Sections whose first block is taller than a page, after a heading (pdfmake once dropped them whole). */
function tallBlocks(minutes: DocModel, child: DocModel): Case[] {
  const section = (heading: string, ...blocks: DocBlock[]) => [...minutes.sections.slice(0, 1), { id: 'tall', heading, blocks }, ...minutes.sections.slice(1, 2)];
  return [
    { name: 'a heading over a paragraph of 1,500 words', model: { ...minutes, sections: section('Langt notat', { type: 'paragraph', text: words(1500) }) } },
    { name: 'a heading over a label–value row of 700 words', model: { ...minutes, sections: section('Felt', { type: 'fields', rows: [{ label: 'Notat', value: words(700) }] }) } },
    { name: 'a heading over 20 signature lines', model: { ...minutes, sections: section('Underskrifter', { type: 'signatures', lines: Array.from({ length: 20 }, (_, i) => `Rolle${i}`), signLabel: 'Signatur', dateLabel: 'Dato' }) } },
    { name: 'in large print, a heading over a label–value row of 250 words', model: { ...child, sections: [...child.sections.slice(0, 1), { id: 'tall', heading: 'Felt', blocks: [{ type: 'fields', rows: [{ label: 'Notat', value: words(250) }] }] }] } },
    {
      name: 'a table of 150 rows over several pages, its header row repeated on each',
      model: { ...minutes, sections: section('Tabell', { type: 'table', columns: [{ header: 'Navn', width: 'fill' }, { header: 'Rolle', width: 'fill' }], rows: Array.from({ length: 150 }, (_, i) => [`Person${i}`, `Rolle${i}`]) }) },
    },
  ];
}

/** The example meeting with line breaks typed in a paragraph, a label–value row, a list item and a table cell. */
function withLineBreaks(): MeetingContent {
  const content = fullExampleMeeting();
  content.notes.welcome = 'Mor sier:\nHan sover dårlig.\n\nFar:\r\nDet går bedre nå. \nSkolen:\tenig';
  content.notes.purpose = '\nIngrid fortalte om bekymringen.\n';
  content.information.pupilVoice.note = 'Tre ønsker:\n1. Sitte ved Åse\n2. Pause i storefri';
  content.understanding.factors.attention.note = 'Far er hjemme\nannenhver uke';
  content.information.pupilNow = 'Vanskeligst:\nom morgenen';
  content.childChecklists.before.safePlan.note = 'Ved døra\nnær Åse';
  return content;
}

const all = cases();

describe('Every PDF we hand out', () => {
  it('covers the three documents, every language, a withheld and an anonymous copy, and the large print', () => {
    const models = all.map((c) => c.model);
    expect(new Set(models.map((m) => m.document))).toEqual(new Set(['minutes', 'agreement', 'child']));
    expect(new Set(models.map((m) => m.language))).toEqual(new Set(['nb', 'nn', 'en']));
    expect(new Set(models.map((m) => m.variant))).toEqual(new Set(['full', 'withheld', 'anonymous']));
    expect(models.some((m) => m.large)).toBe(true);
    expect(models.some((m) => m.sections.some((s) => s.blocks.some((b) => b.type === 'diagram')))).toBe(true);
  });

  it('describes the system model in its text alternative: each area of the mapping, with how many resources and risks it holds', () => {
    const content = fullExampleMeeting();
    const model = documentModel('minutes', MEETING, content, { language: 'nb', onDate: ON_DATE });
    const description = model.sections.flatMap((s) => s.blocks).find((b) => b.type === 'diagram')!.description;
    let described = 0;
    for (const area of content.areas) {
      const items = content.mapping.filter((m) => m.areaId === area.id);
      const resources = items.filter((m) => m.kind === 'resource').length;
      const risks = items.filter((m) => m.kind === 'risk').length;
      if (!items.length) continue;
      described++;
      expect(description).toContain(`${area.name} (${resources} ${resources === 1 ? 'ressurs' : 'ressurser'}, ${risks} ${risks === 1 ? 'risiko' : 'risikoer'})`);
    }
    expect(described).toBeGreaterThan(2);
  });

  for (const { name, model } of all) {
    it(`is tagged and reads right: ${name}`, async () => {
      const pdf = new PdfFile(await renderPdf(model, CREATED));
      const language = intlLocale(model.language);

      // Tagged, in the document's language, with its title shown in the window and PDF/UA declared.
      expect(execFileSync('pdfinfo', [pdf.file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
      expect(pdf.dict(pdf.catalog['/MarkInfo'])['/Marked']).toBe(true);
      expect(str(pdf.catalog['/Lang'])).toBe(language);
      expect(pdf.dict(pdf.catalog['/ViewerPreferences'])['/DisplayDocTitle']).toBe(true);
      expect(str(pdf.value(pdf.info['/Title']))).toBe(model.title);
      expect(pdf.stream(pdf.catalog['/Metadata']).toString('utf8')).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
      // No font carries a CIDSet: pdfkit's (for `subset: 'PDF/UA'`) leaves out the parts of æ, ø and å,
      // and PDF/UA rejects a CIDSet that does not list every glyph (it accepts none).
      const descriptors = pdf.fontDescriptors();
      expect(descriptors.length).toBeGreaterThan(0);
      for (const d of descriptors) expect(Object.keys(d), `${String(d['/FontName'])} has a CIDSet`).not.toContain('/CIDSet');

      // The tree has the model's shape: headings in the agenda's order, lists, tables, the figure.
      const tree = readTree(pdf)!;
      expect(tree, 'no structure tree').not.toBeNull();
      expect(tree.lang).toBe(language);
      expect(shape(tree)).toBe(expectedShape(model));
      for (const th of collect(tree, 'TH')) expect(th.scope).toBe('Column');
      const diagrams = model.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'diagram');
      const figures = collect(tree, 'Figure');
      expect(figures.map((f) => f.alt)).toEqual(diagrams.map((d) => d.description));
      for (const f of figures) expect(f.kids.some((k) => !isElem(k)), 'the figure holds its drawing').toBe(true);

      // Nothing is drawn outside marked content; the running header and footer are artifacts.
      const pageRefs = pdf.pages();
      const pages = new Map(pageRefs.map((ref) => [ref, readPage(pdf, ref)]));
      pageRefs.forEach((ref, i) => {
        const page = pages.get(ref)!;
        expect(page.unmarked, `page ${i + 1} draws outside marked content`).toEqual([]);
        const artifacts = fold(page.artifactText.join(''));
        expect(artifacts).toContain(fold(model.pageLabel.replace('{{page}}', String(i + 1)).replace('{{pages}}', String(pageRefs.length))));
        expect(artifacts).toContain(fold(model.runningTitle));
      });

      // Every marked sequence belongs to the tree, and the tree's text is the preview's.
      const claimed = new Set<string>();
      const walk = (e: Elem): void => e.kids.forEach((k) => (isElem(k) ? walk(k) : claimed.add(`${k.page}#${k.mcid}`)));
      walk(tree);
      for (const [ref, page] of pages) for (const mcid of page.byMcid.keys()) expect(claimed.has(`${ref}#${mcid}`), `MCID ${mcid} on ${ref} is in the tree`).toBe(true);

      // Every word of the model is printed (pdfmake once dropped a block taller than a page, silently).
      const printed = new Set(execFileSync('pdftotext', [pdf.file, '-'], { encoding: 'utf8' }).split(/\s+/));
      const missing = fold(modelText(model)).split(' ').filter((w) => /^(ord|Rolle|Person)\d+$/.test(w) && !printed.has(w));
      expect(missing, 'words of the model missing from the page').toEqual([]);

      // No page ends with a heading: the last thing drawn on each page but the last is not H1, H2 or H3.
      const roleOf = new Map<string, string>();
      const mark = (e: Elem): void => e.kids.forEach((k) => (isElem(k) ? mark(k) : roleOf.set(`${k.page}#${k.mcid}`, e.role)));
      mark(tree);
      pageRefs.slice(0, -1).forEach((ref, i) => {
        const last = [...pages.get(ref)!.byMcid.keys()].pop();
        expect(roleOf.get(`${ref}#${last}`), `page ${i + 1} ends with a heading`).not.toMatch(/^H\d$/);
      });

      const headings = ['H1', 'H2', 'H3'].flatMap((role) => collect(tree, role)).length;
      expect(headings).toBe(1 + model.sections.length + model.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'subheading').length);
      expect(fold(spoken(tree, pages).join(' '))).toBe(previewText(model));
    });
  }
});

describe('What a screen-reader user hears', () => {
  it('a table over several pages: its header row once, where the table starts; repeated on later pages, it is an artifact', async () => {
    const model = all.find((c) => c.name.startsWith('a table of 150 rows'))!.model;
    const pdf = new PdfFile(await renderPdf(model, CREATED));
    const refs = pdf.pages();
    const pages = new Map(refs.map((ref) => [ref, readPage(pdf, ref)]));
    const table = collect(readTree(pdf)!, 'Table').find((t) => collect(t, 'TR').length === 151)!;
    const th = collect(table, 'TH');
    expect(th.map((h) => fold(spoken(h, pages).join(' ')))).toEqual(['Navn', 'Rolle']);
    const rows = collect(table, 'TD').flatMap((td) => td.kids.filter((k): k is Content => !isElem(k)));
    const tablePages = [...new Set(rows.map((k) => k.page))];
    expect(tablePages.length).toBeGreaterThan(2);
    for (const ref of tablePages.slice(1)) expect(pages.get(ref)!.artifactText.join(' ')).toMatch(/Navn.*Rolle/);
  });

  it('the system model\'s description once, in the PDF and in the preview, though it is also printed under the figure', async () => {
    const model = all.find((c) => c.name === 'the minutes in nb (draft)')!.model;
    const { description } = model.sections.flatMap((s) => s.blocks).find((b) => b.type === 'diagram')!;
    const pdf = new PdfFile(await renderPdf(model, CREATED));
    const heard = fold(spoken(readTree(pdf)!, new Map(pdf.pages().map((ref) => [ref, readPage(pdf, ref)]))).join(' '));
    expect(heard.split(fold(description)).length - 1).toBe(1);
    expect(previewText(model).split(fold(description)).length - 1).toBe(1);
    // Printed, it is there for the eye: under the drawing on the page, and in the preview.
    expect(fold(execFileSync('pdftotext', [pdf.file, '-'], { encoding: 'utf8' }))).toContain(fold(description).slice(0, 60));
    expect(renderToStaticMarkup(createElement(DocumentPreview, { model }))).toContain(`>${description.replace(/&/g, '&amp;')}</p>`);
  });

  it('a line break typed in a note as a break between the words, not one word made of two', async () => {
    const model = all.find((c) => c.name === 'the minutes with line breaks typed in the notes')!.model;
    const pdf = new PdfFile(await renderPdf(model, CREATED));
    const heard = fold(spoken(readTree(pdf)!, new Map(pdf.pages().map((ref) => [ref, readPage(pdf, ref)]))).join(' '));
    for (const words of ['Mor sier: Han sover dårlig. Far: Det går bedre nå. Skolen: enig', 'Tre ønsker: 1. Sitte ved Åse 2. Pause i storefri', 'Far er hjemme annenhver uke', 'Ved døra nær Åse']) expect(heard).toContain(words);
    // The page shows the break: pdftotext finds the words on two lines.
    expect(execFileSync('pdftotext', ['-raw', pdf.file, '-'], { encoding: 'utf8' })).toMatch(/Mor sier:\s*\n\s*Han sover dårlig/);
  });

  it('in the minutes: the title, where and when, the status, then each section heading with its content in the agenda order', async () => {
    const model = all.find((c) => c.name === 'the minutes in nb (draft)')!.model;
    const pdf = new PdfFile(await renderPdf(model, CREATED));
    const tree = readTree(pdf)!;
    const pages = new Map(pdf.pages().map((ref) => [ref, readPage(pdf, ref)]));
    const heard = spoken(tree, pages).map(fold);
    expect(heard.slice(0, 6)).toEqual(['Referat: Samarbeidsmøte for Sofie, 6B', 'Samarbeidsmøte med elev og foresatte', 'Bråtåsen skole, 20. november 2025', 'Utkast, ikke ferdigstilt', 'Om møtet', 'Skole']);
    // The headings alone (what a heading list shows), in the order of the sections.
    const h2 = collect(tree, 'H2').map((h) => fold(spoken(h, pages).join(' ')));
    expect(h2).toEqual(model.sections.map((s) => s.heading));
    // A table is read cell by cell with its column headers.
    const participants = collect(tree, 'Table')[0]!;
    const headerCells = collect(participants, 'TH').map((th) => fold(spoken(th, pages).join(' ')));
    expect(headerCells[0]).toBe('Navn');
    // Page furniture is not heard: no page number in the text.
    expect(heard.join(' ')).not.toMatch(/Side \d+ av \d+/);
  });
});
