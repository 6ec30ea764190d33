// The thirtieth blind batch: three engagements of report kinds outside batches 1–29, written as their published
// reports read (PDF text: wrapped lines, page footers, tables flattened to tabs or aligned by spaces): a Taiwanese
// semiconductor packaging and testing company's 永續報告書 in traditional Chinese (a 民國 year beside the Western one,
// 新臺幣億元 in the text against tables under `單位：新臺幣百萬元` and a GRI 201-1 economic-value table under `單位：新臺幣
// 千元`, electricity in 千度 by 廠區, water in 百萬公升, 公噸CO2e with a 單位 column and an intensity per 新臺幣百萬元營收,
// a waste table with a 回收再利用率 row, an employee table broken down three ways under one 員工總數 with the breakdown
// named in its first column only, 佔 / 個百分點); an Australian miner's FY24 sustainability data tables in English for
// the year to 30 June (an at-a-glance block, columns latest year first `FY24 FY23 FY22` aligned by spaces with a
// `Change FY24 vs FY23 (%)` column, Scope 1 and Scope 2 rows by site indented under sub-headings with their totals,
// kt CO2-e in the tables and Mt CO2-e in the text, footnote letters on labels, energy in PJ, water in GL by source, a
// safety table of employees / contractors / total for two years side by side with hours in millions, lost time
// injuries and LTIFR / TRIFR per million hours, workforce by site with % rows, economic value distributed in A$
// million, a `comprised` sentence); a mainland Chinese insurance group's 可持续发展报告（摘要） and its English summary
// in two files (亿元 / RMB billion, 万亿元 / trillion, 万人次 / million, 万件 / million claims, 亿人 / million customers,
// 万吨 / tCO2e; 表1 premiums by segment with 同比增长 and 占比 columns copied into the English Table 1 in RMB billion, a
// 关键绩效表 with a 单位 column, 其中 lists).
// Planted (as real drafts slip): totals that no longer add (表1 2022 材料及其他 13,322 for 13,222 under 93,142; 表5 2021
// 範疇二 1,168,240 for 1,186,240 under 1,282,660; 表7 中國大陸 3,984 for 3,948 under 19,846; Table 1 FY22 Tallering
// 359.8 for 395.8 under 1,353.2; Table 1's FY23 Scope 1 and 2 total 2,096.6 for 2,069.6; Table 2's FY23 energy total
// 20.08 for 20.80; Table 5 FY24 Bindoon 1,642 for 1,624 under 6,842; community investment A$18.4 million comprising
// 8.6 + 4.2 + 3.1 + 2.8; 表1 2022 健康险 231.5 for 213.5 under 4,074.5; the English green investments RMB 248.6
// billion comprising 124.8 + 86.2 + 36.7); changes that do not compute (測試 `減少4.3%` for 3.4; 範疇二 `減少5.9%` for
// 4.9; Tallering's Scope 1 change cell -3.9 where it rose 3.9%; the FY23 total's slip breaks its -5.9 cell and the
// text's `fell 5.9%`; Mount Ellery Scope 2 `fell 21.0%` for 12.0; 健康险 10.4% on the slipped 231.5; the English
// property and casualty `rose 7.6%` for 6.7); shares and rates that do not compute (表1 測試 佔比 24.3 for 25.0; the
// 2023 排放密集度 cell 13.65 for 13.56; groundwater `87.1%` of withdrawals for 78.1; contractors' FY24 LTIFR 0.78 for
// 0.87; 寿险 `占比66.2%` for 66.8; the English Scope 2 `90.1%` of the total for 91.0); one metric two ways in one
// document (稅後淨利 98.4 億元 / 9,480 百萬元; 排放密集度 13.56 / 13.65; 社會投入 864.2 萬元 / 86,420 千元, a scale slip;
// 員工 19,846 / 19,864; water 36.24 / 36.42 GL; copper 142.6 / 146.2 kt; 客服 3,862 / 3,682 万人次); slips in translation
// (绿色保险 186.4 亿元 / RMB 16.84 billion; 理赔 1,286 万件 / 1.286 million; 超过 / nearly 236 million customers; 范围二
// 占 91.0% / 90.1%; 寿险 66.2% / 66.8%; 财产险 6.7% / 7.6%; 表1 2022 健康险 231.5 / 21.35).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: 873.6 億元 beside 87,364 百萬元 and 524.2 / 218.5 億元 beside their cells; the 民國
// 112年度 beside 2023; 蘇州廠 left out of 表4; 6.2% (revenue) beside 6.2 個百分點 (renewables); 1.95 Mt CO2-e beside
// 1,947.2 kt; Scope 3 18.6 Mt beside community investment A$18.4 million; the FY20 baseline 2,286.4 kt; `up 5.6% on
// FY23` and `fell 3.9%` with no FY23 figure stated; 12.86 万亿元 risk protection beside 1,286 万件 claims; 女性员工占比
// 54.6 (2022); 4.12 吨 per head in both languages; 1.2 天 settlement beside 1.2 percentage points.

