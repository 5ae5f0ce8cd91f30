/**
 * Who is on a meeting document right now: the y-websocket awareness protocol, kept as the JSON each
 * state travels as. Same rules as y-protocols' Awareness (a newer clock wins; a null state at the same
 * clock removes; a state not renewed for 30 s is dropped), but a renewal that repeats the state, which
 * every client sends each 15 s, is neither parsed nor stored again: only its clock moves.
 */
import { BadMessage, type AwarenessEntry, encodeAwareness } from './messages';

/** y-protocols' outdatedTimeout: clients renew at half of it. */
export const PRESENCE_TIMEOUT_MS = 30_000;

type Known<Owner> = {
  clock: number;
  /** What the owner sent, to recognise a renewal; null once removed. */
  sent: string | null;
  /** What everyone else is sent: the state with the server's `user`. */
  json: string;
  owner: Owner | null;
  renewedAt: number;
};

export class Presence<Owner> {
  /** Every client id seen, removed ones too: their clock keeps an old state from coming back. */
  private readonly known = new Map<number, Known<Owner>>();

  /**
   * `yields(holder, taker, json)`: whether an id `holder` holds, with the state `json` others see,
   * may be taken by `taker` (the same person on another server, who reconnected here).
   */
  constructor(private readonly yields: (holder: Owner, taker: Owner, json: string) => boolean = () => false) {}

  /**
   * Takes a socket's awareness entries and returns the message announcing what changed, if anything.
   * `stamp` gives the state others see (the server says who the person is). Throws BadMessage on a
   * state that is not a JSON object or null.
   */
  receive(
    owner: Owner,
    entries: readonly AwarenessEntry[],
    stamp: (state: Record<string, unknown>) => Record<string, unknown>,
    now = Date.now(),
    /** Asked before a new client id is taken; false leaves the entry out (a socket's id budget). */
    mayIntroduce: () => boolean = () => true,
  ): Uint8Array | null {
    // Everything is read before anything is taken: a bad entry refuses the whole message.
    const taken: { clientId: number; clock: number; sent: string | null; json: string }[] = [];
    for (const { clientId, clock, json } of entries) {
      const known = this.known.get(clientId);
      // A socket speaks only for the ids it introduced, and none that another socket holds.
      if (known?.owner != null && known.owner !== owner && !this.yields(known.owner, owner, known.json)) continue;
      if (known && known.sent === json) {
        // A renewal: the state is as before, only the clock moves.
        if (known.clock < clock) taken.push({ clientId, clock, sent: json, json: known.json });
        continue;
      }
      const state = parseState(json);
      const removing = state === null;
      if (!known && !removing && !mayIntroduce()) continue;
      if (known && !(known.clock < clock || (known.clock === clock && removing && known.sent !== null))) {
        known.owner ??= owner;
        continue;
      }
      taken.push({ clientId, clock, sent: removing ? null : json, json: removing ? 'null' : JSON.stringify(stamp(state)) });
    }
    for (const { clientId, clock, sent, json } of taken) {
      const known = this.known.get(clientId);
      if (known) Object.assign(known, { clock, sent, json, owner, renewedAt: now });
      else this.known.set(clientId, { clock, sent, json, owner, renewedAt: now });
    }
    return this.announce(taken.map((t) => t.clientId));
  }

  /** Removes the states of a socket that left; returns the message saying so. */
  leave(owner: Owner): Uint8Array | null {
    const removed: number[] = [];
    for (const [clientId, known] of this.known) {
      if (known.owner !== owner) continue;
      known.owner = null;
      if (known.sent !== null) removed.push(clientId);
    }
    return this.remove(removed);
  }

  /** Removes states not renewed within the timeout (a client that vanished without closing). */
  expire(now = Date.now()): Uint8Array | null {
    const removed: number[] = [];
    for (const [clientId, known] of this.known) if (known.sent !== null && now - known.renewedAt >= PRESENCE_TIMEOUT_MS) removed.push(clientId);
    return this.remove(removed);
  }

  /** Everyone present, for a socket that joins or asks. */
  all(): Uint8Array | null {
    return this.announce([...this.known].filter(([, k]) => k.sent !== null).map(([id]) => id));
  }

  /** The number of client ids with a state. */
  get size(): number {
    let n = 0;
    for (const known of this.known.values()) if (known.sent !== null) n++;
    return n;
  }

  /** As y-protocols removes: the clock moves on, so the removal wins over the state it removes. */
  private remove(clientIds: number[]): Uint8Array | null {
    for (const id of clientIds) {
      const known = this.known.get(id)!;
      // Nobody holds a removed id: whoever it was may come back with it (on this server or through another).
      known.owner = null;
      known.clock++;
      known.sent = null;
      known.json = 'null';
    }
    return this.announce(clientIds);
  }

  private announce(clientIds: number[]): Uint8Array | null {
    if (!clientIds.length) return null;
    return encodeAwareness(
      clientIds.map((clientId) => {
        const { clock, json } = this.known.get(clientId)!;
        return { clientId, clock, json };
      }),
    );
  }
}

function parseState(json: string): Record<string, unknown> | null {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    throw new BadMessage('malformed awareness state');
  }
  if (state === null) return null;
  if (typeof state !== 'object' || Array.isArray(state)) throw new BadMessage('awareness state must be an object');
  return state as Record<string, unknown>;
}
