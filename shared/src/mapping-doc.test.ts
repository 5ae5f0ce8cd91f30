import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { areaOfNote, boardLayout } from './board-layout';
import { mappingItemsMap } from './doc';
import {
  addMappingItem,
  deleteMappingItem,
  ensureMappingAreas,
  moveMappingItem,
  placeMappingItem,
  readMapping,
  readMappingSummary,
  updateMappingItem,
} from './mapping-doc';
import { defaultSystemAreas } from './system-model';

function meeting() {
  const doc = new Y.Doc();
  ensureMappingAreas(doc, defaultSystemAreas('nb'));
  return doc;
}

describe('the mapping records in the content document', () => {
  it('adds a resource and a risk in an area, inside that area on the board', () => {
    const doc = meeting();
    const a = addMappingItem(doc, { kind: 'resource', areaId: 'friends', text: 'Spiller fotball' });
    const b = addMappingItem(doc, { kind: 'risk', areaId: 'friends', text: 'Mye gaming om natta', saidBy: 'p1', saidByName: 'Mor' });
    const { items } = readMapping(doc);
    expect(items.map((i) => [i.id, i.kind, i.areaId, i.text])).toEqual([
      [a, 'resource', 'friends', 'Spiller fotball'],
      [b, 'risk', 'friends', 'Mye gaming om natta'],
    ]);
    const layout = boardLayout(readMapping(doc).areas.map((x) => x.id));
    for (const i of items) expect(areaOfNote(layout, i.x, i.y)).toBe('friends');
    expect(items[1]!.saidByName).toBe('Mor');
  });

  it('changes the area when a note is placed elsewhere, and moves it into a new area from the list', () => {
    const doc = meeting();
    const layout = boardLayout(readMapping(doc).areas.map((x) => x.id));
    const id = addMappingItem(doc, { kind: 'risk', areaId: 'schoolSocial', text: 'Blir ertet' });
    const family = layout.areas.find((a) => a.areaId === 'family')!;
    placeMappingItem(doc, id, family.x + 40, family.y + 120, layout);
    expect(readMapping(doc).items[0]!.areaId).toBe('family');
    moveMappingItem(doc, id, 'health');
    const moved = readMapping(doc).items[0]!;
    expect(moved.areaId).toBe('health');
    expect(areaOfNote(layout, moved.x, moved.y)).toBe('health');
  });

  it('edits and deletes, and a meeting keeps the area set it started with', () => {
    const doc = meeting();
    const id = addMappingItem(doc, { kind: 'resource', areaId: 'self', text: 'Glad i tegning' });
    updateMappingItem(doc, id, { text: 'Glad i å tegne', saidBy: { id: 'p2', name: 'Ola' } });
    expect(readMapping(doc).items[0]).toMatchObject({ text: 'Glad i å tegne', saidBy: 'p2', saidByName: 'Ola' });
    updateMappingItem(doc, id, { saidBy: null });
    expect(readMapping(doc).items[0]!.saidBy).toBeUndefined();
    ensureMappingAreas(doc, [{ id: 'other', name: 'Annet' }]);
    expect(readMapping(doc).areas).toHaveLength(8);
    deleteMappingItem(doc, id);
    expect(readMapping(doc).items).toEqual([]);
  });

  it('leaves out records that do not parse, and counts them', () => {
    const doc = meeting();
    addMappingItem(doc, { kind: 'risk', areaId: 'health', text: 'Vondt i magen' });
    const bad = new Y.Map<unknown>();
    bad.set('kind', 'maybe');
    mappingItemsMap(doc).set('bad', bad);
    const read = readMapping(doc);
    expect(read.items).toHaveLength(1);
    expect(read.invalid).toBe(1);
    expect(readMappingSummary(doc).totals).toEqual({ resources: 0, risks: 1 });
  });
});
