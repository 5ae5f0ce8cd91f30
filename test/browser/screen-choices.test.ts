/**
 * What adults wrote about the child reaches the projector only when the facilitator has read it and
 * put it there, at every agenda step, optionally in a wording for the child; and the facilitator's
 * preview shows exactly what the projector shows.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AGENDA_STEPS } from '@naervaer/shared/agenda';
import { type ScreenFocus, writeScreenFocus } from '@naervaer/shared/doc';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import { ARTIFACTS, browserSuite, VIEWPORTS } from '../support/browser';
import { facilitatorContext, filledMeeting, setStep, writeControl } from './meeting-support';

const suite = browserSuite();
const example = fullExampleMeeting();

/** Every text adults typed about the child in the example (what the screen may show only when chosen). */
const ADULT_TEXTS = [
  example.concern.reason,
  example.concern.reasonForScreen,
  example.information.parentsNow,
  example.information.parentsNowForScreen,
  example.information.schoolNow,
  ...[...example.understanding.pushPull.push, ...example.understanding.pushPull.pull].flatMap((i) => [i.text, i.textForScreen]),
  ...Object.values(example.notes),
  ...Object.values(example.understanding.factors).map((f) => f.note),
  example.absence.note,
  ...Object.values(example.conversations).map((c) => c.summary),
  // What anyone wrote on the board about the child's life.
  ...example.mapping.map((m) => m.text),
].filter((text) => text.trim().length > 0);

/** What the projector draws for each focus of step 6 (the SRAS-R profile is off the screen until chosen). */
const FOCUS_SHOWN: Record<ScreenFocus, string> = { factors: '.screen-factors', circle: '.vicious-circle', pushPull: '.screen-pushpull', sras: '.screen-hidden' };


/** The projector's text and the preview's, once the preview has caught up with the projector. */
async function projectorAndPreview(screen: Page, lead: Page): Promise<string> {
  const projector = await screen.locator('.screen-main').innerText();
  await expect.poll(() => lead.locator('.screen-preview .screen-main').innerText()).toBe(projector);
  return projector;
}

describe('the shared screen in a meeting where adults have typed into every field', () => {
  let lead: Awaited<ReturnType<typeof facilitatorContext>>;
  let screen: Page;
  let meetingId: string;

  it('opens the facilitator’s room and the projector', async () => {
    ({ lead, meetingId } = await filledMeeting(suite.browser, suite.server, VIEWPORTS.laptop, example));
    await lead.page.goto(`${suite.server.url}/m/${meetingId}`);
    screen = await lead.context.newPage();
    await screen.setViewportSize(VIEWPORTS.projector);
    await screen.goto(`${suite.server.url}/m/${meetingId}/screen`);
    // The meeting's content has reached the projector (who is here), not only its step.
    await screen.locator('.screen-people li').first().waitFor();
  });

  for (const [index, step] of AGENDA_STEPS.entries()) {
    it(`shows no adult’s text at step ${index + 1} (${step}) until the facilitator puts it there, and the preview shows what the projector shows`, async () => {
      await setStep(suite.server, meetingId, index);
      await screen.locator(`.screen[data-step="${step}"]`).waitFor();
      await lead.page.locator(`main[data-step="${step}"]`).waitFor();
      // Step 6 shows one thing at a time: every one of them is checked.
      const focuses: (ScreenFocus | null)[] = step === 'understanding' ? ['factors', 'circle', 'pushPull', 'sras'] : [null];
      for (const focus of focuses) {
        if (focus) {
          await writeControl(suite.server, meetingId, (doc) => writeScreenFocus(doc, focus));
          await screen.locator(`.screen-main ${FOCUS_SHOWN[focus]}`).first().waitFor();
        }
        // The board is drawn on the projector only; the preview names it. Its notes are read once it is drawn.
        if (step === 'mapping') await screen.locator('.screen-main .board-area, .screen-main .mapping-summary').first().waitFor();
        const shown = step === 'mapping' ? await screen.locator('.screen-main').innerText() : await projectorAndPreview(screen, lead.page);
        for (const text of ADULT_TEXTS) expect(shown, `${step}${focus ? `/${focus}` : ''}: ${text}`).not.toContain(text);
        // Figures adults gave about the child: the absence counts and the SRAS-R scores.
        expect(await screen.locator('.screen-absence, .sras-profile').count()).toBe(0);
      }
    });
  }

  it('shows the facilitator’s wording for the child once the item is put there, or the text itself when there is none, and the preview follows', async () => {
    const p = lead.page;
    await setStep(suite.server, meetingId, 2);
    await p.getByRole('button', { name: 'Ikke på storskjermen: «bekymringen». Vis' }).click();
    await expect.poll(() => screen.locator('.screen-main').innerText()).toContain(example.concern.reasonForScreen);
    expect(await projectorAndPreview(screen, p)).not.toContain(example.concern.reason);
    // The wording emptied (to be written again): the screen shows nothing, never the adults' text in its place.
    const wording = p.getByLabel('For storskjermen: «bekymringen» med ord barnet forstår (valgfritt)');
    await wording.fill('');
    await expect.poll(() => screen.locator('.screen-main').innerText()).not.toContain(example.concern.reasonForScreen);
    expect(await projectorAndPreview(screen, p)).not.toContain(example.concern.reason);
    await wording.fill(example.concern.reasonForScreen);
    await expect.poll(() => screen.locator('.screen-main').innerText()).toContain(example.concern.reasonForScreen);

    // Step 5: a wording typed now, for the school's account, replaces it on the screen.
    await setStep(suite.server, meetingId, 4);
    await p.getByLabel('For storskjermen: «Fra skolen» med ord barnet forstår (valgfritt)').fill('Læreren din ser at du er god i mange fag.');
    await p.getByRole('button', { name: 'Ikke på storskjermen: «Fra skolen». Vis' }).click();
    await expect.poll(() => screen.locator('.screen-main').innerText()).toContain('Læreren din ser at du er god i mange fag.');
    const shown = await projectorAndPreview(screen, p);
    expect(shown).not.toContain(example.information.schoolNow);
    // Still off: the parents' account.
    expect(shown).not.toContain(example.information.parentsNowForScreen);

    // Step 6, push and pull: one item with a wording for the child, one without.
    await setStep(suite.server, meetingId, 5);
    await writeControl(suite.server, meetingId, (doc) => writeScreenFocus(doc, 'pushPull'));
    await p.getByRole('button', { name: 'Ikke på storskjermen: «Skyver bort fra skolen, punkt 1». Vis' }).click();
    await p.getByRole('button', { name: 'Ikke på storskjermen: «Skyver bort fra skolen, punkt 2». Vis' }).click();
    await expect.poll(() => screen.locator('.screen-main').innerText()).toContain('Å lese høyt i klassen');
    const pushPull = await projectorAndPreview(screen, p);
    expect(pushPull).toContain('Storefri uten noen å være sammen med');
    expect(pushPull).not.toContain('Høytlesing og muntlige framføringer');
    expect(pushPull).not.toContain('Far er hjemme på dagtid');
    await screen.screenshot({ path: join(ARTIFACTS, 'screen-choices-pushpull-1920x1080.png') });
    await p.screenshot({ path: join(ARTIFACTS, 'screen-choices-facilitator-1366x768.png'), fullPage: true });
    await lead.context.close();
  });
});
