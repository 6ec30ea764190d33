import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a printer's report: the paragraph's total of its scopes slipped, the intensity after it worked on the key figures' total
const report = (total: string) =>
  [
    '1. Our year',
    '',
    'Revenue was £84.2 million in 2024, 3.1% more than in 2023.',
    '',
    '2. Emissions',
    '',
    `Scope 1 emissions were 3,420 tCO2e and Scope 2 emissions 2,336 tCO2e, a total of ${total} tCO2e. Emissions per £ million of revenue were 68.4 tCO2e.`,
    '',
    'Key figures                       Unit              2024       2023',
    'Revenue                           £ million         84.2       81.7',
    'Scope 1 emissions                 tCO2e            3,420      3,610',
    'Scope 2 emissions                 tCO2e            2,336      2,480',
    'Total GHG emissions               tCO2e            5,756      6,090',
    'GHG per £ million revenue         tCO2e             68.4       74.5',
  ].join('\n');

const overTotal = (total: string) =>
  checksOf('ratio', report(total))
    .filter((c) => c.rule === 'rate.over-slipped-total')
    .map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);

describe("a paragraph's rate over its own total, whose digits slipped against its parts and the table", () => {
  it('is a mismatch over the total as printed, the rate standing on the table total', () => {
    expect(overTotal('5,576')).toEqual([[false, [5_576, 84.2e6, 68.4]]]);
  });

  it('says nothing when the total adds up', () => {
    expect(overTotal('5,756')).toEqual([]);
  });
});
