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
