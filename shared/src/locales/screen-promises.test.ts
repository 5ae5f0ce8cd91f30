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
      // Everything the shared screen can say: both ages' wording and the goodbye when the meeting ends now.
      const screen = strings([wording.screen, wording.screenYounger, wording.ended.screenTitle, wording.ended.screenLead]);
      for (const text of screen) expect(text, `${language}: ${text}`).not.toMatch(FALSE_PROMISES[language]);
      expect(wording.screen.mustTell, language).toBeTruthy();
      expect(wording.screenYounger.mustTell, language).toBeTruthy();
      expect(wording.screen.whoGetsIt, language).toBeTruthy();
    }
  });
});

describe('counts on the shared screen', () => {
  it('agree with their number in every language (never "1 dager borte")', async () => {
    const { createI18n } = await import('../i18n');
    const expected = { nb: ['1 dag borte', '2 dager borte'], nn: ['1 dag borte', '2 dagar borte'], en: ['1 day away', '2 days away'] } as const;
    for (const language of ['nb', 'nn', 'en'] as const) {
      const i18n = createI18n(language);
      const [one, two] = expected[language];
      expect(i18n.t('meeting:screen.absence.validDaysSemester', { count: 1 })).toContain(one);
      expect(i18n.t('meeting:screen.absence.validDaysSemester', { count: 2 })).toContain(two);
      expect(i18n.t('meeting:screen.absence.lateArrivalsLastMonth', { count: 1 })).not.toMatch(/ganger|gonger|times/);
    }
  });
});
