/**
 * A load-generator process. It holds every client of the meetings it is given, so a client's edit and
 * its arrival at the others are timed on one clock. Clients are the official y-websocket provider
 * (disableBc: true) over `ws`. Driven by run.ts over IPC; see WorkerCommand.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { WebSocket as WsWebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { stepNotes } from '@naervaer/shared/doc';
import type { ClientTarget } from './targets';

export type WorkerMeeting = { clients: ClientTarget[] };

export type WorkerCommand =
  | { type: 'connect'; meetings: WorkerMeeting[] }
  /** Starts editing: every client `editHz` times a second; the first client of each meeting also draws at `drawHz`. */
  | { type: 'edit'; editHz: number; drawHz: number }
  /** Forgets what was measured so far; from now on latencies count. */
  | { type: 'record' }
  | { type: 'stop'; graceMs: number }
  | { type: 'disconnect' };

export type WorkerResult = {
  /** Milliseconds from an edit to its arrival at one other client of the meeting, one per (edit, receiver). */
  latencies: Float64Array;
  /** The same, for drawing updates only. */
  drawLatencies: Float64Array;
  edits: number;
  /** (edit, receiver) pairs that had not arrived by the end of the grace period. */
  missing: number;
  loopLagP99Ms: number;
  loopLagMaxMs: number;
};

export type WorkerReply =
  | { type: 'connected'; ms: number }
  | { type: 'editing' }
  | { type: 'recording' }
  | { type: 'stopped'; result: WorkerResult }
  | { type: 'disconnected' }
  | { type: 'error'; message: string };

type Sent = { clock: number; at: number; draw: boolean; recorded: boolean };

type Client = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Edits this client made, oldest first, not yet seen by every other client. */
  sent: Sent[];
  /** Per other client index: how far into that client's `sent` this client has received. */
  seen: number[];
};

type Meeting = { clients: Client[] };

let meetings: Meeting[] = [];
let timers: NodeJS.Timeout[] = [];
let recording = false;
let latencies: number[] = [];
let drawLatencies: number[] = [];
let edits = 0;
/** The histogram's samples include its own timer interval; the lag reported is what lies beyond it. */
const LAG_RESOLUTION_MS = 5;
const lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
// Every y-websocket provider in Node adds a process 'exit' listener; hundreds are expected here.
process.setMaxListeners(0);

function reply(message: WorkerReply): void {
  process.send!(message);
}

function openClient(target: ClientTarget): Client {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(target.serverUrl, target.room, doc, {
    disableBc: true,
    WebSocketPolyfill: WsWebSocket as unknown as typeof WebSocket,
    params: target.params,
    maxBackoffTime: 1000,
  });
  return { doc, provider, sent: [], seen: [] };
}

/** Called whenever a client's document changed because of the server: settle the edits that arrived. */
function onArrival(meeting: Meeting, receiver: number, now: number): void {
  const me = meeting.clients[receiver]!;
  for (let s = 0; s < meeting.clients.length; s++) {
    if (s === receiver) continue;
    const sender = meeting.clients[s]!;
    const state = Y.getState(me.doc.store, sender.doc.clientID);
    let i = me.seen[s]!;
    while (i < sender.sent.length && sender.sent[i]!.clock < state) {
      const edit = sender.sent[i]!;
      if (edit.recorded) (edit.draw ? drawLatencies : latencies).push(now - edit.at);
      i++;
    }
    me.seen[s] = i;
  }
}

/** Drops the edits every receiver has already seen, so the lists stay short. */
function trim(meeting: Meeting): void {
  meeting.clients.forEach((sender, s) => {
    let min = sender.sent.length;
    meeting.clients.forEach((r, ri) => {
      if (ri !== s) min = Math.min(min, r.seen[s]!);
    });
    if (min < 64) return;
    sender.sent.splice(0, min);
    meeting.clients.forEach((r, ri) => {
      if (ri !== s) r.seen[s]! -= min;
    });
  });
}

/**
 * Awareness checks its clients every 3 s from the moment it is created, and renews their state every
 * 15 s. Opened all at once, hundreds of clients would renew in the same instant, a storm no real
 * set of meetings makes; so the clients are opened spread over one check period.
 */
const OPEN_SPREAD_MS = 3000;

