import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('shares in a table', () => {
  it('reads a share column against the total row that stands at 100 %', () => {
    const table = (share: string) => `地区\t营业收入\t占营业收入比重\n境内\t1,126,830\t60.45%\n境外\t737,370\t${share}\n合计\t1,864,200\t100.00%\n`;
    expect(checksOf('ratio', table('39.55%')).map((c) => c.holds)).toEqual([true, true]);
    expect(checksOf('ratio', table('39.45%')).find((c) => !c.holds)).toMatchObject({ stated: 39.45, rule: 'ratio.table-share-column' });
  });

  it('reads a row named for another row as its share of the total row above it, year by year', () => {
    const table = (last: string) => `指标\t单位\t2022 年\t2023 年\n员工总数\t人\t3,508\t3,561\n男性员工\t人\t2,541\t2,562\n女性员工\t人\t967\t999\n女性员工占比\t%\t27.6\t${last}\n`;
    expect(checksOf('ratio', table('28.1')).map((c) => [c.holds, c.rule])).toEqual([
      [true, 'ratio.table-share-row'],
      [true, 'ratio.table-share-row'],
    ]);
    expect(checksOf('ratio', table('26.1')).filter((c) => !c.holds)).toHaveLength(1);
  });
});

describe('a share row of a `其中` row', () => {
  it('reads `绿色电力使用比例` as the `其中：绿色电力` row over the row it breaks down, year by year', () => {
    const table = (share: string) => `指标\t单位\t2022年\t2023年\n外购电力\t万千瓦时\t312,580\t368,940\n其中：绿色电力\t万千瓦时\t96,420\t152,360\n绿色电力使用比例\t%\t30.8\t${share}\n`;
    const rows = (share: string) => checksOf('ratio', table(share)).filter((c) => c.rule === 'ratio.table-share-row');
    expect(rows('41.3').map((c) => [c.holds, c.stated])).toEqual([
      [true, 30.8],
      [true, 41.3],
    ]);
    expect(rows('43.1')).toMatchObject([{ holds: false, stated: 43.1 }, { holds: true }]);
  });
});

describe('a share column rounded to add up to 100', () => {
  const table = (other: string, otherShare: string) =>
    ['项目\t2022年\t占比(%)', `基础设施\t152,006.71\t41.68`, `清洁能源\t103,284.55\t28.32`, `节能环保\t54,331.20\t14.90`, `其他\t${other}\t${otherShare}`, '合计\t364,655.40\t100.00', ''].join('\n');

  it('lets each share lie one step of its last digit from its quotient (41.685 written 41.68)', () => {
    expect(checksOf('ratio', table('55,032.94', '15.10')).filter((c) => !c.holds)).toEqual([]);
  });

  it('holds each share to its quotient when the column does not add up to its 100 (no rounding to make it)', () => {
    expect(checksOf('ratio', table('55,032.94', '15.20')).filter((c) => !c.holds).map((c) => c.stated)).toEqual([41.68, 15.2]);
  });
});


describe('a share column named for a column of amounts', () => {
  it('reads `Women (%)` as the Women column over the row\'s whole just before it, row by row', () => {
    const table = (last: string) => `Business unit\tEmployees\tWomen\tWomen (%)\tTarget (%)\nRetail\t5,820\t3,164\t54.4%\t50.0%\nLogistics\t2,416\t498\t20.6%\t30.0%\nHead office\t1,208\t611\t${last}\t50.0%\n`;
    const shares = (last: string) => checksOf('ratio', table(last)).filter((c) => c.rule === 'ratio.table-share-of-column');
    expect(shares('50.6%').map((c) => [c.holds, c.stated])).toEqual([
      [true, 54.4],
      [true, 20.6],
      [true, 50.6],
    ]);
    expect(shares('56.0%').filter((c) => !c.holds)).toMatchObject([{ stated: 56 }]);
  });

  it('reads `女性占比` as the `其中：女性` column over the row\'s whole just before it', () => {
    const table = (last: string) => `员工类别\t员工人数\t其中：女性\t女性占比\n快递员\t98,460\t8,120\t8.2%\n运输司机\t21,650\t870\t4.0%\n管理及职能人员\t12,870\t6,210\t${last}\n`;
    const shares = (last: string) => checksOf('ratio', table(last)).filter((c) => c.rule === 'ratio.table-share-of-column');
    expect(shares('48.3%').map((c) => [c.holds, c.stated])).toEqual([
      [true, 8.2],
      [true, 4],
      [true, 48.3],
    ]);
    expect(shares('43.8%').filter((c) => !c.holds)).toMatchObject([{ stated: 43.8 }]);
  });
});

describe('a substitution rate row under a breakdown', () => {
  it('reads `替代燃料替代率` as the `替代燃料` row over the row its `其中` breakdown is of', () => {
    const table = (last: string) => `指标\t单位\t2022年\t2023年
综合能源消耗量\t万吨标准煤\t598.7\t580.3
其中：煤炭\t万吨标准煤\t508.2\t483.1
电力\t万吨标准煤\t73.1\t74.6
替代燃料\t万吨标准煤\t17.4\t22.6
替代燃料替代率\t%\t2.9\t${last}
`;
    const shares = (last: string) => checksOf('ratio', table(last)).filter((c) => c.rule === 'ratio.table-share-row');
    expect(shares('3.9').map((c) => [c.holds, ...c.figures.map((f) => f.value)])).toEqual([
      [true, 17.4e4, 598.7e4, 2.9],
      [true, 22.6e4, 580.3e4, 3.9],
    ]);
    expect(shares('4.9').filter((c) => !c.holds)).toMatchObject([{ stated: 4.9 }]);
  });
});

