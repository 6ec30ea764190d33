// The fourteenth blind batch: four stretches of the seed reports that no key entry, dev passage,
// blind batch (1–12), extraction fixture or probe has read (offsets in the file names), copied
// verbatim at line boundaries: the Alibaba 2022 report's biodiversity, water, nature-education and
// people pages (超过 3 万种, 超过 200 个 projects, 超过 10,000 家企业, 24 种 and 约 28 万张 photos, 99%,
// 80%, 20 万人, 5000 亩, 380 个城市, 超过 9,000 个排放源, 连续 9 年, 近 150 万人次, 超 60 个, 超 2,000 人,
// 254,941 名员工 in 27 countries, 49.5%, 39%, 8 期, 90,435 and 565,859, 13 年, 123,867); the Alipay
// 2019/20 report's blockchain and open-platform pages (6.5 million sellers, an infographic of 266
// million buyers, `Ranked first globally for 3 consecutive years` beside the text's `three consecutive
// years`, a patent chart 43 / 90 / 1,005, 275 guarantee institutions, over 3,000 interfaces, over
// 1,000 people) and its anti-fraud and mutual-aid pages (education reaching 400 million people, one
// campaign of it `over 350 million`, one in 10 million, 200 times, nearly 2 million in three days,
// RMB 50,000 / 100,000); the Ant Financial 2016 report's bilingual employees' voices (逾 1.4 万小时 /
// `more than 14,000 hours`, 超过 6700 员工人次 / `more than 6,700 times`).
// Real text: read as an auditor, no sum or share is stated with its parts, and no figure disagrees
// (the Ant page's `印度是蚂蚁技术出海的第一个项目` translated `the second` is a real slip, but an ordinal,
// no figure by the extraction guidelines). The English of the Alibaba pages is written for the batch
// as the report's English version would read it (the infographic and the values list left out).
// Planted:
// - in a copy of that English (2): `居住着 20 万人` as `home to 2 million people` (万 read as million),
//   `超过 9,000 个` as `nearly 9,000` (a turned qualifier);
// - in a copy of the Alibaba Chinese, set against the faithful English (3): 254,941 名员工 made
//   245,941 (swapped digits), 约 28 万张照片 made 约 2.8 万张 (a scale slip), 近 150 万人次 made a bare
//   150 万人次 (a dropped 近);
// - in a copy of the Ant page (2): 超过 6700 员工人次 made 近 6700 (`more than 6,700 times`: a turned
//   qualifier), `more than 14,000 hours` made 140,000 (against 逾 1.4 万小时: a scale slip);
// - in a copy of the anti-fraud pages (1): the Xinghai campaign's `over 350 million people` made 450
//   million, more than the 400 million every safety-education initiative together reached (a part
//   over its whole, a page column apart);
// - in a copy of the blockchain pages (1): `ranked No. 1 globally for three consecutive years` made
//   `four consecutive years`, against the infographic's `3 consecutive years` (and its chart of 2017–2019).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: 400 million against `over 350 million` in the real pages (a campaign
// within all the initiatives); `three consecutive years` / `3`; the patent chart 43 / 90 / 1,005 (no
// change stated); the infographic's 1 billion, 40 and 200 billion; 超过 10,000 家企业 beside 超过 9,000
// 个排放源; `100+` said twice; 90,435 readers and 565,859 views, 254,941 employees and 123,867 active on
// the intranet (no share stated); 49.5% and 39% (different wholes); 14,000 hours over 6,700 times;
// every faithful translation (十余个 / `more than ten`, 连续 9 年 / `9 consecutive years`, 八大 / `eight`).

