import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { ExtractedFigure } from '../domain/figure';

// Real sentences from the seed reports (../shared/seeds), one block per category of the issue.

const fig = (text: string): Array<Pick<ExtractedFigure, 'text' | 'value' | 'valueMax' | 'unit' | 'qualifier'>> =>
  extractFigures(text).map((f) => {
    const o: Pick<ExtractedFigure, 'text' | 'value' | 'valueMax' | 'unit' | 'qualifier'> = { text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier };
    if (f.valueMax !== undefined) o.valueMax = f.valueMax;
    return o;
  });
const values = (text: string): number[] => extractFigures(text).map((f) => f.value);

describe('Arabic digits', () => {
  it('reads thousands separators, decimals and units', () => {
    expect(fig('2022财年，通过能源结构转型减碳**619,944吨**。')).toEqual([{ text: '619,944吨', value: 619944, unit: 't', qualifier: 'exact' }]);
    expect(fig('淘宝天猫投诉率为**0.015%**，投诉回应率**100%**。')).toEqual([
      { text: '0.015%', value: 0.015, unit: '%', qualifier: 'exact' },
      { text: '100%', value: 100, unit: '%', qualifier: 'exact' },
    ]);
  });
  it('reads full-width digits and reports spans in the original text', () => {
    const text = '累计服务超过４５００万户。';
    const [f] = extractFigures(text);
    expect(f).toMatchObject({ value: 45_000_000, unit: '户', qualifier: 'over' });
    expect(text.slice(f!.start, f!.end)).toBe('４５００万户');
  });
  it('joins letter-spaced digits but not page pairs', () => {
    expect(values('o n  t i m e  i s  9 9 % .  A  s o c i et y')).toEqual([99]);
    expect(values('a l m o st  5 0,0 0 0  of')).toEqual([50_000]);
    expect(values('Treatment first\n\n0 2 6 0 2 7\n\n信用借还')).toEqual([]);
  });
  it('keeps a currency prefix split by a line break', () => {
    expect(fig('helping them earn RMB\n30,000 to 40,000 more in one month')).toEqual([
      { text: 'RMB\n30,000 to 40,000', value: 30_000, valueMax: 40_000, unit: 'CNY', qualifier: 'exact' },
    ]);
  });
});

describe('scales', () => {
  it('applies 万, 亿, 万亿 and English scale words', () => {
    expect(values('年交易额达 **1.3 万亿元**。')).toEqual([1.3e12]);
    expect(values('带动生态累计减碳 15 亿吨。')).toEqual([1.5e9]);
    expect(values('阿里巴巴带动的直接和间接就业机会超过 **6千万**。')).toEqual([6e7]);
    expect(values('vouchers worth over RMB4 billion in total')).toEqual([4e9]);
    expect(values('a loan of $4.5bn and 10k trees')).toEqual([4.5e9, 1e4]);
  });
  it('finds a scale word separated from its number by interleaved columns', () => {
    const text = 'Over\n\n600\n\nmillion users\n\n550\n\nOver\n\ndeposit money into Yu’E Bao\n\nmillion users\n';
    const figs = extractFigures(text);
    expect(figs.map((f) => f.value)).toEqual([6e8, 5.5e8]);
    expect(figs[1]!.text).toBe('550');
  });
});

