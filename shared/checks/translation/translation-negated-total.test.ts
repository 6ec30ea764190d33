import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';
import { textileEn, textileZh } from '../__fixtures__/textile-pair';

// a note under a share table says in Chinese what its shares do not add to, in English what they add to: the Chinese
// figure is a value the shares are not, no translation of the English one
const pair = (zhNote: string) =>
  checksOf('consistency', ['zh.txt', `${textileZh('8,420', true)}\n注：占比按四舍五入列示，${zhNote}。`], ['en.txt', `${textileEn(true)}\nShares are rounded and add up to 100.1%.`]).filter(
    (c) => !c.holds && c.figures.some((f) => f.value === 100.1),
  );

describe('a value a translation says the figure is not', () => {
  it('is no value in translation (`合计不等于100.2%` against `add up to 100.1%`)', () => {
    expect(pair('合计不等于100.2%')).toEqual([]);
  });

  it('a value said as the total is one (`合计为100.2%` against `add up to 100.1%`)', () => {
    expect(pair('合计为100.2%')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 100.2 }, { value: 100.1 }] }]);
  });
});