import type { Engagement } from './key';
import { across, B, engagements, entry, K, M, miss, T, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b30';
const XUDING = 'xuding-tech-sustainability-2023.txt';
const WARREGO = 'warrego-minerals-fy24-sustainability-data.txt';
const HUASHENG_ZH = 'huasheng-insurance-sustainability-2023-zh.txt';
const HUASHENG_EN = 'huasheng-insurance-sustainability-2023-en.txt';

export const BATCH_30_ENGAGEMENTS: Engagement[] = engagements(DIR, [XUDING, WARREGO, [HUASHENG_ZH, HUASHENG_EN]]);

// extraction misses found by the blind run (README)
const INTENSITY_UNITLESS =
  "the 單位 column's `公噸CO2e／新臺幣百萬元營收` is not applied: the 表5 intensity cells come out unitless, the text's 13.56 as tCO2e";
const THOUSANDS_TABLE =
  '表3 under `單位：新臺幣千元`: 88,412,640, 14,862,480, 5,946,210, 2,384,160, 85,765,590 and 2,647,050 come out unscaled with a word of the next label as their unit (分, 支, 社區, 保留, 旭鼎科技)';
const MILLIONS_TABLE = 'Table 6 `Economic value distributed (A$ million)`: the cells come out bare (3,486.2, not A$3,486.2 million)';

export const BATCH_30_KEY: KeyEntry[] = [
  // 旭鼎科技 Xuding Technology: a Taiwanese packaging and testing company's 永續報告書 (2023)
  entry(XUDING, 'sum', false, [[93_142 * M, '合計\t'], 57_306 * M, 22_614 * M, 13_322 * M], 'planted: 表1 2022 57,306 + 22,614 + 13,322 = 93,242, its 合計 93,142 百萬元 (材料及其他 13,222 mistyped 13,322)'),
  entry(XUDING, 'ratio', false, [21_846 * M, 87_364 * M, 24.3], 'planted: 表1 測試 21,846 of 87,364 is 25.0%, its 佔比 cell 24.3 (2022\'s share left in)'),
  { ...entry(XUDING, 'sum', false, [100, 60, 24.3, 15], 'the same slip: 表1\'s 2023年佔比 column 60.0 + 24.3 + 15.0 = 99.3, its 合計 100.0'), atLeast: 3 },
  { ...entry(XUDING, 'change', false, [22_614 * M, 21_846 * M, 218.5 * YI, [4.3, '減少']], 'planted: 測試 22,614 (表1 2022) -> 21,846 百萬元 (218.5 億元) is -3.4%, stated 減少4.3%'), atLeast: 3 },
  entry(XUDING, 'consistency', false, [98.4 * YI, 9_480 * M], 'planted: 稅後淨利 98.4 億元 in the chair\'s letter, 9,480 百萬元 in 表2 (digits swapped)'),
  entry(XUDING, 'sum', false, [[1_282_660, '合計\t公噸CO2e\t'], 96_420, 1_168_240], 'planted: 表5 2021 範疇一 96,420 + 範疇二 1,168,240 = 1,264,660, its 合計 1,282,660 (1,186,240 mistyped)'),
  entry(XUDING, 'change', false, [1_151_860, 1_095_800, [5.9, '減少']], 'planted: 範疇二 1,151,860 -> 1,095,800 公噸CO2e is -4.9%, stated 減少5.9%'),
  miss({ ...entry(XUDING, 'ratio', false, [1_184_260, 87_364 * M, 13.65], 'planted: 表5 2023 排放密集度 1,184,260 over 87,364 百萬元 is 13.56, its cell 13.65'), atLeast: 2 }, INTENSITY_UNITLESS),
  entry(XUDING, 'consistency', false, [13.56, 13.65], 'planted: 排放密集度 13.56 in the text, 13.65 for 2023 in 表5 (digits swapped)'),
  entry(XUDING, 'consistency', false, [86_420 * K, 864.2 * WAN], 'planted: 社區投資 86,420 千元 in 表3, 新臺幣864.2萬元 in 社會共融 (a scale slip: 8,642 萬元)'),
  entry(XUDING, 'sum', false, [[19_846, '員工總數\t\t'], 15_286, 3_984, 612], 'planted: 表7 by region 15,286 + 3,984 + 612 = 19,882, its 員工總數 19,846 (中國大陸 3,948 mistyped 3,984)'),
  entry(XUDING, 'consistency', false, [19_864, 19_846], 'planted: 員工總數 19,864 in 人力結構, 19,846 in the chair\'s letter and 表7 (digits swapped)'),
  entry(XUDING, 'sum', true, [87_364 * M, 52_418 * M, 21_846 * M, 13_100 * M], '表1 2023: 52,418 + 21,846 + 13,100 = 87,364 百萬元'),
  entry(XUDING, 'ratio', true, [52_418 * M, 87_364 * M, [60, '封裝\t']], '表1 封裝 52,418 of 87,364 is its 60.0%'),
  { ...entry(XUDING, 'ratio', true, [524.2 * YI, 873.6 * YI, 87_364 * M, [60, '合併營收的']], '封裝營收 524.2 億元 of 合併營收 873.6 億元 (87,364 百萬元) is the stated 佔 60.0%'), atLeast: 3 },
  entry(XUDING, 'ratio', true, [13_100 * M, 87_364 * M, 15], '表1 材料及其他 13,100 of 87,364 is its 15.0%'),
  entry(XUDING, 'sum', true, [1_601_880 * K, 781_240 * K, 502_180 * K, 318_460 * K], '表4 2022: 781,240 + 502,180 + 318,460 = 1,601,880 千度'),
  entry(XUDING, 'sum', true, [1_539_820 * K, 742_860 * K, 486_320 * K, 310_640 * K], '表4 2023: 742,860 + 486,320 + 310,640 = 1,539,820 千度'),
  entry(XUDING, 'ratio', true, [286_420 * K, 1_539_820 * K, 18.6], '再生能源 286,420 of 總用電量 1,539,820 千度 is the stated 18.6% (chair\'s letter and 能源管理)'),
  entry(XUDING, 'ratio', true, [198_640 * K, 1_601_880 * K, 12.4], '2022 再生能源 198,640 of 1,601,880 千度 is the stated 12.4%'),
  entry(XUDING, 'sum', true, [1_244_040, 92_180, 1_151_860], '表5 2022: 92,180 + 1,151,860 = 1,244,040 公噸CO2e'),
  entry(XUDING, 'sum', true, [1_184_260, 88_460, 1_095_800], '2023: 範疇一 88,460 + 範疇二 1,095,800 = 1,184,260 公噸CO2e (表5 and the text)'),
  entry(XUDING, 'ratio', true, [1_095_800, 1_184_260, 92.5], '範疇二 1,095,800 of 1,184,260 is the stated 佔 92.5%'),
  entry(XUDING, 'ratio', true, [1_282_660, 81_246 * M, 15.79], '表5 2021 排放密集度: 1,282,660 over 81,246 百萬元 (表2) is its 15.79'),
  entry(XUDING, 'ratio', true, [1_244_040, 93_142 * M, 13.36], '表5 2022 排放密集度: 1,244,040 over 93,142 百萬元 is its 13.36'),
  entry(XUDING, 'sum', true, [9_710 * M, 8_426 * M, 1_284 * M], '2023 取水量 9,710 = 自來水 8,426 + 再生水 1,284 百萬公升'),
  entry(XUDING, 'ratio', true, [1_284 * M, 9_710 * M, 13.2], '再生水 1,284 of 9,710 百萬公升 is the stated 13.2%'),
  entry(XUDING, 'sum', true, [9_908 * M, 8_862 * M, 1_046 * M], '2022 取水量 9,908 = 8,862 + 1,046 百萬公升'),
  entry(XUDING, 'sum', true, [22_040, 13_402, 8_638], '表6 2022: 13,402 + 8,638 = 22,040 公噸'),
  entry(XUDING, 'sum', true, [21_060, 12_846, 8_214], '表6 2023: 12,846 + 8,214 = 21,060 公噸'),
  entry(XUDING, 'ratio', true, [18_284, 22_040, 83], '表6 2022 回收再利用 18,284 of 22,040 is its 83.0% (and the text)'),
  entry(XUDING, 'ratio', true, [17_952, 21_060, 85.2], '表6 2023 回收再利用 17,952 of 21,060 is its 85.2% (and the text)'),
  entry(XUDING, 'ratio', true, [8_214, 21_060, 39], '有害事業廢棄物 8,214 of 21,060 is the stated 39.0%'),
  { ...entry(XUDING, 'ratio', true, [9_012, 19_846, 19_864, 45.4], '女性員工 9,012 of 19,846 (or the text\'s 19,864) is the stated 佔 45.4%'), atLeast: 3 },
  entry(XUDING, 'ratio', true, [386, 1_428, 27], '女性主管 386 of 1,428 主管 is the stated 27.0%'),
  entry(XUDING, 'ratio', true, [1_562, 3_412, 45.8], '新進女性 1,562 of 3,412 is the stated 佔 45.8%'),
  entry(XUDING, 'sum', true, [[19_846, '員工總數\t\t'], 10_834, 9_012], '表7 by gender: 10,834 + 9,012 = 19,846'),
  entry(XUDING, 'sum', true, [[19_846, '員工總數\t\t'], 13_624, 6_222], '表7 by category: 13,624 + 6,222 = 19,846'),
  miss(entry(XUDING, 'sum', true, [85_765_590 * K, 62_486_320 * K, 14_862_480 * K, 5_946_210 * K, 2_384_160 * K, 86_420 * K], '表3 分配之經濟價值合計: 62,486,320 + 14,862,480 + 5,946,210 + 2,384,160 + 86,420 = 85,765,590 千元'), THOUSANDS_TABLE),
  miss(entry(XUDING, 'sum', true, [88_412_640 * K, 85_765_590 * K, 2_647_050 * K], '表3 直接產生 88,412,640 = 分配 85,765,590 + 保留 2,647,050 千元'), THOUSANDS_TABLE),
  { ...entry(XUDING, 'change', true, [93_142 * M, 87_364 * M, 873.6 * YI, [6.2, '減少']], '合併營收 93,142 -> 87,364 百萬元 (873.6 億元) is the stated 減少6.2%'), atLeast: 3 },
  { ...entry(XUDING, 'change', true, [57_306 * M, 52_418 * M, 524.2 * YI, 8.5], '封裝 57,306 -> 52,418 百萬元 is the stated 減少8.5%'), atLeast: 3 },
  entry(XUDING, 'change', true, [1_601_880 * K, 1_539_820 * K, 3.9], '總用電量 1,601,880 -> 1,539,820 千度 is the stated 減少3.9%'),
  entry(XUDING, 'change', true, [198_640 * K, 286_420 * K, 44.2], '再生能源 198,640 -> 286,420 千度 is the stated 增加44.2%'),
  entry(XUDING, 'change', true, [12.4, 18.6, [6.2, '增加']], '再生能源佔比 12.4% -> 18.6% is the stated 增加6.2個百分點'),
  entry(XUDING, 'change', true, [1_244_040, 1_184_260, 4.8], '範疇一及範疇二 1,244,040 -> 1,184,260 is the stated 減少4.8%'),
  entry(XUDING, 'change', true, [92_180, 88_460, 4], '範疇一 92,180 -> 88,460 is the stated 減少4.0%'),
  entry(XUDING, 'change', true, [9_908 * M, 9_710 * M, 2], '取水量 9,908 -> 9,710 百萬公升 is the stated 減少2.0%'),
  entry(XUDING, 'change', true, [83, 85.2, 2.2], '回收再利用率 83.0% -> 85.2% is the stated 增加2.2個百分點'),

  // Warrego Minerals: an Australian miner's FY24 sustainability data tables (year to 30 June 2024)
  entry(WARREGO, 'sum', false, [[1_353.2, 'Total Scope 1'], 662.8, 287.4, 359.8, 7.2], 'planted: Table 1 FY22 Scope 1 662.8 + 287.4 + 359.8 + 7.2 = 1,317.2, its Total Scope 1 1,353.2 (Tallering 395.8 mistyped 359.8)'),
  entry(WARREGO, 'change', false, [402.6, 418.2, -3.9], 'planted: Tallering Scope 1 402.6 -> 418.2 kt is +3.9%, its change cell -3.9'),
  entry(WARREGO, 'sum', false, [2_096.6, [1_350, 'Total Scope 1'], 719.6], 'planted: Table 1 FY23 Scope 1 1,350.0 + Scope 2 719.6 = 2,069.6, its Total Scope 1 and 2 2,096.6 (digits swapped)'),
  entry(WARREGO, 'change', false, [2_096.6, 1_947.2, -5.9], 'planted: Table 1 Scope 1 and 2 2,096.6 -> 1,947.2 is -7.1%, its change cell -5.9 (on 2,069.6)'),
  { ...entry(WARREGO, 'change', false, [2_096.6, 1.95, [5.9, 'emissions fell ']], 'planted: operational emissions FY23 2,096.6 (Table 1) -> 1.95 Mt CO2-e is -7.0%, stated fell 5.9% (on 2,069.6)'), atLeast: 2 },
  entry(WARREGO, 'change', false, [552.6, 486.2, 21], 'planted: Mount Ellery Scope 2 552.6 -> 486.2 kt is -12.0%, stated fell 21.0%'),
  entry(WARREGO, 'sum', false, [20.08, 10.26, 6.18, 4.36], 'planted: Table 2 FY23 10.26 + 6.18 + 4.36 = 20.80, its Total energy 20.08 PJ (digits swapped)'),
  { ...entry(WARREGO, 'ratio', false, [28.46, 36.42, 36.24, 87.1], 'planted: groundwater 28.46 of 36.42 (or the text\'s 36.24) GL is 78.1% (78.5%), stated 87.1%'), atLeast: 3 },
  entry(WARREGO, 'consistency', false, [36.24, [36.42, 'Total withdrawals']], 'planted: water withdrawn 36.24 GL in the text, 36.42 in Table 3 (digits swapped)'),
  entry(WARREGO, 'ratio', false, [[13, 'Lost time injuries'], [14.86 * M, 'Hours worked (million)'], 0.78], 'planted: contractors FY24 13 lost time injuries over 14.86 million hours is an LTIFR of 0.87, its cell 0.78'),
  entry(WARREGO, 'sum', false, [[6_842, 'Total employees'], 2_486, 1_642, 2_138, 594], 'planted: Table 5 FY24 2,486 + 1,642 + 2,138 + 594 = 6,860, its Total employees 6,842 (Bindoon 1,624 mistyped 1,642)'),
  entry(WARREGO, 'consistency', false, [142.6, 146.2], 'planted: copper production 142.6 kt at a glance, 146.2 kt in the Managing Director\'s message (digits swapped)'),
  entry(WARREGO, 'sum', false, [[18.4 * M, 'investment of A$'], 8.6 * M, 4.2 * M, 3.1 * M, 2.8 * M], 'planted: community investment A$18.4 million comprising 8.6 + 4.2 + 3.1 + 2.8 = 18.7'),
  entry(WARREGO, 'sum', true, [[1_322, 'Total Scope 1'], 612.4, 284.6, 418.2, 6.8], 'Table 1 FY24 Scope 1: 612.4 + 284.6 + 418.2 + 6.8 = 1,322.0 kt'),
  entry(WARREGO, 'sum', true, [[1_350, 'Total Scope 1'], 648.2, 291.8, 402.6, 7.4], 'Table 1 FY23 Scope 1: 648.2 + 291.8 + 402.6 + 7.4 = 1,350.0 kt'),
  entry(WARREGO, 'sum', true, [[625.2, 'Total Scope 2'], 486.2, 96.4, 42.6], 'Table 1 FY24 Scope 2: 486.2 + 96.4 + 42.6 = 625.2 kt'),
  entry(WARREGO, 'sum', true, [719.6, 552.6, 118.2, 48.8], 'Table 1 FY23 Scope 2: 552.6 + 118.2 + 48.8 = 719.6 kt'),
  entry(WARREGO, 'sum', true, [747.2, 571.4, 124.6, 51.2], 'Table 1 FY22 Scope 2: 571.4 + 124.6 + 51.2 = 747.2 kt'),
  entry(WARREGO, 'sum', true, [1_947.2, [1_322, 'Total Scope 1'], [625.2, 'Total Scope 2']], 'Table 1 FY24: Scope 1 1,322.0 + Scope 2 625.2 = 1,947.2 kt'),
  entry(WARREGO, 'sum', true, [2_100.4, 1_353.2, 747.2], 'Table 1 FY22: Scope 1 1,353.2 + Scope 2 747.2 = 2,100.4 kt'),
  entry(WARREGO, 'ratio', true, [625.2, 1_947.2, 32.1], 'Scope 2 625.2 of operational 1,947.2 kt is the stated 32.1%'),
  entry(WARREGO, 'ratio', true, [612.4, 1_322, 46.3], 'Mount Ellery 612.4 of Scope 1 1,322.0 kt is the stated 46.3%'),
  entry(WARREGO, 'sum', true, [20.44, 9.84, 6.42, 4.18], 'Table 2 FY24: 9.84 + 6.42 + 4.18 = 20.44 PJ'),
  entry(WARREGO, 'ratio', true, [1.46, 4.18, 34.9], 'renewable electricity 1.46 of purchased electricity 4.18 PJ is the stated 34.9%'),
  entry(WARREGO, 'sum', true, [[36.42, 'Total withdrawals'], 28.46, 6.12, 1.84], 'Table 3 FY24: 28.46 + 6.12 + 1.84 = 36.42 GL'),
  entry(WARREGO, 'sum', true, [37.22, 29.84, 5.46, 1.92], 'Table 3 FY23: 29.84 + 5.46 + 1.92 = 37.22 GL'),
  entry(WARREGO, 'sum', true, [23.28 * M, 8.42 * M, 14.86 * M], 'Table 4 FY24 hours: 8.42 + 14.86 = 23.28 million'),
  entry(WARREGO, 'sum', true, [23.18 * M, 8.06 * M, 15.12 * M], 'Table 4 FY23 hours: 8.06 + 15.12 = 23.18 million'),
  entry(WARREGO, 'sum', true, [[19, 'Lost time injuries'], [6, 'Lost time injuries'], [13, 'Lost time injuries']], 'Table 4 FY24 lost time injuries: 6 + 13 = 19'),
  entry(WARREGO, 'sum', true, [[25, 'Lost time injuries'], [8, 'Lost time injuries'], [17, 'Lost time injuries']], 'Table 4 FY23 lost time injuries: 8 + 17 = 25'),
  entry(WARREGO, 'ratio', true, [[19, 'Lost time injuries'], 23.28 * M, 0.82], 'Table 4 FY24 total LTIFR: 19 over 23.28 million hours is 0.82 (and the text)'),
  entry(WARREGO, 'ratio', true, [[6, 'Lost time injuries'], 8.42 * M, 0.71], 'Table 4 FY24 employees LTIFR: 6 over 8.42 million hours is 0.71'),
  entry(WARREGO, 'ratio', true, [[25, 'Lost time injuries'], 23.18 * M, 1.08], 'Table 4 FY23 total LTIFR: 25 over 23.18 million hours is 1.08'),
  entry(WARREGO, 'ratio', true, [[8, 'Lost time injuries'], 8.06 * M, 0.99], 'Table 4 FY23 employees LTIFR: 8 over 8.06 million hours is 0.99'),
  entry(WARREGO, 'ratio', true, [[17, 'Lost time injuries'], 15.12 * M, 1.12], 'Table 4 FY23 contractors LTIFR: 17 over 15.12 million hours is 1.12'),
  entry(WARREGO, 'ratio', true, [62, 23.28 * M, 2.66], 'Table 4 FY24 TRIFR: 62 recordable injuries over 23.28 million hours is 2.66 (and the text, at a glance)'),
  entry(WARREGO, 'ratio', true, [71, 23.18 * M, 3.06], 'Table 4 FY23 TRIFR: 71 over 23.18 million hours is 3.06'),
  entry(WARREGO, 'sum', true, [[6_614, 'Total employees'], 2_412, 1_586, 2_046, 570], 'Table 5 FY23: 2,412 + 1,586 + 2,046 + 570 = 6,614'),
  entry(WARREGO, 'ratio', true, [486, 6_842, 7.1], '486 Aboriginal and Torres Strait Islander people of 6,842 is the stated 7.1% (and Table 5)'),
  miss(entry(WARREGO, 'sum', true, [[6_084 * M, 'Total economic contribution  '], 3_486.2 * M, 1_124.6 * M, 842.8 * M, 612 * M, [18.4 * M, 'Community investment  ']], 'Table 6: 3,486.2 + 1,124.6 + 842.8 + 612.0 + 18.4 = 6,084.0 A$ million'), MILLIONS_TABLE),
  entry(WARREGO, 'change', true, [1_350, 1_322, 2.1], 'Scope 1 1,350.0 -> 1,322.0 kt is the stated fell 2.1% (and its -2.1 cell)'),
  entry(WARREGO, 'change', true, [648.2, 612.4, 5.5], 'Mount Ellery Scope 1 648.2 -> 612.4 is the stated fell 5.5% (and its -5.5 cell)'),
  entry(WARREGO, 'change', true, [291.8, 284.6, -2.5], 'Bindoon Scope 1 291.8 -> 284.6 is its -2.5 cell'),
  entry(WARREGO, 'change', true, [7.4, 6.8, -8.1], 'Corporate and exploration 7.4 -> 6.8 is its -8.1 cell'),
  entry(WARREGO, 'change', true, [719.6, 625.2, 13.1], 'Scope 2 719.6 -> 625.2 kt is the stated fell 13.1% (and its -13.1 cell)'),
  entry(WARREGO, 'change', true, [118.2, 96.4, -18.4], 'Bindoon Scope 2 118.2 -> 96.4 is its -18.4 cell'),
  entry(WARREGO, 'change', true, [48.8, 42.6, -12.7], 'Tallering Scope 2 48.8 -> 42.6 is its -12.7 cell'),
  entry(WARREGO, 'change', true, [2_286.4, 1.95, 14.8], 'operational emissions FY20 2,286.4 kt -> 1.95 Mt (1,947.2 kt) is the stated 14.8% below'),
  entry(WARREGO, 'change', true, [3.06, 2.66, 13.1], 'TRIFR 3.06 -> 2.66 is the stated improved 13.1%'),
  entry(WARREGO, 'change', true, [1.08, 0.82, 24.1], 'LTIFR 1.08 -> 0.82 is the stated improved 24.1%'),
  entry(WARREGO, 'change', true, [6_614, 6_842, 3.4], 'employees 6,614 -> 6,842 is the stated up 3.4%'),
  entry(WARREGO, 'change', true, [25.8, 27, 1.2], 'women 25.8% -> 27.0% is the stated up 1.2 percentage points'),

  // 华盛保险 Huasheng Insurance Group: a mainland insurer's 可持续发展报告（摘要） in Chinese and English
  entry(HUASHENG_ZH, 'sum', false, [[4_074.5 * YI, '合计\t'], 2_748.6 * YI, 1_112.4 * YI, 231.5 * YI], 'planted: 表1 2022 2,748.6 + 1,112.4 + 231.5 = 4,092.5, its 合计 4,074.5 亿元 (健康险 213.5 mistyped 231.5)'),
  entry(HUASHENG_ZH, 'change', false, [231.5 * YI, 235.8 * YI, 10.4], 'planted: 健康险 231.5 (表1 2022) -> 235.8 亿元 is +1.9%, its 同比增长 cell and the text 10.4% (on 213.5)'),
  across(HUASHENG_ZH, [231.5 * YI], HUASHENG_EN, [21.35 * B], 'planted: 表1 2022 健康险 231.5 亿元 in the Chinese, RMB 21.35 billion in the English Table 1 (digits swapped)'),
  entry(HUASHENG_ZH, 'ratio', false, [2_864.2 * YI, 4_286.4 * YI, 66.2], 'planted: 寿险 2,864.2 of 4,286.4 亿元 is 66.8%, stated 占比66.2%'),
  // key upkeep, session 31: the share said twice, in the text and in 表1's 2023年占比 column (recomputed by hand: 2,864.2 / 4,286.4 = 66.8%)
  entry(HUASHENG_ZH, 'consistency', false, [[66.2, '占比'], [66.8, '寿险\t2,748.6']], 'the same slip: 寿险 占比66.2% in the Chinese text, 66.8 in 表1\'s 2023年占比 column'),
  across(HUASHENG_ZH, [66.2], HUASHENG_EN, [[66.8, 'or ']], 'planted: 寿险 占比 66.2% in the Chinese text, 66.8% of the total in the English'),
  { ...across(HUASHENG_ZH, [186.4 * YI], HUASHENG_EN, [16.84 * B], 'planted: 绿色保险保费收入 186.4 亿元 in the Chinese, RMB 16.84 billion in the English (digits swapped)'), atLeast: 2 },
  entry(HUASHENG_EN, 'sum', false, [248.6 * B, 124.8 * B, 86.2 * B, 36.7 * B], 'planted: the English green investments RMB 248.6 billion comprising 124.8 + 86.2 + 36.7 = 247.7 (equity 37.6 mistyped 36.7)'),
  { ...across(HUASHENG_ZH, [3_682 * WAN, 3_862 * WAN], HUASHENG_EN, [38.62 * M], 'planted: 客服 3,682 万人次 in 客户服务, 3,862 万人次 in the chair\'s letter and 38.62 million in the English (digits swapped)'), atLeast: 2 },
  across(HUASHENG_ZH, [1_286 * WAN], HUASHENG_EN, [1.286 * M], 'planted: 理赔 1,286 万件 in the Chinese, 1.286 million claims in the English (a scale slip: 12.86 million)'),
  entry(HUASHENG_EN, 'ratio', false, [388_200, 426_800, 90.1], 'planted: the English Scope 2 388,200 of 426,800 tCO2e is 91.0%, stated 90.1%'),
  across(HUASHENG_ZH, [91], HUASHENG_EN, [90.1], 'planted: 范围二 占 91.0% in the Chinese, 90.1% in the English'),
  across(HUASHENG_ZH, [[2.36 * YI, '超过']], HUASHENG_EN, [[236 * M, 'nearly']], 'planted: 超过 2.36 亿 individual customers in the Chinese, nearly 236 million in the English (a turned qualifier)'),
  entry(HUASHENG_EN, 'change', false, [111.24 * B, 118.64 * B, 7.6], 'planted: the English property and casualty 111.24 (Table 1 2022) -> 118.64 billion is +6.7%, stated rose 7.6%'),
  across(HUASHENG_ZH, [6.7], HUASHENG_EN, [[7.6, 'rose ']], 'planted: 财产险 同比增长 6.7% in the Chinese, rose 7.6% in the English (digits swapped)'),
  // two annotations added after the blind run: true inconsistencies the checks reported and the annotator had missed
  across(HUASHENG_ZH, [376 * YI], HUASHENG_EN, [36.7 * B], 'the planted equity slip is also one in translation: 绿色产业股权投资 376 亿元 in the Chinese, RMB 36.7 billion in the English'),
  entry(HUASHENG_EN, 'consistency', false, [[7.6, 'rose '], [6.7, 'Property and casualty ']], 'the planted 7.6% against the English Table 1\'s own Change cell 6.7 for property and casualty'),
  entry(HUASHENG_ZH, 'sum', true, [[4_286.4 * YI, '合计\t'], 2_864.2 * YI, 1_186.4 * YI, 235.8 * YI], '表1 2023: 2,864.2 + 1,186.4 + 235.8 = 4,286.4 亿元'),
  entry(HUASHENG_ZH, 'ratio', true, [2_864.2 * YI, 4_286.4 * YI, 66.8], '表1 寿险 2,864.2 of 4,286.4 is its 66.8%'),
  entry(HUASHENG_ZH, 'ratio', true, [1_186.4 * YI, 4_286.4 * YI, 27.7], '表1 财产险 1,186.4 of 4,286.4 is its 27.7%'),
  entry(HUASHENG_ZH, 'ratio', true, [235.8 * YI, 4_286.4 * YI, 5.5], '表1 健康险 235.8 of 4,286.4 is its 5.5%'),
  entry(HUASHENG_ZH, 'sum', true, [2_486 * YI, 1_248 * YI, 862 * YI, 376 * YI], '绿色投资余额 2,486 亿元, 其中 1,248 + 862 + 376'),
  entry(HUASHENG_ZH, 'ratio', true, [2_486 * YI, 42_680 * YI, 5.8], '绿色投资 2,486 of 投资资产 42,680 亿元 is the stated 5.8%'),
  entry(HUASHENG_ZH, 'sum', true, [1_642.8 * YI, 826.4 * YI, 694.6 * YI, 121.8 * YI], '赔款支出 1,642.8 亿元, 其中 826.4 + 694.6 + 121.8'),
  entry(HUASHENG_ZH, 'sum', true, [42.68 * WAN, 3.86 * WAN, 38.82 * WAN], '温室气体排放总量 42.68 万吨, 其中 范围一 3.86 + 范围二 38.82'),
  entry(HUASHENG_ZH, 'ratio', true, [38.82 * WAN, 42.68 * WAN, 91], '范围二 38.82 of 42.68 万吨 is the stated 占 91.0%'),
  entry(HUASHENG_ZH, 'ratio', true, [42.68 * WAN, 103_592, 4.12], '人均温室气体排放: 42.68 万吨 over 103,592 员工 is the stated 4.12 吨'),
  entry(HUASHENG_ZH, 'ratio', true, [56_842, 103_592, 54.9], '女性员工 56,842 of 103,592 is the stated 占 54.9% (and the 关键绩效表)'),
  entry(HUASHENG_EN, 'sum', true, [428.64 * B, 286.42 * B, 118.64 * B, 23.58 * B], 'the English Table 1 2023: 286.42 + 118.64 + 23.58 = 428.64 RMB billion'),
  entry(HUASHENG_EN, 'sum', true, [407.45 * B, 274.86 * B, 111.24 * B, 21.35 * B], 'the English Table 1 2022: 274.86 + 111.24 + 21.35 = 407.45 RMB billion'),
  entry(HUASHENG_EN, 'ratio', true, [286.42 * B, 428.64 * B, 66.8], 'the English life 286.42 of 428.64 is the stated 66.8% (text and Table 1)'),
  entry(HUASHENG_EN, 'ratio', true, [118.64 * B, 428.64 * B, 27.7], 'the English Table 1 property and casualty 118.64 of 428.64 is its 27.7%'),
  entry(HUASHENG_EN, 'ratio', true, [23.58 * B, 428.64 * B, 5.5], 'the English Table 1 health 23.58 of 428.64 is its 5.5%'),
  entry(HUASHENG_EN, 'ratio', true, [248.6 * B, 4.268 * T, 5.8], 'the English green investments RMB 248.6 billion of investment assets RMB 4.268 trillion is the stated 5.8%'),
  entry(HUASHENG_EN, 'sum', true, [164.28 * B, 82.64 * B, 69.46 * B, 12.18 * B], 'the English claims and benefits RMB 164.28 billion: 82.64 + 69.46 + 12.18'),
  entry(HUASHENG_EN, 'sum', true, [426_800, 38_600, 388_200], 'the English GHG 426,800 = Scope 1 38,600 + Scope 2 388,200 tCO2e'),
  entry(HUASHENG_EN, 'ratio', true, [426_800, 103_592, 4.12], 'the English 426,800 tCO2e over 103,592 employees is the stated 4.12 tCO2e per employee'),
  entry(HUASHENG_EN, 'ratio', true, [56_842, 103_592, 54.9], 'the English 56,842 women of 103,592 employees is the stated (54.9%)'),
  entry(HUASHENG_ZH, 'change', true, [4_074.5 * YI, 4_286.4 * YI, 5.2], '原保险保费收入 4,074.5 -> 4,286.4 亿元 is the stated 同比增长 5.2% (and its cell)'),
  entry(HUASHENG_ZH, 'change', true, [2_748.6 * YI, 2_864.2 * YI, 4.2], '寿险 2,748.6 -> 2,864.2 is the stated 同比增长 4.2% (and its cell)'),
  entry(HUASHENG_ZH, 'change', true, [1_112.4 * YI, 1_186.4 * YI, 6.7], '财产险 1,112.4 -> 1,186.4 is the stated 同比增长 6.7% (and its cell)'),
  entry(HUASHENG_ZH, 'change', true, [144.9 * YI, 186.4 * YI, 28.6], '绿色保险保费收入 144.9 -> 186.4 亿元 is the stated 同比增长 28.6%'),
  entry(HUASHENG_ZH, 'change', true, [1_528.6 * YI, 1_642.8 * YI, 7.5], '赔款支出 1,528.6 -> 1,642.8 亿元 is the stated 同比增长 7.5%'),
  entry(HUASHENG_EN, 'change', true, [407.45 * B, 428.64 * B, 5.2], 'the English premiums 407.45 -> 428.64 billion is the stated up 5.2% (and its cell)'),
  entry(HUASHENG_EN, 'change', true, [274.86 * B, 286.42 * B, 4.2], 'the English life 274.86 -> 286.42 is the stated up 4.2% (and its cell)'),
  entry(HUASHENG_EN, 'change', true, [21.35 * B, 23.58 * B, 10.4], 'the English health 21.35 -> 23.58 is the stated rose 10.4% (and its cell)'),
];
