// The tenth blind batch: bilingual pairs as two files, the held-back key's "bilingual pairs". Two
// slices of the Ant Financial 2016 report, where each Chinese paragraph is followed by the report's
// own English translation, are split line by line into a Chinese file and an English file, copied
// verbatim (offsets in the file names; no key, dev passage, blind batch or extraction batch reads
// these stretches): the accessibility, Ant Forest and organ-donation pages (超过 2.2 亿 users, 日均
// 减排 5000 吨, 845 万棵, 将近 10 万人, 1.3 亿 against 不到 8 万人, 83%), and the overseas pages (20 亿人,
// 10%, 21%, 超过 6.8 亿 and 3.6 亿, Paytm 不足 3000 万 users, 3 亿 / 2000 万 cards, 120 万台 terminals,
// 2.2 亿 users). Each real pair is an engagement with nothing to flag: the translation is faithful
// (the Chinese 累计减排 67 万吨 has no English, which is no mismatch; 上百人 / more than a hundred and
// 十几次 / a dozen times agree). Planted, each pair again with one file changed: in the English of
// the first, `over 220 million` made `nearly`, 8.45 million trees made 84.5 million, `nearly` dropped
// before 100 thousand, `less than 80,000` made 8,000 and 83% made 38%; in the Chinese of the second,
// 21% made 12%, 3.6 亿 made 3.9 亿, 120 万台 made 12 万台 and `达 2.2 亿` made `近 2.2 亿`.
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: the title `10 秒钟跨越生死` against `不超过 10 秒` (a heading's round
// figure), ages and dates said in both languages, 数亿 / hundreds of millions.

import type { Engagement } from './key';
import { across, engagements, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b10';
const FOREST = 'ant-financial-2016_63938-80010.txt';
const FOREST_EN = 'ant-financial-2016_63938-80010-en.txt';
const FOREST_EN_P = 'ant-financial-2016_63938-80010-en-planted.txt';
const ABROAD = 'ant-financial-2016_108655-115042.txt';
const ABROAD_P = 'ant-financial-2016_108655-115042-planted.txt';
const ABROAD_EN = 'ant-financial-2016_108655-115042-en.txt';

export const BATCH_10_ENGAGEMENTS: Engagement[] = engagements(DIR, [
  [FOREST, FOREST_EN],
  [FOREST, FOREST_EN_P],
  [ABROAD, ABROAD_EN],
  [ABROAD_P, ABROAD_EN],
]);

export const BATCH_10_KEY: KeyEntry[] = [
  // the first pair, its English planted
  // (`had nearly ⏎⏎220 million users`: an English qualifier ending a line of prose before a blank line, read since bc32906)
  across(FOREST_EN_P, [[220 * M, 'had nearly']], FOREST, [[2.2 * YI, '超过2.2']], 'planted: Ant Forest users 超过 2.2 亿 in Chinese, "nearly 220 million" in the English'),
  across(FOREST_EN_P, [[84.5 * M, '84.5 million']], FOREST, [[845 * WAN, '845万']], 'planted: 累计种成梭梭树 845 万棵 (8.45 million) translated "84.5 million trees" (a scale slip)'),
  across(FOREST_EN_P, [[100_000, '100 thousand']], FOREST, [[10 * WAN, '将近10万']], 'planted: organ donors registered in 20 days, 将近 10 万人 in Chinese, a bare "100 thousand" in the English'),
  across(FOREST_EN_P, [[8_000, 'less than 8,000']], FOREST, [[8 * WAN, '不到 8 万']], 'planted: registered donors in China, 不到 8 万人 (80,000) translated "less than 8,000 people" (a scale slip)'),
  across(FOREST_EN_P, [[38, '38%']], FOREST, [[83, '83%']], 'planted: 83% willing to donate in the survey, "38%" in the English (swapped digits)'),

  // the second pair, its Chinese planted
  across(ABROAD_P, [[12, '仅 12%']], ABROAD_EN, [[21, 'only 21%']], 'planted: 有贷款需求的人中仅 12% against "only 21% of those who require loans"'),
  across(ABROAD_P, [[3.9 * YI, '3.9 亿']], ABROAD_EN, [[360 * M, '360 million']], 'planted: ASEAN people without banking, 3.9 亿 in Chinese, 360 million in the English'),
  across(ABROAD_P, [[12 * WAN, '12 万台']], ABROAD_EN, [[1.2 * M, '1.2 million terminals']], 'planted: card terminals in India, 12 万台 (120,000) in Chinese, "1.2 million terminals" in the English (a scale slip)'),
  across(ABROAD_P, [[2.2 * YI, '近 2.2']], ABROAD_EN, [[220 * M, 'reached 220 million']], 'planted: Paytm users 近 2.2 亿 (nearly) in Chinese, "had reached 220 million" in the English'),
];
