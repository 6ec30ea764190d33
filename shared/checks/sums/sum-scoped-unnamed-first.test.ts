import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a total naming no scope is the sum of them all: Scope 2 and Scope 3 read without Scope 1 are not its parts
const sums = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.scoped-parts').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('the scopes of a total that names none', () => {
  it('are never Scope 2 and Scope 3 alone, its Scope 1 said where its metric is not read', () => {
    const text =
      'Total emissions fell 5.0% to 41,800 tCO2e in 2024. Scope 1 emissions, from our 212 refrigerated trucks and two cold stores, fell 3.1% to 9,300 tCO2e; ' +
      'market-based Scope 2 emissions fell 18.4% to 2,500 tCO2e. Scope 3 was 30,000 tCO2e, 71.8% of the total.';
    expect(sums(text).filter(([holds]) => !holds)).toEqual([]);
  });

  it('are all three when Scope 1 is read among them, a slip of one of them a mismatch', () => {
    const text = 'Total emissions fell 5.0% to 41,800 tCO2e in 2024. Scope 1 emissions fell 3.1% to 9,300 tCO2e; market-based Scope 2 emissions fell 18.4% to 2,500 tCO2e. Scope 3 was 31,000 tCO2e.';
    expect(sums(text)).toEqual([[false, [41_800, 9_300, 2_500, 31_000]]]);
  });
});
