import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a total row between the rows above it and its `of which` rows', () => {
  const table = (nordics: string) => `Table 12: Employees by region (FTE at year end)
                                  2022          2023
Nordics                          4,218        ${nordics}
Rest of Europe                   2,906         3,012
North America                    1,488         1,536
Asia-Pacific                       842           910
Total employees                  9,454         9,874
of which women                   3,402         3,596
of which men                     6,052         6,278
`;

  it('totals the rows above it as well as those under it', () => {
    const sums = checksOf('sum', table('4,416'));
    expect(sums).toContainEqual(expect.objectContaining({ rule: 'sum.table-column', holds: true, stated: 9_874 }));
    expect(sums).toContainEqual(expect.objectContaining({ rule: 'sum.following-parts', holds: true, stated: 9_874 }));
  });

  it('so a slip above it is a mismatch', () => {
    expect(checksOf('sum', table('4,461'))).toContainEqual(expect.objectContaining({ rule: 'sum.table-column', holds: false, stated: 9_874, expected: 9_919 }));
  });
});
