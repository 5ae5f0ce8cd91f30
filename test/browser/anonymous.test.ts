import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertRecord, readMeetingContent, readRawContent } from '@naervaer/shared/content-doc';
import { contentFields } from '@naervaer/shared/doc';
import { CloseCode } from '@naervaer/shared/protocol';
import { findIdentifyingFields } from '@naervaer/shared/pupil';
import { browserSuite } from '../support/browser';
import { connect, eventually, synced } from '../support/yclient';
import { facilitatorContext, newMeeting } from './meeting-support';

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
});
