/**
 * The structure pass: a tagged PDF (PDF/UA) from pdfmake's layout, through pdfkit's own structure API.
 *
 * pdfmake lays the document out and draws it with pdfkit, but writes no structure tree. Here the
 * definition (pdf.ts) plans the tree beside its content: each text node carries the structure element
 * its lines belong to (a heading, a paragraph, a list body, a table cell), the system model carries
 * its Figure, and the running header and footer carry "artifact". When pdfmake draws the pages, this
 * pass wraps each drawn item in a marked-content sequence: a line of text goes to its element
 * (`markStructureContent`), a rule, a cell's background or a list bullet is a layout artifact, a
 * header or footer line is a pagination artifact, and a table's header row repeated on a later page is
 * an artifact too (its cells were read once already). The tree itself is built in the plan's order,
 * so a screen reader reads the document in the order of the layout model, whatever order pdfmake
 * draws it in.
 *
 * What it relies on in pdfmake 0.3.11, checked by pdf-structure.test.ts:
 * - a property on an object inside a text node's `text` array is copied onto every inline drawn from
 *   it (TextBreaker → StyleContextStack.copyStyle), and onto the halves of a word split to fit;
 * - an SVG node is drawn as the page item itself (or a shallow copy of it);
 * - Renderer.renderPages draws each page item through `this.renderLine`, `this.renderVector`,
 *   `this.renderSVG`, `this.renderImage` and `this.renderAttachment`, after `pdfDocument.addPage`,
 *   and a page's watermark through `this.renderWatermark`;
 * - a line carries an outline (bookmark) entry as `_outline` and a named destination as `id`; an
 *   inline or an SVG carries its links as `link`, `linkToPage` and `linkToDestination`.
 * The pass has no element for an image, a file attachment, a watermark, a link, a bookmark or a
 * destination: for a tagged document, drawing one throws. None of the documents has them; one that
 * gets them must first give them their place in the tree (a link a Link element with its annotation,
 * bookmarks an outline that follows the headings).
 * If any of this changes, rendering throws instead of writing an untagged or wrongly tagged file; so
 * does a document created tagged (`tagged: true`) whose drawn content carries no plan.
 *
 * The pass also writes the metadata PDF/UA asks for, on the same document:
 * - the PDF/UA identification (pdfuaid:part 1) in the XMP. pdfkit's `subset: 'PDF/UA'` writes it
 *   too, but also gives every font a /CIDSet the PDF/A-1 way, which leaves out the glyphs only
 *   composite glyphs (æ, ø, å, é) use: every file failed PDF/UA's rule that a CIDSet lists all the
 *   font's glyphs (veraPDF 7.21.4.2-2). Without `subset` pdfkit writes no CIDSet, which the rule allows;
 * - the title, author and subject as XML text: pdfkit 0.19 writes them into the XMP unescaped, so a
 *   meeting called "Ola & Kari" made metadata that is not XML. The pass hands `_addInfo` (which writes
 *   that part) copies fit for XML (`xmlText`); the Info dictionary keeps the plain strings.
 */
import { createRequire } from 'node:module';

/** The structure types this pass writes (ISO 32000-1, 14.8.4). */
export type StructRole =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure';

export type StructOptions = {
  /** A BCP 47 language tag, where the part's language differs from its parent's. */
  lang?: string;
  /** Alternative text (a Figure's). */
  alt?: string;
  /** A header cell's scope. */
  scope?: 'Column' | 'Row';
};

/** One planned structure element: it holds either other elements or the content drawn for it, not both. */
export class StructNode {
  readonly children: StructNode[] = [];
  constructor(
    readonly role: StructRole,
    readonly options: StructOptions = {},
  ) {}

  /** Adds a child element and returns it. */
  add(role: StructRole, options: StructOptions = {}): StructNode {
    const child = new StructNode(role, options);
    this.children.push(child);
    return child;
  }
}

