import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

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

describe('a scale slip between two labels, one word each once the year and the unit are set aside (consistency.ts)', () => {
  const report = (label: string) =>
    `Company overview\nHeadquarters                 Rotterdam\n${label} (2023)             EUR 2,846.3 million\nEmployees                    4,120\n\n` +
    'Our year\nDemand held up in our main markets, and we kept investing in our plants.\n\n' +
    'Economic performance\nIndicator                 Unit           2021        2022        2023\nSales                     EUR million    24,118.0    26,904.2    28,463.1\nDividends                 EUR million       212.4       230.8       244.6\n';

  it('sets an overview\'s `Sales (2023)` against the data table\'s Sales row, ten times over in the same digits', () => {
    expect(checksOf('consistency', report('Sales')).map((c) => [c.holds, c.figures.map((f) => f.value)])).toContainEqual([false, [2_846_300_000, 28_463_100_000]]);
  });

  it('never sets two labels of other words against each other', () => {
    expect(checksOf('consistency', report('Assets')).filter((c) => c.figures.some((f) => f.value === 2_846_300_000))).toEqual([]);
  });
});
