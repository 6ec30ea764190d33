import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-share-column').map((c) => [c.holds, c.figures.map((f) => f.value)]);
// a pipe table whose sub-label rows part the header of percentages from its cells
const table = (under30: string) =>
  [
    'Table 7  Headcount by age and contract (31 March 2024)',
    '',
    '| Group | Headcount | Share (%) |',
    '|---|---|---|',
    '| By age | | |',
    `| Under 30 | 1,248 | ${under30} |`,
    '| 30 to 50 | 3,406 | 57.5 |',
    '| Over 50 | 1,270 | 21.4 |',
    '| By contract | | |',
    '| Permanent | 5,312 | 89.7 |',
    '| Fixed-term | 612 | 10.3 |',
    '| Total | 5,924 | 100.0 |',
    '',
  ].join('\n');

describe('a share column under a header of percentages that sub-label rows part from its cells', () => {
  it('reads each row over the total row', () => {
    expect(shares(table('21.1'))).toEqual(expect.arrayContaining([[true, [1_248, 5_924, 21.1]], [true, [3_406, 5_924, 57.5]], [true, [5_312, 5_924, 89.7]], [true, [612, 5_924, 10.3]]]));
  });
  it('reports a share that does not come out', () => {
    expect(shares(table('12.1'))).toEqual(expect.arrayContaining([[false, [1_248, 5_924, 12.1]]]));
  });
});
