import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EncodedDoc } from './encoded-doc';
import { decodeUpdate } from './messages';

/** A live document and the updates it produced, as a client would send them. */
function typing() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return { doc, updates, text: doc.getText('notes') };
}

const sameContent = (a: Y.Doc, b: Y.Doc) => Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b)) && a.getText('notes').toString() === b.getText('notes').toString();

describe('a document kept as encoded updates', () => {
  it('answers sync like the live document: state vector, what a peer misses, and the content', () => {
    const live = typing();
    const peer = new Y.Doc();
    for (let i = 0; i < 200; i++) {
      live.text.insert(Math.floor(live.text.length / 2), `ord ${i} `);
      if (i % 7 === 0) live.text.delete(0, 3);
      if (i === 100) Y.applyUpdate(peer, new EncodedDoc(live.updates).update);
    }
    const encoded = new EncodedDoc(live.updates);
    expect(encoded.stateVector()).toEqual(Y.encodeStateVector(live.doc));
    Y.applyUpdate(peer, encoded.missingFrom(Y.encodeStateVector(peer)));
    expect(sameContent(peer, live.doc)).toBe(true);
    const copy = encoded.toDoc();
    expect(sameContent(copy, live.doc)).toBe(true);
    copy.destroy();
    expect(new EncodedDoc([]).toDoc().share.size).toBe(0);
    // A peer with nothing gets the whole document, and the same content as a diff against nothing.
    expect(Y.encodeStateVector(new Y.Doc())).toEqual(new Uint8Array([0]));
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, encoded.missingFrom(Y.encodeStateVector(fresh)));
    expect(sameContent(fresh, live.doc)).toBe(true);
  });

  it('drops deleted content when compacting, which merging alone keeps', async () => {
    const live = typing();
    const positions = live.doc.getMap('position');
    for (let i = 0; i < 300; i++) positions.set('note-1', { x: i, y: i, text: 'Spiller fotball på tirsdager' });
    const encoded = new EncodedDoc(live.updates);
    const compacted = await encoded.compact();
    expect(compacted.byteLength).toBeLessThan(encoded.update.byteLength / 10);
    const copy = new EncodedDoc([compacted]).toDoc();
    expect(copy.getMap('position').get('note-1')).toEqual({ x: 299, y: 299, text: 'Spiller fotball på tirsdager' });
    copy.destroy();
  });
});

describe('a sync step 2 that repeats what the server holds', () => {
  it('is recognised, and one with a new item or a new deletion is not', () => {
    const server = typing();
    server.text.insert(0, 'Mor sier at magen verker om morgenen.');
    server.text.delete(4, 5);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server.doc));
    const stored = new EncodedDoc([Y.encodeStateAsUpdate(server.doc)]);
    const holds = (answer: Uint8Array) => stored.holds(decodeUpdate(answer));

    // What a reconnecting client sends: nothing the server lacks, but every deletion it knows of.
    const repeat = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server.doc));
    expect(decodeUpdate(repeat).ds.clients.size).toBeGreaterThan(0);
    expect(holds(repeat)).toBe(true);

    client.getText('notes').delete(0, 3);
    expect(holds(Y.encodeStateAsUpdate(client, Y.encodeStateVector(server.doc)))).toBe(false);
    client.getText('notes').insert(0, 'Far: ');
    expect(holds(Y.encodeStateAsUpdate(client, Y.encodeStateVector(server.doc)))).toBe(false);
  });
});
