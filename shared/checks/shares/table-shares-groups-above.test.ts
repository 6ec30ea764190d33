import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-share-column').map((c) => [c.holds, c.figures.map((f) => f.value)]);
const table = (asia: string) =>
  ['Table 4  Workforce at year end', 'Category                Headcount    Share (%)', 'By region', 'Europe                      6,214        52.4', `Asia                        3,802        ${asia}`, 'Americas                    1,838        15.5', 'By age', 'Under 30                    2,486        21.0', '30-50                       7,112        60.0', 'Over 50                     2,256        19.0', 'Total                      11,854       100.0', ''].join('\n');

describe('groups of rows that sub-label lines part from the total row', () => {
  it('are each a breakdown of the total: their shares are of it', () => {
    expect(shares(table('32.1'))).toEqual(expect.arrayContaining([[true, [6_214, 11_854, 52.4]], [true, [3_802, 11_854, 32.1]], [true, [2_486, 11_854, 21]]]));
    expect(shares(table('23.1'))).toEqual(expect.arrayContaining([[false, [3_802, 11_854, 23.1]]]));
  });
});
