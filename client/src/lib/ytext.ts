/** Binding a textarea or input to a Y.Text so several people can type in it at once. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { textLimitOf } from '@naervaer/shared/content-doc';
import type { WritePlace } from '@naervaer/shared/anonymous';
import { rootNameOf } from '@naervaer/shared/doc';

/** Where `before` and `after` differ: they share [0, start) and their ends from `endBefore` / `endAfter`. */
export function changedSpan(before: string, after: string): { start: number; endBefore: number; endAfter: number } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { start, endBefore, endAfter };
}

/** What a change from `before` to `after` inserts. */
export function insertedPart(before: string, after: string): string {
  const { start, endAfter } = changedSpan(before, after);
  return after.slice(start, endAfter);
}

/** Applies the change from `before` to `after` to a Y.Text as one insert and/or delete. */
export function applyTextChange(text: Y.Text, before: string, after: string): void {
  if (before === after) return;
  const { start, endBefore, endAfter } = changedSpan(before, after);
  text.doc!.transact(() => {
    if (endBefore > start) text.delete(start, endBefore - start);
    if (endAfter > start) text.insert(start, after.slice(start, endAfter));
  });
}

type Delta = { insert?: unknown; delete?: number; retain?: number }[];

/** Where a caret at `position` ends up after a remote change described by `delta`. */
export function shiftPosition(position: number, delta: Delta): number {
  let index = 0;
  let result = position;
  for (const op of delta) {
    if (op.retain) index += op.retain;
    else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (index < position) result += length;
      index += length;
    } else if (op.delete) {
      if (index < position) result -= Math.min(op.delete, position - index);
    }
  }
  return Math.max(0, result);
}

type Field = HTMLTextAreaElement | HTMLInputElement;

/** State and handlers for a text field bound to a Y.Text; keeps the caret in place on remote edits. */
export function useYText<E extends Field>(text: Y.Text) {
  const ref = useRef<E>(null);
  const [value, setValue] = useState(() => text.toString());

  useEffect(() => {
    setValue(text.toString());
    const observer = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      const next = text.toString();
      const el = ref.current;
      if (el && !transaction.local && document.activeElement === el && el.selectionStart !== null) {
        const delta = event.delta as Delta;
        const start = shiftPosition(el.selectionStart, delta);
        const end = shiftPosition(el.selectionEnd ?? el.selectionStart, delta);
        el.value = next;
        el.setSelectionRange(start, end);
      }
      setValue(next);
    };
    text.observe(observer);
    return () => text.unobserve(observer);
  }, [text]);

  // The schema's limit for this text: the input carries it, and says so before it is reached.
  const limit = useMemo(() => textLimitOf(text), [text]);
  const place = useMemo<WritePlace>(() => ({ root: rootNameOf(text) ?? null, key: null, field: null }), [text]);
  /** Sends what was typed, unless `allows` (a meeting's rule) refuses it: then nothing is sent. */
  const change = (event: React.ChangeEvent<E>, allows: (place: WritePlace, value: string) => boolean = () => true) => {
    const before = text.toString();
    const after = event.target.value;
    // The server checks what a change inserts, the person sees the whole field: both must pass.
    if (!allows(place, after) || !allows(place, insertedPart(before, after))) return;
    applyTextChange(text, before, after);
  };
  const onChange = (event: React.ChangeEvent<E>) => change(event);
  return { ref, value, onChange, change, limit, place };
}
