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
    // Only for a participant the meeting has.
    const unknown = await lead.request('POST', `/api/meetings/${meetingId}/invitations`, { role: 'participant', name: 'Noen', participantId: 'p-finnes-ikke' });
    expect(unknown.status).toBe(400);
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

    // Her entry is removed later: the minutes still name who asked, never an internal id.
    await room.write((doc) => contentList(doc, 'participants').delete('p-helse'));
    await room.settle();
    const after = JSON.stringify((await lead.request('GET', `/api/meetings/${meetingId}/minutes/preview`)).json.models);
    expect(after).toMatch(/\d\d:\d\d, ønsket av Mariam Haddad \(ikke avsluttet\)/);
    expect(after).not.toContain('p-helse');
  });

  it('sends the minutes to a participant by the service their entry has now, so a corrected service gets what its consent allows', async () => {
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const room = await server.app.ctx.rooms.get(meetingId, 'content');
    const example = fullExampleMeeting();
    // Ingrid was ticked at step 9 as the class teacher; her entry is then corrected to child welfare, which has no consent.
    await room.write((doc) => writeMeetingContent(doc, { ...example, closing: { ...example.closing, minutesRecipients: [{ id: 'r-1', service: 'kontaktlaerer', name: '', participantId: 'p-kontakt' }] } }));
    await room.write((doc) => contentList(doc, 'participants').get('p-kontakt')!.set('service', 'barnevern'));
    await room.settle();
    expect((await lead.request('POST', `/api/meetings/${meetingId}/minutes/recipients/from-meeting`)).status).toBe(201);
    const list = (await lead.request('GET', `/api/meetings/${meetingId}/minutes/recipients`)).json as { name: string; kind: string; consent?: string }[];
    expect(list.find((r) => r.name === 'Ingrid Sæther')).toMatchObject({ kind: 'barnevern', consent: 'missing' });
    expect((await lead.request('POST', `/api/meetings/${meetingId}/minutes/finalize`)).status).toBe(201);
    const ingrid = list.find((r) => r.name === 'Ingrid Sæther') as unknown as { id: string };
    const link = await lead.request('POST', `/api/meetings/${meetingId}/minutes/links`, { recipientId: ingrid.id, document: 'minutes' });
    expect(link.json.variant).toBe('withheld');
  });
});
