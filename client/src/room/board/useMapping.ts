/** React view of the mapping records: re-reads them (parsed) whenever the content document's mapping changes. */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { boardLayout } from '@naervaer/shared/board-layout';
import { type MappingRead, observeMapping, readMapping } from '@naervaer/shared/mapping-doc';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Unchanged items and areas keep their object identity from one read to the next, so a list of
 * 300 notes re-renders only the rows that changed.
 */
function mappingStore(content: Y.Doc) {
  let cached: MappingRead | null = null;
  let previous: MappingRead | null = null;
  return {
    subscribe(onChange: () => void) {
      return observeMapping(content, () => {
        cached = null;
        onChange();
      });
    },
    get(): MappingRead {
      if (cached) return cached;
      const next = readMapping(content);
      if (previous) {
        const before = new Map(previous.items.map((i) => [i.id, i]));
        next.items = next.items.map((i) => {
          const old = before.get(i.id);
          return old && sameJson(old, i) ? old : i;
        });
        if (sameJson(previous.areas, next.areas)) next.areas = previous.areas;
      }
      previous = cached = next;
      return cached;
    },
  };
}

/** The meeting's areas and mapping items, always current. */
export function useMapping(content: Y.Doc): MappingRead {
  const store = useMemo(() => mappingStore(content), [content]);
  return useSyncExternalStore(store.subscribe, store.get);
}

/** The board layout for the meeting's areas. */
export function useBoardLayout(mapping: MappingRead) {
  const ids = mapping.areas.map((a) => a.id).join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => boardLayout(mapping.areas.map((a) => a.id)), [ids]);
}
