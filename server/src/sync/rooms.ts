/**
 * Keeps the loaded rooms: loads on first connection, unloads when idle, closes sockets on revocation.
 * On a store shared by several servers (storage.feed) it follows the others: their edits reach this
 * server's sockets, and sockets to close or meetings to evict are closed on every server.
 */
import { randomUUID } from 'node:crypto';
import { CloseCode, DOC_NAMES, type DocName } from '@naervaer/shared/protocol';
import { FEED_PAYLOAD_BYTES, type Storage, type StoredRow } from '../storage/storage';
import type { AwarenessEntry } from './messages';
import { type Connection, Room, type RoomLog } from './room';

export type RoomsOptions = {
  storage: Storage;
  log: RoomLog;
  idleMs: number;
  compactAfter: number;
  maxDocumentBytes?: number;
  maxBacklogBytes?: number;
  /** Runs before a document is loaded into a room (the content's migrations). */
  beforeLoad?: (meetingId: string, doc: DocName) => Promise<void>;
};

/**
 * Which sockets to close, as data every server can apply: those of a person (their principal key,
 * `account:…` or `invitation:…`) or of a session (the hash of its token).
 */
export type SocketSelector = { principals?: readonly string[]; sessions?: readonly string[] };

/** What one server tells the others (Feed.publish). */
type Signal = { from: string } & (
  | { close: { selector: SocketSelector; code: number; reason: string } }
  | { evict: { meetingId: string; code: number; reason: string } }
  | { presence: { meetingId: string; doc: DocName; entries: AwarenessEntry[] } }
);

export class Rooms {
  /** This server, among those sharing the store: its own signals come back to it and are skipped. */
  private readonly instance = randomUUID();
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  /** Rooms being written out; a new load of the same document waits for it. */
  private readonly unloading = new Map<string, Promise<void>>();
  /** Heavy upkeep of every room (compactions, unloads), one task per event-loop turn. */
  private upkeep: Promise<void> = Promise.resolve();
  /** Rooms of deleted meetings: never scheduled for unload, never compacted back into storage. */
  private readonly evicted = new WeakSet<Room>();

  constructor(private readonly options: RoomsOptions) {}

  private static key(meetingId: string, doc: DocName): string {
    return `${meetingId}/${doc}`;
  }

  /** The loaded room of a meeting document, loading it from storage if needed. */
  get(meetingId: string, doc: DocName): Promise<Room> {
    const key = Rooms.key(meetingId, doc);
    this.cancelIdle(key);
    let room = this.rooms.get(key);
    if (!room) {
      const r = new Room(meetingId, doc, this.options.storage, this.options.log, this.options.compactAfter, this.options.maxDocumentBytes, this.options.maxBacklogBytes);
      r.schedule = this.schedule;
      r.onBroken = () => {
        // Never unloaded or compacted: what it took was not stored, and the clients send it again.
        this.evicted.add(r);
        if (this.rooms.get(key) === room) this.rooms.delete(key);
        this.cancelIdle(key);
        r.destroy();
      };
      if (this.options.storage.feed) r.sharePresence = (entries) => void this.publish({ from: this.instance, presence: { meetingId, doc, entries } }).catch(() => {});
      const before = this.unloading.get(key) ?? Promise.resolve();
      room = before
        .then(() => this.options.beforeLoad?.(meetingId, doc))
        .then(() => r.load())
        .then(() => r);
      room.catch(() => this.rooms.delete(key));
      this.rooms.set(key, room);
    }
    return room;
  }

  /** Follows the other servers on a shared store until the answer is called (nothing to follow on SQLite). */
  async follow(): Promise<() => Promise<void>> {
    const feed = this.options.storage.feed;
    if (!feed) return async () => {};
    return feed.listen({
      changed: (meetingId, doc, seq, rows) => this.changed(meetingId, doc, seq, rows),
      published: (payload) => void this.received(payload),
      resumed: () => this.resumed(),
    });
  }

