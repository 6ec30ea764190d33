import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe("the figure a present one is set against (`96.4 Ml/d against 101.2 Ml/d the year before`)", () => {
  it("is no share's part: the share is of this year's figure", () => {
    const text = (share: string) =>
      `We put 526.8 Ml/d of distribution input into supply in 2023-24. Leakage averaged 96.4 Ml/d against 101.2 Ml/d the year before, a reduction of 4.7%, and leakage was equal to ${share}% of distribution input.`;
    expect(checksOf('ratio', text('18.3')).filter((c) => c.figures.some((f) => f.value === 101.2))).toEqual([]);
    expect(checksOf('ratio', text('18.3'))).toMatchObject([{ holds: true, figures: [{ value: 96.4 }, { value: 526.8 }, { value: 18.3 }] }]);
  });
});
