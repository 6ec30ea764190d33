import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a space-aligned table whose rows open with a serial number in a column of its own', () => {
  // a BRSR-style table: `1.`, `2.` stand before each row's label, which the row is still read by
  const table = (share: string) => `18. Details as at the end of Financial Year:

Sr.   Particulars                  Total (A)      Male                 Female
No.                                               No. (B)   % (B/A)    No. (C)   % (C/A)
1.    Permanent (D)                  48,260       31,412     65.1%      16,848     34.9%
2.    Other than Permanent (E)        2,140        1,380     ${share}          760     35.5%
3.    Total employees (D + E)        50,400       32,792     65.1%      17,608     34.9%
`;

  it('checks each share cell over its row total', () => {
    const ratios = checksOf('ratio', table('64.5%')).filter((c) => c.figures.some((f) => f.value === 64.5));
    expect(ratios).toMatchObject([{ holds: true, figures: [{ value: 1380 }, { value: 2140 }, { value: 64.5 }] }]);
  });

  it('finds a slip in one of them', () => {
    const ratios = checksOf('ratio', table('46.5%')).filter((c) => !c.holds);
    expect(ratios).toMatchObject([{ figures: [{ value: 1380 }, { value: 2140 }, { value: 46.5 }] }]);
  });

  it('adds the rows up to their total row', () => {
    const sums = checksOf('sum', table('64.5%')).filter((c) => c.figures[0]!.value === 50_400);
    expect(sums).toMatchObject([{ holds: true, figures: [{ value: 50_400 }, { value: 48_260 }, { value: 2_140 }] }]);
  });
});
