import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const values = (text: string) => checksOf('consistency', text).map((c) => [c.holds, c.rule, c.figures.map((f) => f.value)]);

describe('a segment of a whole, and a column of an earlier year (consistency.ts)', () => {
  const report = (after: string) =>
    'It was a year of steady demand across our markets. Net sales rose 3.8% to\nUS$642.0 million and EBITDA grew 2.9% to US$151.2 million, on firmer pricing across our\n\n' +
    'Table 3: Net sales and EBITDA by region (US$ million)\n                         Net sales              EBITDA\nRegion                 FY2022     FY2023        FY2022     FY2023\n' +
    'Canada                  402.6      421.9          95.2       98.1\nMexico                  216.0      220.1          51.7       53.1\nTotal                   618.6      642.0         146.9      151.2\n\n' +
    after;

  it('never sets the whole\'s rate against a region\'s, the region a row of the document\'s table', () => {
    expect(values(report('Canada net sales rose 4.8% to US$421.9 million on firmer pricing, and Mexico\'s grew 1.9% on\nstronger volumes.\n'))).toEqual([]);
  });

  it('still sets two statements of the whole\'s rate against each other', () => {
    expect(values(report('Group net sales rose 4.8% to US$642.0 million on firmer pricing.\n'))).toContainEqual([false, 'consistency.same-metric', [3.8, 4.8]]);
  });

  const kpi = (text: string) => `${text}\n\n附录 关键绩效表\n指标\t单位\t2021年\t2022年\t2023年\n经济绩效\n销售收入\t亿元\t318.2\t356.1\t386.6\n环境绩效\n用水总量\t万吨\t12.6\t12.1\t11.8\n`;

  it('never sets a text figure of the report\'s year against a KPI table\'s earlier column, the years in the header over a sub-heading', () => {
    const checks = values(kpi('2023年，公司全年实现销售收入368.6亿元，同比增长3.5%。'));
    expect(checks.filter(([, , v]) => (v as number[]).includes(35_610_000_000))).toEqual([]);
    expect(checks).toContainEqual([false, 'consistency.same-metric', [36_860_000_000, 38_660_000_000]]);
  });

  it('nor a text figure that names no year', () => {
    const checks = values(kpi('公司坚持安全第一，全年实现销售收入368.6亿元，同比增长3.5%。'));
    expect(checks.filter(([, , v]) => (v as number[]).includes(35_610_000_000))).toEqual([]);
  });
});
