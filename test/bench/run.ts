/**
 * `pnpm bench [--quick] [--only=sync,cold,pdf,board,client,anonymous,multi] [--no-build]`: runs real servers on
 * loopback and real clients, prints a table and writes bench/results.json at the repo root.
 * No number here is made up: a section that cannot run says why and its fields are null.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { ROOT, SERVER_BUNDLE } from '../support/server';
import { type ClientResult, buildClient, measureClient } from './client';
import { type LoadPhase, LoadWorker, type PhaseResult, idleMeetingMemory, runPhase } from './fanout';
import { anonymousSection } from './anonymous';
import { multiSection } from './multi';
import { boardSection, minutesRenderer } from './optional';
import { fmt, formatTable, median, parseArgs, ratio, round } from './report';
import { timeFirstContent } from './first-content';
import { NOTES, fullMeetingUpdates } from './full-meeting';
import { TARGET_LABEL, type TargetKind, benchWorkDir, startTarget } from './targets';

const args = parseArgs(process.argv.slice(2));
const wants = (section: string) => !args.only || args.only.includes(section);

const PLAN = args.quick
  ? {
      steady: { meetings: 50, clients: 6, editHz: 1, drawHz: 0, warmupMs: 1000, recordMs: 6000 },
      burst: { meetings: 10, clients: 6, editHz: 1, drawHz: 30, warmupMs: 1000, recordMs: 4000 },
      burstRounds: 1,
      idleMeetings: 50,
      idleSettleMs: 2000,
      anonymous: { meetings: 20, clients: 6, editHz: 1, drawHz: 0, warmupMs: 1000, recordMs: 6000 },
      anonymousRounds: 1,
      multi: { meetings: 20, clients: 6, editHz: 1, drawHz: 0, warmupMs: 1000, recordMs: 6000 },
      coldRuns: 1,
      pdfRuns: 3,
      clientRuns: 1,
    }
  : {
      // The reference's memory grows for as long as its meetings stay open: memory is compared over the
      // first 30 s and over all 120 s of the same recording.
      steady: { meetings: 200, clients: 6, editHz: 1, drawHz: 0, warmupMs: 5000, recordMs: Number(process.env.BENCH_STEADY_MS ?? 120_000), memoryWindowsMs: [30_000] },
      burst: { meetings: 50, clients: 6, editHz: 1, drawHz: 30, warmupMs: 3000, recordMs: 30_000 },
      burstRounds: Number(process.env.BENCH_BURST_ROUNDS ?? 3),
      idleMeetings: 200,
      idleSettleMs: 3000,
      anonymous: { meetings: 100, clients: 6, editHz: 1, drawHz: 0, warmupMs: 3000, recordMs: 20_000 },
      anonymousRounds: Number(process.env.BENCH_ANONYMOUS_ROUNDS ?? 3),
      multi: { meetings: 200, clients: 6, editHz: 1, drawHz: 0, warmupMs: 5000, recordMs: 30_000 },
      // Each server kind alternates with the other; the first start of each reads a cold disk cache.
      coldRuns: 7,
      pdfRuns: 7,
      clientRuns: 3,
    };
// For experiments: BENCH_TARGETS=ours,refPersistent runs only those; BENCH_WORKERS sets the number of load processes.
// Four, not two: each holds half as many clients, so its own garbage collection stalls it for less
// (with two, their event-loop lag p99 reached 34–52 ms over the 120 s steady recording; with four, 15 ms).
const WORKERS = Number(process.env.BENCH_WORKERS ?? 4);
const TARGETS: TargetKind[] = (process.env.BENCH_TARGETS?.split(',') as TargetKind[] | undefined) ?? ['ours', 'refPersistent', 'refMemory'];
// BENCH_PHASES=burst (or idle,steady) runs only those phases of the sync section.
const PHASES = process.env.BENCH_PHASES?.split(',') ?? ['idle', 'steady', 'burst'];

/**
 * `burst` is the round with the median p99 of `burstRounds`: the burst case runs in rounds, each
 * server in turn on a fresh process, since on two cores one round's p99 moves with whatever else the
 * machine did in those 30 s (the load generators share the cores with the server).
 */
