/**
 * Where each item of a stored document lies: its root type and, under a root map, the key it sits
 * under (`list:consents` / `c1`, or `fields` / `pupil.name`). Kept per room beside storage, built once
 * from the stored document after the room's first answer and extended by every update it takes, so an
 * incoming update can be placed from its own structs alone, in time proportional to the update and
 * never to the document.
 *
 * An update names where an item goes in one of three ways: a root's name, the id of the item (a
 * nested map or text) it lies in, or, when it has neighbours, only its left or right neighbour (the
 * encoding then leaves the parent out: a map value written over another names the value it replaces).
 * Each of these is looked up here. An item whose parent or neighbour is neither here nor earlier in
 * the same update waits for a struct that is missing: Yjs would keep it aside and let it land when the
 * missing struct arrives, wherever that lands. Such an update cannot be placed, and `place` says so.
 */
import * as Y from 'yjs';
import type { DecodedUpdate } from './messages';

/**
 * Where an item lies: its root, the key under a root map (a record's id, a scalar's path), and the
 * key inside that entry's own map (a record's field). `root` is null for collected content, which
 * lies nowhere.
 */
export type Place = { root: string | null; key: string | null; field: string | null };

/** What an update does, placed: what it inserts (each struct with its place) and where it deletes. */
export type PlacedUpdate = {
  inserts: { item: Y.Item; place: Place }[];
  deletes: Place[];
  /** Structs whose parent or neighbour is not known: the update waits on something missing. */
  unplaced: number;
  /** Structs that leave a gap in their client's clocks. */
  gaps: number;
  /** Structs that name a later struct of their own client as neighbour or parent: Yjs cannot apply them. */
  broken: number;
};

const NOWHERE: Place = { root: null, key: null, field: null };

/** One client's ranges of clocks, sorted, each with the index of its place. */
type Ranges = { starts: number[]; ends: number[]; places: number[] };

export class DocStructure {
  private readonly clients = new Map<number, Ranges>();
  /** Per client, the clocks already deleted: deleting them again changes nothing. */
  private readonly deleted = new Map<number, RangeSet>();
  private readonly owners = new Map<number, string>();
  /** Place ids by root, key and field (nested, so finding a known place builds no string). */
  private readonly placeIds = new Map<string | null, Map<string | null, Map<string | null, number>>>();
  private readonly placeList: Place[] = [];
  /**
   * Where `place` keeps the structs an update places among themselves, emptied before each use:
   * `place` runs to its end in one go, and a structure made per update cost more than the update.
   */
  private scratch: DocStructure | null = null;

  /** The structure of a live document (every item's parent is resolved there). */
  static fromDoc(doc: Y.Doc): DocStructure {
    const structure = new DocStructure();
    const rootNames = new Map<Y.AbstractType<unknown>, string>();
    for (const [name, type] of doc.share) rootNames.set(type as Y.AbstractType<unknown>, name);
    for (const [client, structs] of doc.store.clients) {
      for (const struct of structs) {
        const place = struct instanceof Y.Item ? placeInDoc(struct, rootNames) : NOWHERE;
        structure.add(client, struct.id.clock, struct.length, place);
        if (struct.deleted) structure.deletedOf(client).add(struct.id.clock, struct.id.clock + struct.length);
      }
    }
    return structure;
  }

  /** The place of the item holding `id`, or undefined when no item holds it. */
  placeOf(id: Y.ID): Place | undefined {
    const ranges = this.clients.get(id.client);
    if (!ranges) return undefined;
    const i = findRange(ranges, id.clock);
    return i === -1 ? undefined : this.placeList[ranges.places[i]!];
  }

  /** The clock up to which a client's items are all held, from 0 without a gap. */
  heldUpTo(client: number): number {
    const ranges = this.clients.get(client);
    if (!ranges || ranges.starts[0] !== 0) return 0;
    let end = ranges.ends[0]!;
    for (let i = 1; i < ranges.starts.length && ranges.starts[i] === end; i++) end = ranges.ends[i]!;
    return end;
  }

