import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a table flattened to one space between its cells', () => {
  const energy = (total2023: string) =>
    ['2. Energy', 'Metric Unit FY2021 FY2022 FY2023', 'Diesel TJ 11,842 12,206 12,418', 'Electricity TJ 4,126 4,310 4,422', `Total energy consumed TJ 15,968 16,516 ${total2023}`, ''].join('\n');

  it('adds each year\'s rows up to its marked total row, and calls a miss a mismatch', () => {
    expect(checksOf('sum', energy('16,840')).map((c) => [c.holds, c.stated])).toEqual([
      [true, 15_968],
      [true, 16_516],
      [true, 16_840],
    ]);
    expect(checksOf('sum', energy('16,480')).filter((c) => !c.holds)).toMatchObject([{ stated: 16_480, expected: 16_840 }]);
  });

  it('takes a `%` row for the share of the row of its label over the total row, in each year', () => {
    const people = (women2023: string) =>
      ['Metric Unit FY2021 FY2022 FY2023', 'Total employees persons 15,284 15,612 15,940', 'Women persons 2,751 2,966 3,188', `Women % 18.0 19.0 ${women2023}`, ''].join('\n');
    expect(checksOf('ratio', people('20.0')).map((c) => [c.holds, c.stated])).toEqual([
      [true, 18],
      [true, 19],
      [true, 20],
    ]);
    expect(checksOf('ratio', people('22.0')).filter((c) => !c.holds)).toMatchObject([{ stated: 22, rule: 'ratio.table-share-row' }]);
    const zh = ['指标 单位 2021 年 2022 年 2023 年', '员工总数 人 11,236 11,872 12,460', '女性员工 人 3,511 3,742 3,987', '女性员工占比 % 31.2 31.5 32.0', ''].join('\n');
    expect(checksOf('ratio', zh).map((c) => c.holds)).toEqual([true, true, true]);
  });
});
