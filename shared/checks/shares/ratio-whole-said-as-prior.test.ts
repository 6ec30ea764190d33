import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// Last year's figure, said as what this year's is compared with (`较上年末的3,740户`), is no whole of this year's share:
// a share that comes out over it is a share over the wrong year, not one that holds.
describe('a share whose only earlier figure that gives it is last year’s', () => {
  it('does not hold 41.0% of 社员总数 over the 3,740户 of the year before', () => {
    const text = '截至2024年末，合作社社员总数4,000户，较上年末的3,740户增长7.0%。其中小农户1,532户，占社员总数的41.0%。';
    const wholes = checksOf('ratio', text).filter((c) => c.holds).map((c) => c.figures.find((f) => f.role === 'denominator')?.value);
    expect(wholes).not.toContain(3740);
  });
});

describe('a share of a counted noun, its part in brackets', () => {
  it('is over this year\'s count, not last year\'s `more than the` level (`Women were 41.2% of our staff (515)`)', () => {
    const text = 'At 31 March we had 1,250 staff, 4.2% more than the 1,200 of a year before. Women were 41.2% of our staff (515).';
    const ratios = checksOf('ratio', text).map((c) => [c.holds, c.figures.find((f) => f.role === 'denominator')?.value]);
    expect(ratios).toEqual([[true, 1_250]]);
  });
});