describe('Chinese numerals', () => {
  it('reads numerals, mixed forms and vague multiples', () => {
    expect(fig('她很可能创造了全球金融史两项新纪录')).toEqual([{ text: '两项', value: 2, unit: '项', qualifier: 'exact' }]);
    expect(fig('奇琪接连推出六十多款自己设计的衣物，年营业额近千万')).toEqual([
      { text: '六十多款', value: 60, unit: '款', qualifier: 'over' },
      { text: '千万', value: 1e7, unit: 'CNY', qualifier: 'nearly' },
    ]);
    expect(fig('提供**数十亿**实际有效的SKU')[0]).toMatchObject({ value: 1e9, qualifier: 'over' });
    expect(fig('向亲友东拼西凑几十万元')).toEqual([{ text: '几十万元', value: 1e5, unit: 'CNY', qualifier: 'over' }]);
    expect(fig('连接起亿万消费者和公益机构')[0]).toMatchObject({ value: 1e8, qualifier: 'over' });
    expect(fig('其中 7000 多人是欠债不还长达两三年的重度“老赖”')).toEqual([
      { text: '7000 多人', value: 7000, unit: '人', qualifier: 'over' },
      { text: '两三年', value: 2, valueMax: 3, unit: '年', qualifier: 'exact' },
    ]);
  });
  it('normalises Kangxi radicals', () => {
    const text = '覆盖⼗余个江河流域';
    const [f] = extractFigures(text);
    expect(f).toMatchObject({ value: 10, unit: '个', qualifier: 'over', text: '⼗余个' });
  });
  it('ignores numerals that count nothing', () => {
    expect(values('我们一起统一行动，进一步推动零售和四位一体的发展，通过“千牛”App 管理店铺')).toEqual([]);
    expect(values('新冠肺炎疫情三年，第三方机构，十分紧迫')).toEqual([]);
  });
  it('converts shares to percent', () => {
    expect(values('文创产品的消费者中 95 后占比逐年增加，目前已达四成。')).toEqual([40]);
    expect(values('员工中女性占一半，三分之一来自乡村')).toEqual([50, 33.3333333333]);
  });
  it('reads thousandths in ‰, as the text states them', () => {
    expect(fig('筛查阳性率为千分之三点二')).toEqual([{ text: '千分之三点二', value: 3.2, unit: '‰', qualifier: 'exact' }]);
  });
  it('reads a decimal point in words, with 万 or 亿 after it, but not an hour', () => {
    expect(fig('销售农产品二点六亿元，满意度达百分之九十六点五，人均约十一点五小时')).toEqual([
      { text: '二点六亿元', value: 2.6e8, unit: 'CNY', qualifier: 'exact' },
      { text: '百分之九十六点五', value: 96.5, unit: '%', qualifier: 'exact' },
      { text: '十一点五小时', value: 11.5, unit: '小时', qualifier: 'about' },
    ]);
    expect(values('投入一点二亿元，效率提高一点五倍')).toEqual([1.2e8, 1.5]);
    expect(values('下午三点二十分开会，一点点进步')).toEqual([]);
  });
  it('reads 元 after a named currency as that currency (新台幣3.2億元, 港币500元), 元 alone as the renminbi', () => {
    expect(fig('並投入約新台幣3.2億元於節能改善').map((f) => [f.value, f.unit])).toEqual([[3.2e8, 'TWD']]);
    expect(fig('捐赠港币500元').map((f) => [f.value, f.unit])).toEqual([[500, 'HKD']]);
    expect(fig('投入3.2亿元').map((f) => [f.value, f.unit])).toEqual([[3.2e8, 'CNY']]);
  });
});

describe('English number words and fractions', () => {
  it('reads words, vague multiples and fractions', () => {
    expect(fig('their coffee sold for four dollars more per kilogram')).toEqual([{ text: 'four dollars', value: 4, unit: 'USD', qualifier: 'exact' }]);
    expect(fig('She may have broken two new records in global finance history')[0]).toMatchObject({ value: 2, unit: 'new records' });
    expect(fig('Just like the hundreds of millions of QR code merchants in China')[0]).toMatchObject({ value: 1e8, qualifier: 'over' });
    expect(fig('pay back the several hundred thou-\nsand yuan that he owed')[0]).toMatchObject({ value: 1e5, unit: 'CNY', qualifier: 'over' });
    expect(fig('Over half of users see Alipay')[0]).toMatchObject({ value: 50, unit: '%', qualifier: 'over' });
    expect(fig('a deposit that was a third of that of normal users')[0]).toMatchObject({ text: 'a third', unit: '%' });
    expect(fig('orders placed by users born in the 1960s to 1970s quadrupled')).toEqual([{ text: 'quadrupled', value: 4, unit: 'times', qualifier: 'exact' }]);
  });
  it('does not count articles and ordinals', () => {
    expect(values('One more story: the first online payment service, a one-stop experience.')).toEqual([]);
    expect(values('Half a year later, out of longing for a more free life, she quit')).toEqual([]);
  });
});

