/**
 * WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside whichever commit
 * crosses the threshold and fsyncs there: with better-sqlite3 that stalls the whole server for
 * milliseconds every few hundred edits. Instead the main connection never checkpoints
 * (wal_autocheckpoint = 0) and a worker thread with its own connection runs a PASSIVE checkpoint
 * every `everyMs`, which never blocks writers. Commits keep their durability (synchronous NORMAL or
 * FULL applies to the WAL write itself); only the copy back into the database file moves.
 * If the worker fails, the main connection goes back to automatic checkpoints.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

// Plain CommonJS, so the worker runs the same under tsx, vitest and a built server.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
db.pragma('synchronous = ' + workerData.synchronous);
let timer = null;
const tick = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    // SQLITE_BUSY now and then is normal: the next tick catches up.
    if (!/busy|locked/i.test(String(err && err.message))) throw err;
  }
  timer = setTimeout(tick, workerData.everyMs);
};
timer = setTimeout(tick, workerData.everyMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearTimeout(timer);
  db.close();
  parentPort.postMessage('stopped');
});
`;

export const AUTOCHECKPOINT_PAGES = 1000;

export class Checkpointer {
  private readonly worker: Worker;
  private running = true;

  constructor(
    private readonly db: Database.Database,
    file: string,
    options: { everyMs: number; synchronous: 'NORMAL' | 'FULL'; onError: (err: Error) => void },
  ) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver, file, everyMs: options.everyMs, synchronous: options.synchronous },
      // It only runs a pragma now and then: keep its own heap small.
      resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 },
    });
    // A checkpointer never keeps the process alive on its own.
    this.worker.unref();
    db.pragma('wal_autocheckpoint = 0');
    const fallBack = (err: Error) => {
      if (!this.running) return;
      this.running = false;
      if (db.open) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
      options.onError(err);
    };
    this.worker.on('error', fallBack);
    this.worker.on('exit', (code) => fallBack(new Error(`checkpoint worker exited with ${code}`)));
  }

  /** Stops the worker; the caller then checkpoints once more on its own connection. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    const stopped = new Promise<void>((done) => {
      const timer = setTimeout(done, 2000);
      this.worker.once('message', () => done());
      this.worker.once('exit', () => done());
      timer.unref();
    });
    this.worker.postMessage('stop');
    await stopped;
    await this.worker.terminate();
  }
}
