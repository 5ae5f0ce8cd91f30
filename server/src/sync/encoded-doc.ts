/**
 * A meeting document as stored: encoded Yjs updates, merged into one, never a live Y.Doc unless asked.
 *
 * Answering a joining socket (state vector, what it is missing) and telling whether an update brings
 * anything new work on the encoded form, which is small: about 11 kB for a 400-character note typed
 * by six people over 400 edits, where the live Y.Doc holds about 180 kB of objects. A Y.Doc is built
 * only to read or check the content, and to drop deleted content when compacting.
 */
import * as Y from 'yjs';
import { type DecodedUpdate, decodeUpdate } from './messages';

/** An empty document's state vector: no clients (a varint count of 0). */
const isEmptyStateVector = (stateVector: Uint8Array) => stateVector.byteLength === 1 && stateVector[0] === 0;

/** An update that changes nothing: what an empty document encodes to. */
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());
/** Stored rows applied in one block when compacting (a millisecond or so of drawing). */
const COMPACT_SLICE_ROWS = 50;

export class EncodedDoc {
  private merged: Uint8Array | null = null;

  /** `updates`: the stored rows, in order. */
  constructor(private readonly updates: readonly Uint8Array[]) {}

  /** The whole document as one update, merged on first use. */
  get update(): Uint8Array {
    this.merged ??= this.updates.length === 0 ? EMPTY_UPDATE : this.updates.length === 1 ? this.updates[0]! : Y.mergeUpdates([...this.updates]);
    return this.merged;
  }

  stateVector(): Uint8Array {
    return Y.encodeStateVectorFromUpdate(this.update);
  }

  /**
   * What a peer with this state vector is missing. A peer that has nothing (a page just opened: the
   * common first sync) gets the stored update as it is; diffing against nothing decodes and encodes
   * the whole document again for the same result.
   */
  missingFrom(stateVector: Uint8Array): Uint8Array {
    return isEmptyStateVector(stateVector) ? this.update : Y.diffUpdate(this.update, stateVector);
  }

  /**
   * True if the document already holds every item (by its state vector) and every deletion an update
   * carries. A client's sync step 2 repeats every deletion it knows of.
   */
  holds(decoded: DecodedUpdate): boolean {
    const stateVector = Y.decodeStateVector(this.stateVector());
    for (const s of decoded.structs) {
      if (!(s instanceof Y.Skip) && s.id.clock + s.length > (stateVector.get(s.id.client) ?? 0)) return false;
    }
    const deletions = decodeUpdate(this.update).ds;
    for (const [client, ranges] of decoded.ds.clients) {
      const known = mergedRanges(deletions.clients.get(client) ?? []);
      for (const r of ranges) if (!covered(known, r.clock, r.clock + r.len)) return false;
    }
    return true;
  }

  /** A live copy with `more` updates applied on top; the caller destroys it. */
  toDoc(more: readonly Uint8Array[] = []): Y.Doc {
    const doc = new Y.Doc();
    Y.transact(doc, () => {
      for (const u of this.merged ? [this.merged] : this.updates) Y.applyUpdate(doc, u);
      for (const u of more) Y.applyUpdate(doc, u);
    });
    return doc;
  }

  /**
   * The document as one update with deleted content dropped, as a live Y.Doc keeps it: merged updates
   * keep every deleted character and every overwritten value. The stored rows are applied a slice at
   * a time with `between` awaited after each: 500 rows of drawing take 5–15 ms, too long for one block
   * while the other meetings' updates wait.
   */
  async compact(between: () => Promise<void> = async () => {}): Promise<Uint8Array> {
    const doc = new Y.Doc();
    const rows = this.merged ? [this.merged] : this.updates;
    try {
      for (let i = 0; i < rows.length; i += COMPACT_SLICE_ROWS) {
        if (i > 0) await between();
        Y.transact(doc, () => {
          for (const u of rows.slice(i, i + COMPACT_SLICE_ROWS)) Y.applyUpdate(doc, u);
        });
      }
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  }
}

type Range = { clock: number; len: number };

function mergedRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.clock - b.clock);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.clock <= last.clock + last.len) last.len = Math.max(last.len, r.clock + r.len - last.clock);
    else out.push({ clock: r.clock, len: r.len });
  }
  return out;
}

/** Whether [from, to) lies inside one of the sorted, merged ranges. */
function covered(ranges: readonly Range[], from: number, to: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (from < r.clock) hi = mid - 1;
    else if (from >= r.clock + r.len) lo = mid + 1;
    else return to <= r.clock + r.len;
  }
  return false;
}
