/** A real server for tests: in-process on port 0 with its own data directory, or as a child process. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { type App, type BuildOptions, buildApp } from '@naervaer/server';
import { readConfig } from '@naervaer/server/env';
import { openSqliteStorage } from '@naervaer/server/storage/sqlite';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'naervaer-test-'));
}

export type TestServer = { app: App; url: string; wsUrl: string; dataDir: string; close(): Promise<void> };

/** Starts the app in this process on a free port. */
export async function startServer(options: { dataDir?: string; env?: Record<string, string>; now?: () => Date; contentMigrations?: BuildOptions['contentMigrations'] } = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  // No retention sweep unless a test asks: fixtures are dated, and a sweep would delete them mid-test.
  const config = readConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ROOM_IDLE_SECONDS: '1', RETENTION_SWEEP_MINUTES: '0', ...options.env });
  const storage = openSqliteStorage({ dataDir: config.dataDir });
  const app = await buildApp({ config, storage, now: options.now, ...(options.contentMigrations ? { contentMigrations: options.contentMigrations } : {}) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const url = `http://127.0.0.1:${address.port}`;
  return { app, url, wsUrl: `ws://127.0.0.1:${address.port}/sync`, dataDir, close: () => app.close() };
}

export type ServerProcess = { url: string; wsUrl: string; child: ChildProcess; stop(signal?: NodeJS.Signals): Promise<void>; /** Everything the server has printed (its log). */ output(): string };

/** What `npm start` runs, built by `pnpm --filter @naervaer/server build` (part of `npm test`). */
export const SERVER_BUNDLE = join(ROOT, 'server', 'dist', 'main.mjs');

export type ServerRuntime = { nodeFlags: string[]; env: Record<string, string> };

/** How `npm start` runs the server: Node's flags and its environment (scripts/server-runtime.json, which scripts/start.mjs reads). */
export function serverRuntime(): ServerRuntime {
  return JSON.parse(readFileSync(join(ROOT, 'scripts', 'server-runtime.json'), 'utf8')) as ServerRuntime;
}

/** Starts the bundle as `npm start` runs it, as its own process, on a free port; a SIGKILL hits the server itself. */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: pnpm --filter @naervaer/server build`);
  const runtime = serverRuntime();
  const child = spawn(process.execPath, [...runtime.nodeFlags, SERVER_BUNDLE], {
    cwd: join(ROOT, 'server'),
    env: { ...process.env, ...runtime.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', RETENTION_SWEEP_MINUTES: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (chunk: Buffer) => {
    out += chunk.toString();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    const onData = () => {
      const match = /"address":"(http:\/\/[^"]+)"/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!.replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill(signal);
    });
  return { url, wsUrl: url.replace('http', 'ws') + '/sync', child, stop, output: () => out };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * For a test file that starts servers as it goes: call at the top of the file; every server started
 * through the returned function is closed and its data removed after the file's tests.
 */
export function serversOfThisFile(): (options?: Parameters<typeof startServer>[0]) => Promise<TestServer> {
  const started: TestServer[] = [];
  afterAll(async () => {
    for (const server of started) {
      await server.close();
      removeDir(server.dataDir);
    }
  });
  return async (options) => {
    const server = await startServer(options);
    started.push(server);
    return server;
  };
}
