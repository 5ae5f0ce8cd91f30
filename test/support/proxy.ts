/**
 * A small round-robin load balancer for tests: each TCP connection (an HTTP request's or a
 * WebSocket's) goes to the next backend in turn, with no sticky sessions, as a plain nginx upstream
 * would send them. A backend that refuses is skipped for that connection. With one backend it is a
 * cable that a test can cut (a database that goes away and comes back), or slow down.
 */
import { type Server, type Socket, connect, createServer } from 'node:net';

export type RoundRobin = {
  url: string;
  wsUrl: string;
  /** Where each connection went, in order (the backends' ports). */
  sentTo: number[];
  /** Cuts every open connection and refuses new ones, as a network that goes away. */
  cut(): void;
  /** Lets connections through again. */
  restore(): void;
  close(): Promise<void>;
};

export type RoundRobinOptions = {
  /** Holds back what passes each way by this long (a slow link), in order. */
  delayMs?: number;
};

export async function roundRobin(backends: readonly string[], options: RoundRobinOptions = {}): Promise<RoundRobin> {
  const ports = backends.map((url) => Number(new URL(url).port));
  const sentTo: number[] = [];
  const sockets = new Set<Socket>();
  let next = 0;
  let down = false;
  const server: Server = createServer((client) => {
    if (down) return void client.destroy();
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    const attempt = (tries: number) => {
      const port = ports[next++ % ports.length]!;
      const upstream = connect(port, '127.0.0.1');
      upstream.once('connect', () => {
        sentTo.push(port);
        sockets.add(upstream);
        upstream.on('close', () => sockets.delete(upstream));
        const delay = options.delayMs;
        if (delay) {
          client.on('data', (chunk) => void setTimeout(() => upstream.writable && upstream.write(chunk), delay));
          upstream.on('data', (chunk) => void setTimeout(() => client.writable && client.write(chunk), delay));
        } else client.pipe(upstream).pipe(client);
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
      });
      upstream.once('error', () => (tries > 1 ? attempt(tries - 1) : client.destroy()));
    };
    attempt(ports.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    wsUrl: `ws://127.0.0.1:${address.port}/sync`,
    sentTo,
    cut() {
      down = true;
      sockets.forEach((s) => s.destroy());
    },
    restore() {
      down = false;
    },
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}

/** A database address that reaches the database through a cable of its own: cut it, restore it, or slow it. */
export async function cableTo(databaseUrl: string, options: RoundRobinOptions = {}): Promise<{ cable: RoundRobin; url: string }> {
  const direct = new URL(databaseUrl);
  const cable = await roundRobin([`http://${direct.host}`], options);
  const through = new URL(direct);
  through.port = new URL(cable.url).port;
  return { cable, url: through.href };
}
