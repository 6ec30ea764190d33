import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rates = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.injury-frequency').map((c) => c.message);

describe('a count of injuries said just after an injury rate, in the bracket of the year before', () => {
  // a mining contractor's safety paragraph: this year's count and hours, the rate, and last year's in a bracket
  const text = (prior: string) =>
    `Our crews recorded 27 lost-time injuries across 18.4 million hours worked in 2024, a lost-time injury frequency rate (LTIFR) of 1.47 per million hours, an improvement on ${prior} in 2023 (35 injuries over 17.9 million hours).`;

  it('takes the bracket\'s injury count for no rate of its own', () => {
    expect(rates(text('1.96')).filter((m) => m.includes('stated 35'))).toEqual([]);
    expect(rates(text('1.96'))).toContain('✓ 27 × 1,000,000 / 18,400,000 = 1.47');
  });

  it('reads last year\'s rate over the count and hours of its own bracket, when they give it', () => {
    expect(rates(text('1.96'))).toContain('✓ 35 × 1,000,000 / 17,900,000 = 1.96');
    // a prior rate its bracket does not give is not this year's to call wrong
    expect(rates(text('1.69')).filter((m) => m.startsWith('✗'))).toEqual([]);
  });

  it('still reads a rate written with what it counts (`0.9 injuries per million hours`)', () => {
    const said = 'In 2024 the site logged 12 lost-time injuries in 13.2 million hours worked, a lost-time injury frequency rate of 0.91 injuries per million hours.';
    expect(rates(said)).toEqual(['✓ 12 × 1,000,000 / 13,200,000 = 0.91']);
  });
});

describe('the hours worked said with their own unit, before the rate they give', () => {
  // a cement plant's people section: training hours, then the injuries, the hours worked and the rate
  const text =
    'Staff completed 96,500 hours of safety training, 31.2 hours per head. The plant recorded 2 lost-time injuries in 6.45 million hours worked, a lost-time injury frequency rate (LTIFR) of 0.31.';

  it('takes the hours for no stated rate, and reads the rate over them', () => {
    expect(rates(text).filter((m) => m.includes('stated 6.45'))).toEqual([]);
    expect(rates(text)).toContain('✓ 2 × 1,000,000 / 6,450,000 = 0.31');
  });
});
