/**
 * One meeting document in use and the sockets on it. Lifecycle: load → check → store → broadcast → unload.
 * Every change is stored before it is broadcast: updates are gathered for one turn of the event loop,
 * written in one transaction, and only then sent to the other connections.
 *
 * The room holds no copy of the document: storage is the document. Relaying a change needs only its
 * bytes; what needs the whole document (a joining socket's sync, a checked update, the server's own
 * reads and changes, compaction) reads it from storage as encoded updates (`EncodedDoc`). A live
 * Y.Doc per meeting would cost about 180 kB of heap for one note typed by six people.
 */
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { AnonymousProblem } from '@naervaer/shared/anonymous';
import { contentWriteCapability } from '@naervaer/shared/doc';
import { CloseCode, type DocName, messageCapability } from '@naervaer/shared/protocol';
import { can, type Role } from '@naervaer/shared/roles';
import type { PresenceUser } from '@naervaer/shared/presence';
import type { Storage, StoredRow } from '../storage/storage';
import { EncodedDoc } from './encoded-doc';
import { frame } from './frames';
import {
  type AwarenessEntry,
  BadMessage,
  type DecodedUpdate,
  decodeMessage,
  decodeUpdate,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  isEmpty,
  readAwarenessEntries,
} from './messages';
import { PRESENCE_TIMEOUT_MS, Presence } from './presence';
import { SOCKET_LIMITS, type SocketBudget } from './limits';
import { DocStructure, type Place, type PlacedUpdate } from './structure';

export type Connection = {
  socket: WebSocket;
  /** The connection under the socket: frames built once are written to it (frames.ts). */
  wire: Socket;
  role: Role;
  person: PresenceUser;
  /** What revocation matches on: `invitation:<id>` or `account:<id>`. */
  principalKey: string;
  /** The hash of the session the socket was opened with (none for a bare invitation token): logout closes it. */
  sessionHash?: string | null;
  /** What this socket may still cost: presence bytes and ids, and repeated sync step 1 (limits.ts). */
  budget: SocketBudget;
};

export type RoomLog = {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
};

type Pending = { update: Uint8Array; origin: Connection | null };

/** How long presence changes are gathered before they go to the other servers on a shared store. */
const PRESENCE_SHARE_MS = 50;

/** How long a socket closed for not reading gets to take its close before the connection is cut. */
const UNREAD_GRACE_MS = 1000;

/** How long a joined socket's greeting waits for the sync step 1 a y-websocket client sends as it opens. */
const GREETING_WAIT_MS = 100;

/** An update that builds on what its socket has not sent yet: it waits for it (SocketBudget.waiting). */
const WAIT = Symbol('wait');
/** An update taken: stored and relayed (what waits may now fit). */
const TAKEN = Symbol('taken');

/** Whose presence a state (as others see it, stamped by its server) is. */
function presentUserId(json: string): string | undefined {
  try {
    return (JSON.parse(json) as { user?: { id?: string } } | null)?.user?.id;
  } catch {
    return undefined;
  }
}

/** The owner of presence relayed from another server (one object per server, compared by identity). */
type OtherServer = { server: string };