  /**
   * The state vector of what is held, for the clients of an update that repeats items already held,
   * or null when it repeats none. `Y.diffUpdate(update, it)` leaves only what is new: a repeated item
   * whose bytes differ from the held one (a damaged or forged copy) must never be stored beside it.
   */
  repeatsOf(decoded: DecodedUpdate): Uint8Array | null {
    const held = new Map<number, number>();
    let repeats = false;
    for (const struct of decoded.structs) {
      if (struct instanceof Y.Skip) continue;
      const upTo = held.get(struct.id.client) ?? this.heldUpTo(struct.id.client);
      held.set(struct.id.client, upTo);
      if (struct.id.clock < upTo) repeats = true;
    }
    if (!repeats) return null;
    return Y.encodeStateVector(new Map([...held].filter(([, clock]) => clock > 0)));
  }

  /** The next clock expected from a client. */
  private nextClock(client: number): number {
    const ranges = this.clients.get(client);
    return ranges && ranges.ends.length ? ranges.ends[ranges.ends.length - 1]! : 0;
  }

  /** Who first wrote under a client id while the room was live (ids loaded from storage have none yet). */
  ownerOf(client: number): string | undefined {
    return this.owners.get(client);
  }

  /**
   * Places what an update inserts and deletes, without taking it. Structs wait for the struct they
   * name (their left or right neighbour, their parent), which may come later in the same update; each
   * is woken once the struct it waits for is placed, so the work grows with the update, never with
   * the square of it.
   */
  place(decoded: DecodedUpdate): PlacedUpdate {
    const local = (this.scratch ??= new DocStructure()).emptied();
    const lookup = (id: Y.ID | null): Place | undefined => (id ? (local.placeOf(id) ?? this.placeOf(id)) : undefined);
    const inserts: { item: Y.Item; place: Place }[] = [];
    const queue: (Y.Item | Y.GC)[] = [];
    let gaps = 0;
    let broken = 0;
    const expected = new Map<number, number>();
    for (const struct of decoded.structs) {
      if (struct instanceof Y.Skip) continue;
      const next = expected.get(struct.id.client) ?? this.nextClock(struct.id.client);
      if (struct.id.clock > next) gaps++;
      expected.set(struct.id.client, Math.max(next, struct.id.clock + struct.length));
      // Structs an update repeats (already held) end below the next clock: they change nothing.
      if (struct.id.clock + struct.length <= this.nextClock(struct.id.client) && this.placeOf(struct.id)) continue;
      queue.push(struct);
    }
    // Structs waiting, by the client and clock of the struct they wait for.
    const waiting = new Map<number, Map<number, (Y.Item | Y.GC)[]>>();
    let waitingCount = 0;
    const wake = (client: number, from: number, to: number) => {
      const byClock = waiting.get(client);
      if (!byClock) return;
      const woken = (clock: number) => {
        const list = byClock.get(clock);
        if (!list) return;
        byClock.delete(clock);
        waitingCount -= list.length;
        queue.push(...list);
      };
      if (to - from <= byClock.size) for (let clock = from; clock < to; clock++) woken(clock);
      else for (const clock of [...byClock.keys()]) if (clock >= from && clock < to) woken(clock);
    };
    for (let struct = queue.pop(); struct; struct = queue.pop()) {
      if (struct instanceof Y.Item && namesItsOwnFuture(struct)) {
        broken++;
        continue;
      }
      const place = struct instanceof Y.Item ? placeInUpdate(struct, lookup) : NOWHERE;
      if (!place) {
        const missing = firstMissing(struct as Y.Item, lookup)!;
        let byClock = waiting.get(missing.client);
        if (!byClock) waiting.set(missing.client, (byClock = new Map()));
        byClock.set(missing.clock, [...(byClock.get(missing.clock) ?? []), struct]);
        waitingCount++;
        continue;
      }
      local.add(struct.id.client, struct.id.clock, struct.length, place);
      if (struct instanceof Y.Item) inserts.push({ item: struct, place });
      wake(struct.id.client, struct.id.clock, struct.id.clock + struct.length);
    }
    // A client's update repeats every deletion it knows of: only what is not deleted yet is a deletion.
    // Deleting what nobody holds yet would wait and delete whatever lands there later: it cannot be placed.
    const deletes: Place[] = [];
    let unheldDeletes = 0;
    const deleteIn = (client: number, from: number, to: number) => {
      local.placesIn(client, from, to, deletes);
      this.placesIn(client, from, to, deletes);
      if (!local.covers(client, from, to, this)) unheldDeletes++;
    };
    for (const [client, ranges] of decoded.ds.clients) {
      const deleted = this.deleted.get(client);
      for (const range of ranges) {
        if (deleted) deleted.forEachMissing(range.clock, range.clock + range.len, (from, to) => deleteIn(client, from, to));
        else deleteIn(client, range.clock, range.clock + range.len);
      }
    }
    return { inserts, deletes, unplaced: waitingCount + unheldDeletes, gaps, broken };
  }

