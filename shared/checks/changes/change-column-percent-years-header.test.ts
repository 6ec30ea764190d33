import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A water utility's energy tables, ESRS-style: a change column headed `% 2024/2023` (this year on the one before, in %) beside
// the years it is between, over rows whose thousands are grouped by spaces; the first table's header leaves its label
// column blank and opens with a base year, the second heads its label column with the rows' unit.
const tables = (cell: string) =>
  [
    'Energy use by source (MWh)',
    '                                           Base year 2020      2023       2024    % 2024/2023',
    'Purchased electricity                             48 612    45 204     43 980           -2.7',
    'Natural gas                                       12 486    11 902     11 214           -5.8',
    '',
    'Energy intensity (MWh/EUR million revenue)                   2023       2024    % 2024/2023',
    'Electricity per revenue                                      18.62      17.04     ' + cell,
  ].join('\n');

const changes = (text: string) =>
  checksOf('change', text)
    .filter((c) => c.rule === 'change.year-on-year-column')
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a change column headed `% 2024/2023`', () => {
  it('reads each row from the year before to the later year, the base year aside', () => {
    expect(changes(tables('-8.5'))).toEqual([
      [true, [45_204, 43_980, -2.7]],
      [true, [11_902, 11_214, -5.8]],
      [true, [18.62, 17.04, -8.5]],
    ]);
  });

  it('finds a change cell its row’s years do not give', () => {
    expect(changes(tables('-4.1'))).toContainEqual([false, [18.62, 17.04, -4.1]]);
  });
});
