import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.defined-ratio-row';
const ratios = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a KPI row named by a short abbreviation its note defines', () => {
  // a fish farmer's key figures, the note in Chinese under the table
  const chinese = (fcr2023: string) => `主要绩效指标

指标                      单位            2024年        2023年
饲料投喂量                万吨             18.62         17.35
鱼类增重量                万吨             14.30         13.24
FCR                       —                1.30          ${fcr2023}
员工总数                  人               2,416         2,280

注：FCR = 饲料投喂量 ÷ 鱼类增重量。
`;

  it('divides the row by the two rows the note names', () => {
    expect(ratios(chinese('1.31'))).toEqual(
      expect.arrayContaining([
        [true, [186_200, 143_000, 1.3]],
        [true, [173_500, 132_400, 1.31]],
      ]),
    );
  });

  it('calls a column that does not come out a mismatch', () => {
    expect(ratios(chinese('1.13'))).toContainEqual([false, [173_500, 132_400, 1.13]]);
  });
});

describe('a row the note defines as a factor of a product (`A = B x C`)', () => {
  // a copper miner's production table: metal = ore x grade, so the grade is the metal over the ore
  const english = (grade2023: string) => `Table 2: Mining and milling

                                          2024        2023
Ore milled (million tonnes)              38.40       36.10
Head grade (kg per tonne of ore)          6.52        ${grade2023}
Copper in concentrate (thousand tonnes)  250.4       245.8

Copper in concentrate = ore milled x head grade.
`;

  it('reads the last factor as the product over the other', () => {
    expect(ratios(english('6.81'))).toEqual([
      [true, [250_400, 38_400_000, 6.52]],
      [true, [245_800, 36_100_000, 6.81]],
    ]);
  });

  it('calls a factor that does not come out a mismatch', () => {
    expect(ratios(english('6.18'))).toContainEqual([false, [245_800, 36_100_000, 6.18]]);
  });
});
