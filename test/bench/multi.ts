/**
 * `pnpm bench --only=multi`: the steady workload on one server on SQLite against two servers on one
 * PostgreSQL database, in the same run. On two shared cores this measures what the shared store costs
 * (PostgreSQL's own work, the round trips, every edit read back by the other server), not scale-out:
 * both servers, the database and the load generators take turns on the same two cores.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase, startPostgres } from '../support/postgres';
import { type LoadPhase, LoadWorker, type PhaseResult, runPhase } from './fanout';
import { benchWorkDir, startOursOnPostgres, startTarget } from './targets';

export type MultiResult = { sqlite: PhaseResult; postgres: PhaseResult };

/** The cluster's processes: its postmaster (first line of postmaster.pid) and every process it started. */
function clusterPids(dataDir: string): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

export async function multiSection(phase: LoadPhase, workersCount: number, log: (line: string) => void): Promise<MultiResult> {
  const workers = Array.from({ length: workersCount }, () => new LoadWorker());
  const cluster = await startPostgres();
  try {
    log('  one server on SQLite');
    const single = await startTarget('ours', benchWorkDir());
    let sqlite: PhaseResult;
    try {
      await single.prepare(phase.meetings, phase.clients);
      sqlite = await runPhase(single, workers, phase);
    } finally {
      await single.stop();
    }
    log('  two servers on PostgreSQL, each meeting’s clients spread over both');
    const pair = await startOursOnPostgres(benchWorkDir(), await createDatabase(cluster.url), 2, () => clusterPids(join(cluster.dir, 'data')));
    try {
      await pair.prepare(phase.meetings, phase.clients);
      return { sqlite, postgres: await runPhase(pair, workers, phase) };
    } finally {
      await pair.stop();
    }
  } finally {
    workers.forEach((w) => w.close());
    cluster.stop();
  }
}
