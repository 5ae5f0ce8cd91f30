import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { BadMessage, readAwarenessEntries } from './messages';
import { PRESENCE_TIMEOUT_MS, Presence } from './presence';

/** A browser's awareness, as y-websocket keeps it. */
function browser(clientId: number): Awareness {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new Awareness(doc);
  clearInterval((awareness as unknown as { _checkInterval: NodeJS.Timeout })._checkInterval);
  return awareness;
}

/** What a browser sends about itself. */
const sent = (a: Awareness) => readAwarenessEntries(encodeAwarenessUpdate(a, [a.clientID]));

/** Applies what the server announces to a watching browser, as y-websocket does. */
function deliver(message: Uint8Array | null, to: Awareness): void {
  expect(message).not.toBeNull();
  const decoder = decoding.createDecoder(message!);
  decoding.readVarUint(decoder);
  applyAwarenessUpdate(to, decoding.readVarUint8Array(decoder), 'server');
}

const kari = { name: 'Kari' };
let stamps = 0;
const stamp = (state: Record<string, unknown>) => {
  stamps++;
  return { ...state, user: kari };
};

describe('presence', () => {
  it('relays a state with the server’s user, and a renewal without reading the state again', () => {
    const presence = new Presence<string>();
    const a = browser(1);
    const watcher = browser(9);
    a.setLocalState({ viewingStep: 3, user: { name: 'Falsk' } });
    stamps = 0;
    deliver(presence.receive('socket-a', sent(a), stamp, 0), watcher);
    expect(watcher.getStates().get(1)).toEqual({ viewingStep: 3, user: kari });

    // y-protocols renews by setting the same state again: the clock moves, the state does not.
    a.setLocalState(a.getLocalState());
    const renewal = presence.receive('socket-a', sent(a), stamp, 10_000);
    expect(stamps).toBe(1);
    deliver(renewal, watcher);
    expect(watcher.meta.get(1)!.clock).toBe(a.meta.get(1)!.clock);
    expect(watcher.getStates().get(1)).toEqual({ viewingStep: 3, user: kari });

    a.setLocalState({ viewingStep: 4 });
    deliver(presence.receive('socket-a', sent(a), stamp, 11_000), watcher);
    expect(stamps).toBe(2);
    expect(watcher.getStates().get(1)).toEqual({ viewingStep: 4, user: kari });
  });

  it('ignores what is older than it has, and what another socket says for an id it does not hold', () => {
    const presence = new Presence<string>();
    const a = browser(1);
    a.setLocalState({ viewingStep: 1 });
    const first = sent(a);
    a.setLocalState({ viewingStep: 2 });
    expect(presence.receive('socket-a', sent(a), stamp)).not.toBeNull();
    expect(presence.receive('socket-a', first, stamp)).toBeNull();

    const impostor = browser(1);
    impostor.setLocalState({ viewingStep: 7 });
    for (let i = 0; i < 5; i++) impostor.setLocalState({ viewingStep: 7 });
    expect(presence.receive('socket-b', sent(impostor), stamp)).toBeNull();
    expect(presence.size).toBe(1);
  });

  it('announces the removal of a socket’s states when it leaves, and lets its id be taken again', () => {
    const presence = new Presence<string>();
    const a = browser(1);
    const watcher = browser(9);
    a.setLocalState({ viewingStep: 1 });
    deliver(presence.receive('socket-a', sent(a), stamp), watcher);
    deliver(presence.leave('socket-a'), watcher);
    expect(watcher.getStates().has(1)).toBe(false);
    expect(presence.size).toBe(0);
    expect(presence.all()).toBeNull();
    expect(presence.leave('socket-a')).toBeNull();

    // The removal moved the clock on: the same browser, reconnected, is seen again at its next change.
    a.setLocalState({ viewingStep: 2 });
    a.setLocalState({ viewingStep: 2 });
    deliver(presence.receive('socket-a2', sent(a), stamp), watcher);
    expect(watcher.getStates().get(1)).toEqual({ viewingStep: 2, user: kari });
  });

  it('removes a state at the same clock when the browser says null, and one not renewed within the timeout', () => {
    const presence = new Presence<string>();
    const a = browser(1);
    const b = browser(2);
    const watcher = browser(9);
    a.setLocalState({ viewingStep: 1 });
    b.setLocalState({ viewingStep: 1 });
    deliver(presence.receive('socket-a', sent(a), stamp, 0), watcher);
    deliver(presence.receive('socket-b', sent(b), stamp, 0), watcher);

    a.setLocalState(null);
    deliver(presence.receive('socket-a', sent(a), stamp, 1000), watcher);
    expect(watcher.getStates().has(1)).toBe(false);

    b.setLocalState({ viewingStep: 1 });
    presence.receive('socket-b', sent(b), stamp, 20_000);
    expect(presence.expire(20_000 + PRESENCE_TIMEOUT_MS - 1)).toBeNull();
    deliver(presence.expire(20_000 + PRESENCE_TIMEOUT_MS), watcher);
    expect(watcher.getStates().has(2)).toBe(false);
  });

  it('refuses a message with a state that is not an object, and takes nothing from it', () => {
    const presence = new Presence<string>();
    const good = { clientId: 1, clock: 1, json: '{"viewingStep":1}' };
    for (const json of ['[1,2]', '"text"', '{broken', '42']) {
      expect(() => presence.receive('socket-a', [good, { clientId: 2, clock: 1, json }], stamp)).toThrow(BadMessage);
    }
    expect(presence.size).toBe(0);
    expect(presence.receive('socket-a', [good], stamp)).not.toBeNull();
  });
});
