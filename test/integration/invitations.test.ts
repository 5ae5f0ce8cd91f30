/**
 * Invitations made from a participant's row: the person who joins with the link is that participant.
 * Their pause is logged by the participant entry, so the minutes name them (as the name reads now).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readMeetingContent, writeMeetingContent } from '@naervaer/shared/content-doc';
import { contentList } from '@naervaer/shared/doc';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import { HttpClient, createMeeting, facilitator } from '../support/http';
import { type TestServer, serversOfThisFile } from '../support/server';

const start = serversOfThisFile();
let server: TestServer;
beforeAll(async () => {
  server = await start({ env: { LOG_LEVEL: 'silent' } });
});

describe('an invitation made for a participant', () => {
  it('joins the person as that participant: their pause is logged by the entry, and the minutes say who asked', async () => {
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const room = await server.app.ctx.rooms.get(meetingId, 'content');
    await room.write((doc) => writeMeetingContent(doc, fullExampleMeeting()));
    await room.settle();

    const made = await lead.request('POST', `/api/meetings/${meetingId}/invitations`, {
      role: 'participant',
      name: 'Mariam Haddad',
      service: 'Helsesykepleier',
      presence: 'remote',
      participantId: 'p-helse',
    });
    expect(made.status).toBe(201);
    const listed = await lead.request('GET', `/api/meetings/${meetingId}/invitations`);
    expect(listed.json).toEqual([expect.objectContaining({ id: made.json.id, name: 'Mariam Haddad', participantId: 'p-helse' })]);
    // Without a participant, an invitation still works as before.
    const loose = await lead.request('POST', `/api/meetings/${meetingId}/invitations`, { role: 'observer', name: 'Per Olsen' });
    expect(loose.status).toBe(201);
    expect((await lead.request('GET', `/api/meetings/${meetingId}/invitations`)).json[1].participantId).toBeNull();

    const nurse = new HttpClient(server.url);
    const token = decodeURIComponent(new URL(made.json.url).pathname.split('/').pop()!);
    expect((await nurse.request('POST', '/api/join', { token })).status).toBe(200);
    const view = await nurse.request('GET', `/api/meetings/${meetingId}`);
    expect(view.json.me).toMatchObject({ name: 'Mariam Haddad', participantId: 'p-helse' });

    expect((await nurse.request('POST', `/api/meetings/${meetingId}/pause`, {})).status).toBe(201);
    const pauses = (await room.read((doc) => readMeetingContent(doc, 'named'))).events.pauses;
    // The example already holds one pause (the pupil's); hers comes after it.
    expect(pauses.at(-1)).toMatchObject({ by: 'p-helse' });

    // Her name is corrected in the participants list afterwards: the minutes use the name as it reads now.
    await room.write((doc) => contentList(doc, 'participants').get('p-helse')!.set('name', 'Mariam Haddad Berg'));
    await room.settle();
    const preview = await lead.request('GET', `/api/meetings/${meetingId}/minutes/preview`);
    expect(JSON.stringify(preview.json.models)).toMatch(/\d\d:\d\d, ønsket av Mariam Haddad Berg \(ikke avsluttet\)/);
  });
});
