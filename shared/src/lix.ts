/**
 * LIX (läsbarhetsindex, Björnsson): how hard a Scandinavian text is to read. Words per sentence plus
 * the share of long words (more than six letters) in per cent. Under 25 is children's books; 30 to 40
 * is ordinary prose. The shared screen and the child's summary keep the product's own words at 25 or
 * below, lower for the youngest.
 *
 * A sentence ends at . ! ? or : and at the end of a line (a heading, a list item, a label).
 */
export type Readability = { lix: number; words: number; sentences: number; longWords: number };

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function readability(text: string): Readability {
  let words = 0;
  let longWords = 0;
  let sentences = 0;
  for (const line of text.split(/\n+/)) {
    for (const sentence of line.split(/[.!?:]+(?=\s|$)/)) {
      const found = sentence.match(WORD) ?? [];
      if (found.length === 0) continue;
      sentences += 1;
      words += found.length;
      longWords += found.filter((w) => [...w.replace(/[-'’]/g, '')].length > 6).length;
    }
  }
  const lix = words === 0 ? 0 : words / sentences + (longWords * 100) / words;
  return { lix: Math.round(lix * 10) / 10, words, sentences, longWords };
}
