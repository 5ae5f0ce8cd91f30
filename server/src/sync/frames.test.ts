import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { frame, writesDirectly } from './frames';

const servers: WebSocketServer[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    for (const c of s.clients) c.terminate();
    s.close();
  }
});

/** A ws server and a client connected to it; resolves with the server's side of the socket. */
async function connected(options: { perMessageDeflate?: boolean } = {}) {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1', ...options });
  servers.push(server);
  await once(server, 'listening');
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`, { perMessageDeflate: options.perMessageDeflate ?? false });
  const [serverSide, request] = (await once(server, 'connection')) as [WebSocket, { socket: import('node:net').Socket }];
  if (client.readyState !== WebSocket.OPEN) await once(client, 'open');
  return { client, serverSide, wire: request.socket };
}

const bytes = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);

describe('frames written beside ws', () => {
  it('arrive whole and in order among what ws sends itself, at every length encoding', async () => {
    const { client, serverSide, wire } = await connected();
    expect(writesDirectly(serverSide)).toBe(true);
    // 125, 126 and 65535, 65536 are where RFC 6455's length field changes form.
    const lengths = [0, 1, 125, 126, 127, 65535, 65536, 70_000];
    const expected: Uint8Array[] = [];
    const received: Uint8Array[] = [];
    client.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
    lengths.forEach((length, i) => {
      const ours = bytes(length, i);
      const theirs = bytes(3, 100 + i);
      wire.write(frame(ours));
      serverSide.send(theirs);
      serverSide.ping();
      expected.push(ours, theirs);
    });
    await expect.poll(() => received.length).toBe(expected.length);
    received.forEach((message, i) => expect(Buffer.from(message).equals(Buffer.from(expected[i]!)), `message ${i}`).toBe(true));
    client.close();
  });

  it('are not written where ws negotiated an extension', async () => {
    const { client, serverSide } = await connected({ perMessageDeflate: true });
    expect(serverSide.extensions).toContain('permessage-deflate');
    expect(writesDirectly(serverSide)).toBe(false);
    client.close();
  });
});