/** Content drawn for the running header and footer: a pagination artifact, outside the tree. */
export const PAGINATION_ARTIFACT = { artifact: 'Pagination' } as const;
/** What a drawn item belongs to: an element of the plan, or the running header and footer. */
export type Tag = StructNode | typeof PAGINATION_ARTIFACT;

/** The property the plan travels under in a pdfmake definition (a string: pdfmake copies own enumerable keys). */
export const STRUCTURE_KEY = '_naervaerStructure';

/**
 * A pdfmake text node whose lines belong to `tag`. The text goes in a one-item array so the tag is
 * copied onto every inline pdfmake draws (a plain string would not carry it); the layout is the same.
 *
 * A line break typed in the text ends its line with a space: pdfmake drops the break itself, and the
 * lines of an element are read joined, so "Mor sier:" and "Han sover" would be read "sier:Han".
 * pdfmake measures a line without its trailing spaces, so the space moves nothing on the page.
 */
export function taggedText(tag: Tag, text: string): { text: { text: string }[] } {
  const item = { text: text.replace(/[ \t]*(\r\n|\r|\n)/g, ' \n'), [STRUCTURE_KEY]: tag };
  return { text: [item] };
}

/** The structure role of a pdfmake text node (as laid out), if it belongs to an element of a plan. */
export function roleOfNode(node: { text?: unknown }): StructRole | undefined {
  const tag = Array.isArray(node.text) ? tagOf(node.text[0]) : undefined;
  return tag instanceof StructNode ? tag.role : undefined;
}

/** Whether a pdfmake node (as laid out) is the running header's or footer's: its text, or columns of such text. */
export function isPaginationNode(node: { text?: unknown; columns?: unknown }): boolean {
  if (Array.isArray(node.columns)) return node.columns.length > 0 && node.columns.every((column) => isPaginationNode(column as { text?: unknown }));
  return Array.isArray(node.text) && tagOf(node.text[0]) === PAGINATION_ARTIFACT;
}

/** Marks a pdfmake SVG node as the drawing of a Figure element. */
export function taggedSvg<T extends object>(figure: StructNode, node: T): T {
  if (figure.role !== 'Figure') throw new Error('An SVG is drawn for a Figure element');
  return { ...node, [STRUCTURE_KEY]: figure };
}

// ── The pass over pdfmake's renderer ────────────────────────────────────────────────────────────

/** The parts of pdfkit's document (pdfmake's PDFDocument extends it) the pass uses. */
type PdfKitStructElement = { add(child: unknown): PdfKitStructElement };
type PdfKitDocument = {
  info: Record<string, unknown>;
  options: { tagged?: boolean };
  _addInfo?: () => void;
  appendXML(xml: string): void;
  struct(type: string, options?: Record<string, unknown>): PdfKitStructElement;
  addStructure(element: PdfKitStructElement): unknown;
  markStructureContent(tag: string, options?: Record<string, unknown>): unknown;
  markContent(tag: string, options?: Record<string, unknown> | null): unknown;
  endMarkedContent(): unknown;
};
type Inline = Record<string, unknown>;
type PageItem = { type: string; item: { inlines?: Inline[] } & Record<string, unknown> };
type Page = { items: PageItem[] };
type RendererInstance = {
  pdfDocument: PdfKitDocument;
  renderLine(line: unknown, x: number, y: number): void;
  renderVector(vector: unknown): void;
  renderSVG(svg: unknown): void;
  renderImage(image: unknown): void;
  renderAttachment(attachment: unknown): void;
  renderWatermark(page: unknown): void;
  renderPages(pages: Page[]): void;
};
type RendererClass = { prototype: RendererInstance & Record<PropertyKey, unknown> };

const DRAWING_METHODS = ['renderLine', 'renderVector', 'renderSVG', 'renderImage', 'renderAttachment', 'renderWatermark'] as const;
const INSTALLED = Symbol.for('naervaer.pdfStructurePass');