export class Room {
  /** Who is here: on this server's sockets, and (relayed through a shared store) on other servers. */
  readonly presence = new Presence<Connection | OtherServer>((holder, taker, json) => 'server' in holder && 'socket' in taker && presentUserId(json) === taker.person.id);
  /** Set by Rooms: called once when storing fails and the room goes out of use. */
  onBroken: (() => void) | null = null;
  /** Set by Rooms on a shared store: sends what this server's sockets changed of presence to the other servers. */
  sharePresence: ((entries: AwarenessEntry[]) => void) | null = null;
  private readonly otherServers = new Map<string, OtherServer>();
  /** Presence changes gathered for the other servers (announceAndShare). */
  private sharing: Map<number, AwarenessEntry> | null = null;
  private presenceTimer: NodeJS.Timeout | null = null;
  readonly conns = new Set<Connection>();
  /** Changes taken but not yet handed to storage, and those handed over but not yet on disk. */
  private pending: Pending[] = [];
  private storing: Pending[] = [];
  private flushScheduled = false;
  /** The latest flush; storage resolves writes in order, so it finishes after every earlier one. */
  private flushing: Promise<void> = Promise.resolve();
  /** Work that reads the stored document (answers, checked updates, the server's reads), one at a time. */
  private reading: Promise<unknown> = Promise.resolve();
  /** The stored document as last read, kept only until the next write: sockets join a meeting in bursts. */
  private lastRead: { seq: number; doc: EncodedDoc } | null = null;
  private compacting = false;
  /**
   * Stored updates after which this room compacts: `compactAfter`, and up to half as many again by
   * chance, so meetings that began together do not all compact in the same few seconds.
   */
  private readonly compactAt: number;
  private storedSinceCompaction = 0;
  /** The sequence number through which this room has every stored row (its own, and other servers' it has relayed). */
  private lastSeq = 0;
  /** This room's own rows above `lastSeq`: stored after rows of another server that it has not read yet. */
  private readonly ownAhead = new Set<number>();
  /** Reading other servers' rows (storage.feed): one read at a time, again if word came meanwhile. */
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;
  private broken = false;
  /** Bytes of stored updates: the document's size as the limit counts it. */
  private bytes = 0;
  /**
   * Optional check of what an update inserts, placed in the document (an anonymous consultation must
   * never hold identifying data). A problem refuses the update whole: nothing of it is stored.
   */
  guard?: (placed: PlacedUpdate, today: Date) => AnonymousProblem | null;
  /**
   * Runs heavy upkeep (compaction). Rooms queues it one task per event-loop turn across all rooms, so
   * many rooms compacting at once never stall the others in one block; alone, a room runs it now.
   */
  schedule: (task: () => Promise<void>) => Promise<void> = (task) => task();
  private destroyed = false;
  /**
   * Where each stored item lies (root, key and record field), so an update is checked per root from
   * its own structs (who may write where is decided per root, not per document), and what it repeats
   * of what is held is left out before it is stored. Built from the rows read at load, after the first
   * socket got the document (`structure`), since building it means applying every row to a Y.Doc.
   */
  private built: DocStructure | null = null;
  /** Whether building the structure is scheduled (once, after the first greeting). */
  private preparing = false;
  /** Sockets whose greeting waits for their own sync step 1 to be answered. */
  private readonly ungreeted = new Set<Connection>();
  /** The rows read at load, until the structure is built from them. */
  private unbuilt: readonly Uint8Array[] = [];

  constructor(
    readonly meetingId: string,
    readonly docName: DocName,
    private readonly storage: Storage,
    private readonly log: RoomLog,
    compactAfter: number,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
    /** Bytes a socket may leave unread before it is closed (4408). */
    private readonly maxBacklog = Number.POSITIVE_INFINITY,
  ) {
    this.compactAt = compactAfter + Math.floor(Math.random() * (compactAfter / 2));
  }

  /** Reads how much is stored, then starts relaying presence. */
  async load(): Promise<void> {
    const stored = await this.storage.docs.load(this.meetingId, this.docName);
    this.lastSeq = stored.lastSeq;
    this.bytes = stored.updates.reduce((sum, u) => sum + u.byteLength, 0);
    this.storedSinceCompaction = stored.updates.length;
    this.unbuilt = stored.updates;
    // What the first socket is sent, without reading the rows again.
    this.lastRead = { seq: stored.lastSeq, doc: new EncodedDoc(stored.updates) };
    // As often as y-protocols checks: a tenth of the timeout.
    this.presenceTimer = setInterval(() => this.announce(this.presence.expire()), PRESENCE_TIMEOUT_MS / 10);
    this.presenceTimer.unref();
    if (this.storedSinceCompaction > this.compactAt) await this.compact();
  }

  /** Adds a socket and sends it everyone's presence; `greet` follows once its own first messages are handled. */
  join(conn: Connection): void {
    this.conns.add(conn);
    const present = this.presence.all();
    if (present) this.send(conn, present);
  }

  /**
   * Sends a socket the stored document's state vector once the sync step 1 it sends as it opens is
   * answered (or GREETING_WAIT_MS after it joined, if none comes): a page just opened gets the
   * document before the server works out what it holds itself. Then builds where each stored item
   * lies, between other work.
   */
  greet(conn: Connection): void {
    if (!this.conns.has(conn)) return;
    if (!conn.budget.step1Answered) {
      this.ungreeted.add(conn);
      setTimeout(() => this.ungreeted.delete(conn) && this.sendStateVector(conn), GREETING_WAIT_MS).unref();
      return;
    }
    this.sendStateVector(conn);
  }

