#!/usr/bin/env node
// `npm start`: installs, builds and serves the app, saying in plain words what it is doing and how long
// it may take. The tools' own output is shown only when a step fails. The server then logs warnings
// only (LOG_LEVEL=info shows every request) and ends with one line: where the app runs.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { env, install, pnpm, root } from './pnpm-lib.mjs';

function step(title, hint, work) {
  const started = Date.now();
  console.log(`${title} ${hint}`);
  let result;
  try {
    result = work();
  } catch (err) {
    // pnpm could not be run at all (no npx, or more output than can be held).
    result = { status: 1, output: String(err?.stack ?? err) };
  }
  const { status, output } = result;
  const seconds = Math.round((Date.now() - started) / 1000);
  if (status !== 0) {
    console.error(output.trimEnd());
    console.error(`\n${title.replace(/…$/, '')} gikk ikke (etter ${seconds} s). Feilen står over.`);
    process.exit(status);
  }
  console.log(`  ferdig på ${seconds} s`);
}

console.log('Nærværsmøtet starter.');
step('1/3 Installerer pakkene …', '(første gang 1–5 minutter: SQLite-driveren bygges hvis den ikke kan lastes ned ferdig)', () => install({ quiet: true }));
step('2/3 Bygger appen …', '(omtrent et halvt minutt)', () => pnpm(['run', 'build'], { quiet: true }));
console.log('3/3 Starter serveren …');
// How the server process runs (Node's flags, and environment the operator may override), kept in one
// file that the benchmark and the tests read too. The flags give V8 a small young generation and a
// tighter old one: a relay's heap is short-lived garbage around a small live set. MALLOC_ARENA_MAX=2:
// glibc gives each thread that allocates its own arena and keeps what each held; two are enough for
// one event loop and libuv's pool, and hold about 5 MB less at 200 busy meetings (README, Performance).
const runtime = JSON.parse(readFileSync(join(root, 'scripts', 'server-runtime.json'), 'utf8'));
const server = spawn(process.execPath, [...runtime.nodeFlags, join(root, 'server', 'dist', 'main.mjs')], {
  cwd: root,
  env: { LOG_LEVEL: 'warn', ...runtime.env, ...env },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('error', (err) => {
  console.error(`Serveren startet ikke: ${err.message}`);
  process.exit(1);
});
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
