import { defineConfig } from 'vitest/config';

// Two groups, one after the other. Unit and integration tests run two files at a time. The browser
// stories run after them, one file at a time: each file holds a server and a Chromium with several
// pages, and two of those on two cores starve each other. No budget here is a speed target (speed
// lives in `pnpm bench`); they are there so a hung test ends, and are generous for a slow 2-core machine.
export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', '**/dist/**'],
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // A throwaway PostgreSQL cluster for the stores' tests (README, Tests).
          globalSetup: ['test/support/postgres-setup.ts'],
          include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', 'test/browser/**'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          fileParallelism: false,
          // A browser story is split into steps; each step may take this long.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 30_000 } },
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
