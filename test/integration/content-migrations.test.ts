/**
 * A stored meeting document follows the content's schema when it changes shape: a document of the
 * version before is migrated when its room loads (stored like any edit, the version recorded), read
 * migrated before that by the minutes, migrated once only, and a document newer than the app is left
 * as it is. The migration here is the test's own (the content has none yet).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentMigration } from '@naervaer/shared/content-migrations';
import { stepNotes } from '@naervaer/shared/doc';
import { createMeeting, facilitator } from '../support/http';
import { type TestServer, startServer, tempDataDir } from '../support/server';
import { connect, synced } from '../support/yclient';

const MARK = 'Fra versjon 2: ';
let runs = 0;
/** Version 2 in this test: the welcome notes get a mark (and a document that has it keeps it once). */
const TO_V2: ContentMigration = {
  to: 2,
  name: 'welcome notes marked',
  migrate(doc) {
    runs += 1;
    const notes = stepNotes(doc, 'welcome');
    if (!notes.toString().startsWith(MARK)) notes.insert(0, MARK);
  },
};

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('content migrations', () => {
  it('migrate a stored version-1 document when its room loads, once, and leave a newer document alone', async () => {
    const dataDir = tempDataDir();
    server = await startServer({ dataDir });
    let lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const room = await server.app.ctx.rooms.get(meetingId, 'content');
    await room.write((doc) => stepNotes(doc, 'welcome').insert(0, 'Alle presenterte seg.'));
    await room.settle();
    expect(await server.app.ctx.storage.meetings.contentVersion(meetingId)).toBe(1);
    await server.close();

    // The app now knows version 2.
    server = await startServer({ dataDir, contentMigrations: [TO_V2] });
    lead = await facilitator(server.url);
    const storage = server.app.ctx.storage;
    const rowsBefore = (await storage.docs.load(meetingId, 'content')).updates.length;
    // Before any room loads it, the minutes read it migrated already, and nothing is stored yet.
    const preview = await lead.request('GET', `/api/meetings/${meetingId}/minutes/preview`);
    expect(JSON.stringify(preview.json.models)).toContain(`${MARK}Alle presenterte seg.`);
    expect(await storage.meetings.contentVersion(meetingId)).toBe(1);

    // A client opens it: the room loads it migrated, stores the change and records version 2.
    const client = connect(server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
    await synced(client);
    expect(stepNotes(client.doc, 'welcome').toString()).toBe(`${MARK}Alle presenterte seg.`);
    expect(await storage.meetings.contentVersion(meetingId)).toBe(2);
    expect((await storage.docs.load(meetingId, 'content')).updates.length).toBe(rowsBefore + 1);
    const runsSoFar = runs;
    client.destroy();
    await server.close();

    // Loaded again: nothing runs twice.
    server = await startServer({ dataDir, contentMigrations: [TO_V2] });
    lead = await facilitator(server.url);
    const again = connect(server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
    await synced(again);
    expect(stepNotes(again.doc, 'welcome').toString()).toBe(`${MARK}Alle presenterte seg.`);
    expect(runs).toBe(runsSoFar);
    again.destroy();
    await server.close();

    // An older app (which knows no version 2) leaves the newer document as it is and still opens it.
    server = await startServer({ dataDir });
    lead = await facilitator(server.url);
    const older = connect(server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
    await synced(older);
    expect(stepNotes(older.doc, 'welcome').toString()).toBe(`${MARK}Alle presenterte seg.`);
    expect(await server.app.ctx.storage.meetings.contentVersion(meetingId)).toBe(2);
    older.destroy();
  });

  it('leave a document as stored when a migration fails, and the meeting still opens', async () => {
    const dataDir = tempDataDir();
    server = await startServer({ dataDir });
    let lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    await server.close();
    const broken: ContentMigration = { to: 2, name: 'fails', migrate: () => { throw new Error('a bug in a migration'); } };
    server = await startServer({ dataDir, contentMigrations: [broken] });
    lead = await facilitator(server.url);
    expect((await lead.request('GET', `/api/meetings/${meetingId}/minutes/preview`)).status).toBe(200);
    const client = connect(server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
    await synced(client);
    // Not recorded as migrated: the next version of the app tries again.
    expect(await server.app.ctx.storage.meetings.contentVersion(meetingId)).toBe(1);
    client.destroy();
  });

  it('start a new meeting at the current version, so no migration ever runs on it', async () => {
    server = await startServer({ contentMigrations: [TO_V2] });
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    expect(await server.app.ctx.storage.meetings.contentVersion(meetingId)).toBe(2);
    // Its room loads it without migrating: nothing is marked.
    const room = await server.app.ctx.rooms.get(meetingId, 'content');
    expect(await room.read((doc) => stepNotes(doc, 'welcome').toString())).toBe('');
  });
});
