/** CPU time and resident memory of a process, read from /proc (Linux). */
import { readFileSync, writeFileSync } from 'node:fs';

/** Clock ticks per second in /proc/<pid>/stat; 100 on every Linux this runs on (getconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

export type ProcSample = { at: number; cpuSeconds: number; rssKb: number; hwmKb: number };

/** Reads a process's user+system CPU seconds and its resident and peak resident memory. */
export function sampleProcess(pid: number): ProcSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name is in parentheses and may hold spaces: the fields after it are space-separated.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { at: performance.now(), cpuSeconds: (utime + stime) / TICKS_PER_SECOND, rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

/**
 * Starts a process's peak resident memory (VmHWM) again from what it holds now (Linux, `clear_refs`
 * 5), so that a later VmHWM is the peak since this moment.
 */
export function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** CPU use between two samples, in percent of one core. */
export function cpuPercent(from: ProcSample, to: ProcSample): number {
  const wallSeconds = (to.at - from.at) / 1000;
  return wallSeconds > 0 ? ((to.cpuSeconds - from.cpuSeconds) / wallSeconds) * 100 : Number.NaN;
}

/**
 * A process's proportional share of memory (Pss): pages it shares with others (PostgreSQL's shared
 * buffers, say) counted in parts, so that a group's sum counts each page once.
 */
export function proportionalKb(pid: number): number {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? Number.NaN);
}