  private async received(payload: string): Promise<void> {
    let signal: Signal;
    try {
      signal = JSON.parse(payload) as Signal;
    } catch {
      return;
    }
    if (signal.from === this.instance) return;
    if ('close' in signal) {
      const { selector, code, reason } = signal.close;
      // What the other server stored before it closed them (a goodbye, say) reaches the sockets first.
      await Promise.all([...this.rooms.values()].map((room) => room.then((r) => r.caughtUp(), () => {})));
      await this.closeHere(selector, code, reason);
    } else if ('evict' in signal) {
      await this.evictHere(signal.evict.meetingId, signal.evict.code, signal.evict.reason);
    } else if ('presence' in signal) {
      const { meetingId, doc, entries } = signal.presence;
      // Only a room in use here has anyone to tell; one loaded later hears each person's next renewal (every 15 s).
      const room = await this.rooms.get(Rooms.key(meetingId, doc))?.catch(() => null);
      room?.receivePresence(signal.from, entries);
    }
  }

  /** Tells the other servers; a selector too long for one payload goes in several. */
  private async publish(signal: Signal): Promise<void> {
    const feed = this.options.storage.feed;
    if (!feed) return;
    const payload = JSON.stringify(signal);
    if (Buffer.byteLength(payload) <= FEED_PAYLOAD_BYTES) return feed.publish(payload);
    if ('presence' in signal) {
      const { entries } = signal.presence;
      // One state is at most 8 kB as a socket may send it; more than fits is left to the next renewal.
      if (entries.length < 2) return;
      const half = Math.ceil(entries.length / 2);
      await this.publish({ ...signal, presence: { ...signal.presence, entries: entries.slice(0, half) } });
      await this.publish({ ...signal, presence: { ...signal.presence, entries: entries.slice(half) } });
      return;
    }
    if (!('close' in signal)) return feed.publish(payload);
    const { selector } = signal.close;
    // Nothing left to split (one key, and a reason far longer than ours): the store refuses it, saying why.
    if ((selector.principals?.length ?? 0) + (selector.sessions?.length ?? 0) < 2) return feed.publish(payload);
    const halves = (list: readonly string[] = []) => [list.slice(0, Math.ceil(list.length / 2)), list.slice(Math.ceil(list.length / 2))] as const;
    const [p1, p2] = halves(selector.principals);
    const [s1, s2] = halves(selector.sessions);
    await this.publish({ ...signal, close: { ...signal.close, selector: { principals: p1, sessions: s1 } } });
    await this.publish({ ...signal, close: { ...signal.close, selector: { principals: p2, sessions: s2 } } });
  }

  /** Word from a shared store (storage.feed) that a document reached `seq` (with its rows, when small): its room, if loaded here, relays what is new. */
  changed(meetingId: string, doc: DocName, seq: number, rows?: StoredRow[]): void {
    void this.rooms.get(Rooms.key(meetingId, doc))?.then(
      (room) => room.storedElsewhere(seq, rows),
      () => {},
    );
  }

  /** Listening to the shared store was interrupted: every loaded room reads what it may have missed. */
  resumed(): void {
    for (const room of this.rooms.values()) {
      void room.then(
        (r) => r.storedElsewhere(Number.POSITIVE_INFINITY),
        () => {},
      );
    }
  }

  async join(meetingId: string, doc: DocName, conn: Connection): Promise<Room> {
    const room = await this.get(meetingId, doc);
    // On a shared store, a socket coming from another server (that server gone, say) may hold edits it
    // saw there and this room has not read yet: its messages wait until the room has read them.
    await room.readOthers();
    // It broke while this socket waited (storage failed): the next copy is read afresh, or refuses.
    if (room.isBroken) return this.join(meetingId, doc, conn);
    room.join(conn);
    return room;
  }

  leave(room: Room, conn: Connection): void {
    room.leave(conn);
    if (room.conns.size === 0 && !this.evicted.has(room)) this.scheduleIdle(room);
  }

