import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string): Array<[string, number, string, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit, f.qualifier]);

describe('Chinese phrasings around a figure', () => {
  it('reads 最高可达 as up to', () => {
    expect(figures('单户授信额度最高可达300万元。')).toEqual([['300万元', 3e6, 'CNY', 'up_to']]);
  });
  it('reads 约占 before a base ending in 总数 as about', () => {
    expect(figures('参与志愿服务的员工约占员工总数的三分之一。')[0]?.slice(2)).toEqual(['%', 'about']);
  });
  it('reads 毫米 as millimetres and no adverb as a counted noun', () => {
    expect(figures('快递袋厚度由0.06毫米降至0.045毫米')).toEqual([
      ['0.06毫米', 0.06, 'mm', 'exact'],
      ['0.045毫米', 0.045, 'mm', 'exact'],
    ]);
    expect(figures('较2022年的1.26进一步下降')[0]?.slice(1, 3)).toEqual([1.26, '']);
  });
  it("reads a rate's Chinese base whole, in prose and in a unit column", () => {
    expect(figures('碳排放强度为0.85吨/百万元。')).toEqual([['0.85吨/百万元', 0.85, 't', 'exact']]);
    expect(figures('月均收入1,500元/月')[0]?.[0]).toBe('1,500元/月');
  });
  it('reads a rate over a scaled count of a thing whole, the thing said before its unit (`/百车公里`, `/万座公里`)', () => {
    expect(figures('公交线网百公里电耗为86.4千瓦时/百车公里，同比下降2.0%。')[0]).toEqual(['86.4千瓦时/百车公里', 86.4, 'kWh', 'exact']);
    expect(figures('单位客运周转量能耗3.05千克标准煤/万座公里。')[0]?.[0]).toBe('3.05千克标准煤/万座公里');
    // a thing with no unit after it is left out of the rate's base
    expect(figures('每车耗电12.5千瓦时/百车。')[0]?.[0]).toBe('12.5千瓦时/百');
  });
  it("reads no figure in a rate label's scale, after a tab as after spaces", () => {
    for (const gap of ['\t', '    ']) {
      expect(figures(`排放密集度（公噸CO2e/新台幣百萬元）${gap}0.85${gap}0.92`).map((f) => f[1])).toEqual([0.85, 0.92]);
      expect(figures(`排放强度${gap}吨/百万元${gap}0.85`).map((f) => f[1])).toEqual([0.85]);
    }
  });
  it('reads a qualifier that a wrapped line of prose parts (约⏎为, 超⏎过)', () => {
    expect(figures('预计新增合规成本约\n为4.2亿元；')[0]?.[3]).toBe('about');
    expect(figures('累计服务超\n过5,300万户')[0]?.[3]).toBe('over');
    // a line break between two qualifier words of English is read as before
    expect(figures('more\nthan 10 million users')[0]?.[3]).toBe('over');
  });
  it('keeps a duration a change is measured in, and the value of an average', () => {
    expect(figures('骑手平均单次配送时长较上年缩短1.5分钟。')).toEqual([['1.5分钟', 1.5, 'min', 'exact']]);
    expect(figures('董事平均任期\n为5.6年。')).toEqual([['5.6年', 5.6, '年', 'exact']]);
    // a period that frames the claim stays out
    expect(figures('在短短3年内，我们减少排放12%')).toEqual([['12%', 12, '%', 'exact']]);
  });
  it('reads a zero the report says it achieved as a count, spaced from its noun (实现 0 入侵和 0 泄露)', () => {
    expect(figures('及时完成安全应急响应近百次，实现 0 入侵和 0 泄露。').map((f) => f.slice(1, 3))).toEqual([
      [100, '次'],
      [0, '入侵'],
      [0, '泄露'],
    ]);
    expect(figures('范围 1 排放量')).toEqual([]);
  });
  it('reads the length a duration was changed to as a claim (维保延长至 5 年)', () => {
    expect(figures('将所有服务器维保延长至 5 年，全年延保')).toEqual([['5 年', 5, '年', 'exact']]);
    expect(figures('在过去 5 年中')).toEqual([]);
  });
  it('reads hours of content as an amount, not a frame (超过 6,000 小时内容; 3 年内 frames)', () => {
    expect(figures('其中包括超过 6,000 小时内容的实时赛事直播项目')).toEqual([['6,000 小时', 6000, '小时', 'over']]);
    expect(figures('在 3 年内完成改造')).toEqual([]);
  });
  it('reads the gas in brackets after tonnes into the unit (53.4 万吨（二氧化碳当量）)', () => {
    expect(figures('总计减排 53.4 万吨（二氧化碳当量）。')).toEqual([['53.4 万吨（二氧化碳当量）', 534000, 'tCO2e', 'exact']]);
    expect(figures('减少 3 吨（约合 5%）')[0]).toEqual(['3 吨', 3, 't', 'exact']);
  });
});

