/**
 * Binds the tldraw store to the meeting's content document, both ways. The mapping records are
 * canonical: the user's changes to notes (source 'user') become record writes; record changes
 * (anyone's, including our own echo) become shapes through mergeRemoteChanges, so they never loop
 * back. Other drawing is kept as tldraw records in its own map.
 */
import { type Editor, type IndexKey, type SerializedSchema, type TLRecord, type TLShape, type TLShapeId } from 'tldraw';
import * as Y from 'yjs';
import { BOARD, type BoardLayout } from '@naervaer/shared/board-layout';
import { DRAWING_SCHEMA_KEY, boardDrawingMap, mappingItemsMap } from '@naervaer/shared/doc';
import { type BoardItem, addMappingItem, deleteMappingItem, placeMappingItem, readMapping, readMappingItem, updateMappingItem } from '@naervaer/shared/mapping-doc';
import { NOTE_TYPE, type NoteShape, itemIdOf, noteShapeId } from './note-shape';

/** Marks Yjs transactions made by this binding. */
export const CANVAS_ORIGIN = Symbol('canvas');

function isNote(record: TLRecord): record is NoteShape {
  return record.typeName === 'shape' && record.type === NOTE_TYPE;
}

/** Drawing records other than notes that are stored in the content document. */
function isDrawing(record: TLRecord): boolean {
  return (record.typeName === 'shape' && record.type !== NOTE_TYPE) || record.typeName === 'binding';
}

function noteRecord(editor: Editor, item: BoardItem, existing: NoteShape | undefined): NoteShape {
  const pageId = editor.getCurrentPageId();
  return {
    id: noteShapeId(item.id),
    typeName: 'shape',
    type: NOTE_TYPE,
    x: item.x,
    y: item.y,
    rotation: 0,
    index: existing?.index ?? (editor.getHighestIndexForParent(pageId) as IndexKey),
    parentId: existing?.parentId ?? pageId,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { kind: item.kind, text: item.text, saidByName: item.saidByName ?? '', w: BOARD.noteW, h: BOARD.noteH },
  } as NoteShape;
}

function sameNote(a: NoteShape, b: NoteShape): boolean {
  return (
    a.x === b.x &&
    a.y === b.y &&
    a.props.kind === b.props.kind &&
    a.props.text === b.props.text &&
    a.props.saidByName === b.props.saidByName
  );
}

/** Starts the two-way binding; returns the function that stops it. */
/**
 * `allowsText`: whether a note's text may be sent (an anonymous consultation's rule, checked before
 * anything is written); text it refuses stays on the canvas only, and the caller says why.
 * `onUnreadable`: how many stored drawing records this version of tldraw cannot migrate or validate
 * (they stay stored, untouched, and are not shown); the caller says so.
 * `showItem`: which notes this canvas shows (the shared screen: those the facilitator put there).
 * `showDrawing`: false leaves out every other drawing (the shared screen, until the facilitator puts it there).
 */
