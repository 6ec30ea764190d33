import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a hotel group: a key-figures row of one word in per cent (`Occupancy  %  80.6`) restating the operating review's occupancy
const report = (chair: string) =>
  [
    "Chair's statement",
    '',
    `Demand from conference guests returned in the spring, and across the summer ${chair}`,
    '',
    '2. Operating review',
    '',
    'We operated 27 hotels with 3,412 rooms at the year end. Occupancy for the year was 80.6%, and average daily rate rose 4.2%.',
    '',
    'Key figures',
    '',
    'Indicator                  Unit          2024      2023',
    'Hotels                     number          27        25',
    'Occupancy                  %             80.6      77.9',
  ].join('\n');

describe('a share row labelled in one word (`Occupancy  %  80.6`) echoing the text\'s share with the very same digits', () => {
  it('joins the text\'s statement, so a turned bound of it is set against the key figures too', () => {
    const found = mismatches(report('our hotels were nearly 80% full.'));
    expect(found.some((c) => c.figures.some((f) => f.value === 80) && c.figures.some((f) => f.text === '80.6'))).toBe(true);
  });

  it('holds with a bound on the right side', () => {
    expect(mismatches(report('our hotels were more than 80% full.'))).toEqual([]);
  });
});
