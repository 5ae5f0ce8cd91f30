/**
 * Every word the product itself puts on the shared screen, and in "Referatet for deg", is a child's
 * word: LIX 25 or below, measured on the rendered page with everything on the screen. What people
 * typed (names, notes, measures) is taken out first: it is theirs, and the facilitator words it for
 * the screen. The figures are printed per step.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { AGENDA_STEPS } from '@naervaer/shared/agenda';
import { type ScreenFocus, contentFields, writeScreenChoices, writeScreenFocus } from '@naervaer/shared/doc';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import { type Readability, readability } from '@naervaer/shared/lix';
import type { DocModel } from '@naervaer/shared/minutes';
import { AFTER_ITEMS } from '@naervaer/shared/checklist';
import { AGE_GROUPS, type AgeGroup } from '@naervaer/shared/child-screen';
import { ARTIFACTS, VIEWPORTS, browserSuite } from '../support/browser';
import { facilitatorContext, filledMeeting, setStep, writeControl } from './meeting-support';

const suite = browserSuite();
const example = fullExampleMeeting();
/** The most a screen may score: 25 for an older child (and the summary), 15 for a younger one. */
const MAX_LIX: Record<AgeGroup, number> = { older: 25, younger: 15 };

/** Every string people typed into the example (names, notes, records), longest first. */
function typedStrings(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    for (const part of [value, ...value.split('\n')]) if (part.trim().length > 1) into.add(part.trim());
  } else if (Array.isArray(value)) for (const v of value) typedStrings(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) typedStrings(v, into);
  return into;
}
const TYPED = [...typedStrings(example), ...example.participants.flatMap((p) => p.name.split(' '))].sort((a, b) => b.length - a.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Each typed string as a whole-word pattern ("Ås" the name, not the "ås" in "Åsheim"). */
const TYPED_PATTERNS = TYPED.map((typed) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(typed)}(?![\\p{L}\\p{N}])`, 'gu'));
/** tldraw's own notice on a host without a licence key (a production key removes it): not our words. */
const TLDRAW_NOTICE = 'Get a license for production';

/** The product's own words in a text: what people typed taken out. */
function ownWords(text: string): string {
  let rest = text.replace(TLDRAW_NOTICE, ' ');
  for (const pattern of TYPED_PATTERNS) rest = rest.replace(pattern, ' ');
  return rest;
}

/** Everything the adults could put on the screen, put there. */
const ALL_SHOWN = [
  'concern',
  'desiredSituation',
  'information.parentsNow',
  'information.schoolNow',
  'absence',
  'sras',
  'evaluation',
  ...example.understanding.pushPull.push.map((i) => `push:${i.id}`),
  ...example.understanding.pushPull.pull.map((i) => `pull:${i.id}`),
  ...AFTER_ITEMS.map((id) => `after:${id}`),
];

const FOCUS_SHOWN: Record<ScreenFocus, string> = { factors: '.screen-factors', circle: '.vicious-circle', pushPull: '.screen-pushpull', sras: '.sras-profile' };

const figures: Record<string, Readability & { sample?: string }> = {};
afterAll(() => {
  console.log(`LIX of the product's own words (max ${MAX_LIX.older} for an older child and the summary, ${MAX_LIX.younger} for a younger one):`);
  for (const [where, r] of Object.entries(figures)) {
    console.log(`  ${where.padEnd(36)} LIX ${String(r.lix).padStart(5)}  (${r.words} words, ${r.sentences} sentences, ${r.longWords} long)`);
    // Over the limit: the words measured, so the fix is plain to see.
    if (r.lix > (where.startsWith('younger') ? MAX_LIX.younger : MAX_LIX.older)) console.log(r.sample?.replace(/\n\s*\n+/g, '\n'));
  }
});
const SHOTS = join(ARTIFACTS, 'screen-ages');

/** The blocks' words of a document model: headings, paragraphs, lists and fields. */
function modelText(model: DocModel): string {
  const lines: string[] = [model.title];
  for (const section of model.sections) {
    lines.push(section.heading);
    for (const block of section.blocks) {
      if (block.type === 'paragraph' || block.type === 'subheading') lines.push(block.text);
      else if (block.type === 'list') lines.push(...block.items);
      else if (block.type === 'fields') for (const row of block.rows) lines.push(`${row.label}: ${row.value}`);
    }
  }
  return lines.join('\n');
}

