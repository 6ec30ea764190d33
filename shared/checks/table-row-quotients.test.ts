import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

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
