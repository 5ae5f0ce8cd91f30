/**
 * Renders a layout model (shared/src/minutes.ts) to a PDF with pdfmake: A4, the meeting's title and
 * the copy's status on every page, page numbers, real text in Roboto (covers æ ø å), document title,
 * author, subject and language in the metadata, and the title shown in the viewer's title bar.
 * The PDF is tagged (PDF/UA): the definition plans its structure tree beside the content, and
 * pdf-structure.ts writes it while pdfmake draws. pdfmake may read only the font files and no URL at all.
 */
import { resolve } from 'node:path';
import type { Content, ContentText, Node, NodeQueries, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { intlLocale } from '@naervaer/shared/i18n';
import type { ColumnWidth, DocBlock, DocModel } from '@naervaer/shared/minutes';
import { FONT_DIR, FONT_FAMILY, FONT_FILES } from './font';
import { PAGINATION_ARTIFACT, StructNode, type Tag, finishPlan, installStructurePass, isPaginationNode, pdfmakeRenderer, roleOfNode, taggedSvg, taggedText } from './pdf-structure';

type PdfMake = typeof import('pdfmake');
let loading: Promise<PdfMake> | null = null;
let configured = false;

/** pdfmake (about 28 MB resident) loads with the first PDF, not when the server starts. */
function loadPdfmake(): Promise<PdfMake> {
  // pdfmake is CommonJS: its module object is the import's default.
  return (loading ??= import('pdfmake').then((m) => (m as unknown as { default: PdfMake }).default));
}

/** Fonts, access policies and the structure pass, once per process (pdfmake keeps them on a module-level instance). */
function configure(pdfmake: PdfMake): void {
  if (configured) return;
  pdfmake.setFonts({ [FONT_FAMILY]: FONT_FILES });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(FONT_DIR + '/'));
  installStructurePass(pdfmakeRenderer());
  configured = true;
}

const COLOUR = { heading: '#0f2a4a', muted: '#4b5563', rule: '#9ca3af', headerBg: '#e8eef6', noticeBg: '#fff4d6', noticeBorder: '#a16207' };

type Sizes = { body: number; small: number; h1: number; h2: number; h3: number; lineHeight: number };
const NORMAL: Sizes = { body: 10, small: 8, h1: 18, h2: 13, h3: 10.5, lineHeight: 1.2 };
const LARGE: Sizes = { body: 15, small: 10, h1: 26, h2: 20, h3: 16, lineHeight: 1.35 };

const widthOf = (w: ColumnWidth): string | number => (w === 'fill' ? '*' : w);

const tableLayout = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => COLOUR.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
  fillColor: (row: number) => (row === 0 ? COLOUR.headerBg : null),
};

const fieldLayout = { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 6, paddingTop: () => 1.5, paddingBottom: () => 1.5 };
/**
 * Style names that mark nodes for pageBreakBefore, which pdfmake hands a node's style but not
 * properties of our own; no style has these names, so they change nothing drawn. A field row is one
 * label with its value; a lead-in is a paragraph that introduces the list after it.
 */
const FIELD_ROW = 'fieldRow';
const LEAD_IN = 'leadIn';

/** A text node whose lines belong to a structure element. */
const tagged = (tag: Tag, text: string, style: Omit<ContentText, 'text'> = {}): Content => ({ ...taggedText(tag, text), ...style }) as ContentText;