function tagOf(value: unknown): Tag | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const tag = (value as Record<string, unknown>)[STRUCTURE_KEY];
  if (tag instanceof StructNode) return tag;
  return tag === PAGINATION_ARTIFACT ? PAGINATION_ARTIFACT : undefined;
}

/** The Document element of the plan behind these pages, or null when they carry none (not one of ours). */
function planOf(pages: Page[]): StructNode | null {
  for (const page of pages) {
    for (const { item } of page.items) {
      const tag = tagOf(item.inlines?.[0]) ?? tagOf(item);
      if (tag instanceof StructNode) return rootFinder.get(tag) ?? null;
    }
  }
  return null;
}

/** An item pdfmake would draw a link annotation for. */
function hasLink(item: Inline): boolean {
  return Boolean(item.link || item.linkToPage || item.linkToDestination);
}

function refuse(what: string): never {
  throw new Error(`The structure pass has no element for ${what} (see pdf-structure.ts)`);
}

/** Each planned node's root, recorded when the plan is finished (`finishPlan`). */
const rootFinder = new WeakMap<StructNode, StructNode>();

/** Seals a plan: records each node's root so the pass can find the tree from any drawn item. */
export function finishPlan(root: StructNode): StructNode {
  if (root.role !== 'Document') throw new Error('A plan starts at a Document element');
  const visit = (node: StructNode) => {
    rootFinder.set(node, root);
    node.children.forEach(visit);
  };
  visit(root);
  return root;
}

/** One document's pass: the pdfkit elements of the plan, and which inlines were drawn already. */
class StructurePass {
  private readonly elements = new Map<StructNode, PdfKitStructElement>();
  private readonly drawn = new WeakSet<object>();

  constructor(
    private readonly doc: PdfKitDocument,
    root: StructNode,
  ) {
    const build = (node: StructNode): PdfKitStructElement => {
      const { lang, alt, scope } = node.options;
      const element = doc.struct(node.role, { ...(lang ? { lang } : {}), ...(alt ? { alt } : {}), ...(scope ? { scope } : {}) });
      this.elements.set(node, element);
      for (const child of node.children) element.add(build(child));
      return element;
    };
    doc.addStructure(build(root));
  }

  line(line: { inlines?: Inline[] } & Record<string, unknown>, draw: () => void): void {
    const inlines = line.inlines ?? [];
    if (line._outline) refuse('an outline (bookmark) entry');
    if (line.id) refuse('a named destination');
    if (inlines.some(hasLink)) refuse('a link');
    const tag = tagOf(inlines[0]);
    if (!tag) throw new Error('The structure pass met a line of text without a structure element (has pdfmake changed how it copies text properties?)');
    if (inlines.some((inline) => tagOf(inline) !== tag)) throw new Error('The structure pass met a line drawn from two structure elements');
    // A line whose inlines were drawn before is a table's header row repeated on a new page.
    const repeated = inlines.length > 0 && inlines.every((inline) => this.drawn.has(inline));
    if (!(tag instanceof StructNode) || repeated) return this.artifact('Pagination', draw);
    inlines.forEach((inline) => this.drawn.add(inline));
    this.content(tag, draw);
  }

  svg(svg: unknown, draw: () => void): void {
    // taggedSvg gave it a Figure; what is checked here is that the tag reached the drawn item.
    const tag = tagOf(svg);
    if (!(tag instanceof StructNode)) throw new Error('The structure pass met an SVG without a Figure element');
    if (hasLink(svg as Inline)) refuse('a link');
    this.content(tag, draw);
  }

  /** Rules, cell backgrounds, list bullets and signature lines: layout, not content. */
  vector(draw: () => void): void {
    this.artifact('Layout', draw);
  }

  private content(node: StructNode, draw: () => void): void {
    const element = this.elements.get(node);
    if (!element) throw new Error(`The structure pass met a ${node.role} element of another document`);
    if (node.children.length) throw new Error(`A ${node.role} element holds elements, not drawn content`);
    const marked = this.doc.markStructureContent(node.role);
    draw();
    this.doc.endMarkedContent();
    element.add(marked);
  }

