import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-share-row').map((c) => [c.holds, c.figures.map((f) => f.text)]);

// a key figures table whose share row names its part's row and its whole's, the two not next to it nor a total
const zh = (share2022: string) =>
  [
    '表5  主要经营指标',
    '',
    '指标                      单位        2023年        2022年',
    '营业收入                  亿元        412.60        386.40',
    '员工总数                  人          18,240        17,960',
    '环保投入                  亿元          9.48          8.62',
    '环保投入占营业收入的比重  %             2.30        ' + share2022,
    '',
  ].join('\n');

const en = (share2023: string) =>
  [
    'Table 3  Key figures',
    '',
    'Indicator                                                2023        2022',
    'Revenue (GBP million)                                 1,846.2     1,712.8',
    'Employees                                               6,412       6,208',
    'Community investment (GBP million)                      12.64       11.02',
    `Community investment as a percentage of revenue (%)      ${share2023}        0.64`,
    '',
  ].join('\n');

describe('a share row whose label names its part and its whole, each a row of its table', () => {
  it('reads each column as the part row over the whole row', () => {
    expect(shares(zh('2.23'))).toEqual(expect.arrayContaining([[true, ['9.48', '412.60', '2.30']], [true, ['8.62', '386.40', '2.23']]]));
    expect(shares(en('0.68'))).toEqual(expect.arrayContaining([[true, ['12.64', '1,846.2', '0.68']], [true, ['11.02', '1,712.8', '0.64']]]));
  });
  it('reports a column whose share does not come out (digits swapped)', () => {
    expect(shares(zh('2.32'))).toEqual(expect.arrayContaining([[false, ['8.62', '386.40', '2.32']]]));
    expect(shares(en('0.86'))).toEqual(expect.arrayContaining([[false, ['12.64', '1,846.2', '0.86']]]));
  });
});