  private sendStateVector(conn: Connection): void {
    if (!this.conns.has(conn)) return;
    this.answer(conn, (stored) => encodeSyncStep1(stored.stateVector()));
    if (!this.built && !this.preparing) {
      this.preparing = true;
      void this.schedule(async () => {
        if (!this.destroyed && !this.broken) this.prepare();
      });
    }
  }

  /** Where each stored item lies; built on first use from the rows read at load. */
  private get structure(): DocStructure {
    this.prepare();
    return this.built!;
  }

  /**
   * Builds where each stored item lies, if it is not built yet: taking an edit needs it. A stored row
   * Yjs cannot read breaks the room (its sockets are closed with 4504, as when storage fails), since
   * nothing can be checked against a document that cannot be read.
   */
  prepare(): void {
    if (this.built) return;
    try {
      const doc = new EncodedDoc(this.unbuilt).toDoc();
      this.built = DocStructure.fromDoc(doc);
      doc.destroy();
    } catch (err) {
      this.built = new DocStructure();
      this.fail(err, 'could not read the stored document; closing room');
    }
    this.unbuilt = [];
  }

  /** Takes the room out of use: every socket is closed (4504) and the next one gets a room read afresh from storage. */
  private fail(err: unknown, message: string): void {
    this.broken = true;
    this.log.error({ err, meetingId: this.meetingId, doc: this.docName }, message);
    for (const c of this.conns) c.socket.close(CloseCode.storageUnavailable, 'storage unavailable');
    this.onBroken?.();
  }

  leave(conn: Connection): void {
    this.ungreeted.delete(conn);
    if (!this.conns.delete(conn)) return;
    this.announceAndShare(this.presence.leave(conn));
  }

  /** Presence another server's sockets changed (its server stamped who they are): taken and sent to this server's sockets. */
  receivePresence(server: string, entries: readonly AwarenessEntry[]): void {
    let owner = this.otherServers.get(server);
    if (!owner) this.otherServers.set(server, (owner = { server }));
    this.announce(this.presence.receive(owner, entries, (state) => state));
  }

  /**
   * Announces a change this server's sockets made, here at once and on the other servers gathered
   * over PRESENCE_SHARE_MS (the latest state of each id): a moving cursor, or a socket sending many
   * small renewals, costs the shared store at most one notice a room per that time.
   */
  private announceAndShare(message: Uint8Array | null): void {
    if (!message) return;
    this.announce(message);
    const decoded = this.sharePresence && decodeMessage(message);
    if (decoded?.kind !== 'awareness') return;
    const first = this.sharing === null;
    this.sharing ??= new Map();
    for (const entry of readAwarenessEntries(decoded.update)) this.sharing.set(entry.clientId, entry);
    if (!first) return;
    setTimeout(() => {
      const entries = [...(this.sharing?.values() ?? [])];
      this.sharing = null;
      if (entries.length && !this.destroyed) this.sharePresence?.(entries);
    }, PRESENCE_SHARE_MS).unref();
  }

  /**
   * Handles one message from a socket. Returns a close code if the socket must be closed now; work that
   * must first read the stored document closes the socket itself if it refuses.
   */
  receive(conn: Connection, data: Uint8Array): number | null {
    try {
      const message = decodeMessage(data);
      switch (message.kind) {
        case 'syncStep1':
          // Answered once per socket: each answer can be the whole document, and a client asks once
          // when it connects (after that, every change reaches it as an update). A repeat, even after
          // a change the sender made itself, gets nothing.
          if (conn.budget.step1Answered) return null;
          conn.budget.step1Answered = true;
          this.answer(conn, (stored) => encodeSyncStep2(stored.missingFrom(message.stateVector)));
          if (this.ungreeted.delete(conn)) this.sendStateVector(conn);
          return null;
        case 'syncUpdate':
          return this.receiveUpdate(conn, message.update, message.answer);
        case 'awareness':
          return this.receiveAwareness(conn, message.update);
        case 'queryAwareness': {
          const present = this.presence.all();
          if (present) this.send(conn, present);
          return null;
        }
        case 'auth':
          return null;
      }
    } catch (err) {
      if (err instanceof BadMessage) {
        this.badMessage(err);
        return CloseCode.badMessage;
      }
      throw err;
    }
  }

