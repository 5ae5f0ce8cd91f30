/**
 * What one invited participant can write into the content document with a hand-written client, and
 * what the server must do with it: never let a key name a property of a plain object, and read
 * what breaks a rule field by field, so the rest of the meeting and its minutes stay whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CUT_MARK } from '@naervaer/shared/content-repair';
import { contentFields, contentList, contentText, recordText, stepNotes } from '@naervaer/shared/doc';
import { insertRecord, readMeetingContent } from '@naervaer/shared/content-doc';
import { HttpClient, createMeeting, facilitator, invite } from '../support/http';
import { encodeMessage, rawSocket } from '../support/rawws';
import { type TestServer, removeDir, startServer } from '../support/server';
import { type YClient, connect, eventually, synced } from '../support/yclient';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ env: { LOG_LEVEL: 'silent' } });
});
afterAll(async () => {
  await server.close();
  removeDir(server.dataDir);
});

/** A participant's own y-websocket client on the meeting's content, synced. */
async function participantClient(lead: HttpClient, meetingId: string): Promise<YClient> {
  const guest = await invite(lead, meetingId, 'participant', 'Kari Nordmann', 'helsesykepleier');
  const client = connect(server.wsUrl, meetingId, 'content', { token: guest.token });
  await synced(client);
  return client;
}

/** Waits until the server has stored what the client sent (it stores before it relays). */
async function stored(meetingId: string, check: (doc: Y.Doc) => boolean) {
  await eventually(async () => (await server.app.ctx.rooms.get(meetingId, 'content')).read(check), 'the edit stored', 20_000);
}

/** Every server-side read of a meeting's content, as a participant and the facilitator can ask for it. */
async function readEverything(lead: HttpClient, meetingId: string) {
  const statuses: Record<string, number> = {};
  for (const path of ['agreement', 'mapping', 'minutes/preview', 'minutes.pdf', 'agreement.pdf', 'child-summary.pdf']) {
    statuses[path] = (await lead.request('GET', `/api/meetings/${meetingId}/${path}`)).status;
  }
  return statuses;
}

