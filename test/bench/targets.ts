/**
 * The servers the benchmark drives, each as its own child process on loopback: ours (real auth,
 * SQLite durability) and the reference `@y/websocket-server` 0.1.1, with LevelDB persistence or in memory.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createMeeting, facilitator, invite } from '../support/http';
import { TEST_HASH_KEY } from '../support/postgres';
import { ROOT, SERVER_BUNDLE, type ServerRuntime, serverRuntime } from '../support/server';

/** How `npm start` runs the server, with BENCH_SERVER_NODE_FLAGS in place of its Node flags to try others. */
function benchRuntime(): ServerRuntime {
  const runtime = serverRuntime();
  const override = process.env.BENCH_SERVER_NODE_FLAGS;
  return override === undefined ? runtime : { ...runtime, nodeFlags: override.split(' ').filter(Boolean) };
}

export type TargetKind = 'ours' | 'refPersistent' | 'refMemory';

export const TARGET_LABEL: Record<TargetKind, string> = {
  ours: 'ours (SQLite, durable before broadcast)',
  refPersistent: 'reference + LevelDB (YPERSISTENCE)',
  refMemory: 'reference, in memory',
};

/** Where a load worker connects one client: y-websocket's server URL, room name and query parameters. */
export type ClientTarget = { serverUrl: string; room: string; params: Record<string, string> };

export type RunningTarget = {
  kind: TargetKind;
  /** The server process whose CPU and memory the phases report. */
  pid: number;
  /** Every process the target runs, by label (a PostgreSQL cluster is several), when there is more than one. */
  processes?: () => { label: string; pids: number[] }[];
  url: string;
  /** The y-websocket address of client `c` of meeting `m` (both from 0). */
  client(m: number, c: number): ClientTarget;
  /** Prepares `meetings` × `clients` identities (ours: real meetings and invitations over HTTP). */
  prepare(meetings: number, clients: number): Promise<void>;
  stop(): Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}; see ${logFile}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`server did not answer at ${url}; see ${logFile}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts a target in its own process: with its own new temporary data directory, or on `dataDir`
 * as written beforehand (ours: DATA_DIR; the reference: its LevelDB in `leveldb` under it).
 */
export async function startTarget(kind: TargetKind, workDir: string, dataDir = mkdtempSync(join(workDir, `${kind}-`))): Promise<RunningTarget> {
  const port = await freePort();
  const logFile = join(workDir, `${kind}.log`);
  const log = openSync(logFile, 'a');
  let child: ChildProcess;
  if (kind === 'ours') {
    child = spawnOurs(port, dataDir, log);
  } else {
    const require = createRequire(import.meta.url);
    const pkg = dirname(require.resolve('@y/websocket-server/package.json'));
    const env: Record<string, string | undefined> = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
    if (kind === 'refPersistent') env.YPERSISTENCE = join(dataDir, 'leveldb');
    else delete env.YPERSISTENCE;
    child = spawn(process.execPath, [join(pkg, 'src', 'server.js')], { cwd: pkg, env, stdio: ['ignore', log, log] });
  }
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(kind === 'ours' ? `${url}/healthz` : url, child, logFile);

  if (kind !== 'ours') {
    return {
      kind,
      pid: child.pid!,
      url,
      client: (m) => ({ serverUrl: url.replace('http', 'ws'), room: `bench-meeting-${m}`, params: {} }),
      prepare: async () => {},
      async stop() {
        await stopChild(child);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const meetings = oursMeetings(url, [url]);
  return {
    kind,
    pid: child.pid!,
    url,
    ...meetings,
    async stop() {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * What `npm start` runs: the bundled server (pnpm --filter @naervaer/server build), not tsx, in its
 * own process, with `env` on top.
 */
function spawnOurs(port: number, dataDir: string, log: number, env: Record<string, string> = {}): ChildProcess {
  const runtime = benchRuntime();
  return spawn(process.execPath, [...runtime.nodeFlags, SERVER_BUNDLE], {
    cwd: ROOT,
    // Every simulated client comes from 127.0.0.1 and one facilitator sets up every meeting: lift the
    // per-address socket limit (300) and the meetings-per-facilitator-per-day limit (50) that a
    // municipality's real traffic, from many schools and facilitators, would not meet.
    env: {
      ...process.env,
      ...runtime.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      MAX_CONNECTIONS_PER_ADDRESS: '100000',
      MAX_MEETINGS_PER_FACILITATOR_PER_DAY: '100000',
      ...env,
    },
    stdio: ['ignore', log, log],
  });
}

/** Real meetings and invitations on our server (made through `url`), each meeting's clients spread over `servers` in turn. */
function oursMeetings(url: string, servers: readonly string[]): Pick<RunningTarget, 'client' | 'prepare'> {
  const credentials: string[][] = [];
  const meetingIds: string[] = [];
  return {
    client(m, c): ClientTarget {
      const token = credentials[m]?.[c];
      if (!token) throw new Error(`no invitation prepared for meeting ${m}, client ${c}`);
      return { serverUrl: `${servers[c % servers.length]!.replace('http', 'ws')}/sync`, room: `${meetingIds[m]}/content`, params: { token } };
    },
    async prepare(meetings, clients) {
      const lead = await facilitator(url);
      for (let m = meetingIds.length; m < meetings; m++) {
        meetingIds.push(await createMeeting(lead, { title: `Samarbeidsmøte ${m + 1}`, school: 'Benk skole' }));
        credentials.push([]);
      }
      for (let m = 0; m < meetings; m++) {
        const row = credentials[m]!;
        while (row.length < clients) row.push((await invite(lead, meetingIds[m]!, 'participant', `Deltaker ${row.length + 1}`)).token);
      }
    },
  };
}

/**
 * `count` of our servers on one PostgreSQL database (`databaseUrl`), each its own process; each
 * meeting's clients are spread over them in turn, so every edit crosses between servers. `postgres`
 * gives the cluster's processes, reported beside the servers'.
 */
export async function startOursOnPostgres(workDir: string, databaseUrl: string, count: number, postgres: () => number[]): Promise<RunningTarget> {
  const children: ChildProcess[] = [];
  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    const logFile = join(workDir, `ours-postgres-${i + 1}.log`);
    const child = spawnOurs(port, mkdtempSync(join(workDir, `ours-postgres-${i + 1}-`)), openSync(logFile, 'a'), { DATABASE_URL: databaseUrl, IDENTITY_HASH_KEY: TEST_HASH_KEY });
    children.push(child);
    urls.push(`http://127.0.0.1:${port}`);
    await waitForHttp(`${urls[i]}/healthz`, child, logFile);
  }
  return {
    kind: 'ours',
    pid: children[0]!.pid!,
    processes: () => [...children.map((c, i) => ({ label: `server ${i + 1}`, pids: [c.pid!] })), { label: 'PostgreSQL', pids: postgres() }],
    url: urls[0]!,
    ...oursMeetings(urls[0]!, urls),
    async stop() {
      await Promise.all(children.map(stopChild));
    },
  };
}

export function benchWorkDir(): string {
  return mkdtempSync(join(tmpdir(), 'naervaer-bench-'));
}
