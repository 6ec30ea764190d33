import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a forge's energy table: two years' columns, then a share column whose heading names no year
const report = (said: string) =>
  [
    'Table 2  Energy use by source (GJ)',
    'Source                                FY2024-25  FY2023-24  Share (%)',
    'Grid electricity                         41,200     42,600       52.8',
    'Rooftop solar                             9,860      7,140       12.6',
    'Natural gas                              26,940     29,960       34.5',
    'Total energy                             78,000     79,700       99.9',
    '',
    said,
    '',
  ].join('\n');

const disagreeing = (text: string) =>
  [...checksOf('consistency', text), ...checksOf('ratio', text)]
    .filter((c) => !c.holds)
    .map((c) => c.figures.map((f) => f.value));

describe('a share column naming no year, beside columns of years', () => {
  it('is of the latest year: the year before`s shares said in a note restate none of it', () => {
    expect(disagreeing(report('FY2023-24 shares: grid electricity 53.5%, rooftop solar 9.0%, natural gas 37.6%.'))).toEqual([]);
  });

  it('while a share said of the latest year still restates it', () => {
    expect(disagreeing(report('Rooftop solar supplied 14.6% of our energy in FY2024-25.')).some((values) => values.includes(14.6) && values.includes(12.6))).toBe(true);
  });
});
