/** Bare WebSocket connections for tests that speak the sync protocol byte by byte. */
import WebSocket from 'ws';

export type RawSocket = {
  ws: WebSocket;
  /** 101 once open, the HTTP status if the upgrade was refused, -1 on a network error. */
  opened: Promise<number>;
  /** The close code, once closed. */
  closed: Promise<number>;
  messages: Uint8Array[];
  headers: Promise<Record<string, string | string[] | undefined>>;
};

export function rawSocket(url: string, headers: Record<string, string> = {}): RawSocket {
  const ws = new WebSocket(url, { headers });
  const messages: Uint8Array[] = [];
  let resolveHeaders: (h: Record<string, string | string[] | undefined>) => void;
  const headersP = new Promise<Record<string, string | string[] | undefined>>((r) => (resolveHeaders = r));
  const opened = new Promise<number>((resolve) => {
    ws.on('upgrade', (res) => resolveHeaders(res.headers));
    ws.on('unexpected-response', (_req, res) => {
      resolveHeaders(res.headers);
      resolve(res.statusCode ?? 0);
      res.resume();
    });
    ws.on('open', () => resolve(101));
    ws.on('error', () => resolve(-1));
  });
  const closed = new Promise<number>((resolve) => {
    ws.on('close', (code) => resolve(code));
    ws.on('error', () => resolve(-1));
  });
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  return { ws, opened, closed, messages, headers: headersP };
}

/** The status a WebSocket upgrade gets: 101 when it opens (the socket is then closed again). */
export async function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  const s = rawSocket(url, headers);
  const status = await s.opened;
  if (status === 101) s.ws.close();
  return status;
}

/** lib0's variable-length unsigned integer, as the y-websocket protocol writes it. */
export function varUint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push(0x80 | (n & 0x7f));
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

/** A protocol message: varUint fields and length-prefixed byte arrays, in order. */
export function encodeMessage(...parts: (number | Uint8Array)[]): Uint8Array {
  const bytes: number[] = [];
  for (const p of parts) {
    if (typeof p === 'number') bytes.push(...varUint(p));
    else bytes.push(...varUint(p.length), ...p);
  }
  return Uint8Array.from(bytes);
}
