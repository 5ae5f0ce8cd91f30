/**
 * Tokens never reach the log: the request log of the server `npm start` runs is read after invitation
 * links, download links and sync sockets with tokens were used, and no token is in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, createMeeting, facilitator, invite } from '../support/http';
import { rawSocket } from '../support/rawws';
import { type ServerProcess, removeDir, spawnServer, tempDataDir } from '../support/server';
import { eventually } from '../support/yclient';

let server: ServerProcess;
const dataDir = tempDataDir();
beforeAll(async () => {
  server = await spawnServer(dataDir, { LOG_LEVEL: 'trace' });
});
afterAll(async () => {
  await server.stop();
  removeDir(dataDir);
});

describe('the request log', () => {
  it('shows link and socket paths without their tokens, whatever the path or query', async () => {
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const guest = await invite(lead, meetingId, 'participant', 'Kari', 'helsesykepleier');
    const madeUp = 'A'.repeat(43);
    const anon = new HttpClient(server.url);
    await anon.request('GET', `/join/${guest.token}`);
    await anon.request('GET', `/join/${guest.token}/more?x=1`);
    await anon.request('GET', `/d/${madeUp}`);
    await anon.request('GET', `/d/${madeUp}/extra`);
    await anon.request('GET', `/?token=${madeUp}`);
    await anon.request('GET', `/api/meetings/${meetingId}?token=${madeUp}`);
    const socket = rawSocket(`${server.url.replace('http', 'ws')}/sync/${meetingId}/content?token=${encodeURIComponent(guest.token)}`);
    expect(await socket.opened).toBe(101);
    socket.ws.close();
    await socket.closed;
    // A one-time account link (a new password): its page, and the API behind it.
    const link = await lead.request('POST', '/api/admin/accounts', { email: 'ny@skole.no', name: 'Ny Kollega' });
    const linkToken = decodeURIComponent(new URL(link.json.link.url).pathname.split('/').pop()!);
    await anon.request('GET', `/account-link/${linkToken}`);
    await anon.request('GET', `/api/account-links/${linkToken}`);
    await anon.request('POST', `/api/account-links/${linkToken}/password`, { password: 'for-kort' });
    await anon.request('POST', '/api/join', { token: guest.token });
    // A request is logged as it comes in and again, by its id, when it completes: wait for the last one's end.
    const lines = () => server.output().split('\n');
    await eventually(() => {
      const joinId = /"reqId":"([^"]+)","req":\{"method":"POST","url":"\/api\/join"/.exec(server.output())?.[1];
      return joinId !== undefined && lines().some((l) => l.includes(`"reqId":"${joinId}"`) && l.includes('request completed'));
    }, 'the last request logged', 20_000);

    const log = server.output();
    expect(log).toContain('/join/[token]');
    expect(log).toContain('/d/[token]');
    expect(log).toContain('/api/account-links/[token]');
    expect(log).not.toContain(linkToken);
    expect(log).not.toContain(guest.token);
    expect(log).not.toContain(encodeURIComponent(guest.token));
    expect(log).not.toContain(madeUp);
  });
});
