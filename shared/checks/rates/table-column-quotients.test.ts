import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const quotients = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-column-quotient').map((c) => [c.holds, c.figures.map((f) => f.value)]);
const table = (margin: string) => `Segmental performance
                          Revenue                          Adjusted operating profit
£m                        2023       2022      Change       2023       2022    Margin 2023
Packaging              1,284.6    1,198.2       7.2%       168.4      152.6          13.1%
Specialty Materials      842.5      806.3       4.5%       112.6      104.8          13.4%
Services                 359.2      332.3       8.1%        48.2       44.6          ${margin}%
Group                  2,486.3    2,336.8       6.4%       312.8      286.7          12.6%
`;

describe('a column of percentages that is one column of its row over another', () => {
  it('finds the pair of columns its rows are the quotient of (a margin: profit over revenue)', () => {
    expect(quotients(table('13.4'))).toEqual([
      [true, [168.4e6, 1_284.6e6, 13.1]],
      [true, [112.6e6, 842.5e6, 13.4]],
      [true, [48.2e6, 359.2e6, 13.4]],
      [true, [312.8e6, 2_486.3e6, 12.6]],
    ]);
  });

  it('calls a row the pair does not give a mismatch', () => {
    expect(quotients(table('14.3'))).toContainEqual([false, [48.2e6, 359.2e6, 14.3]]);
  });

  it('says nothing of a column of changes, which no pair of its row gives', () => {
    expect(checksOf('ratio', table('13.4')).filter((c) => c.figures.some((f) => f.value === 7.2))).toEqual([]);
  });
});

describe('a column headed as the share of another column', () => {
  it('is left to the share-column rule, not checked twice', () => {
    const table = '员工构成\n类别\t员工人数\t其中：女性\t女性占比\n生产人员\t36,418\t4,862\t13.4%\n技术人员\t6,824\t1,586\t23.2%\n其他人员\t1,522\t684\t44.9%\n';
    const rules = checksOf('ratio', table).map((c) => c.rule);
    expect(rules).toContain('ratio.table-share-of-column');
    expect(rules).not.toContain('ratio.table-column-quotient');
  });
});
