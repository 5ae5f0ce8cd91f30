import { describe, expect, it } from 'vitest';
import { readability } from './lix';

describe('LIX', () => {
  it('counts words per sentence and the share of long words', () => {
    // 8 words, 2 sentences, 1 long word ("skolen" is 6 letters, not long; "vanskelig" is): 4 + 12.5.
    expect(readability('Vi vil hjelpe deg. Skolen kan være vanskelig.')).toEqual({ lix: 16.5, words: 8, sentences: 2, longWords: 1 });
  });

  it('ends a sentence at a line end and a colon, not inside a number or a word', () => {
    expect(readability('Dette skal vi snakke om:\nHvem er vi?\nVi starter 8.30').sentences).toBe(3);
    expect(readability('Møtet varer i 60 minutter.').words).toBe(5);
  });

  it('scores adults’ labels far above children’s words', () => {
    expect(readability('Unnslippe sosiale situasjoner og vurderingssituasjoner').lix).toBeGreaterThan(60);
    expect(readability('Jeg vil heller være hjemme.').lix).toBeLessThan(25);
  });
});