describe('the words on the shared screen and in the child’s summary', () => {
  let lead: Awaited<ReturnType<typeof facilitatorContext>>;
  let screen: Page;
  let meetingId: string;

  it('opens a full meeting with everything put on the screen', async () => {
    ({ lead, meetingId } = await filledMeeting(suite.browser, suite.server, VIEWPORTS.laptop, example));
    await writeControl(suite.server, meetingId, (doc) => writeScreenChoices(doc, { shown: ALL_SHOWN, hidden: [] }));
    screen = lead.page;
    await screen.setViewportSize(VIEWPORTS.projector);
    await screen.goto(`${suite.server.url}/m/${meetingId}/screen`);
    // The meeting's content has reached the projector (who is here), not only its step.
    await screen.locator('.screen-people li').first().waitFor();
  });

  for (const age of AGE_GROUPS) {
  for (const [index, step] of AGENDA_STEPS.entries()) {
    it(`reads at LIX ${MAX_LIX[age]} or below for ${age === 'older' ? 'an older' : 'a younger'} child at step ${index + 1} (${step}), captured at 1920×1080`, async () => {
      if (index === 0) {
        const room = await suite.server.app.ctx.rooms.get(meetingId, 'content');
        await room.write((doc) => contentFields(doc).set('childScreen.ageGroup', age));
        await room.settle();
        mkdirSync(SHOTS, { recursive: true });
      }
      await setStep(suite.server, meetingId, index);
      await screen.locator(`.screen[data-step="${step}"][data-age="${age}"]`).waitFor();
      const focuses: (ScreenFocus | null)[] = step === 'understanding' ? ['factors', 'circle', 'pushPull', 'sras'] : [null];
      for (const focus of focuses) {
        if (focus) {
          await writeControl(suite.server, meetingId, (doc) => writeScreenFocus(doc, focus));
          await screen.locator(`.screen-main ${FOCUS_SHOWN[focus]}`).first().waitFor();
        }
        if (step === 'mapping') await screen.locator('.screen-main .tl-container, .screen-main .board').first().waitFor();
        const where = `${age} ${index + 1} ${step}${focus ? ` / ${focus}` : ''}`;
        const words = ownWords(await screen.locator('.screen').innerText());
        const result = readability(words);
        figures[where] = { ...result, sample: words };
        await screen.screenshot({ path: join(SHOTS, `${age}-${index + 1}-${step}${focus ? `-${focus}` : ''}-1920x1080.png`) });
        expect(result.lix, where).toBeLessThanOrEqual(MAX_LIX[age]);
      }
    });
  }
  }

  it('speaks to the child as «du» at step 5, counts the agenda as the screen does, and explains the circle in a child’s words', async () => {
    for (const age of AGE_GROUPS) {
      const room = await suite.server.app.ctx.rooms.get(meetingId, 'content');
      await room.write((doc) => contentFields(doc).set('childScreen.ageGroup', age));
      await room.settle();
      await setStep(suite.server, meetingId, 0);
      // "Punkt 1 av 9" above; the points still to come are numbered from 2.
      await screen.locator(`.screen[data-step="welcome"][data-age="${age}"] .screen-agenda`).waitFor();
      expect(await screen.locator('.screen-agenda').getAttribute('start')).toBe('2');
      await setStep(suite.server, meetingId, AGENDA_STEPS.indexOf('information'));
      await screen.locator(`.screen[data-step="information"][data-age="${age}"]`).waitFor();
      const headings = await screen.locator('.screen-main h2').allInnerTexts();
      expect(headings, age).toContain('Du sier');
      expect(headings.join(' '), age).not.toContain('Eleven');
      await setStep(suite.server, meetingId, AGENDA_STEPS.indexOf('understanding'));
      await writeControl(suite.server, meetingId, (doc) => writeScreenFocus(doc, 'circle'));
      const caption = await screen.locator(`.screen[data-age="${age}"] .screen-main figcaption`).innerText();
      // The guide's slogan and "trinn" are the adults' words; the child gets what they mean.
      expect(caption, age).not.toMatch(/Fravær skaper fravær|trinn/);
      expect(caption, age).toContain('rundt og rundt');
    }
  });

  it(`reads at LIX ${MAX_LIX.older} or below in “Referatet for deg”`, async () => {
    const res = await lead.http.request('GET', `/api/meetings/${meetingId}/minutes/preview`);
    const child = (res.json.models as DocModel[]).find((m) => m.document === 'child');
    expect(child).toBeDefined();
    const words = ownWords(modelText(child!));
    const result = readability(words);
    figures['child summary'] = { ...result, sample: words };
    expect(result.lix).toBeLessThanOrEqual(MAX_LIX.older);
    await lead.context.close();
  });
});
