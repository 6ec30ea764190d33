import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const priorYear = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

describe('a text rate of a figure per something (`吨标准煤/吨`) against a table', () => {
  it('does not read the figure as an amount row\'s cell at another scale', () => {
    const report =
      '2023年，公司综合能耗93.42万吨标准煤。吨钢综合能耗0.93吨标准煤/吨，同比下降5.1%。\n\n| 指标 | 单位 | 2023年 | 2022年 |\n|---|---|---|---|\n| 综合能耗 | 万吨标准煤 | 93.42 | 98.10 |\n| 粗钢产量 | 万吨 | 1,004.5 | 996.2 |\n';
    expect(priorYear(report)).toEqual([]);
  });
});
