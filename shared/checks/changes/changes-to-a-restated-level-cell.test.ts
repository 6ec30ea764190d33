import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a ferry operator's revenue: the text says one line's change in its own words, the table's row names the line otherwise
const report = (cell: string) =>
  [
    '1.1 Revenue',
    'Revenue was $64.2 million in 2024. Vehicle fares fell 4.6% to $18.84 million as freight moved to the new bridge.',
    '',
    'Table 1. Revenue by line ($ thousand)',
    '',
    'Line                                  2024        2023    Share %    Change %',
    'Cars, vans and trucks carried        18,840      19,750       29.3       ' + cell,
    'Foot passengers                      45,360      41,480       70.7       +9.4',
    'Total                                64,200      61,230      100.0       +4.9',
  ].join('\n');

const changeColumn = (cell: string) => checksOf('consistency', report(cell)).filter((c) => c.rule === 'consistency.change-column');

describe('a text rate of the level a row gives, whose words do not name the row (`Vehicle fares fell 4.6% to $18.84 million`)', () => {
  it('is set against the row`s change cell: a sign turned there disagrees with it', () => {
    expect(changeColumn('+4.6').map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[false, [4.6, 4.6]]]);
  });

  it('and agrees with the cell that says the fall', () => {
    expect(changeColumn('-4.6').every((c) => c.holds)).toBe(true);
  });
});
