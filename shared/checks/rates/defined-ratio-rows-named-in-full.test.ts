import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.defined-ratio-row';
const ratios = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a KPI row whose note under the table defines it by its whole label', () => {
  // a paper maker's key figures, units in a column of their own, some with digits in them
  const english = (water2023: string) => `KEY FIGURES

Indicator                                  Unit                      2024          2023
Paper output                               1,000 tonnes             2,418         2,356
Process water used                         1,000 m³                38,210        38,870
Water used per tonne of paper              m³/t                     15.80         ${water2023}
Scope 1 emissions                          tonnes CO2e            612,400       640,100
Scope 2 emissions                          tonnes CO2e             98,300       104,600
Scope 1 emissions per tonne of paper       kg CO2e/t                253.3         271.7

Notes: water used per tonne of paper = process water used / paper output. Scope 1 emissions per tonne of paper are
Scope 1 emissions divided by paper output.
`;

  it('divides the row by the two rows the note names, units with digits and all', () => {
    expect(ratios(english('16.50'))).toEqual(
      expect.arrayContaining([
        [true, [38_210_000, 2_418_000, 15.8]],
        [true, [38_870_000, 2_356_000, 16.5]],
        [true, [612_400, 2_418_000, 253.3]],
        [true, [640_100, 2_356_000, 271.7]],
      ]),
    );
  });

  it('calls a column that does not come out a mismatch', () => {
    expect(ratios(english('15.60'))).toContainEqual([false, [38_870_000, 2_356_000, 15.6]]);
  });

  it('reads a Chinese note: `=` and `÷`, `为` and `除以`', () => {
    const chinese = `关键绩效

指标                        单位                 2024年        2023年
纸产量                      万吨                  241.8         235.6
综合能耗                    吨标准煤            725,400       730,400
单位产品综合能耗            千克标准煤/吨          300.0         301.0
范围一排放                  吨二氧化碳当量      612,400       640,100
范围二排放                  吨二氧化碳当量       98,300       104,600
吨纸二氧化碳排放            吨二氧化碳/吨           0.253         0.272

注：单位产品综合能耗 = 综合能耗 ÷ 纸产量。吨纸二氧化碳排放为范围一排放除以纸产量。
`;
    expect(ratios(chinese)).toEqual(
      expect.arrayContaining([
        [true, [725_400, 2_418_000, 300]],
        [false, [730_400, 2_356_000, 301]],
        [true, [612_400, 2_418_000, 0.253]],
        [true, [640_100, 2_356_000, 0.272]],
      ]),
    );
  });
});
