/**
 * Forandringsfabrikken's advice for during the meeting, built in where it applies: the topics in the
 * child's words and what was agreed with the child at the start, what the child wants decided today,
 * the guide's frame, the decision on whether the guide is still the right path, and ending the meeting
 * now for every screen. What must land in the minutes lands there, and nowhere it must not.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import { ARTIFACTS, VIEWPORTS, WAIT_MS, browserSuite } from '../support/browser';
import { invite } from '../support/http';
import { facilitatorContext, filledMeeting, setStep } from './meeting-support';

const suite = browserSuite();
const example = fullExampleMeeting();
const REASON = 'Et tema vi ikke hadde avtalt med Sofie kom opp. Åse snakker med henne i morgen.';


describe('the child’s meeting, as Forandringsfabrikken advises', () => {
  let lead: Awaited<ReturnType<typeof facilitatorContext>>;
  let p: Page;
  let g: Page;
  let screen: Page;
  let meetingId: string;

  const minutesJson = async (recipientId?: string) => {
    const res = await lead.http.request('GET', `/api/meetings/${meetingId}/minutes/preview${recipientId ? `?recipientId=${recipientId}` : ''}`);
    expect(res.status).toBe(200);
    return JSON.stringify(res.json);
  };

  it('opens the room for the facilitator and a participant, and the projector', async () => {
    ({ lead, meetingId } = await filledMeeting(suite.browser, suite.server, VIEWPORTS.laptop, example));
    p = lead.page;
    await p.goto(`${suite.server.url}/m/${meetingId}`);
    const nurse = await invite(lead.http, meetingId, 'participant', 'Mariam Haddad', 'helsesykepleier');
    const guest = await suite.browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
    guest.setDefaultTimeout(WAIT_MS);
    g = await guest.newPage();
    await g.goto(nurse.url);
    await g.waitForURL('**/m/**');
    screen = await lead.context.newPage();
    await screen.setViewportSize(VIEWPORTS.projector);
    await screen.goto(`${suite.server.url}/m/${meetingId}/screen`);
  });

  it('starts with the topics in the child’s words and what was agreed with the child, and reminds the leader to explain them', async () => {
    await screen.locator('.screen[data-step="welcome"]').waitFor();
    // The content arrives after the step: wait until what was agreed is there.
    await expect.poll(() => screen.locator('.screen-main').innerText()).toContain('Dette har vi avtalt med deg:');
    const shown = await screen.locator('.screen-main').innerText();
    expect(shown).toContain('Dette skal vi snakke om:');
    for (const title of ['Hvem er vi?', 'Hvorfor er vi her?', 'Hva skal vi gjøre?', 'Takk for i dag!']) expect(shown).toContain(title);
    // Under "Punkt 1 av 9", the points still to come are numbered from 2, as the screen counts them.
    expect(await screen.locator('.screen-agenda').getAttribute('start')).toBe('2');
    expect(shown).toContain('Dette har vi avtalt med deg:');
    expect(shown).toContain('Jeg har valgt en voksen jeg er trygg på, som skal være med meg i møtet.');
    await p.locator('.during-prompt[data-advice="explainTopics"]').waitFor();
    // The advice is the facilitator's: a participant does not get it.
    expect(await g.locator('.during-prompt').count()).toBe(0);
    await screen.screenshot({ path: join(ARTIFACTS, 'child-welcome-1920x1080.png') });
    await setStep(suite.server, meetingId, 1);
    await p.locator('.during-prompt[data-advice="presentation"]').waitFor();
  });

  it('asks what the child wants decided today and shows it; shows how we want it to be only when put there; gives the adults the guide’s frame', async () => {
    await setStep(suite.server, meetingId, 2);
    await screen.locator('.screen[data-step="purpose"]').waitFor();
    await p.locator('.during-prompt[data-advice="decideTogether"]').waitFor();
    const frame = p.locator('details.frame');
    await frame.locator('summary', { hasText: 'Veilederens utgangspunkt' }).click();
    expect(await frame.innerText()).toContain('ikke elever med problemer, men elever i problemer');
    await expect.poll(() => screen.locator('.screen-main').innerText()).toContain(example.concern.childWants);
    const shown = await screen.locator('.screen-main').innerText();
    expect(shown).toContain('Du har rett til å si hva du mener.');
    expect(shown).not.toContain(example.concern.desiredSituation);
    // The child's wish is typed in the room like any field, here by the participant.
    await g.getByLabel('Hva vil barnet at vi skal bestemme i dag?').fill('Jeg vil slippe å lese høyt. Og jeg vil ha pause når jeg trenger det.');
    await expect.poll(() => screen.locator('.screen-main').innerText()).toContain('Og jeg vil ha pause når jeg trenger det.');
    await p.getByRole('button', { name: 'Ikke på storskjermen: «slik vi vil at det skal bli». Vis' }).click();
    await expect.poll(() => screen.locator('.screen-main').innerText()).toContain(example.concern.desiredSituation);
    await screen.screenshot({ path: join(ARTIFACTS, 'child-purpose-1920x1080.png') });
  });

  it('gives the adults Ingul’s definition and Kearney’s continuum at step 6, with where the pupil is now, never on the screen', async () => {
    await setStep(suite.server, meetingId, 5);
    await screen.locator('.screen[data-step="understanding"]').waitFor();
    const continuum = p.getByRole('region', { name: 'Bekymringsfullt skolefravær' });
    await continuum.locator('summary', { hasText: 'Definisjon (Ingul 2011)' }).click();
    expect(await continuum.innerText()).toContain('medfører bekymring knyttet til elevens faglige utvikling');
    expect(await continuum.locator('li').count()).toBe(7);
    expect(await continuum.locator('li[aria-current="step"]').innerText()).toContain('vegringsatferd om morgenen');
    await continuum.getByLabel('Hvor er eleven nå? (de voksnes vurdering)').selectOption('lateArrivals');
    await expect.poll(() => continuum.locator('li[aria-current="step"]').innerText()).toContain('kommer for sent');
    expect(await screen.locator('.screen').innerText()).not.toMatch(/Kearney|kommer for sent til skolen|Ingul/);
  });

  it('records at step 8 that the case takes another route, for the full minutes only', async () => {
    await setStep(suite.server, meetingId, 7);
    await screen.locator('.screen[data-step="measures"]').waitFor();
    const referral = p.getByRole('region', { name: 'Er veilederen fortsatt riktig vei?' });
    expect(await referral.innerText()).toContain('omsorgssvikt');
    await referral.getByLabel('Fortsetter arbeidet etter veilederen?').selectOption('no');
    await referral.getByLabel('Hvilken vei').selectOption('bupa');
    await referral.getByLabel('Hvem gjør det').fill('Helsesykepleier');
    await expect.poll(async () => (await suite.server.app.ctx.rooms.get(meetingId, 'content')).read((d) => d.getMap('fields').get('referral.responsible'))).toBe('Helsesykepleier');
    expect(await g.getByRole('region', { name: 'Er veilederen fortsatt riktig vei?' }).count()).toBe(0);
    const shown = await screen.locator('.screen').innerText();
    for (const word of ['BUPA', 'veilederen', 'Helsesykepleier']) expect(shown).not.toContain(word);
  });

  it('ends the meeting now for every screen, with a calm goodbye for the child and the reason in the full minutes only', async () => {
    const parked = p.getByRole('region', { name: 'Parkerte tema' });
    expect(await parked.locator('.during-prompt[data-advice="considerEnding"]').innerText()).toContain('vurder å avslutte møtet');
    await parked.getByRole('button', { name: 'Avslutt møtet nå' }).click();
    // No reason, no ending: the field says why.
    await parked.getByRole('button', { name: 'Avslutt møtet for alle' }).click();
    await expect.poll(() => parked.getByRole('alert').innerText()).toContain('Skriv kort hvorfor');
    await parked.getByLabel('Hvorfor avsluttes møtet nå?').fill(REASON);
    await parked.getByRole('button', { name: 'Avslutt møtet for alle' }).click();

    await screen.getByRole('dialog', { name: 'Vi stopper møtet her.' }).waitFor();
    expect(await screen.locator('.ended-overlay').innerText()).toContain('Du har ikke gjort noe galt.');
    expect(await screen.locator('.screen').innerText()).not.toContain('Et tema vi ikke hadde avtalt');
    // The participant is told, and is out: their connection says the meeting has ended.
    await g.getByRole('dialog', { name: 'Møtet er avsluttet' }).waitFor();
    expect(await g.locator('.ended-overlay').innerText()).not.toContain(REASON);
    await expect.poll(() => g.locator('.connection').innerText()).toContain('Møtet er avsluttet.');
    expect(await p.locator('.ended-overlay').innerText()).toContain(REASON);
    await screen.screenshot({ path: join(ARTIFACTS, 'child-ended-1920x1080.png') });

    const full = await minutesJson();
    for (const text of [REASON, 'Møtet ble avsluttet før tiden', 'Gjentatte episoder der eleven kommer for sent til skolen', 'Henvisning til BUPA', 'Helsesykepleier', 'Og jeg vil ha pause når jeg trenger det.', example.concern.desiredSituation]) expect(full, text).toContain(text);
    // The child's summary: the wish and that the meeting stopped early, never the reason or the route.
    const preview = await lead.http.request('GET', `/api/meetings/${meetingId}/minutes/preview`);
    const childSummary = JSON.stringify((preview.json.models as { document: string }[]).find((m) => m.document === 'child'));
    expect(childSummary).toContain('Vi stoppet møtet før tiden. Du har ikke gjort noe galt.');
    expect(childSummary).toContain('De voksne tror kanskje at dette kan være vanskelig for deg:');
    expect(childSummary).toContain('Og jeg vil ha pause når jeg trenger det.');
    for (const text of [REASON, 'BUPA', 'kommer for sent til skolen']) expect(childSummary, text).not.toContain(text);

    // A copy for a service without the parents' consent carries none of it.
    const recipient = await lead.http.request('POST', `/api/meetings/${meetingId}/minutes/recipients`, { name: 'Barneverntjenesten', kind: 'barnevern' });
    expect(recipient.status).toBe(201);
    const withheld = await minutesJson(recipient.json.id);
    for (const text of [REASON, 'BUPA', 'Og jeg vil ha pause', example.concern.desiredSituation, 'kommer for sent til skolen']) expect(withheld, text).not.toContain(text);

    // Opened again by the facilitator: every screen goes back to the meeting.
    await p.getByRole('button', { name: 'Ta opp igjen møtet' }).click();
    await screen.locator('.ended-overlay').waitFor({ state: 'detached' });
    // The participant comes back by opening the room again.
    await g.reload();
    await g.locator('main[data-step]').waitFor();
    expect(await g.locator('.ended-overlay').count()).toBe(0);
    await g.context().close();
  });

  it('speaks to a younger child, when the preparation says so, with fewer words, bigger type and a picture for the step', async () => {
    await p.goto(`${suite.server.url}/m/${meetingId}/prepare`);
    // The preparation has the meeting's content before the choice is made, as a person would see it.
    await expect.poll(() => p.getByLabel('Elevens navn').inputValue()).toBe(example.pupil!.name);
    await p.getByLabel('Storskjermen for barnet').selectOption('younger');
    await expect.poll(async () => (await suite.server.app.ctx.rooms.get(meetingId, 'content')).read((d) => d.getMap('fields').get('childScreen.ageGroup'))).toBe('younger');
    await screen.locator('.screen[data-age="younger"] .step-picture').waitFor();
    const size = (page: Page) => page.locator('.screen-main h1').evaluate((h) => Number.parseFloat(getComputedStyle(h).fontSize));
    expect(await size(screen)).toBeGreaterThan(70);
    await p.getByLabel('Storskjermen for barnet').selectOption('older');
    await screen.locator('.screen[data-age="older"]').waitFor();
    expect(await screen.locator('.step-picture').count()).toBe(0);
    expect(await size(screen)).toBeLessThan(70);
    await lead.context.close();
  });
});
