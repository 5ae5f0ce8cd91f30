import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextChange, shiftPosition } from './ytext';

describe('typing into a shared text field', () => {
  it('turns an edit into the smallest insert and delete', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'Kari er glad');
    applyTextChange(text, 'Kari er glad', 'Kari er veldig glad');
    expect(text.toString()).toBe('Kari er veldig glad');
    applyTextChange(text, 'Kari er veldig glad', 'Kari glad');
    expect(text.toString()).toBe('Kari glad');
  });

  it('keeps both people’s words when they type at the same time', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    applyTextChange(a.getText('t'), '', 'Fra skolen.');
    applyTextChange(b.getText('t'), '', 'Fra hjemmet.');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = a.getText('t').toString();
    expect(merged).toBe(b.getText('t').toString());
    expect(merged).toContain('Fra skolen.');
    expect(merged).toContain('Fra hjemmet.');
  });

  it('moves the caret past text inserted before it and not past text after it', () => {
    expect(shiftPosition(5, [{ insert: 'abc' }])).toBe(8);
    expect(shiftPosition(5, [{ retain: 5 }, { insert: 'abc' }])).toBe(5);
    expect(shiftPosition(5, [{ retain: 2 }, { delete: 2 }])).toBe(3);
    expect(shiftPosition(5, [{ retain: 3 }, { delete: 10 }])).toBe(3);
  });
});
