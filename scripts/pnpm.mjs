#!/usr/bin/env node
// Runs the pinned pnpm (from package.json's packageManager) on a machine that has only Node and npm:
// installs the workspace if needed, then passes the arguments on. Used by `npm start` and `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

const env = { ...process.env };
// Building better-sqlite3 from source (when no prebuilt binary can be downloaded) needs Node's headers;
// pnpm ignores npm's nodedir setting, so point node-gyp at the headers installed beside this Node.
const nodePrefix = resolve(dirname(process.execPath), '..');
if (!env.npm_config_nodedir && existsSync(join(nodePrefix, 'include', 'node', 'node.h'))) {
  env.npm_config_nodedir = nodePrefix;
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { env, encoding: 'utf8', shell: process.platform === 'win32' });
  if (probe.status === 0 && probe.stdout.trim() === pinned) return ['pnpm', []];
  // No matching pnpm on PATH: run the pinned version through npm's package runner.
  return ['npx', ['--yes', `pnpm@${pinned}`]];
}

const [cmd, prefix] = pnpmCommand();
const installStatus = run(cmd, [...prefix, 'install', '--frozen-lockfile=' + String(existsSync(join(root, 'pnpm-lock.yaml')))]);
if (installStatus !== 0) process.exit(installStatus);
process.exit(run(cmd, [...prefix, ...process.argv.slice(2)]));
