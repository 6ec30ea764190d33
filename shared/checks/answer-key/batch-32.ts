// The thirty-second blind batch: three engagements of report kinds outside batches 1–31, written as their published
// reports read (PDF text: wrapped lines, page footers, tables flattened to spaces, tabs or pipes): a Japanese
// electronics maker's English integrated report for the fiscal year ended March 31, 2024 (`FY2023`; an at-a-glance
// block, a CEO message restating figures, a financial review, net sales by segment under `(Billions of yen)` with `vs.
// previous year (%)` and `Share of total (%)` columns and falls marked `△`, sales by region on one line of pipes, an ESG
// data section with a Unit column over `FY2021 FY2022 FY2023` and a `vs. previous year` column that is a rate for the
// environmental rows and a difference (persons, points) for the social rows, Scope 1+2 in thousand t-CO2 split by scope
// and by region, an intensity in t-CO2 per ¥100 million of net sales whose sales stand in the review and a footnote,
// female managers ratio with `of which` rows); a Hong Kong property developer's ESG report for the financial year ended
// 30 June 2023 in traditional Chinese and in English in two files (港幣612.4億元 / HK$ million, 萬平方呎 / million square
// feet, 55.44萬兆瓦時 / 554,400 MWh, 148.62萬立方米 / m³, 港幣千元 / HK$'000, columns latest first `2022/23 2021/22`,
// 僱員人數 by gender, age and region, 流失僱員人數 and 員工流失率 by age); a mainland city commercial bank's 社会责任报告 in
// simplified Chinese (a 董事长致辞, 较年初增长 / 较年初增加 … 亿元, 个百分点, a 其中 list of 绿色贷款 by 投向 in bullets, a
// pipe table 表1 with 2022年末 / 2023年末 / 较年初增长（%） / 占比（%）, 普惠型小微企业贷款, 占各项贷款比例, 万户, a 关键绩效
// table with a 单位 column over 2021年 2022年 2023年).
// Planted (as real drafts slip): totals that no longer add (FY2021 Scope 1+2 by region with Asia 468.2 for 486.2;
// FY2023 employees with Overseas 56,546 for 56,456; the English Table 1 Retail 246,280 for 242,680; the Chinese 按地區
// 香港 6,462 for 6,426; 投诉 其中 业务类 1,482 for 1,428 under 3,862; the 关键绩效 2022 范围一 1.63 for 1.36 under 6.48);
// change cells and rates that do not compute (Energy Solutions' cell 21.2 for 22.2; the Americas' △5.8 for △8.5; `Water
// withdrawal fell 6.3%` for 3.6; 總用水量 `按年增加4.2%` for 4.0; 清洁能源产业贷款 `增长32.6%` for 36.3; 不良贷款率
// `较年初下降0.16个百分点` for 0.06); shares and intensities that do not compute (Industrial Systems' share 28.7 for 27.8;
// the FY2022 intensity 79.5 for 75.9; the FY2022 recycling rate 97.9 for 97.0; the English Scope 2 `96.4%` for 94.6;
// the English Over 50 turnover 4.7 for 7.4; 信用贷款 占24.3% for 23.4; 女性管理人员 占36.2% for 32.0; 表1 基础设施绿色
// 升级 占比26.8 for 28.6; 涉农贷款占比 2022 30.85 for 30.58); one metric two ways in one document (the CEO's operating
// income ¥146.8 billion / ¥148.6 billion; the CEO's female managers 8.7% / 7.8%; the CEO's 119.8 thousand t-CO2 /
// 1,198.0, a scale slip; 董事长致辞 绿色贷款 826.4 / 862.4 亿元; 清洁能源产业 32.6% / 表1 36.3; 贷款户数 8.64 / 8.46 万户;
// 对外捐赠 3,286万元 / 3.29亿元, a 万 / 亿 slip); slips in translation (綠色建築 1,286萬平方呎 / 1.286 million square
// feet, a 萬 / thousand slip; 收入 港幣612.4億元 / HK$62,140 million; 商場 242,680 / Retail 246,280; 範圍二 94.6% /
// 96.4%; 香港 6,462 / Hong Kong 6,426; 50歲以上 7.4% / Over 50 4.7%; 約18,600小時 / more than 18,600 hours).
// Annotated as a reader sees them and committed before any run of the checks, the command line or extraction on them.
// Traps that must not be flagged: `approximately 1.2 million t-CO2` beside 1,198.0 thousand; employees up 2.4% beside the
// turnover rate 2.4%; the social `vs. previous year` column of differences (+2,358, △676, +0.8 points) beside the
// environmental column of rates; the segment table's Total row with no share; sales outside Japan 67.1% (its part not
// stated); the Overseas difference +3,124 (computed on the mistyped cell); 554.4 GWh / 55.44萬兆瓦時 beside 554,400 MWh;
// `1.49 million m³ from 1.43 million m³`; 港幣2,368萬元 / HK$23.68 million / 23,680 港幣千元; 慈善捐款1,486萬元 beside
// 商場1,486萬平方呎; 基本溢利 港幣186.2億元 / HK$18,620 million; the 2021/22 recovery rate 26.2 with no tonnes stated;
// 助学助教862万元 beside 绿色贷款862.4亿元; 人均温室气体排放3.29吨 beside the slipped 对外捐赠 3.29亿元; 涉农 占30.1% in the
// text and 30.09 in the table; 表1's shares adding to 99.9 (its 合计 row has none); 办结率100%; 高于各项贷款增速7.7个百分点.

