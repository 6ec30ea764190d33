import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.table-cell-of-text-total';
const ofRule = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE);

describe('a share of a text total whose table row of the total slipped', () => {
  const report = (total: string, share: string) => `The Group had 2,450 employees at 31 March 2024, and women were ${share}% of them.

Table 5  Employees by gender
Gender                     Employees
Men                            1,441
Women                          1,009
Total                          ${total}
`;

  it('holds of the text total when the row states another (2,405 for 2,450: the sum and consistency find that)', () => {
    // 1,009 of 2,450 is 41.2%; of the slipped row's 2,405 it would be 42.0%
    expect(ofRule(report('2,405', '41.2')).map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[true, [1009, 2450, 41.2]]]);
  });

  it('is checked on the row when the row is the text total, and still finds a share neither gives', () => {
    expect(ofRule(report('2,450', '41.2')).map((c) => c.holds)).toEqual([true]);
    expect(ofRule(report('2,405', '44.1')).map((c) => c.holds)).toEqual([false]);
  });
});
