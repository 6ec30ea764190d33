// The eighth blind batch: three more slices of the seed reports, cut at line boundaries where no key,
// dev passage, blind batch or extraction batch has read before (their seed offsets in the file names),
// copied verbatim, because the held-back key is most likely read from such slices: the Ant Financial
// 2016 report's bilingual employee page (6,909 staff, each paragraph then its English, and a table of
// staff by gender, age and education whose three breakdowns each add up to 6,909, with the shares the
// text states of it); the Alibaba 2022 report's merchant-support list (`约 900 万`, `近 20 万`,
// `180 万`, `285 万`, `720 万商家`) with an English translation written for this batch; its charity
// pages (`473 亿笔爱心订单，4,300 万人` stated twice, an infographic `1.06 亿 **9** 亿` over a caption
// `超过9亿课时`). Planted as batch 7 did: in a copy of the employee page a table part (男性 4346 →
// 4364), the Chinese female share (约 37% → 约 33%, which the English still gives as 37%) and the
// English `nearly 87%` made bare; in the translation a 万 scale slip (720 万 → 72 million), a value
// changed (285 万 → 2.58 million) and `近 20 万` turned `more than 200,000`; in a copy of the charity
// pages the restated 473 亿笔 changed to 437 亿笔 and a `近` put before the restated 4,300 万人.
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: `约 37%` / `37%` and `约 25%` / `about 25%` (about is no direction);
// the faithful translations (约 900 万 / about 9 million, 2,100 万家 / 21 million, 超过 5 亿 / more than
// 500 million, 1,000 万平米 / 10 million square metres); 31 个省 and 23 万所 restated alike; the fee
// rate cut from 1% to 0.6% (no rate of change stated); 4000+ / 3000+ staff benefiting (no whole).