describe('units', () => {
  it('normalises currencies, emissions, energy and area', () => {
    expect(fig('最低 800 元')[0]!.unit).toBe('CNY');
    expect(fig('发行了10亿美元的可持续发展债券')[0]).toMatchObject({ value: 1e9, unit: 'USD' });
    expect(fig('¥ 15,000,000,000\n免除押金')[0]).toMatchObject({ value: 1.5e10, unit: 'CNY' });
    expect(fig('reduced 29591.48tCO2e in total')[0]).toMatchObject({ value: 29591.48, unit: 'tCO2e' });
    expect(fig('避免约 79,000 吨二氧化碳当量')[0]).toMatchObject({ unit: 'tCO2e', qualifier: 'about' });
    expect(fig('平均每年可节约用电约 **2,000 万度**。')[0]).toMatchObject({ value: 2e7, unit: 'kWh', qualifier: 'about' });
    expect(fig('solar output of 1.2 GWh')[0]).toMatchObject({ value: 1.2, unit: 'GWh' });
    expect(fig('园区内现有 3.2 公顷自然水体')[0]).toMatchObject({ value: 3.2, unit: 'ha' });
    expect(fig('占比提升了 3 个百分点')[0]).toMatchObject({ value: 3, unit: 'pp' });
  });
  it('applies a scale written after the currency, as tables do', () => {
    expect(fig('Consumer vouchers distributed\t4.0\tRMB billion\n')[0]).toMatchObject({ value: 4e9, unit: 'CNY' });
    expect(fig('It cost 30 dollars. Millions of people')[0]).toMatchObject({ value: 30, unit: 'USD' });
  });
  it('keeps Chinese measure words and counted English nouns', () => {
    expect(fig('共开展**59,476场**培训')[0]).toMatchObject({ value: 59476, unit: '场' });
    expect(fig('with 17 chain stores in Wuhan')[0]).toMatchObject({ value: 17, unit: 'chain stores' });
  });
});

