import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertRecord, readMeetingContent, readRawContent } from '@naervaer/shared/content-doc';
import { contentFields } from '@naervaer/shared/doc';
import { CloseCode } from '@naervaer/shared/protocol';
import { AGENDA_STEPS } from '@naervaer/shared/agenda';
import { readMapping } from '@naervaer/shared/mapping-doc';
import { findIdentifyingFields } from '@naervaer/shared/pupil';
import { join } from 'node:path';
import { ARTIFACTS, VIEWPORTS, browserSuite } from '../support/browser';
import { invite } from '../support/http';
import { connect, eventually, synced } from '../support/yclient';
import { facilitatorContext, newMeeting, setStep } from './meeting-support';

const suite = browserSuite();

describe('an anonymous consultation', () => {
  it('offers no field that identifies the pupil, says so, and offers neither pupil nor parents as participants', async () => {
    const lead = await facilitatorContext(suite.browser, suite.server);
    const id = await newMeeting(lead.http, { kind: 'anonymous', title: 'Anonym drøfting, 9. trinn' });
    await lead.page.goto(`${suite.server.url}/m/${id}/prepare`);
    await lead.page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => lead.page.getByTestId('anonymous-notice').innerText()).toContain('Ikke skriv noe som kan identifisere eleven');
    for (const label of ['Elevens navn', 'Klasse', 'Fødselsdato']) expect(await lead.page.getByLabel(label, { exact: true }).count()).toBe(0);
    const serviceChoices = await lead.page.getByLabel('Tjeneste eller rolle').first().locator('option').allInnerTexts();
    expect(serviceChoices).toContain('Helsesykepleier (skolehelsetjenesten)');
    expect(serviceChoices).not.toContain('Elev');
    expect(serviceChoices).not.toContain('Foresatt');
    // The consent and child checklists belong to a named case.
    expect(await lead.page.getByRole('heading', { name: 'Samtykke fra foresatte' }).count()).toBe(0);

    // What the form does offer is stored and read back as an anonymous consultation.
    await lead.page.getByLabel('Navn', { exact: true }).last().fill('Bjørn Kjærnes');
    await lead.page.getByLabel('Tjeneste eller rolle').last().selectOption('ppt');
    await lead.page.getByRole('button', { name: 'Legg til deltaker' }).click();
    const room = await suite.server.app.ctx.rooms.get(id, 'content');
    await eventually(async () => (await room.read((doc) => readMeetingContent(doc, 'anonymous'))).participants.length === 1, 'participant stored');
    await lead.context.close();
  });

  it('refuses a hand-written client that sends the pupil’s name or a parent, and stores none of it', async () => {
    const lead = await facilitatorContext(suite.browser, suite.server);
    const id = await newMeeting(lead.http, { kind: 'anonymous', title: 'Anonym drøfting' });
    const credentials = { cookie: lead.http.cookieHeader };

    const honest = connect(suite.server.wsUrl, id, 'content', credentials);
    await synced(honest);
    contentFields(honest.doc).set('concern.raisedBy', 'Kontaktlærer');

    const sneaky = connect(suite.server.wsUrl, id, 'content', credentials);
    await synced(sneaky);
    sneaky.doc.transact(() => contentFields(sneaky.doc).set('pupil.name', 'Ola Nordmann'));
    await eventually(() => sneaky.closes.includes(CloseCode.forbiddenContent), 'close 4422 for the pupil’s name');

    const other = connect(suite.server.wsUrl, id, 'content', credentials);
    await synced(other);
    insertRecord(other.doc, 'participants', 'p-mor', { name: 'Mor', service: 'foresatt' }, 1);
    await eventually(() => other.closes.includes(CloseCode.forbiddenContent), 'close 4422 for a parent');

    // Neither reached the live document, storage, or anyone else.
    const room = await suite.server.app.ctx.rooms.get(id, 'content');
    await room.settle();
    const live = await room.read(readRawContent);
    expect(findIdentifyingFields(live)).toEqual([]);
    expect(live).toMatchObject({ concern: { raisedBy: 'Kontaktlærer' } });
    expect(contentFields(honest.doc).get('pupil.name')).toBeUndefined();
    const stored = await suite.server.app.ctx.storage.docs.load(id, 'content');
    const fromDisk = new Y.Doc();
    for (const u of stored.updates) Y.applyUpdate(fromDisk, u);
    expect(findIdentifyingFields(readRawContent(fromDisk))).toEqual([]);
    expect(readMeetingContent(fromDisk, 'anonymous').concern.raisedBy).toBe('Kontaktlærer');
    for (const c of [honest, sneaky, other]) c.destroy();
    await lead.context.close();
  });

  it('refuses an identifier at the field before it is sent, says why in Norwegian, and reminds the facilitator at every text field', async () => {
    const lead = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    const id = await newMeeting(lead.http, { kind: 'anonymous', title: 'Anonym drøfting, 8. trinn' });
    await invite(lead.http, id, 'participant', 'Åsmund Fjeld', 'ppt');
    const page = lead.page;
    await page.goto(`${suite.server.url}/m/${id}`);
    const notes = page.getByLabel('Felles notater');
    await notes.waitFor();
    const field = page.locator('.field').filter({ has: notes });
    // The reminder stands at the field before anything is typed.
    await expect.poll(() => field.locator('.guard-note').innerText()).toContain('Anonym drøfting: ikke skriv navn');
    await notes.click();
    await page.keyboard.type('Mor kan nås på 900 00 000 etter kl. 16.');
    const alert = field.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Ikke lagret: dette ser ut som et telefonnummer');
    // The last digit was not taken: the number never became whole, in the field or on the server.
    expect(await notes.inputValue()).not.toContain('900 00 000');
    const room = await suite.server.app.ctx.rooms.get(id, 'content');
    await eventually(async () => (await room.read((doc) => readRawContent(doc).notes as Record<string, string>)).welcome?.startsWith('Mor kan nås på 900 00 00') ?? false, 'what was typed before the number was stored');
    expect(JSON.stringify(await room.read(readRawContent))).not.toContain('900 00 000');
    // The name of someone invited is refused the same way, at the letter that makes it whole.
    await page.keyboard.type(' Ring Åsmund i morgen.');
    await expect.poll(() => alert.innerText()).toContain('dette ser ut som navnet til en som er invitert til møtet');
    expect(await notes.inputValue()).not.toContain('Åsmund');
    await eventually(async () => (await room.read((doc) => readRawContent(doc).notes as Record<string, string>)).welcome?.includes('Ring Åsmun') ?? false, 'what was typed before the name was stored');
    expect(JSON.stringify(await room.read(readRawContent))).not.toContain('Åsmund');
    await page.screenshot({ path: join(ARTIFACTS, 'anonymous-refused-at-field-1366x768.png'), fullPage: true });
    await lead.context.close();
  });

  it('refuses an invited person’s name in a mapping note before it is sent, says why at the note, and stays connected', async () => {
    const lead = await facilitatorContext(suite.browser, suite.server, VIEWPORTS.laptop);
    const id = await newMeeting(lead.http, { kind: 'anonymous', title: 'Anonym drøfting, 6. trinn' });
    await invite(lead.http, id, 'participant', 'Åsmund Fjeld', 'ppt');
    await setStep(suite.server, id, AGENDA_STEPS.indexOf('mapping'));
    const page = lead.page;
    await page.goto(`${suite.server.url}/m/${id}`);
    await page.getByLabel('Bare liste').check();
    await page.getByRole('button', { name: 'Legg til risiko i Helse' }).click();
    // The new note's field takes the focus once the note is there; a person types when they see it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^item-.+-text$/);
    await page.keyboard.type('Snakk med Åsmund om magen');
    await expect.poll(() => page.locator('.board-pane--list [role="alert"]').first().innerText()).toContain('navnet til en som er invitert til møtet');
    const room = await suite.server.app.ctx.rooms.get(id, 'content');
    await eventually(async () => JSON.stringify(await room.read((doc) => readMapping(doc).items.map((i) => i.text))).includes('Snakk med Åsmun'), 'the note up to the name stored');
    expect(JSON.stringify(await room.read((doc) => readMapping(doc).items.map((i) => i.text)))).not.toContain('Åsmund');
    // Nothing was refused by the server: the room is still connected.
    expect(await page.locator('.connection-refused').count()).toBe(0);
    await lead.context.close();
  });
});