describe('a share row naming its whole after `in` (an ESRS energy mix)', () => {
  const mix = (fossil: string) => `E1-5 Energy consumption and mix (MWh)                                                2023
Total fossil energy consumption                                                 1,124,800
Share of fossil sources in total energy consumption (%)                              ${fossil}
Consumption from nuclear sources                                                  186,200
Share of consumption from nuclear sources in total energy consumption (%)             7.5
Total renewable energy consumption                                              1,175,400
Total energy consumption                                                        2,486,400
`;
  const shares = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-share-row').map((c) => [c.holds, c.figures.map((f) => f.value)]);

  it('is the row just above over the row it names, below it', () => {
    expect(shares(mix('45.2'))).toEqual([[true, [1_124_800, 2_486_400, 45.2]], [true, [186_200, 2_486_400, 7.5]]]);
    expect(shares(mix('42.5'))).toContainEqual([false, [1_124_800, 2_486_400, 42.5]]);
  });
});

describe('a share column after columns of two years and a change', () => {
  const table = (share: string) => `表1  绿色贷款按投向分类                                   单位：亿元
项目                          2023年末      2022年末      较年初增长（%）     占比（%）
节能环保产业                    68.42         52.16           31.17            14.06
清洁生产产业                    34.86         28.64           12.72             ${share}
清洁能源产业                   142.68        104.32           36.77            29.33
基础设施绿色升级               240.60        189.04           27.27            49.45
合计                           486.52        374.16           30.03           100.00
`;

  it('is of the amount column whose cells give its shares, not the nearest', () => {
    const checks = checksOf('ratio', table('7.17')).filter((c) => c.rule === 'ratio.table-share-column');
    expect(checks).toHaveLength(4);
    expect(checks.every((c) => c.holds && c.figures[1]!.value === 48_652_000_000)).toBe(true);
    expect(checksOf('ratio', table('7.71')).filter((c) => !c.holds)).toMatchObject([{ stated: 7.71, figures: [{ value: 3_486_000_000 }, { value: 48_652_000_000 }, {}] }]);
  });
});

describe('percentage rows under a rate', () => {
  it('reads `男性 | % |` under `整體流失率 | % |` as the men`s rate, no share of the leavers', () => {
    const table = `關鍵績效指標                     單位          2023年          2022年
B1.1 僱員總數                    人            6,842           6,615
  按性別：男性                   人            3,216           3,128
          女性                   人            3,626           3,487
B1.2 僱員流失
  離職僱員總數                   人            2,094             —
    男性                         人              913             —
    女性                         人            1,181             —
  整體流失率（附註4）            %              30.6             —
    男性                         %              28.4             —
    女性                         %              32.6             —
`;
    expect(checksOf('ratio', table).filter((c) => c.rule === 'ratio.table-share-row')).toEqual([]);
    const english = 'KPI\tUnit\t2023\t2022\nTotal employees who left\tpersons\t2,094\t1,986\nMale\tpersons\t913\t874\nFemale\tpersons\t1,181\t1,112\nOverall turnover rate (Note 4)\t%\t30.6\t30.0\nMale\t%\t28.4\t27.9\nFemale\t%\t32.6\t31.9\n';
    expect(checksOf('ratio', english).filter((c) => c.rule === 'ratio.table-share-row')).toEqual([]);
  });
});

describe('a share row that names neither of its rows', () => {
  const table = (last: string) => `Category                               Unit              2021          2022          2023
Energy consumption                     TJ                68,426        66,842        64,218
  Renewable energy                     TJ                 1,246         2,186         3,428
Renewable energy ratio                 %                    1.8           3.3           ${last}
Waste generated                        tons             142,860       138,420       131,640
  Recycled                             tons             118,240       117,930       115,050
Recycling rate                         %                   82.8          85.2          87.4
`;
  const pairs = (last: string) => checksOf('ratio', table(last)).filter((c) => c.rule === 'ratio.table-share-row-pair').map((c) => [c.holds, c.figures.map((f) => f.value)]);

  it('reads each column as the one pair of rows that gives the most columns', () => {
    expect(pairs('5.3')).toEqual([
      [true, [1_246, 68_426, 1.8]],
      [true, [2_186, 66_842, 3.3]],
      [true, [3_428, 64_218, 5.3]],
      [true, [118_240, 142_860, 82.8]],
      [true, [117_930, 138_420, 85.2]],
      [true, [115_050, 131_640, 87.4]],
    ]);
  });

  it('calls the column that pair misses a mismatch', () => {
    expect(pairs('5.8').filter(([holds]) => !holds)).toEqual([[false, [3_428, 64_218, 5.8]]]);
  });
});
