import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.share-of-table-total';
const said = (c: { holds: boolean; figures: Array<{ value: number }> }) => [c.holds, c.figures.map((f) => f.value)];
const ofRule = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map(said);

describe('a text share of `the total` right after a figure a table restates', () => {
  const fleet = (coaches: string) => `Fleet by vehicle type at 31 March 2024
Vehicle type          Diesel    Hybrid    Electric     Total
Single-deck buses        812       214         168     1,194
Double-deck buses        486       302          96       884
Coaches                  142         0          12       154
Total                  1,440       516         276     2,232

Our electric fleet grew again: single-deck buses are still the largest group, with 1,194 vehicles, or
${coaches}% of the total, and we added 40 double-deck hybrids (884 vehicles (39.6% of the total)).
`;

  it('takes the Total row of the column the figure stands in for the whole', () => {
    expect(ofRule(fleet('55.3'))).toEqual([
      [false, [1_194, 2_232, 55.3]],
      [true, [884, 2_232, 39.6]],
    ]);
    // a holding share the whole before it gives is read once, by that rule
    expect(ofRule(fleet('53.5'))).toEqual([[true, [884, 2_232, 39.6]]]);
  });

  it('reads no share of a total the words name, nor of a figure two columns give different totals for', () => {
    expect(ofRule(fleet('55.3').replace('55.3% of the total,', '55.3% of the total fleet,'))).toEqual([[true, [884, 2_232, 39.6]]]);
    expect(ofRule(fleet('55.3').replace('Coaches                  142         0          12       154', 'Coaches                1,194         0          12       154'))).toEqual([[true, [884, 2_232, 39.6]]]);
  });
});

describe('a text share of `total`, no article, as the other share rules read it', () => {
  const staff = (share: string) => `Headcount by region, 30 June 2024
Region              Full-time   Part-time   Total
North America           3,870       1,526   5,396
Europe                  3,402         988   4,390
Asia Pacific            2,214         486   2,700
Total                   9,486       3,000  12,486

North America remains our largest region, with 5,396 people, or ${share}% of total, ahead of Europe.
`;

  it('takes the Total row of the figure’s column for the whole (`5,396 people, or 42.3% of total`)', () => {
    expect(ofRule(staff('42.3'))).toEqual([[false, [5_396, 12_486, 42.3]]]);
    expect(ofRule(staff('42.3').replace('% of total,', '% of total headcount,'))).toEqual([]);
  });
});
