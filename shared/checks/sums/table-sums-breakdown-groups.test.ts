import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A KPI table breaks its head count down more than once, each breakdown under a sub-label of its own
const chinese = (south: string) => `员工数据（单位：人）
指标                                      2023年        2022年
在职员工人数                              12,480        11,926
  按性别：男性                             7,236         6,978
          女性                             5,244         4,948
  按年龄：30岁以下                         3,118         2,964
          30至50岁                         7,504         7,215
          50岁以上                         1,858         1,747
  按地区：华东                             6,942         6,610
          华南                             ${south}         3,172
          其他地区                         2,152         2,144
新进员工                                   1,962         1,804
`;

const english = (apac: string) => `Workforce
Indicator                        Unit          2023        2022
Total employees                  headcount     5,214       4,987
  By gender: Men                 headcount     3,106       2,994
             Women               headcount     2,108       1,993
  By age: Under 30               headcount     1,172       1,108
          30-50                  headcount     3,058       2,931
          Over 50                headcount       984         948
  By region: Europe              headcount     2,846       2,760
             Americas            headcount     1,312       1,251
             Asia Pacific        headcount     ${apac}         976
New hires                        headcount       742         688
`;

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a total broken down under sub-labels (按性别： / 按年龄： / 按地区：, By gender: / By age: / By region:)', () => {
  it('adds each sub-labelled breakdown up to the total, column by column (Chinese)', () => {
    const found = sums(chinese('3,386'));
    expect(found).toContainEqual([true, [12_480, 7_236, 5_244]]);
    expect(found).toContainEqual([true, [12_480, 3_118, 7_504, 1_858]]);
    expect(found).toContainEqual([true, [12_480, 6_942, 3_386, 2_152]]);
    expect(found).toContainEqual([true, [11_926, 2_964, 7_215, 1_747]]);
    expect(found).toContainEqual([true, [11_926, 6_610, 3_172, 2_144]]);
  });

  it('calls a slipped cell in a later breakdown a mismatch (Chinese)', () => {
    expect(sums(chinese('3,836'))).toContainEqual([false, [12_480, 6_942, 3_836, 2_152]]);
  });

  it('adds each sub-labelled breakdown up to the total, an age band `30-50` among its rows (English)', () => {
    const found = sums(english('1,056'));
    expect(found).toContainEqual([true, [5_214, 1_172, 3_058, 984]]);
    expect(found).toContainEqual([true, [5_214, 2_846, 1_312, 1_056]]);
    expect(found).toContainEqual([true, [4_987, 2_760, 1_251, 976]]);
  });

  it('calls a slipped cell in a later breakdown a mismatch (English)', () => {
    expect(sums(english('1,065'))).toContainEqual([false, [5_214, 2_846, 1_312, 1_065]]);
  });
});
