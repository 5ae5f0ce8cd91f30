import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CloseCode } from '@naervaer/shared/protocol';
import { CONTROL_ROOT, readCurrentStep, stepNotes, writeCurrentStep } from '@naervaer/shared/doc';
import { SESSION_COOKIE } from '@naervaer/server/auth/principal';
import { type HttpClient, createMeeting, facilitator, invite } from '../support/http';
import { type TestServer, removeDir, startServer } from '../support/server';
import { type YClient, connect, eventually, sleep, synced } from '../support/yclient';

let server: TestServer;
let lead: HttpClient;
const clients: YClient[] = [];
const open = (...args: Parameters<typeof connect>) => {
  const c = connect(...args);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  server = await startServer();
  lead = await facilitator(server.url);
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(async () => {
  await server.close();
  removeDir(server.dataDir);
});

const leadCookie = () => ({ cookie: lead.cookieHeader });

async function storedControlStep(meetingId: string): Promise<number> {
  const stored = await server.app.ctx.storage.docs.load(meetingId, 'control');
  const doc = new Y.Doc();
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return readCurrentStep(doc);
}

describe('real-time sync with roles enforced by the server', () => {
  it('lets the facilitator move the agenda and everyone follows', async () => {
    const meetingId = await createMeeting(lead);
    const { token } = await invite(lead, meetingId, 'participant');
    const facilitatorControl = open(server.wsUrl, meetingId, 'control', leadCookie());
    const participantControl = open(server.wsUrl, meetingId, 'control', { token });
    await Promise.all([synced(facilitatorControl), synced(participantControl)]);
    writeCurrentStep(facilitatorControl.doc, 2);
    await eventually(() => readCurrentStep(participantControl.doc) === 2, 'participant sees step 3');
    expect(await storedControlStep(meetingId)).toBe(2);
  });

  it('refuses a participant’s and an observer’s change to the agenda: nobody sees it and it is not stored', async () => {
    const meetingId = await createMeeting(lead);
    const participant = await invite(lead, meetingId, 'participant');
    const observer = await invite(lead, meetingId, 'observer', 'Per', 'PP-tjenesten');
    const watcher = open(server.wsUrl, meetingId, 'control', leadCookie());
    await synced(watcher);
    writeCurrentStep(watcher.doc, 1);
    await eventually(async () => (await storedControlStep(meetingId)) === 1, 'step stored');

    for (const who of [participant, observer]) {
      const sneaky = open(server.wsUrl, meetingId, 'control', { token: who.token });
      await synced(sneaky);
      writeCurrentStep(sneaky.doc, 7);
      await eventually(() => sneaky.closes.includes(CloseCode.forbiddenWrite), 'forbidden close');
      sneaky.destroy();
    }
    await sleep(200);
    expect(readCurrentStep(watcher.doc)).toBe(1);
    expect(await storedControlStep(meetingId)).toBe(1);
  });

  it('lets a participant write content but closes an observer who tries', async () => {
    const meetingId = await createMeeting(lead);
    const participant = await invite(lead, meetingId, 'participant');
    const observer = await invite(lead, meetingId, 'observer');
    const facilitatorContent = open(server.wsUrl, meetingId, 'content', leadCookie());
    const writer = open(server.wsUrl, meetingId, 'content', { token: participant.token });
    const reader = open(server.wsUrl, meetingId, 'content', { token: observer.token });
    await Promise.all([synced(facilitatorContent), synced(writer), synced(reader)]);
    stepNotes(writer.doc, 'purpose').insert(0, 'Bekymring meldt av kontaktlærer.');
    await eventually(() => stepNotes(facilitatorContent.doc, 'purpose').toString() === 'Bekymring meldt av kontaktlærer.', 'note arrives');
    await eventually(() => stepNotes(reader.doc, 'purpose').toString() === 'Bekymring meldt av kontaktlærer.', 'observer reads it');
    stepNotes(reader.doc, 'purpose').insert(0, 'Observatøren skriver. ');
    await eventually(() => reader.closes.includes(CloseCode.forbiddenWrite), 'observer closed');
    await sleep(200);
    expect(stepNotes(facilitatorContent.doc, 'purpose').toString()).toBe('Bekymring meldt av kontaktlærer.');
  });

  it('does not let a wrong or revoked token connect, and closes a revoked person’s open socket', async () => {
    const meetingId = await createMeeting(lead);
    const statusOf = (query: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${server.wsUrl}/${meetingId}/content${query}`);
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('error', () => resolve(-1));
      });
    expect(await statusOf('?token=not-a-real-token-at-all')).toBe(401);
    expect(await statusOf('')).toBe(401);

    const { id, token } = await invite(lead, meetingId, 'participant');
    expect(await statusOf(`?token=${token}`)).toBe(101);
    const live = open(server.wsUrl, meetingId, 'content', { token });
    await synced(live);
    const revoked = await lead.request('DELETE', `/api/meetings/${meetingId}/invitations/${id}`);
    expect(revoked.status).toBe(204);
    await eventually(() => live.closes.includes(CloseCode.revoked), 'revoked socket closed', 3000);
    expect(await statusOf(`?token=${token}`)).toBe(401);
    // A token for another meeting is no key to this one.
    const other = await createMeeting(lead);
    const otherInvite = await invite(lead, other, 'participant');
    expect(await statusOf(`?token=${otherInvite.token}`)).toBe(401);
  });

  it('answers garbage bytes with a closed socket and keeps serving other meetings', async () => {
    const meetingId = await createMeeting(lead);
    const otherMeeting = await createMeeting(lead);
    const { token } = await invite(lead, meetingId, 'participant');
    const bystanderA = open(server.wsUrl, otherMeeting, 'content', leadCookie());
    await synced(bystanderA);
    const payloads = [Buffer.from([0xff, 0xff, 0xff]), Buffer.from([0, 2, 50, 1, 2, 3]), Buffer.from('hello'), Buffer.from([1, 5, 1, 2]), Buffer.from([0, 9, 0])];
    for (const payload of payloads) {
      const code = await new Promise<number>((resolve) => {
        const ws = new WebSocket(`${server.wsUrl}/${meetingId}/content?token=${token}`);
        ws.on('open', () => ws.send(payload));
        ws.on('close', (c) => resolve(c));
      });
      expect(code).toBe(CloseCode.badMessage);
    }
    const bystanderB = open(server.wsUrl, otherMeeting, 'content', leadCookie());
    await synced(bystanderB);
    stepNotes(bystanderA.doc, 'welcome').insert(0, 'Fortsatt i live');
    await eventually(() => stepNotes(bystanderB.doc, 'welcome').toString() === 'Fortsatt i live', 'other meeting still syncs');
  });

  it('refuses a sync message over the size limit with its close code and keeps the document unchanged', async () => {
    const small = await startServer({ env: { MAX_SYNC_MESSAGE_BYTES: '4096' } });
    try {
      const client = await facilitator(small.url);
      const meetingId = await createMeeting(client);
      const writer = open(small.wsUrl, meetingId, 'content', { cookie: client.cookieHeader });
      await synced(writer);
      stepNotes(writer.doc, 'welcome').insert(0, 'x'.repeat(10_000));
      await eventually(() => writer.closes.includes(CloseCode.tooLarge), 'too-large close');
      const stored = await small.app.ctx.storage.docs.load(meetingId, 'content');
      const doc = new Y.Doc();
      for (const u of stored.updates) Y.applyUpdate(doc, u);
      expect(stepNotes(doc, 'welcome').toString()).toBe('');
    } finally {
      await small.close();
      removeDir(small.dataDir);
    }
  });

  it('shows who is connected, with the name and role the server knows, whatever the client claims', async () => {
    const meetingId = await createMeeting(lead);
    const { token } = await invite(lead, meetingId, 'participant', 'Kari', 'helsesykepleier');
    const a = open(server.wsUrl, meetingId, 'content', leadCookie());
    const b = open(server.wsUrl, meetingId, 'content', { token });
    await Promise.all([synced(a), synced(b)]);
    b.provider.awareness.setLocalState({ user: { id: 'x', name: 'Rektor', role: 'facilitator', service: null, presence: 'room' } });
    await eventually(() => [...a.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Kari'), 'presence arrives');
    const kari = [...a.provider.awareness.getStates().values()].find((s) => s.user?.name === 'Kari');
    expect(kari?.user).toMatchObject({ role: 'participant', service: 'helsesykepleier' });
    expect(JSON.stringify([...a.provider.awareness.getStates().values()])).not.toContain('Rektor');
  });

  it('writes an idle meeting out, drops it from memory, and brings it back intact', async () => {
    const meetingId = await createMeeting(lead);
    const writer = open(server.wsUrl, meetingId, 'content', leadCookie());
    await synced(writer);
    const notes = stepNotes(writer.doc, 'closing');
    for (let i = 0; i < 20; i++) notes.insert(notes.length, `${i};`);
    await eventually(async () => (await server.app.ctx.storage.docs.count(meetingId, 'content')) > 0, 'stored');
    writer.destroy();
    // The test server unloads a room one second after its last socket leaves, merging its updates into one.
    await eventually(async () => (await server.app.ctx.storage.docs.count(meetingId, 'content')) === 1, 'compacted on unload', 5000);
    const reader = open(server.wsUrl, meetingId, 'content', leadCookie());
    await synced(reader);
    expect(stepNotes(reader.doc, 'closing').toString()).toBe(Array.from({ length: 20 }, (_, i) => `${i};`).join(''));
  });

  it('stores what a reconnecting client brings only when it is new: repeated deletions are not stored again, offline edits are', async () => {
    const meetingId = await createMeeting(lead);
    const stored = () => server.app.ctx.storage.docs.count(meetingId, 'content');
    const writer = open(server.wsUrl, meetingId, 'content', leadCookie());
    await synced(writer);
    const before = await stored();
    const notes = stepNotes(writer.doc, 'information');
    notes.insert(0, 'Mor sier at magen verker om morgenen.');
    notes.delete(4, 5);
    await eventually(async () => (await stored()) === before + 2, 'typing and deleting stored');

    // A copy of the same document reconnects: its sync step 2 repeats the deletion, which is already stored.
    const same = new Y.Doc();
    Y.applyUpdate(same, Y.encodeStateAsUpdate(writer.doc));
    const again = open(server.wsUrl, meetingId, 'content', leadCookie(), same);
    await synced(again);
    // Its next edit comes after its answer on the same socket: once the edit is stored, so would the answer be.
    stepNotes(same, 'closing').insert(0, 'Neste møte 12. desember.');
    await eventually(() => stepNotes(writer.doc, 'closing').length > 0, 'edit after reconnect arrives');
    expect(await stored()).toBe(before + 3);

    // A copy with an edit made offline brings something new: it is stored and reaches the others.
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(writer.doc));
    stepNotes(offline, 'information').delete(0, 4);
    const back = open(server.wsUrl, meetingId, 'content', leadCookie(), offline);
    await synced(back);
    await eventually(() => stepNotes(writer.doc, 'information').toString() === 'at magen verker om morgenen.', 'offline deletion arrives');
    expect(await stored()).toBe(before + 4);
  });

  it('lets a participant and an observer open the room after the agenda moved and text was deleted, and still refuses a deletion of their own', async () => {
    const meetingId = await createMeeting(lead);
    const participant = await invite(lead, meetingId, 'participant');
    const observer = await invite(lead, meetingId, 'observer', 'Per', 'PP-tjenesten');
    const leadControl = open(server.wsUrl, meetingId, 'control', leadCookie());
    const leadContent = open(server.wsUrl, meetingId, 'content', leadCookie());
    await Promise.all([synced(leadControl), synced(leadContent)]);
    // Moving the agenda replaces the step: the control document now holds deletions, as the content
    // does once a word is taken back.
    writeCurrentStep(leadControl.doc, 1);
    writeCurrentStep(leadControl.doc, 2);
    stepNotes(leadContent.doc, 'information').insert(0, 'Mor sier at magen verker.');
    stepNotes(leadContent.doc, 'information').delete(0, 4);
    await eventually(async () => (await storedControlStep(meetingId)) === 2, 'steps stored');
    const storedContent = () => server.app.ctx.storage.docs.count(meetingId, 'content');
    await eventually(async () => (await storedContent()) >= 2, 'typing stored');

    // Opened now, each gets the deletions with the document and repeats them in its answer to the
    // server's sync step 1, where it may not write: that answer brings nothing new and is let be.
    const joined = [
      open(server.wsUrl, meetingId, 'control', { token: participant.token }),
      open(server.wsUrl, meetingId, 'control', { token: observer.token }),
      open(server.wsUrl, meetingId, 'content', { token: observer.token }),
    ];
    await Promise.all(joined.map(synced));
    writeCurrentStep(leadControl.doc, 3);
    stepNotes(leadContent.doc, 'closing').insert(0, 'Neste møte 12. desember.');
    await eventually(() => readCurrentStep(joined[0]!.doc) === 3 && readCurrentStep(joined[1]!.doc) === 3, 'the next step reaches both');
    await eventually(() => stepNotes(joined[2]!.doc, 'closing').length > 0, 'new text reaches the observer');
    expect(joined.flatMap((c) => c.closes)).toEqual([]);

    // A deletion made by one of them is new, and refused: nothing of it is stored or reaches anyone.
    // Deleting makes no struct, so this is the repeat check's own refusal on the agenda.
    const stepRows = await server.app.ctx.storage.docs.count(meetingId, 'control');
    const contentRows = await storedContent();
    joined[0]!.doc.getMap(CONTROL_ROOT).delete('step');
    stepNotes(joined[2]!.doc, 'information').delete(0, 3);
    await eventually(() => joined[0]!.closes.includes(CloseCode.forbiddenWrite), 'participant closed for deleting the step');
    await eventually(() => joined[2]!.closes.includes(CloseCode.forbiddenWrite), 'observer closed for deleting text');
    expect(await server.app.ctx.storage.docs.count(meetingId, 'control')).toBe(stepRows);
    expect(await storedContent()).toBe(contentRows);
    expect(await storedControlStep(meetingId)).toBe(3);
    expect(readCurrentStep(leadControl.doc)).toBe(3);
    expect(stepNotes(leadContent.doc, 'information').toString()).toBe('sier at magen verker.');
  });

  it('has the session cookie name the browser uses', () => {
    expect(lead.cookieHeader).toContain(`${SESSION_COOKIE}=`);
  });
});
