import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const quotients = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-row-quotient').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// An intensity row in kilograms of coal equivalent per thing (`千克标准煤/吨`) over its table's energy row in tonnes of
// coal equivalent (`吨标准煤`): a kilogram is the tonne's kind, the power of ten read off the columns.
describe('an intensity row in kilograms of coal equivalent over a row in tonnes of it', () => {
  const report = (cell: string) => `表5：能源绩效

指标                        单位                  2024年        2023年
水泥熟料产量                万吨                   412.6         398.2
综合能源消耗                吨标准煤             44,860        43,920
单位熟料综合能耗            千克标准煤/吨          ${cell}         110.3
`;

  it('divides the energy row by the output row, year by year', () => {
    expect(quotients(report('108.7'))).toEqual([
      [true, [44_860, 4_126_000, 108.7]],
      [true, [43_920, 3_982_000, 110.3]],
    ]);
  });

  it('calls a column that misses a mismatch', () => {
    expect(quotients(report('118.7'))).toContainEqual([false, [44_860, 4_126_000, 118.7]]);
  });
});