describe('counted nouns', () => {
  const unitOf = (text: string, n = 0): string | undefined => extractFigures(text)[n]?.unit;

  it('never takes the next table row for the counted noun', () => {
    const table = 'Mobile internet users in China\t897\tmillion\nOnline payment users\t768\tmillion\n';
    expect(unitOf(table, 0)).toBe('');
    expect(unitOf('We served 550 million\nusers in 2020.')).toBe('users');
  });

  it('Chinese: the measure word when there is one', () => {
    expect(unitOf('菜鸟协同 50 多家全球物流服务商，向超过 **150 个国家** 和地区运输', 1)).toBe('个');
    expect(unitOf('人均**49小时**，共**65,000人次**参与', 1)).toBe('人次');
  });
  it('Chinese: the noun phrase as written, up to a verb or a function character', () => {
    expect(unitOf('2022财年，淘宝为**30.5万**视障用户提供了服务。')).toBe('视障用户');
    expect(unitOf('超过 **900 万** 活跃商户通过“千牛”App 进行店铺管理。')).toBe('活跃商户');
    expect(unitOf('我们的六大安全能力获得权威认可。')).toBe('安全能力');
    expect(unitOf('“阿里巴巴乡村教育计划”已让 61 万乡村师生受益。')).toBe('乡村师生');
    expect(unitOf('“淘宝教育”推出至今，已经拥有约 200 万注册用户。')).toBe('注册用户');
    expect(unitOf('淘宝上活跃着上千万中小微企业创业者')).toBe('中小微企业创业者');
  });
  it('Chinese: the noun after a descriptive modifier and 的', () => {
    expect(unitOf('提供**数十亿**实际有效的SKU，满足消费者')).toBe('SKU');
  });
  it('Chinese: durations of an hour or more keep their word, minutes take min', () => {
    expect(unitOf('2022财年，我们共开展**59,476场**培训，人均**49小时**。', 1)).toBe('小时');
    expect(unitOf('平均缩短就诊时间\n52.7\n分 钟')).toBe('min');
    expect(unitOf('需要等待两天')).toBe('天');
  });
  it('a currency before the number is not replaced by the noun after it', () => {
    expect(fig('¥ 15,000,000,000 免除押金Deposits exempted')[0]).toMatchObject({ value: 1.5e10, unit: 'CNY' });
    expect(unitOf('Free “zero-payment” RMB10 billion special loans')).toBe('CNY');
  });
  it('English: the noun phrase up to a verb, a preposition or the plural head', () => {
    expect(unitOf('accounting for 85.3% of mobile Internet users. 398 million\nInternet users ordered takeout', 1)).toBe('Internet users');
    expect(unitOf('Alipay has served for over 1.2 billion users worldwide, as of June 2019.')).toBe('users');
    expect(unitOf('Hundreds of millions of people travel for thousands of miles')).toBe('people');
    expect(unitOf('Over 1,000 life and government services are available')).toBe('life and government services');
    expect(unitOf('with 17 chain stores and 100 employees in Wuhan')).toBe('chain stores');
    expect(unitOf('Statistics show that more than 10 million brick-and-mortar businesses')).toBe('businesses');
  });
  it('English: an empty classifier before of is skipped, a measure noun is kept', () => {
    expect(unitOf('“Hubei” service, tens of thousand pieces of messages about')).toBe('messages');
    expect(unitOf('several hundred pairs of shoes and several hundred sets of clothing')).toBe('pairs');
    expect(unitOf('Qiqi has designed over 60 pieces by herself')).toBe('pieces');
  });
  it('English: the noun after the verb for a part of a whole just named (of whom N are …)', () => {
    expect(fig('48,000 colleagues, of whom 9,400 are apprentices')[1]).toMatchObject({ text: '9,400', unit: 'apprentices' });
    expect(fig('120 sites, of which 12 were hospitals')[1]).toMatchObject({ text: '12', unit: 'hospitals' });
    expect(fig('in 2023 the 12 are listed')).toEqual([]);
  });
  it('English: the noun after of for vague multiples and possessive partitives, never a pronoun', () => {
    expect(unitOf('Hundreds of medical practitioners gathered')).toBe('medical practitioners');
    expect(unitOf('through hundreds of thousands of overseas Chinese')).toBe('overseas Chinese');
    expect(unitOf('More than 100 of our employees have come back')).toBe('employees');
    expect(unitOf('big-ticket transfer of hundreds of thousands of yuan and a loan')).toBe('CNY');
    expect(unitOf('while 7,000 of them are severely dishonest')).toBe('');
  });
  it('English: letter-spaced words, and no noun where their breaks are lost', () => {
    expect(unitOf('punishing over 730,000 \nd i s h o n e st  d e bto rs ,  a l m o st')).toBe('dishonest debtors');
    expect(unitOf('punishing over 730,000 d i s h\no n e st d e bto rs , a l m o st 5 0,0 0 0 of whom')).toBe('');
    expect(unitOf('T h e  e n t r e p r e n e u r  b o r r o w e d  2 0,0 0 0  y u a n  t o  o p e n')).toBe('CNY');
  });
  it('English: a title-case caption reads as running text', () => {
    const text = '381城市\n381 Cites\n\n2000万\n信用免押用户\n\n20 Million User\n';
    const figs = extractFigures(text);
    expect(figs.find((f) => f.text === '381')?.unit).toBe('cites');
    expect(figs.find((f) => f.text === '20 Million')?.unit).toBe('users');
  });
  it('English: a word hyphenated at a PDF line break is rejoined', () => {
    expect(fig('the several hundred thou- sand yuan that he owed')[0]).toMatchObject({ text: 'several hundred thou- sand yuan', value: 1e5, unit: 'CNY' });
    expect(unitOf('impaired people and made dozens of barri-\ner-free movies.')).toBe('barrier-free movies');
  });
});

describe('PDF layout', () => {
  it('keeps a qualifier at the end of a wrapped line', () => {
    const text =
      'later”, Yang Yongcai found it much easier to take his child to see the doctor. His Zhima Credit score is over\n700. He can now register';
    expect(fig(text)).toEqual([{ text: '700', value: 700, unit: '', qualifier: 'over' }]);
  });
  it('reads a scaled number after a heading word that names codes elsewhere', () => {
    expect(values('Managing Creditworthiness Is Managing Wealth ｜CASE 5 亿\n\n超过 650 万人')).toEqual([5e8, 6.5e6]);
    expect(values('CASE 5')).toEqual([]);
  });
});

