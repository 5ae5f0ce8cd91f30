/** Who leads the board's view right now (the control doc's follow state), as a stable React value. */
import { useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type BoardFollow, observeControl, readBoardFollow } from '@naervaer/shared/doc';

export function useBoardFollow(control: Y.Doc): BoardFollow | null {
  const cache = useRef<{ key: string; value: BoardFollow | null }>({ key: '', value: null });
  return useSyncExternalStore(
    (onChange) => observeControl(control, onChange),
    () => {
      const value = readBoardFollow(control);
      const key = JSON.stringify(value);
      if (key !== cache.current.key) cache.current = { key, value };
      return cache.current.value;
    },
  );
}