  private artifact(type: 'Pagination' | 'Layout', draw: () => void): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }
}

/**
 * Installs the pass on pdfmake's Renderer, once per process. The pages of a document not created
 * tagged are drawn exactly as before; those of a tagged document are drawn through a StructurePass,
 * and must carry a plan.
 */
export function installStructurePass(Renderer: RendererClass): void {
  const proto = Renderer.prototype;
  if (proto[INSTALLED]) return;
  for (const method of ['renderPages', ...DRAWING_METHODS] as const) {
    if (typeof proto[method] !== 'function') throw new Error(`pdfmake's Renderer has no ${method}: the structure pass (pdf-structure.ts) must be brought up to date`);
  }
  const renderPages = proto.renderPages;
  const original = Object.fromEntries(DRAWING_METHODS.map((m) => [m, proto[m]])) as Pick<RendererInstance, (typeof DRAWING_METHODS)[number]>;
  proto.renderPages = function (this: RendererInstance, pages: Page[]) {
    const root = planOf(pages);
    if (!root) {
      // Drawn untagged, it would still say Marked with an empty tree: a screen reader would read nothing.
      if (this.pdfDocument.options?.tagged) throw new Error('A tagged document carries no structure plan in what pdfmake draws (has pdfmake changed how it copies text properties?)');
      return renderPages.call(this, pages);
    }
    const pass = new StructurePass(this.pdfDocument, root);
    writeXmp(this.pdfDocument);
    // Own properties shadow the prototype's for this one renderer: pdfmake calls them through `this`.
    const own = this as unknown as Record<string, unknown>;
    own.renderLine = (line: PageItem['item'], x: number, y: number) => pass.line(line, () => original.renderLine.call(this, line, x, y));
    own.renderVector = (vector: unknown) => pass.vector(() => original.renderVector.call(this, vector));
    own.renderSVG = (svg: unknown) => pass.svg(svg, () => original.renderSVG.call(this, svg));
    own.renderImage = () => refuse('an image');
    own.renderAttachment = () => refuse('a file attachment');
    own.renderWatermark = () => refuse('a watermark');
    try {
      renderPages.call(this, pages);
    } finally {
      for (const method of DRAWING_METHODS) delete own[method];
    }
  };
  proto[INSTALLED] = true;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** What XML 1.0 cannot hold even escaped: C0 controls but tab and line breaks, lone surrogates, U+FFFE, U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** A string as the text of an XML element: markup characters escaped, characters XML cannot hold left out. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** The PDF/UA identification schema (ISO 14289-1, clause 5), as pdfkit's `subset: 'PDF/UA'` writes it. */
const PDFUA_ID = `
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        `;

/**
 * Declares PDF/UA-1 in the XMP metadata, and makes pdfkit write the document's info into it as XML
 * text (the Info dictionary keeps the plain strings). Both go in when pdfkit writes its info, at the end.
 */
function writeXmp(doc: PdfKitDocument): void {
  const addInfo = doc._addInfo;
  if (typeof addInfo !== 'function' || typeof doc.appendXML !== 'function') throw new Error("pdfkit's document has no _addInfo or appendXML: the structure pass (pdf-structure.ts) must be brought up to date");
  doc._addInfo = function (this: PdfKitDocument) {
    this.appendXML(PDFUA_ID);
    const info = this.info;
    this.info = Object.fromEntries(Object.entries(info).map(([k, v]) => [k, typeof v === 'string' ? xmlText(v) : v]));
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

/** pdfmake's Renderer class, from the same copy of pdfmake that `import('pdfmake')` loads. */
export function pdfmakeRenderer(): RendererClass {
  const required = createRequire(import.meta.url)('pdfmake/js/Renderer') as { default?: RendererClass };
  if (!required.default?.prototype) throw new Error("pdfmake/js/Renderer has no default export: the structure pass (pdf-structure.ts) must be brought up to date");
  return required.default;
}