/** A block's content, and its structure elements under `parent` (the section's Sect); `next` is the block after it. */
function blockContent(block: DocBlock, s: Sizes, parent: StructNode, next: DocBlock | undefined): Content {
  switch (block.type) {
    case 'paragraph':
      return tagged(parent.add('P'), block.text, {
        margin: [0, 2, 0, 6],
        ...(block.tone === 'muted' ? { color: COLOUR.muted, fontSize: s.small + 1 } : {}),
        ...(block.tone === 'lead' ? { fontSize: s.body + 1 } : {}),
        // A paragraph right before a list introduces it ("Skyver bort fra skolen"): it is the list's label.
        ...(next?.type === 'list' ? { style: LEAD_IN } : {}),
      });
    case 'subheading':
      return tagged(parent.add('H3'), block.text, { style: 'h3', headlineLevel: 3 });
    case 'list': {
      const list = parent.add('L');
      return { ul: block.items.map((text) => tagged(list.add('LI').add('LBody'), text, { margin: [0, 1, 0, 2] })), margin: [0, 2, 0, 6] };
    }
    case 'fields': {
      // A definition list: each label is the item's label (Lbl), its value the body (LBody). Each row is
      // a table of its own, so that pageBreakBefore can move a row whose label would leave its value.
      const list = parent.add('L');
      const widths = [s === LARGE ? 180 : 150, '*'];
      return {
        stack: block.rows.map((r): Content => {
          const item = list.add('LI');
          return {
            table: { widths, body: [[tagged(item.add('Lbl'), r.label, { bold: true }) as TableCell, tagged(item.add('LBody'), r.value) as TableCell]] },
            layout: fieldLayout,
            style: FIELD_ROW,
          };
        }),
        margin: [0, 2, 0, 6],
      };
    }
    case 'table': {
      const table = parent.add('Table');
      const headerRow = table.add('THead').add('TR');
      const body = table.add('TBody');
      return {
        table: {
          headerRows: 1,
          widths: block.columns.map((c) => widthOf(c.width)),
          body: [
            block.columns.map((c) => tagged(headerRow.add('TH', { scope: 'Column' }), c.header, { bold: true }) as TableCell),
            ...block.rows.map((row) => {
              const tr = body.add('TR');
              return row.map((cell) => tagged(tr.add('TD'), cell) as TableCell);
            }),
          ],
        },
        layout: tableLayout,
        fontSize: s.body - 1,
        margin: [0, 2, 0, 8],
      };
    }
    case 'diagram': {
      // The figure's alternative text is its description, which is also printed under it (as the preview
      // does). The printed caption belongs to the Figure: a reader reads a Figure by its alternative
      // text and not its content, so the description is heard once.
      const figure = parent.add('Figure', { alt: block.description });
      return {
        stack: [
          taggedSvg(figure, { svg: block.svg, width: Math.min(515, block.width) }),
          tagged(figure, block.description, { fontSize: s.small, color: COLOUR.muted, margin: [0, 4, 0, 0] }),
        ],
        margin: [0, 4, 0, 10],
        unbreakable: true,
      };
    }
    case 'signatures': {
      // A list of who signs, each with the two labels under its lines; the lines are drawn, so they are artifacts.
      const list = parent.add('L');
      return {
        stack: block.lines.map((role): Content => {
          const body = list.add('LI').add('LBody');
          const [signer, date] = [body.add('P'), body.add('P')];
          return {
            columns: [
              {
                width: '*',
                stack: [
                  { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 290, y2: 0, lineWidth: 0.8, lineColor: '#111827' }] },
                  tagged(signer, `${block.signLabel}: ${role}`, { fontSize: s.small + 1, margin: [0, 3, 0, 0] }),
                ],
              },
              {
                width: 170,
                stack: [
                  { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 160, y2: 0, lineWidth: 0.8, lineColor: '#111827' }] },
                  tagged(date, block.dateLabel, { fontSize: s.small + 1, margin: [0, 3, 0, 0] }),
                ],
              },
            ],
            margin: [0, 30, 0, 0],
            unbreakable: true,
          };
        }),
      };
    }
  }
}

/**
 * A heading never ends a page, and a label never leaves its value: after laying the document out,
 * pdfmake asks of each node whether to break the page before it (and lays out again when one says yes).
 *
 * A label–value row (a field) moves to the next page when its label does not fit whole on the page the
 * row starts on, or its value does not start there, and something came before it on that page. A
 * long value still flows over pages: the row moves once, with its label and its value's first lines.
 *
 * A heading (it has a headlineLevel), or a paragraph that introduces a list, moves to the next page
 * when nothing that stays follows it on its page (content, or a field that does not move itself),
 * something came before it there, and the document goes on after. It looks ahead at a field under it
 * because pdfmake asks each node once: a heading that stayed when the field under it then moved would
 * be left alone at the page's foot. Only these and whole fields move, so nothing is ever too tall to
 * place: binding a heading to its block in an unbreakable stack, as before, lost the whole section
 * when that block was taller than a page (pdfmake keeps an unbreakable block's first page only).
 *
 * Content is what is drawn for an element: not a heading or a lead-in, not the running header or
 * footer, not a container (a table, list or stack, whose leaves are listed after it), and not a
 * table's header row: pdfmake records the header row where it was first laid out even when it then
 * moves it to the next page with the first data row, and a header row alone under a heading would be
 * no better.
 */
export function pageBreakBefore(node: Node, nodes: NodeQueries): boolean {
  if (keptWithNext(node)) {
    return !staysAfter(nodes.getFollowingNodesOnPage()) && nodes.getPreviousNodesOnPage().some(isContent) && nodes.getNodesOnNextPage().some(isContent);
  }
  if (node.style === FIELD_ROW) return !fieldHolds(node, nodes.getFollowingNodesOnPage()) && nodes.getPreviousNodesOnPage().some(isContent);
  return false;
}

const keptWithNext = (n: Node) => !!n.headlineLevel || n.style === LEAD_IN;
const isContent = (n: Node) => !keptWithNext(n) && !isPaginationNode(n) && (n.text !== undefined || n.svg !== undefined || n.canvas !== undefined) && roleOfNode(n) !== 'TH';

