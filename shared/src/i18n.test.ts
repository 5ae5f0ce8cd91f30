import { describe, expect, it } from 'vitest';
import { createI18n, formatDateTime, resources } from './i18n';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('interface wording', () => {
  it('has the same keys in bokmål, nynorsk and English', () => {
    const nb = keys(resources.nb.ui).sort();
    expect(keys(resources.nn.ui).sort()).toEqual(nb);
    expect(keys(resources.en.ui).sort()).toEqual(nb);
  });
  it('speaks bokmål by default and nynorsk when asked', () => {
    expect(createI18n().t('agenda.purpose')).toBe('Hensikten med møtet');
    expect(createI18n('nn').t('agenda.purpose')).toBe('Føremålet med møtet');
  });
  it('writes dates the Norwegian way in Oslo time', () => {
    expect(formatDateTime('2026-03-02T07:30:00Z', 'nb')).toBe('2. mars 2026 kl. 08:30');
  });
});
