/**
 * An anonymous consultation under attack from one invited participant with a hand-written client:
 * identifiers in every kind of place, encoding tricks, and places the layout does not have. Nothing
 * of it may reach storage (the SQLite file and its write-ahead log are read byte by byte), the
 * minutes or anyone else; honest edits go on being taken.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertRecord, readRawContent } from '@naervaer/shared/content-doc';
import { contentFields, contentText, recordText, stepNotes } from '@naervaer/shared/doc';
import { CloseCode } from '@naervaer/shared/protocol';
import { SOCKET_LIMITS } from '@naervaer/server/sync/limits';
import { createMeeting, facilitator, invite, type HttpClient } from '../support/http';
import { encodeMessage } from '../support/rawws';
import { rawSocket } from '../support/rawws';
import { type TestServer, removeDir, startServer } from '../support/server';
import { connect, eventually, synced } from '../support/yclient';

let server: TestServer;
let lead: HttpClient;
let meetingId: string;
beforeAll(async () => {
  server = await startServer({ env: { LOG_LEVEL: 'silent' } });
  lead = await facilitator(server.url);
  meetingId = await createMeeting(lead, { kind: 'anonymous', title: 'Drøfting 7B' });
});
afterAll(async () => {
  await server.close();
  removeDir(server.dataDir);
});

/** Every byte the server has stored (the database and its write-ahead log). */
function storedBytes(): string {
  return readdirSync(server.dataDir)
    .filter((f) => f.includes('.db') || f.includes('sqlite'))
    .map((f) => readFileSync(join(server.dataDir, f)).toString('latin1'))
    .join('');
}
const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

/** A participant's client that makes one change and is closed for it. */
async function attempt(change: (doc: Y.Doc) => void, doc = new Y.Doc()): Promise<number[]> {
  const guest = await invite(lead, meetingId, 'participant', 'Kari', 'helsesykepleier');
  const client = connect(server.wsUrl, meetingId, 'content', { token: guest.token }, doc);
  await synced(client);
  doc.transact(() => change(doc));
  await eventually(() => client.closes.length > 0, 'the socket closed', 20_000);
  client.destroy();
  return client.closes;
}

const SECRETS = ['17031410150', '57031410063', '900 00 000', 'mor.hansen@example.no', '17.03.2014', 'Ola Nordmann'];

