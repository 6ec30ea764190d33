// The first blind batch: five engagements written in the style of real annual and ESG reports
// (an Australian miner, a Chinese listed manufacturer, a Chinese/English pair of one logistics
// report, a UK retailer's annual and sustainability reports, a Chinese water utility's ESG
// report), annotated as a reader sees them, and committed with the checks' blind score before any
// rule was written for them (README.md). Planted errors are the kinds real reports carry: a
// wrong table total, a wrong share or change, a transposed figure, a qualifier that turns, a
// scale slipped in translation.

import type { Engagement } from './key';
import { engagements, M, WAN } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b1';
const KESTREL = 'kestrel-sustainability-fy2023.txt';
const HUAXIN = 'huaxin-annual-report-2023.txt';
const LANTING_ZH = 'lanting-esg-2023-zh.txt';
const LANTING_EN = 'lanting-esg-2023-en.txt';
const NORTHGATE_AR = 'northgate-annual-report-2023.txt';
const NORTHGATE_SR = 'northgate-sustainability-2023.txt';
const HENGYUAN = 'hengyuan-esg-2023.txt';

export const BATCH_1_ENGAGEMENTS: Engagement[] = engagements(DIR, [
  KESTREL,
  HUAXIN,
  [LANTING_ZH, LANTING_EN],
  [NORTHGATE_AR, NORTHGATE_SR],
  HENGYUAN,
]);

type Fig = number | [number, string];
const figs = (xs: Fig[]) => xs.map((x) => (typeof x === 'number' ? { value: x } : { value: x[0], context: x[1] }));
const entry = (doc: string, kind: KeyEntry['kind'], holds: boolean, xs: Fig[], why: string): KeyEntry => ({ doc, kind, holds, figures: figs(xs), why });
/** A mismatch between two documents of the engagement: the first value in `a`, the second in `b`. */
const across = (a: string, b: string, [x, y]: [number, number], why: string): KeyEntry => ({
  doc: a,
  kind: 'consistency',
  holds: false,
  figures: [{ value: x }, { value: y, doc: b }],
  why,
});

