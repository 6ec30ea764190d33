import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const SHARES = 'ratio.table-cell-of-text-total';

/** A water utility's supply page: the total and its shares in the text, then a table whose wide header row stands between its caption and its cells. */
const page = (householdShare: string) => `2. WATER SUPPLIED

Water supplied rose 3.1% to 412.6 GL. Households took ${householdShare}% of the water supplied and businesses 26.0%.

Table 2.1 Water supplied by customer type (GL)
Customer type                       FY2024         FY2023      Change (%)
Households                           264.8          256.1            3.4
Businesses                           107.3          104.2            3.0
Councils and others                   40.5           39.9            1.5
Total                                412.6          400.2            3.1
`;

describe('a table caption read past the table\'s header row', () => {
  it('finds the table\'s breakdown of the text total under a wide header row, so the text\'s shares of its rows are checked', () => {
    const shares = checksOf('ratio', page('64.2')).filter((c) => c.rule === SHARES);
    expect(shares.map((c) => [c.holds, ...c.figures.map((f) => f.value)])).toEqual([
      [true, 264.8, 412.6, 64.2],
      [true, 107.3, 412.6, 26],
    ]);
  });

  it('calls a share the row does not give a mismatch', () => {
    const shares = checksOf('ratio', page('66.2')).filter((c) => c.rule === SHARES);
    expect(shares[0]).toMatchObject({ holds: false, stated: 66.2 });
  });
});
