import { afterAll, describe, expect, it } from 'vitest';
import { stepNotes } from '@naervaer/shared/doc';
import { createMeeting, facilitator, invite } from '../support/http';
import { removeDir, spawnServer, tempDataDir } from '../support/server';
import { connect, eventually, synced } from '../support/yclient';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

async function readNotes(wsUrl: string, meetingId: string, token: string): Promise<string> {
  const reader = connect(wsUrl, meetingId, 'content', { token });
  await synced(reader);
  const text = stepNotes(reader.doc, 'information').toString();
  reader.destroy();
  return text;
}

/** A server of its own on a fresh data directory, a facilitator, a meeting and a participant's invitation. */
async function meetingOnFreshServer() {
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  const server = await spawnServer(dataDir);
  const lead = await facilitator(server.url);
  const meetingId = await createMeeting(lead);
  const { token } = await invite(lead, meetingId, 'participant');
  return { dataDir, server, lead, meetingId, token };
}

describe('edits survive the server going away', () => {
  it('keeps an update through a clean restart', async () => {
    const { dataDir, server: first, meetingId, token } = await meetingOnFreshServer();
    let server = first;
    const writer = connect(server.wsUrl, meetingId, 'content', { token });
    await synced(writer);
    stepNotes(writer.doc, 'information').insert(0, 'Skolen: Ola har vært borte 12 dager.');
    // Another client seeing it means the server has stored it.
    expect(await readNotes(server.wsUrl, meetingId, token)).toBe('Skolen: Ola har vært borte 12 dager.');
    writer.destroy();
    await server.stop('SIGTERM');

    server = await spawnServer(dataDir);
    try {
      expect(await readNotes(server.wsUrl, meetingId, token)).toBe('Skolen: Ola har vært borte 12 dager.');
    } finally {
      await server.stop();
    }
  });

  it('keeps every edit another client saw, even when the server is killed with SIGKILL', async () => {
    const { dataDir, server: first, lead, meetingId, token } = await meetingOnFreshServer();
    let server = first;
    const writer = connect(server.wsUrl, meetingId, 'content', { token });
    const watcher = connect(server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
    await Promise.all([synced(writer), synced(watcher)]);
    const text = stepNotes(writer.doc, 'information');
    for (let i = 0; i < 50; i++) text.insert(text.length, `linje ${i}\n`);
    await eventually(() => stepNotes(watcher.doc, 'information').toString().includes('linje 49'), 'watcher saw the last edit');
    const seen = stepNotes(watcher.doc, 'information').toString();
    server.child.kill('SIGKILL');
    await server.stop();
    writer.destroy();
    watcher.destroy();

    server = await spawnServer(dataDir);
    try {
      const after = await readNotes(server.wsUrl, meetingId, token);
      expect(after).toBe(seen);
    } finally {
      await server.stop();
    }
  });

  it('merges edits a client made while the server was down once it reconnects by itself', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const first = await spawnServer(dataDir, { PORT: '0' });
    const lead = await facilitator(first.url);
    const meetingId = await createMeeting(lead);
    const { token } = await invite(lead, meetingId, 'participant');
    const port = new URL(first.url).port;
    await first.stop();
    // Same port again, so the client's automatic reconnection finds the new server.
    let server = await spawnServer(dataDir, { PORT: port });
    const client = connect(server.wsUrl, meetingId, 'content', { token });
    await synced(client);
    stepNotes(client.doc, 'information').insert(0, 'før. ');
    await eventually(async () => (await readNotes(server.wsUrl, meetingId, token)) === 'før. ', 'stored');
    server.child.kill('SIGKILL');
    await server.stop();
    stepNotes(client.doc, 'information').insert(5, 'offline. ');
    server = await spawnServer(dataDir, { PORT: port });
    try {
      await eventually(async () => (await readNotes(server.wsUrl, meetingId, token)) === 'før. offline. ', 'offline edit merged', 10_000);
    } finally {
      client.destroy();
      await server.stop();
    }
  });

  it('keeps a guest who types on through a dropped connection: the keystrokes sent ahead of the sync answer wait for it instead of closing the socket', async () => {
    const { server, lead, meetingId, token } = await meetingOnFreshServer();
    try {
      const guest = connect(server.wsUrl, meetingId, 'content', { token });
      const watcher = connect(server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
      await Promise.all([synced(guest), synced(watcher)]);
      let typed = 0;
      const typing = setInterval(() => {
        const text = stepNotes(guest.doc, 'information');
        text.insert(text.length, `${typed++} `);
      }, 10);
      try {
        // The phone's Wi-Fi drops three times; y-websocket connects again by itself.
        for (let drop = 0; drop < 3; drop++) {
          await eventually(() => guest.provider.wsconnected && guest.provider.synced, 'connected', 10_000);
          await new Promise((r) => setTimeout(r, 100));
          (guest.provider as unknown as { ws: WebSocket | null }).ws?.close();
        }
        await eventually(() => guest.provider.wsconnected && guest.provider.synced, 'connected again', 10_000);
      } finally {
        clearInterval(typing);
      }
      await eventually(() => stepNotes(watcher.doc, 'information').toString() === stepNotes(guest.doc, 'information').toString(), 'the watcher has every keystroke', 10_000);
      expect(guest.closes.filter((code) => code >= 4000)).toEqual([]);
      guest.destroy();
      watcher.destroy();
    } finally {
      await server.stop();
    }
  });
});
