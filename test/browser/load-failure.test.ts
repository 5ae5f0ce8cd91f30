/**
 * Code that does not load (the Wi-Fi drops in the meeting, or a new version replaced the files): the
 * room and the shared screen stay, the part that did not load says so and offers to load again, and
 * a language whose texts do not load leaves the page in the language it had.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, VIEWPORTS, WAIT_MS, browserSuite } from '../support/browser';
import { facilitatorContext, filledMeeting, newMeeting, setStep } from './meeting-support';

const suite = browserSuite();

/** The code of step 3's views: the room's and the shared screen's (both files are named after it). */
const PURPOSE_VIEWS = '**/assets/Purpose-*.js';
/** The nynorsk and English interface texts (bokmål's come with the app). */
const OTHER_UI_TEXTS = '**/assets/ui-*.js';

describe('code that does not load', () => {
  it('leaves the room and the shared screen in place, says what did not load, and loads it again at the press of a button', async () => {
    const { lead, meetingId } = await filledMeeting(suite.browser, suite.server, VIEWPORTS.laptop);
    await lead.context.route(PURPOSE_VIEWS, (route) => route.abort('internetdisconnected'));
    const room = lead.page;
    const screen = await lead.context.newPage();
    await screen.setViewportSize(VIEWPORTS.projector);
    await room.goto(`${suite.server.url}/m/${meetingId}`);
    await screen.goto(`${suite.server.url}/m/${meetingId}/screen`);
    await room.locator('.connection[data-state="connected"]').waitFor();
    await screen.locator('.screen[data-step="welcome"]').waitFor();

    await setStep(suite.server, meetingId, 2);

    // The room: the step's view says it did not load; the rest of the room (the agenda, the
    // connection, the step's heading and its shared notes) is all there.
    const step = room.locator('#step');
    await step.getByRole('alert').filter({ hasText: 'Noe av siden lastet ikke.' }).waitFor();
    await step.getByRole('button', { name: 'Last inn på nytt' }).waitFor();
    await room.getByRole('heading', { level: 2, name: 'Hensikten med møtet' }).waitFor();
    expect(await room.locator('.agenda-rail [aria-current="step"]').innerText()).toContain('Hensikten med møtet');
    expect(await room.locator('.connection').getAttribute('data-state')).toBe('connected');
    expect(await room.getByLabel('Felles notater').isVisible()).toBe(true);
    expect(await room.getByLabel('Hvem meldte bekymringen').count()).toBe(0);

    // The shared screen: its heading stays, and it says in plain words that something did not come up.
    await screen.getByRole('alert').filter({ hasText: 'Noe kom ikke opp på skjermen.' }).waitFor();
    await screen.getByRole('heading', { level: 1, name: 'Hvorfor er vi her?' }).waitFor();
    expect(await screen.getByRole('button', { name: 'Prøv igjen' }).isVisible()).toBe(true);
    await room.screenshot({ path: join(ARTIFACTS, 'load-failed-room-1366x768.png') });
    await screen.screenshot({ path: join(ARTIFACTS, 'load-failed-screen-1920x1080.png') });

    // The network is back: the button loads the page again, and the step shows.
    await lead.context.unroute(PURPOSE_VIEWS);
    await step.getByRole('button', { name: 'Last inn på nytt' }).click();
    await room.getByLabel('Hvem meldte bekymringen').waitFor();
    expect(await room.getByText('Noe av siden lastet ikke.').count()).toBe(0);
    await screen.getByRole('button', { name: 'Prøv igjen' }).click();
    await screen.locator('.screen-main .screen-lead').waitFor();
    expect(await screen.getByText('Noe kom ikke opp på skjermen.').count()).toBe(0);
    await lead.context.close();
  });

  it('fetches every step’s view once the room is idle, so the last step shows after the network has gone', async () => {
    const { lead, meetingId } = await filledMeeting(suite.browser, suite.server, VIEWPORTS.laptop);
    const views = new Set<string>();
    lead.page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (/^\/assets\/(Introductions|Purpose|Frames|Information|Understanding|Measures|Closing)-[\w-]+\.js$/.test(path)) views.add(path);
    });
    await lead.page.goto(`${suite.server.url}/m/${meetingId}`);
    await lead.page.locator('.connection[data-state="connected"]').waitFor();
    // Seven steps' views in the room, and the same seven in the facilitator's preview of the screen.
    await expect.poll(() => views.size, { timeout: WAIT_MS }).toBe(14);

    await lead.context.route('**/assets/**', (route) => route.abort('internetdisconnected'));
    await setStep(suite.server, meetingId, 8);
    await lead.page.getByRole('heading', { level: 2, name: 'Avslutning' }).waitFor();
    await lead.page.getByLabel('Neste møte').waitFor();
    expect(await lead.page.getByText('Noe av siden lastet ikke.').count()).toBe(0);
    await lead.context.close();
  });

  it('keeps an anonymous consultation’s fields closed while its rule has not loaded, and says so', async () => {
    const lead = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    const id = await newMeeting(lead.http, { kind: 'anonymous', title: 'Anonym drøfting' });
    await lead.context.route('**/assets/anonymous-*.js', (route) => route.abort('internetdisconnected'));
    await lead.page.goto(`${suite.server.url}/m/${id}`);
    const step = lead.page.locator('#step');
    await step.getByRole('alert').filter({ hasText: 'Noe av siden lastet ikke.' }).waitFor();
    expect(await step.getByRole('textbox').count()).toBe(0);
    await lead.page.locator('.agenda-rail').waitFor();

    await lead.context.unroute('**/assets/anonymous-*.js');
    await step.getByRole('button', { name: 'Last inn på nytt' }).click();
    await lead.page.getByLabel('Felles notater').waitFor();
    await lead.context.close();
  });

  it('stays in bokmål, and says so beside the picker, when nynorsk’s texts do not load; a remembered nynorsk opens in bokmål until its texts load again', async () => {
    const lead = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    const id = await newMeeting(lead.http, { kind: 'named', title: 'Samarbeidsmøte for Kari' });
    const page = lead.page;
    await lead.context.route(OTHER_UI_TEXTS, (route) => route.abort('internetdisconnected'));
    await page.goto(`${suite.server.url}/m/${id}`);
    await page.getByRole('button', { name: 'Neste punkt →' }).waitFor();

    await page.getByLabel('Språk').selectOption('nn');
    await page.locator('.language-picker').getByRole('alert').filter({ hasText: 'Fikk ikke byttet språk. Last inn siden på nytt og prøv igjen.' }).waitFor();
    expect(await page.getByLabel('Språk').inputValue()).toBe('nb');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    expect(await page.getByRole('button', { name: 'Neste punkt →' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('nm.language'))).toBeNull();
    await page.locator('.room-header').screenshot({ path: join(ARTIFACTS, 'language-failed-header-1366x768.png') });

    // Someone who chose nynorsk before, on a day its texts do not come: the room opens, in bokmål.
    await page.evaluate(() => localStorage.setItem('nm.language', 'nn'));
    await page.reload();
    await page.getByRole('button', { name: 'Neste punkt →' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    expect(await page.locator('.language-picker [role="alert"]').count()).toBe(0);

    // With the texts back, the next load opens in nynorsk. (Chromium keeps a failed module until the
    // page reloads, so a new try in the same page is not shown here.)
    await lead.context.unroute(OTHER_UI_TEXTS);
    await page.reload();
    await page.getByRole('button', { name: 'Førre punkt' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
    expect(await page.getByLabel('Språk').inputValue()).toBe('nn');
    await lead.context.close();
  });
});
