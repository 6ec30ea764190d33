import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a space-aligned table whose row labels wrap onto a line of words alone', () => {
  // the label's rest under its row (`Chilled and frozen` over `  ready meals`): the rows above it stay in the table
  const segments = (share: string) => `Table 3  Revenue by category (Unit: EUR million)

Category                    2023       2022     Change (%)    Share (%)
Dairy                     412.60     388.20            6.3         ${share}
Bakery and confectionery  236.40     224.80            5.2         23.4
Chilled and frozen        198.20     176.50           12.3         19.6
  ready meals
Beverages                 102.80      98.40            4.5         10.2
Other                      61.00      58.60            4.1          6.0
Total                   1,011.00     946.50            6.8        100.0
`;

  it('reads the shares and the sum of every row over the total', () => {
    const checks = checksOf('ratio', segments('40.8')).concat(checksOf('sum', segments('40.8')));
    expect(checks.filter((c) => !c.holds)).toEqual([]);
    const held = (rule: string, ...values: number[]) =>
      checks.some((c) => c.holds && c.rule.startsWith(rule) && values.every((v) => c.figures.some((f) => f.value === v)));
    expect(held('ratio', 412.6e6, 1011e6, 40.8)).toBe(true);
    expect(held('ratio', 198.2e6, 1011e6, 19.6)).toBe(true);
    expect(held('sum', 412.6e6, 236.4e6, 198.2e6, 102.8e6, 61e6, 1011e6)).toBe(true);
  });

  it('finds a slipped share in a row above the wrapped label', () => {
    const slips = checksOf('ratio', segments('48.0')).filter((c) => !c.holds);
    expect(slips).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 48 })]) }]);
  });

  // the label's first line over its row (`(4) Purchased … from` over `    renewable sources (MWh)   21,640`)
  const energy = (total: string) => `Energy consumption and mix                                        2022         2023
(1) Fuel consumption from natural gas (MWh)                     84,260       79,480
(2) Fuel consumption from heating oil (MWh)                      6,120        4,860
(3) Consumption of purchased or acquired electricity, heat and steam from
    fossil sources (MWh)                                        38,940       31,220
(4) Total fossil energy consumption (MWh)                      129,320      ${total}
`;

  it('adds the row whose label opens on the line above it into the total', () => {
    const sums = checksOf('sum', energy('115,560')).filter((c) => c.rule === 'sum.table-column');
    expect(sums.filter((c) => !c.holds)).toEqual([]);
    expect(sums).toEqual(expect.arrayContaining([expect.objectContaining({ holds: true, figures: expect.arrayContaining([expect.objectContaining({ value: 31220 })]) })]));
  });

  it('finds a total that leaves that row out', () => {
    const slips = checksOf('sum', energy('115,650')).filter((c) => !c.holds);
    expect(slips).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 115650 })]) }]);
  });

  // the label's first line stopping on a joining word over a row not set in (`North East and` over `Cumbria   12.4`)
  const regions = (total: string) => `Bus journeys by region (millions)
Region                        2023-24    2022-23    Change
Yorkshire                        38.6       35.2      9.7%
North East and
Cumbria                          12.4       11.6      6.9%
West Midlands                    27.9       25.8      8.1%
Total                            ${total}       72.6      8.7%
`;

  it('adds the row under a label opening on a joining word into the total', () => {
    const sums = checksOf('sum', regions('78.9')).filter((c) => c.rule === 'sum.table-column');
    expect(sums.filter((c) => !c.holds)).toEqual([]);
    expect(sums).toEqual(expect.arrayContaining([expect.objectContaining({ holds: true, figures: expect.arrayContaining([expect.objectContaining({ value: 12.4e6 }), expect.objectContaining({ value: 78.9e6 })]) })]));
  });
});
