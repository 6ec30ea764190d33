import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const zh = (hours: string, customers: string) =>
  `2023 年，集团实现营业收入 275.3 亿元，服务客户 ${customers}，在全国近 500 个乡村设立服务点。集团温室气体排放总量为 58.6 万吨。员工总数 27,460 人，其中女性 8,238 人。员工志愿服务时长 ${hours} 小时。`;
const en = 'In 2023, the Group recorded revenue of RMB27.53 billion, served 8.6 million customers and set up service points in over 500 villages. Total GHG emissions were 586,000 tonnes. The Group had 27,460 employees, of whom 8,238 were women. Volunteers gave 36,850 volunteer hours.';

describe('a report and its translation in two files', () => {
  it('flags a scale slip, a changed value and an opposite qualifier between them', () => {
    const checks = checksOf('consistency', ['r-zh.txt', zh('38,650', '86 万家')], ['r-en.txt', en]);
    expect(checks.map((c) => c.rule).sort()).toEqual(['consistency.translation-qualifier', 'consistency.translation-scale', 'consistency.translation-value']);
  });

  it('says nothing where the translation agrees', () => {
    const agreeing = en.replace('8.6 million', '860,000').replace('over 500', 'nearly 500');
    expect(checksOf('consistency', ['r-zh.txt', zh('36,850', '86 万家')], ['r-en.txt', agreeing]).filter((c) => !c.holds)).toEqual([]);
  });

  it('does not align two files that are not translations of each other', () => {
    const other = 'Northgate operates 1,214 stores and employs 12,480 colleagues. Revenue was £4,218 million.';
    expect(checksOf('consistency', ['r-zh.txt', zh('38,650', '86 万家')], ['o-en.txt', other]).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a scale slip in one bilingual file', () => {
  it('is found between units named differently in the two languages (712 万载重吨, 71.2 million dwt)', () => {
    const text = [
      '2023 年，本集团船队共运营船舶 86 艘，总运力 712 万载重吨。温室气体排放总量为 421.6 万吨，较 2022 年的 448.2 万吨下降 5.9%。船队平均船龄 9.4 年。',
      'In 2023, the Group operated a fleet of 86 vessels with a total capacity of 71.2 million dwt. Total GHG emissions were 4.216 million tonnes, down 5.9% from 4.482 million tonnes in 2022. The average age of the fleet was 9.4 years.',
    ].join('\n\n');
    expect(checksOf('consistency', text)).toMatchObject([{ holds: false, rule: 'consistency.translation-scale' }]);
  });

  it('is found on a traditional Chinese 萬 (105.8 萬人次, 10.58 million passengers a day)', () => {
    const text = [
      '本集團 2023 年收入為 8,426 百萬港元（2022 年：7,958 百萬港元），增加 5.9%。全年載客量達 3.862 億人次，較 2022 年上升 4.0%，每日平均載客 105.8 萬人次。',
      'Revenue for 2023 was HK$8,426 million (2022: HK$7,958 million), an increase of 5.9%. Annual patronage reached 386.2 million passenger trips, up 4.0% on 2022, an average of 10.58 million passengers a day.',
    ].join('\n\n');
    expect(checksOf('consistency', text)).toMatchObject([{ holds: false, rule: 'consistency.translation-scale', figures: [{ value: 1_058_000 }, { value: 10_580_000 }] }]);
    expect(checksOf('consistency', text.replace('10.58 million', '1.058 million'))).toEqual([]);
  });
});

describe('a report and its translation: units and qualifiers', () => {
  const zhText = (hours: string) =>
    `2023 年总用电量为 2,836 百萬度，其中再生能源 482 百萬度。员工总数 5,106 人，其中女性 1,860 人。全年组织志愿活动${hours} 5,000 场，参与员工 2,436 人次。`;
  const enText = 'Electricity consumption was 2,836 GWh, of which 482 GWh was renewable. We had 5,106 employees, of whom 1,860 were women. We organized 5,000 volunteer events, with 2,436 participations.';

  it('reads 2,836 百萬度 (kWh) and 2,836 GWh as one amount, no scale slip', () => {
    expect(checksOf('consistency', ['r-zh.txt', zhText('')], ['r-en.txt', enText]).filter((c) => !c.holds)).toEqual([]);
  });

  it('flags `近 5,000 场` against a bare `5,000 events`', () => {
    expect(checksOf('consistency', ['r-zh.txt', zhText('近')], ['r-en.txt', enText]).filter((c) => !c.holds)).toMatchObject([
      { rule: 'consistency.translation-qualifier', figures: [{ value: 5_000 }, { value: 5_000 }], says: { key: 'translation.nearly' } },
    ]);
  });

  it('flags `近 20 万场` against a bare `200,000 events`: the translation writes the same amount at another notation', () => {
    const zh = zhText('近').replace('5,000 场', '20 万场');
    const en = enText.replace('5,000 volunteer', '200,000 volunteer');
    expect(checksOf('consistency', ['r-zh.txt', zh], ['r-en.txt', en]).filter((c) => !c.holds)).toMatchObject([
      { rule: 'consistency.translation-qualifier', figures: [{ value: 200_000 }, { value: 200_000 }], says: { key: 'translation.nearly' } },
    ]);
    expect(checksOf('consistency', ['r-zh.txt', zh], ['r-en.txt', en.replace('200,000', 'nearly 200,000')]).filter((c) => !c.holds)).toEqual([]);
  });

  it('flags a translation that drops `over` (`超 5,000 场` against `5,000 events`), or adds it', () => {
    const mismatches = (zh: string, en: string) => checksOf('consistency', ['r-zh.txt', zhText(zh)], ['r-en.txt', enText.replace('organized 5,000', en)]).filter((c) => !c.holds);
    expect(mismatches('超', 'organized 5,000')).toMatchObject([{ rule: 'consistency.translation-qualifier', figures: [{ value: 5_000 }, { value: 5_000 }], says: { key: 'translation.bound' } }]);
    expect(mismatches('', 'organized more than 5,000')).toMatchObject([{ says: { key: 'translation.bound' } }]);
    expect(mismatches('超', 'organized nearly 5,000')).toMatchObject([{ says: { key: 'translation.qualifier' } }]);
  });

  it('reads each language\'s conventional words for a bound as the bound (extraction\'s qualifier)', () => {
    const mismatches = (zh: string, en: string) => checksOf('consistency', ['r-zh.txt', zhText(zh)], ['r-en.txt', enText.replace('organized 5,000', en)]).filter((c) => !c.holds);
    for (const en of ['organized more than 5,000', 'organized over 5,000', 'surpassed 5,000', 'organized upwards of 5,000', 'exceeded 5,000']) expect(mismatches('超过', en)).toEqual([]);
    for (const en of ['organized nearly 5,000', 'organized almost 5,000', 'organized close to 5,000']) expect(mismatches('近', en)).toEqual([]);
    // `超⏎过`, a bound broken over a line, still says `over`
    expect(mismatches('超\n过', 'organized more than 5,000')).toEqual([]);
    // `surpassed` against `近` points the other way
    expect(mismatches('近', 'surpassed 5,000')).toMatchObject([{ says: { key: 'translation.qualifier' } }]);
  });

  it('reads a bound a few words before its number, a negated comparative and a comparative as extraction reads them, and `about` against none', () => {
    const pair = (zh: string, en: string) =>
      checksOf('consistency', ['r-zh.txt', zhText('').replace('全年组织志愿活动 5,000 场', zh)], ['r-en.txt', enText.replace('We organized 5,000 volunteer events', en)]).filter((c) => !c.holds);
    expect(pair('全年至少组织 30 场志愿活动', 'We organized no fewer than 30 volunteer events')).toEqual([]);
    expect(pair('志愿活动场次至少比上年多 20%', 'We organized at least 20% more volunteer events than last year')).toEqual([]);
    expect(pair('保守估计至少有 600 万人参与志愿活动', 'An estimated 6 million people took part in volunteer events')).toEqual([]);
    expect(pair('志愿站面积不到 10 平方米', 'Each volunteer station is smaller than 10 m2')).toEqual([]);
    expect(pair('志愿站面积不到 10 平方米', 'Each volunteer station is 10 m2')).toMatchObject([{ says: { key: 'translation.bound' } }]);
  });

  it('reads `over` before an amount given to a decimal zero as the distance something is spread over, no bound', () => {
    const pair = (en: string) =>
      checksOf('consistency', ['r-zh.txt', zhText('').replace('全年组织志愿活动 5,000 场', '志愿者全年服务12.6万人次，服务里程3,480.0万公里')], ['r-en.txt', enText.replace('We organized 5,000 volunteer events', en)]).filter((c) => !c.holds);
    expect(pair('Volunteers served 126,000 people over 34.800 million kilometres')).toEqual([]);
    expect(pair('Volunteers served 126,000 people over 34.8 million kilometres')).toMatchObject([{ says: { key: 'translation.bound' } }]);
  });

  it('reads 不少于 and 不低于 before a share\'s base as at least, not as the 少于 / 低于 inside them', () => {
    const pair = (zh: string, en: string) =>
      checksOf('consistency', ['r-zh.txt', zhText('').replace('全年组织志愿活动 5,000 场', zh)], ['r-en.txt', enText.replace('We organized 5,000 volunteer events', en)]).filter((c) => !c.holds);
    expect(pair('集团每年安排不少于年度净利润 1.5% 的资金用于公益', 'Each year we give at least 1.5% of our net profit to charity')).toEqual([]);
    expect(pair('集团每年安排不低于年度净利润 1.5% 的资金用于公益', 'Each year we give no less than 1.5% of our net profit to charity')).toEqual([]);
  });

  it('takes a bound\'s translation for the same amount said with it beside a bare heading (`不超过 10 秒` then `10 秒钟`)', () => {
    const pair = (zh: string) =>
      checksOf('consistency', ['r-zh.txt', zhText('').replace('全年组织志愿活动 5,000 场', zh)], ['r-en.txt', enText.replace('We organized 5,000 volunteer events', 'Registering as a volunteer takes less than 10 seconds')]).filter((c) => !c.holds);
    expect(pair('志愿者登记过程不超过 10 秒。\n\n案例：10 秒钟成为志愿者')).toEqual([]);
    expect(pair('案例：10 秒钟成为志愿者')).toMatchObject([{ says: { key: 'translation.bound' } }]);
  });
});

describe('a count of occasions in translation', () => {
  it('calls `12.6 万人次` translated `12.6 million times` a scale slip (a count, not a multiple)', () => {
    const zh = `钱塘支付 2023 年度可持续发展报告\n\n平台服务小微经营者 3,860 万户，其中县域经营者 1,426 万户。\n\n2023 年，我们为小微经营者提供数字经营培训 12.6 万人次。\n\n公益平台全年募捐 12.6 亿元，共有 2.36 亿人次参与捐赠。\n`;
    const en = (times: string) =>
      `Qiantang Pay 2023 Sustainability Report\n\nThe platform served 38.6 million micro and small businesses, of which 14.26 million were in counties.\n\nIn 2023, we provided digital business training ${times} times.\n\nDonations via our charity platform reached RMB1.26 billion, with 236 million donations made.\n`;
    const slips = (times: string) => checksOf('consistency', ['zh.txt', zh], ['en.txt', en(times)]).filter((c) => !c.holds);
    expect(slips('12.6 million')).toMatchObject([{ figures: [{ value: 126_000 }, { value: 12.6e6 }] }]);
    expect(slips('126,000')).toEqual([]);
  });
});

describe('a translation set apart from its paragraph in one bilingual file', () => {
  // a PDF may put a paragraph's English well after it, with other pairs between
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `第 ${i + 1} 项服务覆盖 ${31 + i} 个城市。\n\nService ${i + 1} covers ${31 + i} cities.`).join('\n\n');
  const text = (payments: string) =>
    [
      '复合生物认证已经服务超过 1.5 亿用户，识别准确率 99.99% 以上。',
      filler(80),
      '浙江已有 1500 多万人次在统一公共支付平台上完成缴费。',
      `Zhejiang has a unified payment platform, where ${payments} payments have been completed.`,
      'It has served more than 150 million users, with a recognition accuracy rate of more than 99.99%.',
      filler(3),
    ].join('\n\n');

  it('pairs a figure with its displaced translation, so a figure translated in words is no scale slip of it', () => {
    expect(checksOf('consistency', text('more than 15 million')).filter((c) => !c.holds)).toEqual([]);
    expect(checksOf('consistency', text('a great many')).filter((c) => !c.holds)).toEqual([]);
  });

  it('flags a translation whose digits are swapped (1500 多万 against more than 51 million)', () => {
    expect(checksOf('consistency', text('more than 51 million')).filter((c) => !c.holds)).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 15_000_000 }, { value: 51_000_000 }] }]);
  });
});

