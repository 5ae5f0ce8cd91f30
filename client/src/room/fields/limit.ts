/**
 * A text field's limit, kept without cutting anything. A paste, a drop or typing that would make the
 * text longer than the limit is not taken at all: the field keeps what it had and says how much was
 * refused and how much room there is. (The browser's maxlength would cut a paste at the limit and
 * drop the rest without a word.)
 */
import { useState } from 'react';
import { changedSpan } from '../../lib/ytext';

/** What a field refused: an insert of `size` characters (pasted, dropped or typed) where `room` more fitted. */
export type Overflow = { how: 'paste' | 'drop' | 'type'; size: number; room: number };

/**
 * How many characters an insert may have in a field holding `length` characters, `selected` of which
 * it replaces. A text already over the limit (two people typed at once) may still be shortened.
 */
export function roomFor(limit: number, length: number, selected: number): number {
  return selected + Math.max(0, limit - length);
}

/** What an insert of `size` characters over `selected` ones would overflow, or null when it fits (or there is no limit). */
export function overflowOf(how: Overflow['how'], limit: number | undefined, length: number, selected: number, size: number): Overflow | null {
  if (limit === undefined) return null;
  const room = roomFor(limit, length, selected);
  return size > room ? { how, size, room } : null;
}

/** What a change of the field's text from `before` to `after` overflows, or null when it fits. */
export function changeOverflow(limit: number | undefined, before: string, after: string): Overflow | null {
  const { start, endBefore, endAfter } = changedSpan(before, after);
  return overflowOf('type', limit, before.length, endBefore - start, endAfter - start);
}

/** The text a paste puts into a field: a textarea keeps one character per line break, a single line makes it a space. */
export function pastedText(raw: string, singleLine: boolean): string {
  return raw.replace(/\r\n?|\n/g, singleLine ? ' ' : '\n');
}

type Field = HTMLTextAreaElement | HTMLInputElement;

/**
 * A field's guard against going over its limit: `onPaste` and `onDrop` refuse an insert that does not
 * fit before the browser makes it, `allows` refuses any other change that would (typing at the limit,
 * an input method's word) and puts the field back as it was. `overflow` is what was refused, until the
 * next change the field takes.
 */
export function useLimit<E extends Field>(limit: number | undefined) {
  const [overflow, setOverflow] = useState<Overflow | null>(null);
  const singleLine = (el: E) => el instanceof HTMLInputElement;
  const selected = (el: E) => (el.selectionEnd ?? 0) - (el.selectionStart ?? 0);

  const onPaste = (event: React.ClipboardEvent<E>) => {
    const el = event.currentTarget;
    const text = pastedText(event.clipboardData.getData('text/plain'), singleLine(el));
    const found = overflowOf('paste', limit, el.value.length, selected(el), text.length);
    if (!found) return;
    event.preventDefault();
    setOverflow(found);
  };

  const onDrop = (event: React.DragEvent<E>) => {
    const el = event.currentTarget;
    const text = pastedText(event.dataTransfer.getData('text/plain'), singleLine(el));
    // Text dragged within the field moves: the field's length stays.
    const moved = document.activeElement === el && el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) === text;
    const found = overflowOf('drop', limit, el.value.length, moved ? text.length : 0, text.length);
    if (!found) return;
    event.preventDefault();
    setOverflow(found);
  };

  /** Whether the field's change from `before` (what it showed) fits; if not, the field shows `before` again, the replaced part selected. */
  const allows = (el: E, before: string): boolean => {
    const after = el.value;
    const found = changeOverflow(limit, before, after);
    if (!found) {
      setOverflow(null);
      return true;
    }
    const { start, endBefore } = changedSpan(before, after);
    el.value = before;
    el.setSelectionRange(start, endBefore);
    setOverflow(found);
    return false;
  };

  return { overflow, onPaste, onDrop, allows };
}
