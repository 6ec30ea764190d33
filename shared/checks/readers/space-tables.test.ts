import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a table whose cells are aligned with spaces (a layout-keeping PDF text)', () => {
  const generation = (total: string) =>
    ['Net generation by source (thousand MWh)', 'Source              2022        2023', 'Coal               9,842       7,316', 'Wind               5,126       6,384', 'Solar              1,047       1,962', `Total             16,015      ${total}`, ''].join('\n');

  it('adds up its columns to the total row, as a tab-separated table', () => {
    expect(checksOf('sum', generation('15,662')).map((c) => [c.holds, c.stated])).toEqual([
      [true, 16_015e3],
      [true, 15_662e3],
    ]);
    expect(checksOf('sum', generation('15,626')).find((c) => !c.holds)).toMatchObject({ expected: 15_662e3, stated: 15_626e3, rule: 'sum.table-column' });
  });

  it('divides along a share column whose total row reads 100%', () => {
    const table = ['学历              人数        占比', '博士               862        2.2%', '硕士            15,390       40.0%', '本科            22,208       57.7%', '合计            38,460      100.0%', ''].join('\n');
    expect(checksOf('ratio', table).map((c) => [c.holds, c.stated])).toEqual([
      [true, 2.2],
      [true, 40],
      [true, 57.7],
    ]);
  });

  it('does not read bullets or sentences with a double space as rows', () => {
    const bullets = ['•  2.4 million electric customers', '•  8,214 employees', '•  $3.9 billion capital investment', '•  Total 11,400 employees', ''].join('\n');
    expect(checksOf('sum', bullets)).toEqual([]);
  });
});

describe('a space-aligned table whose label the PDF wrapped over two lines', () => {
  const table = (total: string) => `Passenger journeys by route
Route                           2023-24    2022-23
Portsmouth main line               24.6       21.8
Southampton and
Bournemouth                        19.2       17.1
Coastway                           15.9       14.1
Total                              ${total}       53.0
`;

  it('calls no mismatch over the rows under the wrapped label alone: the rows above it are parts too', () => {
    expect(checksOf('sum', table('59.7')).filter((c) => !c.holds)).toEqual([]);
  });

  it('reads a Change column of bracketed negatives (`(4.8%)`) as a table: its total adds up', () => {
    const table = (total: string) =>
      ['Table 2: Greenhouse gas emissions (tCO2e)', 'Scope                         2022          2023       Change', 'Scope 1                    486,200       468,200       (3.7%)', 'Scope 2                     38,400        31,600      (17.7%)', 'Scope 3                  1,729,800     1,690,200       (2.3%)', `Total                    2,254,400     ${total}       (3.1%)`, ''].join('\n');
    expect(checksOf('sum', table('2,184,600')).filter((c) => c.rule === 'sum.table-column' && !c.holds)).toMatchObject([{ expected: 2_190_000, stated: 2_184_600 }]);
    expect(checksOf('sum', table('2,190,000')).filter((c) => c.rule === 'sum.table-column' && !c.holds)).toEqual([]);
  });
});