  /** Whether every clock in [from, to) of a client is held here or in `other`. */
  private covers(client: number, from: number, to: number, other: DocStructure): boolean {
    let at = from;
    while (at < to) {
      const here = this.clients.get(client);
      const there = other.clients.get(client);
      const i = here ? findRange(here, at) : -1;
      const j = i === -1 && there ? findRange(there, at) : -1;
      if (i !== -1) at = here!.ends[i]!;
      else if (j !== -1) at = there!.ends[j]!;
      else return false;
    }
    return true;
  }

  /** Records the structs of an update that was taken; `owner` claims the client ids that have none. */
  take(decoded: DecodedUpdate, owner?: string, placed: PlacedUpdate = this.place(decoded)): void {
    for (const { item, place } of placed.inserts) this.add(item.id.client, item.id.clock, item.length, place);
    for (const struct of decoded.structs) {
      if (struct instanceof Y.Skip) continue;
      if (owner && !this.owners.has(struct.id.client)) this.owners.set(struct.id.client, owner);
      if (!(struct instanceof Y.GC)) continue;
      this.add(struct.id.client, struct.id.clock, struct.length, NOWHERE);
      this.deletedOf(struct.id.client).add(struct.id.clock, struct.id.clock + struct.length);
    }
    for (const [client, ranges] of decoded.ds.clients) for (const range of ranges) this.deletedOf(client).add(range.clock, range.clock + range.len);
  }

  /** Hands a client id to a new owner (the facilitator may write under any id, and then holds it). */
  claim(client: number, owner: string): void {
    this.owners.set(client, owner);
  }

  private deletedOf(client: number): RangeSet {
    let set = this.deleted.get(client);
    if (!set) this.deleted.set(client, (set = new RangeSet()));
    return set;
  }

  /** This structure with nothing placed in it (what `place` needs of its scratch). */
  private emptied(): this {
    this.clients.clear();
    this.placeIds.clear();
    this.placeList.length = 0;
    return this;
  }

  /** Adds to `out` the places of the items in [from, to) of a client's clocks. */
  private placesIn(client: number, from: number, to: number, out: Place[]): void {
    const ranges = this.clients.get(client);
    if (!ranges) return;
    let i = findRange(ranges, from);
    if (i === -1) i = firstStartingAfter(ranges, from);
    for (; i < ranges.starts.length && ranges.starts[i]! < to; i++) out.push(this.placeList[ranges.places[i]!]!);
  }

  /** The id of a place, given it on first sight. */
  private placeIdOf(place: Place): number {
    let byKey = this.placeIds.get(place.root);
    if (!byKey) this.placeIds.set(place.root, (byKey = new Map()));
    let byField = byKey.get(place.key);
    if (!byField) byKey.set(place.key, (byField = new Map()));
    let id = byField.get(place.field);
    if (id === undefined) {
      id = this.placeList.length;
      this.placeList.push(place);
      byField.set(place.field, id);
    }
    return id;
  }

  private add(client: number, clock: number, length: number, place: Place): void {
    if (length <= 0) return;
    const placeId = this.placeIdOf(place);
    let ranges = this.clients.get(client);
    if (!ranges) this.clients.set(client, (ranges = { starts: [], ends: [], places: [] }));
    const held = findRange(ranges, clock);
    if (held !== -1) {
      // Held already, at least in part: only the rest is new.
      const end = ranges.ends[held]!;
      if (clock + length > end) this.add(client, end, clock + length - end, place);
      return;
    }
    const last = ranges.starts.length - 1;
    if (last >= 0 && ranges.ends[last] === clock && ranges.places[last] === placeId) {
      ranges.ends[last] = clock + length;
      return;
    }
    // Mostly appended at the end; a struct that fills a gap goes into its place.
    const at = firstStartingAfter(ranges, clock);
    const stop = at < ranges.starts.length ? Math.min(clock + length, ranges.starts[at]!) : clock + length;
    if (at === ranges.starts.length) {
      ranges.starts.push(clock);
      ranges.ends.push(stop);
      ranges.places.push(placeId);
    } else {
      ranges.starts.splice(at, 0, clock);
      ranges.ends.splice(at, 0, stop);
      ranges.places.splice(at, 0, placeId);
    }
    if (stop < clock + length) this.add(client, stop, clock + length - stop, place);
  }
}

