import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MessageKind, SyncKind } from '@naervaer/shared/protocol';
import { decodeMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './messages';

function viaLib0(sub: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageKind.sync);
  encoding.writeVarUint(encoder, sub);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe('sync messages the server sends', () => {
  it('are byte for byte what lib0 writes, for short and long updates alike', () => {
    for (const size of [0, 1, 127, 128, 300, 16_383, 16_384, 70_000]) {
      const payload = Uint8Array.from({ length: size }, (_, i) => (i * 31) % 256);
      expect(encodeUpdate(payload)).toEqual(viaLib0(SyncKind.update, payload));
    }
  });

  it('carry a real update that decodes back to the same bytes', () => {
    const doc = new Y.Doc();
    doc.getText('text:notes.welcome').insert(0, 'Velkommen, alle sammen. '.repeat(20));
    const update = Y.encodeStateAsUpdate(doc);
    expect(decodeMessage(encodeUpdate(update))).toEqual({ kind: 'syncUpdate', update, answer: false });
    expect(decodeMessage(encodeSyncStep2(update))).toEqual({ kind: 'syncUpdate', update, answer: true });
    expect(decodeMessage(encodeSyncStep1(Y.encodeStateVector(doc)))).toEqual({ kind: 'syncStep1', stateVector: Y.encodeStateVector(doc) });
  });
});
