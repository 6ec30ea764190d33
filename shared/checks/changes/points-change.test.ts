import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const points = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.percentage-points');

describe('a share that changed by percentage points', () => {
  it('recomputes `占比 38.0%，较 2022 年的 31.5% 提升 N 个百分点`', () => {
    const text = (pp: string) => `其中可再生能源电力 15.8 亿千瓦时，占比 38.0%，较 2022 年的 31.5% 提升 ${pp} 个百分点。`;
    expect(points(text('6.5'))).toMatchObject([{ holds: true, expected: 6.5 }]);
    expect(points(text('5.6'))).toMatchObject([{ holds: false, stated: 5.6 }]);
  });

  it('recomputes `rose from 18.2% in 2022 to 20.5% in 2023, an increase of N percentage points`, the earlier share first', () => {
    const text = (pp: string) => `The proportion of women in management rose from 18.2% in 2022 to 20.5% in 2023, an increase of ${pp} percentage points.`;
    expect(points(text('2.3'))).toMatchObject([{ holds: true, figures: [{ value: 18.2, role: 'old' }, { value: 20.5, role: 'new' }, { value: 2.3 }] }]);
    expect(points(text('3.2'))).toMatchObject([{ holds: false }]);
  });

  it('reads the share after `from` as the earlier: `38.0%, up 6.5 percentage points from 31.5%`', () => {
    expect(points('Renewables were 1.58 billion kWh, accounting for 38.0%, up 6.5 percentage points from 31.5% in 2022.')).toMatchObject([
      { holds: true, figures: [{ value: 31.5, role: 'old' }, { value: 38, role: 'new' }, { value: 6.5 }] },
    ]);
  });

  it('reads the year before\'s share in a bracket as the earlier: `fell N percentage points to 4.6% (2022/23: 5.3%)`', () => {
    const text = (pp: string) => `Our median gap fell ${pp} percentage points to 4.6% (2022/23: 5.3%).`;
    expect(points(text('0.7'))).toMatchObject([{ holds: true, figures: [{ value: 5.3, role: 'old' }, { value: 4.6, role: 'new' }, { value: 0.7 }] }]);
    expect(points(text('0.9'))).toMatchObject([{ holds: false, stated: 0.9 }]);
  });

  it('says nothing when neither share is said as the earlier one (two unrelated rates)', () => {
    expect(points('绿色贷款余额 3,862.47 亿元，增幅 26.63%，高于各项贷款平均增速 17.2 个百分点，绿色贷款占各项贷款比重提升至 9.8%。')).toEqual([]);
    expect(points('公司第四季度营业收入环比增长 12.4%，毛利率为 21.6%，较上年同期提升 0.9 个百分点。')).toEqual([]);
  });
});

describe('a share compared with last year', () => {
  it('is no result of this year\'s figures: `15.8 / 41.6`, stated `较 2022 年的 31.5%`', () => {
    const ratios = checksOf('ratio', '数据中心总耗电量 41.6 亿千瓦时，其中可再生能源电力 15.8 亿千瓦时，占比 38.0%，较 2022 年的 31.5% 提升 6.5 个百分点。');
    expect(ratios.filter((c) => !c.holds)).toEqual([]);
    expect(ratios).toMatchObject([{ holds: true, stated: 38 }]);
  });
});

describe('a change of points said by its noun, against a share set beside the year before\'s', () => {
  it('recomputes `72.6% of our fleet, against 69.1% a year earlier, an improvement of N percentage points`', () => {
    const text = (pp: string) => `At year end, 1,412 of our vehicles were electric or hybrid, 72.6% of our fleet, against 69.1% a year earlier, an improvement of ${pp} percentage points.`;
    expect(points(text('3.5'))).toMatchObject([{ holds: true, figures: [{ value: 69.1, role: 'old' }, { value: 72.6, role: 'new' }, { value: 3.5 }] }]);
    expect(points(text('5.3'))).toMatchObject([{ holds: false }]);
  });

  it('recomputes `6.2%, down from 7.9% in 2022, a narrowing of N percentage points`', () => {
    const text = (pp: string) => `Our mean ethnicity pay gap was 6.2%, down from 7.9% in 2022, a narrowing of ${pp} percentage points.`;
    expect(points(text('1.7'))).toMatchObject([{ holds: true }]);
    expect(points(text('7.1'))).toMatchObject([{ holds: false }]);
  });
});