export const BATCH_1_KEY: KeyEntry[] = [
  // Kestrel: a GHG table of three years, an energy mix, water, the workforce
  entry(KESTREL, 'sum', true, [1_284_300, 912_400, 371_900], 'FY2021 Scope 1 and 2 total 1,284,300 = 912,400 + 371,900'),
  entry(KESTREL, 'sum', false, [1_310_030, 948_150, 352_880], 'planted: FY2022 Scope 1 and 2 total 1,310,030, yet 948,150 + 352,880 = 1,301,030'),
  entry(KESTREL, 'sum', true, [1_238_400, 903_620, 334_780], 'FY2023 Scope 1 and 2 total 1,238,400 = 903,620 + 334,780'),
  entry(KESTREL, 'sum', true, [14_870, 11_210, 2_960, 700], 'total energy 14,870 TJ = diesel 11,210 + electricity 2,960 + gas 700'),
  entry(KESTREL, 'ratio', true, [11_210, [14_870, 'Total energy consumption'], 75.4], 'diesel 11,210 of 14,870 TJ is the stated 75.4%'),
  entry(KESTREL, 'ratio', true, [2_960, [14_870, 'Total energy consumption'], 19.9], 'electricity 2,960 of 14,870 TJ is the stated 19.9%'),
  entry(KESTREL, 'ratio', true, [700, [14_870, 'Total energy consumption'], 4.7], 'natural gas 700 of 14,870 TJ is the stated 4.7%'),
  entry(KESTREL, 'ratio', true, [512 * M, 2.3e9, 22.3], 'A$512 million of the A$2.3 billion supplier spend is the stated 22.3%'),
  entry(KESTREL, 'change', true, [38.2 * M, [41.6 * M, 'We shipped'], 8.9], 'iron ore shipped 38.2 -> 41.6 million tonnes is the stated +8.9%'),
  entry(KESTREL, 'change', true, [4.1, [3.2, 'fell from 4.1 to'], 22], 'TRIFR 4.1 -> 3.2 is the stated reduction of 22%'),
  entry(KESTREL, 'change', false, [30.1, 28.4, 7.6], 'planted: water withdrawn 30.1 -> 28.4 GL is -5.6%, stated a decrease of 7.6%'),
  entry(KESTREL, 'ratio', true, [21.9, 28.4, 77], '21.9 of the 28.4 GL withdrawn is the stated 77%'),
  entry(KESTREL, 'ratio', true, [[1_627, 'employed 6,842 people'], [6_842, 'we employed'], 23.8], '1,627 women of 6,842 employees is the stated 23.8%'),
  entry(KESTREL, 'ratio', true, [3, 9, 33], '3 of the 9 Board seats is the stated 33%'),
  entry(KESTREL, 'ratio', true, [412, [6_842, 'we employed'], 6.0], '412 Aboriginal and Torres Strait Islander employees of 6,842 is the stated 6.0%'),
  entry(KESTREL, 'sum', true, [[6_842, 'Employees\t'], [1_627, 'Employees\t'], [5_215, 'Employees\t']], 'table row: employees 1,627 female + 5,215 male = 6,842'),
  entry(KESTREL, 'sum', true, [10_034, 1_104, 8_930], 'table row: contractors 1,104 female + 8,930 male = 10,034'),
  entry(KESTREL, 'consistency', false, [521 * M, 512 * M], 'planted: the highlights say A$521 million spent with local businesses, the body A$512 million'),

  // Huaxin: segment tables in 万元, the workforce, R&D
  entry(HUAXIN, 'sum', true, [18_642e6, 10_823.5e6, 4_631.8e6, 2_015.6e6, 1_171.1e6], 'revenue by product: 合计 1,864,200 万元 = 1,082,350 + 463,180 + 201,560 + 117,110'),
  entry(HUAXIN, 'sum', true, [15_245.8e6, 9_124.6e6, 3_710.2e6, 1_428.7e6, 982.3e6], 'cost by product: 合计 1,524,580 万元 = 912,460 + 371,020 + 142,870 + 98,230'),
  entry(HUAXIN, 'ratio', true, [[18.22, '合计'], [18_642e6, '合计'], [15_245.8e6, '合计']], 'gross margin 18.22% = (1,864,200 - 1,524,580) / 1,864,200'),
  entry(HUAXIN, 'ratio', true, [15.7, 10_823.5e6, 9_124.6e6], '光伏组件 gross margin 15.70% = (1,082,350 - 912,460) / 1,082,350'),
  entry(HUAXIN, 'sum', true, [[18_642e6, '境外'], 11_268.3e6, 7_373.7e6], 'revenue by region: 合计 1,864,200 万元 = 境内 1,126,830 + 境外 737,370'),
  entry(HUAXIN, 'ratio', true, [11_268.3e6, [18_642e6, '境外'], 60.45], '境内 1,126,830 of 1,864,200 万元 is the stated 60.45%'),
  entry(HUAXIN, 'ratio', false, [7_373.7e6, [18_642e6, '境外'], 39.45], 'planted: 境外 737,370 of 1,864,200 万元 is 39.55%, stated 39.45%'),
  { ...entry(HUAXIN, 'sum', false, [100, 60.45, 39.45], 'the same slip: the 占营业收入比重 column 60.45 + 39.45 = 99.90, its 合计 100.00%'), atLeast: 2 },
  entry(HUAXIN, 'ratio', false, [836 * M, [18_642e6, '实现营业收入'], 4.8], 'planted: R&D 8.36 亿元 of revenue 186.42 亿元 is 4.48%, stated 4.8%'),
  entry(HUAXIN, 'ratio', true, [[1_372, '研发人员数量 1,372'], 9_786, 14.0], '1,372 R&D staff of 9,786 employees is the stated 14.0%'),
  entry(HUAXIN, 'change', true, [712.5 * M, 836 * M, 17.33], 'R&D spend 71,250 -> 83,600 万元 is the stated 17.33%'),
  entry(HUAXIN, 'change', true, [1_198, [1_372, '研发人员数量（人）'], 14.52], 'R&D staff 1,198 -> 1,372 is the stated 14.52%'),
  entry(HUAXIN, 'sum', true, [9_786, 6_412, 1_953, 587, 146, 688], '在职员工总数 9,786 = 6,412 + 1,953 + 587 + 146 + 688 by function'),
  entry(HUAXIN, 'ratio', true, [2_894, 9_786, 29.6], '2,894 women of 9,786 employees is the stated 29.6%'),
  entry(HUAXIN, 'ratio', true, [3_215, 9_786, 32.9], '3,215 graduates of 9,786 employees is the stated 32.9%'),
  entry(HUAXIN, 'consistency', false, [1_250 * WAN, 1_520 * WAN], 'planted: donations 1,250 万元 in one section, 公益捐赠合计 1,520 万元 in the next'),
  entry(HUAXIN, 'consistency', false, [[2 * WAN, '带动就业超过'], [2 * WAN, '带动上下游就业近']], 'planted: jobs created upstream and downstream 超过 2 万人 (over) and 近 2 万人 (nearly)'),

  // Lanting: one report in two files, Chinese and English
  ...[LANTING_ZH, LANTING_EN].flatMap((doc) => [
    entry(doc, 'sum', true, [586_000, 412_000, 174_000], 'total GHG 58.6 万吨 = Scope 1 41.2 + Scope 2 17.4'),
    entry(doc, 'ratio', true, [12_000, 31_200, 38.5], '12,000 new-energy vehicles of a fleet of 31,200 is the stated 38.5%'),
    entry(doc, 'ratio', true, [8_238, 27_460, 30.0], '8,238 women of 27,460 employees is the stated 30.0%'),
    entry(doc, 'change', true, [18.5, 26.4, 42.7], 'solar capacity 18.5 -> 26.4 MW is the stated +42.7%'),
  ]),
  across(LANTING_ZH, LANTING_EN, [860_000, 8.6 * M], 'planted: 服务客户 86 万家 in Chinese, "8.6 million customers" in the English (a scale slip)'),
  across(LANTING_ZH, LANTING_EN, [38_650, 36_850], 'planted: volunteer hours 38,650 小时 in Chinese, 36,850 in the English'),
  across(LANTING_ZH, LANTING_EN, [500, 500], 'planted: service points in 近 500 个乡村 (nearly) in Chinese, "over 500 villages" in the English'),

  // Northgate: an annual report and a sustainability report of one year
  entry(NORTHGATE_AR, 'sum', false, [[4_218 * M, 'Group revenue of'], 2_914 * M, 1_026 * M, 287 * M], 'planted: Group revenue £4,218 million comprised £2,914 + £1,026 + £287 million = £4,227 million'),
  entry(NORTHGATE_AR, 'consistency', false, [[4_218 * M, 'Group revenue of'], [4_227 * M, 'Group revenue\t']], 'planted: Group revenue £4,218 million in the text, £4,227 million in the segment table'),
  entry(NORTHGATE_AR, 'sum', true, [[4_227 * M, 'Group revenue\t'], [2_914 * M, 'UK Retail\t'], [1_026 * M, 'International\t'], [287 * M, 'Online\t']], 'segment table 2023: 2,914 + 1,026 + 287 = 4,227'),
  entry(NORTHGATE_AR, 'sum', true, [4_002 * M, 2_803 * M, 958 * M, [241 * M, 'Online\t']], 'segment table 2022: 2,803 + 958 + 241 = 4,002'),
  entry(NORTHGATE_AR, 'ratio', true, [312 * M, [4_218 * M, 'Group revenue of'], 7.4], 'operating profit £312 million is the stated 7.4% margin on revenue'),
  entry(NORTHGATE_AR, 'change', true, [241 * M, [287 * M, 'Online sales grew'], 19.1], 'online sales £241 -> £287 million is the stated +19.1%'),
  entry(NORTHGATE_AR, 'ratio', true, [4, 10, 40], '4 of 10 Board directors is the stated 40%'),
  entry(NORTHGATE_SR, 'sum', true, [[60_070, 'Total Scope 1 and 2'], [38_420, 'Scope 1'], [21_650, 'market-based']], 'GHG table 2023: 38,420 + 21,650 (market-based) = 60,070'),
  entry(NORTHGATE_SR, 'sum', true, [[71_830, 'Total Scope 1 and 2'], [41_960, 'Scope 1'], [29_870, 'market-based']], 'GHG table 2022: 41,960 + 29,870 (market-based) = 71,830'),
  entry(NORTHGATE_SR, 'change', true, [41_960, 38_420, -8.4], 'Scope 1 41,960 -> 38,420 is the stated -8.4%'),
  entry(NORTHGATE_SR, 'change', true, [29_870, 21_650, -27.5], 'Scope 2 market-based 29,870 -> 21,650 is the stated -27.5%'),
  entry(NORTHGATE_SR, 'change', true, [68_020, 64_310, -5.5], 'Scope 2 location-based 68,020 -> 64,310 is the stated -5.5%'),
  entry(NORTHGATE_SR, 'change', true, [[71_830, 'Total Scope 1'], [60_070, 'Total Scope 1'], -16.4], 'total 71,830 -> 60,070 is the stated -16.4%'),
  across(NORTHGATE_AR, NORTHGATE_SR, [12_480, 12_840], 'planted: the annual report employs 12,480 colleagues, the sustainability report 12,840'),

  // Hengyuan: a key-figures table of three years, the text restating it
  ...(
    [
      [12_468_000, 8_924_000, 2_106_000, 1_438_000, '2021'],
      [11_983_000, 8_610_000, 1_965_000, 1_408_000, '2022'],
      [11_526_000, 8_295_000, 1_839_000, 1_392_000, '2023'],
    ] as const
  ).map(([total, surface, ground, mains, year]) =>
    entry(HENGYUAN, 'sum', true, [[total, '取水总量\t'], surface, ground, mains], `${year} water withdrawn = surface + ground + mains water`),
  ),
  entry(HENGYUAN, 'sum', true, [186_420, 42_310, 144_110], '2021 GHG total 186,420 = 范围一 42,310 + 范围二 144,110'),
  entry(HENGYUAN, 'sum', true, [179_860, 40_980, 138_880], '2022 GHG total 179,860 = 40,980 + 138,880'),
  entry(HENGYUAN, 'sum', false, [171_530, 39_120, 132_230], 'planted: 2023 GHG total 171,530, yet 39,120 + 132,230 = 171,350'),
  // added after the blind score (an annotation miss, README): the planted total also contradicts the text's rounding of it
  entry(HENGYUAN, 'consistency', false, [171_000, 171_530], 'the text says 17.1 万吨 for 2023, the planted table total 171,530 rounds to 17.2 万吨'),
  entry(HENGYUAN, 'sum', true, [3_412, 2_486, 926], '2021 employees 3,412 = 2,486 men + 926 women'),
  entry(HENGYUAN, 'sum', true, [3_508, 2_541, 967], '2022 employees 3,508 = 2,541 + 967'),
  entry(HENGYUAN, 'sum', true, [[3_561, '员工总数\t'], 2_562, [999, '女性员工\t']], '2023 employees 3,561 = 2,562 + 999'),
  entry(HENGYUAN, 'ratio', true, [926, 3_412, 27.1], '2021 women 926 of 3,412 is the stated 27.1%'),
  entry(HENGYUAN, 'ratio', true, [967, 3_508, 27.6], '2022 women 967 of 3,508 is the stated 27.6%'),
  entry(HENGYUAN, 'ratio', true, [[999, '女性员工\t'], [3_561, '员工总数\t'], [28.1, '女性员工占比']], '2023 women 999 of 3,561 is the stated 28.1% (table)'),
  entry(HENGYUAN, 'ratio', true, [[999, '其中女性员工'], [3_561, '公司员工总数'], [28.1, '占员工总数的']], '999 women of 3,561 employees is the stated 28.1% (text)'),
  entry(HENGYUAN, 'ratio', false, [1_286, [3_561, '公司员工总数'], 63.1], 'planted: 1,286 volunteers of 3,561 employees is 36.1%, stated 63.1%'),
  entry(HENGYUAN, 'change', true, [326 * M, 305 * M, 6.9], 'sewage treated 3.05 -> 3.26 亿立方米 is the stated +6.9%'),
  entry(HENGYUAN, 'consistency', false, [[420 * WAN, '服务人口超过'], [420 * WAN, '为近']], 'planted: population served 超过 420 万 (over) and 近 420 万 (nearly)'),
];
