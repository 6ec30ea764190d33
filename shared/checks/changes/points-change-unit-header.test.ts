import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a regional bank's people section and its key figures, whose header leaves the label column blank and heads the unit column
// first (`                     Unit        2024      2023`): the share's points against the row's year before
const report = (pp: string) =>
  [
    '3 Our people',
    '',
    `Women held 312 of our management posts, or 42.8% of managers, up ${pp} percentage points on the year.`,
    '',
    'Key figures',
    '',
    '                              Unit                 2024        2023',
    'Customers                     thousand            684.2       661.9',
    'Employees                     people              2,941       2,874',
    'Women managers                % of managers        42.8        40.9',
  ].join('\n');

const points = (pp: string) => checksOf('change', report(pp)).filter((c) => c.rule === 'change.percentage-points-against-table').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('points against a key figures row under a header that leaves its label column blank', () => {
  it('reads the year columns over the rows\' last cells, not the unit column', () => {
    expect(points('1.9')).toEqual([[true, [40.9, 42.8, 1.9]]]);
    expect(points('9.1')).toEqual([[false, [40.9, 42.8, 9.1]]]);
  });
});
