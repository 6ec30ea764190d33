// The thirty-fourth blind batch: three engagements of report kinds outside batches 1–33, written as their published
// reports read (aligned, pipe and box-drawn tables, wrapped labels, bullet lists, 註 / 注 footnotes): a UK water and
// wastewater company's English annual performance report for 2023-24 (a chair's statement restating figures, Ml/d,
// leakage in Ml/d and litres per property per day, per capita consumption, £m totex by price control, gross and net
// operational GHG in tCO2e, connected properties in thousands, pollution incidents per 10,000 km of sewer, tables with
// `2023-24 2022-23` latest first); a Taiwanese foundry's 永續報告書 in traditional Chinese (新台幣千元 in a table and
// 新台幣億元 in the text, 用電量 in 千度 and 億度, 公噸CO2e with an intensity per 12吋約當晶圓, 用水量 in 立方公尺 and
// 單位產品用水, 再生能源占比, 員工 by 職級 and 性別 with a 女性占比 column, 年度 columns 2021年 2022年 2023年, 註 footnotes);
// a Chinese pharmaceutical group's ESG report in simplified Chinese and its English version in two files (营业收入 in
// 亿元 / RMB100 million in the tables and RMB billion in the English text, 研发投入 占营业收入比例, 研发人员 占员工总数,
// 危险废物 in 吨 with an intensity per 亿元 of revenue, 万盒 / million boxes, 患者援助 万人次 / patient visits, 表2 and 表3
// with 合计 rows and 占比 columns).
// Planted (as real drafts slip): totals that no longer add (Wyvern's 2023-24 totex column with bioresources 72.4 for
// 74.2; its 2022-23 connected properties with household 3,012.4 for 3,021.4; 鴻芯's 2023 GHG 合計 2,565,880 for
// 2,556,880; its 2022 自來水 35,462,200 for 35,642,200; 华康's 中成药 12,878万盒 for 12,778 and its 表3 占比 column adding
// to 99.2); shares and intensities that do not compute (Wyvern's leakage `24.2% of distribution input` for 22.4 and Scope
// 2 `55.9%` of gross for 55.3; 鴻芯's 2022 單位產品用電量 586 for 568, its 淨利率 24.8% beside the slipped 31.86億元, its
// 2023 intensity cell against the slipped total, its 合計 女性占比 34.8 for 38.4; 华康's 表3 硕士 占比 23.4 for 24.3 and the
// English `RMB526.8 million, 13.63% of revenue`); change cells and rates that do not compute (Wyvern's net emissions cell
// -10.2% for -12.0 and pollution incidents `a reduction of 12.7%` for 10.1; 鴻芯's 再生能源 `成長32.9%` for 29.9; 华康's
// 表2 麻醉镇痛 同比 8.6 for 6.8, the English Table 2's oncology 31.3 for 13.3, the English hazardous waste `down 5.3% from
// 9,162.4`); one metric two ways in one document (Wyvern's chair: distribution input 1,824.6 for 1,842.6, per capita
// consumption 146.1 for 141.6, net emissions 12.2 thousand tonnes for 121,960 tCO2e, a scale slip; bioresources £74.2m
// against the table's 72.4; the net emissions' fell 12.0% against the cell's -10.2; 鴻芯's 稅後淨利 31.86億元 against
// 31,860,000 千元, a scale slip; 2,556,880 in the text against the table's 2,565,880; 註2's 9.46億度 for 964,600 千度; the
// text's 38.4% against the table's 34.8; 华康's chairman 研发投入 52.86亿元 for 52.68); slips in translation (R&D 52.68亿元 /
// RMB526.8 million, a scale slip; 中成药 12,878万盒 / 127.78 million; 超过12万人次 / nearly 120,000, a turned qualifier;
// 危险废物 9,126.4 / 9,162.4 吨; 麻醉镇痛 8.6 / 6.8; oncology 13.3 / 31.3; 硕士 占比 23.4 / 24.3).
// Annotated as a reader sees them and committed before any run of the checks, the command line or extraction on them.
// Traps that must not be flagged: `£1.78 billion` beside £1,780.6m; `3.2 million homes and businesses` beside 3,218.0
// thousand; `about 1.84 billion litres a day` beside 1,842.6 Ml/d; `122.0 ktCO2e` beside 121,960 tCO2e; leakage `350 Ml/d
// by 2025` (a target); 142 incidents in 2023 beside 158 in 2022 and 37.0 / 41.4 per 10,000 km; the performance
// summary's change column (each computed on the rounded cells); 約新台幣43.5億元 beside 4,350,600 千元; 約50.5億度 beside
// 5,046,800 千度; the intensities 0.301 of both 2021 and 2022; 再生能源占比 14.0% -> 19.1%, 增加5.1個百分點; 2,486 men in
// 主管職 beside 2,486,400 千元 and 12,486 公噸 of general waste; 742 women managers; 8,642 万盒 of biologics beside 8,642.6
// 吨 of hazardous waste; 5.3% for both GHG and hazardous waste; 超过90项 / more than 90 projects; 3.86亿元 / RMB386
// million; 2.6万余家 / more than 26,000 institutions; 386.42亿元 / RMB38.64 billion / 386.42 (RMB100 million).

