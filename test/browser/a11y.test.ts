import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGENDA_STEPS } from '@naervaer/shared/agenda';
import { writeCurrentStep, writeScreenFocus } from '@naervaer/shared/doc';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import { ARTIFACTS, axeViolations, browserSuite, VIEWPORTS } from '../support/browser';
import { invite } from '../support/http';
import { facilitatorContext, fillMeeting, newMeeting } from './meeting-support';

const suite = browserSuite({ env: { LOG_LEVEL: process.env.TEST_LOG ?? 'silent' } });
beforeAll(() => {
  mkdirSync(join(ARTIFACTS, 'screen'), { recursive: true });
});

async function setStep(meetingId: string, index: number) {
  const control = await suite.server.app.ctx.rooms.get(meetingId, 'control');
  await control.write((doc) => writeCurrentStep(doc, index));
  await control.settle();
}

describe('accessibility of every step', () => {
  it('has no serious or critical axe violation on any step in the facilitator, participant and shared-screen views, and the shared screen is captured at 1920×1080', async () => {
    const lead = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    const meetingId = await newMeeting(lead.http, { kind: 'named', title: 'Samarbeidsmøte for Sofie', school: 'Bråtåsen skole' });
    await fillMeeting(suite.server, meetingId, fullExampleMeeting());
    const guestInvite = await invite(lead.http, meetingId, 'participant', 'Mariam Haddad', 'helsesykepleier');
    const guest = await suite.browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
    const guestPage = await guest.newPage();
    await guestPage.goto(guestInvite.url);
    await guestPage.waitForURL('**/m/**');
    await lead.page.goto(`${suite.server.url}/m/${meetingId}`);
    const screen = await lead.context.newPage();
    await screen.setViewportSize(VIEWPORTS.projector);
    await screen.goto(`${suite.server.url}/m/${meetingId}/screen`);

    const found: Record<string, unknown[]> = {};
    for (const [index, step] of AGENDA_STEPS.entries()) {
      await setStep(meetingId, index);
      for (const [view, page] of [
        ['facilitator', lead.page],
        ['participant', guestPage],
        ['screen', screen],
      ] as const) {
        await page
          .locator(`[data-step="${step}"]`)
          .first()
          .waitFor({ timeout: 5000 })
          .catch(async (err) => {
            await page.screenshot({ path: join(ARTIFACTS, 'screen', `failed-${step}-${view}.png`) });
            throw new Error(`${view} did not show ${step}: ${err}`);
          });
        // The whiteboard's canvas is the whiteboard issue's to check; everything around it is checked here.
        const violations = await axeViolations(page, { exclude: ['.tl-container'] });
        if (violations.length) found[`${step}/${view}`] = violations;
      }
      await screen.screenshot({ path: join(ARTIFACTS, 'screen', `${index + 1}-${step}-1920x1080.png`) });
      if (step === 'understanding') {
        for (const focus of ['circle', 'pushPull', 'sras'] as const) {
          const control = await suite.server.app.ctx.rooms.get(meetingId, 'control');
          await control.write((doc) => writeScreenFocus(doc, focus));
          await screen.waitForTimeout(300);
          await screen.screenshot({ path: join(ARTIFACTS, 'screen', `${index + 1}-${step}-${focus}-1920x1080.png`) });
        }
        const control = await suite.server.app.ctx.rooms.get(meetingId, 'control');
        await control.write((doc) => writeScreenFocus(doc, 'factors'));
      }
      await lead.page.screenshot({ path: join(ARTIFACTS, 'screen', `${index + 1}-${step}-facilitator-1366x768.png`), fullPage: true });
    }
    for (const [path, page] of [
      ['prepare', lead.page],
    ] as const) {
      await page.goto(`${suite.server.url}/m/${meetingId}/${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const violations = await axeViolations(page);
      if (violations.length) found[path] = violations;
      await page.screenshot({ path: join(ARTIFACTS, 'screen', `prepare-1366x768.png`), fullPage: true });
    }
    expect(found).toEqual({});
    await guest.close();
    await lead.context.close();
  });
});
