import { describe, expect, it } from 'vitest';
import { createI18n, resources } from '../i18n';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('the wording of the minutes', () => {
  it('has the same keys in bokmål, nynorsk and English', () => {
    const nb = keys(resources.nb.minutes).sort();
    expect(keys(resources.nn.minutes).sort()).toEqual(nb);
    expect(keys(resources.en.minutes).sort()).toEqual(nb);
  });
  it('speaks the meeting language, with Norwegian letters intact', () => {
    expect(createI18n('nb').t('minutes:sections.participants')).toBe('Hvem deltok');
    expect(createI18n('nn').t('minutes:sections.participants')).toBe('Kven deltok');
    expect(createI18n('en').t('minutes:page.downloadsCount', { count: 2 })).toBe('2 downloads');
  });
});
