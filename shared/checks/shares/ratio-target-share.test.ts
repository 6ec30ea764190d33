import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a share said as a target', () => {
  it('is no quotient of the pair said before it', () => {
    expect(shares('Women hold 1,126 of our 4,318 engineering roles (26.1%), against a target of 28% by FY 2027-28.')).toEqual([[true, [1_126, 4_318, 26.1]]]);
    expect(shares('Women now hold 412 of the 1,586 plant manager positions, against our goal of 28% by 2030.')).toEqual([]);
  });
});
