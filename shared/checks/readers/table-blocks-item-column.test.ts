import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a space-aligned table with a second label column naming each row’s item', () => {
  // `Employees   Wages and benefits   4,286   4,512`: the item cell is longer than a unit's, yet the row is a row
  const table = (total: string) => `Economic value distributed                                        (Unit: EUR million)
Stakeholder            Item                                 2022          2023
Employees              Wages and benefits                  4,286         4,512
Suppliers              Operating costs paid                9,618        10,204
Capital providers      Interest and dividends                742           806
Governments            Income taxes paid                     388           412
Communities            Donations and sponsorships             26            31
Total                                                     15,060        ${total}
`;

  it('adds the rows up to the total', () => {
    const sums = checksOf('sum', table('15,965')).filter((c) => c.rule === 'sum.table-column');
    expect(sums.filter((c) => !c.holds)).toEqual([]);
    expect(sums).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ holds: true, figures: expect.arrayContaining([expect.objectContaining({ value: 4286e6 }), expect.objectContaining({ value: 15060e6 })]) }),
        expect.objectContaining({ holds: true, figures: expect.arrayContaining([expect.objectContaining({ value: 4512e6 }), expect.objectContaining({ value: 15965e6 })]) }),
      ]),
    );
  });

  it('finds a total that does not add up', () => {
    const slips = checksOf('sum', table('15,695')).filter((c) => !c.holds);
    expect(slips).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 15695e6 })]) }]);
  });
});