/** Sorted, merged ranges [from, to) of clocks. */
class RangeSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Index of the first range that ends at or after `clock` (binary search: the ranges are sorted and apart). */
  private firstEndingFrom(clock: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! < clock) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(from: number, to: number): void {
    if (to <= from) return;
    // Ranges that touch or overlap [from, to) merge with it.
    let i = this.firstEndingFrom(from);
    let j = i;
    while (j < this.starts.length && this.starts[j]! <= to) j++;
    const start = i < j ? Math.min(from, this.starts[i]!) : from;
    const end = i < j ? Math.max(to, this.ends[j - 1]!) : to;
    if (j - i === 1) {
      this.starts[i] = start;
      this.ends[i] = end;
    } else if (i === j && i === this.starts.length) {
      this.starts.push(start);
      this.ends.push(end);
    } else {
      this.starts.splice(i, j - i, start);
      this.ends.splice(i, j - i, end);
    }
  }

  /** Calls `each` with every part of [from, to) not in the set, in order. */
  forEachMissing(from: number, to: number, each: (from: number, to: number) => void): void {
    let at = from;
    for (let i = this.firstEndingFrom(from); i < this.starts.length && at < to; i++) {
      if (this.ends[i]! <= at) continue;
      if (this.starts[i]! >= to) break;
      if (this.starts[i]! > at) each(at, this.starts[i]!);
      at = Math.max(at, this.ends[i]!);
    }
    if (at < to) each(at, to);
  }
}

/** Index of the range holding `clock`, or -1. */
function findRange(ranges: Ranges, clock: number): number {
  let lo = 0;
  let hi = ranges.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (clock < ranges.starts[mid]!) hi = mid - 1;
    else if (clock >= ranges.ends[mid]!) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first range starting after `clock` (where a range starting at `clock` would go). */
function firstStartingAfter(ranges: Ranges, clock: number): number {
  let lo = 0;
  let hi = ranges.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges.starts[mid]! <= clock) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An integrated item's place: walk up to the root, keeping the keys of the two items right under it. */
function placeInDoc(item: Y.Item, rootNames: Map<Y.AbstractType<unknown>, string>): Place {
  let current: Y.Item = item;
  let below: Y.Item | null = null;
  for (;;) {
    const parent = current.parent as Y.AbstractType<unknown> | null;
    if (!parent) return NOWHERE;
    if (!parent._item) return { root: rootNames.get(parent) ?? null, key: current.parentSub, field: below?.parentSub ?? null };
    below = current;
    current = parent._item;
  }
}

/** The ids an item names: its neighbours and, when written, its parent. */
function namedIds(item: Y.Item): Y.ID[] {
  const parent = item.parent as unknown;
  return [item.origin, item.rightOrigin, parent instanceof Y.ID ? parent : null].filter((id): id is Y.ID => id !== null);
}

/** Whether an item names a struct of its own client at or after its own clock (never so from Yjs). */
function namesItsOwnFuture(item: Y.Item): boolean {
  return namedIds(item).some((id) => id.client === item.id.client && id.clock >= item.id.clock);
}

/** The first id an item names that is not placed yet. */
function firstMissing(item: Y.Item, lookup: (id: Y.ID | null) => Place | undefined): Y.ID | undefined {
  return namedIds(item).find((id) => lookup(id) === undefined);
}

/**
 * A decoded item's place, from its parent or its neighbours; undefined while any struct it names is
 * unknown (Yjs too waits for all of them before it places the item).
 */
function placeInUpdate(item: Y.Item, lookup: (id: Y.ID | null) => Place | undefined): Place | undefined {
  const left = item.origin ? lookup(item.origin) : null;
  const right = item.rightOrigin ? lookup(item.rightOrigin) : null;
  if (left === undefined || right === undefined) return undefined;
  const parent = item.parent as unknown;
  if (typeof parent === 'string') return { root: parent, key: item.parentSub, field: null };
  if (parent instanceof Y.ID) {
    const above = lookup(parent);
    if (!above) return undefined;
    // Right inside a root's entry (a record's map), the item's own key is the record's field.
    return above.root !== null && above.field === null ? { ...above, field: item.parentSub } : above;
  }
  return left ?? right ?? NOWHERE;
}
