/**
 * A full meeting's content document as storage holds it before compaction: the whole example agenda
 * (every text field filled), 300 mapping notes added one at a time, and typing in the notes, as one
 * stored update per change (499 in all, just under the server's default COMPACT_AFTER_UPDATES).
 */
import * as Y from 'yjs';
import { writeMeetingContent } from '@naervaer/shared/content-doc';
import { stepNotes } from '@naervaer/shared/doc';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import { defaultSystemAreas } from '@naervaer/shared/system-model';

export const NOTES = 300;
const TYPING = 198;

type MappingDoc = {
  ensureMappingAreas(content: Y.Doc, areas: unknown[]): void;
  addMappingItem(content: Y.Doc, item: { kind: 'resource' | 'risk'; areaId: string; text: string; saidByName?: string }): string;
  readMapping(content: Y.Doc): { items: unknown[] };
};

/** The whiteboard's mapping module (issue 4), or null while it has not landed. */
export async function mappingDoc(): Promise<MappingDoc | null> {
  const path = '@naervaer/shared/mapping-doc';
  try {
    const mod = (await import(path)) as Partial<MappingDoc>;
    return mod.addMappingItem && mod.ensureMappingAreas && mod.readMapping ? (mod as MappingDoc) : null;
  } catch {
    return null;
  }
}

/** The stored updates of a full meeting's content document, and how its board was written. */
export async function fullMeetingUpdates(): Promise<{ updates: Uint8Array[]; board: 'mapping-doc' | 'plain maps' }> {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const content = fullExampleMeeting();
  writeMeetingContent(doc, content);

  const areas = defaultSystemAreas('nb');
  const said = content.participants.map((p) => p.name);
  const texts = content.mapping.length ? content.mapping.map((m) => m.text) : ['Trygg voksen i friminuttet'];
  const mapping = await mappingDoc();
  if (mapping) mapping.ensureMappingAreas(doc, areas);
  for (let i = 0; i < NOTES; i++) {
    const item = {
      kind: i % 3 === 0 ? ('risk' as const) : ('resource' as const),
      areaId: areas[i % areas.length]!.id,
      text: `${texts[i % texts.length]} (${i + 1})`,
      saidByName: said[i % said.length]!,
    };
    if (mapping) mapping.addMappingItem(doc, item);
    else {
      // Until the whiteboard's module lands: the same shape it uses, one Y.Map per note.
      const record = new Y.Map<unknown>();
      doc.transact(() => {
        for (const [k, v] of Object.entries({ ...item, x: (i % 20) * 230, y: Math.floor(i / 20) * 130, order: i })) record.set(k, v);
        doc.getMap('mapping').set(`note-${i}`, record);
      });
    }
  }
  const notes = stepNotes(doc, 'closing');
  for (let i = 0; i < TYPING; i++) notes.insert(notes.length, i % 10 === 9 ? '.\n' : 'ord ');
  doc.destroy();
  return { updates, board: mapping ? 'mapping-doc' : 'plain maps' };
}