type TargetResult = { steady: PhaseResult | null; burst: PhaseResult | null; burstRounds: PhaseResult[]; idleKbPerMeeting: number | null };

const log = (line: string) => process.stderr.write(`${line}\n`);
const phaseLine = (p: LoadPhase) => `${p.meetings} meetings × ${p.clients} clients, ${p.editHz} edit/s each${p.drawHz ? `, one drawing at ${p.drawHz}/s per meeting` : ''}`;

async function syncSection(): Promise<Partial<Record<TargetKind, TargetResult>>> {
  if (!args.skipBuild) {
    log('server: building the bundle npm start runs');
    execFileSync('pnpm', ['--filter', '@naervaer/server', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: pnpm --filter @naervaer/server build`);
  const workers = Array.from({ length: WORKERS }, () => new LoadWorker());
  const workDir = benchWorkDir();
  const out: Partial<Record<TargetKind, TargetResult>> = {};
  try {
    for (const kind of TARGETS) {
      const result: TargetResult = { steady: null, burst: null, burstRounds: [], idleKbPerMeeting: null };
      out[kind] = result;
      if (!PHASES.includes('idle') && !PHASES.includes('steady')) continue;
      log(`sync: ${TARGET_LABEL[kind]}`);
      const target = await startTarget(kind, workDir);
      try {
        await target.prepare(Math.max(PLAN.steady.meetings, PLAN.idleMeetings), PLAN.steady.clients);
        if (PHASES.includes('idle')) {
          result.idleKbPerMeeting = await idleMeetingMemory(target, workers, PLAN.idleMeetings, PLAN.idleSettleMs);
          log(`  idle: ${fmt(result.idleKbPerMeeting, 'kB')} per meeting`);
        }
        if (PHASES.includes('steady')) {
          const steady = await runPhase(target, workers, PLAN.steady);
          result.steady = steady;
          const windows = steady.memoryWindows.map((w) => `${w.seconds} s: rss ${fmt(w.rssMeanMb, 'MB', 0)} mean, ${fmt(w.rssPeakMb, 'MB', 0)} peak`).join('; ');
          log(`  steady: p50 ${fmt(steady.latency.p50, 'ms', 2)} p99 ${fmt(steady.latency.p99, 'ms', 2)}, cpu ${fmt(steady.serverCpuPercent, '%', 0)}; ${windows}`);
        }
      } finally {
        await target.stop();
      }
    }
    for (let round = 1; PHASES.includes('burst') && round <= PLAN.burstRounds; round++) {
      for (const kind of TARGETS) {
        log(`burst, round ${round} of ${PLAN.burstRounds}: ${TARGET_LABEL[kind]}`);
        const target = await startTarget(kind, workDir);
        try {
          await target.prepare(PLAN.burst.meetings, PLAN.burst.clients);
          const burst = await runPhase(target, workers, PLAN.burst);
          out[kind]!.burstRounds.push(burst);
          log(`  p50 ${fmt(burst.latency.p50, 'ms', 2)} p99 ${fmt(burst.latency.p99, 'ms', 2)}, draw p99 ${fmt(burst.drawLatency?.p99, 'ms', 2)}, cpu ${fmt(burst.serverCpuPercent, '%', 0)}, rss peak ${fmt(burst.serverPeakRssMb, 'MB', 0)}, generator lag p99 ${fmt(burst.generatorLagP99Ms, 'ms', 1)}`);
        } finally {
          await target.stop();
        }
      }
    }
    for (const result of Object.values(out)) {
      const byP99 = [...result.burstRounds].sort((x, y) => x.latency.p99 - y.latency.p99);
      result.burst = byP99[Math.floor((byP99.length - 1) / 2)] ?? null;
    }
  } finally {
    workers.forEach((w) => w.close());
    if (!process.env.BENCH_KEEP) rmSync(workDir, { recursive: true, force: true });
  }
  return out;
}

function runTs(file: string, argv: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, file), ...argv], { cwd: ROOT, encoding: 'utf8' });
}

type ColdLayout = { firstContentMs: number; runs: number[]; roomsLoadMs: number; roomsPrepareMs: number; updates: number; bytes: number; board: string };
type ColdCompare = { ours: ColdLayout; reference: { firstContentMs: number; runs: number[] } | null };

/**
 * Cold load of a full meeting: the meeting is written to storage by one process, then a server
 * process starts on it and a client's first sight of the whole meeting is timed (each run a new data
 * directory and new processes). Ours as `npm start` runs it, on SQLite; the reference server on the
 * same updates in its LevelDB. Two layouts: as storage holds a meeting after its room unloaded
 * (compacted), and as a crash leaves it (one row per change).
 */
async function coldSection(): Promise<{ compacted: ColdCompare; uncompacted: ColdCompare }> {
  // The measuring client lives in this process: it reads a full meeting a few times first, so that
  // no server's first run pays for compiling the client's decoding (the first run took 440 ms, the
  // next ones 80–110).
  const { updates } = await fullMeetingUpdates();
  for (let i = 0; i < 5; i++) Y.applyUpdate(new Y.Doc(), Y.mergeUpdates(updates));
  const measure = async (layout: 'compacted' | 'updates'): Promise<ColdCompare> => {
    const ours: number[] = [];
    const rooms: number[] = [];
    const prepared: number[] = [];
    const reference: number[] = [];
    let written = { updates: 0, bytes: 0, board: '' };
    for (let i = 0; i < PLAN.coldRuns; i++) {
      const work = benchWorkDir();
      try {
        const w = JSON.parse(runTs('coldload.ts', ['write', work, layout])) as { meetingId: string; token: string; updates: number; bytes: number; board: string };
        written = w;
        const loaded = JSON.parse(runTs('coldload.ts', ['rooms', work, w.meetingId])) as { ms: number; prepareMs: number };
        rooms.push(loaded.ms);
        prepared.push(loaded.prepareMs);
        const server = await startTarget('ours', work, work);
        try {
          ours.push(await timeFirstContent({ serverUrl: `${server.url.replace('http', 'ws')}/sync`, room: `${w.meetingId}/content`, params: { token: w.token } }, NOTES));
        } finally {
          await server.stop();
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
      if (!TARGETS.includes('refPersistent')) continue;
      const refWork = benchWorkDir();
      try {
        const r = JSON.parse(runTs('coldload.ts', ['write-ref', refWork, layout])) as { room: string };
        const server = await startTarget('refPersistent', refWork, refWork);
        try {
          reference.push(await timeFirstContent({ serverUrl: server.url.replace('http', 'ws'), room: r.room, params: {} }, NOTES));
        } finally {
          await server.stop();
        }
      } finally {
        rmSync(refWork, { recursive: true, force: true });
      }
    }
    return {
      ours: { firstContentMs: median(ours), runs: ours, roomsLoadMs: median(rooms), roomsPrepareMs: median(prepared), ...written },
      reference: reference.length ? { firstContentMs: median(reference), runs: reference } : null,
    };
  };
  return { compacted: await measure('compacted'), uncompacted: await measure('updates') };
}

async function pdfSection() {
  const renderer = await minutesRenderer(ROOT);
  if (!renderer.available) return { available: false as const, reason: renderer.reason };
  const time = async (notes: 'fixture' | 300) => {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < PLAN.pdfRuns; i++) {
      const start = performance.now();
      bytes = (await renderer.value(notes)).byteLength;
      times.push(performance.now() - start);
    }
    return { medianMs: median(times), firstMs: times[0]!, bytes, runs: times };
  };
  const fixture = await time('fixture');
  const notes300 = await time(300);
  return { available: true as const, ...fixture, with300Notes: notes300 };
}

async function clientSection(): Promise<ClientResult> {
  if (!args.skipBuild) {
    log('client: building');
    buildClient();
  }
  return measureClient(PLAN.clientRuns);
}

async function attempt<T>(name: string, fn: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await fn();
  } catch (err) {
    log(`${name} failed: ${(err as Error).stack ?? err}`);
    return { error: (err as Error).message };
  }
}
const ok = <T extends object>(v: T | { error: string } | null): v is T => v !== null && !('error' in v);

/** The steady case's memory windows, in seconds: the first part of the recording and all of it. */
const WINDOWS = [...(PLAN.steady.memoryWindowsMs ?? []), PLAN.steady.recordMs].map((ms) => ms / 1000);

function memoryRatio(ours: TargetResult | undefined, ref: TargetResult | undefined, seconds: number, field: 'rssMeanMb' | 'rssPeakMb'): number | null {
  const pick = (r: TargetResult | undefined) => r?.steady?.memoryWindows.find((w) => w.seconds === seconds)?.[field];
  return ratio(pick(ours), pick(ref));
}

async function main() {
  const machine = {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    loadAverageAtStart: loadavg().map((l) => round(l, 2)),
  };
  log(`bench${args.quick ? ' --quick' : ''} on ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`);
  const startedAt = new Date().toISOString();

  const sync = wants('sync') ? await attempt('sync', syncSection) : null;
  if (wants('cold')) log('cold load');
  const cold = wants('cold') ? await attempt('cold load', coldSection) : null;
  if (wants('pdf')) log('minutes pdf');
  const pdf = wants('pdf') ? await attempt('minutes pdf', pdfSection) : null;
  if (wants('board')) log('board');
  const board = wants('board') ? await attempt('board', () => boardSection(args.quick)) : null;
  const client = wants('client') ? await attempt('client', clientSection) : null;
  if (wants('anonymous')) log(`anonymous: ${phaseLine(PLAN.anonymous)}, alone and beside an anonymous consultation with a 1 MB board and a typist, in ${PLAN.anonymousRounds} alternating rounds`);
  const anonymous = wants('anonymous') ? await attempt('anonymous', () => anonymousSection(PLAN.anonymous, PLAN.anonymousRounds, 1_000_000, WORKERS, log)) : null;
  if (wants('multi')) log(`multi: ${phaseLine(PLAN.multi)}, one server on SQLite, then two on one PostgreSQL database`);
  const multi = wants('multi') ? await attempt('multi', () => multiSection(PLAN.multi, WORKERS, log)) : null;

  const s = ok(sync) ? sync : {};
  const ours = s.ours;
  const refP = s.refPersistent;
  const refM = s.refMemory;
  const pdfMs = ok(pdf) && pdf.available ? pdf.medianMs : null;

  // ---- the table ----
  const out: string[] = [];
  out.push(`Nærværsmøtet benchmark${args.quick ? ' (--quick)' : ''}, ${startedAt}`);
  out.push(`machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, load average at start ${machine.loadAverageAtStart.join(' ')}`);
  out.push('');
  if (ok(sync)) {
    for (const [name, key] of [
      ['Sync fan-out, steady', 'steady'],
      ['Sync fan-out, burst', 'burst'],
    ] as const) {
      const ran = TARGETS.filter((k) => s[k]?.[key]);
      if (!ran.length) continue;
      const rounds = key === 'burst' ? ` (of ${PLAN.burstRounds} rounds, each server on a fresh process in turn, the round with the median p99)` : '';
      out.push(`${name}: ${phaseLine(PLAN[key])}; edit → arrival at every other client of the meeting${rounds}`);
      out.push(
        formatTable(
          ['server', 'p50', 'p95', 'p99', 'max', 'draw p99', 'arrivals', 'missing', 'cpu', 'rss mean', 'rss peak', 'idle/meeting', 'generator lag p99'],
          ran.map((k) => {
            const r = s[k]!;
            const p = r[key]!;
            return [
              TARGET_LABEL[k],
              fmt(p.latency.p50, 'ms', 2),
              fmt(p.latency.p95, 'ms', 2),
              fmt(p.latency.p99, 'ms', 2),
              fmt(p.latency.max, 'ms', 1),
              fmt(p.drawLatency?.p99, 'ms', 2),
              String(p.latency.count),
              String(p.missing),
              fmt(p.serverCpuPercent, '%', 0),
              p.memoryWindows.map((w) => `${fmt(w.rssMeanMb, 'MB', 0)} (${w.seconds} s)`).join(', '),
              p.memoryWindows.map((w) => `${fmt(w.rssPeakMb, 'MB', 0)} (${w.seconds} s)`).join(', '),
              key === 'steady' ? fmt(r.idleKbPerMeeting, 'kB', 0) : '',
              fmt(p.generatorLagP99Ms, 'ms', 1),
            ];
          }),
        ),
      );
      if (key === 'burst') for (const k of ran) out.push(`  p99 of each round, ${TARGET_LABEL[k]}: ${s[k]!.burstRounds.map((r) => fmt(r.latency.p99, 'ms', 2)).join(', ')}`);
      out.push('');
    }
    out.push('Ratios, ours / reference (≤ 1.0 means ours is as good or better; memory in the steady case over its first 30 s and all of it)');
    out.push(
      formatTable(
        ['against', 'steady p99', 'steady p50', 'burst p99', ...WINDOWS.flatMap((w) => [`rss mean ${w} s`, `rss peak ${w} s`]), 'idle memory/meeting', 'cpu'],
        (
          [
            ['reference + LevelDB', refP],
            ['reference, in memory', refM],
          ] as const
        ).map(([label, ref]) => [
          label,
          fmt(ratio(ours?.steady?.latency.p99, ref?.steady?.latency.p99), '', 2),
          fmt(ratio(ours?.steady?.latency.p50, ref?.steady?.latency.p50), '', 2),
          fmt(ratio(ours?.burst?.latency.p99, ref?.burst?.latency.p99), '', 2),
          ...WINDOWS.flatMap((w) => [fmt(memoryRatio(ours, ref, w, 'rssMeanMb'), '', 2), fmt(memoryRatio(ours, ref, w, 'rssPeakMb'), '', 2)]),
          fmt(ratio(ours?.idleKbPerMeeting, ref?.idleKbPerMeeting), '', 2),
          fmt(ratio(ours?.steady?.serverCpuPercent, ref?.steady?.serverCpuPercent), '', 2),
        ]),
      ),
    );
    out.push('');
  } else if (sync) out.push(`Sync fan-out: failed (${sync.error})\n`);

  const other: string[][] = [];
  if (cold) {
    if (ok(cold)) {
      const line = (label: string, c: ColdCompare) => [
        label,
        fmt(c.ours.firstContentMs, 'ms', 0),
        `reference on the same updates in LevelDB ${fmt(c.reference?.firstContentMs, 'ms', 0)} (ours / reference ${fmt(ratio(c.ours.firstContentMs, c.reference?.firstContentMs), '', 2)}); ` +
          `${c.ours.updates} stored update${c.ours.updates === 1 ? '' : 's'}, ${fmt(c.ours.bytes / 1024, 'kB', 0)}, 300 notes (${c.ours.board}); loading both docs through Rooms alone ${fmt(c.ours.roomsLoadMs, 'ms', 0)}, then where each item lies (built after the first answer) ${fmt(c.ours.roomsPrepareMs, 'ms', 0)}`,
      ];
      other.push(line('cold load of a full meeting, first sight in a fresh server process', cold.compacted));
      other.push(line('  … the same left uncompacted by a crash', cold.uncompacted));
    } else other.push(['cold load of a full meeting', 'failed', cold.error]);
  }
  if (pdf) {
    other.push(
      ok(pdf)
        ? pdf.available
          ? ['minutes PDF of the full meeting (median)', fmt(pdf.medianMs, 'ms', 0), `${PLAN.pdfRuns} runs, first ${fmt(pdf.firstMs, 'ms', 0)}, ${fmt(pdf.bytes / 1024, 'kB', 0)}; with 300 mapping notes ${fmt(pdf.with300Notes.medianMs, 'ms', 0)}`]
          : ['minutes PDF of the full meeting', pdf.reason, '']
        : ['minutes PDF', 'failed', pdf.error],
    );
  }
  if (board) {
    if (ok(board) && board.available) for (const [k, v] of Object.entries(board.value)) other.push([`board: ${k}`, fmt(v, '', 1), '']);
    else other.push(['board (300 notes)', ok(board) ? (board as { reason: string }).reason : 'failed', ok(board) ? '' : board.error]);
  }
  if (client) {
    if (ok(client)) {
      other.push(['room JavaScript without the whiteboard (gzip)', fmt(client.roomJsGzipKb, 'kB', 0), `${client.roomJsFiles} files; all JS ${fmt(client.totalJsGzipKb, 'kB', 0)}`]);
      other.push(['largest chunk (gzip)', fmt(client.largestChunk.gzipKb, 'kB', 0), `${client.largestChunk.file}, ${client.largestChunk.loadedByRoom ? 'loaded by the room' : 'not loaded by the room'}`]);
      other.push(['room interactive, 4× CPU throttling (median)', fmt(client.roomInteractiveMs, 'ms', 0), `connected ${fmt(client.roomConnectedMs, 'ms', 0)}; runs ${client.runs.map((r) => r.toFixed(0)).join(', ')} ms`]);
    } else other.push(['client', 'failed', client.error]);
  }
  if (anonymous) {
    if (ok(anonymous)) {
      const a = anonymous;
      other.push(['ordinary meetings’ p99 beside an anonymous consultation / alone', fmt(ratio(a.besideP99Ms, a.aloneP99Ms), '', 2), `${fmt(a.besideP99Ms, 'ms', 2)} beside, ${fmt(a.aloneP99Ms, 'ms', 2)} alone: the median of ${a.alone.length} alternating rounds each (${PLAN.anonymous.meetings} × ${PLAN.anonymous.clients}, same server, same run)`]);
      other.push(['  … p99 of each round, alone / beside', a.alone.map((r, i) => `${fmt(r.latency.p99, '', 1)} / ${fmt(a.beside[i]?.latency.p99, '', 1)}`).join(', '), 'ms']);
      const cpu = (phases: readonly { serverCpuPercent: number }[]) => median(phases.map((p) => p.serverCpuPercent));
      other.push(['  … server CPU, alone / beside (median of the rounds)', `${fmt(cpu(a.alone), '%', 1)} / ${fmt(cpu(a.beside), '%', 1)}`, 'of one core: what the consultation’s typing, check, storing and compaction add']);
      other.push(['  … keystroke to arrival in the anonymous consultation', fmt(a.keystrokes.p99, 'ms', 1), `p99; p50 ${fmt(a.keystrokes.p50, 'ms', 1)}, max ${fmt(a.keystrokes.max, 'ms', 1)}, ${a.keystrokes.count} keystrokes, board ${fmt(a.boardBytes / 1e6, 'MB', 2)}`]);
    } else other.push(['anonymous consultation beside ordinary meetings', 'failed', anonymous.error]);
  }
  if (multi) {
    if (ok(multi)) {
      const line = (label: string, r: PhaseResult) =>
        other.push([
          label,
          `p99 ${fmt(r.latency.p99, 'ms', 1)}`,
          `p50 ${fmt(r.latency.p50, 'ms', 1)}, ${r.missing} lost of ${r.edits} edits, generator lag p99 ${fmt(r.generatorLagP99Ms, 'ms', 0)}; ${
            r.processes.length
              ? r.processes.map((p) => `${p.label} cpu ${fmt(p.cpuPercent, '%', 0)}, pss ${fmt(p.pssEndMb, 'MB', 0)}`).join('; ')
              : `cpu ${fmt(r.serverCpuPercent, '%', 0)}, rss ${fmt(r.serverRssEndMb, 'MB', 0)}`
          }`,
        ]);
      line(`steady ${PLAN.multi.meetings} × ${PLAN.multi.clients}, one server on SQLite`, multi.sqlite);
      line(`  … two servers on one PostgreSQL database`, multi.postgres);
    } else other.push(['several servers on PostgreSQL', 'failed', multi.error]);
  }
  if (other.length) out.push(formatTable(['measure', 'value', 'detail'], other));
  const table = out.join('\n');
  process.stdout.write(`\n${table}\n`);

  const results = {
    quick: args.quick,
    startedAt,
    machine,
    plan: PLAN,
    syncP50Ms: round(ours?.steady?.latency.p50 ?? null, 3),
    syncP95Ms: round(ours?.steady?.latency.p95 ?? null, 3),
    syncP99Ms: round(ours?.steady?.latency.p99 ?? null, 3),
    burstP99Ms: round(ours?.burst?.latency.p99 ?? null, 3),
    serverCpuPercent: round(ours?.steady?.serverCpuPercent ?? null, 1),
    serverRssMb: round(ours?.steady?.serverRssMb ?? null, 1),
    serverPeakRssMb: round(ours?.steady?.serverPeakRssMb ?? null, 1),
    idleKbPerMeeting: round(ours?.idleKbPerMeeting ?? null, 1),
    ratioP99VsPersistentReference: round(ratio(ours?.steady?.latency.p99, refP?.steady?.latency.p99), 3),
    ratioP99VsMemoryReference: round(ratio(ours?.steady?.latency.p99, refM?.steady?.latency.p99), 3),
    ratioBurstP99VsPersistentReference: round(ratio(ours?.burst?.latency.p99, refP?.burst?.latency.p99), 3),
    ratioBurstP99VsMemoryReference: round(ratio(ours?.burst?.latency.p99, refM?.burst?.latency.p99), 3),
    // Over the whole steady recording (120 s in a full run), and per window in `memoryWindows`.
    ratioMemoryVsPersistentReference: round(ratio(ours?.steady?.serverRssMb, refP?.steady?.serverRssMb), 3),
    ratioPeakMemoryVsPersistentReference: round(ratio(ours?.steady?.serverPeakRssMb, refP?.steady?.serverPeakRssMb), 3),
    ratioMemoryVsMemoryReference: round(ratio(ours?.steady?.serverRssMb, refM?.steady?.serverRssMb), 3),
    ratioPeakMemoryVsMemoryReference: round(ratio(ours?.steady?.serverPeakRssMb, refM?.steady?.serverPeakRssMb), 3),
    memoryWindows: WINDOWS.map((seconds) => ({
      seconds,
      ratioMemoryVsPersistentReference: round(memoryRatio(ours, refP, seconds, 'rssMeanMb'), 3),
      ratioPeakMemoryVsPersistentReference: round(memoryRatio(ours, refP, seconds, 'rssPeakMb'), 3),
      ratioMemoryVsMemoryReference: round(memoryRatio(ours, refM, seconds, 'rssMeanMb'), 3),
      ratioPeakMemoryVsMemoryReference: round(memoryRatio(ours, refM, seconds, 'rssPeakMb'), 3),
    })),
    coldLoadMs: ok(cold) ? round(cold.compacted.ours.firstContentMs, 1) : null,
    coldLoadUncompactedMs: ok(cold) ? round(cold.uncompacted.ours.firstContentMs, 1) : null,
    coldLoadReferenceMs: ok(cold) ? round(cold.compacted.reference?.firstContentMs, 1) : null,
    ratioColdLoadVsReference: ok(cold) ? round(ratio(cold.compacted.ours.firstContentMs, cold.compacted.reference?.firstContentMs), 3) : null,
    ratioColdLoadUncompactedVsReference: ok(cold) ? round(ratio(cold.uncompacted.ours.firstContentMs, cold.uncompacted.reference?.firstContentMs), 3) : null,
    minutesPdfMedianMs: round(pdfMs, 1),
    roomJsGzipKb: ok(client) ? round(client.roomJsGzipKb, 1) : null,
    roomInteractiveMs: ok(client) ? round(client.roomInteractiveMs, 0) : null,
    ratioP99BesideAnonymousVsAlone: ok(anonymous) ? round(ratio(anonymous.besideP99Ms, anonymous.aloneP99Ms), 3) : null,
    anonymousKeystrokeP99Ms: ok(anonymous) ? round(anonymous.keystrokes.p99, 2) : null,
    multiP99SqliteMs: ok(multi) ? round(multi.sqlite.latency.p99, 2) : null,
    multiP99PostgresPairMs: ok(multi) ? round(multi.postgres.latency.p99, 2) : null,
    multiLostPostgresPair: ok(multi) ? multi.postgres.missing : null,
    detail: { sync: s, cold, pdf, board, client, anonymous, multi },
  };
  (results.machine as Record<string, unknown>).loadAverageAtEnd = loadavg().map((l) => round(l, 2));
  const dir = join(ROOT, 'bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, (_k, v) => (v instanceof Float64Array ? undefined : v), 2)}\n`);
  log(`wrote ${join(dir, 'results.json')}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