import type { Engagement } from './key';
import { across, engagements, entry, M, miss, WAN } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b14';
const ALI = 'alibaba-2022-esg_26126-32867.txt';
const ALI_P = 'alibaba-2022-esg_26126-32867-planted.txt';
const ALI_EN = 'alibaba-2022-esg_26126-32867-en.txt';
const ALI_EN_P = 'alibaba-2022-esg_26126-32867-en-planted.txt';
const CHAIN = 'alipay-2019-2020_46044-51957.txt';
const CHAIN_P = 'alipay-2019-2020_46044-51957-planted.txt';
const FRAUD = 'alipay-2019-2020_64011-68571.txt';
const FRAUD_P = 'alipay-2019-2020_64011-68571-planted.txt';
const VOICES = 'ant-financial-2016_170196-176534.txt';
const VOICES_P = 'ant-financial-2016_170196-176534-planted.txt';

export const BATCH_14_ENGAGEMENTS: Engagement[] = engagements(DIR, [
  [ALI, ALI_EN],
  [ALI, ALI_EN_P],
  [ALI_P, ALI_EN],
  CHAIN,
  CHAIN_P,
  FRAUD,
  FRAUD_P,
  VOICES,
  VOICES_P,
]);

export const BATCH_14_KEY: KeyEntry[] = [
  // the Alibaba pages with their English planted
  across(ALI_EN_P, [[2 * M, 'home to 2 million']], ALI, [[20 * WAN, '居住着 20 万人']], 'planted: 千岛湖…居住着 20 万人 translated "is home to 2 million people" (万 read as million)'),
  across(ALI_EN_P, [[9000, 'data of nearly 9,000']], ALI, [[9000, '全国超过 9,000']], 'planted: 全国超过 9,000 个废气、废水排放源 translated "nearly 9,000 waste gas and wastewater sources" (a turned qualifier)'),

  // the Alibaba Chinese planted, against the faithful English
  across(ALI_P, [[245_941, '我们有 245,941']], ALI_EN, [[254_941, 'we had 254,941']], 'planted: 我们有 245,941 名员工 in the Chinese, "we had 254,941 talented employees" in the English (swapped digits)'),
  across(ALI_P, [[2.8 * WAN, '约 2.8 万张']], ALI_EN, [[280_000, 'around 280,000']], 'planted: 约 2.8 万张照片 in the Chinese, "around 280,000 photos" in the English (a scale slip)'),
  across(ALI_P, [[150 * WAN, '共计服务 150 万人次']], ALI_EN, [[1.5 * M, 'served nearly 1.5 million']], 'planted: 中心共计服务 150 万人次 (bare) in the Chinese, "had served nearly 1.5 million visits" in the English (a dropped 近)'),

  // the Alipay blockchain pages, planted
  miss(
    entry(CHAIN_P, 'consistency', false, [[4, 'for four consecutive'], [3, 'Over RMB\n\n3']], 'planted: patent applications "ranked No. 1 globally for four consecutive years" in the text, "Ranked first globally for 3 consecutive years" in the infographic beside it (its chart shows 2017–2019)'),
    'the infographic\'s `3` comes out 3 billion accounts (read with the `billion accounts and` line below it), no count of years to set against `four consecutive years` (marked after the blind run)',
  ),

  // the Alipay anti-fraud pages, planted
  entry(FRAUD_P, 'sum', false, [[400 * M, 'have reached 400 million'], [450 * M, 'reached over 450 million']], 'planted: all of Alipay\'s anti-fraud and safety education initiatives "have reached 400 million people", one of them, the Xinghai campaign, "reached over 450 million people" (a part over its whole)'),

  // the Ant employees' voices, planted
  entry(VOICES_P, 'consistency', false, [[6700, '有近 6700'], [6700, 'more than 6,700']], 'planted: 有近 6700 员工人次参加 (nearly) translated "participated … for more than 6,700 times" (a turned qualifier)'),
  entry(VOICES_P, 'consistency', false, [[1.4 * WAN, '1.4 万小时'], [140_000, 'more than 140,000']], 'planted: 逾 1.4 万小时 (14,000 hours) translated "accumulating more than 140,000 hours" (a scale slip)'),
];
