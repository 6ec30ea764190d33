import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const pairAfter = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-pair-after').map((c) => [c.holds, c.figures.map((f) => f.value)]);
const mismatches = (text: string) => checksOf('ratio', text).filter((c) => !c.holds);

describe('a share followed by the year before\'s pair in brackets', () => {
  it('does not take the year before\'s pair for this year\'s share', () => {
    const text = 'Women account for 31.4% of managers in Japan (FY2022: 1,124 of 3,820 managers, or 29.4%).';
    expect(pairAfter(text)).toEqual([]);
    expect(mismatches(text)).toEqual([]);
  });

  it('still reads this year\'s own pair in brackets', () => {
    expect(pairAfter('Women account for 31.4% of managers in Japan (1,124 of 3,580).')).toEqual([[true, [1_124, 3_580, 31.4]]]);
  });

  it('reads the year before\'s pair against its own share in the bracket, holding or not', () => {
    const pairBefore = (share: string) =>
      checksOf('ratio', `Women account for 31.4% of managers in Japan (FY2022: 1,124 of 3,820 managers, ${share}%).`)
        .filter((c) => c.rule === 'ratio.share-of-pair-before')
        .map((c) => [c.holds, c.figures.map((f) => f.value)]);
    expect(pairBefore('or 29.4')).toEqual([[true, [1_124, 3_820, 29.4]]]);
    expect(pairBefore('29.4')).toEqual([[true, [1_124, 3_820, 29.4]]]);
    expect(pairBefore('or 32.4')).toEqual([[false, [1_124, 3_820, 32.4]]]);
  });
});
