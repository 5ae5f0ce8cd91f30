/**
 * Sync fan-out: R meetings × C clients against one target, from worker processes that each hold whole
 * meetings. Measures edit-to-arrival latency, the server's CPU and memory, and memory per idle meeting.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { WorkerCommand, WorkerMeeting, WorkerReply, WorkerResult } from './load-worker';
import { type ProcSample, cpuPercent, proportionalKb, resetPeak, sampleProcess } from './proc';
import { type Summary, summarize } from './report';
import type { RunningTarget } from './targets';

export type LoadPhase = {
  meetings: number;
  clients: number;
  editHz: number;
  drawHz: number;
  warmupMs: number;
  recordMs: number;
  /** Memory is also reported over these first parts of the recording window (ms from its start). */
  memoryWindowsMs?: number[];
};

/** Resident memory over the first `seconds` of the recording window: the mean of one sample a second, and the peak (VmHWM, counted from the start of the recording) at its end. */
export type MemoryWindow = { seconds: number; rssMeanMb: number; rssPeakMb: number };

export type PhaseResult = {
  meetings: number;
  clients: number;
  connectMs: number;
  latency: Summary;
  drawLatency: Summary | null;
  edits: number;
  missing: number;
  serverCpuPercent: number;
  /** Mean resident memory over the recording window, sampled once a second. */
  serverRssMb: number;
  /** Resident memory at the end of the recording window. */
  serverRssEndMb: number;
  /** The peak over the recording (VmHWM, started again when the recording starts). */
  serverPeakRssMb: number;
  /** The peak from the server's start until the recording: setting up meetings, connecting. */
  serverPeakRssBeforeRecordingMb: number;
  memoryWindows: MemoryWindow[];
  generatorLagP99Ms: number;
  generatorLagMaxMs: number;
  /** Each of the target's processes over the recording (RunningTarget.processes), when it runs several; memory as Pss (proc.ts). */
  processes: { label: string; cpuPercent: number; pssEndMb: number }[];
};

/** A load-generator process and a way to send it a command and wait for its answer. */
export class LoadWorker {
  private readonly child: ChildProcess;
  private waiting: ((reply: WorkerReply) => void) | null = null;

