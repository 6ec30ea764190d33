import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const lessRows = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.table-less-rows').map((c) => [c.holds, c.figures.map((f) => f.value)]);

const table = (net2023: string) => `Carbon footprint (tonnes CO2e)                     2023        2022
Total location-based emissions                   84,210      88,940
Less: certified green electricity               (21,460)    (18,320)
Less: retired carbon credits                     (4,000)     (2,500)
Net emissions                                    ${net2023}      68,120
`;

describe('a table row left after the rows deducted from the line above it', () => {
  it('takes each `Less:` row off the line above, column by column', () => {
    expect(lessRows(table('58,750'))).toEqual([
      [true, [58_750, 84_210, -21_460, -4_000]],
      [true, [68_120, 88_940, -18_320, -2_500]],
    ]);
  });

  it('reports a net row the deductions do not leave', () => {
    expect(lessRows(table('57,850'))[0]).toEqual([false, [57_850, 84_210, -21_460, -4_000]]);
  });

  it('reads the Chinese `减：` rows of a statement', () => {
    const zh = `项目                  2023年        2022年
利润总额            12,486.4      10,862.2
减：所得税费用      (1,872.6)     (1,629.3)
净利润              10,613.8       9,232.9
`;
    expect(lessRows(zh)).toEqual([
      [true, [10_613.8, 12_486.4, -1_872.6]],
      [true, [9_232.9, 10_862.2, -1_629.3]],
    ]);
  });
});
