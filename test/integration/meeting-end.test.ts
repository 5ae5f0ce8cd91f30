/**
 * Ending the meeting: the meeting does not go on in the corridor. After the facilitator ends it, a
 * guest's socket is closed, their edits are not stored, their link and session no longer open it; the
 * facilitator can open it again until the minutes are finalized.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readMeetingContent } from '@naervaer/shared/content-doc';
import { readEnded, stepNotes } from '@naervaer/shared/doc';
import { CloseCode } from '@naervaer/shared/protocol';
import { HttpClient, createMeeting, facilitator, invite } from '../support/http';
import { upgradeStatus } from '../support/rawws';
import { type TestServer, serversOfThisFile } from '../support/server';
import { connect, eventually, synced } from '../support/yclient';

const start = serversOfThisFile();
let server: TestServer;
beforeAll(async () => {
  server = await start({ env: { LOG_LEVEL: 'silent' } });
});

describe('ending the meeting', () => {
  it('closes a guest’s socket, keeps their later edits out, stops their link and session, and can be undone until the minutes are finalized', async () => {
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const guest = await invite(lead, meetingId, 'participant', 'Kari Nordmann', 'helsesykepleier');
    const browser = new HttpClient(server.url);
    expect((await browser.request('POST', '/api/join', { token: guest.token })).status).toBe(200);
    const client = connect(server.wsUrl, meetingId, 'content', { token: guest.token });
    await synced(client);
    stepNotes(client.doc, 'closing').insert(0, 'Før slutt.');
    const room = await server.app.ctx.rooms.get(meetingId, 'content');
    await eventually(async () => (await room.read((d) => stepNotes(d, 'closing').toString())) === 'Før slutt.', 'the guest’s note stored', 20_000);

    // A participant may not end it.
    expect((await browser.request('POST', `/api/meetings/${meetingId}/end`, {})).status).toBe(403);
    const ended = await lead.request('POST', `/api/meetings/${meetingId}/end`, { reason: 'Et tema som ikke var avtalt kom opp.' });
    expect(ended.status).toBe(201);
    await eventually(() => client.closes.includes(CloseCode.meetingEnded), 'the guest’s socket closed with 4412', 20_000);

    // What the guest types now goes nowhere: the facilitator's later note is stored, the guest's is not.
    stepNotes(client.doc, 'closing').insert(0, 'Etter slutt. ');
    const leadClient = connect(server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
    await synced(leadClient);
    stepNotes(leadClient.doc, 'purpose').insert(0, 'Skrevet av møtelederen etterpå.');
    await eventually(async () => (await room.read((d) => stepNotes(d, 'purpose').toString())) !== '', 'the facilitator’s note stored', 20_000);
    await room.settle();
    expect(await room.read((d) => stepNotes(d, 'closing').toString())).toBe('Før slutt.');

    // The guest's link, session and sockets no longer open the meeting; the facilitator's do.
    expect((await browser.request('GET', `/api/meetings/${meetingId}`)).json).toMatchObject({ error: 'meeting_ended' });
    expect((await browser.request('GET', `/api/meetings/${meetingId}`)).status).toBe(410);
    expect((await new HttpClient(server.url).request('POST', '/api/join', { token: guest.token })).status).toBe(410);
    expect(await upgradeStatus(`${server.wsUrl}/${meetingId}/content?token=${encodeURIComponent(guest.token)}`)).toBe(410);
    expect((await lead.request('GET', `/api/meetings/${meetingId}`)).status).toBe(200);

    // Every screen reads the end from the control document; the minutes get the early end and its reason.
    const control = await server.app.ctx.rooms.get(meetingId, 'control');
    expect(await control.read(readEnded)).toMatchObject({ at: expect.any(String) });
    const content = await room.read((d) => readMeetingContent(d, 'named'));
    expect(content.events).toMatchObject({ endedEarlyAt: expect.any(String), endedEarlyReason: 'Et tema som ikke var avtalt kom opp.' });

    // Opened again: the guest comes back; the early end is gone from the minutes.
    expect((await lead.request('POST', `/api/meetings/${meetingId}/reopen`, {})).status).toBe(200);
    expect(await control.read(readEnded)).toBeNull();
    expect((await room.read((d) => readMeetingContent(d, 'named'))).events.endedEarlyAt).toBeUndefined();
    expect(await upgradeStatus(`${server.wsUrl}/${meetingId}/content?token=${encodeURIComponent(guest.token)}`)).toBe(101);
    expect((await browser.request('GET', `/api/meetings/${meetingId}`)).status).toBe(200);

    // Once the minutes are finalized, an ended meeting stays ended.
    expect((await lead.request('POST', `/api/meetings/${meetingId}/end`, {})).status).toBe(201);
    expect((await lead.request('POST', `/api/meetings/${meetingId}/minutes/finalize`, {})).status).toBe(201);
    const reopen = await lead.request('POST', `/api/meetings/${meetingId}/reopen`, {});
    expect(reopen.status).toBe(409);
    expect(reopen.json).toMatchObject({ error: 'minutes_finalized' });
    client.destroy();
    leadClient.destroy();
  });

  it('keeps an anonymous consultation’s rule for the reason it was ended early', async () => {
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead, { kind: 'anonymous', title: 'Anonym drøfting' });
    const refused = await lead.request('POST', `/api/meetings/${meetingId}/end`, { reason: 'Mor ringte fra 900 00 000 underveis.' });
    expect(refused.status).toBe(422);
    expect(refused.json).toMatchObject({ error: 'identifying_data', field: 'reason' });
    expect((await server.app.ctx.storage.meetings.find(meetingId))?.endedAt).toBeNull();
    expect((await lead.request('POST', `/api/meetings/${meetingId}/end`, { reason: 'Et tema som ikke var avtalt.' })).status).toBe(201);
  });
});
