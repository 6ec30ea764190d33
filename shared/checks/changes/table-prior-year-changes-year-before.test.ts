import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a text figure said as the year before\'s, beside a table of both years', () => {
  const report = (lead: string) => `2023年单位产品综合能耗0.412吨标准煤/吨，${lead}0.434吨标准煤/吨，同比下降5.1%。

关键绩效表
指标                    单位              2022年      2023年
单位产品综合能耗        吨标准煤/吨        0.443       0.412
`;

  it('reads no change to the year before\'s own figure (`上年为0.434`) from the table\'s year before', () => {
    expect(changes(report('上年为'))).toEqual([]);
    expect(changes(report('本年为'))).toEqual([[false, [0.443, 0.434, 5.1]]]);
  });
});
