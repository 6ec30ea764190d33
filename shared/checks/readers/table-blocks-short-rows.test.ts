import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a space-aligned row with fewer cells than the rows above it', () => {
  // its cells stand under the columns they are set under, not the first ones
  const table = (trifr: string) => `Table 7  Safety performance
                                          2023                                2022
                              Employees  Contractors     Total    Employees  Contractors     Total
Hours worked (million)             5.26         9.84     15.10         5.02        10.16     15.18
Lost time injuries                    4            9        13            6           11        17
LTIFR (per million hours)          0.76         0.91      0.86         1.20         1.08      1.12
Recordable injuries                                         41                                52
TRIFR (per million hours)                                 ${trifr}                              3.43
`;

  it('reads the total column rates over the total hours', () => {
    const rates = checksOf('ratio', table('2.72')).filter((c) => c.rule === 'rate.injury-frequency');
    expect(rates.filter((c) => !c.holds)).toEqual([]);
    expect(rates).toEqual(expect.arrayContaining([expect.objectContaining({ holds: true, figures: [expect.objectContaining({ value: 41 }), expect.objectContaining({ value: 15.1e6 }), expect.objectContaining({ value: 2.72 })] })]));
  });

  it('finds a slip in one of them', () => {
    const rates = checksOf('ratio', table('2.27')).filter((c) => c.rule === 'rate.injury-frequency' && !c.holds);
    expect(rates).toMatchObject([{ figures: [{ value: 41 }, { value: 15.1e6 }, { value: 2.27 }] }]);
  });
});
