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

describe('a share of a named whole after a sentence comparing a narrower amount with last year', () => {
  it('takes no earlier sentence\'s `more than the` amount of last year as this year\'s whole', () => {
    const text = [
      'Online sales were €84.2 million, 17.1% of sales and 9.6% more than the €76.8 million of 2023.',
      'We spent €12.4 million on marketing, 2.5% of sales and 5.1% more than the €11.8 million of 2023.',
    ].join(' ');
    const wrong = checksOf('ratio', text).filter((c) => c.figures.some((f) => f.role === 'denominator' && f.value === 76_800_000));
    expect(wrong).toEqual([]);
  });
});
