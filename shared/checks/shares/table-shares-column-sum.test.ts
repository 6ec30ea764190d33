import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.share-column').map((c) => [c.holds, c.figures.map((f) => f.value)]);
const table = (asia: string, share: string) =>
  ['Sales by region (EUR million)      2023      Share (%)      2022', 'Europe                            3,412        48.6       3,286', `Asia-Pacific                      ${asia}        ${share}       1,902`, 'Americas                          1,566        22.3       1,498', 'Total                             7,022       100.0       6,686', ''].join('\n');

describe('a share column over a total row of 100', () => {
  it('adds up to its 100, each share rounded', () => {
    expect(sums(table('2,044', '29.1'))).toEqual([[true, [100, 48.6, 29.1, 22.3]]]);
  });
  it('is a mismatch when its shares miss 100 by more than their rounding', () => {
    expect(sums(table('2,044', '28.1'))).toEqual([[false, [100, 48.6, 28.1, 22.3]]]);
  });
});

describe('a share column with a `其中` row, part of the row above it', () => {
  // a hospital group's revenue by service: outpatients holds a 其中 row that the total does not count again
  const revenue = (inpatient: string) =>
    [
      '表2 营业收入构成（单位：万元）',
      '项目              2024年      占比（%）      2023年',
      `住院服务          52,180        ${inpatient}        49,640`,
      '门诊服务          31,460        33.7        30,220',
      '其中：体检服务     8,920         9.6         8,140',
      '药品销售           9,680        10.4         9,910',
      '合计              93,320       100.0        89,770',
      '',
    ].join('\n');

  it('adds up its shares without the 其中 row, and calls them a mismatch when they miss 100', () => {
    expect(sums(revenue('55.9'))).toEqual([[true, [100, 55.9, 33.7, 10.4]]]);
    expect(sums(revenue('59.5'))).toEqual([[false, [100, 59.5, 33.7, 10.4]]]);
  });
});
