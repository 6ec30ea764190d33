// The eleventh blind batch: four more stretches of the seed reports, cut at line boundaries where no
// key entry, dev passage, blind batch (1–10) or extraction fixture has read before (their seed
// character offsets in the file names), copied verbatim: the Alibaba 2022 report's responsible-
// consumption and responsible-technology pages (Chinese: 7,000 多万次, 4,400 余名, 超过 34,000 人, 闲鱼
// 超过 3 亿, 1,200 亿元, PUE 1.247, 超过 13,000 项 patents said in an infographic and again in the text,
// 400 万 enterprises likewise, 上千万 twice, 65 % and 50 % of the 小巨人, 15 亿元 and 6.4 亿小时, and
// `11 大开源项目上榜 … top30 榜单，超过榜单总数 1/3`); and three bilingual stretches of the Ant Financial
// 2016 report, where each Chinese paragraph stands beside the report's own English in one file: the
// charity-platform pages (30 个家庭 / 30 children, 超过9.67 亿元 / over 967 million RMB, 超过 50 家 / over
// 50, 超过 1200 家 / over 1,200, 16000 多个 / over 16,000, 超过 46 万 / more than 460,000, 近 13 万人 /
// Nearly 130,000, 两倍 / twice, 4 万多名 / 40,000 kids), the langoustine seller's pages (2341 transactions
// said six times, 5 小时, 3 年, 50 斤 / 25 kilos, 一半 / half, 1 万多元 / more than CNY10,000, 近 4 万 /
// nearly CNY40,000) and the credit-education pages (1000 元 / 1,000 yuan, 两个月 / two months, 1000 万 /
// ten million yuan, 111 所高校, 337 场, 11766 名 each said in both languages).
// Real text: one holding share (11 of 30 is 36.7 %, over the stated 1/3) and one genuine slip, the
// report's own translation dropping a qualifier (4 万多名儿童 / `insurance for 40,000 kids`; batch 10
// holds a dropped `nearly` a mismatch alike).
// Planted, each in a copy of its stretch: in the Alibaba pages the text's 超过13,000项 made 近 (the
// infographic keeps 超过), 超过400万家企业 made 40 万 (a scale slip against the infographic's 400 万) and
// 超过榜单总数 1/3 made 1/2 (11 of 30 is not over a half); in the charity pages the English 967 million
// made 976 (swapped digits), `Nearly 130,000` made `More than` and the Chinese 超过 46 万学生 made 4.6 万
// (a scale slip against 460,000); in the langoustine pages one English `2,341 transactions` made 2,314
// (the other five keep 2341) and `nearly CNY40,000` made CNY4,000 (against 近 4 万).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// (Added after the blind run: the infographic's bare `400 万企业` against the text's 超过 400 万家, first
// read as a headline's round figure, is held a mismatch, as key.ts holds the seed's highlight `**400万**`.)
// Traps that must not be flagged: 13,000 patents dated 截至2022年3月31日 in the
// infographic and 截至本报告发布日 in the text (the same value); 10,000 invention patents beside 13,000
// (no relation stated); Top10 and top30 (ranks); 65 % and 50 % of a count not stated; 超过 50 家 charities
// / `over 50 projects`; 近 13 万 against `两倍` (a multiple of a figure not stated); 50 斤 / 25 kilos (one
// weight in two units); `一半` / half; the hours 2 点 37 分 and 3 点 12 分; 1 万多元 / more than CNY10,000
// beside 近 4 万; `three years` / `3 年` and `two months` / `两个月` written in words; 1000 万 / `ten
// million yuan`.

import type { Engagement } from './key';
import { engagements, entry, WAN } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b11';
const TECH = 'alibaba-2022-esg_49046-54259.txt';
const TECH_P = 'alibaba-2022-esg_49046-54259-planted.txt';
const CHARITY = 'ant-financial-2016_80886-86150.txt';
const CHARITY_P = 'ant-financial-2016_80886-86150-planted.txt';
const SELLER = 'ant-financial-2016_45490-51331.txt';
const SELLER_P = 'ant-financial-2016_45490-51331-planted.txt';
const CREDIT = 'ant-financial-2016_35207-39961.txt';