import type { Engagement } from './key';
import { across, engagements, entry, M, miss, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b8';
const STAFF = 'ant-financial-2016_161721-164674.txt';
const STAFF_P = 'ant-financial-2016_161721-164674-planted.txt';
const MERCHANTS = 'alibaba-2022-esg_54259-55775.txt';
const MERCHANTS_EN = 'alibaba-2022-esg_54259-55775-en.txt';
const CHARITY = 'alibaba-2022-esg_82514-85196.txt';
const CHARITY_P = 'alibaba-2022-esg_82514-85196-planted.txt';

export const BATCH_8_ENGAGEMENTS: Engagement[] = engagements(DIR, [
  STAFF,
  STAFF_P,
  [MERCHANTS, MERCHANTS_EN],
  CHARITY,
  CHARITY_P,
]);

const CELLS = 'the staff table\'s last cell, `2529` on its own line under `研究生及以上 ⏎⏎Master\'s Degree and above`, gives no figure';
/**
 * An entry standing on that cell. At the blind run no cell of the table gave a figure (`女性 Female
 * 2563`, `< 36 5998`: a label then a bare number); since list-rows.ts the others do, and their
 * entries are unmarked.
 */
const cells = (e: KeyEntry): KeyEntry => miss(e, CELLS);

/** The staff table's breakdowns by age and by education, and the shares the text states of 6,909, in the page and in its planted copy alike. */
const staffHolds = (doc: string): KeyEntry[] => [
  entry(doc, 'sum', true, [6909, 5998, 899, 12], 'staff by age: < 36 5,998 + 36–50 899 + > 50 12 = the 6,909 employees of the text'),
  cells(entry(doc, 'sum', true, [6909, 51, 684, 3645, 2529], 'staff by education: 51 + 684 + 3,645 + 2,529 = the 6,909 employees')),
  entry(doc, 'ratio', true, [2563, 6909, [37, 'employees, 37%']], '2,563 women of 6,909 employees is 37.1%, the English "37% are female"'),
  entry(doc, 'ratio', true, [5998, 6909, [87, '近 87%']], '5,998 under 36 of 6,909 is 86.8%, the Chinese 近 87%'),
  cells(entry(doc, 'ratio', true, [3645, 2529, 6909, [89, '过 89%']], '本科 3,645 + 研究生及以上 2,529 = 6,174 of 6,909 is 89.4%, the Chinese 超过 89% (a share whose numerator is a sum of two rows)')),
  cells(entry(doc, 'ratio', true, [3645, 2529, 6909, [89, 'more than 89%']], 'the same in English: more than 89% with a Bachelor\'s degree or above')),
];

/** The charity pages' infographic against its caption, real in the slice and in its planted copy. */
const schoolHours = (doc: string): KeyEntry => ({
  ...entry(doc, 'consistency', false, [[9 * YI, '1.06 亿 **'], [9 * YI, '超过9亿']], '青骄第二课堂: the infographic says a bare 9 亿 (hours of study), its caption and the text 超过9亿课时'),
  atLeast: 2,
});

export const BATCH_8_KEY: KeyEntry[] = [
  // Ant Financial 2016, employees (bilingual, real)
  entry(STAFF, 'sum', true, [6909, 2563, 4346], 'staff by gender: female 2,563 + male 4,346 = the 6,909 employees of the text'),
  entry(STAFF, 'ratio', true, [2563, 6909, [37, '约 37%']], '2,563 women of 6,909 employees is 37.1%, the Chinese 约 37%'),
  entry(STAFF, 'ratio', true, [5998, 6909, [87, 'nearly 87%']], '5,998 under 36 of 6,909 is 86.8%, the English nearly 87%'),
  ...staffHolds(STAFF),

  // its planted copy
  entry(STAFF_P, 'sum', false, [6909, 2563, 4364], 'planted: male 4,364, so female 2,563 + male 4,364 = 6,927, not the 6,909 employees'),
  entry(STAFF_P, 'ratio', false, [2563, 6909, [33, '约 33%']], 'planted: 2,563 women of 6,909 is 37.1%, stated 约 33%'),
  entry(STAFF_P, 'consistency', false, [[33, '约 33%'], [37, 'employees, 37%']], 'planted: the Chinese says 约 33% of the staff are women, the English 37%'),
  entry(STAFF_P, 'consistency', false, [[87, '近 87%'], [87, 'professional, with']], 'planted: 近 87% under 36 in Chinese, a bare 87% in the English'),
  entry(STAFF_P, 'ratio', true, [5998, 6909, [87, 'professional, with']], '5,998 of 6,909 is 86.8%, the English bare 87% (rounded)'),
  ...staffHolds(STAFF_P),

  // Alibaba 2022, merchant support (Chinese, real) and its English translation (planted)
  across(MERCHANTS_EN, [[72 * M, '72 million']], MERCHANTS, [[720 * WAN, '720 万']], 'planted: 累计天猫淘宝 720 万商家受益 (7.2 million) translated "72 million Tmall and Taobao merchants"'),
  across(MERCHANTS_EN, [[2.58 * M, '2.58 million']], MERCHANTS, [[285 * WAN, '285 万']], 'planted: 生意参谋 free for 285 万商家 translated "2.58 million merchants"'),
  across(MERCHANTS_EN, [[200_000, 'more than 200,000']], MERCHANTS, [[20 * WAN, '近 20 万']], 'planted: 帮助近 20 万商家 (nearly) translated "more than 200,000 merchants"'),

  // Alibaba 2022, charity (Chinese, real) and its planted copy
  schoolHours(CHARITY),
  schoolHours(CHARITY_P),
  entry(CHARITY_P, 'consistency', false, [[473 * YI, '共产生 473'], [437 * YI, '产生了 437']], 'planted: 公益宝贝 473 亿笔爱心订单 in the text, 437 亿笔 where the caption restates it'),
  entry(CHARITY_P, 'consistency', false, [[4300 * WAN, '共产生 473 亿笔爱心订单，'], [4300 * WAN, '近 4,300']], 'planted: 4,300 万人因此受益 in the text, 近 4,300 万人 where the caption restates it'),
];
