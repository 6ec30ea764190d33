import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

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
