import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string): Array<[string, number, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('a unit broken by a wrapped line of Chinese prose', () => {
  it('reads the unit on the next line, or the rest of it', () => {
    expect(figures('按2023年用量测算，每年可节约塑料约7,800\n吨；封箱胶带')).toEqual([['7,800\n吨', 7800, 't']]);
    expect(figures('全年自发自用光伏电量6,320万千瓦\n时；通过绿电交易')).toEqual([['6,320万千瓦\n时', 6.32e7, 'kWh']]);
  });
  it('leaves a table row alone', () => {
    expect(figures('排放量    7,800\n吨位统计')).not.toContainEqual(['7,800\n吨', 7800, 't']);
  });
});

describe('a scale word on the line after its number in Chinese prose', () => {
  it('scales the number (实现净利润 6.18⏎亿元)', () => {
    expect(figures('实现归属于上市公司股东的净利润 6.18\n亿元，同比增长 11.4%。')).toEqual([
      ['6.18\n亿元', 6.18e8, 'CNY'],
      ['11.4%', 11.4, '%'],
    ]);
  });
});

describe('an English qualifier ending a line of prose a PDF wrapped with a blank line before its figure', () => {
  const qualifierOf = (text: string, needle: string): string | undefined => {
    const at = text.indexOf(needle);
    return extractFigures(text).find((f) => f.start <= at && at < f.end)?.qualifier;
  };
  it('qualifies the figure when its line goes on with the sentence', () => {
    const prose = 'online. As of April 2017, Ant Forest had nearly \n\n220 million users, contributing carbon emis-\nsion reduction';
    expect(qualifierOf(prose, '220')).toBe('nearly');
    expect(qualifierOf('Recycling to generate up to\n\n9.7kg in Ant Forest energy', '9.7')).toBe('up_to');
    expect(qualifierOf('the platform now serves a user base of more than\n\n30 million.', '30')).toBe('over');
  });
  it('reads the same figures as the text without the blank line, or without any break', () => {
    const flowing = 'As of April 2017, Ant Forest had over 220 million users, contributing to it.';
    const wrapped = 'As of April 2017, Ant Forest had over\n\n220 million users, contributing to it.';
    const strip = (t: string) => extractFigures(t).map((f) => [f.value, f.unit, f.qualifier]);
    expect(strip(wrapped)).toEqual(strip(flowing));
  });
  it('leaves an infographic label and a figure alone on its line, or in a column, exact', () => {
    expect(qualifierOf('Frequency of leaving\n\nhome decreased at least\n\n600 million users\n\n25 million users', '600')).toBe('exact');
    expect(qualifierOf('Frequency of leaving the home decreased at least\n\n600 million users\n\n25 million users', '600')).toBe('exact');
    expect(qualifierOf('Solve the trust issues existing in more than\n\n40 scenarios\n\nsuch as cross-border remittance', '40')).toBe('exact');
    expect(qualifierOf('Services were offered to over\n\n600 million  Alipay users', '600')).toBe('exact');
    expect(qualifierOf('Services were offered to\tover\n\n600 million users, of whom', '600')).toBe('exact');
  });
});

describe('a code word ending a line of prose a PDF wrapped before its number', () => {
  const strip = (t: string) => extractFigures(t).map((f) => [f.value, f.unit, f.qualifier]);
  it('ranks the number as on one line (the top⏎five sectors, the Top⏎10 banks)', () => {
    for (const [wrapped, flowing] of [
      ['35% are from tier-four cities, and the top\nfive sectors embraced it', '35% are from tier-four cities, and the top five sectors embraced it'],
      ['The bank is among the Top\n10 banks in Asia.', 'The bank is among the Top 10 banks in Asia.'],
    ]) {
      expect(strip(wrapped!)).toEqual(strip(flowing!));
      expect(strip(wrapped!).map((f) => f[0])).not.toContain(5);
      expect(strip(wrapped!).map((f) => f[0])).not.toContain(10);
    }
  });
  it('leaves a heading or a table row alone', () => {
    expect(strip('Top\n10 banks').map((f) => f[0])).toEqual([10]);
    expect(strip('Rank\tTop\n10 banks joined').map((f) => f[0])).toEqual([10]);
  });
});

describe('an English counted noun after a blank line a PDF put inside the sentence', () => {
  const strip = (t: string) => extractFigures(t).map((f) => [f.value, f.unit, f.qualifier]);
  it('counts the noun on the line after (an average of two⏎⏎loans every day)', () => {
    expect(strip('She has obtained loans, an average of two \n\nloans every day, with the smallest')).toEqual(strip('She has obtained loans, an average of two loans every day, with the smallest'));
    expect(strip('implemented a hotline, intelligent customer service, and two\n\nother contact methods, collecting feedback')).toEqual([[2, 'contact methods', 'exact']]);
  });
  it('leaves a value alone on its line and a new sentence alone', () => {
    expect(strip('Employees\n2,000\n\nloans')).toEqual([[2000, '', 'exact']]);
    expect(strip('the total number of staff was 2,000\n\nTrees were planted.')).toEqual([[2000, '', 'exact']]);
    // a designed page's short fragments are no wrapped line (`shor ten` is `shorten` letter-split)
    expect(strip('In order to shor ten\n\nsmall store owners won’t')).toEqual([]);
  });
});

describe('a wrap of Chinese prose after a number, before its 多 / 余 or inside 个百分点', () => {
  const strip = (t: string) => extractFigures(t).map((f) => [f.text, f.value, f.unit, f.qualifier]);
  it('reads the infix opening the next line with the unit after it, numerals and digits alike', () => {
    expect(strip('全年组织开展社区健康讲座共计三百\n余场，参与居民众多。')).toEqual([['三百\n余场', 300, '场', 'over']]);
    expect(strip('全年组织开展社区健康讲座共计300\n多场，参与居民众多。')).toEqual([['300\n多场', 300, '场', 'over']]);
  });
  it('leaves a word the infix opens (余额, 多元化) and a table cell alone', () => {
    expect(strip('本行持续优化信贷结构，全年新增贷款300\n余额占比稳步提升。')).toEqual([]);
    expect(strip('本行持续优化信贷结构，服务覆盖城市30\n多元化发展格局。').map((f) => f[2])).not.toContain('元');
    expect(strip('项目\t2023\n活动场次\t300\n余场')).not.toContainEqual(['300\n余场', 300, '场', 'over']);
  });
  it('reads percentage points a wrap cuts after 个 (个百⏎分点, 个百分⏎点)', () => {
    expect(strip('不良贷款率较年初下降0.12个百\n分点，拨备覆盖率保持稳定。')).toEqual([['0.12个百\n分点', 0.12, 'pp', 'exact']]);
    expect(strip('资本充足率较上年末上升0.35个百分\n点，保持稳健。')).toEqual([['0.35个百分\n点', 0.35, 'pp', 'exact']]);
    expect(strip('全年组织志愿活动共12个城\n市开展。')).toEqual([['12个', 12, '个', 'exact']]);
  });
  it('reads a count of times a wrap cuts before its 次 (批⏎次, 人⏎次), not another measure word after a break', () => {
    expect(strip('公司2023年共生产药品制剂4,826批次、原料药1,132批\n次，成品检验合格率100%。')[1]).toEqual(['1,132批\n次', 1132, '批次', 'exact']);
    expect(strip('本年度累计开展志愿服务活动，参与员工达5,640人\n次，服务时长持续增长。')).toEqual([['5,640人\n次', 5640, '人次', 'exact']]);
    expect(strip('本年度累计开展志愿服务活动，服务社区居民达5,640人\n家庭，服务时长持续增长。')).toEqual([['5,640人', 5640, '人', 'exact']]);
  });
});
