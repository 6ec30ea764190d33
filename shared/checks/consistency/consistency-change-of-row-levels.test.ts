import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('a change or share cell is of its row\'s levels: two tables\' rows of one label, one in money and one in tonnes, are two metrics', () => {
  it('takes a brewer\'s premium lager revenue change (EUR million) and its volume change (thousand hectolitres) for two metrics', () => {
    const report = [
      'Table 1: Revenue by brand family (EUR million)',
      '',
      'Brand family            2024        2023     Change (%)',
      'Premium lager          1,284       1,196            7.4',
      'Craft and specialty      412         398            3.5',
      'Non-alcoholic            236         188           25.5',
      'Total                  1,932       1,782            8.4',
      '',
      'Revenue grew 8.4% to EUR 1,932 million. Non-alcoholic brands grew fastest, by a quarter, as we widened distribution in',
      'supermarkets and launched two new alcohol-free lagers; craft and specialty beers held their ground in a falling market.',
      '',
      '1.2 Volumes',
      '',
      'Table 2: Beer volumes (thousand hectolitres)',
      '',
      'Brand family            2024        2023     Change (%)',
      'Premium lager          8,620       8,140            5.9',
      'Craft and specialty    1,046       1,012            3.4',
      'Non-alcoholic            942         786           19.8',
    ].join('\n');
    expect(mismatches(report)).toEqual([]);
  });

  it('takes 营业收入 by product (亿元) and 产量 by product with a unit column (万吨) for two metrics of one row label', () => {
    const report = [
      '表1：营业收入按产品划分（单位：亿元）',
      '',
      '产品                  2024年      占比（%）      2023年      同比（%）',
      '常温乳品               86.40         62.8        80.20         +7.7',
      '植物蛋白饮料           34.12         24.8        31.06         +9.9',
      '其他                   17.08         12.4        16.52         +3.4',
      '合计                  137.60        100.0       127.78         +7.7',
      '',
      '2024年，公司常温乳品业务收入86.40亿元，同比增长7.7%，植物蛋白饮料业务收入34.12亿元，同比增长9.9%，主要受益于渠道下沉和新品推广。',
      '公司持续优化产品结构，高端产品收入占比稳步提升，线上渠道收入同比增长较快。',
      '',
      '（二）主要产品产量',
      '',
      '表2：主要产品产量',
      '',
      '产品                        单位        2024年        2023年      同比（%）',
      '常温乳品                    万吨        162.4         152.2         +6.7',
      '植物蛋白饮料                万吨         98.6          90.2         +9.3',
    ].join('\n');
    expect(mismatches(report)).toEqual([]);
  });

  it('still takes one metric\'s change in two measures for one (`Gold produced (kg)` and `Gold produced (oz)`)', () => {
    const report = [
      'Table 2: Key performance indicators',
      '                                                  FY2024       FY2023    Change (%)',
      'Ore processed (\'000 t)                            6,412        6,275          2.2',
      'Gold produced (kg)                                12,806       12,304          4.1',
      'Gold produced (oz)                               411,720      395,580          4.1',
    ].join('\n');
    expect(checksOf('consistency', report).filter((c) => c.holds && c.figures.every((f) => f.value === 4.1))).toHaveLength(1);
  });
});