export function bindBoard(
  editor: Editor,
  content: Y.Doc,
  options: {
    canWrite: boolean;
    layout: () => BoardLayout;
    allowsText?: (itemId: string, text: string) => boolean;
    onUnreadable?: (count: number) => void;
    showItem?: (itemId: string) => boolean;
    showDrawing?: boolean;
  },
): () => void {
  const allows = (id: string, text: string) => options.allowsText?.(id, text) ?? true;
  const items = mappingItemsMap(content);
  const drawing = boardDrawingMap(content);

  /** Brings the notes in line with the records (all of them, or the given ids). */
  const syncNotes = (onlyIds?: Set<string>) => {
    const puts: NoteShape[] = [];
    const removes: TLShapeId[] = [];
    const ids = onlyIds ?? new Set([...readMapping(content).items.map((i) => i.id), ...editor.getCurrentPageShapes().filter(isNote).map((s) => itemIdOf(s.id))]);
    for (const id of ids) {
      const item = options.showItem && !options.showItem(id) ? null : readMappingItem(content, id);
      const existing = editor.store.get(noteShapeId(id)) as NoteShape | undefined;
      if (!item) {
        if (existing) removes.push(existing.id);
        continue;
      }
      const next = noteRecord(editor, item, existing);
      // A new note goes in at once, so the next one gets an index above it.
      if (!existing) editor.store.mergeRemoteChanges(() => editor.store.put([next]));
      else if (!sameNote(existing, next)) puts.push(next);
    }
    editor.store.mergeRemoteChanges(() => {
      if (puts.length) editor.store.put(puts);
      if (removes.length) editor.store.remove(removes);
    });
  };

  const ourSchema = editor.store.schema.serialize();
  const unreadable = new Set<string>();

  /** A stored drawing record as this tldraw reads it: migrated from the schema it was written with, or null. */
  const readDrawing = (value: TLRecord): TLRecord | null => {
    const stored = drawing.get(DRAWING_SCHEMA_KEY) as SerializedSchema | undefined;
    if (!stored) return value;
    const migrated = editor.store.schema.migratePersistedRecord(value, stored, 'up');
    return migrated.type === 'success' ? migrated.value : null;
  };

  const syncDrawing = (onlyIds?: Iterable<string>) => {
    const ids = (onlyIds ? [...onlyIds] : [...drawing.keys()]).filter((id) => id !== DRAWING_SCHEMA_KEY);
    const puts: TLRecord[] = [];
    const removes: TLRecord['id'][] = [];
    for (const id of ids) {
      const value = options.showDrawing === false ? undefined : (drawing.get(id) as TLRecord | undefined);
      const existing = editor.store.get(id as TLRecord['id']);
      unreadable.delete(id);
      if (!value) {
        if (existing) removes.push(existing.id);
        continue;
      }
      const record = readDrawing(value);
      if (!record) unreadable.add(id);
      else if (!existing || JSON.stringify(existing) !== JSON.stringify(record)) puts.push(record);
    }
    if (puts.length || removes.length) {
      editor.store.mergeRemoteChanges(() => {
        // One at a time: a record this version cannot validate is left out alone, and counted.
        for (const record of puts) {
          try {
            editor.store.put([record]);
          } catch {
            unreadable.add(record.id);
          }
        }
        if (removes.length) editor.store.remove(removes);
      });
    }
    options.onUnreadable?.(unreadable.size);
  };

  syncNotes();
  syncDrawing();

  const onItems = (events: Y.YEvent<any>[]) => {
    const changed = new Set<string>();
    for (const e of events) {
      if (e.target === items) for (const key of e.keys.keys()) changed.add(key);
      else if (typeof e.path[0] === 'string') changed.add(e.path[0]);
    }
    if (changed.size) syncNotes(changed);
  };
  // A new schema (another version of the app wrote) changes how every record reads.
  const onDrawing = (e: Y.YMapEvent<unknown>) => (e.keys.has(DRAWING_SCHEMA_KEY) ? syncDrawing() : syncDrawing(e.keys.keys()));
  items.observeDeep(onItems);
  drawing.observe(onDrawing);

  const stopListening = editor.store.listen(
    ({ changes }) => {
      if (!options.canWrite) return;
      const layout = options.layout();
      // Drawing is written with the schema it follows, so a later tldraw can migrate it.
      const writesDrawing = [...Object.values(changes.added), ...Object.values(changes.updated).map(([, to]) => to)].some(isDrawing);
      content.transact(() => {
        if (writesDrawing && JSON.stringify(drawing.get(DRAWING_SCHEMA_KEY)) !== JSON.stringify(ourSchema)) drawing.set(DRAWING_SCHEMA_KEY, ourSchema);
        for (const record of Object.values(changes.added)) {
          if (isNote(record)) {
            // A note the user made on the canvas (paste, duplicate): it becomes a record too.
            const id = itemIdOf(record.id);
            const text = allows(id, record.props.text) ? record.props.text : '';
            addMappingItem(content, { kind: record.props.kind, areaId: '', text, at: { x: record.x, y: record.y } }, undefined, id);
          } else if (isDrawing(record)) drawing.set(record.id, record);
        }
        for (const [from, to] of Object.values(changes.updated)) {
          if (isNote(to) && isNote(from)) {
            const id = itemIdOf(to.id);
            if (from.x !== to.x || from.y !== to.y) placeMappingItem(content, id, to.x, to.y, layout);
            if (from.props.text !== to.props.text && allows(id, to.props.text)) updateMappingItem(content, id, { text: to.props.text });
          } else if (isDrawing(to)) drawing.set(to.id, to);
        }
        for (const record of Object.values(changes.removed)) {
          if (isNote(record)) deleteMappingItem(content, itemIdOf(record.id));
          else if (isDrawing(record)) drawing.delete(record.id);
        }
      }, CANVAS_ORIGIN);
    },
    { source: 'user', scope: 'document' },
  );

  return () => {
    stopListening();
    items.unobserveDeep(onItems);
    drawing.unobserve(onDrawing);
  };
}

/** The shapes of a list of item ids that exist on the canvas. */
export function noteShapes(editor: Editor, ids: readonly string[]): TLShape[] {
  return ids.map((id) => editor.getShape(noteShapeId(id))).filter((s): s is TLShape => !!s);
}
