import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const averages = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.average-per-head').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// A revenue per head said in running text whose digits are the quotient's a power of ten off (its scale slipped), and one
// worked over a part of the workforce the text alone counts (`其中生产人员…人`, `of whom … worked in production`).
describe('a revenue per head whose scale slipped', () => {
  // a ferry operator's report: revenue in its key figures, the head count in the paragraph
  const ferry = (stated: string) =>
    [
      'Key figures                     Unit            2024        2023',
      'Revenue                         NOK million    4,812.0     4,466.0',
      'Employees                       number           1,940       1,902',
      '',
      'People',
      '',
      `At the end of 2024 we employed 1,940 people, up 2.0% from 1,902. Revenue per employee was NOK ${stated} million.`,
    ].join('\n');

  it('reports NOK 24.8 million, ten times the 2.48 million the revenue over 1,940 gives', () => {
    expect(averages(ferry('24.8'))).toContainEqual([false, [4_812_000_000, 1_940, 24_800_000]]);
  });

  it('holds NOK 2.48 million', () => {
    expect(averages(ferry('2.48'))).toContainEqual([true, [4_812_000_000, 1_940, 2_480_000]]);
  });

  // a pump maker's report in Chinese: 人均营业收入 a tenth of what it is
  const pumps = (stated: string) =>
    [
      '关键绩效表',
      '',
      '指标                  单位          2024年        2023年',
      '营业收入              万元         186,400       171,200',
      '员工总数              人             3,260         3,180',
      '',
      `截至2024年末，公司共有员工3,260人，较上年末的3,180人增加2.5%。人均营业收入${stated}万元。`,
    ].join('\n');

  it('reports 5.72万元, a tenth of the 57.18万元 the revenue over 3,260 gives', () => {
    expect(averages(pumps('5.72'))).toContainEqual([false, [1_864_000_000, 3_260, 57_200]]);
  });
});

describe('a revenue per head worked over a part the text alone counts', () => {
  // a valve maker's report: the head count and its production staff in one sentence, a section before the average
  const valves = (stated: string) =>
    [
      '四、员工',
      '',
      '截至2024年末，公司共有员工3,420人，较上年的3,310人增长3.3%，其中一线生产人员2,480人。',
      '',
      '表5：员工按年龄划分',
      '',
      '年龄                  2024年        2023年',
      '30岁以下                 980           940',
      '30至50岁               1,960         1,900',
      '50岁以上                 480           470',
      '合计                   3,420         3,310',
      '',
      `2024年公司开展培训总时长73,190小时，人均培训21.4小时；人均营业收入${stated}万元。`,
      '',
      '关键绩效表',
      '',
      '指标                  单位          2024年        2023年',
      '营业收入              万元         164,200       150,600',
      '员工总数              人             3,420         3,310',
    ].join('\n');

  it('reports 66.21万元, the revenue over the 2,480 生产人员, against 48.01万元 over 3,420', () => {
    expect(averages(valves('66.21'))).toContainEqual([false, [1_642_000_000, 3_420, 662_100]]);
  });

  it('reports nothing no part explains', () => {
    expect(averages(valves('58.00'))).toEqual([]);
  });

  // an English report: the part said `of whom` in the head count's sentence, the average in the same paragraph
  const bakery = (stated: string) =>
    [
      'Key figures                     Unit            2024        2023',
      'Revenue                         EUR million      842.6       801.4',
      'Employees                       number           6,120       5,980',
      '',
      'Our people',
      '',
      `At the end of 2024 we had 6,120 employees, of whom 4,310 worked in our bakeries. Revenue per employee was EUR ${stated} thousand.`,
    ].join('\n');

  it('reports EUR 195.5 thousand, the revenue over the 4,310 bakers, against 137.7 thousand over 6,120', () => {
    expect(averages(bakery('195.5'))).toContainEqual([false, [842_600_000, 6_120, 195_500]]);
  });
});
