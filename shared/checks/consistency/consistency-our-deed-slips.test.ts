import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a tree nursery's report: the director's letter says what the company did, the key figures name it by its noun and verb
const report = (letter: string) =>
  [
    "Director's letter",
    '',
    `It was a good season for Holloway Nurseries. ${letter} across the county, and our sales of native hedging grew again.`,
    '',
    '4. Key figures',
    '',
    'Indicator                 Unit         2024        2023',
    'Saplings planted          number     26,300      24,100',
    'Employees                 people        263         255',
  ].join('\n');

const mismatches = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds);

describe('a count the report says it did itself (`we planted 2,630 young saplings`) against the row its noun and verb name (`Saplings planted`)', () => {
  it('flags the count written a power of ten off', () => {
    const found = mismatches('In 2024 we planted 2,630 young saplings with farmers and schools');
    expect(found).toHaveLength(1);
    expect(found[0]!.figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([2_630, 26_300]);
  });

  it('holds the count said right, and a count of another deed', () => {
    expect(mismatches('In 2024 we planted 26,300 young saplings with farmers and schools')).toEqual([]);
    expect(mismatches('In 2024 we sold 2,630 young saplings to farmers and schools')).toEqual([]);
  });
});

// a dairy's report: the letter's count carries its scale word, the key figures' row its scale in a unit column
const dairy = (letter: string) =>
  [
    'Letter from the Chair',
    '',
    `In 2024 our herds grew to 12,400 cows, ${letter}, and revenue rose 5.2%.`,
    '',
    'Key performance table',
    '',
    'Indicator                         Unit                  2024        2023',
    'Revenue                           EUR million          412.6       392.2',
    'Cartons filled                    million cartons        2,740       2,610',
    'Employees                         people                1,186       1,142',
  ].join('\n');

describe('a count the report says it did itself, its scale word slipped, against a row whose unit column gives the scale (`million cartons`)', () => {
  const found = (letter: string) => checksOf('consistency', dairy(letter)).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value).sort((a, b) => a - b));

  it('flags `we filled 274 million cartons` against 2,740 million', () => {
    expect(found('and we filled 274 million cartons')).toContainEqual([274_000_000, 2_740_000_000]);
  });

  it('holds `we filled 2,740 million cartons`', () => {
    expect(found('and we filled 2,740 million cartons')).toEqual([]);
  });
});