  /**
   * Takes an update from a socket. One that builds on changes the socket has not sent yet (see
   * SocketBudget.waiting) waits; after each update taken, the waiting ones are tried again in order.
   */
  private receiveUpdate(conn: Connection, update: Uint8Array, answer: boolean): number | null {
    const result = this.takeUpdate(conn, update, answer);
    if (result === WAIT) return conn.budget.holdBack(update) ? null : CloseCode.badMessage;
    // Only something taken can be what a waiting update builds on: an empty or repeated update is
    // not a reason to try them all again (a socket could make the server do that for free).
    if (result !== TAKEN) return result;
    let progress = true;
    while (progress && conn.budget.waiting.length) {
      progress = false;
      for (const waiting of conn.budget.takeWaiting()) {
        const again = this.takeUpdate(conn, waiting, false);
        if (again === WAIT) conn.budget.holdBack(waiting);
        else if (again === TAKEN) progress = true;
        else if (again !== null) return again;
      }
    }
    return null;
  }

  /** Takes an update in: TAKEN, WAIT (see receiveUpdate), null when it brings nothing, or a close code. */
  private takeUpdate(conn: Connection, update: Uint8Array, answer: boolean): number | typeof WAIT | typeof TAKEN | null {
    // Decoded in full first: storage never holds an update that Yjs cannot read.
    const decoded = decodeUpdate(update);
    if (isEmpty(decoded)) return null;
    // Every client's answer to sync step 1 repeats every deletion it knows of, a read-only one's too
    // (a participant's on the agenda, an observer's anywhere). Right after a join the document just
    // read is at hand, and an answer that brings nothing new is not stored again.
    if (answer && this.lastRead?.seq === this.lastSeq && this.lastRead.doc.holds(decoded)) return null;
    // What the update repeats of what is held is left out first: only new items are checked and
    // stored (a struct cut where the held part ends then names the held item it follows, and is
    // placed where that one lies, whatever parent the sender wrote into it).
    const held = this.structure.repeatsOf(decoded);
    const fresh = held ? Y.diffUpdate(update, held) : update;
    const freshDecoded = held ? decodeUpdate(fresh) : decoded;
    if (isEmpty(freshDecoded)) return null;
    // A read-only client's answer may also hold what reached it after the state vector it answers
    // was taken: all of that is held, so only something new of its own is refused.
    if (!can(conn.role, messageCapability('syncUpdate', this.docName))) return CloseCode.forbiddenWrite;
    const placed = this.structure.place(freshDecoded);
    const refused = this.refusal(fresh) ?? this.misplaced(conn, freshDecoded, placed);
    if (refused !== null) return refused;
    this.structure.take(freshDecoded, conn.principalKey, placed);
    this.enqueue(fresh, conn);
    return TAKEN;
  }

  /**
   * Why an update writes where its sender may not, if it does: each place of the content document
   * needs its own capability (consent, recipients, the wordings for the screen and the facilitator's
   * own fields are the facilitator's; shared/doc.ts), for what the update inserts and what it
   * deletes. An update that waits on a struct the document does not hold cannot be placed, and would
   * land wherever that struct later lands: only a facilitator's is taken.
   */
  private misplaced(conn: Connection, decoded: DecodedUpdate, placed: PlacedUpdate): number | typeof WAIT | null {
    // Yjs could not apply it, and storing it would break the document for everyone.
    if (placed.broken > 0) return CloseCode.badMessage;
    const leads = can(conn.role, 'sharing.write');
    // Nobody writes under another person's client id: a write there first would make theirs be
    // dropped later as a repeat. The facilitator may, and then holds the id.
    for (const struct of decoded.structs) {
      const owner = this.structure.ownerOf(struct.id.client);
      if (owner === undefined || owner === conn.principalKey) continue;
      if (!leads) return CloseCode.forbiddenWrite;
      this.structure.claim(struct.id.client, conn.principalKey);
    }
    if (this.docName === 'content') {
      const mayWrite = (place: Place) => place.root === null || can(conn.role, contentWriteCapability(place.root, place.key));
      if (!placed.inserts.every((i) => mayWrite(i.place)) || !placed.deletes.every(mayWrite)) return CloseCode.forbiddenWrite;
    }
    // It may build on what the socket sends next (its sync answer after a reconnection): it waits.
    if ((placed.unplaced > 0 || placed.gaps > 0) && (this.guard || !leads)) return WAIT;
    const problem = this.guard?.(placed, new Date());
    if (problem) {
      // What was refused is never logged: it may be the very identifier the rule keeps out.
      this.log.warn({ meetingId: this.meetingId, doc: this.docName, problem: problem.kind, found: problem.kind === 'identifier' ? problem.found.kind : undefined }, 'update refused in an anonymous consultation');
      return CloseCode.forbiddenContent;
    }
    return null;
  }

