import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a Norwegian ferry operator's report: the letter rounds the key figures' turnover to four digits, and its scale may slip as it does
const report = (letter: string) =>
  [
    'Letter from the Chief Executive',
    '',
    `Turnover reached ${letter}, and we carried more passengers than in any year before.`,
    '',
    'Key figures',
    'Indicator                      Unit               2024        2023',
    'Turnover                       NOK million     3,175.8     3,021.7',
    'Passengers carried             thousand          6,482       6,105',
  ].join('\n');

const slips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('an amount said rounded to four digits with its scale slipped (`NOK 31.76 billion` for NOK 3,175.8 million)', () => {
  it('is read against the figure it rounds, a power of ten apart', () => {
    expect(slips(report('NOK 31.76 billion')).map((c) => [c.rule, c.figures.map((f) => f.value)])).toEqual([['consistency.scale-slip', [31.76e9, 3_175.8e6]]]);
  });

  it('holds the amount rounded at its scale', () => {
    expect(slips(report('NOK 3.176 billion'))).toEqual([]);
  });

  it('leaves four digits the other does not round to alone', () => {
    expect(slips(report('NOK 31.67 billion'))).toEqual([]);
  });
});
