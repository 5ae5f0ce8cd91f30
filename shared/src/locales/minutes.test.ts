import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';

describe('the wording of the minutes', () => {
  it('speaks the meeting language, with Norwegian letters intact', () => {
    expect(createI18n('nb').t('minutes:sections.participants')).toBe('Hvem deltok');
    expect(createI18n('nn').t('minutes:sections.participants')).toBe('Kven deltok');
    expect(createI18n('en').t('minutes:page.downloadsCount', { count: 2 })).toBe('2 downloads');
  });
});
