import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const quotients = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-row-quotient').map((c) => [c.holds, c.figures.map((f) => f.value)]);

/** A data table whose intensity row is CO2 (kt) over RTK (millions), in grams: a factor of 1,000 the columns show. */
const table = (latest: string, first = '785.0') => `Environmental performance data
                                              2021         2022         2023
Scope 1 CO2 (kt)                             5,821        7,947        8,804
Revenue tonne kilometres (million)           7,415       10,260       11,380
CO2 per RTK (grams)                          ${first}        774.6        ${latest}
`;

describe('a table row that is the quotient of two others', () => {
  it('holds each column whose cells divide to the row\'s figure, the power of ten read off the columns', () => {
    expect(quotients(table('773.6'))).toEqual([
      [true, [5_821, 7_415e6, 785]],
      [true, [7_947, 10_260e6, 774.6]],
      [true, [8_804, 11_380e6, 773.6]],
    ]);
  });

  it('calls a column a mismatch when two others hold', () => {
    expect(quotients(table('776.3'))[0]).toEqual([false, [8_804, 11_380e6, 776.3]]);
  });

  it('calls a column a mismatch when one other holds and a slip of a digit explains it', () => {
    // only 2022 holds: 758.0 is 785.0 with two digits swapped, 790.0 is no slip of 773.6 and says nothing
    expect(quotients(table('790.0', '758.0')).filter(([holds]) => !holds)).toEqual([[false, [5_821, 7_415e6, 758]]]);
  });

  it('reads no quotient from a row that names no other row after per', () => {
    expect(quotients(table('773.6').replace('CO2 per RTK', 'CO2 per seat'))).toEqual([]);
  });
});

/** A KPI table whose intensity rows say what they divide only by their units (`kWh/m²`, `吨二氧化碳当量/人`). */
const kpis = (water: string) => `As at 31 December 2023 the portfolio had a net lettable area of 1,286,400 m² (1.29 million m²).

Indicator                              Unit           FY2021      FY2022      FY2023
Energy consumption                     MWh           186,420     181,260     174,830
Energy intensity                       kWh/m²          144.9       140.9       135.9
Scope 1 emissions                      tCO2e           1,246       1,184       1,128
Total Scope 1 and 2 emissions          tCO2e          77,658      75,470      72,752
Emissions intensity                    kgCO2e/m²        60.4        58.7        56.6
Water consumption                      m³            843,200     826,400     798,200
Water intensity                        m³/m²            0.66        0.64        ${water}
`;

const staff = `表3  经营活动温室气体排放
指标                              单位                      2023年         2022年
范围一排放                        吨二氧化碳当量            1,842.6        1,968.4
范围二排放（外购电力）            吨二氧化碳当量           18,426.4       19,248.2
温室气体排放总量                  吨二氧化碳当量           20,269.0       21,252.6
员工总数                          人                          5,858          5,728
人均温室气体排放                  吨二氧化碳当量/人            3.46           3.71
`;

describe('an intensity row known by its unit', () => {
  it('divides the row in its unit\'s first measure by the row in its second', () => {
    expect(quotients(staff)).toEqual([
      [true, [20_269, 5_858, 3.46]],
      [true, [21_252.6, 5_728, 3.71]],
    ]);
  });

  it('divides by the one figure of the document in the second measure that every column divides by, said precisely', () => {
    expect(quotients(kpis('0.62'))).toEqual([
      [true, [186_420, 1_286_400, 144.9]],
      [true, [181_260, 1_286_400, 140.9]],
      [true, [174_830, 1_286_400, 135.9]],
      [true, [77_658, 1_286_400, 60.4]],
      [true, [75_470, 1_286_400, 58.7]],
      [true, [72_752, 1_286_400, 56.6]],
      [true, [843_200, 1_286_400, 0.66]],
      [true, [826_400, 1_286_400, 0.64]],
      [true, [798_200, 1_286_400, 0.62]],
    ]);
  });

  it('calls a column a mismatch when two others hold with the same pair', () => {
    expect(quotients(kpis('0.65')).filter(([holds]) => !holds)).toEqual([[false, [798_200, 1_286_400, 0.65]]]);
  });

  it('reads nothing when no row or figure is in the unit\'s second measure', () => {
    expect(quotients(kpis('0.62').replace(/m² \(1\.29 million m²\)/, 'square feet'))).toEqual([]);
  });
});

describe('an intensity row whose unit names its measure with another prefix than its numerator row', () => {
  it('divides 兆瓦时 by 平方米 for 千瓦时/平方米: one measure of energy, however prefixed', () => {
    const text = `指标                    单位              2021年        2022年        2023年
能源消耗总量            兆瓦时           186,420       181,260       174,830
建筑面积                平方米         1,286,400     1,286,400     1,286,400
能源消耗密度            千瓦时/平方米      144.9         140.9         135.9
`;
    expect(quotients(text)).toEqual([
      [true, [186_420, 1_286_400, 144.9]],
      [true, [181_260, 1_286_400, 140.9]],
      [true, [174_830, 1_286_400, 135.9]],
    ]);
  });
});

describe('an intensity row per revenue, the revenue of each year said in a note', () => {
  const table = (water: string) => `關鍵績效指標                      單位                          2023年          2022年
A2.1 能源消耗
  能源總耗量                      兆瓦時                        58,426          61,380
  能源消耗密度（附註2）           兆瓦時／百萬港元收益            6.77            7.58
A2.2 耗水量
  耗水總量                        立方米                     1,286,400       1,342,800
  耗水密度（附註2）               立方米／百萬港元收益           ${water}           165.7

附註：
2. 密度按本集團收益計算：2023年為8,624.5百萬港元（2022年：8,102.3百萬港元）。
`;

  it('divides each column by the revenue of the year heading it', () => {
    expect(quotients(table('149.2'))).toEqual([
      [true, [58_426, 8_624.5e6, 6.77]],
      [true, [61_380, 8_102.3e6, 7.58]],
      [true, [1_286_400, 8_624.5e6, 149.2]],
      [true, [1_342_800, 8_102.3e6, 165.7]],
    ]);
  });

  it('reads nothing when the note dates no revenue', () => {
    expect(quotients(table('149.2').replace(/2023年為|2022年：/g, ''))).toEqual([]);
  });
});

describe('an intensity row per revenue, the revenue said for one year only', () => {
  it('takes no one year\'s revenue for every column\'s', () => {
    const text = `集团实现营业收入586.4亿元，同比下降6.2%（2022年：625.2亿元）。

指标	单位	2021年	2022年	2023年
综合能源消耗量	万吨标准煤	1,486.2	1,528.6	1,562.4
万元产值综合能耗	吨标准煤/万元	2.38	2.45	2.66
`;
    expect(quotients(text).filter(([holds]) => !holds)).toEqual([]);
  });
});
