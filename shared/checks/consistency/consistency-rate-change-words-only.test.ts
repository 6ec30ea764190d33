import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { collect } from './consistency-statements';

// a boat builder's review: two rates of change of other amounts, each said after its amount with its year and `up` alone
const text = [
  'Revenue was NOK 412.0 million in FY2024-25, up 8.4% from NOK 380.1 million, as the export order book grew.',
  '',
  'We delivered 2,150 boats in FY2024-25 compared with 2,052 in FY2023-24, up 4.8%, and opened a second yard.',
  '',
  'Emissions per boat fell 6.1% in FY2024-25.',
].join('\n');

const statementOf = (value: number) => collect([checkDoc('review.txt', text)]).find((s) => s.figure.value === value);

describe('English rates named only by their change word and year (`in FY2024-25, up 8.4%`)', () => {
  it('state no metric to be said again', () => {
    expect(statementOf(8.4)).toBeUndefined();
    expect(statementOf(4.8)).toBeUndefined();
  });

  it('a rate that names what changed is still a statement of it', () => {
    expect(statementOf(6.1)?.tokens).toContain('emission');
  });
});

describe('an English rate said after a share and its whole (`, or 20.4% of revenue, up 6.2%`)', () => {
  const review = [
    'Cheese earned NOK 84.2 million, or 20.4% of revenue, up 6.2% on the year.',
    '',
    'We gave NOK 1.3 million to local clubs, 0.31% of revenue, up 9.0% from NOK 1.19 million.',
  ].join('\n');
  const rateOf = (value: number) => collect([checkDoc('review.txt', review)]).find((s) => s.figure.value === value);

  it('takes no words of the share`s whole, so names no metric by its change word alone', () => {
    expect(rateOf(6.2)).toBeUndefined();
    expect(rateOf(9)).toBeUndefined();
  });
});
