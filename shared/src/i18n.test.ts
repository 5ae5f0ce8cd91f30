import { describe, expect, it } from 'vitest';
import { createI18n, formatDateTime, resources } from './i18n';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('interface wording', () => {
  it('has the same keys in bokmål, nynorsk and English in every namespace', () => {
    for (const namespace of Object.keys(resources.nb) as (keyof typeof resources.nb)[]) {
      const nb = keys(resources.nb[namespace]).sort();
      expect(nb.length, namespace).toBeGreaterThan(0);
      expect(keys(resources.nn[namespace]).sort(), `nn ${namespace}`).toEqual(nb);
      expect(keys(resources.en[namespace]).sort(), `en ${namespace}`).toEqual(nb);
    }
  });
  it('speaks bokmål by default and nynorsk when asked', () => {
    expect(createI18n().t('agenda.purpose')).toBe('Hensikten med møtet');
    expect(createI18n('nn').t('agenda.purpose')).toBe('Føremålet med møtet');
  });
  it('writes dates the Norwegian way in Oslo time', () => {
    expect(formatDateTime('2026-03-02T07:30:00Z', 'nb')).toBe('2. mars 2026 kl. 08:30');
  });
});
