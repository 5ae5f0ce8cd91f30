/**
 * WAL checkpoints in small, regular steps. SQLite's automatic checkpoint runs inside whichever commit
 * crosses 1000 pages and copies and fsyncs all of them there, before that batch of edits is
 * broadcast. Instead the connection never checkpoints on its own (wal_autocheckpoint = 0) and a timer
 * runs a PASSIVE checkpoint every `everyMs`, so each step copies only what a second of edits wrote:
 * 6–9 ms a second at 200 busy meetings (README, Performance). Commits keep their durability:
 * synchronous NORMAL or FULL applies to the WAL write itself; only the copy back into the database
 * file moves.
 *
 * A worker thread with its own connection would take those milliseconds off the event loop, but a
 * second V8 isolate costs about 10 MB resident for the life of the server; it was measured both ways.
 */
import type Database from 'better-sqlite3';

export const AUTOCHECKPOINT_PAGES = 1000;

export class Checkpointer {
  private readonly timer: NodeJS.Timeout;

  constructor(
    db: Database.Database,
    options: { everyMs: number; onError: (err: Error) => void },
  ) {
    db.pragma('wal_autocheckpoint = 0');
    this.timer = setInterval(() => {
      try {
        if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
      } catch (err) {
        // SQLITE_BUSY now and then (a backup reading) is normal: the next step catches up.
        if (/busy|locked/i.test(String((err as Error).message))) return;
        this.stop();
        if (db.open) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
        options.onError(err as Error);
      }
    }, options.everyMs);
    // Checkpoints never keep the process alive on their own.
    this.timer.unref();
  }

  /** Stops the steps; the caller then checkpoints once more itself. */
  stop(): void {
    clearInterval(this.timer);
  }
}
