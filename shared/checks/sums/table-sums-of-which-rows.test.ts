import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a column with an `of which` row among its parts', () => {
  const table = (total: string) =>
    ['Fuel and energy use (GJ)              FY2023        FY2022', 'Diesel                                 41,260        44,318', 'Purchased electricity                 126,480       119,904', '  of which certified renewable         88,140        61,276', 'Liquefied petroleum gas                 6,930         7,214', `Total energy use                      ${total}       171,436`, ''].join('\n');
  it('adds the rows it breaks down, not the breakdown again', () => {
    expect(sums(table('174,670'))).toEqual(expect.arrayContaining([[true, [174_670, 41_260, 126_480, 6_930]], [true, [171_436, 44_318, 119_904, 7_214]]]));
    expect(sums(table('176,470'))).toEqual(expect.arrayContaining([[false, [176_470, 41_260, 126_480, 6_930]]]));
  });
});

describe('a GHG table row naming its scopes and its Scope 2 method', () => {
  const table = (location: string) =>
    ['GHG emissions (tCO2e)                   2023        2022', 'Scope 1                                 8,214       8,906', 'Scope 2 (location-based)               31,460      33,018', 'Scope 2 (market-based)                  4,380      12,652', `Scope 1 and 2 (location-based)         ${location}      41,924`, 'Scope 1 and 2 (market-based)           12,594      21,558', ''].join('\n');
  it('adds Scope 1 and the Scope 2 row of that method', () => {
    expect(sums(table('39,674'))).toEqual(expect.arrayContaining([[true, [39_674, 8_214, 31_460]], [true, [41_924, 8_906, 33_018]]]));
    expect(sums(table('39,764'))).toEqual(expect.arrayContaining([[false, [39_764, 8_214, 31_460]]]));
  });
});

describe('a row over its `of which` row and a sibling sharing its head noun', () => {
  // Frozen meals 12,310 over 4,120 + 7,190 = 11,310 is a slip of one digit by chance: the trays are its sibling
  const table = ['Sales by range (tonnes)                  2024        2023', 'Frozen meals                           13,480      12,310', 'of which vegetarian meals               5,260       4,120', 'Chilled meals                           6,940       7,190', 'Soups and sauces                        3,020       2,860', 'Total                                  23,440      22,360', ''].join('\n');
  it('reads no sum of the `of which` row and the sibling against the row', () => {
    expect(sums(table).filter(([, values]) => (values as number[])[0] === 12_310)).toEqual([]);
    expect(sums(table)).toEqual(expect.arrayContaining([[true, [22_360, 12_310, 7_190, 2_860]]]));
  });
});