describe('a number with a scale word, then 的 and what it counts', () => {
  const units = (text: string) => extractFigures(text).map((f) => f.unit);
  it('counts the noun after 的 (超过 1.5 亿的用户), across a wrap too', () => {
    expect(units('为超过 1.5 亿的用户提供服务')).toEqual(['用户']);
    expect(units('聚集了超过十亿的消费者')).toEqual(['消费者']);
    expect(units('截至 2017 年 3 月底，超过 1.6 亿的\n\n农村消费者利用')).toEqual(['农村消费者']);
  });
  it('leaves an amount, a magnitude and a number without a scale word alone', () => {
    expect(units('年销售额达 300 万的企业')).toEqual(['']);
    expect(units('出现了一笔几十万的大额转出')).toEqual(['']);
    expect(units('用户规模达到 5 亿的规模')).toEqual(['']);
    expect(units('增长了 15% 的员工')).toEqual(['%']);
  });
});

describe('a counted noun opened by a word whose first character elsewhere ends a noun', () => {
  const units = (text: string) => extractFigures(text).map((f) => f.unit);
  it('reads 在校学生, 就业机会, 外卖骑手 whole', () => {
    expect(units('累计覆盖1.06亿在校学生')).toEqual(['在校学生']);
    expect(units('带来 6,000 万就业机会')).toEqual(['就业机会']);
    expect(units('超过 300 万外卖骑手')).toEqual(['外卖骑手']);
  });
  it('keeps 就业 and 从业 inside a compound before its noun (餐饮业就业机会, 快递从业人员)', () => {
    expect(units('带动数以百万计的餐饮业就业机会')).toEqual(['餐饮业就业机会']);
    expect(units('超过百万快递从业人员')).toEqual(['快递从业人员']);
  });
  it('only at the noun\'s start, and an opener alone after 的 counts nothing', () => {
    expect(units('新增 300 名学生在校学习')).toEqual(['名']);
    expect(units('促进相关行业超过百万的就业。')).toEqual(['']);
  });
});

describe('约有 and 至少有 before the number', () => {
  it('read as about and over', () => {
    expect(extractFigures('约有 20% 的人选择线上').map((f) => f.qualifier)).toEqual(['about']);
    expect(extractFigures('至少有 300 名志愿者参与').map((f) => f.qualifier)).toEqual(['over']);
  });
});

describe('an amount of money named before a scaled number, 元 left unwritten', () => {
  const units = (text: string) => extractFigures(text).map((f) => [f.value, f.unit]);
  it('is in yuan (涉案金额 35.57 亿, 交易总计 7.976 万亿)', () => {
    expect(units('涉案金额 35.57 亿，涉及')).toEqual([[3.557e9, 'CNY']]);
    expect(units('交易总计 7.976 万亿，同比')).toEqual([[7.976e12, 'CNY']]);
    expect(units('交易金额超过 35 亿。')).toEqual([[3.5e9, 'CNY']]);
  });
  it('is in yuan when the noun after the number names a sum of money (10 万贷款, 5 亿扶贫资金)', () => {
    expect(units('她打算再申请 10 万贷款，置办')).toEqual([[1e5, 'CNY']]);
    expect(units('投入 5 亿扶贫资金')).toEqual([[5e8, 'CNY']]);
    expect(units('成立了 3 家基金会，签署 300 份贷款合同')).toEqual([[3, '家'], [300, '份']]);
  });
  it('leaves other scaled numbers and a written currency alone', () => {
    expect(units('用户规模 5 亿，')).toEqual([[5e8, '']]);
    expect(units('营收 35 亿美元')).toEqual([[3.5e9, 'USD']]);
  });
});

describe('多元 as the word diverse', () => {
  it('is no qualifier and no yuan: a section heading stays a heading (5.5 多元培训与发展)', () => {
    expect(extractFigures('员工权益\n\n5.5 多元培训与发展\n\n蚂蚁金服为员工')).toEqual([]);
    expect(extractFigures('5.5 多元化发展').map((f) => f.value)).toEqual([]);
  });
  it('leaves more than so many yuan alone', () => {
    expect(extractFigures('月收入 500 多元，花了 300 多元钱').map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [500, 'CNY', 'over'],
      [300, 'CNY', 'over'],
    ]);
  });
});

describe('a bare scale counted by (以…计) or made a magnitude (…级的)', () => {
  it('reads 以千万计 as a vague multiple, over, as 数以万计', () => {
    expect(figures('服务以百万计的小微商户，惠及数以万计的农户。')).toEqual([
      ['百万', 1e6, '小微商户', 'over'],
      ['万', 1e4, '农户', 'over'],
    ]);
  });
  it('counts the noun after 级的 (上亿级的注册用户), a grade (3级的) left as it was', () => {
    expect(figures('平台服务着上亿级的注册用户。')).toEqual([['亿', 1e8, '注册用户', 'over']]);
    expect(figures('全年发生3级的风险事件2起。').map((f) => f[2])).not.toContain('风险事件');
  });
});
