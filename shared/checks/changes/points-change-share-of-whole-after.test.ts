import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const points = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.percentage-points-against-table').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('points said of a share whose whole is named after it (`38.4% of the packaging we bought`)', () => {
  const text = (pp: string) => `LETTER FROM THE CHIEF EXECUTIVE

Recycled materials made up 38.4% of the packaging we bought, up ${pp} percentage points on the previous year.

Table 6: Packaging

                                     2024        2023
Packaging bought (tonnes)          48,620      46,180
Recycled share of packaging (%)      38.4        34.3
`;

  it('reads the row its words before and its whole after name, against the year before\'s cell', () => {
    expect(points(text('4.1'))).toEqual([[true, [34.3, 38.4, 4.1]]]);
    expect(points(text('2.1'))).toEqual([[false, [34.3, 38.4, 2.1]]]);
  });
});
