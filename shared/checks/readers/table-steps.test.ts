import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

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

describe('a round figure of running text that a table states exactly, read as finely as that cell', () => {
  // a ferry operator's review: the letter's round revenue and passengers, their tables' totals, and a figure per passenger
  const review = (perPassenger: string) =>
    `In 2024 our ferries carried 4,000 thousand passengers and revenue reached €120 million. Revenue per passenger was €${perPassenger}.\n\n` +
    'Table 1: Revenue by service (EUR thousand)\nService\t2024\t2023\nCrossings\t82,600\t79,900\nFreight\t28,300\t27,400\nOnboard sales\t9,100\t8,700\nTotal\t120,000\t116,000\n\n' +
    'Table 2: Passengers by route (thousand)\nRoute\t2024\t2023\nNorth Channel\t2,310\t2,200\nSouth Channel\t1,690\t1,650\nTotal\t4,000\t3,850\n';
  const perPassenger = (stated: string) => checksOf('ratio', review(stated)).filter((c) => c.figures.some((f) => f.text === `€${stated}`));

  it('lets no figure per passenger over last year\'s passengers hold (`€120 million` is no 115–125 million)', () => {
    expect(perPassenger('31.17').filter((c) => c.holds)).toEqual([]);
  });

  it('still reads the figure its totals give as holding', () => {
    expect(perPassenger('30.00').filter((c) => c.holds)).not.toEqual([]);
  });
});

// A round figure of running text that a table cell of a column in units states again is that exact figure, not one
// rounded to its zeros: a share of it is worked to the unit.
describe('a text figure ending in zeros that a table cell read finely states again', () => {
  const report = (share: string) =>
    [
      `截至2024年末，集团员工总数4,000人，较上年末的3,740人增长7.0%。其中研发人员1,532人，占员工总数的${share}%。`,
      '',
      '表3：员工按类别划分（单位：人）',
      '',
      '类别                2024年      2023年',
      '研发人员             1,532       1,420',
      '生产人员             1,961       1,843',
      '管理人员               507         477',
      '合计                 4,000       3,740',
    ].join('\n');

  it('calls 41.0% (1,532 over last year’s 3,740) a mismatch where 1,532 of the 4,000 the table’s 合计 gives is 38.3%', () => {
    expect(checksOf('ratio', report('41.0')).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value))).toContainEqual([1532, 4000, 41]);
  });

  it('still lets the share said right hold', () => {
    expect(checksOf('ratio', report('38.3')).filter((c) => !c.holds)).toEqual([]);
  });

  it('keeps a text figure no cell states again as rounded as its zeros', () => {
    const alone = report('41.0').split('\n')[0]!;
    expect(checksOf('ratio', alone).filter((c) => !c.holds)).toEqual([]);
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