  private scheduleIdle(room: Room): void {
    const key = Rooms.key(room.meetingId, room.docName);
    this.cancelIdle(key);
    const timer = setTimeout(() => void this.unload(key, room), this.options.idleMs);
    timer.unref();
    this.idleTimers.set(key, timer);
  }

  private cancelIdle(key: string): void {
    const timer = this.idleTimers.get(key);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(key);
  }

  private async unload(key: string, room: Room): Promise<void> {
    this.idleTimers.delete(key);
    if (room.conns.size > 0) return;
    // Take it out of the map first, so a new connection loads a fresh copy from storage.
    this.rooms.delete(key);
    // One unload at a time, each in a turn of its own: when many meetings end together, their
    // compactions must not stall the rooms still in use in one long block.
    const done = this.schedule(async () => {
      try {
        await room.settle();
        await room.compact();
      } catch (err) {
        this.options.log.error({ err, key }, 'could not store room on unload');
      } finally {
        room.destroy();
      }
    });
    this.unloading.set(key, done);
    await done;
    if (this.unloading.get(key) === done) this.unloading.delete(key);
  }

  /** Closes the selected sockets on every server, saying `reason`; answers how many were closed here. */
  async closeSockets(selector: SocketSelector, code: number, reason: string): Promise<number> {
    await this.publish({ from: this.instance, close: { selector, code, reason } });
    return this.closeHere(selector, code, reason);
  }

  private async closeHere(selector: SocketSelector, code: number, reason: string): Promise<number> {
    const principals = new Set(selector.principals);
    const sessions = new Set(selector.sessions);
    let closed = 0;
    for (const pending of [...this.rooms.values()]) {
      const room = await pending.catch(() => null);
      for (const conn of room?.conns ?? []) {
        if (principals.has(conn.principalKey) || (conn.sessionHash && sessions.has(conn.sessionHash))) {
          conn.socket.close(code, reason);
          closed++;
        }
      }
    }
    return closed;
  }

  /**
   * Closes every socket on a meeting's documents and drops its rooms without writing them back: the
   * meeting is being deleted. Pending updates are settled first, so none is written after the delete.
   */
  async evictMeeting(meetingId: string, code: number, reason: string): Promise<void> {
    await this.publish({ from: this.instance, evict: { meetingId, code, reason } });
    await this.evictHere(meetingId, code, reason);
  }

  private async evictHere(meetingId: string, code: number, reason: string): Promise<void> {
    for (const doc of DOC_NAMES) {
      const key = Rooms.key(meetingId, doc);
      this.cancelIdle(key);
      await this.unloading.get(key);
      const pending = this.rooms.get(key);
      if (!pending) continue;
      this.rooms.delete(key);
      const room = await pending.catch(() => null);
      if (!room) continue;
      this.evicted.add(room);
      for (const conn of [...room.conns]) {
        room.leave(conn);
        conn.socket.close(code, reason);
      }
      await room.settle();
      room.destroy();
    }
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** Stores everything and closes all sockets: the server is shutting down. */
  async closeAll(): Promise<void> {
    for (const [key, pending] of [...this.rooms]) {
      const room = await pending.catch(() => null);
      this.rooms.delete(key);
      this.cancelIdle(key);
      if (!room) continue;
      for (const conn of room.conns) conn.socket.close(CloseCode.serverShutdown, 'server shutting down');
      await room.settle();
      await room.compact().catch((err) => this.options.log.error({ err, key }, 'could not compact on shutdown'));
      room.destroy();
    }
    await this.upkeep;
  }

  /** Queues a task behind every earlier one, in an event-loop turn of its own. */
  private readonly schedule = (task: () => Promise<void>): Promise<void> => {
    const run = this.upkeep.then(() => new Promise<void>((r) => setImmediate(r))).then(task);
    this.upkeep = run.catch(() => {});
    return run;
  };
}
