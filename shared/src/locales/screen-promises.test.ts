import { describe, expect, it } from 'vitest';
import en from './en/meeting';
import nb from './nb/meeting';
import nn from './nn/meeting';

/** Every string of the shared screen's wording, flattened. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const FALSE_PROMISES = {
  nb: /ikke forteller videre|forteller ikke videre|blir mellom oss|ingen andre får vite/i,
  nn: /ikkje fortel vidare|fortel ikkje vidare|blir mellom oss|ingen andre får vite/i,
  en: /do not pass on|stays between us|no one else will know|won't tell anyone/i,
};

describe('what the shared screen tells the child about confidentiality', () => {
  it('never promises that nothing said goes further, in any language, and says when an adult must tell', () => {
    for (const [language, wording] of [['nb', nb], ['nn', nn], ['en', en]] as const) {
      const screen = strings(wording.screen);
      for (const text of screen) expect(text, `${language}: ${text}`).not.toMatch(FALSE_PROMISES[language]);
      expect(wording.screen.mustTell, language).toBeTruthy();
      expect(wording.screen.whoGetsIt, language).toBeTruthy();
    }
  });
});
