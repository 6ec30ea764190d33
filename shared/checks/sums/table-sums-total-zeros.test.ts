import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a table total ending in zeros over parts written to the unit', () => {
  const table = (poland: string) =>
    [
      'Headcount by country at year end        2024        2023',
      'Germany                                 4,318       4,105',
      `Poland                                  ${poland}       2,207`,
      'Czech Republic                          1,467       1,391',
      'Austria                                   873         897',
      'Total                                   9,000       8,600',
      '',
    ].join('\n');
  it('reads the total to the unit, so a part mistyped by less than half a hundred does not add up', () => {
    expect(sums(table('2,342'))).toEqual(expect.arrayContaining([[true, [9_000, 4_318, 2_342, 1_467, 873]], [true, [8_600, 4_105, 2_207, 1_391, 897]]]));
    expect(sums(table('2,324'))).toEqual(expect.arrayContaining([[false, [9_000, 4_318, 2_324, 1_467, 873]]]));
  });
});
