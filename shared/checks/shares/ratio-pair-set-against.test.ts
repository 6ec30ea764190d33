import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const pairs = (text: string) => checksOf('ratio', text).filter((c) => c.rule.startsWith('ratio.pair-in-sentence')).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a figure set against an earlier one in its sentence (`against 4,160 employees`)', () => {
  it('is no part of it: this year’s and last year’s figures, each with a share of its own whole', () => {
    expect(pairs('Local hires made up 4,820 employees, 66.4% of the workforce, against 4,160 employees and 62.0% in 2023.')).toEqual([]);
  });

  it('leaves a pair of one year read', () => {
    expect(pairs('Of the 48.2 thousand farms we buy from, 31.9 thousand farms, or 66.2%, were certified.')).toEqual([[true, [31_900, 48_200, 66.2]]]);
  });
});
