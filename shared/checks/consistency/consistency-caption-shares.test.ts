import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a dairy group's report: two tables by product, one of cases sold, one of revenue, each with its share column
const dairy = (revenueShare: string) =>
  [
    '表3：乳制品销量（单位：万箱）',
    '',
    '产品                     2024年       占比（%）       2023年',
    '常温液态奶                 312.4        58.2        298.6',
    '婴幼儿配方奶粉               104.8        19.5        110.2',
    '低温酸奶                  119.6        22.3        101.4',
    '合计                     536.8       100.0        510.2',
    '',
    '公司持续推进牧场标准化建设，原奶质量指标优于国家标准，全年未发生重大食品安全事件。公司建立覆盖牧场、运输、加工和',
    '配送的全链条质量追溯体系，对每一批次原奶开展菌落总数、体细胞数和抗生素残留检测，不合格原奶一律拒收。公司与合作',
    '牧场签订长期收购协议，提供饲草料种植、疫病防控和挤奶设备升级方面的技术支持，帮助牧场提升单产和乳品质量。',
    '',
    '（二）经营业绩',
    '',
    '公司坚持高端化和差异化战略，加快低温产品和功能性乳品的研发投放，持续优化渠道结构，线上渠道和社区团购增长较快，',
    '经销商网络进一步下沉至县乡市场，品牌影响力和市场占有率稳步提升。',
    '',
    '表4：营业收入按产品划分（单位：亿元）',
    '',
    '产品                     2024年       占比（%）       2023年',
    `常温液态奶                 96.42        ${revenueShare}        91.08`,
    '婴幼儿配方奶粉               48.16        29.5        50.24',
    '低温酸奶                  18.90        11.5        16.32',
    '合计                    163.48       100.0       157.64',
  ].join('\n');

// a regional airline's report: passengers and revenue by route network, each with its share column
const airline = (revenueShare: string) =>
  [
    'Table 2: Passengers carried by network (thousand)',
    '',
    'Network                 2024      Share (%)      2023',
    'Domestic routes       8,412.6        71.4     8,106.2',
    'Regional routes       2,204.8        18.7     2,018.4',
    'Intl routes           1,166.4         9.9       984.6',
    'Total                11,783.8       100.0    11,109.2',
    '',
    'Our on-time performance improved across the network as the new maintenance base came into service. We retired',
    'the last of our older turboprops and took delivery of new regional jets, which burn less fuel per seat and let us',
    'open routes to smaller cities that had no direct service before. Cabin crew completed refreshed safety and service',
    'training, and customer satisfaction scores rose in every quarter of the year.',
    '',
    'Financial performance',
    '',
    'Revenue grew on higher load factors and a recovery in international travel, while fuel costs eased in the second half.',
    '',
    'Table 3: Revenue by network (RMB million)',
    '',
    'Network                 2024      Share (%)      2023',
    'Domestic routes       6,204.2        58.8     5,912.6',
    `Regional routes       2,386.4        ${revenueShare}     2,214.8`,
    'Intl routes           1,968.6        18.6     1,702.4',
    'Total                10,559.2       100.0     9,829.8',
  ].join('\n');

const shareMismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.figures.every((f) => f.value < 100));

describe('a share column is of its table\'s measure: two tables captioned with other measures hold two shares of one item', () => {
  it('does not set a product\'s share of cases sold against its share of revenue (`表3：乳制品销量` and `表4：营业收入`)', () => {
    expect(shareMismatches(dairy('58.8'))).toEqual([]);
  });

  it('does not set a network\'s share of passengers against its share of revenue (`Passengers carried` and `Revenue` captions)', () => {
    expect(shareMismatches(airline('23.4'))).toEqual([]);
  });
});

describe('an English share cell whose row label names no metric alone (`Ferries  45.2` under `Share (%)`)', () => {
  const report = (letter: string) =>
    [
      `Ferries carried more passengers than ever, and ferries accounted for ${letter}% of our revenue.`,
      '',
      'Table 2: Revenue by service (NOK million)',
      '',
      'Service                 2024    Share (%)     2023',
      'Ferries                1,130        45.2     1,042',
      'Buses                    960        38.4       921',
      'Taxis                    410        16.4       398',
      'Total                  2,500       100.0     2,361',
      '',
    ].join('\n');
  const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');

  it("is its label's share of the caption's measure: a letter's share of revenue that differs from it is flagged", () => {
    expect(mismatches(report('47.9'))).toMatchObject([{ figures: [{ value: 47.9 }, { value: 45.2 }] }]);
    expect(mismatches(report('45.2'))).toEqual([]);
  });
});
