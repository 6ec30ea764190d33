import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const quotients = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-row-quotient').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// An intensity row of two years whose one column holds while the other is its numerator over the holding column's
// denominator (or that column's numerator over its own): worked over the wrong year's input, a mismatch though only one
// other column holds.
describe('an intensity row worked over another column’s input', () => {
  const report = (cell: string) => `Table 4: Energy

Indicator                 Unit            2024          2023
Production                tonnes        82,400        76,900
Electricity               MWh           31,200        30,100
Natural gas               MWh           18,600        19,000
Total energy              MWh           49,800        49,100
Energy intensity          MWh/t          ${cell}         0.638
`;

  it('reports 0.648 MWh per tonne (2024’s energy over 2023’s production) where 49,800 over 82,400 is 0.604', () => {
    expect(quotients(report('0.648'))).toEqual([
      [false, [49_800, 82_400, 0.648]],
      [true, [49_100, 76_900, 0.638]],
    ]);
  });

  it('reports 0.596 (2023’s energy over 2024’s production)', () => {
    expect(quotients(report('0.596'))).toContainEqual([false, [49_800, 82_400, 0.596]]);
  });

  it('holds over the year’s own rows', () => {
    expect(quotients(report('0.604'))).toContainEqual([true, [49_800, 82_400, 0.604]]);
  });

  it('reports nothing of a column no other column’s input explains', () => {
    expect(quotients(report('0.620')).filter(([holds]) => !holds)).toEqual([]);
  });
});
