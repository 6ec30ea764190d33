import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shareOf = (text: string, stated: number) => checksOf('ratio', text).filter((c) => c.stated === stated).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a Chinese share of a whole by its one name, the total row of the table its caption names', () => {
  it('reads `占员工总数的N%` over the 合计 row under `表3：员工构成`', () => {
    const text = (share: string) =>
      '（二）员工\n\n截至2024年末，本行共有正式员工12,480人，同比增长2.1%。\n\n表3：员工构成（单位：人）\n\n类别                          2024年      占比（%）\n营业网点人员                   8,236         66.0\n科技人员                       1,872         15.0\n管理及职能人员                 2,372         19.0\n合计                          12,480        100.0\n\n' +
      `其中女性员工6,864人，占员工总数的${share}%，较上年提升0.4个百分点。\n`;
    expect(shareOf(text('55.0'), 55)).toEqual([[true, [6_864, 12_480, 55]]]);
    expect(shareOf(text('57.0'), 57)).toEqual([[false, [6_864, 12_480, 57]]]);
  });

  it('reads `占总仓储面积的N%` over the 合计 row under `表1：仓储面积按区域分布`, its latest year', () => {
    const text = (share: string) =>
      '一、物流网络\n\n表1：仓储面积按区域分布（单位：万平方米）\n\n区域                    2024年      2023年\n华北                      64.2        58.8\n华东                      82.6        79.4\n西部                      33.2        28.6\n合计                     180.0       166.8\n\n' +
      `配备屋顶光伏的高标仓面积46.8万平方米，占总仓储面积的${share}%。\n`;
    expect(shareOf(text('26.0'), 26)).toEqual([[true, [468_000, 1_800_000, 26]]]);
    expect(shareOf(text('28.0'), 28)).toEqual([[false, [468_000, 1_800_000, 28]]]);
  });
});