describe('as typeset reports write it', () => {
  it('reads c. and ca. as circa, not as a dotted code', () => {
    expect(fig('now c.22% of revenue, ca. 15 sites')).toEqual([
      { text: '22%', value: 22, unit: '%', qualifier: 'about' },
      { text: '15', value: 15, unit: 'sites', qualifier: 'about' },
    ]);
    expect(values('see abc.5 and v1.2')).toEqual([]);
  });
  it('reads a multiplier written before its number (x2, ×1.5), not a code (x86, X5)', () => {
    expect(fig('sales grew x2 against 2021')).toEqual([{ text: 'x2', value: 2, unit: 'times', qualifier: 'exact' }]);
    expect(values('up ×1.5 on the x86 chip in the X5 car')).toEqual([1.5]);
  });
  it('reads "1 in 5" as a share, as 1/5 is', () => {
    expect(fig('1 in 5 new hires came through our scheme')).toEqual([{ text: '1 in 5', value: 20, unit: '%', qualifier: 'exact' }]);
    expect(values('we opened 3 in 2024 and 12 in 5 years')).not.toContain(60);
  });
  it('reads an en dash after a parenthesis as a minus, between numbers as a range', () => {
    expect(values('287 ktCO2e (–30%) against 10–20 sites')).toEqual([287, -30, 10]);
  });
  it("keeps a table cell's noun and unit inside its cell", () => {
    expect(fig('Target\tBaseline\t2024\nZero landfill\tc.4,200 t\t640 t\tBehind\nWomen\t28%\t35%')).toContainEqual({
      text: '640 t',
      value: 640,
      unit: 't',
      qualifier: 'exact',
    });
    // in running text a spaced t stays ambiguous
    expect(fig('We shipped 5 t o customers')[0]?.unit).not.toBe('t');
  });
});

