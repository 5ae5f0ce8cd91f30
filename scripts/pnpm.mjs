#!/usr/bin/env node
// Runs the pinned pnpm on a machine that has only Node and npm: installs the workspace if needed,
// then passes the arguments on. Used by `npm test` (and by hand: `node scripts/pnpm.mjs <args>`).
import { install, pnpm } from './pnpm-lib.mjs';

const installed = install();
if (installed.status !== 0) process.exit(installed.status);
process.exit(pnpm(process.argv.slice(2)).status);