  /** Why an update cannot be taken whatever it says, if it cannot. */
  private refusal(update: Uint8Array): number | null {
    if (this.broken) return CloseCode.storageUnavailable;
    // Refused before it is taken, so storage never holds it.
    if (this.bytes + update.byteLength > this.maxBytes) return CloseCode.documentTooLarge;
    return null;
  }

  /** Sends a socket what it is owed from the stored document, in turn with the other reads. */
  private answer(conn: Connection, make: (stored: EncodedDoc) => Uint8Array): void {
    void this.afterReads(async () => this.send(conn, make(await this.readStored())), conn);
  }

  /** Queues work that reads the stored document; if it fails, the socket it was for is closed. */
  private afterReads<T>(work: () => Promise<T>, conn: Connection | null): Promise<T> {
    const run = this.reading.then(work);
    this.reading = run.catch((err) => {
      if (!conn) return;
      if (err instanceof BadMessage) {
        this.badMessage(err);
        conn.socket.close(CloseCode.badMessage, 'refused');
      } else {
        this.log.error({ err, meetingId: this.meetingId, doc: this.docName }, 'could not read the stored document');
        conn.socket.close(CloseCode.storageUnavailable, 'could not read');
      }
    });
    return run;
  }

  /** The stored document, from storage, or as last read if nothing was stored since. */
  private async readStored(): Promise<EncodedDoc> {
    if (this.lastRead?.seq === this.lastSeq) return this.lastRead.doc;
    const { updates, lastSeq } = await this.storage.docs.load(this.meetingId, this.docName);
    const doc = new EncodedDoc(updates);
    this.lastRead = { seq: lastSeq, doc };
    return doc;
  }

