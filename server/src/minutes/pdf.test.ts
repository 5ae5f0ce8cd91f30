/**
 * Where the minutes break their pages: a label stays with its value, and no heading or paragraph that
 * introduces a list ends a page, while a long value still flows over pages. The example meeting's
 * minutes are laid out again and again with a welcome note one line longer each time, which moves
 * everything after it past the foot of its page; each page is read back with poppler's pdftotext in
 * the order it is drawn.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import type { DocModel } from '@naervaer/shared/minutes';
import type { MeetingRow } from '../storage/storage';
import { documentModel } from './index';
import { renderPdf } from './pdf';

const work = mkdtempSync(join(tmpdir(), 'naervaer-pdf-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MEETING: MeetingRow = {
  id: 'm-pages',
  kind: 'named',
  title: 'Samarbeidsmøte for Sofie, 6B',
  school: 'Bråtåsen skole',
  startsAt: '2025-11-20T08:30:00+01:00',
  language: 'nb',
  facilitatorId: 'f-1',
  createdAt: '2025-11-01T08:00:00Z',
};

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

let fileNo = 0;
/** The text of each page in drawing order, folded, without the running header and the page number. */
async function pagesOf(model: DocModel): Promise<string[]> {
  const file = join(work, `minutes-${++fileNo}.pdf`);
  writeFileSync(file, await renderPdf(model, new Date('2025-11-21T10:00:00Z')));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return Array.from({ length: count }, (_, i) => {
    const page = String(i + 1);
    const text = fold(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', page, '-l', page, file, '-'], { encoding: 'utf8' }));
    const pageLabel = model.pageLabel.replace('{{page}}', page).replace('{{pages}}', String(count));
    return fold(text.replace(fold(`${model.runningTitle} ${model.status[0]}`), ' ').replace(pageLabel, ' '));
  });
}

function minutesWith(change: (content: MeetingContent) => void): DocModel {
  const content = fullExampleMeeting();
  change(content);
  return documentModel('minutes', MEETING, content, { onDate: '2025-11-20' });
}

describe('the pages of the minutes', () => {
  it('keep every label with its value and end no page with a heading or a list’s lead-in, wherever the page breaks fall', async () => {
    for (let lines = 0; lines < 20; lines++) {
      const model = minutesWith((c) => {
        c.notes.welcome = Array.from({ length: lines }, (_, i) => `Linje ${i + 1} i notatet.`).join('\n');
      });
      const pages = await pagesOf(model);
      const blocks = model.sections.flatMap((s) => s.blocks);
      const where = `with a welcome note of ${lines} lines`;
      // A label and its value's first word, as they are drawn one after the other on one page.
      for (const { label, value } of blocks.flatMap((b) => (b.type === 'fields' ? b.rows : []))) {
        const together = fold(`${label} ${value.split(/\s+/)[0]}`);
        expect(
          pages.some((p) => p.includes(together)),
          `${where}: «${label}» is not on the page of its value («${together}»)`,
        ).toBe(true);
      }
      // What must not be the last thing on a page: headings, and a paragraph that introduces a list.
      const leads = [
        ...model.sections.map((s) => s.heading),
        ...blocks.flatMap((b, i) => (b.type === 'subheading' || (b.type === 'paragraph' && blocks[i + 1]?.type === 'list') ? [b.text] : [])),
      ].map(fold);
      pages.slice(0, -1).forEach((page, i) => {
        const last = leads.find((l) => page.endsWith(` ${l}`));
        expect(last, `${where}: page ${i + 1} ends with «${last}»`).toBeUndefined();
      });
    }
  });

  it('let a long value and a long note flow over pages, every word printed once', async () => {
    /** Numbered words, as many as fit in `limit` characters. */
    const words = (prefix: string, limit: number) => {
      const out: string[] = [];
      for (let length = -1; length + ` ${prefix}${out.length}`.length <= limit; ) {
        length += ` ${prefix}${out.length}`.length;
        out.push(`${prefix}${out.length}`);
      }
      return out;
    };
    // A field as long as a conversation's summary may be (10,000 characters), a shared note of 20,000.
    const summary = words('sam', 10_000);
    const note = words('not', 20_000);
    const model = minutesWith((c) => {
      c.conversations.pupil.summary = summary.join(' ');
      c.notes.purpose = note.join(' ');
    });
    const pages = await pagesOf(model);
    const count = new Map<string, number>();
    for (const word of pages.join(' ').split(' ')) count.set(word, (count.get(word) ?? 0) + 1);
    expect([...summary, ...note].filter((w) => count.get(w) !== 1)).toEqual([]);
    const pageOf = (word: string) => pages.findIndex((p) => ` ${p} `.includes(` ${word} `));
    expect(pageOf(summary.at(-1)!)).toBeGreaterThan(pageOf(summary[0]!));
    expect(pageOf(note.at(-1)!) - pageOf(note[0]!)).toBeGreaterThanOrEqual(2);
  });
});
