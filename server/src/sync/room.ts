/**
 * One loaded meeting document and the sockets on it. Lifecycle: load → apply/broadcast → store → unload.
 * Every change is stored before it is broadcast: updates are gathered for one turn of the event loop,
 * written in one transaction, and only then sent to the other connections.
 */
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { CloseCode, type DocName, messageCapability } from '@naervaer/shared/protocol';
import { can, type Role } from '@naervaer/shared/roles';
import type { PresenceUser } from '@naervaer/shared/presence';
import type { Storage } from '../storage/storage';
import {
  BadMessage,
  decodeMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  isEmptyUpdate,
  readAwarenessEntries,
  writeAwarenessEntries,
} from './messages';

export type Connection = {
  socket: WebSocket;
  role: Role;
  person: PresenceUser;
  /** What revocation matches on: `invitation:<id>` or `account:<id>`. */
  principalKey: string;
  /** The hash of the session the socket was opened with (none for a bare invitation token): logout closes it. */
  sessionHash?: string | null;
  awarenessIds: Set<number>;
};

export type RoomLog = {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
};

type Pending = { update: Uint8Array; origin: unknown };

export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly conns = new Set<Connection>();
  private pending: Pending[] = [];
  private flushScheduled = false;
  /** The latest flush; storage resolves writes in order, so it finishes after every earlier one. */
  private flushing: Promise<void> = Promise.resolve();
  private compacting = false;
  private storedSinceCompaction = 0;
  private lastSeq = 0;
  private broken = false;
  /** Bytes of stored updates: the document's size as the limit counts it. */
  private bytes = 0;
  /**
   * Optional check of the document an update would produce, run on a scratch copy before the update
   * is applied (e.g. an anonymous consultation must never hold identifying data). False refuses it.
   */
  validate?: (candidate: Y.Doc) => boolean;
  /**
   * Runs heavy upkeep (compaction). Rooms queues it one task per event-loop turn across all rooms, so
   * many rooms compacting at once never stall the others in one block; alone, a room runs it now.
   */
  schedule: (task: () => Promise<void>) => Promise<void> = (task) => task();
  private destroyed = false;

  constructor(
    readonly meetingId: string,
    readonly docName: DocName,
    private readonly storage: Storage,
    private readonly log: RoomLog,
    private readonly compactAfter: number,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {
    this.awareness.setLocalState(null);
  }

  /** Reads the stored updates into the document, then starts listening for changes. */
  async load(): Promise<void> {
    const stored = await this.storage.docs.load(this.meetingId, this.docName);
    Y.transact(this.doc, () => {
      for (const u of stored.updates) Y.applyUpdate(this.doc, u);
    }, 'load');
    this.lastSeq = stored.lastSeq;
    this.bytes = stored.updates.reduce((sum, u) => sum + u.byteLength, 0);
    this.storedSinceCompaction = stored.updates.length;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.enqueue(update, origin));
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      const changed = [...added!, ...updated!, ...removed!];
      if (changed.length) this.broadcast(encodeAwareness(encodeAwarenessUpdate(this.awareness, changed)));
    });
    if (this.storedSinceCompaction > this.compactAfter) await this.compact();
  }

  /** Adds a socket: sends it the document state and everyone's presence. */
  join(conn: Connection): void {
    this.conns.add(conn);
    this.send(conn, encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length) this.send(conn, encodeAwareness(encodeAwarenessUpdate(this.awareness, states)));
  }

  leave(conn: Connection): void {
    if (!this.conns.delete(conn)) return;
    if (conn.awarenessIds.size) removeAwarenessStates(this.awareness, [...conn.awarenessIds], 'leave');
  }

  /** Handles one message from a socket. Returns a close code if the socket must be closed. */
  receive(conn: Connection, data: Uint8Array): number | null {
    try {
      const message = decodeMessage(data);
      switch (message.kind) {
        case 'syncStep1':
          this.send(conn, encodeSyncStep2(this.doc, message.stateVector));
          return null;
        case 'syncUpdate':
          return this.receiveUpdate(conn, message.update);
        case 'awareness':
          return this.receiveAwareness(conn, message.update);
        case 'queryAwareness': {
          const ids = [...this.awareness.getStates().keys()];
          if (ids.length) this.send(conn, encodeAwareness(encodeAwarenessUpdate(this.awareness, ids)));
          return null;
        }
        case 'auth':
          return null;
      }
    } catch (err) {
      if (err instanceof BadMessage) {
        this.log.warn({ meetingId: this.meetingId, doc: this.docName, reason: err.message }, 'bad sync message');
        return CloseCode.badMessage;
      }
      throw err;
    }
  }

  private receiveUpdate(conn: Connection, update: Uint8Array): number | null {
    if (!can(conn.role, messageCapability('syncUpdate', this.docName))) {
      // A read-only client answers the server's sync step 1 with an empty update: that is fine.
      return isEmptyUpdate(update) ? null : CloseCode.forbiddenWrite;
    }
    if (this.broken) return CloseCode.internalError;
    // Refused before it is applied, so neither the document nor storage ever holds it.
    if (this.bytes + update.byteLength > this.maxBytes && !isEmptyUpdate(update)) return CloseCode.documentTooLarge;
    if (this.validate && !this.accepts(update)) return CloseCode.forbiddenContent;
    try {
      Y.applyUpdate(this.doc, update, conn);
    } catch {
      throw new BadMessage('update could not be applied');
    }
    return null;
  }

  private accepts(update: Uint8Array): boolean {
    const scratch = new Y.Doc();
    try {
      Y.applyUpdate(scratch, Y.encodeStateAsUpdate(this.doc));
      Y.applyUpdate(scratch, update);
      return this.validate!(scratch);
    } catch {
      throw new BadMessage('update could not be applied');
    } finally {
      scratch.destroy();
    }
  }

  private receiveAwareness(conn: Connection, update: Uint8Array): number | null {
    if (!can(conn.role, messageCapability('awareness', this.docName))) return null;
    const entries = readAwarenessEntries(update).filter((e) => {
      // A socket may only speak for the awareness ids it introduced, and none that another socket owns.
      for (const other of this.conns) if (other !== conn && other.awarenessIds.has(e.clientId)) return false;
      return true;
    });
    for (const e of entries) {
      conn.awarenessIds.add(e.clientId);
      // The server, not the client, says who this is.
      if (e.state) e.state = { ...e.state, user: conn.person };
    }
    if (entries.length) applyAwarenessUpdate(this.awareness, writeAwarenessEntries(entries), conn);
    return null;
  }

  /** A change to the document, from a socket or from the server itself: store, then broadcast. */
  private enqueue(update: Uint8Array, origin: unknown): void {
    this.pending.push({ update, origin });
    this.bytes += update.byteLength;
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // Right after the message that made the change. Storage gathers the writes of every room in this
    // event-loop turn into one transaction and resolves them in order, so flushes need no chain.
    queueMicrotask(() => {
      this.flushScheduled = false;
      this.flushing = this.flush().catch((err) => this.log.error({ err, meetingId: this.meetingId, doc: this.docName }, 'flush failed'));
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    if (!batch.length) return;
    this.pending = [];
    try {
      this.lastSeq = await this.storage.docs.append(this.meetingId, this.docName, batch.map((p) => p.update));
    } catch (err) {
      // Nothing that is not on disk may reach anyone: drop every socket so clients resync from storage.
      this.broken = true;
      this.log.error({ err, meetingId: this.meetingId, doc: this.docName }, 'could not store update; closing room');
      for (const c of this.conns) c.socket.close(CloseCode.internalError, 'storage failure');
      return;
    }
    if (this.broken) return;
    this.storedSinceCompaction += batch.length;
    // One encoded message per update, shared by every socket it goes to.
    for (const p of batch) {
      const message = encodeUpdate(p.update);
      for (const c of this.conns) if (c !== p.origin) this.send(c, message);
    }
    if (this.storedSinceCompaction > this.compactAfter && !this.compacting) {
      this.compacting = true;
      // Not awaited: the flush is done, and an unload waiting for flushes must not wait for the queue.
      void this.schedule(() => this.compact())
        .catch((err) => this.log.error({ err, meetingId: this.meetingId, doc: this.docName }, 'could not compact'))
        .finally(() => (this.compacting = false));
    }
  }

  /** Waits until every change made so far is stored. */
  async settle(): Promise<void> {
    while (this.pending.length || this.flushScheduled) {
      await new Promise((r) => setImmediate(r));
      await this.flushing;
    }
    await this.flushing;
  }

  /** Replaces the stored updates with one that holds the whole document. */
  async compact(): Promise<void> {
    if (this.broken || this.destroyed || this.lastSeq === 0) return;
    const merged = Y.encodeStateAsUpdate(this.doc);
    this.lastSeq = await this.storage.docs.compact(this.meetingId, this.docName, merged, this.lastSeq);
    this.storedSinceCompaction = 1;
    this.bytes = merged.byteLength + this.pending.reduce((sum, p) => sum + p.update.byteLength, 0);
  }

  broadcast(message: Uint8Array): void {
    for (const c of this.conns) this.send(c, message);
  }

  private send(conn: Connection, message: Uint8Array): void {
    if (conn.socket.readyState === conn.socket.OPEN) conn.socket.send(message);
  }

  destroy(): void {
    this.destroyed = true;
    this.awareness.destroy();
    this.doc.destroy();
  }

  get isBroken(): boolean {
    return this.broken;
  }
}
