import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENDA_STEPS } from '@naervaer/shared/agenda';
import { writeCurrentStep, writeScreenFocus } from '@naervaer/shared/doc';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import { ARTIFACTS, VIEWPORTS, axeViolations, launchBrowser } from '../support/browser';
import { invite } from '../support/http';
import { type TestServer, removeDir, startServer } from '../support/server';
import { facilitatorContext, fillMeeting, newMeeting } from './meeting-support';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer({ env: { LOG_LEVEL: process.env.TEST_LOG ?? 'silent' } });
  browser = await launchBrowser();
  mkdirSync(join(ARTIFACTS, 'screen'), { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDir(server.dataDir);
});

async function setStep(meetingId: string, index: number) {
  const control = await server.app.ctx.rooms.get(meetingId, 'control');
  control.doc.transact(() => writeCurrentStep(control.doc, index));
  await control.settle();
}

describe('accessibility of every step', () => {
  it('has no serious or critical axe violation on any step in the facilitator, participant and shared-screen views, and the shared screen is captured at 1920×1080', async () => {
    const lead = await facilitatorContext(browser, server, VIEWPORTS.laptop);
    const meetingId = await newMeeting(lead.http, { kind: 'named', title: 'Samarbeidsmøte for Sofie', school: 'Bråtåsen skole' });
    await fillMeeting(server, meetingId, fullExampleMeeting());
    const guestInvite = await invite(lead.http, meetingId, 'participant', 'Mariam Haddad', 'helsesykepleier');
    const guest = await browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
    const guestPage = await guest.newPage();
    await guestPage.goto(guestInvite.url);
    await guestPage.waitForURL('**/m/**');
    await lead.page.goto(`${server.url}/m/${meetingId}`);
    const screen = await lead.context.newPage();
    await screen.setViewportSize(VIEWPORTS.projector);
    await screen.goto(`${server.url}/m/${meetingId}/screen`);

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
          const control = await server.app.ctx.rooms.get(meetingId, 'control');
          control.doc.transact(() => writeScreenFocus(control.doc, focus));
          await screen.waitForTimeout(300);
          await screen.screenshot({ path: join(ARTIFACTS, 'screen', `${index + 1}-${step}-${focus}-1920x1080.png`) });
        }
        const control = await server.app.ctx.rooms.get(meetingId, 'control');
        control.doc.transact(() => writeScreenFocus(control.doc, 'factors'));
      }
      await lead.page.screenshot({ path: join(ARTIFACTS, 'screen', `${index + 1}-${step}-facilitator-1366x768.png`), fullPage: true });
    }
    for (const [path, page] of [
      ['prepare', lead.page],
    ] as const) {
      await page.goto(`${server.url}/m/${meetingId}/${path}`);
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
