import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocStructure } from './structure';

/** Two peers of one document: `server` holds what was taken, `client` edits and sends its changes. */
function peers() {
  const server = new Y.Doc();
  const client = new Y.Doc();
  client.clientID = 7;
  const structure = DocStructure.fromDoc(server);
  /** The client's changes since the server last took them, as one update. */
  const changes = () => Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
  const take = (update: Uint8Array) => {
    structure.take(Y.decodeUpdate(update));
    Y.applyUpdate(server, update);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
  };
  return { server, client, structure, changes, take };
}

const roots = (placed: ReturnType<DocStructure['place']>) => [...new Set([...placed.inserts.map((i) => `${i.place.root}/${i.place.key}`), ...placed.deletes.map((p) => `${p.root}/${p.key}`)])].sort();

describe('placing an update in the stored document', () => {
  it('places new records, nested values, overwrites and text typed after other text by their root and key', () => {
    const { client, structure, changes, take } = peers();
    const record = new Y.Map<unknown>();
    client.getMap('list:consents').set('c1', record);
    record.set('given', false);
    client.getText('text:notes.purpose').insert(0, 'Hei');
    const first = changes();
    expect(roots(structure.place(Y.decodeUpdate(first)))).toEqual(['list:consents/c1', 'text:notes.purpose/null']);
    take(first);

    // An overwrite names only the value it replaces; typing names only its left neighbour.
    (client.getMap('list:consents').get('c1') as Y.Map<unknown>).set('given', true);
    client.getText('text:notes.purpose').insert(3, ' du');
    const placed = structure.place(Y.decodeUpdate(changes()));
    expect(roots(placed)).toEqual(['list:consents/c1', 'text:notes.purpose/null']);
    expect(placed.unplaced).toBe(0);
    expect(placed.gaps).toBe(0);
  });

  it('places deletions, and not the deletions a client repeats of what is deleted already', () => {
    const { client, structure, changes, take } = peers();
    client.getMap('list:consents').set('c1', new Y.Map());
    client.getMap('fields').set('concern.raisedBy', 'Kontaktlærer');
    take(changes());
    client.getMap('list:consents').delete('c1');
    const update = changes();
    expect(roots(structure.place(Y.decodeUpdate(update)))).toEqual(['list:consents/c1']);
    take(update);
    // A reconnecting client's answer carries its whole delete set: nothing of it is new.
    const repeated = Y.encodeStateAsUpdate(client, Y.encodeStateVector(client));
    expect(structure.place(Y.decodeUpdate(repeated)).deletes).toEqual([]);
  });

  it('finds the place of a store built from a live document, as a room that loads from storage does', () => {
    const doc = new Y.Doc();
    const record = new Y.Map<unknown>();
    doc.getMap('list:recipients').set('r1', record);
    record.set('service', 'barnevern');
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, Y.encodeStateAsUpdate(doc));
    const structure = DocStructure.fromDoc(loaded);
    record.set('service', 'ppt');
    expect(roots(structure.place(Y.decodeUpdate(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(loaded)))))).toEqual(['list:recipients/r1']);
  });

  it('cannot place an update that waits on a struct the document does not hold, nor one that skips clocks', () => {
    const { client, structure, changes, take } = peers();
    client.getText('text:notes.purpose').insert(0, 'Hei');
    const first = changes();
    client.getText('text:notes.purpose').insert(3, ' du');
    const second = Y.encodeStateAsUpdate(client, Y.encodeStateVectorFromUpdate(first));
    // The second change names the first, which the server has not taken.
    const placed = structure.place(Y.decodeUpdate(second));
    expect(placed.unplaced + placed.gaps).toBeGreaterThan(0);
    take(first);
    expect(structure.place(Y.decodeUpdate(second))).toMatchObject({ unplaced: 0, gaps: 0 });
  });

  it('places structs of another client that come later in the same update', () => {
    const a = new Y.Doc();
    a.clientID = 9;
    const b = new Y.Doc();
    b.clientID = 3;
    a.getText('text:notes.welcome').insert(0, 'Velkommen');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    b.getText('text:notes.welcome').insert(9, '!');
    const structure = DocStructure.fromDoc(new Y.Doc());
    // One update with both: client 3's struct (first in the update) names client 9's.
    const placed = structure.place(Y.decodeUpdate(Y.encodeStateAsUpdate(b)));
    expect(placed.unplaced).toBe(0);
    expect(roots(placed)).toEqual(['text:notes.welcome/null']);
  });

  it('cannot place a deletion of clocks nobody holds yet: it would delete whatever lands there later', () => {
    const { client, structure, changes, take } = peers();
    client.getMap('fields').set('concern.raisedBy', 'Kontaktlærer');
    take(changes());
    const ds = new Y.Doc();
    ds.clientID = 99;
    // A delete set naming another client's future clocks, written by hand.
    const forged = Y.mergeUpdates([Y.encodeStateAsUpdate(ds)]);
    const decoded = Y.decodeUpdate(forged);
    decoded.ds.clients.set(7, [{ clock: 5, len: 100 } as unknown as (typeof decoded.ds.clients extends Map<number, infer R> ? R : never)[number]]);
    expect(structure.place(decoded).unplaced).toBeGreaterThan(0);
  });

  it('finds structs that name a later struct of their own client, which Yjs cannot apply', () => {
    const { structure } = peers();
    const a = new Y.Doc();
    a.clientID = 11;
    a.getText('text:concern.reason').insert(0, 'ab');
    const decoded = Y.decodeUpdate(Y.encodeStateAsUpdate(a));
    const item = decoded.structs[0] as Y.Item;
    item.origin = Y.createID(11, 5);
    expect(structure.place(decoded).broken).toBe(1);
  });

  it('places a long chain of clients, each naming the next, without going back over the chain', () => {
    const docs = Array.from({ length: 400 }, (_, i) => {
      const d = new Y.Doc();
      d.clientID = 1000 + i;
      return d;
    });
    // Each client types after the previous one's character: in one update, each waits for the one before.
    let text = '';
    for (const d of docs) {
      if (text) Y.applyUpdate(d, Y.encodeStateAsUpdate(docs[docs.indexOf(d) - 1]!));
      d.getText('text:notes.welcome').insert(d.getText('text:notes.welcome').length, 'x');
      text += 'x';
    }
    const structure = DocStructure.fromDoc(new Y.Doc());
    const placed = structure.place(Y.decodeUpdate(Y.encodeStateAsUpdate(docs[docs.length - 1]!)));
    expect(placed.unplaced).toBe(0);
    expect(placed.inserts).toHaveLength(400);
  });
});
