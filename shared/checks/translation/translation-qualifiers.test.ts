import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// one file, each paragraph followed by its translation (bilingual-text.ts)
const report = (english: string) =>
  [
    '2023年售電量增加2.4%至11,106百萬度。住宅用戶佔售電量的29.2%。客戶數目增至593,700戶，供電可靠度連續第十五年保持在99.999%以上。',
    `In 2023 units sold rose 2.4% to 11,106 GWh. Residential customers accounted for 29.2% of units sold. Customer accounts grew to 593,700, and supply reliability ${english} for the fifteenth consecutive year.`,
  ].join('\n\n');
const bounds = (english: string) => checksOf('consistency', report(english)).filter((c) => c.rule === 'consistency.translation-qualifier');

describe('a bound in one language only (translation-qualifiers.ts)', () => {
  it('is none when the bare figure\'s own words bound it the same way (`stayed above 99.999%`)', () => {
    expect(bounds('stayed above 99.999%')).toEqual([]);
  });

  it('is none when the bare figure\'s verb says it crossed the bound (`passed`, `topped`)', () => {
    expect(bounds('passed 99.999%')).toEqual([]);
    expect(bounds('topped 99.999%')).toEqual([]);
  });

  it('is reported when the translation drops it', () => {
    expect(bounds('stayed at 99.999%')).toMatchObject([{ holds: false, figures: [{ value: 99.999 }, { value: 99.999 }] }]);
  });
});

describe('`about` in one language against a bound in the other', () => {
  // a report in two files: anchors 2,468 and 1,286萬 / 12.86 million around the hours
  const pair = (zh: string, en: string) =>
    checksOf(
      'consistency',
      ['v-tc.txt', `本集團共有員工2,468名。本年度員工參與義工服務${zh}小時，社區投資合共港幣1,286萬元。`],
      ['v-en.txt', `The Group had 2,468 employees. ${en} volunteer hours, and community investment totalled HK$12.86 million.`],
    ).filter((c) => c.rule === 'consistency.translation-qualifier');

  it('is reported when the bound claims what `about` does not (`約12,400小時`, `more than 12,400 hours`)', () => {
    expect(pair('約12,400', 'Our staff contributed more than 12,400')).toMatchObject([{ holds: false, figures: [{ value: 12_400 }, { value: 12_400 }] }]);
  });

  it('is said once when the report repeats the turned qualifier in another paragraph', () => {
    const checks = checksOf(
      'consistency',
      ['v-tc.txt', '本集團共有員工2,468名。本年度員工參與義工服務約12,400小時，社區投資合共港幣1,286萬元。\n\n社區投資\n\n員工參與義工服務約12,400小時，惠及長者1,860名。'],
      ['v-en.txt', 'The Group had 2,468 employees. Our staff contributed more than 12,400 volunteer hours, and community investment totalled HK$12.86 million.\n\nCommunity investment\n\nColleagues contributed more than 12,400 volunteer hours, reaching 1,860 elderly people.'],
    ).filter((c) => c.rule === 'consistency.translation-qualifier');
    expect(checks).toHaveLength(1);
  });

  it('is none when both say `about`, or the bound\'s own words estimate too (`估計至少`, `an estimated`)', () => {
    expect(pair('約12,400', 'Our staff contributed about 12,400')).toEqual([]);
    expect(pair('估計至少12,400', 'Our staff contributed an estimated 12,400')).toEqual([]);
  });
});

describe('bounds pointing opposite ways where the pair states the amount exactly too', () => {
  // a report in two files: the statement's rounded bound in each language, the exact amount in a table of each
  const zhText = (bound: string) =>
    [
      `本公司全年处理生活垃圾${bound}万吨，发电量18.62亿千瓦时，同比增长4.1%。`,
      '',
      '表1：运营数据',
      '',
      '指标                  单位          2024年       2023年',
      '生活垃圾处理量        万吨            486.3        452.7',
      '上网电量              亿千瓦时        15.84        15.16',
    ].join('\n');
  const enText = (bound: string) =>
    [
      `We treated ${bound} 4.9 million tonnes of household waste in the year and generated 1,862 GWh of electricity, up 4.1%.`,
      '',
      'Table 1: Operations',
      '',
      'Indicator                  Unit              2024        2023',
      'Household waste treated    million tonnes    4.863       4.527',
      'Power exported             GWh               1,584       1,516',
    ].join('\n');
  const turned = (zh: string, en: string) =>
    checksOf('consistency', ['w-zh.txt', zhText(zh)], ['w-en.txt', enText(en)]).filter((c) => c.rule === 'consistency.translation-qualifier');

  // (and its own language's, which contradicts it as well: 表1's 486.3)
  it('names the exact figure of the other language that contradicts the wrong bound (`超过490万吨`, `nearly 4.9 million`, Table 1 4.863)', () => {
    const [check, ...rest] = turned('超过490', 'nearly');
    expect(rest).toEqual([]);
    expect(check).toMatchObject({ holds: false, figures: [{ value: 4_900_000 }, { value: 4_900_000 }, { text: '4.863', value: 4_863_000 }, { text: '486.3', value: 4_863_000 }] });
    expect(check!.message).toContain('the exact 4.863 contradicts 490万吨 [over]');
  });

  it('and the Chinese one when the English bound is wrong (`近490万吨`, `more than 4.9 million`, 表1 486.3)', () => {
    const [check] = turned('近490', 'more than');
    expect(check).toMatchObject({ holds: false, figures: [{ value: 4_900_000 }, { value: 4_900_000 }, { text: '486.3', value: 4_863_000 }, { text: '4.863', value: 4_863_000 }] });
    expect(check!.message).toContain('the exact 486.3 contradicts 4.9 million tonnes [over]');
  });
});

describe('a Chinese bound said after the unit (`降至5瓦以下`) against the English bound', () => {
  // a charger maker's report in two files: anchors 2,468 and 1,286萬 / 12.86 million around the standby power
  const pair = (zh: string, en: string) =>
    checksOf(
      'consistency',
      ['c-tc.txt', `本集團共有員工2,468名。${zh}，社區投資合共港幣1,286萬元。`],
      ['c-en.txt', `The Group had 2,468 employees. ${en}, and community investment totalled HK$12.86 million.`],
    ).filter((c) => c.rule === 'consistency.translation-qualifier');

  it('is no bound in one language only: `以下` after the unit bounds the Chinese figure too', () => {
    expect(pair('新款充電樁待機功耗降至5瓦以下', 'Our new chargers draw less than 5 watts on standby')).toEqual([]);
  });

  it('is none for a decimal standby power either (`待机功率0.5瓦以下`, `under 0.5 watts`)', () => {
    expect(pair('全系電視待機功率0.5瓦以下', 'Every television we sell uses under 0.5 watts on standby')).toEqual([]);
  });

  it('is still reported when the Chinese says no bound (`降至5瓦`)', () => {
    expect(pair('新款充電樁待機功耗降至5瓦', 'Our new chargers draw less than 5 watts on standby')).toMatchObject([{ holds: false }]);
  });
});
