// The ninth blind batch: five more slices of the seed reports, cut at line boundaries where no key
// entry, dev passage, blind batch or extraction fixture has read before (their seed offsets in the
// file names), copied verbatim, chosen for the figures they restate and compute: the Alibaba 2022
// report's letter and seven-direction summary (7 independent directors of 12, `占比超过50%`; 39 %
// women in senior management; 30.5 万 visually impaired users; 1281 亿元 from 832 counties; 超过2.6亿件
// medical supplies to 150多个 countries; `每年至少为公益贡献3小时`) and its pandemic, disaster and
// charity pages (the same 150 多个, 超过 2.6 亿件 and 3 小时 restated; 10 projects and 14 stars in the
// text and again in an infographic; 1 亿元, 3,000 万元, 5.5 亿元 donated), read together as one
// engagement with an English translation of the letter's governance paragraph and the summary's
// sections I–V written for this batch; the Ant Financial 2016 report's bilingual Ant Forest and
// organ-donation pages (超过2.2 亿 / over 220 million users, 845 万棵 / 8.45 million trees, 将近10万人
// / nearly 100 thousand, 1.3 亿 / 130 million, 不到 8 万 / less than 80,000) and its bilingual Paytm
// pages (20 亿, 10 %, 21 %, 超过 6.8 亿 of which 3.6 亿, 不足 3000 万 against 12 亿, 3 亿 debit and 2000
// 万 credit cards, 120 万 terminals, 2.2 亿 users); the Alipay 2019/2020 report's MYbank pages (RMB10
// billion said four times, 266 million users and buyers, 497 counties including 146). Real text
// invites few complete relations here: two holding shares (one in each language), and every
// restatement agrees.
// Planted: in the translation a 万 scale slip (30.5 万视障用户 → 3.05 million) and swapped digits
// (1281 亿元 → RMB121.8 billion); in a copy of the pandemic and charity pages the restated 超过 2.6 亿件
// made 近 (the summary keeps 超过), 150 多个 countries made 160 多个, the infographic's 14位 made 16位
// (the text keeps 14 位) and 3 小时 a year made 5 小时 (the summary keeps 3); in a copy of the Paytm
// pages `more than 680 million` made `nearly`, `1.2 million terminals` made 12 million (120 万台),
// `only 21%` made 12 % in the English, and the Chinese `不足 3000 万` made `3000 多万` (the English
// keeps `less than`).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// (A first version took the people section, seed characters 31353–37399, which extraction's held-out
// batch 29, committed minutes before, reads too; it was replaced before any run.)
// (Found after the blind run: blind batch 10, committed three minutes before this batch, reads the
// same two Ant Financial stretches; see README.md. The Alibaba slices are read by no other set.)
// Traps that must not be flagged: every faithful translation pair (超过 2.2 亿 / over 220 million,
// 约 3 亿 / about 300 million, 十几次 / a dozen times, 不到 8 万 / less than 80,000, 超1200亿元 / more
// than RMB120 billion); 39 % of directors and senior management against `员工中女性占一半`; 1 亿元
// said of two funds; the four RMB10 billion loan schemes; 20 % interest off said twice; 266 million
// users and 266 million buyers; 3.6 亿 of 6.8 亿 (no share stated); 3 小时 to build a gene library
// against 3 小时 of volunteering; 33 and 53 years of age.

import type { Engagement } from './key';
import { across, B, engagements, entry, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b9';
const SUMMARY = 'alibaba-2022-esg_4163-9804.txt';
const SUMMARY_EN = 'alibaba-2022-esg_4163-9804-en.txt';
const RELIEF = 'alibaba-2022-esg_77787-82189.txt';
const RELIEF_P = 'alibaba-2022-esg_77787-82189-planted.txt';
const FOREST = 'ant-financial-2016_69360-76353.txt';
const PAYTM = 'ant-financial-2016_109330-114766.txt';
const PAYTM_P = 'ant-financial-2016_109330-114766-planted.txt';
const MYBANK = 'alipay-2019-2020_40937-46044.txt';

export const BATCH_9_ENGAGEMENTS: Engagement[] = engagements(DIR, [
  [SUMMARY, SUMMARY_EN, RELIEF],
  [SUMMARY, RELIEF_P],
  FOREST,
  PAYTM,
  PAYTM_P,
  MYBANK,
]);

export const BATCH_9_KEY: KeyEntry[] = [
  // Alibaba 2022, letter and summary (Chinese, real), its English translation (planted), its relief and charity pages (real)
  entry(SUMMARY, 'ratio', true, [[7, '独立董事成员达到7位'], [12, '在12位'], [50, '超过50%']], '7 independent directors of 12 board members is 58.3%, the stated 占比超过50%'),
  // (`independent directors now number 7 of our 12 board members`: the verb's 7 read since e63466d)
  entry(SUMMARY_EN, 'ratio', true, [[7, 'number 7'], [12, 'our 12 board'], [50, 'more than 50%']], 'the same in English: 7 of our 12 board members, more than 50%'),
  across(SUMMARY_EN, [[3.05 * M, '3.05 million']], SUMMARY, [[30.5 * WAN, '30.5万']], 'planted: 淘宝为30.5万视障用户提供了服务 (305,000) translated "3.05 million visually impaired users"'),
  across(SUMMARY_EN, [[121.8 * B, 'RMB121.8 billion']], SUMMARY, [[1281 * YI, '1281亿元']], 'planted: 832 个脱贫县卖出价值 1281 亿元 translated "RMB121.8 billion" (digits swapped)'),

  // the relief and charity pages' planted copy, read with the real summary
  across(RELIEF_P, [[2.6 * YI, '近 2.6']], SUMMARY, [[2.6 * YI, '超过2.6']], 'planted: medical supplies shipped 近 2.6 亿件 on the relief page, 超过2.6亿件 in the summary'),
  across(RELIEF_P, [[160, '160 多个']], SUMMARY, [[150, '150多个']], 'planted: Cainiao served 160 多个 countries and regions on the relief page, 150多个 in the summary'),
  entry(RELIEF_P, 'consistency', false, [[14, '和14位'], [16, '16位']], 'planted: 14 位优秀的“公益之星” in the text, 16位 in the infographic restating it'),
  across(RELIEF_P, [[5, '至少投入5小时']], SUMMARY, [[3, '贡献3小时']], 'planted: every employee at least 5 小时 of volunteering a year on the charity page, 3 小时 in the summary'),

  // Ant Financial 2016, Paytm pages (bilingual): the planted copy
  entry(PAYTM_P, 'consistency', false, [[6.8 * YI, '超过 6.8'], [680 * M, 'nearly 680']], 'planted: ASEAN population 超过 6.8 亿 (over) in Chinese, "nearly 680 million" in English'),
  entry(PAYTM_P, 'consistency', false, [[120 * WAN, '120 万台'], [12 * M, 'only 12 million']], 'planted: card terminals 120 万台 (1.2 million) in Chinese, "only 12 million terminals" in English'),
  entry(PAYTM_P, 'consistency', false, [[21, '仅 21%'], [12, 'only 12%']], 'planted: borrowers served by formal institutions 仅 21% in Chinese, "only 12%" in English'),
  entry(PAYTM_P, 'consistency', false, [[3000 * WAN, '3000 多万'], [30 * M, 'less than 30 million']], 'planted: Paytm users in 2015 3000 多万 (over) in Chinese, "less than 30 million" in English'),
];
