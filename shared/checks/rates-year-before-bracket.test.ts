import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const rates = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.injury-frequency').map((c) => c.message);

describe('an injury rate beside the year before\'s count and hours in a bracket', () => {
  it('takes no hours of the bracket (`(2022: 57 in 19.6 million hours)`) for this year\'s rate', () => {
    const text = (worked: string) => `${worked} 48 lost-time injuries in 2023 (2022: 57 in 19.6 million hours), a lost-time injury frequency rate of 2.31 per million hours.`;
    expect(rates(text('Our people worked 20.8 million hours and had'))).toEqual(['✓ 48 × 1,000,000 / 20,800,000 = 2.31']);
    expect(rates(text('There were'))).toEqual([]);
  });
});
