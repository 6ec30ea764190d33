import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';
import { textileEn, textileZh } from '../__fixtures__/textile-pair';

const slips = (letter: string) =>
  checksOf('consistency', ['textile-zh.txt', textileZh(letter)], ['textile-en.txt', textileEn()]).filter((c) => !c.holds && c.rule.startsWith('consistency.translation'));

describe('a large amount left over in each language, several times: the nearest pair first', () => {
  it('pairs the section’s year before with the section’s, and leaves the letter’s slipped figure to the English letter’s', () => {
    expect(slips('8,780')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 87_800_000 }, { value: 84_200_000 }] }]);
  });

  it('says nothing where the letters agree', () => {
    expect(slips('8,420')).toEqual([]);
  });
});
