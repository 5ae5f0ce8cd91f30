/**
 * An anonymous consultation does not slow other meetings down: our server (the bundle), ordinary
 * meetings typing as in the steady phase, alone and beside an anonymous consultation with a board of
 * about 1 MB where a participant types ten keystrokes a second. Every one of those keystrokes is
 * checked before it is stored; the check reads the keystroke, not the board.
 *
 * One 30 s pair of phases is not a measure on two shared cores: the same code gave a ratio of 0.82 in
 * one run and 1.88 in the next (with compaction off). So the phases alternate in rounds on the same
 * server (alone then beside, beside then alone, …: the consultation stays, its typist pauses), and each side is
 * reported as the median of its rounds' p99. Also reported: the keystroke-to-arrival latency in the
 * anonymous consultation itself, over all rounds beside it.
 */
import { stepNotes } from '@naervaer/shared/doc';
import { createMeeting, facilitator, invite } from '../support/http';
import { connect, eventually, synced } from '../support/yclient';
import { type LoadPhase, LoadWorker, type PhaseResult, runPhase } from './fanout';
import { type Summary, median, summarize } from './report';
import { benchWorkDir, startTarget } from './targets';

export type AnonymousResult = {
  boardBytes: number;
  /** Each round's phase, in the order they ran. */
  alone: PhaseResult[];
  beside: PhaseResult[];
  /** The median of each side's rounds' p99. */
  aloneP99Ms: number;
  besideP99Ms: number;
  keystrokes: Summary;
};

/** Writes a board of at least `bytes` into the meeting as its facilitator would, and waits until it is stored. */
async function fillBoard(wsUrl: string, meetingId: string, cookie: string, bytes: number): Promise<number> {
  const writer = connect(wsUrl, meetingId, 'content', { cookie });
  await synced(writer);
  const board = writer.doc.getMap('boardDrawing');
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const record = { id: `shape:b${i}`, typeName: 'shape', type: 'draw', props: { segments: [{ type: 'free', points: Array.from({ length: 24 }, (_, j) => ({ x: i * 3 + j, y: j * 7, z: 0.5 })) }] } };
    written += JSON.stringify(record).length;
    board.set(record.id, record);
  }
  await eventually(() => writer.provider.synced && (writer.provider as unknown as { ws: WebSocket | null }).ws?.bufferedAmount === 0, 'the board sent', 60_000);
  writer.destroy();
  return written;
}

/** A participant typing into the consultation's notes while running, and a watcher timing each keystroke's arrival. */
function startTyping(wsUrl: string, meetingId: string, token: string, cookie: string, keysPerSecond: number) {
  const typist = connect(wsUrl, meetingId, 'content', { token });
  const watcher = connect(wsUrl, meetingId, 'content', { cookie });
  const sentAt: number[] = [];
  const latencies: number[] = [];
  let timer: NodeJS.Timeout | null = null;
  stepNotes(watcher.doc, 'purpose').observe(() => {
    const arrived = stepNotes(watcher.doc, 'purpose').length;
    const now = performance.now();
    while (latencies.length < arrived && latencies.length < sentAt.length) latencies.push(now - sentAt[latencies.length]!);
  });
  const pause = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  return {
    synced: () => Promise.all([synced(typist), synced(watcher)]),
    resume() {
      timer ??= setInterval(() => {
        sentAt.push(performance.now());
        const text = stepNotes(typist.doc, 'purpose');
        text.insert(text.length, 'a');
      }, 1000 / keysPerSecond);
    },
    pause,
    stop() {
      pause();
      typist.destroy();
      watcher.destroy();
      return { latencies, closes: typist.closes };
    },
  };
}

const medianP99 = (phases: readonly PhaseResult[]) => median(phases.map((p) => p.latency.p99));

export async function anonymousSection(phase: LoadPhase, rounds: number, boardBytes: number, workersCount: number, log: (line: string) => void): Promise<AnonymousResult> {
  const workers = Array.from({ length: workersCount }, () => new LoadWorker());
  const target = await startTarget('ours', benchWorkDir());
  try {
    await target.prepare(phase.meetings, phase.clients);
    const lead = await facilitator(target.url);
    const meetingId = await createMeeting(lead, { kind: 'anonymous', title: 'Anonym drøfting, benk' });
    const wsUrl = `${target.url.replace('http', 'ws')}/sync`;
    const written = await fillBoard(wsUrl, meetingId, lead.cookieHeader, boardBytes);
    const guest = await invite(lead, meetingId, 'participant', 'Deltaker', 'helsesykepleier');
    const typing = startTyping(wsUrl, meetingId, guest.token, lead.cookieHeader, 10);
    await typing.synced();
    const alone: PhaseResult[] = [];
    const beside: PhaseResult[] = [];
    for (let round = 1; round <= rounds; round++) {
      // Alone first in odd rounds, beside first in even ones: the tail drifts up over a run on this machine.
      for (const side of round % 2 === 1 ? ['alone', 'beside'] : ['beside', 'alone']) {
        if (side === 'alone') typing.pause();
        else typing.resume();
        (side === 'alone' ? alone : beside).push(await runPhase(target, workers, phase));
      }
      log(`  round ${round} of ${rounds}: p99 ${alone.at(-1)!.latency.p99.toFixed(2)} ms alone, ${beside.at(-1)!.latency.p99.toFixed(2)} ms beside`);
    }
    const { latencies, closes } = typing.stop();
    if (closes.length) throw new Error(`the typist was closed with ${closes.join(', ')}`);
    return { boardBytes: written, alone, beside, aloneP99Ms: medianP99(alone), besideP99Ms: medianP99(beside), keystrokes: summarize(latencies) };
  } finally {
    workers.forEach((w) => w.close());
    await target.stop();
  }
}
