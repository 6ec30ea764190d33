import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a paper mill's letter and its energy section: the letter writes the steam the section measures with `million` for `thousand`
const report = (letter: string) =>
  [
    "Managing Director's letter",
    '',
    `The new recovery boiler came on line in March. ${letter} and we closed the old coal store for good.`,
    '',
    '3. Energy',
    '',
    'Steam use was 86,200 GJ in 2024, 5.1% less than in 2023, all of it raised from biomass and recovered heat.',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');

describe('a measure written with `million` before its unit against the same digits in that unit alone (`86.2 million GJ`, `86,200 GJ`)', () => {
  it('is a thousand read as a million, flagged though the digits are three', () => {
    expect(mismatches(report('Across our three mills steam use fell to 86.2 million GJ,')).map((c) => c.figures.map((f) => f.value))).toEqual([[86.2e6, 86_200]]);
  });

  it('flags nothing when the letter writes the thousand', () => {
    expect(mismatches(report('Across our three mills steam use fell to 86.2 thousand GJ,'))).toEqual([]);
  });

  it('reads no slip of a power of ten other than a thousand (`8.62 million GJ`)', () => {
    expect(mismatches(report('Across our three mills steam use fell to 8.62 million GJ,'))).toEqual([]);
  });
});
