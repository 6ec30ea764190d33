import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('sums down a table column', () => {
  const segments = (total: string) => `Revenue by segment (£ million)\nSegment\t2023\t2022\nUK Retail\t2,914\t2,803\nInternational\t1,026\t958\nOnline\t287\t241\nTotal\t${total}\t4,002\n`;

  it('adds the rows of a block up to its total row, column by column', () => {
    expect(checksOf('sum', segments('4,227')).map((c) => [c.holds, c.stated])).toEqual([
      [true, 4_227e6],
      [true, 4_002e6],
    ]);
  });

  it('calls a marked total row that its rows do not make a mismatch', () => {
    expect(checksOf('sum', segments('4,218')).find((c) => !c.holds)).toMatchObject({ expected: 4_227e6, stated: 4_218e6, rule: 'sum.table-column' });
  });

  it('says nothing of an unmarked last row its rows do not make', () => {
    // (in no column: one that adds up to it exactly makes it their total, `table-unmarked-total.test.ts`)
    expect(checksOf('sum', segments('4,218').replace('Total\t', 'Group revenue\t').replace('\t4,002', '\t4,020')).filter((c) => !c.holds)).toEqual([]);
  });

  it('never calls a mismatch when a breakdown row (其中) stands among the parts', () => {
    const table = '项目\t2023 年\n华东\t120\n华南\t80\n其中：广东\t50\n合计\t200\n';
    expect(checksOf('sum', table).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('sums along a table row', () => {
  it('adds the cells before a Total column, and calls a wrong total a mismatch', () => {
    const table = (total: string) => `Workforce by gender\n\tFemale\tMale\tTotal\nEmployees\t1,627\t5,215\t${total}\n`;
    expect(checksOf('sum', table('6,842'))).toMatchObject([{ holds: true, rule: 'sum.table-row' }]);
    expect(checksOf('sum', table('6,482'))).toMatchObject([{ holds: false, expected: 6_842 }]);
  });

  it('adds the cells before the latest year\'s Total column (`Total 2023 | Total 2022 | Change`)', () => {
    const table = (total: string) => `Region\tWomen\tMen\tTotal 2023\tTotal 2022\tChange\nNorth\t2,114\t3,062\t5,176\t4,980\t3.9%\nSouth\t1,408\t1,652\t${total}\t2,944\t3.9%\n`;
    const rows = (total: string) => checksOf('sum', table(total)).filter((c) => c.rule === 'sum.table-row');
    expect(rows('3,060').map((c) => [c.holds, c.stated])).toEqual([
      [true, 5_176],
      [true, 3_060],
    ]);
    expect(rows('3,006')).toMatchObject([{ holds: false, expected: 3_060, stated: 3_006 }, { holds: true }]);
  });

  it('holds a row of counts under no unit exact (`Lost-time injuries | 5 | 7 | 11`), a row in a unit to its rounding', () => {
    const table = (row: string) => `Measure\tEmployees\tContractors\tTotal\n${row}\n`;
    expect(checksOf('sum', table('Lost-time injuries\t5\t7\t12'))).toMatchObject([{ holds: true }]);
    expect(checksOf('sum', table('Lost-time injuries\t5\t7\t11'))).toMatchObject([{ holds: false, expected: 12, stated: 11 }]);
    expect(checksOf('sum', table('Energy (PJ)\t5\t7\t11'))).toMatchObject([{ holds: true }]);
  });

  it('adds the cells before a total column named for what its columns are parts of (`Group total`, `集团合计`)', () => {
    const table = (total: string) => `Energy use by site (GWh)\n                  Hamburg Plant     Leipzig Plant     Group total\nElectricity               412               388             800\nNatural gas               640               522           ${total}\n`;
    const rows = (total: string) => checksOf('sum', table(total)).filter((c) => c.rule === 'sum.table-row');
    expect(rows('1,162').map((c) => [c.holds, c.stated])).toEqual([
      [true, 800],
      [true, 1_162],
    ]);
    expect(rows('1,126')).toMatchObject([{ holds: false, expected: 1_162, stated: 1_126 }, { holds: true }]);
    const zh = (total: string) => `表5 各基地用水量（单位：万吨）\n指标\t华东基地\t西南基地\t集团合计\n取水量\t486.2\t312.4\t${total}\n`;
    expect(checksOf('sum', zh('798.6')).filter((c) => c.rule === 'sum.table-row')).toMatchObject([{ holds: true }]);
    expect(checksOf('sum', zh('789.6')).filter((c) => c.rule === 'sum.table-row')).toMatchObject([{ holds: false }]);
  });

  it('adds a row up to a cell that totals its column too (the grand total: both breakdowns of it)', () => {
    const table = 'Headcount\tFemale\tMale\tTotal\nFull-time\t1,214\t2,306\t3,520\nPart-time\t418\t96\t514\nTotal\t1,632\t2,402\t4,034\n';
    const rows = checksOf('sum', table).filter((c) => c.rule === 'sum.table-row');
    expect(rows.map((c) => [c.holds, c.stated])).toEqual([
      [true, 3_520],
      [true, 514],
      [true, 4_034],
    ]);
  });

  it('reads a space-aligned header with no name over its labels as naming the columns after them', () => {
    const table = (total: string) => `Colleagues by gender and age\n                 Women        Men      Total\nUnder 25         6,842      4,318     11,160\n35 to 49         6,214      3,286      ${total}\n`;
    const rows = (total: string) => checksOf('sum', table(total)).filter((c) => c.rule === 'sum.table-row');
    expect(rows('9,500').map((c) => [c.holds, c.stated])).toEqual([
      [true, 11_160],
      [true, 9_500],
    ]);
    expect(rows('9,050')).toMatchObject([{ holds: false, expected: 9_500, stated: 9_050 }, { holds: true }]);
  });
});

describe('sums in a sentence', () => {
  it('calls a total a mismatch when its sentence lists what it comprised', () => {
    const text = 'Group revenue of £4,218 million comprised UK Retail revenue of £2,914 million, International revenue of £1,026 million and Online revenue of £287 million.';
    expect(checksOf('sum', text)).toMatchObject([{ holds: false, expected: 4_227e6, rule: 'sum.listed-parts' }]);
  });

  it('adds scopes numbered in Chinese numerals: 范围一, 范围二', () => {
    const table = (total: string) => `指标\t单位\t2023 年\n温室气体排放总量\t吨二氧化碳当量\t${total}\n范围一\t吨二氧化碳当量\t39,120\n范围二\t吨二氧化碳当量\t132,230\n`;
    expect(checksOf('sum', table('171,350'))).toMatchObject([{ holds: true }]);
    expect(checksOf('sum', table('171,530'))).toMatchObject([{ holds: false, expected: 171_350 }]);
  });

  it('adds parts in tonnes to a total in tonnes of CO2e', () => {
    const text = '2023 年，集团温室气体排放总量为 58.6 万吨二氧化碳当量，其中范围 1 排放 41.2 万吨，范围 2 排放 17.4 万吨。';
    expect(checksOf('sum', text)).toMatchObject([{ holds: true, expected: 586_000 }]);
  });
});

describe('a table whose header names its columns with numbers (Scope 1, Scope 2, Total)', () => {
  it('adds each row to its Total column and calls a wrong one a mismatch', () => {
    const table = 'Site\tScope 1\tScope 2\tTotal\nCerro Azul\t812\t436\t1,248\nTamarind Bay\t397\t221\t681\n';
    expect(checksOf('sum', table).map((c) => [c.holds, c.stated])).toEqual([
      [false, 681],
      [true, 1_248],
    ]);
  });
});

describe('traditional Chinese', () => {
  it('reads 範圍一 / 範圍二 as scopes and 合共 as a total', () => {
    expect(checksOf('sum', '2023 年，本集團溫室氣體排放總量為 48,620 噸二氧化碳當量，其中範圍一排放 3,180 噸，範圍二排放 45,440 噸。')).toMatchObject([{ holds: true }]);
    expect(checksOf('sum', '全年社區投資合共 2,380 萬港元，其中慈善捐款 1,650 萬港元，義工服務及實物捐贈 730 萬港元。')).toMatchObject([{ holds: true }]);
  });
});

describe('rows naming each GHG scope once above a total row', () => {
  const table = (scope2: string) =>
    ['溫室氣體排放 Greenhouse gas emissions（噸二氧化碳當量 tonnes CO2e）', '                                   2023          2022', '範圍一 Scope 1                   371,520       385,940', `範圍二 Scope 2                    26,620        ${scope2}`, '總計 Total                       398,140       412,860', ''].join('\n');

  it('add up to it in each column', () => {
    expect(checksOf('sum', table('26,920')).map((c) => [c.holds, c.stated])).toEqual([
      [true, 398_140],
      [true, 412_860],
    ]);
  });

  it('are left to the scoped rule when one scope comes twice (location- and market-based)', () => {
    const twice = ['Emissions (tCO2e)        2023', 'Scope 1                 1,200', 'Scope 2 (location)      3,400', 'Scope 2 (market)        2,900', 'Total                   4,100', ''].join('\n');
    expect(checksOf('sum', twice).filter((c) => c.rule === 'sum.table-column')).toEqual([]);
  });

  it('adds the sources of one scope, each named (`Scope 1: boilers`, `Scope 1: company cars`), as parts', () => {
    const sources = (total: string) => ['Table 2  Carbon footprint (tCO2e)', 'Source                        2024', 'Scope 1: boilers             2,140', 'Scope 1: company cars          960', 'Scope 2: electricity        8,315', `Total                       ${total}`, ''].join('\n');
    expect(checksOf('sum', sources('11,415')).map((c) => [c.holds, c.stated])).toEqual([[true, 11_415]]);
    expect(checksOf('sum', sources('11,451')).map((c) => [c.holds, c.expected])).toEqual([[false, 11_415]]);
  });

  it('does not add a scope and a source of it (`Scope 3`, `Scope 3: business travel`)', () => {
    const nested = ['Emissions (tCO2e)                2024', 'Scope 1                         1,200', 'Scope 3                         5,000', 'Scope 3: business travel          800', 'Total                           6,200', ''].join('\n');
    expect(checksOf('sum', nested).filter((c) => c.rule === 'sum.table-column')).toEqual([]);
  });
});

describe('a total row of the total row above and the rows between', () => {
  const table = (both: string) => `Table 3: Operational greenhouse gas emissions (kt CO2-e)
Site                          FY2022     FY2023
Mt Carrow (iron ore)           598.6      574.2
Yilgarn Nickel                 402.8      391.6
Scope 1 total                1,001.4      965.8
Scope 2 (location-based)       318.4      286.2
Scope 1 and 2 total          1,319.8    ${both}
`;

  it('adds `Scope 1 total` and `Scope 2` to `Scope 1 and 2 total`, holding only', () => {
    const sums = (both: string) => checksOf('sum', table(both)).map((c) => [c.holds, c.figures.map((f) => f.value)]);
    expect(sums('1,252.0')).toContainEqual([true, [1_252, 965.8, 286.2]]);
    expect(sums('1,252.0')).toContainEqual([true, [1_319.8, 1_001.4, 318.4]]);
    expect(sums('1,225.0').filter(([holds]) => !holds)).toEqual([]);
  });
});

describe('a last row named by its parts (`Scope 1+2 emissions`)', () => {
  const table = (scope2: string, extra = '') => `Item                                   Unit              FY2021        FY2022
Scope 1 emissions                      t-CO2            842,160       816,420
Scope 2 emissions (market-based)       t-CO2            ${scope2}       588,240
${extra}Scope 1+2 emissions                    t-CO2          1,466,540     1,404,660
`;
  const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

  it('is their total: a column that misses it is a mismatch', () => {
    expect(sums(table('624,380'))).toEqual([[true, [1_466_540, 842_160, 624_380]], [true, [1_404_660, 816_420, 588_240]]]);
    expect(sums(table('642,380'))).toContainEqual([false, [1_466_540, 842_160, 642_380]]);
  });

  it('names how many rows it totals: over three rows it is no certain total of them', () => {
    expect(sums(table('642,380', 'Scope 2 emissions (location-based)     t-CO2            700,000       650,000\n')).filter(([holds]) => !holds)).toEqual([]);
  });
});

describe('a total row over the rows set in under it', () => {
  const table = (cell: string) => `Indicator                        Unit            2022          2023
Net sales                        EUR million    6,214.8       6,482.4
  Flooring                       EUR million    3,906.2       4,012.6
  Wall systems                   EUR million    1,627.4       ${cell}
  Services                       EUR million      681.2         705.2
Employees                        persons         11,482        11,906
`;

  it('adds the indented rows to the row above them, and calls a slipped cell a mismatch', () => {
    const sums = (cell: string) => checksOf('sum', table(cell)).filter((c) => c.rule.startsWith('sum.table-total-first'));
    expect(sums('1,764.6').map((c) => [c.holds, c.figures.map((f) => f.text)])).toEqual([
      [true, ['6,214.8', '3,906.2', '1,627.4', '681.2']],
      [true, ['6,482.4', '4,012.6', '1,764.6', '705.2']],
    ]);
    expect(sums('1,746.6')).toMatchObject([{ holds: false, rule: 'sum.table-total-first.one-slip', stated: 6_482.4e6 }, { holds: true }]);
  });
});

describe('a GHG table\'s totals by Scope 2 method', () => {
  const table = (market: string) => `E1-6 Gross Scopes 1, 2, 3 and Total GHG emissions (tCO2e)
                                                         2022          2023
Gross Scope 1 GHG emissions                                   356,800       338,400
Gross location-based Scope 2 GHG emissions                    486,200       462,400
Gross market-based Scope 2 GHG emissions                      214,800       168,600
Significant Scope 3 GHG emissions
  1 Purchased goods and services                           13,864,200    13,412,800
  4 Upstream transportation and distribution                  642,100       618,400
Total Gross indirect (Scope 3) GHG emissions               16,254,200    15,698,400
Total GHG emissions (location-based)                       17,097,200    16,499,200
Total GHG emissions (market-based)                         16,825,800    ${market}
`;
  const byMethod = (market: string) => checksOf('sum', table(market)).filter((c) => c.rule === 'sum.table-scope-method').map((c) => [c.holds, c.figures.map((f) => f.value)]);

  it('adds Scope 1, the Scope 2 row of the total\'s method and the Scope 3 total, under a sub-heading or not', () => {
    expect(byMethod('16,205,400')).toEqual([
      [true, [17_097_200, 356_800, 486_200, 16_254_200]],
      [true, [16_499_200, 338_400, 462_400, 15_698_400]],
      [true, [16_825_800, 356_800, 214_800, 16_254_200]],
      [true, [16_205_400, 338_400, 168_600, 15_698_400]],
    ]);
  });

  it('calls a total its named rows miss a mismatch', () => {
    expect(byMethod('16,250,400').filter(([holds]) => !holds)).toEqual([[false, [16_250_400, 338_400, 168_600, 15_698_400]]]);
  });
});

describe('a column whose rows give Scope 2 both ways (location- and market-based)', () => {
  const table = `E1-6 Gross Scopes 1, 2, 3 and Total GHG emissions (ktCO2e)
                                                      Base year 2019      2022       2023    % 2023/2022
Gross Scope 1 GHG emissions                                    3 412     2 860      2 514          -12.1
  Percentage of Scope 1 GHG emissions from regulated
  emission trading schemes (%)                                  96.4      95.8       95.1
Gross location-based Scope 2 GHG emissions                       412       386        342          -11.4
Gross market-based Scope 2 GHG emissions                         298       214        168          -21.5
Significant Scope 3 GHG emissions                              2 964     2 718      2 502           -7.9
  1 Purchased goods and services                                 844       806        792
  4 Upstream transportation and distribution                   1 236     1 104        956
  11 Use of sold products                                        884       808        754
Total GHG emissions (location-based)                           6 788     5 964      5 358          -10.2
Total GHG emissions (market-based)                             6 674     5 792      5 184          -10.5
`;

  it('adds no column of them: the two methods count the same emissions twice', () => {
    expect(checksOf('sum', table).filter((c) => c.rule === 'sum.table-column')).toEqual([]);
  });
});

describe('a total naming its scopes below the totals of each, site rows between them', () => {
  const table = (both: string) => `Table 1  Greenhouse gas emissions (kt CO2-e)
                                         FY24        FY23     Change FY24 vs FY23 (%)
Scope 1
  Kalgoorlie West                       421.6       438.2       -3.8
  Pilbara North                         302.4       296.8        1.9
Total Scope 1                           724.0       735.0       -1.5
Scope 2 (market-based)
  Kalgoorlie West                       212.8       240.6      -11.6
  Pilbara North                          88.2        94.4       -6.6
Total Scope 2                           301.0       335.0      -10.1
Total Scope 1 and 2                   1,025.0     ${both}       -4.2
`;
  const byScopes = (both: string) => checksOf('sum', table(both)).filter((c) => c.rule === 'sum.table-scope-method').map((c) => [c.holds, c.figures.map((f) => f.value)]);

  it('adds `Total Scope 1` and `Total Scope 2` up to it, and calls a column they miss a mismatch', () => {
    expect(byScopes('1,070.0')).toEqual([
      [true, [1_025, 724, 301]],
      [true, [1_070, 735, 335]],
    ]);
    expect(byScopes('1,007.0')).toContainEqual([false, [1_007, 735, 335]]);
  });
});

describe('rows of one head noun, the first not marked as their total (`Retail stores`, `Outlet stores`, `Franchise stores`)', () => {
  // a bookseller's stores by format: siblings, the first of which comes within a digit of the next two by chance
  const table = (retail: string) =>
    `Stores by format\nFormat\t2024\t2023\nRetail stores\t${retail}\t1,488\nOutlet stores\t804\t776\nFranchise stores\t712\t690\nAirport stores\t305\t288\n`;

  it('are no total and a run of its first parts: a near miss of two of them is no slip', () => {
    expect(checksOf('sum', table('1,520')).filter((c) => !c.holds)).toEqual([]);
  });

  it('are a total of every row under it when they add up to it', () => {
    expect(checksOf('sum', table('1,821')).filter((c) => c.holds).map((c) => c.stated)).toContainEqual(1_821);
  });
});
