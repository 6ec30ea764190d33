import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.intensity-column-over-other-table';
const quotients = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an intensity column whose denominator is each row\'s cell in another table', () => {
  // a cement group: each plant's output in one table, its energy and energy per tonne in another
  const report = (cell: string) => `1 Our plants

Plant            Country     Clinker output (t)   Kilns
Ravenna          Italy                1,248,000       3
Trieste          Italy                  862,400       2
Split            Croatia                604,800       2
Group                                 2,715,200       7

2 Energy

Plant            Thermal energy (GJ)     Specific energy (GJ/t)
Ravenna                    4,318,080                      3.46
Trieste                    3,070,140                      ${cell}
Split                      2,231,710                      3.69
All plants                 9,619,930                      3.54
`;

  it('divides each row\'s cell by the cell of the row of the same name in the other table, the total row by the total', () => {
    expect(quotients(report('3.56'))).toEqual([
      [true, [4_318_080, 1_248_000, 3.46]],
      [true, [3_070_140, 862_400, 3.56]],
      [true, [2_231_710, 604_800, 3.69]],
      [true, [9_619_930, 2_715_200, 3.54]],
    ]);
  });

  it('calls a row with its digits turned a mismatch when the others hold', () => {
    expect(quotients(report('3.65'))).toContainEqual([false, [3_070_140, 862_400, 3.65]]);
    expect(quotients(report('3.65')).filter(([holds]) => !holds)).toHaveLength(1);
  });

  it('divides nothing when two tables give a row of that name in the measure (whose area?)', () => {
    const twice = report('3.56').replace('2 Energy', 'Plant            Clinker output (t)\nRavenna                   1,190,000\nTrieste                     840,000\n\n2 Energy');
    expect(quotients(twice).filter(([, figures]) => (figures as number[])[0] === 4_318_080)).toEqual([]);
  });
});