  /**
   * Runs `use` on a live copy of the document with every change taken so far, stored or not yet. The
   * changes not yet stored are taken in the same turn as storage is read, so none falls between the two.
   */
  private async withDocument<T>(use: (doc: Y.Doc) => T): Promise<T> {
    const unstored = [...this.storing, ...this.pending].map((p) => p.update);
    const doc = (await this.readStored()).toDoc(unstored);
    try {
      return use(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Reads the document as it stands, including changes not yet stored. */
  read<T>(read: (doc: Y.Doc) => T): Promise<T> {
    return this.afterReads(() => this.withDocument(read), null);
  }

  /** Changes the document on the server's behalf: stored, then broadcast to every socket, like any change. */
  write(change: (doc: Y.Doc) => void): Promise<void> {
    return this.afterReads(async () => {
      const updates = await this.withDocument((doc) => {
        const made: Uint8Array[] = [];
        doc.on('update', (u: Uint8Array) => made.push(u));
        doc.transact(() => change(doc), 'server');
        return made;
      });
      for (const u of updates) {
        this.structure.take(decodeUpdate(u), 'server');
        this.enqueue(u, null);
      }
    }, null);
  }

  private badMessage(err: BadMessage): void {
    this.log.warn({ meetingId: this.meetingId, doc: this.docName, reason: err.message }, 'bad sync message');
  }

  private receiveAwareness(conn: Connection, update: Uint8Array): number | null {
    if (!can(conn.role, messageCapability('awareness', this.docName))) return null;
    // Presence beyond the socket's budget is dropped: it is sent on to every listener.
    if (!conn.budget.takePresence(update.byteLength)) return null;
    const entries = readAwarenessEntries(update);
    // The server, not the client, says who this is; a socket introduces only a few ids over its life.
    const mayIntroduce = () => ++conn.budget.presenceIds <= SOCKET_LIMITS.presenceIdsPerSocket;
    this.announceAndShare(this.presence.receive(conn, entries, (state) => ({ ...state, user: conn.person }), Date.now(), mayIntroduce));
    return null;
  }

  /** A change to the document, from a socket or from the server itself: store, then broadcast. */
  private enqueue(update: Uint8Array, origin: Connection | null): void {
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
    this.storing.push(...batch);
    try {
      const last = await this.storage.docs.append(this.meetingId, this.docName, batch.map((p) => p.update));
      this.storedOwn(last - batch.length + 1, last);
    } catch (err) {
      // Nothing that is not on disk may reach anyone: drop every socket so clients resync from storage,
      // in a room read afresh once storage answers again.
      this.fail(err, 'could not store update; closing room');
      return;
    } finally {
      // Appends resolve in the order they were made: this batch is the oldest in flight.
      this.storing.splice(0, batch.length);
      this.lastRead = null;
    }
    if (this.broken) return;
    this.storedSinceCompaction += batch.length;
    for (const p of batch) this.broadcast(encodeUpdate(p.update), p.origin);
    if (this.storedSinceCompaction > this.compactAt && !this.compacting) {
      this.compacting = true;
      // Not awaited: the flush is done, and an unload waiting for flushes must not wait for the queue.
      void this.schedule(() => this.compact())
        .catch((err) => this.log.error({ err, meetingId: this.meetingId, doc: this.docName }, 'could not compact'))
        .finally(() => (this.compacting = false));
    }
  }

  /**
   * Notes this room's rows `first`..`last` as stored. On a store shared by several servers, another
   * server may have stored rows just before them: those are read and relayed first (`catchUp`).
   */
  private storedOwn(first: number, last: number): void {
    if (!this.storage.feed) {
      this.lastSeq = last;
      return;
    }
    for (let seq = Math.max(first, this.lastSeq + 1); seq <= last; seq++) this.ownAhead.add(seq);
    this.takeOwnAhead();
    if (this.ownAhead.size) void this.catchUp();
  }

  private takeOwnAhead(): void {
    for (const seq of this.ownAhead) if (seq <= this.lastSeq) this.ownAhead.delete(seq);
    while (this.ownAhead.delete(this.lastSeq + 1)) this.lastSeq++;
  }

  /**
   * Word that the stored document reached `seq` (storage.feed: another server's append, or this
   * room's own); `Infinity` after a gap in listening, when word may have been missed.
   */
  storedElsewhere(seq: number, rows?: readonly StoredRow[]): void {
    if (seq <= this.lastSeq || this.destroyed || this.broken) return;
    // The rows came with the word and follow on from what this room has: taken as they are.
    if (rows?.length && rows[0]!.seq === this.lastSeq + 1 && !this.catchingUp) {
      for (const row of rows) this.takeRow(row);
      this.takeOwnAhead();
      this.lastRead = null;
      if (this.ownAhead.size) void this.catchUp();
      return;
    }
    void this.catchUp();
  }

  /** One stored row in order: what it adds is taken in and relayed. */
  private takeRow(row: StoredRow): void {
    if (this.destroyed || this.broken || row.seq <= this.lastSeq) return;
    // Every row is read for what it adds to what this room holds, its own rows too: a compaction may
    // have put the document's merged state at the number of one of them, in place of other servers'
    // rows this room has not read yet. What this room holds already adds nothing and is not relayed.
    try {
      this.takeStored(row.update);
    } catch (err) {
      // A stored row Yjs cannot read: nothing after it can be relayed in order.
      return this.fail(err, 'could not read a stored row; closing room');
    }
    this.lastSeq = row.seq;
  }

  /** Reads and relays what other servers stored that this room has not read yet (nothing to read on a store of one server). */
  readOthers(): Promise<void> {
    return this.storage.feed && !this.destroyed && !this.broken ? this.catchUp() : Promise.resolve();
  }

  /** Resolves once what word has come of other servers' rows is read and relayed. */
  caughtUp(): Promise<void> {
    return this.catchingUp ?? Promise.resolve();
  }

  /** Reads the rows other servers stored after `lastSeq`, takes them in and relays them to this room's sockets. */
  private catchUp(): Promise<void> {
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return this.catchingUp;
    }
    const feed = this.storage.feed!;
    this.catchingUp = (async () => {
      do {
        this.catchUpAgain = false;
        const before = this.lastSeq;
        for (const row of await feed.since(this.meetingId, this.docName, this.lastSeq)) this.takeRow(row);
        this.takeOwnAhead();
        // Kept when nothing was read: a room that just loaded answers its first socket from it.
        if (this.lastSeq !== before) this.lastRead = null;
      } while (this.catchUpAgain && !this.destroyed);
    })()
      .catch((err) => this.log.error({ err, meetingId: this.meetingId, doc: this.docName }, 'could not read what other servers stored'))
      .finally(() => (this.catchingUp = null));
    return this.catchingUp;
  }

  /** A row another server stored: what it adds to what this room holds is taken in and relayed to every socket. */
  private takeStored(update: Uint8Array): void {
    const decoded = decodeUpdate(update);
    const held = this.structure.repeatsOf(decoded);
    const fresh = held ? Y.diffUpdate(update, held) : update;
    const freshDecoded = held ? decodeUpdate(fresh) : decoded;
    if (isEmpty(freshDecoded)) return;
    const placed = this.structure.place(freshDecoded);
    // Only deletions already held (this room's own row of deletions, read again): nothing new.
    if (!freshDecoded.structs.length && !placed.deletes.length && !placed.unplaced) return;
    // Counted as what it adds: this room's own rows, read again, add nothing.
    this.bytes += fresh.byteLength;
    this.storedSinceCompaction++;
    this.structure.take(freshDecoded, undefined, placed);
    this.broadcast(encodeUpdate(fresh));
  }

  /** Waits until every change made so far is stored. */
  async settle(): Promise<void> {
    await this.reading;
    while (this.pending.length || this.flushScheduled) {
      await new Promise((r) => setImmediate(r));
      await this.flushing;
    }
    await this.flushing;
  }

  /** Replaces the stored updates with one that holds the whole document. */
  async compact(): Promise<void> {
    if (this.broken || this.destroyed || this.lastSeq === 0) return;
    // The rows through `lastSeq` are replaced by one in their place; rows stored while this runs stay
    // after it, as they build on it.
    const { updates, lastSeq } = await this.storage.docs.load(this.meetingId, this.docName);
    const merged = await new EncodedDoc(updates).compact(() => new Promise((r) => setImmediate(r)));
    // A deleted meeting's room is destroyed while its compaction may still be running: write nothing.
    if (this.broken || this.destroyed) return;
    // The last number stays what it is: the merged update takes the place of those it replaces.
    await this.storage.docs.compact(this.meetingId, this.docName, merged, lastSeq);
    this.lastRead = null;
    this.storedSinceCompaction -= updates.length - 1;
    this.bytes += merged.byteLength - updates.reduce((sum, u) => sum + u.byteLength, 0);
  }

  private announce(message: Uint8Array | null): void {
    if (message) this.broadcast(message);
  }

  /** Sends a message to every socket but `except`: framed once, the same bytes for each. */
  private broadcast(message: Uint8Array, except: Connection | null = null): void {
    const framed = frame(message);
    for (const c of this.conns) if (c !== except) this.deliver(c, framed);
  }

  private send(conn: Connection, message: Uint8Array): void {
    this.deliver(conn, frame(message));
  }

  private deliver(conn: Connection, framed: Buffer): void {
    if (conn.socket.readyState !== conn.socket.OPEN) return;
    // A socket that does not read what it is sent would hold it in the server's memory: closed.
    if (conn.socket.bufferedAmount + framed.byteLength > this.maxBacklog) return this.dropUnread(conn);
    conn.wire.write(framed);
  }

  /**
   * Lets go of a socket that does not read: its close (4408) waits behind all it left unread, so the
   * connection is cut a moment later whatever happens, and what it held is freed.
   */
  private dropUnread(conn: Connection): void {
    this.log.warn({ meetingId: this.meetingId, doc: this.docName, unread: conn.socket.bufferedAmount }, 'closing a socket that does not read');
    conn.socket.close(CloseCode.backlog, 'not reading');
    this.leave(conn);
    setTimeout(() => conn.socket.terminate(), UNREAD_GRACE_MS).unref();
  }

  destroy(): void {
    this.destroyed = true;
    if (this.presenceTimer) clearInterval(this.presenceTimer);
  }

  get isBroken(): boolean {
    return this.broken;
  }
}
