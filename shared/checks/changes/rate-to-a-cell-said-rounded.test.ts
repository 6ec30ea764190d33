import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a waterworks' revenue: the text says the table's latest cell in fewer digits (`RMB50.0 million` of 50,000 thousand)
// with a rate worked over the new value (2,000 over 50,000 is 4.0%; over 48,000 it is 4.17%, the table's +4.2)
const report = (rate: string) =>
  [
    `Revenue rose ${rate}% to RMB50.0 million in 2024, with water supply our largest business.`,
    '',
    'Table 1: Revenue (RMB thousand)',
    'Business                           2024       2023    Change %',
    'Water supply                     30,250     29,100        +4.0',
    'Wastewater treatment             19,750     18,900        +4.5',
    'Total revenue                    50,000     48,000        +4.2',
  ].join('\n');

const rates = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

describe('a rate to a level the text says in fewer digits than its table cell', () => {
  it('is held to the cell: `rose 4.0%` of 48,000 -> 50,000 (4.17%) does not hold, though RMB50.0 million could be 50.05', () => {
    // (the text's figure named beside the cells)
    expect(rates(report('4.0')).map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[false, [48_000_000, 50_000_000, 4, 50_000_000]]]);
  });

  it('the rate the cells give holds (`rose 4.2%`)', () => {
    expect(rates(report('4.2'))).toMatchObject([{ holds: true }]);
  });
});
