import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a hotel group: the chair says how full the hotels were, the operating review gives the occupancy
const report = (chair: string) =>
  [
    "Chair's statement",
    '',
    `Demand from conference guests returned in the spring, and ${chair}`,
    '',
    '2. Operating review',
    '',
    'We operated 27 hotels with 3,412 rooms at the year end. Occupancy for the year was 80.6%, and average daily rate rose 4.2%.',
  ].join('\n');

describe('a share said as how full something was (`our hotels were nearly 80% full`) is its occupancy', () => {
  it('is set against the occupancy stated elsewhere when its bound is turned', () => {
    const found = mismatches(report('across the summer our hotels were nearly 80% full.'));
    expect(found.some((c) => c.figures.some((f) => f.value === 80) && c.figures.some((f) => f.value === 80.6))).toBe(true);
  });

  it('holds when the bound is on the right side', () => {
    expect(mismatches(report('across the summer our hotels were more than 80% full.'))).toEqual([]);
  });
});
