import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

// Last year's figure, said as what this year's is compared with (`较上年末的3,740户`), is no whole of this year's share:
// a share that comes out over it is a share over the wrong year, not one that holds.
describe('a share whose only earlier figure that gives it is last year’s', () => {
  it('does not hold 41.0% of 社员总数 over the 3,740户 of the year before', () => {
    const text = '截至2024年末，合作社社员总数4,000户，较上年末的3,740户增长7.0%。其中小农户1,532户，占社员总数的41.0%。';
    const wholes = checksOf('ratio', text).filter((c) => c.holds).map((c) => c.figures.find((f) => f.role === 'denominator')?.value);
    expect(wholes).not.toContain(3740);
  });
});
