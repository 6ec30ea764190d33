import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

describe('a table cell ending in zeros, read as finely as its column', () => {
  const sales = (total: string) =>
    `Table 4: Sales by product (EUR thousand)\nProduct\t2024\t2023\nBread\t43,100\t41,300\nPastries\t18,200\t17,800\nCakes\t6,900\t6,400\nCoffee\t2,300\t2,000\nTotal\t70,500\t${total}\n`;

  it('calls a total its rows miss a mismatch though one row is round (`2,000` among hundreds is no 1,500–2,500)', () => {
    expect(checksOf('sum', sales('67,900')).find((c) => !c.holds)).toMatchObject({ expected: 67_500e3, stated: 67_900e3, rule: 'sum.table-column' });
  });

  it('still lets the total its rows make hold', () => {
    expect(checksOf('sum', sales('67,500')).filter((c) => !c.holds)).toEqual([]);
  });

  it('keeps the rounding of a column whose every cell ends in zeros', () => {
    const rounded = `Table 2: Trees planted\nRegion\t2024\nNorth\t12,000\nSouth\t9,000\nWest\t4,000\nTotal\t26,000\n`;
    expect(checksOf('sum', rounded).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a table cell ending in zeros, read as finely as its row', () => {
  // a key figures row gives one metric over its years, kept alike: its round 2024 is to the ten its 2023 is
  const report = (key2024: string) =>
    [
      'Table 5: Water withdrawn by source (megalitres)',
      'Source              2024       2023',
      'River              2,430      2,390',
      'Boreholes          1,820      1,850',
      'Total              4,250      4,240',
      '',
      'River water rose with the new intake at the bottling plant, while the boreholes were rested through the dry',
      'summer months. Both sources were metered monthly and the readings checked against the licence returns at',
      'the end of the year, as in the years before, by the site engineers and the environment team.',
      '',
      'Key figures',
      'Indicator                  Unit          2024       2023',
      `Water withdrawn            megalitres   ${key2024}      4,240`,
      'Sites                      number           2          2',
    ].join('\n');

  it('says a round key figure that is not its table\'s total (`4,200` against 4,250)', () => {
    expect(checksOf('consistency', report('4,200')).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 4_250 }, { value: 4_200 }] }]);
  });

  it('lets the key figure its table gives hold', () => {
    expect(checksOf('consistency', report('4,250')).filter((c) => !c.holds)).toEqual([]);
  });
});
