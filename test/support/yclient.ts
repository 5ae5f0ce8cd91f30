/** Real y-websocket clients in Node, talking to the real server (never through BroadcastChannel). */
import { WebSocket as WsWebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { DocName } from '@naervaer/shared/protocol';

export type YClient = { doc: Y.Doc; provider: WebsocketProvider; closes: number[]; destroy(): void };

/** A WebSocket class that sends the given cookie header, as a browser would. */
function withCookie(cookie: string): typeof WsWebSocket {
  return class extends WsWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  } as typeof WsWebSocket;
}

export type Credentials = { token: string } | { cookie: string };

export function connect(wsUrl: string, meetingId: string, docName: DocName, credentials: Credentials, doc = new Y.Doc()): YClient {
  const closes: number[] = [];
  const provider = new WebsocketProvider(wsUrl, `${meetingId}/${docName}`, doc, {
    disableBc: true,
    WebSocketPolyfill: ('cookie' in credentials ? withCookie(credentials.cookie) : WsWebSocket) as unknown as typeof WebSocket,
    params: 'token' in credentials ? { token: credentials.token } : {},
    maxBackoffTime: 200,
  });
  provider.on('connection-close', (event: CloseEvent | null) => {
    if (event) closes.push(event.code);
  });
  return {
    doc,
    provider,
    closes,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Waits until a condition holds, polling; fails with the message after the timeout. */
export async function eventually(check: () => boolean | Promise<boolean>, message = 'condition', timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${message}`);
}

export function synced(client: YClient): Promise<void> {
  return eventually(() => client.provider.synced, 'sync');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