/**
 * Whether a field keeps its whole label and the start of its value on the page it starts on.
 * `following` are the nodes after the row on that page, in order: the row's own label and value come
 * first, and when either is not on the page, nothing after it is.
 */
function fieldHolds(row: Node, following: Node[]): boolean {
  const page = row.pageNumbers[0];
  const label = following.find((n) => roleOfNode(n) === 'Lbl');
  const value = following.find((n) => roleOfNode(n) === 'LBody');
  return !!label && !!value && label.pageNumbers.every((p) => p === page);
}

/** Whether something that stays on the page follows: the first content or field decides. */
function staysAfter(following: Node[]): boolean {
  for (const [i, n] of following.entries()) {
    if (n.style === FIELD_ROW) return fieldHolds(n, following.slice(i + 1));
    if (isContent(n)) return true;
  }
  return false;
}

/** The pdfmake document definition of a model; `createdAt` fixes the PDF's creation date (and with it its ID). */
export function pdfDefinition(model: DocModel, createdAt: Date): TDocumentDefinitions {
  const s = model.large ? LARGE : NORMAL;
  const language = intlLocale(model.language);
  // The structure tree, in the order of the layout model (and of the HTML preview).
  const doc = new StructNode('Document', { lang: language });
  const content: Content[] = [
    tagged(doc.add('H1'), model.title, { style: 'h1' }),
    ...model.subtitle.map((line): Content => tagged(doc.add('P'), line, { color: COLOUR.muted, margin: [0, 0, 0, 1] })),
    tagged(doc.add('P'), model.status.join(' · '), { color: COLOUR.muted, fontSize: s.small, margin: [0, 4, 0, 8] }),
  ];
  if (model.notice) {
    content.push({
      // A framed paragraph: the frame is drawn, the text is a P.
      table: { widths: ['*'], body: [[tagged(doc.add('P'), model.notice, { margin: [4, 4, 4, 4] }) as TableCell]] },
      layout: {
        hLineWidth: () => 1,
        vLineWidth: () => 1,
        hLineColor: () => COLOUR.noticeBorder,
        vLineColor: () => COLOUR.noticeBorder,
        fillColor: () => COLOUR.noticeBg,
      },
      margin: [0, 0, 0, 10],
    });
  }
  for (const section of model.sections) {
    const sect = doc.add('Sect');
    content.push(tagged(sect.add('H2'), section.heading, { style: 'h2', headlineLevel: 2 }), ...section.blocks.map((b, i) => blockContent(b, s, sect, section.blocks[i + 1])));
  }
  finishPlan(doc);
  return {
    info: {
      title: model.title,
      author: model.author,
      subject: model.subject,
      creator: 'Nærværsmøtet',
      producer: 'Nærværsmøtet (pdfmake)',
      creationDate: createdAt,
    },
    language,
    displayTitle: true,
    // PDF/UA-1 is declared by the structure pass: pdfkit's `subset: 'PDF/UA'` would add a CIDSet to each font that PDF/UA rejects.
    tagged: true,
    version: '1.7',
    pageSize: 'A4',
    pageMargins: [40, 56, 40, 48],
    // The running header and footer repeat what the first page says: pagination artifacts.
    header: () => ({
      columns: [
        { ...taggedText(PAGINATION_ARTIFACT, model.runningTitle), width: '*' },
        { ...taggedText(PAGINATION_ARTIFACT, model.status[0] ?? ''), width: 'auto', alignment: 'right' },
      ],
      fontSize: NORMAL.small,
      color: COLOUR.muted,
      margin: [40, 24, 40, 0],
    }),
    footer: (page: number, pages: number) => ({
      ...taggedText(PAGINATION_ARTIFACT, model.pageLabel.replace('{{page}}', String(page)).replace('{{pages}}', String(pages))),
      alignment: 'center',
      fontSize: NORMAL.small,
      color: COLOUR.muted,
      margin: [40, 16, 40, 0],
    }),
    content,
    pageBreakBefore,
    styles: {
      h1: { fontSize: s.h1, bold: true, color: COLOUR.heading, margin: [0, 0, 0, 4] },
      h2: { fontSize: s.h2, bold: true, color: COLOUR.heading, margin: [0, 12, 0, 4] },
      h3: { fontSize: s.h3, bold: true, color: COLOUR.heading, margin: [0, 6, 0, 2] },
    },
    defaultStyle: { font: 'Roboto', fontSize: s.body, lineHeight: s.lineHeight },
  };
}

/** Renders a model to PDF bytes. */
export async function renderPdf(model: DocModel, createdAt: Date): Promise<Buffer> {
  const pdfmake = await loadPdfmake();
  configure(pdfmake);
  return pdfmake.createPdf(pdfDefinition(model, createdAt)).getBuffer();
}