describe('an anonymous consultation', () => {
  it('refuses identifiers and identity fields in every place a participant can write, and stores none of them', async () => {
    const refusals: Record<string, number[]> = {};
    refusals.noteFnr = await attempt((d) => stepNotes(d, 'purpose').insert(0, 'Fnr 17031410150'));
    refusals.dNumber = await attempt((d) => contentText(d, 'information.schoolNow').insert(0, 'D-nr 57031410063'));
    refusals.phoneInRecord = await attempt((d) => insertRecord(d, 'parked', 'x1', { text: 'Ring mor på 900 00 000', at: '2026-12-02T10:00:00Z' }, 1));
    refusals.emailInMeasure = await attempt((d) => {
      insertRecord(d, 'measureRows', 'r1', { measure: '' }, 1);
      recordText(d, 'measureRows', 'r1', 'measure').insert(0, 'Skriv til mor.hansen@example.no');
    });
    refusals.dateOfBirthFondOf = await attempt((d) => {
      insertRecord(d, 'participants', 'p1', { name: 'Kari', service: 'helsesykepleier' }, 1);
      recordText(d, 'participants', 'p1', 'fondOf').insert(0, 'Bursdag 17.03.2014');
    });
    refusals.boardText = await attempt((d) => d.getMap('boardDrawing').set('shape:1', { props: { text: 'født 17.03.2014' } }));
    refusals.pupilName = await attempt((d) => contentFields(d).set('pupil.name', 'Ola Nordmann'));
    refusals.caseTrick = await attempt((d) => contentFields(d).set('Pupil.name', 'Ola Nordmann'));
    refusals.madeUpRoot = await attempt((d) => d.getMap('pupil').set('name', 'Ola Nordmann'));
    refusals.serviceWithSpace = await attempt((d) => insertRecord(d, 'participants', 'p2', { name: 'Mor', service: 'foresatt ' }, 2));
    // Inserted and deleted in one update: a document that keeps deleted content still sends the text.
    refusals.insertAndDelete = await attempt((d) => {
      contentFields(d).set('pupil.name', 'Ola Nordmann');
      contentFields(d).delete('pupil.name');
    }, new Y.Doc({ gc: false }));
    // Strings a walk over values does not see: a key, an XML element's name, a `__proto__` key, binary.
    refusals.recordIdFnr = await attempt((d) => insertRecord(d, 'push', '17031410150', { text: 'Høytlesing' }, 1));
    refusals.xmlName = await attempt((d) => d.getMap('boardDrawing').set('shape:x', new Y.XmlElement('mor.hansen@example.no')));
    refusals.protoKey = await attempt((d) => d.getMap('boardDrawing').set('shape:y', JSON.parse('{"__proto__":{"x":"17031410150"}}')));
    refusals.binary = await attempt((d) => d.getMap('boardDrawing').set('shape:z', new TextEncoder().encode('17031410150')));
    for (const [name, closes] of Object.entries(refusals)) expect(closes, name).toContain(CloseCode.forbiddenContent);

    // An update that builds on a struct the server has not got waits for it, unstored and unrelayed
    // (a reconnecting client's keystrokes come ahead of its sync answer); once that comes, it is
    // checked like any other.
    const guest = await invite(lead, meetingId, 'participant', 'Kari', 'helsesykepleier');
    const hidden = new Y.Doc({ gc: false });
    hidden.getText('text:notes.information').insert(0, 'Først ');
    const first = Y.encodeStateAsUpdate(hidden);
    const before = Y.encodeStateVector(hidden);
    hidden.getText('text:notes.information').insert(6, 'fnr 17031410150');
    const pending = Y.encodeStateAsUpdate(hidden, before);
    const socket = rawSocket(`${server.wsUrl}/${meetingId}/content?token=${encodeURIComponent(guest.token)}`);
    expect(await socket.opened).toBe(101);
    socket.ws.send(encodeMessage(0, 2, pending));
    socket.ws.send(encodeMessage(0, 2, first));
    expect(await socket.closed).toBe(CloseCode.forbiddenContent);
    // A socket that only sends what builds on nothing it sends is closed once too much waits.
    const flooder = rawSocket(`${server.wsUrl}/${meetingId}/content?token=${encodeURIComponent(guest.token)}`);
    expect(await flooder.opened).toBe(101);
    const never = new Y.Doc();
    never.getText('text:notes.information').insert(0, 'aldri sendt ');
    const neverSent = Y.encodeStateVector(never);
    never.getText('text:notes.information').insert(12, 'venter');
    const waits = Y.encodeStateAsUpdate(never, neverSent);
    for (let i = 0; i <= SOCKET_LIMITS.waitingUpdates; i++) flooder.ws.send(encodeMessage(0, 2, waits));
    expect(await flooder.closed).toBe(CloseCode.badMessage);

    const room = await server.app.ctx.rooms.get(meetingId, 'content');
    await room.settle();
    const stored = storedBytes();
    // The files are read (the meeting's own title is in them), and none of the secrets is.
    expect(stored).toContain(latin1('Drøfting 7B'));
    for (const secret of SECRETS) expect(stored.includes(latin1(secret)), secret).toBe(false);
    const raw = await room.read(readRawContent);
    expect(JSON.stringify(raw)).not.toMatch(/Ola Nordmann|17031410150|900 00 000/);
  });

  it('goes on taking honest edits from the same people, and the minutes are made', async () => {
    const guest = await invite(lead, meetingId, 'participant', 'Kari', 'helsesykepleier');
    const client = connect(server.wsUrl, meetingId, 'content', { token: guest.token });
    await synced(client);
    stepNotes(client.doc, 'purpose').insert(0, 'Eleven har vært borte mye siden høstferien.');
    insertRecord(client.doc, 'participants', 'p-ppt', { name: 'Per Hansen', service: 'ppt', presence: 'remote' }, 1);
    const room = await server.app.ctx.rooms.get(meetingId, 'content');
    await eventually(async () => (await room.read((d) => stepNotes(d, 'purpose').toString())) === 'Eleven har vært borte mye siden høstferien.', 'the note stored', 20_000);
    expect(client.closes).toEqual([]);
    const pdf = await lead.request('GET', `/api/meetings/${meetingId}/minutes.pdf`);
    expect(pdf.status).toBe(200);
    client.destroy();
  });

  it('refuses the names of its invited people in free text and board text, also someone invited during the meeting, but not in the list of who takes part', async () => {
    const guest = await invite(lead, meetingId, 'participant', 'Kari', 'helsesykepleier');
    const client = connect(server.wsUrl, meetingId, 'content', { token: guest.token });
    await synced(client);
    // Invited while this socket is open: the server reads the names again when an invitation is made.
    await invite(lead, meetingId, 'participant', 'Åsmund Fjeld', 'ppt');
    insertRecord(client.doc, 'participants', 'p-asmund', { name: 'Åsmund Fjeld', service: 'ppt', presence: 'remote' }, 2);
    stepNotes(client.doc, 'mapping').insert(0, 'PPT kartlegger i januar, to timer per uke.');
    const room = await server.app.ctx.rooms.get(meetingId, 'content');
    await eventually(async () => (await room.read((d) => stepNotes(d, 'mapping').toString())).startsWith('PPT kartlegger'), 'the honest note stored', 20_000);
    expect(client.closes).toEqual([]);
    // The same socket, open since before the invitation: the name made known during the meeting is refused on it too.
    insertRecord(client.doc, 'parked', 'k0', { text: 'Åsmunds plan for januar', at: '2026-12-02T10:00:00Z' }, 1);
    await eventually(() => client.closes.includes(CloseCode.forbiddenContent), 'the open socket refused the new name', 20_000);
    client.destroy();

    expect(await attempt((d) => stepNotes(d, 'mapping').insert(0, 'Åsmund ringer hjem. '))).toContain(CloseCode.forbiddenContent);
    expect(await attempt((d) => d.getMap('boardDrawing').set('shape:n', { props: { text: 'Avtale med FJELD' } }))).toContain(CloseCode.forbiddenContent);
    expect(await attempt((d) => insertRecord(d, 'parked', 'k1', { text: 'Kari tar det med rektor', at: '2026-12-02T10:00:00Z' }, 1))).toContain(CloseCode.forbiddenContent);
    await room.settle();
    const stored = storedBytes();
    for (const refused of ['Åsmunds plan', 'Åsmund ringer', 'Avtale med FJELD', 'Kari tar det']) expect(stored.includes(latin1(refused)), refused).toBe(false);
    // The room's page gets the names, so its fields refuse them before they send.
    const view = await lead.request('GET', `/api/meetings/${meetingId}`);
    expect(view.json).toMatchObject({ invitedNames: expect.arrayContaining(['Kari', 'Åsmund Fjeld']) });
  });

  it('refuses an identifier in the meeting’s title or school, an invitation’s name or a recipient’s name, saying which field', async () => {
    const title = await lead.request('POST', '/api/meetings', { kind: 'anonymous', title: 'Drøfting, mor 900 00 000' });
    expect(title.status).toBe(422);
    expect(title.json).toMatchObject({ error: 'identifying_data', field: 'title', found: 'phone' });
    const school = await lead.request('POST', '/api/meetings', { kind: 'anonymous', title: 'Drøfting 8A', school: 'post@skole.example.no' });
    expect(school.json).toMatchObject({ field: 'school', found: 'email' });
    const invitation = await lead.request('POST', `/api/meetings/${meetingId}/invitations`, { role: 'participant', name: 'Kari 17031410150', service: 'helsesykepleier' });
    expect(invitation.json).toMatchObject({ error: 'identifying_data', field: 'name', found: 'nationalId' });
    const recipient = await lead.request('POST', `/api/meetings/${meetingId}/minutes/recipients`, { name: 'PPT, tlf 22 33 44 55', kind: 'ppt' });
    expect(recipient.json).toMatchObject({ error: 'identifying_data', field: 'name', found: 'phone' });
    // A named meeting is not anonymous: its title may name the pupil.
    expect((await lead.request('POST', '/api/meetings', { kind: 'named', title: 'Samarbeidsmøte for Ola, født 17.03.2014' })).status).toBe(201);
  });
});
