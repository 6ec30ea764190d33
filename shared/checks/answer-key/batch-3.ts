// The third blind batch: three engagements in the style of real reports (a Hong Kong property
// group's ESG report in traditional Chinese, a copper miner's climate report with an emissions
// table by site, a Chinese drug maker's ESG report in Chinese and English files with its annual
// report), annotated as a reader sees them and committed with the checks' blind score before any
// rule was written for them (README.md). Entries whose figures extraction already gets wrong (read
// from `tickmark extract`, not from the checks) say so.

import type { Engagement } from './key';
import { engagements, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b3';
const TUNGWAH = 'tung-wah-property-esg-2023.txt';
const MERIDIAN = 'meridian-mining-ghg-2023.txt';
const XINHE_ZH = 'xinhe-pharma-esg-2023-zh.txt';
const XINHE_EN = 'xinhe-pharma-esg-2023-en.txt';
const XINHE_AR = 'xinhe-pharma-annual-2023-zh.txt';

export const BATCH_3_ENGAGEMENTS: Engagement[] = engagements(DIR, [
  TUNGWAH,
  MERIDIAN,
  [XINHE_ZH, XINHE_EN, XINHE_AR],
]);

type Fig = number | [number, string];
const figs = (xs: Fig[]) => xs.map((x) => (typeof x === 'number' ? { value: x } : { value: x[0], context: x[1] }));
const entry = (doc: string, kind: KeyEntry['kind'], holds: boolean, xs: Fig[], why: string): KeyEntry => ({ doc, kind, holds, figures: figs(xs), why });
export const BATCH_3_KEY: KeyEntry[] = [
  // Tung Wah: traditional Chinese; no planted error — a future target beside a present count must not be flagged
  entry(TUNGWAH, 'sum', true, [48_620, 3_180, 45_440], 'GHG 48,620 噸 = 範圍一 3,180 + 範圍二 45,440'),
  entry(TUNGWAH, 'change', true, [9_862 * WAN, 9_415 * WAN, 4.5], 'electricity 9,862 -> 9,415 萬千瓦時 is the stated -4.5%'),
  entry(TUNGWAH, 'ratio', true, [1_893, 4_126, 45.9], '1,893 women of 4,126 employees is the stated 45.9%'),
  entry(TUNGWAH, 'ratio', true, [102, 268, 38.1], '102 women of 268 managers is the stated 38.1% (the numerator after the share)'),
  entry(TUNGWAH, 'sum', true, [3_765, 2_051, 1_714], 'full-time 2,051 men + 1,714 women = 3,765 (table row)'),
  entry(TUNGWAH, 'sum', true, [361, 182, 179], 'part-time 182 + 179 = 361 (table row)'),
  entry(TUNGWAH, 'sum', true, [2_380 * WAN, 1_650 * WAN, 730 * WAN], 'community investment 2,380 萬港元 = donations 1,650 + volunteering and in kind 730'),

  // Meridian: emissions by site, planted a wrong site total
  entry(MERIDIAN, 'sum', true, [[1_248, 'Cerro Azul'], 812, 436], 'Cerro Azul 812 + 436 = 1,248 kt'),
  entry(MERIDIAN, 'sum', true, [842, 524, 318], 'Kalgoorie North 524 + 318 = 842 kt'),
  entry(MERIDIAN, 'sum', false, [681, 397, 221], 'planted: Tamarind Bay total 681 kt, yet 397 + 221 = 618'),
  entry(MERIDIAN, 'sum', true, [152, 98, 54], 'Smelter 98 + 54 = 152 kt'),
  entry(MERIDIAN, 'sum', true, [1_831, 812, 524, 397, 98], 'Scope 1 column: 812 + 524 + 397 + 98 = 1,831 kt'),
  entry(MERIDIAN, 'sum', true, [1_029, 436, 318, 221, 54], 'Scope 2 column: 436 + 318 + 221 + 54 = 1,029 kt'),
  entry(MERIDIAN, 'sum', false, [2_860, [1_248, 'Cerro Azul'], 842, 681, 152], 'planted: the Total column adds to 2,923 kt with Tamarind Bay at 681, stated 2,860'),
  entry(MERIDIAN, 'ratio', true, [38.2, 41.7, 92], 'customers processing 38.2 of 41.7 Mt is the stated 92%'),
  entry(MERIDIAN, 'ratio', true, [1_920, 7_710, 24.9], '1,920 of 7,710 GWh renewable is the stated 24.9%'),
  entry(MERIDIAN, 'change', true, [36.1, 38.4, 6.4], 'energy 36.1 -> 38.4 PJ is the stated +6.4%'),
  entry(MERIDIAN, 'ratio', true, [2_852, 14_260, 20.0], '2,852 women of 14,260 employees is the stated 20.0%'),

  // Xinhe: a Chinese and an English ESG summary, and the Chinese annual report
  ...[XINHE_ZH, XINHE_EN].flatMap((doc) => [
    entry(doc, 'ratio', true, [682, 1_094, 62.3], '682 invention patents of 1,094 is the stated 62.3%'),
    entry(doc, 'change', true, [7_130, 6_420, 10.0], 'hazardous waste 7,130 -> 6,420 t is the stated -10.0%'),
  ]),
  entry(XINHE_ZH, 'ratio', true, [2_316, 8_452, 27.4], '2,316 R&D staff of 8,452 employees is the stated 27.4%'),
  entry(XINHE_EN, 'ratio', false, [2_613, 8_452, 27.4], 'planted: the English gives 2,613 R&D staff, 30.9% of 8,452, stated 27.4%'),
  { ...entry(XINHE_ZH, 'consistency', false, [2_316], 'planted: R&D staff 2,316 人 in Chinese, 2,613 in the English'), figures: [{ value: 2_316 }, { value: 2_613, doc: XINHE_EN }] },
  { ...entry(XINHE_ZH, 'consistency', false, [368_000], 'planted: 36.8 万人次 in Chinese, "3.68 million patient visits" in the English (a scale slip)'), figures: [{ value: 368_000 }, { value: 3.68e6, doc: XINHE_EN }] },
  { ...entry(XINHE_ZH, 'ratio', true, [12.86 * YI, 14.2], 'R&D 12.86 亿元 of the annual report\'s revenue 90.57 亿元 is the stated 14.2%'), figures: [{ value: 12.86 * YI }, { value: 14.2 }, { value: 90.57 * YI, doc: XINHE_AR }] },
  entry(XINHE_AR, 'sum', true, [[90.57 * YI, '合计'], 58.42 * YI, 21.36 * YI, 10.79 * YI], 'revenue by segment 58.42 + 21.36 + 10.79 = 90.57 亿元'),
  entry(XINHE_AR, 'ratio', true, [58.42 * YI, [90.57 * YI, '合计'], 64.5], '化学制剂 58.42 of 90.57 亿元 is the stated 64.5%'),
  entry(XINHE_AR, 'ratio', true, [21.36 * YI, [90.57 * YI, '合计'], 23.6], '生物制品 21.36 of 90.57 亿元 is the stated 23.6%'),
  entry(XINHE_AR, 'ratio', true, [10.79 * YI, [90.57 * YI, '合计'], 11.9], '原料药及其他 10.79 of 90.57 亿元 is the stated 11.9%'),
];
