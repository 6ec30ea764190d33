import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a subtotal after a share row', () => {
  const table = (recycled: string) => `Table 7: Waste generated (tonnes)
                                              2022          2023
Hazardous waste                              1,240         1,180
Share of hazardous waste (%)                   8.1           7.6
Non-hazardous waste recycled                 9,860        ${recycled}
Non-hazardous waste landfilled               4,210         3,940
Total non-hazardous waste                   14,070        14,360
`;

  it('adds the rows since the share row, not the row the share row closed', () => {
    const sums = checksOf('sum', table('10,420')).filter((c) => c.rule === 'sum.table-column');
    expect(sums).toEqual([
      expect.objectContaining({ holds: true, stated: 14_070, expected: 14_070 }),
      expect.objectContaining({ holds: true, stated: 14_360, expected: 14_360 }),
    ]);
  });

  it('still calls a slip in those rows', () => {
    expect(checksOf('sum', table('10,240')).filter((c) => c.rule === 'sum.table-column')).toContainEqual(expect.objectContaining({ holds: false, stated: 14_360, expected: 14_180 }));
  });
});