describe('a participant’s hostile keys in the content document', () => {
  it('never reach a prototype: after every server-side read, people still log in, join and create meetings', async () => {
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const attacker = await participantClient(lead, meetingId);
    attacker.doc.transact(() => {
      const fields = contentFields(attacker.doc);
      fields.set('__proto__.polluted', 'yes');
      fields.set('constructor.prototype.polluted', 'yes');
      fields.set('concern.__proto__', { polluted: 'yes' });
      const record = new Y.Map<unknown>();
      record.set('__proto__', { polluted: 'yes' });
      record.set('name', 'Kari Nordmann');
      record.set('service', 'helsesykepleier');
      record.set('order', 1);
      contentList(attacker.doc, 'participants').set('p-1', record);
      const note = new Y.Map<unknown>();
      note.set('__proto__', { polluted: 'yes' });
      note.set('areaId', 'self');
      note.set('kind', 'resource');
      note.set('text', 'Liker å tegne');
      note.set('x', 0);
      note.set('y', 0);
      attacker.doc.getMap('mapping').set('m-1', note);
    });
    await stored(meetingId, (doc) => contentList(doc, 'participants').has('p-1') && doc.getMap('mapping').has('m-1'));

    const statuses = await readEverything(lead, meetingId);
    expect(statuses).toEqual({ agreement: 200, mapping: 200, 'minutes/preview': 200, 'minutes.pdf': 200, 'agreement.pdf': 200, 'child-summary.pdf': 200 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // The participant the attacker wrote is read with its own fields, and nothing of the odd key.
    const content = await (await server.app.ctx.rooms.get(meetingId, 'content')).read((doc) => readMeetingContent(doc, 'named'));
    expect(content.participants.map((p) => p.name)).toEqual(['Kari Nordmann']);
    expect(Object.getPrototypeOf(content.participants[0])).toBe(Object.prototype);
    expect(content.mapping.map((m) => m.text)).toEqual(['Liker å tegne']);

    // Everyone can still do their work: log in, create a meeting, invite, join.
    const again = new HttpClient(server.url);
    expect((await again.request('POST', '/api/auth/login', { email: 'anne.leder@skole.no', password: 'trygt-passord-123' })).status).toBe(200);
    const other = await createMeeting(again);
    const guest = await invite(again, other, 'participant', 'Per Hansen', 'ppt');
    const joiner = new HttpClient(server.url);
    expect((await joiner.request('POST', '/api/join', { token: guest.token })).status).toBe(200);
    attacker.destroy();
  });
});

describe('a value that breaks a rule of the content', () => {
  it('is cut or left out on its own: the rest of the meeting stays whole and the minutes can be made and finalized', async () => {
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const writer = await participantClient(lead, meetingId);
    const doc = writer.doc;
    doc.transact(() => {
      stepNotes(doc, 'purpose').insert(0, 'Bekymring for fravær. '.repeat(1200)); // 26,400 characters; the limit is 20,000
      insertRecord(doc, 'participants', 'p-1', { name: 'Kari Nordmann', service: 'helsesykepleier', presence: 'room' }, 1);
      insertRecord(doc, 'participants', 'p-2', { name: 'Per Hansen', service: 'ppt', presence: 'remote' }, 2);
      recordText(doc, 'participants', 'p-1', 'fondOf').insert(0, 'hest'.repeat(200)); // 800 over 500
      const fields = contentFields(doc);
      fields.set('interpreter.used', true);
      fields.set('interpreter.language', 'polsk'.repeat(30)); // 150 over 80
      fields.set('absence.validDaysSemester', 'mange'); // a wrong type
      fields.set('concern.raisedBy', 'Kontaktlærer');
      fields.set('someUnknown.key', 'x'); // a key the layout does not have
      contentList(doc, 'measureRows').set('not-a-record', 'just a string' as unknown as Y.Map<unknown>); // a list entry that is not a record
      insertRecord(doc, 'measureRows', 'r-1', { measure: 'Åse møter Sofie ved bilen', deadline: 'neste uke' }, 1); // a date that is not one
      contentText(doc, 'agreement.mainGoal').insert(0, 'Sofie er på skolen fire av fem dager.');
    });
    await stored(meetingId, (d) => contentText(d, 'agreement.mainGoal').length > 0);

    const content = await (await server.app.ctx.rooms.get(meetingId, 'content')).read((d) => readMeetingContent(d, 'named'));
    expect(content.notes.purpose.length).toBe(20_000);
    expect(content.notes.purpose.endsWith(CUT_MARK)).toBe(true);
    expect(content.participants.map((p) => p.name)).toEqual(['Kari Nordmann', 'Per Hansen']);
    expect(content.participants[0]?.fondOf?.endsWith(CUT_MARK)).toBe(true);
    expect(content.interpreter).toMatchObject({ used: true });
    expect(content.interpreter.language?.length ?? 0).toBeLessThanOrEqual(80);
    expect(content.absence.validDaysSemester).toBeNull();
    expect(content.concern.raisedBy).toBe('Kontaktlærer');
    expect(content.agreement.rows.map((r) => r.measure)).toEqual(['Åse møter Sofie ved bilen']);
    expect(content.agreement.rows[0]?.deadline).toBeUndefined();
    expect(content.agreement.mainGoal).toBe('Sofie er på skolen fire av fem dager.');

    const statuses = await readEverything(lead, meetingId);
    expect(statuses).toEqual({ agreement: 200, mapping: 200, 'minutes/preview': 200, 'minutes.pdf': 200, 'agreement.pdf': 200, 'child-summary.pdf': 200 });
    const preview = await lead.request('GET', `/api/meetings/${meetingId}/minutes/preview`);
    expect(preview.text).toContain('Per Hansen');
    expect(preview.text).toContain('Åse møter Sofie ved bilen');
    expect(preview.text).toContain(CUT_MARK);
    const finalized = await lead.request('POST', `/api/meetings/${meetingId}/minutes/finalize`, {});
    expect(finalized.status).toBe(201);
    writer.destroy();
  });
});

describe('who may see what', () => {
  it('is written by the facilitator only: a participant’s consent or recipient row is refused and not stored, their notes are taken, and their reconnection after the facilitator’s changes is not refused', async () => {
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const facilitatorClient = connect(server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
    await synced(facilitatorClient);
    insertRecord(facilitatorClient.doc, 'consents', 'c-ppt', { service: 'ppt', given: true, date: '2026-11-30' }, 1);
    await stored(meetingId, (doc) => contentList(doc, 'consents').has('c-ppt'));

    const participant = await participantClient(lead, meetingId);
    stepNotes(participant.doc, 'purpose').insert(0, 'Fravær siden høstferien.');
    await stored(meetingId, (doc) => stepNotes(doc, 'purpose').toString() === 'Fravær siden høstferien.');

    // Flipping child welfare's copy from withheld to full is the facilitator's call alone.
    insertRecord(participant.doc, 'consents', 'c-bv', { service: 'barnevern', given: true, date: '2026-11-30' }, 2);
    await eventually(() => participant.closes.includes(4403), 'close 4403 for a consent row', 20_000);
    const second = await participantClient(lead, meetingId);
    (contentList(second.doc, 'consents').get('c-ppt') as Y.Map<unknown>).set('given', false);
    await eventually(() => second.closes.includes(4403), 'close 4403 for changing a consent', 20_000);
    const third = await participantClient(lead, meetingId);
    insertRecord(third.doc, 'recipients', 'r-1', { service: 'barnevern', name: 'Barnevernet' }, 1);
    await eventually(() => third.closes.includes(4403), 'close 4403 for a recipient row', 20_000);
    const fourth = await participantClient(lead, meetingId);
    contentList(fourth.doc, 'consents').delete('c-ppt');
    await eventually(() => fourth.closes.includes(4403), 'close 4403 for deleting a consent', 20_000);
    // What the projector shows in place of adults' words, ending the meeting for every screen, the
    // child's screen's age group and the decision on the path ahead are the facilitator's too.
    const facilitatorOnly: [string, (doc: Y.Doc) => void][] = [
      ['a wording for the screen', (doc) => contentText(doc, 'concern.reasonForScreen').insert(0, 'Ikke lest av møtelederen')],
      ['ending the meeting', (doc) => contentFields(doc).set('events.endedEarlyAt', '2026-12-02T10:00:00.000Z')],
      ['the age group', (doc) => contentFields(doc).set('childScreen.ageGroup', 'younger')],
      ['the path ahead', (doc) => contentFields(doc).set('referral.route', 'barnevern')],
    ];
    for (const [what, change] of facilitatorOnly) {
      const client = await participantClient(lead, meetingId);
      client.doc.transact(() => change(client.doc));
      await eventually(() => client.closes.includes(4403), `close 4403 for ${what}`, 20_000);
    }

    // A struct under the facilitator's client id that starts on their last held item and runs one
    // clock past it, claiming a text as its parent: cut where the held part ends, its rest would
    // follow the consent value it overlaps and replace it.
    const lead_ = facilitatorClient.doc.clientID;
    const held = Y.decodeStateVector(Y.encodeStateVector(facilitatorClient.doc)).get(lead_)!;
    const forger = new Y.Doc();
    forger.clientID = lead_;
    for (let i = 0; i < held - 1; i++) forger.getMap('scratch').set(`k${i}`, i);
    const before = Y.encodeStateVector(forger);
    forger.getText('text:notes.purpose').insert(0, 'ab');
    const guest = await invite(lead, meetingId, 'participant', 'Kari Nordmann', 'helsesykepleier');
    const raw = rawSocket(`${server.wsUrl}/${meetingId}/content?token=${encodeURIComponent(guest.token)}`);
    expect(await raw.opened).toBe(101);
    raw.ws.send(encodeMessage(0, 2, Y.encodeStateAsUpdate(forger, before)));
    expect(await raw.closed).toBe(4403);

    const room = await server.app.ctx.rooms.get(meetingId, 'content');
    await room.settle();
    const content = await room.read((doc) => readMeetingContent(doc, 'named'));
    expect(content.consents).toEqual([{ service: 'ppt', given: true, date: '2026-11-30', scope: '' }]);
    expect(content.closing.minutesRecipients).toEqual([]);
    expect(content.notes.purpose).toBe('Fravær siden høstferien.');
    expect(content.concern.reasonForScreen).toBe('');
    expect(content.events.endedEarlyAt).toBeUndefined();
    expect(content.childScreen.ageGroup).toBe('older');
    expect(content.referral.route).toBeUndefined();

    // The facilitator withdraws a consent; a participant who was away comes back with a document that
    // still knows the old rows (its answer repeats every deletion it knows of) and is taken in.
    const away = await participantClient(lead, meetingId);
    away.provider.disconnect();
    contentList(facilitatorClient.doc, 'consents').delete('c-ppt');
    await stored(meetingId, (doc) => !contentList(doc, 'consents').has('c-ppt'));
    away.provider.connect();
    await synced(away);
    stepNotes(away.doc, 'purpose').insert(0, 'Tilbake. ');
    await stored(meetingId, (doc) => stepNotes(doc, 'purpose').toString().startsWith('Tilbake. '));
    expect(away.closes).toEqual([]);
    expect(contentList(away.doc, 'consents').has('c-ppt')).toBe(false);
    for (const c of [facilitatorClient, participant, second, third, fourth, away]) c.destroy();
  });
});

describe('a stored row the server cannot read', () => {
  it('closes the meeting’s sockets with 4504, as when storage fails, and the server goes on serving the others', async () => {
    const lead = await facilitator(server.url);
    const damaged = await createMeeting(lead);
    const other = await createMeeting(lead);
    // What a damaged disk could hand back: never stored by the server, which checks every update first.
    await server.app.ctx.storage.docs.append(damaged, 'content', [Uint8Array.from([1, 1, 200, 7, 0, 40, 1, 9])]);
    const guest = await invite(lead, damaged, 'participant', 'Kari Nordmann', 'helsesykepleier');
    const raw = rawSocket(`${server.wsUrl}/${damaged}/content?token=${encodeURIComponent(guest.token)}`);
    expect(await raw.opened).toBe(101);
    expect(await raw.closed).toBe(4504);
    // An edit sent at once, before the room could say what it holds, is refused the same way.
    const edit = new Y.Doc();
    stepNotes(edit, 'information').insert(0, 'Hei');
    const writer = rawSocket(`${server.wsUrl}/${damaged}/content?token=${encodeURIComponent(guest.token)}`);
    expect(await writer.opened).toBe(101);
    writer.ws.send(encodeMessage(0, 2, Y.encodeStateAsUpdate(edit)));
    expect(await writer.closed).toBe(4504);
    const fine = await participantClient(lead, other);
    stepNotes(fine.doc, 'information').insert(0, 'Hei');
    await stored(other, (doc) => stepNotes(doc, 'information').toString() === 'Hei');
    fine.destroy();
  });
});
