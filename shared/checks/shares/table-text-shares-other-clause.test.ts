import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.table-cell-of-text-total';
const ofRule = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map((c) => c.message);

describe('a share whose sentence names the total only in a clause about another figure', () => {
  const report = (share: string) => `一、董事长致辞

2024年，公司危险废物资源化利用比例达到${share}，单位产值废弃物产生量降至0.82吨/万元。

二、环境

表6：废弃物产生量（单位：万吨）

废弃物类型                2024年        2023年
一般工业固废                9.64          9.12
危险废物                    2.76          2.58
合计                       12.40         11.70

2024年，公司废弃物产生总量12.40万吨，其中危险废物2.76万吨。
`;

  it('reads no share of the total from it: the clause naming the total is about the intensity', () => {
    expect(ofRule(report('35.2%'))).toEqual([]);
  });

  it('still reads a share whose own clause names the total', () => {
    expect(ofRule(`2024年，公司废弃物产生总量12.40万吨，危险废物占废弃物产生总量的22.3%。

表6：废弃物产生量（单位：万吨）

废弃物类型                2024年        2023年
一般工业固废                9.64          9.12
危险废物                    2.76          2.58
合计                       12.40         11.70
`)).toEqual(['✓ 2.76 / 12.4 = 22.3 %']);
  });
});

describe('a share of a category row, the category named after 占 as its whole', () => {
  const report = `（二）仓储规模

截至2024年末，公司运营仓储面积1,250万平方米，较上年末的1,120万平方米增长11.6%，其中高标仓760万平方米，占60.8%。冷链
仓储面积300万平方米，同比增长25.0%，其中医药冷库96万平方米，占冷链仓储面积的32.0%。

表2：运营仓储面积按类型划分（单位：万平方米）

类型                                               2024年末      占比（%）     2023年末      同比（%）
高标仓                                                760       60.8        690      +10.1
普通仓                                                190       15.2        190        0.0
冷链仓储                                              300       24.0        240      +25.0
其中：医药冷库                                          96        7.7         70      +37.1
合计                                               1,250      100.0      1,120      +11.6
`;

  it('reads no share of the total from it: 32.0% is of 冷链仓储, not 冷链仓储 of the total', () => {
    expect(ofRule(report)).toEqual([]);
    expect(checksOf('consistency', report).filter((c) => !c.holds)).toEqual([]);
  });
});