export const BATCH_11_ENGAGEMENTS: Engagement[] = engagements(DIR, [
  TECH,
  TECH_P,
  CHARITY,
  CHARITY_P,
  SELLER,
  SELLER_P,
  CREDIT,
]);

export const BATCH_11_KEY: KeyEntry[] = [
  // Alibaba 2022, responsible technology (real)
  entry(TECH, 'ratio', true, [[11, '其中阿里 11'], [30, 'top30']], '11 of the 30 projects on the top30 list is 36.7%, the stated 超过榜单总数 1/3'),
  // added after the blind run, as key.ts holds the same claim's `为全球 **400万** 企业` in the seed's highlights against this 超过400万家
  // (the three entries on the infographic's `[N](#)` links were extraction misses until gaps.ts read a Markdown link as a gap)
  entry(TECH, 'consistency', false, [[400 * WAN, '全球[400'], [400 * WAN, '超过400万家']], 'Alibaba Cloud serves 400万 enterprises in the infographic, 超过400万家 (over) in the text'),

  // the same pages, planted
  entry(TECH_P, 'ratio', false, [[11, '其中阿里 11'], [30, 'top30']], 'planted: 11 of the 30 projects on the list is 36.7%, stated 超过榜单总数 1/2'),
  entry(TECH_P, 'consistency', false, [[13_000, '专利近13,000'], [13_000, '专利超过[13,000']], 'planted: authorised patents 近13,000项 in the text, 超过13,000 in the infographic (a turned qualifier)'),
  entry(TECH_P, 'consistency', false, [[40 * WAN, '超过40万家'], [400 * WAN, '全球[400']], 'planted: Alibaba Cloud serves 超过40万家 enterprises in the text, 400万 in the infographic (a scale slip)'),

  // Ant Financial 2016, charity platform (bilingual, real): the report's own translation drops 多
  entry(CHARITY, 'consistency', false, [[4 * WAN, '新晃\n\n的 4 万多名'], [40_000, 'insurance for 40,000']], 'genuine: 新晃的 4 万多名儿童 (more than 40,000) translated "insurance for 40,000 kids" (the qualifier dropped)'),

  // the same pages, planted
  entry(CHARITY_P, 'consistency', false, [[4 * WAN, '新晃\n\n的 4 万多名'], [40_000, 'insurance for 40,000']], 'genuine, kept in the planted copy: 4 万多名儿童 translated "40,000 kids"'),
  entry(CHARITY_P, 'consistency', false, [[9.67e8, '募捐超过9.67'], [976e6, 'over 976']], 'planted: 累计募捐超过9.67亿元 translated "over 976 million RMB" (swapped digits)'),
  entry(CHARITY_P, 'consistency', false, [[13 * WAN, '公众近 13 万'], [130_000, 'More than 130,000']], 'planted: organ donors 近 13 万人 (nearly) translated "More than 130,000 people"'),
  entry(CHARITY_P, 'consistency', false, [[4.6 * WAN, '超过 4.6 万'], [460_000, 'more than 460,000']], 'planted: stories reached 超过 4.6 万学生 in the Chinese, "more than 460,000 students" in the English (a scale slip)'),

  // Ant Financial 2016, the langoustine seller (bilingual): the planted copy
  entry(SELLER_P, 'consistency', false, [[2314, 'lists 2,314'], 2341], 'planted: "Liu Xiaolong lists 2,314 transactions" in the paragraph, 2,341 in its pull quote, its caption and three times in the Chinese'),
  entry(SELLER_P, 'consistency', false, [[4000, 'nearly CNY4,000'], [4 * WAN, '已经近 4']], 'planted: borrowing limit "reached nearly CNY4,000" in the English, 近 4 万 in the Chinese (a scale slip)'),
];