async function connect(specs: WorkerMeeting[]): Promise<number> {
  const start = performance.now();
  const total = specs.reduce((n, spec) => n + spec.clients.length, 0);
  let opened = 0;
  meetings = [];
  for (const spec of specs) {
    const meeting: Meeting = { clients: [] };
    for (const target of spec.clients) {
      meeting.clients.push(openClient(target));
      const due = start + (++opened / total) * OPEN_SPREAD_MS;
      if (performance.now() < due) await new Promise((r) => setTimeout(r, due - performance.now()));
    }
    meeting.clients.forEach((client, r) => {
      client.seen = meeting.clients.map(() => 0);
      client.doc.on('update', (_update: Uint8Array, origin: unknown) => {
        if (origin === client.provider) onArrival(meeting, r, performance.now());
      });
    });
    meetings.push(meeting);
  }
  const all = meetings.flatMap((m) => m.clients);
  const until = Date.now() + 120_000;
  while (all.some((c) => !c.provider.synced)) {
    if (Date.now() > until) throw new Error(`${all.filter((c) => !c.provider.synced).length} clients did not sync`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return performance.now() - start;
}

const WORDS = ['Ola ', 'møtte ', 'ikke ', 'på ', 'skolen ', 'mandag; ', 'mor ', 'sier ', 'magen ', 'verker. '];

/**
 * One small change to the step notes: typing a word, and once the text is long, also deleting some.
 * Every change inserts something, so it advances the client's clock and its arrival can be seen.
 */
function typeSomething(client: Client): void {
  const text = stepNotes(client.doc, 'information');
  client.doc.transact(() => {
    if (text.length > 400) text.delete(Math.floor(Math.random() * (text.length - 8)), 8);
    text.insert(Math.floor(Math.random() * (text.length + 1)), WORDS[Math.floor(Math.random() * WORDS.length)]!);
  });
}

/** One point of a freehand stroke, as a drawing client sends while the pen moves. */
function drawSomething(client: Client, n: number): void {
  const strokes = client.doc.getArray<Y.Array<number>>('bench:strokes');
  client.doc.transact(() => {
    if (n % 60 === 0 || strokes.length === 0) {
      if (strokes.length > 20) strokes.delete(0, 1);
      strokes.push([new Y.Array<number>()]);
    }
    strokes.get(strokes.length - 1).push([Math.round(Math.random() * 1920), Math.round(Math.random() * 1080)]);
  });
}

function record(client: Client, draw: boolean): void {
  client.sent.push({ clock: Y.getState(client.doc.store, client.doc.clientID), at: performance.now(), draw, recorded: recording });
  // The clock after the edit is one past its last item; arrival means the receiver's state passed the clock before it.
  client.sent[client.sent.length - 1]!.clock -= 1;
  if (recording) edits++;
}

function startEditing(editHz: number, drawHz: number): void {
  for (const meeting of meetings) {
    meeting.clients.forEach((client, index) => {
      if (editHz > 0) {
        const every = 1000 / editHz;
        // Spread the clients over the interval, as people do not type in step.
        const first = setTimeout(() => {
          const tick = () => {
            typeSomething(client);
            record(client, false);
          };
          tick();
          timers.push(setInterval(tick, every));
        }, Math.random() * every);
        timers.push(first);
      }
      if (drawHz > 0 && index === 0) {
        let n = 0;
        timers.push(
          setInterval(() => {
            drawSomething(client, n++);
            record(client, true);
          }, 1000 / drawHz),
        );
      }
    });
  }
  timers.push(setInterval(() => meetings.forEach(trim), 1000));
}

async function stop(graceMs: number): Promise<WorkerResult> {
  for (const t of timers) clearTimeout(t);
  timers = [];
  await new Promise((r) => setTimeout(r, graceMs));
  lag.disable();
  let missing = 0;
  for (const meeting of meetings) {
    meeting.clients.forEach((sender, s) => {
      meeting.clients.forEach((r, ri) => {
        if (ri === s) return;
        for (let i = r.seen[s]!; i < sender.sent.length; i++) if (sender.sent[i]!.recorded) missing++;
      });
    });
  }
  const result: WorkerResult = {
    latencies: Float64Array.from(latencies),
    drawLatencies: Float64Array.from(drawLatencies),
    edits,
    missing,
    loopLagP99Ms: Math.max(0, lag.percentile(99) / 1e6 - LAG_RESOLUTION_MS),
    loopLagMaxMs: Math.max(0, lag.max / 1e6 - LAG_RESOLUTION_MS),
  };
  recording = false;
  return result;
}

function disconnect(): void {
  for (const meeting of meetings) {
    for (const c of meeting.clients) {
      c.provider.destroy();
      c.doc.destroy();
    }
  }
  meetings = [];
}

process.on('message', (command: WorkerCommand) => {
  const run = async () => {
    switch (command.type) {
      case 'connect':
        return reply({ type: 'connected', ms: await connect(command.meetings) });
      case 'edit':
        startEditing(command.editHz, command.drawHz);
        return reply({ type: 'editing' });
      case 'record':
        latencies = [];
        drawLatencies = [];
        edits = 0;
        recording = true;
        lag.reset();
        lag.enable();
        return reply({ type: 'recording' });
      case 'stop':
        return reply({ type: 'stopped', result: await stop(command.graceMs) });
      case 'disconnect':
        disconnect();
        return reply({ type: 'disconnected' });
    }
  };
  run().catch((err: Error) => reply({ type: 'error', message: err.stack ?? err.message }));
});
process.on('disconnect', () => process.exit(0));