  constructor() {
    this.child = fork(join(import.meta.dirname, 'load-worker.ts'), [], {
      // A 32 MB young generation keeps the generator's own garbage collection from stalling it (and
      // so from inflating every server's tail latency); BENCH_WORKER_NODE_FLAGS overrides it.
      execArgv: ['--import', 'tsx', ...(process.env.BENCH_WORKER_NODE_FLAGS ?? '--max-semi-space-size=32').split(' ').filter(Boolean)],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (reply: WorkerReply) => {
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.(reply);
    });
  }

  send(command: WorkerCommand): Promise<WorkerReply> {
    return new Promise((resolveReply, reject) => {
      this.waiting = (reply) => (reply.type === 'error' ? reject(new Error(`load worker: ${reply.message}`)) : resolveReply(reply));
      this.child.send(command);
    });
  }

  close(): void {
    this.child.disconnect();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Hands whole meetings to workers in turn, so a meeting's clients share one process and clock. */
function assign(target: RunningTarget, workers: number, meetings: number, clients: number): WorkerMeeting[][] {
  const shares: WorkerMeeting[][] = Array.from({ length: workers }, () => []);
  for (let m = 0; m < meetings; m++) {
    shares[m % workers]!.push({ clients: Array.from({ length: clients }, (_, c) => target.client(m, c)) });
  }
  return shares;
}

async function all(workers: LoadWorker[], command: WorkerCommand | ((i: number) => WorkerCommand)): Promise<WorkerReply[]> {
  return Promise.all(workers.map((w, i) => w.send(typeof command === 'function' ? command(i) : command)));
}

/** Runs one load phase: connect, edit through a warm-up, then measure for `recordMs`. */
export async function runPhase(target: RunningTarget, workers: LoadWorker[], phase: LoadPhase): Promise<PhaseResult> {
  const shares = assign(target, workers.length, phase.meetings, phase.clients);
  const connected = await all(workers, (i) => ({ type: 'connect', meetings: shares[i]! }));
  const connectMs = Math.max(...connected.map((r) => (r.type === 'connected' ? r.ms : 0)));
  await all(workers, { type: 'edit', editHz: phase.editHz, drawHz: phase.drawHz });
  await sleep(phase.warmupMs);
  await all(workers, { type: 'record' });
  // The peak of the recording, not of what came before it: setting up the meetings through our HTTP
  // API (which the reference server has none of) and the connections' first sync.
  const peakBeforeRecordingKb = sampleProcess(target.pid).hwmKb;
  resetPeak(target.pid);
  const before: ProcSample = sampleProcess(target.pid);
  const groups = target.processes?.() ?? [];
  const groupsBefore = groups.map((g) => sampleEach(g.pids));
  // One sample marks a single moment of the garbage collector's cycle; the mean of one a second does not.
  const rssKb: number[] = [before.rssKb];
  const memoryWindows: MemoryWindow[] = [];
  const windowEnds = (phase.memoryWindowsMs ?? []).filter((ms) => ms < phase.recordMs).sort((a, b) => a - b);
  const closeWindow = (ms: number, sample: ProcSample) =>
    memoryWindows.push({ seconds: ms / 1000, rssMeanMb: rssKb.reduce((sum, kb) => sum + kb, 0) / rssKb.length / 1024, rssPeakMb: sample.hwmKb / 1024 });
  const sampler = setInterval(() => {
    const sample = sampleProcess(target.pid);
    rssKb.push(sample.rssKb);
    if (windowEnds.length && sample.at - before.at >= windowEnds[0]!) closeWindow(windowEnds.shift()!, sample);
  }, 1000);
  await sleep(phase.recordMs);
  clearInterval(sampler);
  const after: ProcSample = sampleProcess(target.pid);
  const processes = groups.map((g, i) => {
    const start = groupsBefore[i]!;
    const end = sampleEach(g.pids);
    // The processes there at both ends (a PostgreSQL backend may end meanwhile).
    const both = [...end.keys()].filter((pid) => start.has(pid));
    const cpu = both.reduce((sum, pid) => sum + cpuPercent(start.get(pid)!, end.get(pid)!), 0);
    return { label: g.label, cpuPercent: cpu, pssEndMb: both.reduce((sum, pid) => sum + proportionalOr0(pid), 0) / 1024 };
  });
  rssKb.push(after.rssKb);
  closeWindow(phase.recordMs, after);
  const stopped = await all(workers, { type: 'stop', graceMs: 2000 });
  await all(workers, { type: 'disconnect' });
  const results = stopped.map((r) => (r.type === 'stopped' ? r.result : null)).filter((r): r is WorkerResult => r !== null);
  const merge = (pick: (r: WorkerResult) => Float64Array) => {
    const total = results.reduce((n, r) => n + pick(r).length, 0);
    const out = new Float64Array(total);
    let at = 0;
    for (const r of results) {
      out.set(pick(r), at);
      at += pick(r).length;
    }
    return out;
  };
  const draw = merge((r) => r.drawLatencies);
  return {
    meetings: phase.meetings,
    clients: phase.clients,
    connectMs,
    latency: summarize(merge((r) => r.latencies)),
    drawLatency: draw.length ? summarize(draw) : null,
    edits: results.reduce((n, r) => n + r.edits, 0),
    missing: results.reduce((n, r) => n + r.missing, 0),
    serverCpuPercent: cpuPercent(before, after),
    serverRssMb: rssKb.reduce((sum, kb) => sum + kb, 0) / rssKb.length / 1024,
    serverRssEndMb: after.rssKb / 1024,
    serverPeakRssMb: after.hwmKb / 1024,
    serverPeakRssBeforeRecordingMb: peakBeforeRecordingKb / 1024,
    memoryWindows,
    generatorLagP99Ms: Math.max(...results.map((r) => r.loopLagP99Ms)),
    generatorLagMaxMs: Math.max(...results.map((r) => r.loopLagMaxMs)),
    processes,
  };
}

function proportionalOr0(pid: number): number {
  try {
    return proportionalKb(pid);
  } catch {
    return 0;
  }
}

/** A sample of each process still running. */
function sampleEach(pids: readonly number[]): Map<number, ProcSample> {
  const samples = new Map<number, ProcSample>();
  for (const pid of pids) {
    try {
      samples.set(pid, sampleProcess(pid));
    } catch {
      // Ended.
    }
  }
  return samples;
}

/** Resident memory each idle meeting with two connected clients adds to the server, in kB. */
export async function idleMeetingMemory(target: RunningTarget, workers: LoadWorker[], meetings: number, settleMs: number): Promise<number> {
  await sleep(500);
  const base = sampleProcess(target.pid);
  await all(workers, (i) => ({ type: 'connect', meetings: assign(target, workers.length, meetings, 2)[i]! }));
  await sleep(settleMs);
  const loaded = sampleProcess(target.pid);
  await all(workers, { type: 'disconnect' });
  return (loaded.rssKb - base.rssKb) / meetings;
}
