import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A GHG table with a subtotal of two scopes among its rows: the total adds up from it and the third scope too
const table = (subtotal: string) => `GHG emissions (tCO2e)                    FY2024       FY2023
Scope 1 (gas boilers, vehicles)          12,418       13,052
Scope 2 (purchased electricity)          36,904       39,210
Scope 1 and 2                            ${subtotal}       52,262
Scope 3 (purchased goods, travel)       281,560      274,930
Total                                   330,882      327,192
`;

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a total of all three scopes under a subtotal of two (`Scope 1 and 2`)', () => {
  it('adds up from the subtotal and the third scope, column by column', () => {
    const found = sums(table('49,322'));
    expect(found).toContainEqual([true, [330_882, 49_322, 281_560]]);
    expect(found).toContainEqual([true, [327_192, 52_262, 274_930]]);
  });

  it('calls a mistyped subtotal a mismatch of the total as well as of its own rows', () => {
    const found = sums(table('49,232'));
    expect(found).toContainEqual([false, [49_232, 12_418, 36_904]]);
    expect(found).toContainEqual([false, [330_882, 49_232, 281_560]]);
  });
});
