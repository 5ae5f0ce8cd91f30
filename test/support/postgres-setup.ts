/**
 * Vitest's global setup: one throwaway PostgreSQL cluster for the whole run (postgres.ts), its URL
 * given to the tests as `inject('postgresUrl')`. Each test makes its own database in it.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startPostgres();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