import type { Engagement } from './key';
import { across, engagements, entry, K, M, B, miss, WAN, YI, type Fig } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b34';
const WYVERN = 'wyvern-water-annual-performance-report-2023-24.txt';
const HONGXIN = 'hongxin-foundry-esg-2023-tc.txt';
const HUAKANG_ZH = 'huakang-pharma-esg-2023-zh.txt';
const HUAKANG_EN = 'huakang-pharma-esg-2023-en.txt';

export const BATCH_34_ENGAGEMENTS: Engagement[] = engagements(DIR, [WYVERN, HONGXIN, [HUAKANG_ZH, HUAKANG_EN]]);

const UNSCALED_000S =
  'the connected properties table\'s unit stands in its Total row\'s label, `Total (000s)`, which extraction does not apply to the cells above: they come out unscaled (marked after the blind run)';

/** The same holding relation in both files of the 华康 pair. */
const both = (kind: KeyEntry['kind'], zh: Fig[], en: Fig[], why: string): KeyEntry[] => [
  entry(HUAKANG_ZH, kind, true, zh, `the Chinese: ${why}`),
  entry(HUAKANG_EN, kind, true, en, `the English: ${why}`),
];

/** 表2 / Table 2: revenue by therapeutic area, 亿元 (RMB100 million) in both files. */
const AREAS: Array<[string, number, number]> = [
  ['oncology', 168.42, 43.6],
  ['anaesthesia and pain', 72.86, 18.9],
  ['cardiovascular and metabolic', 58.24, 15.1],
  ['anti-infectives', 36.48, 9.4],
  ['others', 50.42, 13.0],
];

