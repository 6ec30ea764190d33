import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);
const table = (services2022: string) => `Segmental performance (£m)
                          2023       2022       2023       2022
Packaging              1,284.6    1,198.2      168.4      152.6
Specialty Materials      842.5      806.3      112.6      104.8
Services                 359.2    ${services2022}       48.2       44.6
Central costs                –          –     (16.4)     (15.3)
Group                  2,486.3    2,336.8      312.8      286.7
`;

describe('a table\'s unmarked last row that its rows above add up to', () => {
  it('subtracts a negative row (`(16.4)`) in its column', () => {
    expect(sums(table('332.3'))).toEqual(
      expect.arrayContaining([
        [true, [312.8e6, 168.4e6, 112.6e6, 48.2e6, -16.4e6]],
        [true, [286.7e6, 152.6e6, 104.8e6, 44.6e6, -15.3e6]],
      ]),
    );
  });

  it('is a total in every column once one column adds up to it exactly: a column that misses it is a mismatch', () => {
    const checks = sums(table('323.3'));
    expect(checks).toContainEqual([false, [2_336.8e6, 1_198.2e6, 806.3e6, 323.3e6]]);
    expect(checks).toContainEqual([true, [2_486.3e6, 1_284.6e6, 842.5e6, 359.2e6]]);
  });
});
