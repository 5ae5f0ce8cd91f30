/** Encoding and decoding of y-websocket protocol messages, with the checks the server applies. */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MessageKind, SyncKind } from '@naervaer/shared/protocol';

export type Incoming =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  /** `answer`: sent as sync step 2, the answer to the server's step 1, which often repeats what the server has. */
  | { kind: 'syncUpdate'; update: Uint8Array; answer: boolean }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }
  | { kind: 'auth' };

export class BadMessage extends Error {}

/** Decodes one incoming message; throws BadMessage on anything malformed or unknown. */
export function decodeMessage(data: Uint8Array): Incoming {
  try {
    const decoder = decoding.createDecoder(data);
    const kind = decoding.readVarUint(decoder);
    let result: Incoming;
    switch (kind) {
      case MessageKind.sync: {
        const sub = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (sub === SyncKind.step1) {
          // Decoded here, so a malformed state vector is a bad message rather than a failure while answering it.
          Y.decodeStateVector(payload);
          result = { kind: 'syncStep1', stateVector: payload };
        } else if (sub === SyncKind.step2 || sub === SyncKind.update) result = { kind: 'syncUpdate', update: payload, answer: sub === SyncKind.step2 };
        else throw new BadMessage(`unknown sync message ${sub}`);
        break;
      }
      case MessageKind.awareness:
        result = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
        break;
      case MessageKind.queryAwareness:
        result = { kind: 'queryAwareness' };
        break;
      case MessageKind.auth:
        result = { kind: 'auth' };
        break;
      default:
        throw new BadMessage(`unknown message kind ${kind}`);
    }
    if (decoding.hasContent(decoder)) throw new BadMessage('trailing bytes');
    return result;
  } catch (err) {
    if (err instanceof BadMessage) throw err;
    throw new BadMessage('malformed message');
  }
}

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** Reads an update in full; throws BadMessage if Yjs cannot, so nothing unreadable is ever stored. */
export function decodeUpdate(update: Uint8Array): DecodedUpdate {
  try {
    return Y.decodeUpdate(update);
  } catch {
    throw new BadMessage('malformed update');
  }
}

/** True if an update carries no change at all (what a read-only client sends back in sync step 2). */
export function isEmpty(decoded: DecodedUpdate): boolean {
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0;
}

/** Bytes lib0 uses for an unsigned varint (7 bits a byte). */
function varUintLength(n: number): number {
  let bytes = 1;
  while (n > 0x7f) {
    n = Math.floor(n / 128);
    bytes++;
  }
  return bytes;
}

function writeVarUint(into: Uint8Array, at: number, n: number): number {
  while (n > 0x7f) {
    into[at++] = 0x80 | (n & 0x7f);
    n = Math.floor(n / 128);
  }
  into[at++] = n;
  return at;
}

/**
 * [sync][sub][length][payload], the same bytes lib0's encoder writes, in one allocation: this runs
 * for every update the server fans out, and an encoder would allocate and then copy again.
 */
function syncMessage(sub: number, payload: Uint8Array): Uint8Array {
  const header = varUintLength(MessageKind.sync) + varUintLength(sub) + varUintLength(payload.length);
  const out = new Uint8Array(header + payload.length);
  let at = writeVarUint(out, 0, MessageKind.sync);
  at = writeVarUint(out, at, sub);
  at = writeVarUint(out, at, payload.length);
  out.set(payload, at);
  return out;
}

export const encodeSyncStep1 = (stateVector: Uint8Array) => syncMessage(SyncKind.step1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array) => syncMessage(SyncKind.step2, update);
export const encodeUpdate = (update: Uint8Array) => syncMessage(SyncKind.update, update);

/** One client's awareness entry as it travels: the state is JSON, `null` once the client is gone. */
export type AwarenessEntry = { clientId: number; clock: number; json: string };

const MAX_AWARENESS_ENTRIES = 64;
const MAX_AWARENESS_CHARS = 8 * 1024;

/** Reads an awareness update's entries, their states left as JSON; throws BadMessage on malformed ones. */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > MAX_AWARENESS_ENTRIES) throw new BadMessage('too many awareness entries');
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      if (json.length > MAX_AWARENESS_CHARS) throw new BadMessage('awareness state too large');
      entries.push({ clientId, clock, json });
    }
    if (decoding.hasContent(decoder)) throw new BadMessage('trailing bytes in awareness update');
    return entries;
  } catch (err) {
    if (err instanceof BadMessage) throw err;
    throw new BadMessage('malformed awareness update');
  }
}

/** The awareness message announcing these entries. */
export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const payload = encoding.createEncoder();
  encoding.writeVarUint(payload, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(payload, e.clientId);
    encoding.writeVarUint(payload, e.clock);
    encoding.writeVarString(payload, e.json);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageKind.awareness);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(payload));
  return encoding.toUint8Array(encoder);
}