export const BATCH_34_KEY: KeyEntry[] = [
  // Wyvern Water: a UK water and wastewater company's English annual performance report (2023-24)
  entry(WYVERN, 'sum', false, [1_780.6 * M, 86.4 * M, 642.8 * M, 918.6 * M, 72.4 * M, 58.6 * M], 'planted: the 2023-24 totex column 86.4 + 642.8 + 918.6 + 72.4 + 58.6 = 1,778.8, its Total totex 1,780.6 (bioresources 74.2 mistyped 72.4)'),
  entry(WYVERN, 'consistency', false, [[74.2 * M, 'bioresources totex of £'], 72.4 * M], 'the same slip: bioresources totex of £74.2m in the text, 72.4 in the price control table'),
  entry(WYVERN, 'change', false, [138_620, 121_960, -10.2], 'planted: net operational emissions 138,620 -> 121,960 tCO2e is -12.0%, its Change cell -10.2%'),
  entry(WYVERN, 'consistency', false, [[12, 'Net operational emissions fell '], -10.2], 'the same slip: net operational emissions fell 12.0% in the text, -10.2% in the performance summary'),
  entry(WYVERN, 'consistency', false, [[12.2 * K, 'emissions were '], 121_960], 'planted: the chair\'s net operational emissions of 12.2 thousand tonnes, 121,960 tCO2e in the tables (122.0 kt: a scale slip)'),
  entry(WYVERN, 'consistency', false, [[146.1, 'now using '], 141.6], 'planted: the chair\'s 146.1 litres per person per day, per capita consumption 141.6 l/h/d in the summary and the text'),
  entry(WYVERN, 'consistency', false, [1_824.6, 1_842.6], 'planted: the chair\'s distribution input 1,824.6 Ml/d, 1,842.6 in the summary and the text (digits swapped)'),
  entry(WYVERN, 'ratio', false, [412.8, 1_842.6, 24.2], 'planted: leakage 412.8 of distribution input 1,842.6 Ml/d is 22.4%, stated 24.2%'),
  miss(entry(WYVERN, 'sum', false, [3_192.3 * K, 3_012.4 * K, 170.9 * K], 'planted: 2022-23 connected properties 3,012.4 + 170.9 = 3,183.3, its Total 3,192.3 thousand (household 3,021.4 mistyped 3,012.4)'), UNSCALED_000S),
  entry(WYVERN, 'change', false, [[158, '(2022: '], 142, 12.7], 'planted: pollution incidents 158 -> 142 is -10.1%, stated a reduction of 12.7%'),
  entry(WYVERN, 'ratio', false, [92_480, 167_240, 55.9], 'planted: grid electricity (Scope 2) 92,480 of gross 167,240 tCO2e is 55.3%, stated 55.9%'),
  entry(WYVERN, 'sum', true, [1_651.2 * M, 79.8 * M, 598.4 * M, 846.2 * M, 70.6 * M, 56.2 * M], 'the 2022-23 totex column: 79.8 + 598.4 + 846.2 + 70.6 + 56.2 = 1,651.2 £m'),
  entry(WYVERN, 'sum', true, [1_780.6 * M, 1_412.4 * M, 368.2 * M], 'totex £1,780.6m = base £1,412.4m + enhancement £368.2m'),
  entry(WYVERN, 'ratio', true, [368.2 * M, 1_780.6 * M, 20.7], 'enhancement £368.2m of £1,780.6m is the stated 20.7% of the total'),
  entry(WYVERN, 'ratio', true, [918.6 * M, 1_780.6 * M, 51.6], 'wastewater network plus 918.6 of 1,780.6 is the stated 51.6% of totex'),
  entry(WYVERN, 'ratio', true, [642.8 * M, 1_780.6 * M, 36.1], 'water network plus 642.8 of 1,780.6 is the stated 36.1%'),
  entry(WYVERN, 'sum', true, [2_486.4 * M, 964.8 * M, 1_268.2 * M, 253.4 * M], 'revenue £2,486.4m = wholesale water 964.8 + wholesale wastewater 1,268.2 + retail 253.4'),
  miss(entry(WYVERN, 'sum', true, [3_218 * K, 3_046.2 * K, 171.8 * K], '2023-24 connected properties: 3,046.2 + 171.8 = 3,218.0 thousand'), UNSCALED_000S),
  miss(entry(WYVERN, 'ratio', true, [3_046.2 * K, 3_218 * K, 94.7], 'household 3,046.2 of 3,218.0 thousand is the stated 94.7%'), UNSCALED_000S),
  entry(WYVERN, 'sum', true, [167_240, 48_620, 92_480, 26_140], '2023-24 gross operational emissions: 48,620 + 92,480 + 26,140 = 167,240 tCO2e'),
  entry(WYVERN, 'sum', true, [175_980, 51_340, 98_760, 25_880], '2022-23 gross: 51,340 + 98,760 + 25,880 = 175,980 tCO2e'),
  // the deductions in brackets as extraction reads them, negative (corrected after the blind run, where they were positive)
  entry(WYVERN, 'sum', true, [167_240, 121_960, -38_460, -6_820], '2023-24: gross 167,240 less (38,460) and (6,820) is net 121,960 tCO2e'),
  entry(WYVERN, 'sum', true, [175_980, 138_620, -31_220, -6_140], '2022-23: gross 175,980 less (31,220) and (6,140) is net 138,620 tCO2e'),
  entry(WYVERN, 'ratio', true, [48_620, 167_240, 29.1], 'Scope 1 48,620 of gross 167,240 is the stated 29.1%'),
  entry(WYVERN, 'ratio', true, [312.4, 1_269.8, 24.6], 'renewable generation 312.4 of 1,269.8 GWh used is the stated 24.6%'),
  entry(WYVERN, 'ratio', true, [142, 38_420, 37], '2023: 142 incidents over 38,420 km of sewer is 37.0 per 10,000 km (text and summary)'),
  entry(WYVERN, 'ratio', true, [158, 38_160, 41.4], '2022: 158 incidents over 38,160 km is 41.4 per 10,000 km'),
  entry(WYVERN, 'ratio', true, [412.8, 3_218 * K, 128.3], 'leakage 412.8 Ml/d over 3,218.0 thousand properties is 128.3 litres per property per day'),
  entry(WYVERN, 'ratio', true, [438.6, 3_192.3 * K, 137.4], '2022-23 leakage 438.6 Ml/d over 3,192.3 thousand properties is its 137.4 l/prop/d'),
  entry(WYVERN, 'ratio', true, [1_648, 1_652, 99.8], '1,648 of 1,652 storm overflows monitored is the stated (99.8%)'),
  entry(WYVERN, 'ratio', true, [1_986, 5_842, 34], '1,986 women of 5,842 colleagues is the stated (34.0%)'),
  entry(WYVERN, 'change', true, [1_886.4, 1_842.6, -2.3], 'distribution input 1,886.4 -> 1,842.6 Ml/d is -2.3% (summary cell and text)'),
  entry(WYVERN, 'change', true, [438.6, 412.8, -5.9], 'leakage 438.6 -> 412.8 Ml/d is -5.9% (summary cell, text and chair)'),
  entry(WYVERN, 'change', true, [144.2, 141.6, -1.8], 'per capita consumption 144.2 -> 141.6 is -1.8%'),
  entry(WYVERN, 'change', true, [1_651.2 * M, 1_780.6 * M, 7.8], 'totex 1,651.2 -> 1,780.6 £m is up 7.8%'),
  entry(WYVERN, 'change', true, [598.4 * M, 642.8 * M, 7.4], 'water network plus 598.4 -> 642.8 £m is the stated rose 7.4%'),
  entry(WYVERN, 'change', true, [175_980, 167_240, -5], 'gross operational emissions 175,980 -> 167,240 is -5.0% (cell and text)'),
  entry(WYVERN, 'change', true, [138_620, [121_960, 'fell 12.0% to '], 12], 'net operational emissions 138,620 -> 121,960 is the text\'s fell 12.0%'),

  // 鴻芯晶圓製造 Hongxin: a Taiwanese foundry's 永續報告書 in traditional Chinese (2023)
  entry(HONGXIN, 'sum', false, [2_565_880, 164_280, 2_392_600], 'planted: 表2-2 2023 範疇一 164,280 + 範疇二 2,392,600 = 2,556,880, its 合計 2,565,880'),
  entry(HONGXIN, 'consistency', false, [2_556_880, 2_565_880], 'the same slip: 溫室氣體排放總量 2,556,880 公噸CO2e in the text, 2,565,880 in 表2-2'),
  entry(HONGXIN, 'ratio', false, [2_565_880, 842.6 * WAN, 0.303], 'the same slip from its intensity: 表2-2\'s 2,565,880 over 842.6萬片 is 0.305, its 排放密集度 0.303 (computed on 2,556,880)'),
  entry(HONGXIN, 'ratio', false, [5_318_600 * K, 936.4 * WAN, 586], 'planted: 2022 用電量 5,318,600 千度 over 936.4萬片 is 568 度/片, its cell 586'),
  entry(HONGXIN, 'consistency', false, [31.86 * YI, 31_860_000 * K], 'planted: the chair\'s 稅後淨利新台幣31.86億元, 31,860,000 千元 (318.6億元) in the 財務績效 table: a scale slip'),
  entry(HONGXIN, 'ratio', false, [31.86 * YI, 1_286.4 * YI, 24.8], 'the same slip from its share: 31.86 of 1,286.4億元 is 2.48%, stated 淨利率24.8%'),
  entry(HONGXIN, 'change', false, [742_800 * K, 964_600 * K, 32.9], 'planted: 再生能源 742,800 -> 964,600 千度 is +29.9%, stated 成長32.9%'),
  entry(HONGXIN, 'consistency', false, [9.46 * YI, 964_600 * K], 'planted: 註2\'s 約9.46億度 for 964,600 千度 (9.646億度)'),
  entry(HONGXIN, 'sum', false, [39_864_600, 35_462_200, 4_222_400], 'planted: 表3-1 2022 自來水 35,462,200 + 再生水 4,222,400 = 39,684,600, its 總取水量 39,864,600 (35,642,200 mistyped)'),
  entry(HONGXIN, 'ratio', false, [9_246, 24_108, 34.8], 'planted: 表5-1 合計 女性 9,246 of 24,108 is 38.4%, its 女性占比 cell 34.8%'),
  entry(HONGXIN, 'consistency', false, [38.4, 34.8], 'the same slip: 女性員工 占全體員工38.4% in the text, 34.8% in 表5-1'),
  entry(HONGXIN, 'sum', true, [2_669_020, 186_420, 2_482_600], '表2-2 2021: 186,420 + 2,482,600 = 2,669,020'),
  entry(HONGXIN, 'sum', true, [2_821_060, 172_860, 2_648_200], '表2-2 2022: 172,860 + 2,648,200 = 2,821,060'),
  entry(HONGXIN, 'ratio', true, [2_392_600, 2_556_880, 93.6], '範疇二 2,392,600 of the text\'s total 2,556,880 is the stated 占93.6%'),
  entry(HONGXIN, 'ratio', true, [2_669_020, 886.2 * WAN, 0.301], '2021 2,669,020 公噸 over 886.2萬片 is its intensity 0.301'),
  entry(HONGXIN, 'ratio', true, [2_821_060, 936.4 * WAN, 0.301], '2022 2,821,060 公噸 over 936.4萬片 is its intensity 0.301'),
  entry(HONGXIN, 'ratio', true, [4_862_400 * K, 886.2 * WAN, 549], '2021 用電量 4,862,400 千度 over 886.2萬片 is its 549 度/片'),
  entry(HONGXIN, 'ratio', true, [5_046_800 * K, 842.6 * WAN, 599], '2023 用電量 5,046,800 千度 over 842.6萬片 is its 599 度/片'),
  entry(HONGXIN, 'ratio', true, [486_200 * K, 4_862_400 * K, 10], '2021 再生能源 486,200 of 4,862,400 千度 is its 10.0%'),
  entry(HONGXIN, 'ratio', true, [742_800 * K, 5_318_600 * K, 14], '2022 742,800 of 5,318,600 千度 is its 14.0%'),
  entry(HONGXIN, 'ratio', true, [964_600 * K, 5_046_800 * K, 19.1], '2023 964,600 of 5,046,800 千度 is its 19.1% (table and text)'),
  entry(HONGXIN, 'sum', true, [4_350_600 * K, 1_864_200 * K, 2_486_400 * K], '環保支出 4,350,600 千元 = 資本支出 1,864,200 + 費用支出 2,486,400'),
  entry(HONGXIN, 'ratio', true, [112.4 * YI, 1_286.4 * YI, 8.7], '研發費用 112.4 of 營業收入 1,286.4億元 is the stated 8.7%'),
  entry(HONGXIN, 'sum', true, [37_216_400, 34_118_600, 3_097_800], '表3-1 2021: 34,118,600 + 3,097,800 = 37,216,400 立方公尺'),
  entry(HONGXIN, 'sum', true, [36_480_200, 31_246_800, 5_233_400], '表3-1 2023: 31,246,800 + 5,233,400 = 36,480,200 (table and text)'),
  entry(HONGXIN, 'ratio', true, [5_233_400, 36_480_200, 14.3], '再生水 5,233,400 of 36,480,200 立方公尺 is the stated 14.3%'),
  entry(HONGXIN, 'ratio', true, [37_216_400, 886.2 * WAN, 4.2], '2021 取水量 over 886.2萬片 is its 4.20 立方公尺/片'),
  entry(HONGXIN, 'ratio', true, [39_864_600, 936.4 * WAN, 4.26], '2022 39,864,600 over 936.4萬片 is its 4.26'),
  entry(HONGXIN, 'ratio', true, [36_480_200, 842.6 * WAN, 4.33], '2023 36,480,200 over 842.6萬片 is its 4.33 (table and text)'),
  entry(HONGXIN, 'sum', true, [51_128, 12_486, 38_642], '廢棄物 51,128 公噸 = 一般 12,486 + 有害 38,642'),
  entry(HONGXIN, 'ratio', true, [38_642, 51_128, 75.6], '有害廢棄物 38,642 of 51,128 is the stated 75.6%'),
  entry(HONGXIN, 'ratio', true, [46_214, 51_128, 90.4], '回收再利用 46,214 of 51,128 is the stated 回收率90.4%'),
  entry(HONGXIN, 'ratio', true, [42_890, 48_082, 89.2], '2022 回收再利用 42,890 of 48,082 is its 89.2%'),
  entry(HONGXIN, 'sum', true, [14_862, 2_486, 8_642, 3_734], '表5-1 男性: 2,486 + 8,642 + 3,734 = 14,862'),
  entry(HONGXIN, 'sum', true, [9_246, 742, 3_186, 5_318], '表5-1 女性: 742 + 3,186 + 5,318 = 9,246'),
  entry(HONGXIN, 'sum', true, [24_108, 3_228, 11_828, 9_052], '表5-1 合計 column: 3,228 + 11,828 + 9,052 = 24,108'),
  entry(HONGXIN, 'sum', true, [3_228, 2_486, 742], '主管職: 2,486 + 742 = 3,228'),
  entry(HONGXIN, 'sum', true, [11_828, 8_642, 3_186], '工程師: 8,642 + 3,186 = 11,828'),
  entry(HONGXIN, 'sum', true, [9_052, 3_734, 5_318], '技術員: 3,734 + 5,318 = 9,052'),
  entry(HONGXIN, 'sum', true, [24_108, 14_862, 9_246], '合計 row: 14,862 + 9,246 = 24,108'),
  entry(HONGXIN, 'ratio', true, [742, 3_228, 23], '主管職 女性 742 of 3,228 is 23.0% (table, and the text\'s 女性主管比例)'),
  entry(HONGXIN, 'ratio', true, [3_186, 11_828, 26.9], '工程師 女性 3,186 of 11,828 is its 26.9%'),
  entry(HONGXIN, 'ratio', true, [5_318, 9_052, 58.7], '技術員 女性 5,318 of 9,052 is its 58.7%'),
  entry(HONGXIN, 'ratio', true, [[9_246, '女性員工'], [24_108, '全體員工'], 38.4], 'the text: 女性員工9,246人 of 全體員工24,108人 is the stated 38.4%'),
  entry(HONGXIN, 'change', true, [1_412.8 * YI, 1_286.4 * YI, 8.9], '營業收入 1,412.8 -> 1,286.4億元 is the stated 減少8.9% (and the chair\'s 年減8.9%)'),
  entry(HONGXIN, 'change', true, [2_821_060, 2_556_880, 9.4], '溫室氣體 2,821,060 -> 2,556,880 is the stated 減少9.4%'),
  entry(HONGXIN, 'change', true, [23_462, 24_108, 2.8], '員工 23,462 -> 24,108 is the stated 增加2.8%'),

  // 华康药业 Huakang Pharmaceutical: a Chinese pharmaceutical group's ESG report, simplified Chinese and English
  entry(HUAKANG_ZH, 'change', false, [68.24 * YI, 72.86 * YI, 8.6], 'planted: 表2 麻醉镇痛 68.24 -> 72.86亿元 is +6.8%, its 同比增长 cell 8.6'),
  across(HUAKANG_ZH, [8.6], HUAKANG_EN, [6.8], 'the same slip across the pair: 麻醉镇痛 同比增长 8.6 in the Chinese 表2, 6.8 in the English Table 2'),
  entry(HUAKANG_ZH, 'consistency', false, [52.86 * YI, 52.68 * YI], 'planted: the chairman\'s 研发投入52.86亿元, 52.68亿元 in 第二章'),
  // two entries added after the blind run: the checks found the chairman's slip seen from its share and across the pair
  entry(HUAKANG_ZH, 'ratio', false, [52.86 * YI, 386.42 * YI, 13.63], 'the same slip from its share: the chairman\'s 研发投入52.86 of 386.42亿元 is 13.68%, stated 13.63%'),
  across(HUAKANG_ZH, [52.86 * YI], HUAKANG_EN, [5.27 * B], 'the same slip across the pair: the chairman\'s 52.86亿元 (5.29 billion), RMB5.27 billion in the English letter'),
  entry(HUAKANG_ZH, 'ratio', false, [6_482, 26_714, 23.4], 'planted: 表3 硕士 6,482 of 26,714 is 24.3%, its 占比 23.4'),
  { ...entry(HUAKANG_ZH, 'sum', false, [100, 4.7, 23.4, 44.4, 26.7], 'the same slip: 表3\'s 占比 column 4.7 + 23.4 + 44.4 + 26.7 = 99.2, its 合计 100.0'), atLeast: 3 },
  across(HUAKANG_ZH, [23.4], HUAKANG_EN, [24.3], 'the same slip across the pair: 硕士 占比 23.4 in the Chinese 表3, Master\'s 24.3 in the English Table 3'),
  entry(HUAKANG_ZH, 'sum', false, [64_280 * WAN, 42_860 * WAN, 8_642 * WAN, 12_878 * WAN], 'planted: 42,860 + 8,642 + 12,878 = 64,380万盒, stated 共生产药品64,280万盒 (中成药 12,778 mistyped 12,878)'),
  across(HUAKANG_ZH, [12_878 * WAN], HUAKANG_EN, [127.78 * M], 'the same slip across the pair: 中成药12,878万盒 in the Chinese, 127.78 million boxes in the English'),
  { ...across(HUAKANG_ZH, [52.68 * YI], HUAKANG_EN, [526.8 * M, 5.27 * B], 'planted: 研发投入52.68亿元 (RMB5.27 billion in the English letter), RMB526.8 million in the English Chapter 2: a scale slip'), atLeast: 2 },
  entry(HUAKANG_EN, 'ratio', false, [526.8 * M, 38.64 * B, 13.63], 'the same slip from its share: RMB526.8 million of RMB38.64 billion is 1.36%, stated 13.63% of revenue'),
  entry(HUAKANG_EN, 'change', false, [148.64 * YI, 168.42 * YI, 31.3], 'planted: the English Table 2 oncology 148.64 -> 168.42 is +13.3%, its YoY cell 31.3'),
  // widened after the blind run: the English text's own `up 13.3%` against its table's 31.3 is the same slip
  { ...across(HUAKANG_EN, [31.3, [13.3, 'up ']], HUAKANG_ZH, [13.3], 'the same slip across the pair: oncology YoY 31.3 in the English Table 2, 13.3 in the Chinese and the English text'), atLeast: 2 },
  { ...across(HUAKANG_EN, [9_162.4, [9_126.4, 'Hazardous waste generated']], HUAKANG_ZH, [9_126.4], 'planted: hazardous waste 2022 9,162.4 tonnes in the English text, 9,126.4 in the English Table 5 and the Chinese'), atLeast: 2 },
  entry(HUAKANG_EN, 'change', false, [9_162.4, 8_642.6, 5.3], 'the same slip from its rate: 9,162.4 -> 8,642.6 tonnes is -5.7%, stated down 5.3%'),
  across(HUAKANG_ZH, [[12 * WAN, '超过']], HUAKANG_EN, [[120_000, 'nearly ']], 'planted: 患者援助 超过12万人次 in the Chinese, nearly 120,000 patient visits in the English (a turned qualifier)'),
  ...both('sum', [386.42 * YI, 168.42 * YI, 72.86 * YI, 58.24 * YI, 36.48 * YI, 50.42 * YI], [386.42 * YI, 168.42 * YI, 72.86 * YI, 58.24 * YI, 36.48 * YI, 50.42 * YI], '表2 2023: 168.42 + 72.86 + 58.24 + 36.48 + 50.42 = 386.42'),
  ...both('sum', [352.86 * YI, 148.64 * YI, 68.24 * YI, 56.82 * YI, 38.96 * YI, 40.2 * YI], [352.86 * YI, 148.64 * YI, 68.24 * YI, 56.82 * YI, 38.96 * YI, 40.2 * YI], '表2 2022: 148.64 + 68.24 + 56.82 + 38.96 + 40.20 = 352.86'),
  ...AREAS.flatMap(([area, value, share]) => both('ratio', [value * YI, 386.42 * YI, share], [value * YI, 386.42 * YI, share], `表2 ${area} ${value} of 386.42 is its share ${share}`)),
  entry(HUAKANG_EN, 'ratio', true, [16.84 * B, 38.64 * B, 43.6], 'the English text: oncology RMB16.84 of 38.64 billion is the stated 43.6% of total revenue'),
  entry(HUAKANG_ZH, 'ratio', true, [[52.68 * YI, '研发投入'], 386.42 * YI, 13.63], '第二章 研发投入52.68 of 营业收入386.42亿元 is the stated 13.63%'),
  ...both('ratio', [4_862, 26_714, 18.2], [4_862, 26_714, 18.2], 'R&D staff 4,862 of 26,714 is the stated 18.2%'),
  ...both('sum', [26_714, 12_486, 14_228], [26_714, 12_486, 14_228], 'employees 12,486 men + 14,228 women = 26,714'),
  ...both('ratio', [14_228, 26_714, 53.3], [14_228, 26_714, 53.3], 'women 14,228 of 26,714 is the stated 53.3%'),
  ...both('sum', [26_714, 1_246, 6_482, 11_864, 7_122], [26_714, 1_246, 6_482, 11_864, 7_122], '表3 by education: 1,246 + 6,482 + 11,864 + 7,122 = 26,714'),
  ...both('ratio', [1_246, 26_714, 4.7], [1_246, 26_714, 4.7], '表3 博士 1,246 of 26,714 is its 4.7'),
  ...both('ratio', [11_864, 26_714, 44.4], [11_864, 26_714, 44.4], '表3 本科 11,864 of 26,714 is its 44.4'),
  ...both('ratio', [7_122, 26_714, 26.7], [7_122, 26_714, 26.7], '表3 大专及以下 7,122 of 26,714 is its 26.7'),
  entry(HUAKANG_EN, 'ratio', true, [6_482, 26_714, 24.3], 'the English Table 3: Master\'s 6,482 of 26,714 is its 24.3'),
  ...both('sum', [48.62 * WAN, 12.46 * WAN, 36.16 * WAN], [486_200, 124_600, 361_600], 'GHG 48.62万吨 = 范围一 12.46 + 范围二 36.16 (486,200 = 124,600 + 361,600 tCO2e)'),
  ...both('ratio', [48.62 * WAN, 386.42 * YI, 12.58], [486_200, 38.64 * B, 12.58], 'GHG 48.62万吨 (486,200 t) over revenue 386.42亿元 (RMB38.64 billion) is 12.58 tonnes per RMB1 million'),
  ...both('sum', [8_642.6, 6_218.4, 2_424.2], [8_642.6, 6_218.4, 2_424.2], 'hazardous waste 8,642.6 吨 = 委托处置 6,218.4 + 自行处置 2,424.2'),
  ...both('ratio', [8_642.6, 386.42 * YI, 22.37], [8_642.6, 386.42 * YI, 22.37], '表5 2023: 8,642.6 吨 over 386.42亿元 is its 22.37 吨/亿元'),
  ...both('ratio', [9_126.4, 352.86 * YI, 25.86], [[9_126.4, 'Hazardous waste generated'], 352.86 * YI, 25.86], '表5 2022: 9,126.4 吨 over 352.86亿元 is its 25.86 吨/亿元'),
  entry(HUAKANG_EN, 'sum', true, [642.8 * M, 428.6 * M, 86.42 * M, 127.78 * M], 'the English: 428.6 + 86.42 + 127.78 = 642.8 million boxes'),
  ...both('ratio', [42_860 * WAN, 64_280 * WAN, 66.7], [428.6 * M, 642.8 * M, 66.7], '化学药 42,860 of 64,280万盒 (428.6 of 642.8 million boxes) is the stated 66.7%'),
  ...both('change', [352.86 * YI, 386.42 * YI, 9.5], [35.29 * B, 38.64 * B, 9.5], '营业收入 352.86 -> 386.42亿元 (RMB35.29 -> 38.64 billion) is the stated 9.5%'),
  ...both('change', [51.34 * WAN, 48.62 * WAN, 5.3], [513_400, 486_200, 5.3], 'GHG 51.34 -> 48.62万吨 (513,400 -> 486,200 t) is the stated 5.3% less'),
  entry(HUAKANG_ZH, 'change', true, [9_126.4, 8_642.6, 5.3], '危险废物 9,126.4 -> 8,642.6吨 is the stated 下降5.3%'),
];
