import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGENDA_STEPS } from '@naervaer/shared/agenda';
import { writeScreenFocus } from '@naervaer/shared/doc';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, axeViolations, browserSuite, VIEWPORTS, WAIT_MS } from '../support/browser';
import { invite } from '../support/http';
import { facilitatorContext, fillMeeting, newMeeting, setStep } from './meeting-support';

const suite = browserSuite({ env: { LOG_LEVEL: process.env.TEST_LOG ?? 'silent' } });
beforeAll(() => {
  mkdirSync(join(ARTIFACTS, 'screen'), { recursive: true });
});

/** Words that would tell the child that nothing said goes further, which is not true. */
const FALSE_PROMISE = /ikke forteller videre|forteller ikke videre|blir mellom oss|ingen andre får vite|ikke sier det videre/i;


describe('accessibility of every step', () => {
  // One check per step, each with its own budget; the pages stay open from step to step.
  let lead: Awaited<ReturnType<typeof facilitatorContext>>;
  let guest: BrowserContext;
  let guestPage: Page;
  let screen: Page;
  let meetingId: string;

  it('opens a full meeting for the facilitator, a participant and the shared screen', async () => {
    lead = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    meetingId = await newMeeting(lead.http, { kind: 'named', title: 'Samarbeidsmøte for Sofie', school: 'Bråtåsen skole' });
    await fillMeeting(suite.server, meetingId, fullExampleMeeting());
    const guestInvite = await invite(lead.http, meetingId, 'participant', 'Mariam Haddad', 'helsesykepleier');
    guest = await suite.browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
    guest.setDefaultTimeout(WAIT_MS);
    guestPage = await guest.newPage();
    await guestPage.goto(guestInvite.url);
    await guestPage.waitForURL('**/m/**');
    await lead.page.goto(`${suite.server.url}/m/${meetingId}`);
    screen = await lead.context.newPage();
    await screen.setViewportSize(VIEWPORTS.projector);
    await screen.goto(`${suite.server.url}/m/${meetingId}/screen`);
  });

  for (const [index, step] of AGENDA_STEPS.entries()) {
    it(`has no serious or critical axe violation at step ${index + 1} (${step}) in the facilitator, participant and shared-screen views, and captures the shared screen at 1920×1080`, async () => {
      await setStep(suite.server, meetingId, index);
      const violations: Record<string, unknown[]> = {};
      for (const [view, page] of [
        ['facilitator', lead.page],
        ['participant', guestPage],
        ['screen', screen],
      ] as const) {
        await page
          .locator(`[data-step="${step}"]`)
          .first()
          .waitFor()
          .catch(async (err) => {
            await page.screenshot({ path: join(ARTIFACTS, 'screen', `failed-${step}-${view}.png`) });
            throw new Error(`${view} did not show ${step}: ${err}`);
          });
        // The whiteboard's canvas is the whiteboard issue's to check; everything around it is checked here.
        const found = await axeViolations(page, { exclude: ['.tl-container'] });
        if (found.length) violations[`${step}/${view}`] = found;
      }
      // The shared screen never promises the child that what is said stays in the room; at the frames
      // it says who hears and gets it, and that an adult who fears for the child must tell someone.
      const shown = await screen.locator('.screen').innerText();
      expect(shown).not.toMatch(FALSE_PROMISE);
      if (step === 'frames') expect(shown).toContain('må de si fra til noen som kan hjelpe deg');
      await screen.screenshot({ path: join(ARTIFACTS, 'screen', `${index + 1}-${step}-1920x1080.png`) });
      if (step === 'understanding') {
        const shown = { circle: '.vicious-circle', pushPull: '.screen-pushpull', sras: '.sras-profile, .screen-hidden' } as const;
        for (const focus of ['circle', 'pushPull', 'sras'] as const) {
          const control = await suite.server.app.ctx.rooms.get(meetingId, 'control');
          await control.write((doc) => writeScreenFocus(doc, focus));
          await screen.locator(`.screen ${shown[focus]}`).first().waitFor();
          await screen.screenshot({ path: join(ARTIFACTS, 'screen', `${index + 1}-${step}-${focus}-1920x1080.png`) });
        }
        const control = await suite.server.app.ctx.rooms.get(meetingId, 'control');
        await control.write((doc) => writeScreenFocus(doc, 'factors'));
        await screen.locator('.screen-factors').waitFor();
      }
      await lead.page.screenshot({ path: join(ARTIFACTS, 'screen', `${index + 1}-${step}-facilitator-1366x768.png`), fullPage: true });
      expect(violations).toEqual({});
    });
  }

  it('has no serious or critical axe violation in preparation', async () => {
    await lead.page.goto(`${suite.server.url}/m/${meetingId}/prepare`);
    await lead.page.getByRole('heading', { level: 1 }).waitFor();
    const violations = await axeViolations(lead.page);
    await lead.page.screenshot({ path: join(ARTIFACTS, 'screen', `prepare-1366x768.png`), fullPage: true });
    expect(violations).toEqual([]);
    await guest.close();
    await lead.context.close();
  });
});