describe('a qualifier before the base of a share', () => {
  it('applies to the share (不少于年度净利润百分之一, 不低于营业收入的3%)', () => {
    expect(fig('每年安排不少于年度净利润百分之一的资金')).toEqual([{ text: '百分之一', value: 1, unit: '%', qualifier: 'over' }]);
    expect(fig('研发投入不低于营业收入的3%')).toEqual([{ text: '3%', value: 3, unit: '%', qualifier: 'over' }]);
  });
  it('not across a numeral: 近三年 is the last three years', () => {
    expect(fig('近三年营业收入的3%')).toEqual([{ text: '3%', value: 3, unit: '%', qualifier: 'exact' }]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['超过 **900 万** 活跃商户', 'over'],
    ['已协助最高法惩戒老赖超过 73 万人', 'over'],
    ['近 5 万名老赖因此还清债务', 'nearly'],
    ['覆盖天猫和淘宝商家共计约 **900 万**。', 'about'],
    ['超 过 650 万人', 'over'],
    ['营业额达 10 万元以上', 'over'],
    ['客单价 50 元左右', 'about'],
    ['不到 3% 的用户', 'under'],
    ['more than 10 million brick-and-mortar businesses', 'over'],
    ['almost 5 0,0 0 0 of whom', 'nearly'],
    ['up to 30% of the cost', 'up_to'],
    ['at least 600 million users', 'over'],
  ])('%s → %s', (text, q) => {
    expect(extractFigures(text)[0]!.qualifier).toBe(q);
  });
});

describe('ranges', () => {
  it('reads the low and high ends', () => {
    expect(fig('每月收入 1500-2000元/月')).toEqual([{ text: '1500-2000元/月', value: 1500, valueMax: 2000, unit: 'CNY', qualifier: 'exact' }]);
    expect(fig('based on leverage of 10–15\ntimes')[0]).toMatchObject({ value: 10, valueMax: 15, unit: 'times' });
    expect(fig('耗能下降约 10%~20%')[0]).toMatchObject({ value: 10, valueMax: 20, unit: '%' });
    expect(fig('需要等待三至五天')[0]).toMatchObject({ value: 3, valueMax: 5, unit: '天' });
    expect(fig('for two \nor three years')[0]).toMatchObject({ value: 2, valueMax: 3 });
  });
  it('reads "between X and Y" as a range, and "and" elsewhere as two numbers', () => {
    expect(fig('between 20 and 30 per cent of sites')).toEqual([{ text: '20 and 30 per cent', value: 20, valueMax: 30, unit: '%', qualifier: 'exact' }]);
    expect(values('between 2019 and 2021 we opened 12 and 15 stores')).toEqual([15]);
  });
});

describe('a glued m without a currency', () => {
  it('is millions before a plural noun, metres otherwise', () => {
    expect(fig('1.9m workers are covered')).toEqual([{ text: '1.9m', value: 1.9e6, unit: 'workers', qualifier: 'exact' }]);
    expect(values('a 50m pool, 20m deep').filter((v) => v >= 1e6)).toEqual([]);
  });
});

describe('noise', () => {
  it.each([
    ['years and dates', '2021年4月1日至2022年3月31日期间，On January 27, 2020, in 2016'],
    ['periods', '2018-2021年，2019/2020 Sustainability Report'],
    ['table of contents', '● 董事会主席兼首席执行官的信\t005-008\n01 可持续运营和价值链\t033-046\nCEO 致辞       008'],
    ['spaced page numbers', '可持续发展报告\n\n0 0 4 0 0 5\n\n'],
    ['codes', 'SDG 13, GRI 102-1, ISO 14001, 范围 3, 范围3+，第三章'],
    ['lists of codes', 'Scope 1 and 2 emissions; SDGs 3, 5 and 13; GRI 302-1 and 302-3'],
    ['phones and urls', 'hotline (95188-1-2), <https://sustainability.alibabacloud.com/sc>, ESG@alibaba-inc.com'],
    ['names with numbers', '双11，95公益周，COVID-19，5G，Alipay 2.0，「人人3小时」，“7天无理由退换货”'],
    ['ages, generations and relative times', '20 岁艺校毕业，90 后，14 年前，a 25-year-old, ten years ago'],
    ['framing durations', 'She obtained loans within four years. The past 12 years has witnessed growth.'],
    ['thresholds and ranks', '30人以下的企业，位列中国企业**前10**，Top 30'],
    ['scenario settings', '《巴黎协定》 1.5°C 目标'],
    ['html attributes', '<img id="fig-2021" width="300" src="a123.png"><p class="col-6">'],
    ['times of day', 'between 8:30 to 24:00, Beijing time；凌晨 3 点 12 分的转出纪录，下午2时30分'],
  ])('%s', (_name, text) => {
    expect(extractFigures(text)).toEqual([]);
  });
});

describe('a list of fiscal years opened by FY', () => {
  // `FY` is a code word whose list goes on with years (`FY2023 and 2024`); an amount after `and` is no year of it
  it('goes on with years, not with the amount after it', () => {
    expect(values('Targets set for FY2024 and 2025 were reviewed.')).toEqual([]);
    expect(values('The dividend of 12.6 pence comprised an interim 5.1 pence paid in FY2024 and 7.5 pence as the final.')).toEqual([12.6, 5.1, 7.5]);
  });
});

describe('HTML', () => {
  it('drops a rank written in Chinese numerals (前十大供应商), as in digits', () => {
    expect(values('前十大供应商中有8家完成审核，前10名')).toEqual([8]);
  });
  it('drops a reporting period, a count of digits and a formula constant', () => {
    expect(values('For the 52 weeks ended 29 March 2025 revenue was £4.2bn')).toEqual([4.2e9]);
    expect(values('the six months ending 30 June')).toEqual([]);
    expect(fig('连续三年保持两位数增长，两位专家出席')).toEqual([
      { text: '三年', value: 3, unit: '年', qualifier: 'exact' },
      { text: '两位', value: 2, unit: '位', qualifier: 'exact' },
    ]);
    expect(values('注：事故率 = 事故起数 ÷ 总工时 × 1,000,000。')).toEqual([]);
    expect(values('新建2×660MW机组')).toEqual([660]);
  });
  it('reads figures in text and ignores markup', () => {
    const html = '<p data-id="7781">The company said <b>3,000</b> stores and more than 20&nbsp;million users joined in 2021.</p>';
    const figs = extractFigures(html);
    expect(figs.map((f) => [f.value, f.qualifier])).toEqual([
      [3000, 'exact'],
      [2e7, 'over'],
    ]);
    expect(figs.map((f) => html.slice(f.start, f.end))).toEqual(['3,000', '20&nbsp;million']);
  });
});

describe('sentences', () => {
  it('gives each figure the sentence it belongs to', () => {
    const text = '她说，经营信用。平均每两天，奇琪就会贷一笔款，4 年共贷了 721 笔。Next one.';
    const [a, b] = extractFigures(text);
    const s = text.slice(a!.sentence.start, a!.sentence.end);
    expect(s).toBe('平均每两天，奇琪就会贷一笔款，4 年共贷了 721 笔。');
    expect(b!.sentence).toEqual(a!.sentence);
  });
});

describe('text as PDFs and other companies write it', () => {
  it('reads mass and energy units glued to the number or spaced from it', () => {
    expect(fig('emissions of 4.1 Mt CO2-e, 350kt of diesel, 38ktCO2e avoided, 1,240 tCO₂-e, 5,600GJ').map((f) => [f.text, f.value, f.unit])).toEqual([
      ['4.1 Mt CO2-e', 4.1, 'MtCO2e'],
      ['350kt', 350, 'kt'],
      ['38ktCO2e', 38, 'ktCO2e'],
      ['1,240 tCO₂-e', 1240, 'tCO2e'],
      ['5,600GJ', 5600, 'GJ'],
    ]);
  });
  it('reads a full-width comma between digit groups as a thousands separator, not between list items', () => {
    expect(fig('员工总数11，700人，女性员工５，２３０人，分别为5，6个').map((f) => [f.text, f.value])).toEqual([
      ['11，700人', 11_700],
      ['５，２３０人', 5230],
      ['6个', 6],
    ]);
  });
  it('applies a qualifier that wrapped to the line before its number, as in a PDF column', () => {
    const pdf = 'access to all kinds of services. Currently, nearly\n60% of users’ searches\nwake of the pandemic. Statistics show that more\nthan 10 million brick-and-mortar businesses';
    expect(fig(pdf).map((f) => [f.value, f.qualifier])).toEqual([
      [60, 'nearly'],
      [10_000_000, 'over'],
    ]);
    expect(fig('截至目前，阿里巴巴平台已累计帮助超过\n3000万户商家').map((f) => f.qualifier)).toEqual(['over']);
  });
  it('does not take a qualifier from another column of a table', () => {
    expect(fig('Age group\tover\n\tUsers\t600 million').map((f) => f.qualifier)).toEqual(['exact']);
  });
  it('counts countries and provinces, not what follows them', () => {
    expect(fig('覆盖30国客户，在12省开展，27个国家和地区').map((f) => [f.value, f.unit])).toEqual([
      [30, '国'],
      [12, '省'],
      [27, '个'],
    ]);
  });
  it('takes the noun after 数以…计的, never the verb 计', () => {
    expect(fig('数以亿计的消费者').map((f) => [f.value, f.unit, f.qualifier])).toEqual([[100_000_000, '消费者', 'over']]);
  });
  it('reads a minus glued to a number that stands apart as negative, a hyphen between numbers as a range', () => {
    expect(fig('Scope 1\t96,410\t-7.5%\nnet change (−3.2%), 3-4% and 10 -20 users').map((f) => [f.text, f.value, f.valueMax])).toEqual([
      ['96,410', 96_410, undefined],
      ['-7.5%', -7.5, undefined],
      ['−3.2%', -3.2, undefined],
      ['3-4%', 3, 4],
      ['10 -20', 10, 20],
    ]);
  });
  it('reads a number whose scale and unit wrapped to the next line once, with the unit of the table', () => {
    expect(fig('带动当地农户增收\n1.2\n亿元。').map((f) => [f.text, f.value, f.unit])).toEqual([['1.2', 120_000_000, 'CNY']]);
  });
  it('drops a number naming a shopping festival', () => {
    expect(fig('2022年618活动中，高效能家电销量增长')).toEqual([]);
  });
});
