import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a header of groups repeated for each year (`Employees  Contractors  Total`, twice)', () => {
  const table = (total: string) => `Table 7  Safety performance
                                          2023                                2022
                              Employees  Contractors     Total    Employees  Contractors     Total
Hours worked (million)             5.26         9.84     ${total}         5.02        10.16     15.18
Lost time injuries                    4            9        13            6           11        17
`;

  it('adds each group up to its own total', () => {
    const sums = checksOf('sum', table('15.10')).filter((c) => c.rule === 'sum.table-row');
    expect(sums.map((c) => c.message).sort()).toEqual(['✓ 4 + 9 = 13', '✓ 5.02 + 10.16 = 15.18', '✓ 5.26 + 9.84 = 15.1', '✓ 6 + 11 = 17']);
  });

  it('finds a total that does not add', () => {
    expect(checksOf('sum', table('15.01')).filter((c) => !c.holds)).toMatchObject([{ rule: 'sum.table-row', stated: 15.01e6 }]);
  });
});
