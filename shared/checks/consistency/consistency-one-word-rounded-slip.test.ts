import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a letter's amount named by one word, and the key figures' row of that word in thousands
const report = (letter: string, row: string) =>
  [
    'A letter from our chair',
    letter,
    '',
    '5. Key figures',
    'Indicator                   Unit                  2024        2023',
    row,
    'Employees                   number                   412         398',
  ].join('\n');

describe('an amount named by one word whose scale slipped as it was rounded (`A$2.41 million` of 24,094 thousand) is that amount', () => {
  it('is set against the row of its word', () => {
    expect(mismatches(report('Our visitors came back in numbers, and revenue rose 5.2% to EUR 3.62 million.', 'Revenue                     EUR thousand          36,184      34,396'))).toMatchObject([
      { figures: [{ value: 3_620_000 }, { value: 36_184_000 }] },
    ]);
    expect(mismatches(report('We opened two garden centres in 2024, and turnover grew 3.7% to GBP 1.86 million.', 'Turnover                    GBP thousand          18,612      17,950'))).toMatchObject([
      { figures: [{ value: 1_860_000 }, { value: 18_612_000 }] },
    ]);
  });

  it('holds when it rounds the row at its own scale, and reads no other digits', () => {
    expect(mismatches(report('Our visitors came back in numbers, and revenue rose 5.2% to EUR 36.2 million.', 'Revenue                     EUR thousand          36,184      34,396'))).toEqual([]);
    expect(mismatches(report('Our visitors came back in numbers, and revenue rose 5.2% to EUR 3.64 million.', 'Revenue                     EUR thousand          36,184      34,396'))).toEqual([]);
  });
});
