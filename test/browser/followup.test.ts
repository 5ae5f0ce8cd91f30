/** A follow-up meeting evaluates last time's measures at step 8, fetched from the earlier meeting. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMeetingContent } from '@naervaer/shared/content-doc';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import { invite } from '../support/http';
import { ARTIFACTS, VIEWPORTS, axeViolations, browserSuite, foreignRequests, recordingContext } from '../support/browser';
import { facilitatorContext, fillMeeting, newMeeting, onStep } from './meeting-support';

const suite = browserSuite();

describe('a follow-up meeting', () => {
  it('fetches the measures agreed last time, once, and records how each went together with a participant', async () => {
    const lead = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.projector);
    const first = await newMeeting(lead.http, { kind: 'named', title: 'Samarbeidsmøte for Sofie' });
    const example = fullExampleMeeting();
    await fillMeeting(suite.server, first, example);
    const followup = await newMeeting(lead.http, { kind: 'followup', title: 'Oppfølgingsmøte for Sofie' });
    const link = await invite(lead.http, followup, 'participant', 'Åse Lien', 'Trygghetsperson');

    const p = lead.page;
    await p.goto(`${suite.server.url}/m/${followup}`);
    await p.getByRole('navigation').getByRole('button', { name: 'Tiltak' }).click();
    await onStep(p, 'Sette opp tiltak');
    const section = p.getByRole('region', { name: 'Evaluering av tiltakene fra forrige møte' });
    await section.getByText('Ingen tiltak å evaluere ennå.').waitFor();

    const earlier = section.getByLabel('Hent tiltakene fra et tidligere møte');
    // The earlier meetings are fetched once the step's view is there: wait for the list, then count.
    await earlier.locator('option', { hasText: 'Samarbeidsmøte for Sofie' }).first().waitFor({ state: 'attached' });
    expect(await earlier.locator('option', { hasText: 'Samarbeidsmøte for Sofie' }).count()).toBe(1);
    await earlier.selectOption(first);
    await section.getByRole('button', { name: 'Hent tiltakene' }).click();
    const worded = example.agreement.rows.filter((r) => r.measure.trim() !== '');
    await section.getByRole('status').filter({ hasText: `${worded.length} tiltak er hentet.` }).waitFor();
    expect(await section.locator('[data-evaluation]').count()).toBe(worded.length);
    expect(await section.getByLabel('Tiltaket').first().inputValue()).toBe(worded[0]!.measure);
    // Fetching again adds nothing.
    await section.getByRole('button', { name: 'Hent tiltakene' }).click();
    await section.getByRole('status').filter({ hasText: 'Alle tiltakene fra det møtet er allerede med.' }).waitFor();
    expect(await section.locator('[data-evaluation]').count()).toBe(worded.length);

    // A participant on another screen records the outcome and a note; the facilitator sees both.
    const guest = await recordingContext(suite.browser, VIEWPORTS.laptop);
    await guest.page.goto(link.url);
    await onStep(guest.page, 'Sette opp tiltak');
    const theirs = guest.page.locator('[data-evaluation]').first();
    await theirs.getByLabel('Hvordan gikk det').selectOption({ label: 'Virket delvis' });
    await theirs.getByLabel('Merknad').fill('Fungerte de dagene Åse var på jobb');
    const mine = section.locator('[data-evaluation]').first();
    await expect.poll(() => mine.getByLabel('Hvordan gikk det').inputValue()).toBe('partly');
    await expect.poll(() => mine.getByLabel('Merknad').inputValue()).toBe('Fungerte de dagene Åse var på jobb');
    // Participants do not get the facilitator's list of meetings.
    expect(await guest.page.getByLabel('Hent tiltakene fra et tidligere møte').count()).toBe(0);

    expect(await axeViolations(p)).toEqual([]);
    await p.screenshot({ path: join(ARTIFACTS, 'followup-evaluation-1920x1080.png'), fullPage: true });

    // The shared screen shows each measure and how it went, in words and a sign, but not the adults' notes.
    const screen = await lead.context.newPage();
    await screen.goto(`${suite.server.url}/m/${followup}/screen`);
    const lastTime = screen.getByRole('region', { name: 'Slik gikk det med det vi prøvde sist' }).or(screen.locator('.screen-last-time'));
    // How the adults judged last time's measures goes up when the facilitator puts it there.
    await screen.locator('.screen[data-step="measures"]').waitFor();
    expect(await lastTime.count()).toBe(0);
    await section.getByRole('button', { name: 'Ikke på storskjermen: «Evaluering av tiltakene fra forrige møte». Vis' }).click();
    await lastTime.first().waitFor();
    const shown = await lastTime.first().innerText();
    expect(shown).toContain(worded[0]!.measure);
    expect(shown).toContain('Virket delvis');
    expect(shown).toContain('Ikke snakket om ennå');
    expect(shown).not.toContain('Fungerte de dagene');
    expect(await axeViolations(screen)).toEqual([]);
    await screen.screenshot({ path: join(ARTIFACTS, 'followup-screen-1920x1080.png') });
    // The facilitator can take it off the screen.
    await section.getByRole('button', { name: 'På storskjermen nå: «Evaluering av tiltakene fra forrige møte». Ta bort' }).click();
    await lastTime.first().waitFor({ state: 'detached' });
    await screen.close();
    expect(foreignRequests([...lead.requests, ...guest.requests], suite.server.url)).toEqual([]);

    // Stored as the minutes will read it.
    const room = await suite.server.app.ctx.rooms.get(followup, 'content');
    await room.settle();
    const evaluation = (await room.read((doc) => readMeetingContent(doc, 'followup'))).evaluation;
    expect(evaluation[0]).toMatchObject({ id: worded[0]!.id, measure: worded[0]!.measure, outcome: 'partly', note: 'Fungerte de dagene Åse var på jobb' });
    // And the minutes carry it.
    const pdf = await fetch(`${suite.server.url}/api/meetings/${followup}/minutes.pdf`, { headers: { cookie: lead.http.cookieHeader } });
    expect(pdf.status).toBe(200);
    const file = join(ARTIFACTS, 'followup-minutes.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Evaluering av tiltakene fra forrige møte');
    expect(text).toContain('Virket delvis');
    expect(text).toContain('Fungerte de dagene Åse var på jobb');
    await guest.context.close();
    await lead.context.close();
  });
});

