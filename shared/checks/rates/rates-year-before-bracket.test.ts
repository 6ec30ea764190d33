import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rates = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.injury-frequency').map((c) => c.message);

describe('an injury rate beside the year before\'s count and hours in a bracket', () => {
  it('takes no hours of the bracket (`(2022: 57 in 19.6 million hours)`) for this year\'s rate', () => {
    const text = (worked: string) => `${worked} 48 lost-time injuries in 2023 (2022: 57 in 19.6 million hours), a lost-time injury frequency rate of 2.31 per million hours.`;
    expect(rates(text('Our people worked 20.8 million hours and had'))).toEqual(['✓ 48 × 1,000,000 / 20,800,000 = 2.31']);
    expect(rates(text('There were'))).toEqual([]);
  });
});

describe('a year before written `F2022` (South African and Australian reports)', () => {
  it('takes no rate of the `(F2022: 1.53)` bracket as this year\'s, nor its count and hours', () => {
    const text = `Across the group we logged 52 lost time injuries over 41.6 million hours worked (F2022: 61 over 39.8 million hours), a lost time injury frequency rate of 1.25 per million hours (F2022: 1.53).`;
    expect(rates(text)).toEqual(['✓ 52 × 1,000,000 / 41,600,000 = 1.25']);
  });
});