import type { Engagement } from './key';
import { across, B, engagements, entry, K, M, WAN, YI, type Fig } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b32';
const TAKANAWA = 'takanawa-electronics-integrated-report-2023.txt';
const TAKSHUN_TC = 'tak-shun-land-esg-2022-23-tc.txt';
const TAKSHUN_EN = 'tak-shun-land-esg-2022-23-en.txt';
const LINJIANG = 'linjiang-bank-csr-2023.txt';

export const BATCH_32_ENGAGEMENTS: Engagement[] = engagements(DIR, [TAKANAWA, [TAKSHUN_TC, TAKSHUN_EN], LINJIANG]);

/** The same holding relation in both files of the Hong Kong pair. */
const both = (kind: KeyEntry['kind'], tc: Fig[], en: Fig[], why: string): KeyEntry[] => [
  entry(TAKSHUN_TC, kind, true, tc, `the Chinese: ${why}`),
  entry(TAKSHUN_EN, kind, true, en, `the English: ${why}`),
];
const same = (kind: KeyEntry['kind'], xs: Fig[], why: string) => both(kind, xs, xs, why);

const SALES_FY2023 = 1_864.2 * B;

export const BATCH_32_KEY: KeyEntry[] = [
  // 高輪電機 Takanawa Electronics: a Japanese electronics maker's English integrated report (FY2023, ended March 31, 2024)
  entry(TAKANAWA, 'change', false, [224.8 * B, 274.6 * B, 21.2], 'planted: Energy Solutions 224.8 -> 274.6 billion yen is +22.2%, its vs. previous year cell 21.2'),
  entry(TAKANAWA, 'ratio', false, [518.4 * B, SALES_FY2023, 28.7], 'planted: Industrial Systems 518.4 of 1,864.2 billion yen is 27.8%, its Share of total cell 28.7'),
  entry(TAKANAWA, 'sum', false, [1_389.8 * K, 742.6 * K, 468.2 * K, 98.6 * K, 62.4 * K], 'planted: FY2021 Scope 1+2 by region 742.6 + 468.2 + 98.6 + 62.4 = 1,371.8, its total 1,389.8 thousand t-CO2 (Asia 486.2 mistyped 468.2)'),
  entry(TAKANAWA, 'change', false, [94.2 * K, 86.2 * K, -5.8], 'planted: the Americas 94.2 -> 86.2 thousand t-CO2 is -8.5%, its vs. previous year cell △5.8'),
  entry(TAKANAWA, 'consistency', false, [119.8 * K, 1_198 * K], 'planted: the CEO\'s Scope 1 and 2 emissions 119.8 thousand t-CO2, 1,198.0 thousand t-CO2 at a glance, in the text and the data table (a scale slip)'),
  entry(TAKANAWA, 'change', false, [1_322 * K, 119.8 * K, [9.4, 'emissions by ']], 'the same slip seen from the rate: 1,322.0 -> the CEO\'s 119.8 thousand t-CO2 is no fall of 9.4%'),
  entry(TAKANAWA, 'consistency', false, [146.8 * B, 148.6 * B], 'planted: operating income ¥146.8 billion in the CEO message, ¥148.6 billion at a glance and in the financial review (digits swapped)'),
  entry(TAKANAWA, 'consistency', false, [8.7, [7.8, 'Female managers ratio']], 'planted: the CEO\'s female managers ratio 8.7%, 7.8% in the social data and the human capital text (digits swapped)'),
  entry(TAKANAWA, 'sum', false, [98_642, 42_186, 56_546], 'planted: FY2023 employees Japan 42,186 + Overseas 56,546 = 98,732, its consolidated 98,642 (Overseas 56,456 mistyped 56,546)'),
  entry(TAKANAWA, 'ratio', false, [1_322 * K, 1_742.6 * B, 79.5], 'planted: FY2022 1,322.0 thousand t-CO2 over ¥1,742.6 billion (17,426 hundred million) is 75.9 t-CO2 per ¥100 million, its cell 79.5'),
  entry(TAKANAWA, 'ratio', false, [85.9 * K, 88.6 * K, 97.9], 'planted: FY2022 recycled 85.9 of 88.6 thousand t is 97.0%, its recycling rate 97.9'),
  entry(TAKANAWA, 'change', false, [12_948 * K, 12_486 * K, [6.3, 'withdrawal fell ']], 'planted: water withdrawal 12,948 -> 12,486 thousand m³ is -3.6% (its cell), the text\'s fell 6.3%'),
  entry(TAKANAWA, 'sum', true, [SALES_FY2023, 642.8 * B, 518.4 * B, 386.2 * B, 274.6 * B, 42.2 * B], 'FY2023 net sales by segment: 642.8 + 518.4 + 386.2 + 274.6 + 42.2 = 1,864.2 billion yen'),
  entry(TAKANAWA, 'sum', true, [1_742.6 * B, 598.4 * B, 486.2 * B, 392.6 * B, 224.8 * B, 40.6 * B], 'FY2022 net sales by segment: 598.4 + 486.2 + 392.6 + 224.8 + 40.6 = 1,742.6 billion yen'),
  entry(TAKANAWA, 'ratio', true, [642.8 * B, SALES_FY2023, 34.5], 'Devices & Components 642.8 of 1,864.2 is its 34.5% (text and table)'),
  entry(TAKANAWA, 'ratio', true, [386.2 * B, SALES_FY2023, 20.7], 'Consumer Electronics 386.2 of 1,864.2 is its 20.7%'),
  entry(TAKANAWA, 'ratio', true, [274.6 * B, SALES_FY2023, 14.7], 'Energy Solutions 274.6 of 1,864.2 is its 14.7%'),
  entry(TAKANAWA, 'ratio', true, [42.2 * B, SALES_FY2023, 2.3], 'Other 42.2 of 1,864.2 is its 2.3%'),
  entry(TAKANAWA, 'sum', true, [SALES_FY2023, 612.4 * B, 684.2 * B, 341.2 * B, 226.4 * B], 'net sales by region: 612.4 + 684.2 + 341.2 + 226.4 = 1,864.2 billion yen'),
  entry(TAKANAWA, 'ratio', true, [612.4 * B, SALES_FY2023, 32.9], 'sales in Japan 612.4 of 1,864.2 is the stated 32.9%'),
  entry(TAKANAWA, 'ratio', true, [148.6 * B, SALES_FY2023, [8, 'Operating margin']], 'operating income 148.6 of net sales 1,864.2 is the operating margin 8.0%'),
  entry(TAKANAWA, 'ratio', true, [98.6 * B, SALES_FY2023, 5.3], 'R&D expenses 98.6 of net sales 1,864.2 is the stated 5.3%'),
  entry(TAKANAWA, 'sum', true, [1_389.8 * K, 312.4 * K, 1_077.4 * K], 'FY2021 Scope 1+2: 312.4 + 1,077.4 = 1,389.8 thousand t-CO2'),
  entry(TAKANAWA, 'sum', true, [1_322 * K, 298.6 * K, 1_023.4 * K], 'FY2022 Scope 1+2: 298.6 + 1,023.4 = 1,322.0 thousand t-CO2'),
  entry(TAKANAWA, 'sum', true, [1_198 * K, 276.2 * K, 921.8 * K], 'FY2023 Scope 1+2: 276.2 + 921.8 = 1,198.0 thousand t-CO2'),
  entry(TAKANAWA, 'sum', true, [1_322 * K, 698.4 * K, 472.6 * K, 94.2 * K, 56.8 * K], 'FY2022 by region: 698.4 + 472.6 + 94.2 + 56.8 = 1,322.0 thousand t-CO2'),
  entry(TAKANAWA, 'sum', true, [1_198 * K, 624.8 * K, 438.4 * K, 86.2 * K, 48.6 * K], 'FY2023 by region: 624.8 + 438.4 + 86.2 + 48.6 = 1,198.0 thousand t-CO2'),
  entry(TAKANAWA, 'ratio', true, [1_389.8 * K, 1_628.4 * B, 85.3], 'FY2021 1,389.8 thousand t-CO2 over ¥1,628.4 billion (the footnote) is its 85.3 t-CO2 per ¥100 million'),
  entry(TAKANAWA, 'ratio', true, [1_198 * K, SALES_FY2023, 64.3], 'FY2023 1,198.0 thousand t-CO2 over ¥1,864.2 billion is its 64.3 t-CO2 per ¥100 million (text and table)'),
  entry(TAKANAWA, 'ratio', true, [418.2, 2_610.4, 16], 'FY2021 renewable electricity 418.2 of 2,610.4 GWh is its 16.0%'),
  entry(TAKANAWA, 'ratio', true, [612.6, 2_542.6, 24.1], 'FY2022 renewable electricity 612.6 of 2,542.6 GWh is its 24.1% (table and text)'),
  entry(TAKANAWA, 'ratio', true, [862.4, 2_486, 34.7], 'FY2023 renewable electricity 862.4 of 2,486.0 GWh is its 34.7% (text and table)'),
  entry(TAKANAWA, 'ratio', true, [87.1 * K, 90.2 * K, 96.6], 'FY2021 recycled 87.1 of 90.2 thousand t is its 96.6%'),
  entry(TAKANAWA, 'ratio', true, [84.2 * K, 86.4 * K, 97.5], 'FY2023 recycled 84.2 of 86.4 thousand t is its 97.5% (text and table)'),
  entry(TAKANAWA, 'sum', true, [94_126, 43_248, 50_878], 'FY2021 employees: Japan 43,248 + Overseas 50,878 = 94,126'),
  entry(TAKANAWA, 'sum', true, [96_284, 42_862, 53_422], 'FY2022 employees: Japan 42,862 + Overseas 53,422 = 96,284'),
  entry(TAKANAWA, 'ratio', true, [384, 6_124, 6.3], 'FY2021 female managers 384 of 6,124 is its 6.3%'),
  entry(TAKANAWA, 'ratio', true, [432, 6_186, [7, 'Female managers ratio']], 'FY2022 female managers 432 of 6,186 is its 7.0%'),
  entry(TAKANAWA, 'ratio', true, [486, 6_248, [7.8, 'Female managers ratio']], 'FY2023 female managers 486 of 6,248 is its 7.8% (table and text)'),
  entry(TAKANAWA, 'ratio', true, [248, 986, 25.2], 'FY2021 women 248 of 986 new graduate hires is its 25.2%'),
  entry(TAKANAWA, 'ratio', true, [272, 1_018, 26.7], 'FY2022 women 272 of 1,018 new graduate hires is its 26.7%'),
  entry(TAKANAWA, 'ratio', true, [286, 1_042, 27.4], 'FY2023 women 286 of 1,042 new graduate hires is its 27.4%'),
  entry(TAKANAWA, 'ratio', true, [1_012, 42_186, [2.4, 'Turnover rate (Japan)']], 'FY2023 1,012 voluntary resignations (the footnote) of 42,186 employees in Japan is its turnover rate 2.4%'),
  entry(TAKANAWA, 'ratio', true, [1_862_400, 42_186, 44.1], '1,862,400 training hours over 42,186 employees in Japan is the stated 44.1 hours per employee'),
  entry(TAKANAWA, 'ratio', true, [24, 74.6 * M, 0.32], '24 lost-time injuries over 74.6 million hours worked is its 0.32 per million hours'),
  entry(TAKANAWA, 'change', true, [1_742.6 * B, SALES_FY2023, 7], 'net sales 1,742.6 -> 1,864.2 billion yen is the stated 7.0% (CEO, review and the segment table\'s Total)'),
  entry(TAKANAWA, 'change', true, [132.4 * B, 148.6 * B, 12.2], 'operating income 132.4 -> 148.6 billion yen is the stated increased 12.2%'),
  entry(TAKANAWA, 'change', true, [90.9 * B, 102.4 * B, 12.7], 'net income 90.9 -> 102.4 billion yen is the stated up 12.7%'),
  entry(TAKANAWA, 'change', true, [598.4 * B, 642.8 * B, 7.4], 'Devices & Components 598.4 -> 642.8 is its 7.4'),
  entry(TAKANAWA, 'change', true, [392.6 * B, 386.2 * B, -1.6], 'Consumer Electronics 392.6 -> 386.2 is its △1.6 (and declined 1.6% in the text)'),
  entry(TAKANAWA, 'change', true, [1_322 * K, 1_198 * K, -9.4], 'Scope 1+2 1,322.0 -> 1,198.0 thousand t-CO2 is its △9.4 (and the text\'s decrease of 9.4%)'),
  entry(TAKANAWA, 'change', true, [1_023.4 * K, 921.8 * K, -9.9], 'Scope 2 1,023.4 -> 921.8 is its △9.9'),
  entry(TAKANAWA, 'change', true, [56.8 * K, 48.6 * K, -14.4], 'Europe 56.8 -> 48.6 is its △14.4'),
  entry(TAKANAWA, 'change', true, [612.6, 862.4, 40.8], 'renewable electricity 612.6 -> 862.4 GWh is its 40.8'),
  entry(TAKANAWA, 'change', true, [96_284, 98_642, 2.4], 'employees 96,284 -> 98,642 is the stated increased 2.4%'),
  entry(TAKANAWA, 'change', true, [24.1, 34.7, 10.6], 'renewable electricity ratio 24.1% -> 34.7% is the stated up 10.6 points'),
  entry(TAKANAWA, 'change', true, [7, 7.8, 0.8], 'female managers ratio 7.0% -> 7.8% is the stated rose 0.8 points (and its +0.8 points)'),

  // 德信置地 Tak Shun Land: a Hong Kong property developer's ESG report 2022/23 in traditional Chinese and English
  across(TAKSHUN_TC, [12.86 * M], TAKSHUN_EN, [1.286 * M], 'planted: 綠色建築認證 1,286萬平方呎 (12.86 million) in the Chinese, 1.286 million square feet in the English (a 萬 / thousand slip)'),
  entry(TAKSHUN_EN, 'ratio', false, [1.286 * M, 48.6 * M, 26.5], 'the same slip seen from the share: the English 1.286 of 48.6 million square feet is 2.6%, stated 26.5%'),
  entry(TAKSHUN_EN, 'sum', false, [554_400, 186_420, 246_280, 26_840, 98_460], 'planted: the English Table 1 FY2022/23 186,420 + 246,280 + 26,840 + 98,460 = 558,000, its Total 554,400 MWh (Retail 242,680 mistyped 246,280)'),
  across(TAKSHUN_TC, [242_680], TAKSHUN_EN, [246_280], 'planted: 商場 242,680 兆瓦時 in the Chinese 表一, Retail 246,280 MWh in the English Table 1'),
  entry(TAKSHUN_EN, 'ratio', false, [218_640, 231_100, 96.4], 'planted: the English Scope 2 218,640 of 231,100 tonnes is 94.6%, stated 96.4%'),
  across(TAKSHUN_TC, [94.6], TAKSHUN_EN, [96.4], 'planted: 範圍二 佔94.6% in the Chinese, 96.4% in the English (digits swapped)'),
  entry(TAKSHUN_TC, 'sum', false, [8_642, 6_462, 2_216], 'planted: the Chinese 按地區 2022/23 香港 6,462 + 中國內地 2,216 = 8,678, its 僱員人數 8,642 (6,426 mistyped 6,462)'),
  across(TAKSHUN_TC, [6_462], TAKSHUN_EN, [6_426], 'planted: 香港 6,462 名 in the Chinese, Hong Kong 6,426 persons in the English'),
  entry(TAKSHUN_EN, 'ratio', false, [186, 2_528, 4.7], 'planted: the English Over 50: 186 leavers of 2,528 is 7.4%, its turnover rate 4.7'),
  across(TAKSHUN_TC, [[7.4, '50歲以上']], TAKSHUN_EN, [4.7], 'planted: 50歲以上 流失率 7.4% in the Chinese, Over 50 4.7% in the English (digits swapped)'),
  across(TAKSHUN_TC, [612.4 * YI], TAKSHUN_EN, [62_140 * M], 'planted: 收入 港幣612.4億元 (HK$61,240 million) in the Chinese, HK$62,140 million in the English (digits swapped)'),
  across(TAKSHUN_TC, [[18_600, '約']], TAKSHUN_EN, [[18_600, 'more than ']], 'planted: 約18,600小時 (about) in the Chinese, `more than 18,600` volunteer hours in the English (a turned qualifier)'),
  entry(TAKSHUN_TC, 'change', false, [1_428_600, 1_486_200, 4.2], 'planted: 用水量 1,428,600 -> 1,486,200 立方米 (148.62萬) is +4.0%, stated 按年增加4.2%'),
  ...same('sum', [48.6 * M, 18.42 * M, 14.86 * M, 8.64 * M, 6.68 * M], 'portfolio 4,860萬 / 48.6 million sq ft = 1,842 + 1,486 + 864 + 668 萬 (18.42 + 14.86 + 8.64 + 6.68 million)'),
  entry(TAKSHUN_TC, 'ratio', true, [12.86 * M, 48.6 * M, 26.5], 'the Chinese 綠色建築 1,286萬 of 4,860萬平方呎 is the stated 26.5%'),
  entry(TAKSHUN_TC, 'sum', true, [554_400, 186_420, 242_680, 26_840, 98_460], 'the Chinese 表一 2022/23: 186,420 + 242,680 + 26,840 + 98,460 = 554,400 兆瓦時'),
  ...same('sum', [557_600, 192_860, 251_240, 27_380, 86_120], '表一 / Table 1 2021/22: 192,860 + 251,240 + 27,380 + 86,120 = 557,600 MWh'),
  ...same('ratio', [2_864, 554_400, 0.5], 'solar 2,864 of 554,400 MWh (55.44萬) is the stated 0.5%'),
  ...same('sum', [231_100, 12_460, 218_640], '2022/23 GHG 12,460 + 218,640 = 231,100 tonnes (text and appendix)'),
  ...same('sum', [242_600, 13_180, 229_420], '2021/22 GHG 13,180 + 229,420 = 242,600 tonnes'),
  entry(TAKSHUN_TC, 'ratio', true, [218_640, 231_100, 94.6], 'the Chinese 範圍二 218,640 of 231,100 噸 is the stated 94.6%'),
  ...same('ratio', [231_100, 48.6 * M, 4.76], '231,100 tonnes (231.1 million kg) over 48.6 million sq ft (the footnote) is the 2022/23 intensity 4.76 kg per sq ft'),
  ...same('ratio', [5_126, 18_640, 27.5], 'recycled 5,126 of 18,640 tonnes is the stated recovery rate 27.5% (text and table)'),
  ...same('sum', [8_642, 4_862, 3_780], '2022/23 by gender: 4,862 + 3,780 = 8,642'),
  ...same('sum', [8_418, 4_746, 3_672], '2021/22 by gender: 4,746 + 3,672 = 8,418'),
  ...same('sum', [8_642, 1_846, 4_268, 2_528], '2022/23 by age: 1,846 + 4,268 + 2,528 = 8,642'),
  ...same('sum', [8_418, 1_792, 4_184, 2_442], '2021/22 by age: 1,792 + 4,184 + 2,442 = 8,418'),
  entry(TAKSHUN_EN, 'sum', true, [8_642, 6_426, 2_216], 'the English 2022/23 by region: 6,426 + 2,216 = 8,642'),
  ...same('sum', [8_418, 6_284, 2_134], '2021/22 by region: 6,284 + 2,134 = 8,418'),
  ...same('sum', [1_084, 412, 486, 186], '2022/23 leavers by age: 412 + 486 + 186 = 1,084'),
  ...same('sum', [1_126, 436, 498, 192], '2021/22 leavers by age: 436 + 498 + 192 = 1,126'),
  ...same('ratio', [1_084, 8_642, 12.5], '2022/23 1,084 leavers of 8,642 is the overall turnover rate 12.5% (text and table)'),
  ...same('ratio', [1_126, 8_418, 13.4], '2021/22 1,126 leavers of 8,418 is its 13.4%'),
  ...same('ratio', [412, 1_846, 22.3], '2022/23 under 30: 412 of 1,846 is its 22.3%'),
  ...same('ratio', [486, 4_268, 11.4], '2022/23 30-50: 486 of 4,268 is its 11.4%'),
  entry(TAKSHUN_TC, 'ratio', true, [186, 2_528, 7.4], 'the Chinese 2022/23 50歲以上: 186 of 2,528 is its 7.4%'),
  ...same('ratio', [3_780, 8_642, 43.7], 'women 3,780 of 8,642 is the stated 43.7%'),
  ...same('ratio', [246, 644, 38.2], 'women 246 of 644 managers is the stated 38.2%'),
  ...same('ratio', [172_840, 8_642, 20], '172,840 training hours over 8,642 employees is the stated 20.0 hours per employee'),
  ...same('sum', [23.68 * M, 14.86 * M, 4.82 * M, 4 * M], 'community investment 2,368萬 / HK$23.68 million = 1,486 + 482 + 400 萬 (14.86 + 4.82 + 4.00 million)'),
  ...same('change', [557_600, 554_400, 0.6], 'electricity 557,600 -> 554,400 MWh is the stated 0.6% lower'),
  ...same('change', [242_600, 231_100, 4.7], 'GHG 242,600 -> 231,100 tonnes is the stated down 4.7%'),
  ...same('change', [8_418, 8_642, 2.7], 'employees 8,418 -> 8,642 is the stated 2.7% more'),

  // 临江银行 Linjiang Bank: a mainland city commercial bank's 社会责任报告 (2023)
  entry(LINJIANG, 'consistency', false, [826.4 * YI, 862.4 * YI], 'planted: 绿色贷款余额 826.4 亿元 in the 董事长致辞, 862.4 in the text, 表1 and the 关键绩效 (digits swapped)'),
  entry(LINJIANG, 'change', false, [640.8 * YI, 826.4 * YI, [34.6, '826.4亿元，较年初增长']], 'the same slip seen from the rate: 640.8 -> the letter\'s 826.4 亿元 is +29.0%, stated 较年初增长34.6%'),
  { ...entry(LINJIANG, 'change', false, [210.2 * YI, 286.4 * YI, [32.6, '增长']], 'planted: 清洁能源产业贷款 210.2 (表1; 286.4 less 76.2) -> 286.4 亿元 is +36.3% (表1\'s cell), stated 增长32.6%'), atLeast: 2 },
  entry(LINJIANG, 'consistency', false, [32.6, [36.3, '清洁能源产业']], 'planted: 清洁能源产业贷款 增长32.6% in the text, 36.3 in 表1'),
  entry(LINJIANG, 'sum', false, [3_862, 1_846, 1_482, 588], 'planted: 投诉 其中 1,846 + 1,482 + 588 = 3,916, its 3,862 件 (业务类 1,428 mistyped 1,482)'),
  entry(LINJIANG, 'ratio', false, [146.8 * YI, 628.6 * YI, 24.3], 'planted: 信用贷款 146.8 of 普惠型小微企业贷款 628.6 亿元 is 23.4%, stated 占24.3%'),
  entry(LINJIANG, 'ratio', false, [412, 1_286, 36.2], 'planted: 女性 412 of 中层及以上管理人员 1,286 is 32.0%, stated 占36.2%'),
  entry(LINJIANG, 'consistency', false, [3_286 * WAN, 3.29 * YI], 'planted: 对外捐赠 3,286万元 in the text, 3.29 亿元 for 2023 in the 关键绩效 (0.33 亿元: a 万 / 亿 slip)'),
  entry(LINJIANG, 'sum', false, [6.48 * WAN, 1.63 * WAN, 5.12 * WAN], 'planted: 关键绩效 2022 范围一 1.63 + 范围二 5.12 = 6.75, its 温室气体排放总量 6.48 万吨 (1.36 mistyped 1.63)'),
  entry(LINJIANG, 'ratio', false, [2_012.6 * YI, 6_582.4 * YI, 30.85], 'planted: 关键绩效 2022 涉农贷款 2,012.6 of 各项贷款 6,582.4 is 30.58%, its cell 30.85'),
  entry(LINJIANG, 'consistency', false, [[8.64 * WAN, '贷款户数'], 8.46 * WAN], 'planted: 普惠型小微企业贷款户数 8.64 万户 in the text, 8.46 for 2023 in the 关键绩效 (digits swapped)'),
  entry(LINJIANG, 'ratio', false, [246.8 * YI, 862.4 * YI, 26.8], 'planted: 表1 基础设施绿色升级 246.8 of 862.4 is 28.6%, its 占比 cell 26.8'),
  entry(LINJIANG, 'change', false, [1.18, 1.12, [0.16, '较年初下降']], 'planted: 不良贷款率 1.18% (关键绩效 2022) -> 1.12% is 0.06 points, stated 较年初下降0.16个百分点'),
  entry(LINJIANG, 'sum', true, [862.4 * YI, 286.4 * YI, 168.2 * YI, 246.8 * YI, 98.6 * YI, 42.6 * YI, 19.8 * YI], '绿色贷款 862.4 = 286.4 + 168.2 + 246.8 + 98.6 + 42.6 + 19.8 亿元 (the 其中 list and 表1 2023)'),
  entry(LINJIANG, 'sum', true, [640.8 * YI, 210.2 * YI, 126.4 * YI, 182.6 * YI, 72.4 * YI, 31.8 * YI, 17.4 * YI], '表1 2022年末: 210.2 + 126.4 + 182.6 + 72.4 + 31.8 + 17.4 = 640.8 亿元'),
  entry(LINJIANG, 'ratio', true, [286.4 * YI, 862.4 * YI, 33.2], '清洁能源产业 286.4 of 862.4 is the stated 占33.2% (text and 表1)'),
  entry(LINJIANG, 'ratio', true, [168.2 * YI, 862.4 * YI, 19.5], '表1 节能环保产业 168.2 of 862.4 is its 19.5%'),
  entry(LINJIANG, 'ratio', true, [98.6 * YI, 862.4 * YI, 11.4], '表1 生态环境产业 98.6 of 862.4 is its 11.4%'),
  entry(LINJIANG, 'ratio', true, [42.6 * YI, 862.4 * YI, 4.9], '表1 清洁生产产业 42.6 of 862.4 is its 4.9%'),
  entry(LINJIANG, 'ratio', true, [19.8 * YI, 862.4 * YI, 2.3], '表1 绿色服务 19.8 of 862.4 is its 2.3%'),
  entry(LINJIANG, 'ratio', true, [862.4 * YI, 7_264.8 * YI, 11.87], '绿色贷款 862.4 of 各项贷款 7,264.8 亿元 is the stated 占各项贷款比例11.87% (text and 关键绩效)'),
  entry(LINJIANG, 'ratio', true, [640.8 * YI, 6_582.4 * YI, 9.74], '关键绩效 2022 绿色贷款 640.8 of 6,582.4 is its 9.74%'),
  entry(LINJIANG, 'ratio', true, [486.2 * YI, 5_864.6 * YI, 8.29], '关键绩效 2021 绿色贷款 486.2 of 5,864.6 is its 8.29%'),
  entry(LINJIANG, 'ratio', true, [2_186.2 * YI, 7_264.8 * YI, 30.1], '涉农贷款 2,186.2 of 7,264.8 亿元 is the stated 占各项贷款比例30.1%'),
  entry(LINJIANG, 'ratio', true, [2_186.2 * YI, 7_264.8 * YI, 30.09], '关键绩效 2023 涉农贷款 2,186.2 of 7,264.8 is its 30.09%'),
  entry(LINJIANG, 'ratio', true, [1_842.4 * YI, 5_864.6 * YI, 31.42], '关键绩效 2021 涉农贷款 1,842.4 of 5,864.6 is its 31.42%'),
  entry(LINJIANG, 'ratio', true, [9_864, 18_642, 52.9], '女性员工 9,864 of 18,642 is the stated 占52.9% (and the 关键绩效)'),
  entry(LINJIANG, 'ratio', true, [16_248, 18_642, 87.2], '本科及以上学历 16,248 of 18,642 is the stated 占87.2%'),
  entry(LINJIANG, 'ratio', true, [8_426, 18_642, 45.2], '35岁以下 8,426 of 18,642 is the stated 占45.2%'),
  entry(LINJIANG, 'sum', true, [3_286 * WAN, 1_864 * WAN, 862 * WAN, 560 * WAN], '对外捐赠 3,286 = 1,864 + 862 + 560 万元 (其中)'),
  entry(LINJIANG, 'sum', true, [6.14 * WAN, 1.28 * WAN, 4.86 * WAN], '2023 温室气体 6.14 = 范围一 1.28 + 范围二 4.86 万吨 (text and 关键绩效)'),
  entry(LINJIANG, 'sum', true, [6.88 * WAN, 1.42 * WAN, 5.46 * WAN], '关键绩效 2021: 1.42 + 5.46 = 6.88 万吨'),
  entry(LINJIANG, 'ratio', true, [6.14 * WAN, 18_642, [3.29, '人均温室气体排放']], '2023 6.14 万吨 over 18,642 员工 is the stated 人均 3.29 吨 (text and 关键绩效)'),
  entry(LINJIANG, 'ratio', true, [6.88 * WAN, 17_864, 3.85], '关键绩效 2021 6.88 万吨 over 17,864 is its 3.85 吨/人'),
  entry(LINJIANG, 'ratio', true, [6.48 * WAN, 18_206, 3.56], '关键绩效 2022 6.48 万吨 over 18,206 is its 3.56 吨/人'),
  entry(LINJIANG, 'change', true, [11_497.6 * YI, 12_486.4 * YI, 8.6], '资产总额 11,497.6 -> 12,486.4 亿元 is the stated 较年初增长8.6%'),
  entry(LINJIANG, 'change', true, [6_582.4 * YI, 7_264.8 * YI, 10.4], '各项贷款 6,582.4 -> 7,264.8 亿元 is the stated 较年初增长10.4%'),
  entry(LINJIANG, 'change', true, [640.8 * YI, 862.4 * YI, [34.6, '221.6亿元，增长']], '绿色贷款 640.8 -> 862.4 亿元 is the stated 增长34.6% (and 增加221.6亿元)'),
  entry(LINJIANG, 'change', true, [532.2 * YI, 628.6 * YI, 18.1], '普惠型小微企业贷款 532.2 -> 628.6 亿元 is the stated 增长18.1% (增加96.4亿元)'),
  entry(LINJIANG, 'change', true, [9.74, 11.87, 2.13], '绿色贷款占比 9.74% -> 11.87% is the stated 提升2.13个百分点'),
  entry(LINJIANG, 'change', true, [274.26, 286.42, 12.16], '拨备覆盖率 274.26% -> 286.42% is the stated 提升12.16个百分点'),
  entry(LINJIANG, 'change', true, [2_012.6 * YI, 2_186.2 * YI, [8.6, '涉农贷款余额2,186.2亿元，较年初增长']], '涉农贷款 2,012.6 -> 2,186.2 亿元 is the stated 较年初增长8.6%'),
  entry(LINJIANG, 'change', true, [6.48 * WAN, 6.14 * WAN, 5.2], '温室气体 6.48 -> 6.14 万吨 is the stated 同比下降5.2%'),
  entry(LINJIANG, 'change', true, [182.6 * YI, 246.8 * YI, 35.2], '表1 基础设施绿色升级 182.6 -> 246.8 is its 35.2'),
  entry(LINJIANG, 'change', true, [17.4 * YI, 19.8 * YI, 13.8], '表1 绿色服务 17.4 -> 19.8 is its 13.8'),
];
