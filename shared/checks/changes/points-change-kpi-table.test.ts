import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const points = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.percentage-points-against-table').map((c) => [c.holds, c.figures.map((f) => f.value)]);
const text = (pp: string) => `截至2023年末，公司员工总数74,562人，其中女性员工26,842人，占员工总数的36.0%，较上年提高${pp}个百分点。

附录 关键绩效表
指标	单位	2021年	2022年	2023年
经济绩效
营业收入	亿元	1,086.3	1,191.6	1,284.6
社会绩效
员工总数	人	68,420	72,186	74,562
其中：女性员工	人	24,318	25,904	26,842
女性员工占比	%	35.5	35.9	36.0
`;

describe('points said against the year before, the year before a cell of a KPI table under a sub-heading', () => {
  it('takes the year before from the row below the sub-heading, under the table\'s header of years', () => {
    expect(points(text('0.1'))).toEqual([[true, [35.9, 36, 0.1]]]);
    expect(points(text('0.4'))).toEqual([[false, [35.9, 36, 0.4]]]);
  });
});

describe('points said against a named year, in traditional Chinese', () => {
  const table = (year: string, pp: string) => `回收再利用率92.4%，較${year}年提升${pp}個百分點。

表3 廢棄物管理
項目\t2022年\t2023年
廢棄物總量（公噸）\t6,176\t5,734
回收再利用率（%）\t88.6\t92.4
`;

  it('takes `較2022年提升` as against the 2022 column, and a year the table does not have before its latest as none', () => {
    expect(points(table('2022', '3.8'))).toEqual([[true, [88.6, 92.4, 3.8]]]);
    expect(points(table('2022', '3.2'))).toEqual([[false, [88.6, 92.4, 3.2]]]);
    expect(points(table('2021', '3.2'))).toEqual([]);
  });
});

describe('points said right after a share in its clause, with no year named', () => {
  const text = (pp: string) => `The passenger load factor was 82.2%, up ${pp} percentage points, and on-time performance reached 86.4%, up 3.2 percentage points.

Table 1: Key operating data, 2023
Indicator                               2022      2023     Change
Passenger load factor (%)               74.6      82.2    7.6 pts
On-time performance (%)                 83.2      86.4    3.2 pts
`;

  it('takes each share\'s own points against the year before of the row it restates', () => {
    expect(points(text('7.6'))).toEqual([
      [true, [74.6, 82.2, 7.6]],
      [true, [83.2, 86.4, 3.2]],
    ]);
    expect(points(text('6.7'))).toContainEqual([false, [74.6, 82.2, 6.7]]);
  });

  it('takes no row the clause does not name', () => {
    expect(points('The share of women was 82.2%, up 6.7 percentage points.\n\nIndicator    2022    2023\nPassenger load factor (%)    74.6    82.2\n')).toEqual([]);
  });
});

describe('points said of a share whose clause names its row in part, its whole said in the clause before', () => {
  // a brewer's packaging paragraph and its key figures: the glass bought, then the share of it that was returnable
  const brewer = (pp: string) => `We bought 18,600 tonnes of glass in 2024; 11,420 tonnes of it, 61.4%, was returnable, up ${pp} percentage points from 2023.

Key figures
Metric                     Unit        2024       2023
Glass bought               tonnes    18,600     19,250
Returnable glass           %           61.4       58.3
Water per hectolitre       hl           3.1        3.3
`;

  it('reads the points against the one row the share restates whose words its clause says', () => {
    expect(points(brewer('3.1'))).toEqual([[true, [58.3, 61.4, 3.1]]]);
    expect(points(brewer('4.1'))).toEqual([[false, [58.3, 61.4, 4.1]]]);
  });
});
