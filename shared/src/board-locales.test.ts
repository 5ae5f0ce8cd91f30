import { describe, expect, it } from 'vitest';
import { resources } from './i18n';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('the board wording', () => {
  it('has the same keys in bokmål, nynorsk and English', () => {
    const nb = keys(resources.nb.board).sort();
    expect(keys(resources.nn.board).sort()).toEqual(nb);
    expect(keys(resources.en.board).sort()).toEqual(nb);
  });
});
