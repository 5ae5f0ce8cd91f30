import { describe, expect, it } from 'vitest';
import { changeOverflow, overflowOf, pastedText, roomFor } from './limit';

describe('a text field’s limit', () => {
  it('gives a paste the room left, plus what it replaces', () => {
    expect(roomFor(20_000, 150, 0)).toBe(19_850);
    expect(roomFor(20_000, 20_000, 0)).toBe(0);
    expect(roomFor(20_000, 20_000, 40)).toBe(40);
    // Over the limit after two people typed at once: only what is replaced may be put back.
    expect(roomFor(20_000, 20_050, 10)).toBe(10);
  });

  it('refuses a paste that does not fit, whole, and says how long it was and how much fitted', () => {
    expect(overflowOf('paste', 20_000, 150, 0, 100_000)).toEqual({ how: 'paste', size: 100_000, room: 19_850 });
    expect(overflowOf('paste', 20_000, 150, 0, 19_850)).toBeNull();
    expect(overflowOf('paste', 20_000, 20_000, 5, 5)).toBeNull();
    expect(overflowOf('paste', 20_000, 20_000, 5, 6)).toEqual({ how: 'paste', size: 6, room: 5 });
    expect(overflowOf('paste', undefined, 150, 0, 100_000)).toBeNull();
  });

  it('refuses typing that would pass the limit, and takes any change that does not', () => {
    const full = 'a'.repeat(10);
    expect(changeOverflow(10, full, `${full}b`)).toEqual({ how: 'type', size: 1, room: 0 });
    expect(changeOverflow(10, 'abc', 'abcdefghij')).toBeNull();
    expect(changeOverflow(10, 'abc', 'abcdefghijk')).toEqual({ how: 'type', size: 8, room: 7 });
    // Replacing a selection with as much text, or deleting, always fits.
    expect(changeOverflow(10, full, 'aaaaaaaaXY')).toBeNull();
    expect(changeOverflow(10, full, 'aaaa')).toBeNull();
    // A text already too long may be shortened, never lengthened.
    expect(changeOverflow(10, 'a'.repeat(12), 'a'.repeat(11))).toBeNull();
    expect(changeOverflow(10, 'a'.repeat(12), 'a'.repeat(13))).not.toBeNull();
    expect(changeOverflow(undefined, '', 'x'.repeat(100))).toBeNull();
  });

  it('counts a pasted line break as the field will hold it', () => {
    expect(pastedText('a\r\nb\rc\nd', false)).toBe('a\nb\nc\nd');
    expect(pastedText('a\r\nb\nc', true)).toBe('a b c');
  });
});
