import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.scoped-parts' && c.figures[0]!.role === 'total').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a total closing its parts with `, together`', () => {
  it('adds up the scopes said before it', () => {
    const text = 'Direct emissions from our kilns (Scope 1) came to 42,610 tCO2e and Scope 2 emissions to 8,390 tCO2e, together 51,000 tCO2e. We plan to electrify two kilns by 2027.';
    expect(sums(text)).toEqual([[true, [51_000, 42_610, 8_390]]]);
  });

  it('calls scopes that do not add up to it a mismatch (digits swapped)', () => {
    const text = 'Direct emissions from our kilns (Scope 1) came to 7,420 tCO2e and Scope 2 emissions to 3,162 tCO2e, together 10,852 tCO2e. We plan to electrify two kilns by 2027.';
    expect(sums(text)).toEqual([[false, [10_852, 7_420, 3_162]]]);
  });

  it('reads no total in `together with`', () => {
    const text = 'Direct emissions from our kilns (Scope 1) came to 42,610 tCO2e and Scope 2 emissions to 8,390 tCO2e, together with 15,000 tCO2e of Scope 3 we now measure.';
    expect(sums(text)).toEqual([]);
  });
});
