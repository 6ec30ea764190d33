import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const priorYear = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');
const olds = (found: ReturnType<typeof priorYear>) => found.flatMap((c) => c.figures.filter((f) => f.role === 'old' || f.role === 'mention').map((f) => f.value));

describe('a rate said of a level two tables give with two years before, fitting neither', () => {
  it('is one slip of the rate, said once, naming both years before (English)', () => {
    const report = (rate: string) =>
      `Revenue rose ${rate}% to EUR 545.0 million, led by the ferry routes.\n\nTable 2: Revenue by segment (EUR million)\n\nSegment              2024        2023\nFerries             300.0       275.0\nPorts               245.0       225.0\nTotal               545.0       520.0\n\nKey figures\n\nIndicator           Unit             2024        2023\nRevenue             EUR million     545.0       500.0\nEmployees           persons         2,140       2,086\n`;
    const found = priorYear(report('14.0'));
    expect(found).toMatchObject([{ holds: false, stated: 14 }]);
    expect(olds(found)).toEqual(expect.arrayContaining([520e6, 500e6]));
    // a rate on one of them still finds the other's year before (the total that slipped), and that it disagrees with the one the rate is on
    expect(priorYear(report('9.0')).map((c) => c.holds).sort()).toEqual([false, true]);
    const cells = checksOf('consistency', report('9.0')).filter((c) => c.rule === 'consistency.year-before-cells');
    expect(cells.map((c) => c.figures.map((f) => f.value))).toEqual([[520e6, 500e6]]);
  });

  it('is one slip of `营业收入…同比增长`, naming 表1\'s 合计 and the 关键绩效表\'s row (Chinese)', () => {
    const report = (rate: string) =>
      `报告期内，公司实现营业收入42.80亿元，同比增长${rate}%。\n\n表1 营业收入构成（单位：亿元）\n\n业务          2024年      2023年\n医药流通       26.40       24.10\n零售药店       16.40       14.90\n合计           42.80       39.80\n\n关键绩效表\n\n指标          单位        2024年      2023年\n营业收入       亿元        42.80       39.00\n员工总数       人          5,260       5,104\n`;
    const found = priorYear(report('17.9'));
    expect(found).toMatchObject([{ holds: false, stated: 17.9 }]);
    expect(olds(found)).toEqual(expect.arrayContaining([39.8e8, 39e8]));
  });
});