describe('a translation file that does not run in step with its Chinese', () => {
  // the English opens with a page the Chinese file lacks and sets a quotation before the paragraph
  // the Chinese sets it after: landmarks (amounts stated once in each file) place the figures
  const zh = (share: string, terminals: string, unbanked = '3.6 亿') =>
    [
      `世界银行数据显示，发展中国家尚有 20 亿人没有银行账户，仅 10% 的人持有信用卡，有贷款需求的人中仅 ${share} 通过正规金融机构获得贷款。在东盟国家，超过 6.8 亿人口中，其中 ${unbanked}人口迄今无法获得基础的银行服务。`,
      `2015 年 9 月，Paytm 的用户数不足 3000 万。印度市场上大约有 3 亿张借记卡、2000 万张信用卡，但能使用这些卡片的终端只有 ${terminals}。`,
      '2017 年 4 月 12 日，Paytm 宣布其用户数达 2.2 亿。',
      '“我对蚂蚁金服有两个感受。”',
    ].join('\n\n');
  const en = [
    'Starting November 2015, we completed the Raising Chicken Plan with 38 partner funds, serving 4.6 million investors across 270 cities.',
    'Data from the World Bank shows that in developing countries 2 billion people have no bank account, only 10% of people hold credit cards, and only 21% of those who require loans get them from formal financial institutions. In ASEAN countries, 360 million, out of more than 680 million people, have no access to basic banking services.',
    '“I have two feelings about Ant Financial.”',
    'In September 2015, Paytm had less than 30 million users. There are about 300 million debit cards and 20 million credit cards in India, but only 1.2 million terminals where these cards can be used.',
    'On April 12, 2017, Paytm announced that its users had reached 220 million.',
  ].join('\n\n');
  const slips = (share: string, terminals: string, unbanked?: string) => checksOf('consistency', ['zh.txt', zh(share, terminals, unbanked)], ['en.txt', en]).filter((c) => !c.holds);

  it('says nothing where the translation agrees', () => {
    expect(slips('21%', '120 万台')).toEqual([]);
  });

  it('flags a scale slip and a share whose digits are swapped, a count left out of the English between them', () => {
    expect(slips('12%', '12 万台')).toMatchObject([
      { rule: 'consistency.translation-value', figures: [{ value: 12 }, { value: 21 }] },
      { rule: 'consistency.translation-scale', figures: [{ value: 120_000 }, { value: 1_200_000 }] },
    ]);
  });

  it('flags a value the translation moved past another (其中 3.9 亿 after 6.8 亿, "360 million, out of more than 680 million")', () => {
    expect(slips('21%', '120 万台', '3.9 亿')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 3.9e8 }, { value: 3.6e8 }] }]);
  });
});

describe('a bilingual page with a table labelled in both languages', () => {
  it('aligns the prose with its translation, not with the table\'s cells, and finds the rate slipped between them', () => {
    const text = [
      '環境表現',
      '2023年，本公司用水量為2,436萬立方米，較上年減少3.1%。廢棄物總量為15,870公噸，較2022年減少5.6%，其中有害廢棄物412公噸。',
      'In 2023, water consumption fell 3.1% to 24.36 million m3. Total waste was 15,870 tonnes, 6.5% lower than in 2022, of which hazardous waste 412 tonnes.',
      '指標 Indicator\t單位 Unit\t2022\t2023\n用水量 Water consumption\t萬立方米\t2,514\t2,436\n廢棄物總量 Total waste\t公噸 tonnes\t16,919\t15,870',
    ].join('\n\n');
    const flagged = checksOf('consistency', text).filter((c) => !c.holds);
    expect(flagged.map((c) => [c.rule, c.figures.map((f) => f.value)])).toEqual([['consistency.translation-value', [5.6, 6.5]]]);
  });
});
