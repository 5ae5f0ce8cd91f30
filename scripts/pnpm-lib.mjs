// The pinned pnpm (from package.json's packageManager) on a machine that has only Node and npm, for
// `npm start` (scripts/start.mjs) and `npm test` (scripts/pnpm.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

export const env = { ...process.env };
// Building better-sqlite3 from source (when no prebuilt binary can be downloaded) needs Node's headers;
// pnpm ignores npm's nodedir setting, so point node-gyp at the headers installed beside this Node.
const nodePrefix = resolve(dirname(process.execPath), '..');
if (!env.npm_config_nodedir && existsSync(join(nodePrefix, 'include', 'node', 'node.h'))) {
  env.npm_config_nodedir = nodePrefix;
}

let command = null;
function pnpmCommand() {
  if (command) return command;
  const probe = spawnSync('pnpm', ['--version'], { env, encoding: 'utf8', shell: process.platform === 'win32' });
  // No matching pnpm on PATH: run the pinned version through npm's package runner.
  command = probe.status === 0 && probe.stdout.trim() === pinned ? ['pnpm', []] : ['npx', ['--yes', `pnpm@${pinned}`]];
  return command;
}

/**
 * Runs pnpm with `args`. Loud, its output goes to this terminal; quiet, it is kept and returned, for
 * the caller to show only when something went wrong.
 */
export function pnpm(args, { quiet = false } = {}) {
  const [cmd, prefix] = pnpmCommand();
  const result = spawnSync(cmd, [...prefix, ...args], {
    cwd: root,
    env,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, output: quiet ? `${result.stdout ?? ''}${result.stderr ?? ''}` : '' };
}

/** Installs the workspace as the lockfile pins it. */
export function install(options) {
  return pnpm(['install', '--frozen-lockfile=' + String(existsSync(join(root, 'pnpm-lock.yaml')))], options);
}
