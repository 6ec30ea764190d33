import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a drug maker's ESG report: the letter says R&D's share of revenue; the body says the overseas share
// of revenue and R&D's again, each after the amount it is the share of (`海外收入9.86亿元，占营业收入的16.2%`)
const report = (rdShare: string) =>
  [
    '总经理致辞',
    '',
    '2024年，公司实现营业收入62.40亿元，同比增长8.5%；研发投入占营业收入的11.4%，新获批品种12个。',
    '',
    '我们坚持以患者为中心，持续完善药品全生命周期质量管理体系，全部生产基地通过药品生产质量管理规范认证，全年未发生重大质量事故。',
    '我们坚持绿色低碳发展，推进生产基地节能改造和清洁能源替代，全年综合能源消耗4.12万吨标准煤，单位产值能耗持续下降。',
    '面向未来，我们将继续加大创新投入，深化国际合作，推动更多创新药惠及全球患者，为股东、员工和社会创造长期价值。',
    '',
    '总经理：陈明远',
    '2025年4月10日',
    '',
    '一、经营概况',
    '',
    '2024年，公司实现营业收入62.40亿元。海外收入9.86亿元，占营业收入的16.2%，主要来自东南亚和中东市场。',
    '',
    '表1：营业收入按产品划分（单位：亿元）',
    '',
    '产品                  2024年      2023年      同比（%）',
    '化学制剂                31.26       29.84         +4.8',
    '生物制品                18.62       16.10        +15.7',
    '原料药                   8.94        8.35         +7.1',
    '其他                     3.58        3.22        +11.2',
    '合计                    62.40       57.51         +8.5',
    '',
    '二、研发创新',
    '',
    '公司建有国家级企业技术中心和博士后科研工作站，在上海、苏州和波士顿设有研发中心，与多所高校和科研院所开展合作研究，聚焦肿瘤、自身免疫和代谢疾病三大治疗领域。',
    `2024年，公司研发投入7.12亿元，同比增长9.3%，占营业收入的${rdShare}。`,
    '',
    '三、关键绩效',
    '',
    '指标                          单位          2024年      2023年',
    '营业收入                      亿元           62.40       57.51',
    '研发投入占营业收入比例        %               11.4        11.3',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');

describe('a Chinese share whose metric names only its whole (`占营业收入的16.2%`) is of the amount said before it in its sentence', () => {
  it('is no restatement of another part\'s share of that whole (海外收入\'s 16.2% against 研发投入占营业收入的11.4%)', () => {
    expect(mismatches(report('11.4%'))).toEqual([]);
  });

  it('still restates its own part\'s share said elsewhere: a different value is flagged (研发投入…占营业收入的11.8% against 11.4%)', () => {
    expect(mismatches(report('11.8%'))).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 11.8 })]) }]);
  });
});

describe('a Chinese share naming only its whole, read with the amount said before it as one metric (`冷链业务收入占比`)', () => {
  // a logistics group's report: the share is said only in the text, after its amount and a rate, and in the key figures as the part's `占比`
  const logistics = (share: string) =>
    [
      '一、经营业绩',
      '',
      `2024年，集团实现营业收入486.20亿元，同比增长6.1%。冷链业务收入58.36亿元，同比增长21.4%，占营业收入的${share}。`,
      '',
      '二、关键绩效',
      '',
      '指标                          单位          2024年      2023年',
      '营业收入                      亿元          486.20      458.25',
      '冷链业务收入占比              %               12.0        10.5',
    ].join('\n');

  it('restates the key figure: a share that differs from it is flagged, one that agrees is not', () => {
    expect(mismatches(logistics('14.2%'))).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 14.2 }), expect.objectContaining({ value: 12 })]) }]);
    expect(mismatches(logistics('12.0%'))).toEqual([]);
  });
});

describe('a Chinese share naming only its whole, said after its amount and the year before\'s (`较上年的2.86亿元`)', () => {
  // a dairy's report: the letter says the marketing spend's share of revenue; the body says the spend, the year before's, then the share
  const dairy = (share: string) =>
    [
      '董事长致辞',
      '',
      '2024年，公司实现营业收入48.20亿元；全年品牌推广投入占营业收入的6.5%，新增签约牧场14家。',
      '',
      '我们坚持“好牧场出好牛奶”，从牧草种植、奶牛饲养到灌装冷链，每一个环节都按高于国家标准的要求执行，全年未发生重大食品安全事故。',
      '我们推进牧场粪污资源化利用和光伏发电，带动周边农户种植青贮玉米，让一杯牛奶连起草原、牧场和城市的餐桌。',
      '我们持续完善奶源基地布局，在内蒙古、宁夏和黑龙江建设标准化规模牧场，推广精准饲喂和奶牛健康管理系统，提升单产和原奶品质。',
      '我们深化与经销商和零售伙伴的合作，拓展低温鲜奶和奶酪等高附加值品类，加快线上渠道和社区团购布局，让新鲜乳品更快到达消费者手中。',
      '我们关心员工成长，完善培训体系和职业发展通道，与职业院校合作培养牧场技术人才，为一线员工提供安全、健康的工作环境。',
      '面向未来，我们将坚持高质量发展，以更好的产品回报消费者，以更稳健的经营回报股东，以更绿色的牧场回报社会。',
      '',
      '一、经营概况',
      '',
      `2024年，公司品牌推广投入3.13亿元，较上年的2.86亿元增长9.4%，占营业收入的${share}。`,
    ].join('\n');

  it('is the share of this year\'s amount, not of the year before\'s: it restates the letter\'s share', () => {
    expect(mismatches(dairy('6.8%'))).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 6.8 }), expect.objectContaining({ value: 6.5 })]) }]);
    expect(mismatches(dairy('6.5%'))).toEqual([]);
  });
});

describe('a Chinese share naming only its whole with its particle (`占取水总量的9.4%`) against a key table row that says it without (`回用水量占取水总量比例`)', () => {
  // a paper mill's report: the section says the reused water and its share of withdrawal; the key table gives the share as a row.
  // `的` joins the whole to its share and names nothing: the row is the same share
  const mill = (share: string) =>
    [
      '二、环境绩效',
      '',
      `2024年，公司取水总量915万立方米，同比下降3.2%。全年回用水量86万立方米，占取水总量的${share}，主要来自中水回用改造。`,
      '',
      '三、关键绩效表',
      '',
      '指标                              单位          2024年      2023年',
      '取水总量                          万立方米        915         945',
      '回用水量占取水总量比例            %               9.4         7.1',
    ].join('\n');

  it('restates the row: a share that differs from it is flagged, one that agrees is not', () => {
    expect(mismatches(mill('10.2%'))).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 10.2 }), expect.objectContaining({ value: 9.4 })]) }]);
    expect(mismatches(mill('9.4%'))).toEqual([]);
  });
});
