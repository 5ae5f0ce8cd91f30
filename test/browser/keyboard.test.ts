/** The room used with the keyboard alone: moving the agenda, pausing and resuming, adding a measure. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/browser';
import { facilitatorContext, newMeeting, onStep } from './meeting-support';

const suite = browserSuite();

/** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      const label = (el as HTMLInputElement).labels?.[0]?.innerText ?? '';
      return `${label} ${el.innerText ?? ''} ${el.getAttribute('aria-label') ?? ''}`.trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`no focusable control matching ${name} within ${limit} tabs`);
}

describe('the room by keyboard alone', () => {
  it('lets the facilitator move the agenda, pause and resume, and add a measure without a mouse', async () => {
    const lead = await facilitatorContext(suite.browser, suite.server);
    const id = await newMeeting(lead.http, { kind: 'named', title: 'Samarbeidsmøte for Ola' });
    await lead.page.goto(`${suite.server.url}/m/${id}`);
    await onStep(lead.page, 'Velkommen');

    await tabTo(lead.page, /Neste punkt/);
    await lead.page.keyboard.press('Enter');
    await onStep(lead.page, 'Presentasjon av møtedeltakerne');

    await tabTo(lead.page, /^.?\s*Pause$/);
    await lead.page.keyboard.press('Space');
    const card = lead.page.getByRole('dialog');
    await card.waitFor();
    expect(await card.innerText()).toContain('Vi tar en pause');
    // A modal dialog: Tab goes round inside the card and never to the agenda behind it.
    const focusedOutside: string[] = [];
    for (let i = 0; i < 8; i++) {
      await lead.page.keyboard.press('Tab');
      const outside = await lead.page.evaluate(() => (document.activeElement && document.activeElement !== document.body && !document.activeElement.closest('dialog') ? document.activeElement.textContent : null));
      if (outside !== null) focusedOutside.push(outside);
    }
    expect(focusedOutside).toEqual([]);
    await tabTo(lead.page, /Fortsett møtet/);
    await lead.page.keyboard.press('Enter');
    await card.waitFor({ state: 'detached' });

    // The arrow keys move the agenda when no text field has focus.
    for (let i = 0; i < 6; i++) await lead.page.keyboard.press('ArrowRight');
    await onStep(lead.page, 'Sette opp tiltak');
    await tabTo(lead.page, /Legg til tiltak/);
    await lead.page.keyboard.press('Enter');
    await lead.page.getByText('Tiltak 1', { exact: true }).waitFor();
    // The new row's first field has the keyboard: typing goes there, and a space does not add another row.
    await expect.poll(() => lead.page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.labels?.[0]?.innerText ?? '')).toMatch(/^Delmål/);
    await lead.page.keyboard.type('Ola kommer hver mandag');
    expect(await lead.page.getByLabel('Delmål').first().inputValue()).toBe('Ola kommer hver mandag');
    expect(await lead.page.locator('.measure-row').count()).toBe(1);
    await lead.context.close();
  });
});