describe('a points change whose year before is bracketed after `较上年`', () => {
  it('recomputes `覆盖率达到 81.3%，较上年（212 家，74.6%）提高 N 个百分点`', () => {
    const text = (pp: string) => `公司持续推进能源管理体系认证，覆盖率达到81.3%，较上年（212家，74.6%）提高${pp}个百分点。`;
    expect(points(text('6.7'))).toMatchObject([{ holds: true, figures: [{ value: 74.6, role: 'old' }, { value: 81.3, role: 'new' }, { value: 6.7 }] }]);
    expect(points(text('7.6'))).toMatchObject([{ holds: false }]);
  });
});

describe('points said against the year before of a share whose year before only a table gives', () => {
  const page = (points: string) => `2023年绿色包装使用率达到92.3%，较上年提高${points}个百分点。

表2-1 能源与排放绩效
指标\t单位\t2021年\t2022年\t2023年
分拨中心用电量\t亿千瓦时\t6.12\t7.18\t8.07
绿色包装使用率\t%\t78.4\t86.5\t92.3
`;

  it('takes the year before from the row the sentence names whose latest cell the share restates', () => {
    const points = (p: string) => checksOf('change', page(p)).filter((c) => c.rule === 'change.percentage-points-against-table');
    expect(points('5.8').map((c) => [c.holds, ...c.figures.map((f) => f.value)])).toEqual([[true, 86.5, 92.3, 5.8]]);
    expect(points('6.8')).toMatchObject([{ holds: false, stated: 6.8 }]);
  });

  it('says nothing when the sentence names no row of the table', () => {
    expect(checksOf('change', page('5.8').replace('绿色包装使用率达到', '回收率达到')).filter((c) => c.rule === 'change.percentage-points-against-table')).toEqual([]);
  });
});

describe('a share\'s change said in bare `points`', () => {
  it('recomputes `rose to 76.4% from 58.2%, up N points`', () => {
    const text = (p: string) => `The share of male employees taking childcare leave rose to 76.4% from 58.2%, up ${p} points.`;
    expect(points(text('18.2'))).toMatchObject([{ holds: true, figures: [{ value: 58.2, role: 'old' }, { value: 76.4, role: 'new' }, { value: 18.2 }] }]);
    expect(points(text('16.2'))).toMatchObject([{ holds: false, stated: 16.2 }]);
  });

  it('takes the year before from the row `up N points from FY2022` names, its closing `ratio` unsaid', () => {
    const page = (p: string) => `Environmental data
Item                                   Unit                FY2021        FY2022        FY2023
Water withdrawal                       million m3          48.6          47.2          45.9
Renewable electricity ratio            %                   18.4          23.6          29.2

Renewable electricity reached 29.2% of the electricity we use (486 GWh of 1,664 GWh), up ${p} points from FY2022.
`;
    const against = (p: string) => checksOf('change', page(p)).filter((c) => c.rule === 'change.percentage-points-against-table');
    expect(against('5.6').map((c) => [c.holds, ...c.figures.map((f) => f.value)])).toEqual([[true, 23.6, 29.2, 5.6]]);
    expect(against('4.6')).toMatchObject([{ holds: false, stated: 4.6 }]);
  });
});

describe('percentage points written `%p`', () => {
  it('reads `up N%p` as points, not as a second share, against the row the share restates', () => {
    const page = (p: string) => `Resource circulation
Category                     Unit        2021        2022        2023
Waste generated              tons        61,240      58,910      57,330
Waste recovery rate          %           79.6        81.3        84.7

The waste recovery rate reached 84.7%, up ${p}%p, as more waste was sent to recyclers.`;
    const points = (p: string) => checksOf('change', page(p)).filter((c) => c.rule === 'change.percentage-points-against-table');
    expect(points('3.4').map((c) => [c.holds, ...c.figures.map((f) => f.value)])).toEqual([[true, 81.3, 84.7, 3.4]]);
    expect(points('4.4')).toMatchObject([{ holds: false, stated: 4.4 }]);
  });

  it('recomputes `from 41.2% to 45.6%, up N%p`', () => {
    const text = (p: string) => `The share of women in new hires rose from 41.2% to 45.6%, up ${p}%p.`;
    expect(points(text('4.4'))).toMatchObject([{ holds: true, figures: [{ value: 41.2, role: 'old' }, { value: 45.6, role: 'new' }, { value: 4.4 }] }]);
    expect(points(text('5.4'))).toMatchObject([{ holds: false, stated: 5.4 }]);
  });
});
