// The forty-first blind batch: three engagements of report kinds outside batches 1–40, written as their published
// reports read (aligned tables with wrapped labels and a `单位` column, bullet lists, footnotes, a five-year table): a
// Malaysian rubber glove manufacturer's sustainability report in English (FY2024, `FY2024 FY2023`: gloves produced in
// billion pieces by plant with a Total and a `Change (%)` column, revenue by product in RM million, a key data table with a
// `Change` column, natural gas / biomass / electricity in GJ with GJ per million gloves, water m³ by source with m³ per
// million gloves, Scope 1 / 2 tCO2e, foreign workers by nationality with shares, recruitment fees repaid in RM million and
// social investment in RM'000, a five-year data table, a Chairman's statement restating the year); a Chinese brewery's
// ESG 报告 in simplified Chinese only (啤酒产量 万千升 by 品牌 with 合计 and 同比变动, 营业收入 亿元 by product with 占比 columns,
// 综合能耗 吨标准煤 by source, 万元营业收入综合能耗 and 千升酒综合能耗, 吨酒耗水 立方米/千升, 包装物回收率 with 个百分点, 员工 by 性别 in
// the text and by 学历 in a 表, 公益捐赠 万元 in a bullet list, a 关键绩效表 with a 单位 column, `一、（一）` sections); a Hong Kong
// franchised bus operator's ESG report in traditional Chinese and its English version in a second file (乘客量 百萬人次 /
// million passenger trips by route group, 每日 萬人次 / million a day, 巴士車隊 輛 by 歐盟排放標準 with 電動巴士佔比 and 個百分點,
// 柴油 百萬公升 / 萬公升 and per km, 電動巴士耗電 萬千瓦時 / 百萬千瓦時 and per km, 收入 港幣百萬元 / HK$ million with 變幅, 環保投資 in a
// bullet list, 車長 by 年齡組別 with 佔比, 須呈報意外 and the rate per million km).
// Planted (as real drafts slip): totals that no longer add (Permata's FY2024 plant column with Kamunting 8.63 for 8.36;
// 燕川's 表4 2022年 with 本科 5,846 for 5,486; Kai Ming's English fleet table 2023 with Euro V 468 for 486); shares and
// intensities that do not compute (biomass `(21.9%` of thermal energy for 20.9; Myanmar `21.0` of foreign workers for 20.1;
// 中高端产品 占比 `53.8` for 58.3; 万元营业收入综合能耗 `0.0859` for 0.0895; 60歲或以上車長 `佔車長總數的18.4%` for 17.4; Kai Ming's
// 2022 每公里柴油消耗 `0.585` for 0.558; the English electricity per km `2.44` against its 248.6 million kWh); share columns
// that no longer add (Permata's nationality column to 100.9; 燕川's 表2 2023 占比 column to 95.5); change cells and rates
// (Kamunting `+5.3` against the mistyped 8.63; Surgical gloves `+6.7` for +7.6; Scope 1 and 2 `+4.7%` for +7.5; biomass `up
// 5.5 percentage points` against the stated 21.9; 雪岭 `-6.2%` for -2.6; 营业收入 `同比增长6.4%` in the 致辞 for 4.6; 包装物回收率
// `提升3.6个百分点` for 2.6; 須呈報交通意外 `下降6.9%` for 5.9; 每公里耗油 `下降2.2%` against the table's 0.585); one metric two
// ways (water intensity FY2023 272.1 in the five-year table / 270.1; recruitment fees `RM1.24 million` in the Chairman's
// statement / RM12.4 million and 12,400 RM'000, a scale slip; Kulim 5.41 / 5.14 billion pieces; 啤酒产量 812.6 in the 致辞 /
// 821.6万千升; 58.3% / 53.8; 6.4% / 4.6%; 近2.5万 / 超2.5万 员工, a turned qualifier, and 超2.5万 against 24,862; 載客4.21億 /
// 412.6百萬人次; 歐盟五期 486 / Euro V 468, a translation slip; 耗電2,486萬千瓦時 / `248.6 million kWh`, a scale slip 萬 /
// million; 18.4% / 17.4%; 6.9% / 5.9%; 0.585 / 0.558; 近11,000名車長 / `More than 11,000 bus captains`, a translation's
// qualifier, 10,710 captains).
// Annotated as a reader sees them and committed before any run of the checks, the command line or extraction on them.
// Traps that must not be flagged: `44.4 billion gloves` beside 44.44; `RM3.53 billion` beside 3,534.0 RM million; RM12.4
// million beside 12,400 RM'000; the cumulative RM41.8 million since FY2020 beside the year's RM12.4 million; the FY2030
// target of 30% off FY2020 water intensity and the below-60% FY2027 foreign-worker target; the five-year table's FY2023
// and FY2024 columns that agree with the year's tables (39.40, 3,292.0, 177.2, 69.1, 0.78); energy intensity `-1.0%` and
// GHG intensity `-4.7%` beside the planted `+4.7%`; 28.64万吨标准煤 beside 286,420 吨标准煤; 千升酒综合能耗34.86 beside 啤酒瓶
// 34.86亿只 and 28.64亿只 beside 28.64万吨标准煤 (same digits, other metrics); 产量 `同比增长2.4%` beside 综合能耗 `同比下降2.4%`;
// 吨酒耗水 `下降6.2%` beside the planted 雪岭 `-6.2%` (other metrics); the 2025 target of 1.70 立方米/千升; 累计公益捐赠超1.2亿元
// beside the year's 1,286.4万元; 近2.5万 beside 24,862 (it holds);
// 8,642萬公升 beside 86.42百萬公升 and `86.42 million litres`; 1,020萬公里 beside 10.2 million km; 113.0萬人次 beside `1.13
// million a day`; 逾68億港元 and `exceeded HK$6.8 billion` beside 6,822.8 HK$ million; the 25% electric target for 2027
// beside 6.0%; fare revenue `+12.0%` beside patronage `+12.0%`; 近11,000 beside 10,710 (it holds). The English `2.44 kWh
// per km` fails only with its units read: 248.6 million kWh over 10.2 million km is 24.4, no power of ten between them.

import type { Engagement } from './key';
import { across, B, engagements, entry, K, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b41';
const GLOVE = 'permata-glove-sustainability-report-fy2024.txt';
const BREW = 'yanchuan-beer-esg-2023-zh.txt';
const BUS_ZH = 'kaiming-bus-esg-2023-zh.txt';
const BUS_EN = 'kaiming-bus-esg-2023-en.txt';

export const BATCH_41_ENGAGEMENTS: Engagement[] = engagements(DIR, [GLOVE, BREW, [BUS_ZH, BUS_EN]]);

// 万千升 in kilolitres, as batch 22 gives them: 821.6 万千升 is 8,216,000 kL
const WAN_KL = WAN;
const PLANTS = '+79.7';
const KULIM = 'Kulim                            5.14';

export const BATCH_41_KEY: KeyEntry[] = [
  // Permata Glove Berhad: a Malaysian rubber glove manufacturer's sustainability report in English (FY2024)
  entry(GLOVE, 'sum', false, [[44.44 * B, PLANTS], 14.62 * B, 9.84 * B, [8.63 * B, 'Kamunting'], 6.48 * B, [5.14 * B, KULIM]], 'planted: Table 1 FY2024 14.62 + 9.84 + 8.63 + 6.48 + 5.14 = 44.71, its Total 44.44 billion pieces (Kamunting 8.36 mistyped 8.63)'),
  entry(GLOVE, 'change', false, [7.94 * B, [8.63 * B, 'Kamunting'], 5.3], 'the same slip: Kamunting 7.94 -> 8.63 is +8.7%, its Change cell +5.3 (computed on 8.36)'),
  entry(GLOVE, 'change', false, [296.2 * M, 318.6 * M, 6.7], 'planted: Surgical gloves 296.2 -> 318.6 RM million is +7.6%, its Change cell +6.7 (digits swapped)'),
  entry(GLOVE, 'ratio', false, [[1_286_200, 'biomass supplied'], 6_148_600, 21.9], 'planted: biomass 1,286,200 of thermal energy 6,148,600 GJ is 20.9%, stated (21.9%'),
  entry(GLOVE, 'change', false, [15.4, 21.9, [5.5, 'up 5.5']], 'the same slip: biomass share 15.4% -> the stated 21.9% is up 6.5 points, the text says up 5.5 percentage points (20.9 - 15.4)'),
  entry(GLOVE, 'ratio', false, [2_948, [14_644, 'Total'], [21, 'Myanmar']], 'planted: Myanmar 2,948 of 14,644 foreign workers is 20.1%, Table 5 says 21.0'),
  entry(GLOVE, 'sum', false, [[100, '14,644'], 40, 29.3, [21, 'Myanmar'], 7.7, 2.9], 'the same slip: Table 5 share column 40.0 + 29.3 + 21.0 + 7.7 + 2.9 = 100.9, its Total 100.0'),
  entry(GLOVE, 'change', false, [452_400, 486_240, [4.7, '+4.7']], 'planted: Scope 1 and 2 452,400 -> 486,240 tCO2e is +7.5%, the key data table\'s Change +4.7% (the intensity row\'s figure)'),
  entry(GLOVE, 'consistency', false, [[272.1, '281.6'], 270.1], 'planted: FY2023 water intensity 272.1 m³ per million gloves in the five-year table, 270.1 in the key data table and Table 4'),
  { ...entry(GLOVE, 'consistency', false, [[1.24 * M, 'a further RM'], [12.4 * M, 'we repaid RM'], [12_400 * K, 'Recruitment fee remediation']], 'planted: RM1.24 million of recruitment fees repaid in the Chairman\'s statement, RM12.4 million in section 4.1 and 12,400 RM\'000 in Table 6 (a scale slip)'), atLeast: 2 },
  entry(GLOVE, 'consistency', false, [[5.41 * B, 'its output to'], [5.14 * B, KULIM]], 'planted: Kulim 5.41 billion pieces in the Chairman\'s statement, 5.14 in Table 1 (digits swapped)'),
  entry(GLOVE, 'sum', true, [[39.4 * B, PLANTS], 13.86 * B, 9.12 * B, 7.94 * B, 5.62 * B, 2.86 * B], 'Table 1 FY2023: 13.86 + 9.12 + 7.94 + 5.62 + 2.86 = 39.40 billion pieces'),
  entry(GLOVE, 'ratio', true, [14.62 * B, 44.44 * B, 32.9], 'Klang 14.62 of 44.44 billion pieces is the stated 32.9%'),
  entry(GLOVE, 'sum', true, [3_534 * M, 2_486.4 * M, 642.8 * M, 318.6 * M, 86.2 * M], 'Table 2 FY2024: 2,486.4 + 642.8 + 318.6 + 86.2 = 3,534.0 RM million'),
  entry(GLOVE, 'sum', true, [3_292 * M, 2_214.6 * M, 688.4 * M, 296.2 * M, 92.8 * M], 'Table 2 FY2023: 2,214.6 + 688.4 + 296.2 + 92.8 = 3,292.0'),
  entry(GLOVE, 'ratio', true, [2_486.4 * M, 3_534 * M, 70.4], 'nitrile 2,486.4 of 3,534.0 RM million is the stated 70.4% of revenue'),
  entry(GLOVE, 'sum', true, [7_797_200, 4_862_400, 1_286_200, 1_648_600], 'Table 3 FY2024: 4,862,400 + 1,286,200 + 1,648,600 = 7,797,200 GJ (and the key data table)'),
  entry(GLOVE, 'sum', true, [6_979_800, 4_624_800, 842_600, 1_512_400], 'Table 3 FY2023: 4,624,800 + 842,600 + 1,512,400 = 6,979,800'),
  entry(GLOVE, 'sum', true, [6_148_600, 4_862_400, 1_286_200], 'thermal energy 6,148,600 GJ = natural gas 4,862,400 + biomass 1,286,200 (text and Table 3)'),
  entry(GLOVE, 'ratio', true, [7_797_200, 44.44 * B, 175.5], '7,797,200 GJ over 44.44 billion gloves is its 175.5 GJ per million gloves (Table 3, key data)'),
  entry(GLOVE, 'ratio', true, [6_979_800, 39.4 * B, 177.2], 'FY2023 6,979,800 GJ over 39.40 billion is its 177.2'),
  entry(GLOVE, 'ratio', true, [4_862_400, 44.44 * B, 109.4], 'natural gas 4,862,400 GJ over 44.44 billion gloves is the stated 109.4 GJ per million gloves'),
  entry(GLOVE, 'ratio', true, [4_624_800, 39.4 * B, 117.4], 'FY2023 4,624,800 GJ over 39.40 billion is the stated 117.4'),
  entry(GLOVE, 'sum', true, [11_286_400, 8_462_200, 1_824_600, 999_600], 'Table 4 FY2024: 8,462,200 + 1,824,600 + 999,600 = 11,286,400 m³'),
  entry(GLOVE, 'sum', true, [10_642_800, 8_214_600, 1_786_400, 641_800], 'Table 4 FY2023: 8,214,600 + 1,786,400 + 641,800 = 10,642,800'),
  entry(GLOVE, 'ratio', true, [11_286_400, 44.44 * B, 254], '11,286,400 m³ over 44.44 billion gloves is its 254.0 m³ per million gloves'),
  entry(GLOVE, 'ratio', true, [10_642_800, 39.4 * B, 270.1], 'FY2023 10,642,800 m³ over 39.40 billion is its 270.1 (key data, Table 4)'),
  entry(GLOVE, 'ratio', true, [2_486_000, 11_286_400, 22], 'recycled 2,486,000 m³ is the stated 22.0% of 11,286,400 m³ withdrawn'),
  entry(GLOVE, 'sum', true, [486_240, 312_860, 173_380], 'Scope 1 312,860 + Scope 2 173,380 = 486,240 tCO2e'),
  entry(GLOVE, 'sum', true, [452_400, 296_480, 155_920], 'FY2023: 296,480 + 155,920 = 452,400 (key data table)'),
  entry(GLOVE, 'ratio', true, [486_240, 44.44 * B, 10.94], '486,240 tCO2e over 44.44 billion gloves is its 10.94 tCO2e per million gloves'),
  entry(GLOVE, 'ratio', true, [452_400, 39.4 * B, 11.48], 'FY2023 452,400 over 39.40 billion is its 11.48'),
  entry(GLOVE, 'sum', true, [21_486, 6_842, 14_644], '21,486 employees = 6,842 Malaysians + 14,644 foreign workers'),
  entry(GLOVE, 'sum', true, [20_142, 6_224, 13_918], 'FY2023: 6,224 + 13,918 = 20,142'),
  entry(GLOVE, 'ratio', true, [14_644, 21_486, 68.2], 'foreign workers 14,644 of 21,486 is the stated 68.2% (text and five-year table)'),
  entry(GLOVE, 'ratio', true, [13_918, 20_142, 69.1], 'FY2023 13,918 of 20,142 is the stated 69.1%'),
  entry(GLOVE, 'sum', true, [[14_644, 'Total'], 5_862, 4_286, 2_948, 1_124, 424], 'Table 5: 5,862 + 4,286 + 2,948 + 1,124 + 424 = 14,644 foreign workers'),
  entry(GLOVE, 'ratio', true, [5_862, 14_644, 40], 'Nepal 5,862 of 14,644 is its 40.0'),
  entry(GLOVE, 'ratio', true, [4_286, 14_644, 29.3], 'Bangladesh 4,286 of 14,644 is its 29.3'),
  entry(GLOVE, 'ratio', true, [1_124, 14_644, 7.7], 'Indonesia 1,124 of 14,644 is its 7.7'),
  entry(GLOVE, 'ratio', true, [424, 14_644, 2.9], 'India 424 of 14,644 is its 2.9'),
  entry(GLOVE, 'ratio', true, [[12.4 * M, 'we repaid RM'], [3_862, 'fees to'], 3_211], 'RM12.4 million over 3,862 workers is the stated average of RM3,211 per worker'),
  entry(GLOVE, 'sum', true, [36_294 * K, 18_460 * K, 12_400 * K, 3_286 * K, 2_148 * K], 'Table 6 FY2024: 18,460 + 12,400 + 3,286 + 2,148 = 36,294 RM\'000'),
  entry(GLOVE, 'sum', true, [29_496 * K, 14_820 * K, 9_860 * K, 2_954 * K, 1_862 * K], 'Table 6 FY2023: 14,820 + 9,860 + 2,954 + 1,862 = 29,496'),
  entry(GLOVE, 'change', true, [39.4 * B, 44.44 * B, 12.8], 'gloves produced 39.40 -> 44.44 billion is +12.8% (Table 1, key data, the Chairman\'s 12.8% more)'),
  entry(GLOVE, 'change', true, [13.86 * B, 14.62 * B, 5.5], 'Klang 13.86 -> 14.62 is its +5.5'),
  entry(GLOVE, 'change', true, [9.12 * B, 9.84 * B, 7.9], 'Ipoh 9.12 -> 9.84 is its +7.9'),
  entry(GLOVE, 'change', true, [5.62 * B, 6.48 * B, 15.3], 'Lukut 5.62 -> 6.48 is its +15.3'),
  entry(GLOVE, 'change', true, [2.86 * B, [5.14 * B, KULIM], 79.7], 'Kulim 2.86 -> 5.14 is its +79.7'),
  entry(GLOVE, 'change', true, [3_292 * M, 3_534 * M, 7.4], 'revenue 3,292.0 -> 3,534.0 RM million is +7.4% (Table 2, key data, the Chairman\'s rose 7.4%)'),
  entry(GLOVE, 'change', true, [2_214.6 * M, 2_486.4 * M, 12.3], 'nitrile 2,214.6 -> 2,486.4 is its +12.3'),
  entry(GLOVE, 'change', true, [688.4 * M, 642.8 * M, -6.6], 'latex 688.4 -> 642.8 is its -6.6'),
  entry(GLOVE, 'change', true, [92.8 * M, 86.2 * M, -7.1], 'others 92.8 -> 86.2 is its -7.1'),
  entry(GLOVE, 'change', true, [6_979_800, 7_797_200, 11.7], 'total energy 6,979,800 -> 7,797,200 GJ is its +11.7%'),
  entry(GLOVE, 'change', true, [177.2, 175.5, -1], 'energy intensity 177.2 -> 175.5 is its -1.0%'),
  entry(GLOVE, 'change', true, [10_642_800, 11_286_400, 6], 'water withdrawn 10,642,800 -> 11,286,400 m³ is its +6.0%'),
  entry(GLOVE, 'change', true, [270.1, 254, -6], 'water intensity 270.1 -> 254.0 is its -6.0% (and the Chairman\'s by 6.0%)'),
  entry(GLOVE, 'change', true, [11.48, 10.94, -4.7], 'GHG intensity 11.48 -> 10.94 is its -4.7% (and the text\'s improved 4.7%)'),
  entry(GLOVE, 'change', true, [20_142, 21_486, 6.7], 'employees 20,142 -> 21,486 is its +6.7%'),
  entry(GLOVE, 'change', true, [0.78, 0.62, -20.5], 'LTIFR 0.78 -> 0.62 is its -20.5%'),
  entry(GLOVE, 'change', true, [117.4, 109.4, 6.8], 'natural gas intensity 117.4 -> 109.4 is the stated fell 6.8%'),
  entry(GLOVE, 'change', true, [69.1, 68.2, 0.9], 'foreign workers 69.1% -> 68.2% is the stated down 0.9 percentage points'),
  entry(GLOVE, 'change', true, [29_496 * K, 36_294 * K, 23], 'social investment 29,496 -> 36,294 RM\'000 is the stated rose 23.0%'),

  // 燕川啤酒 Yanchuan Beer: a Chinese brewery's ESG 报告 in simplified Chinese (2023)
  entry(BREW, 'ratio', false, [[186.42 * YI, '中高端产品           '], [319.92 * YI, '合计'], [53.8, '中高端产品           ']], 'planted: 表2 中高端产品 186.42 of 319.92亿元 is 58.3%, its 占比 cell 53.8 (digits swapped)'),
  entry(BREW, 'sum', false, [[100, '合计                 319.92'], [53.8, '中高端产品           '], 39, 2.7], 'the same slip: 表2 2023年 占比 column 53.8 + 39.0 + 2.7 = 95.5, its 合计 100.0'),
  entry(BREW, 'consistency', false, [[58.3, '占营业收入的'], [53.8, '中高端产品           ']], 'the same slip: 中高端产品收入 占营业收入的58.3% in the text, 53.8 in 表2'),
  { ...entry(BREW, 'ratio', false, [[28.64 * WAN, '综合能耗28.64'], [286_420, '综合能耗                          '], [319.92 * YI, '营业收入319.92'], [0.0859, '万元营业收入综合能耗']], 'planted: 综合能耗 286,420吨标准煤 (28.64万吨) over 营业收入 319.92亿元 is 0.0895吨标准煤/万元, stated 0.0859 (digits swapped)'), atLeast: 3 },
  entry(BREW, 'change', false, [[79.6, '包装物回收率'], [82.2, '包装物回收率82.2'], [3.6, '提升3.6']], 'planted: 包装物回收率 79.6% (关键绩效表 2022) -> 82.2% is up 2.6 points, the text says 提升3.6个百分点'),
  entry(BREW, 'sum', false, [[24_160, '11,184'], [428, '硕士及以上'], 5_846, 7_062, 11_184], 'planted: 表4 2022年 428 + 5,846 + 7,062 + 11,184 = 24,520, its 合计 24,160 (本科 5,486 mistyped 5,846)'),
  entry(BREW, 'change', false, [305.86 * YI, [319.92 * YI, '实现营业收入319.92'], [6.4, '同比增长6.4']], 'planted: 营业收入 305.86 -> 319.92亿元 is +4.6%, the 董事长致辞 says 同比增长6.4% (digits swapped)'),
  entry(BREW, 'consistency', false, [[6.4, '同比增长6.4'], [4.6, '同比增长4.6']], 'the same slip: 营业收入 同比增长6.4% in the 致辞, 4.6% in 一（二）'),
  entry(BREW, 'consistency', false, [[2.5 * WAN, '近2.5'], [2.5 * WAN, '超2.5']], 'planted: 近2.5万名燕川人 in the 致辞, 公司现有超2.5万名员工 in 三 (a turned qualifier)'),
  entry(BREW, 'consistency', false, [[2.5 * WAN, '超2.5'], [24_862, '共有员工']], 'the same slip against the count: 超2.5万名员工, and 共有员工24,862人 in the next sentence'),
  entry(BREW, 'consistency', false, [[812.6 * WAN_KL, '全年啤酒产量'], 821.6 * WAN_KL], 'planted: 啤酒产量812.6万千升 in the 董事长致辞, 821.6 in 一（二）, 表1 and the 关键绩效表 (digits swapped)'),
  entry(BREW, 'change', false, [146.4 * WAN_KL, 142.6 * WAN_KL, -6.2], 'planted: 雪岭 146.4 -> 142.6万千升 is -2.6%, its 同比变动 cell -6.2% (digits swapped)'),
  entry(BREW, 'sum', true, [[821.6 * WAN_KL, '合计'], 386.4 * WAN_KL, 164.8 * WAN_KL, 142.6 * WAN_KL, 127.8 * WAN_KL], '表1 2023年: 386.4 + 164.8 + 142.6 + 127.8 = 821.6万千升'),
  entry(BREW, 'sum', true, [[802 * WAN_KL, '合计'], 392.8 * WAN_KL, 148.2 * WAN_KL, 146.4 * WAN_KL, 114.6 * WAN_KL], '表1 2022年: 392.8 + 148.2 + 146.4 + 114.6 = 802.0'),
  entry(BREW, 'sum', true, [292.6 * WAN_KL, 164.8 * WAN_KL, 127.8 * WAN_KL], '中高端产品 292.6万千升 = 燕川纯生 164.8 + 精酿及其他 127.8 (表1)'),
  entry(BREW, 'ratio', true, [292.6 * WAN_KL, [821.6 * WAN_KL, '啤酒产量821.6'], 35.6], '中高端产品 292.6 of 821.6万千升 is the stated 占总产量的35.6%'),
  entry(BREW, 'sum', true, [[319.92 * YI, '合计'], [186.42 * YI, '中高端产品           '], 124.86 * YI, 8.64 * YI], '表2 2023年: 186.42 + 124.86 + 8.64 = 319.92亿元'),
  entry(BREW, 'sum', true, [[305.86 * YI, '合计'], 164.28 * YI, 132.46 * YI, 9.12 * YI], '表2 2022年: 164.28 + 132.46 + 9.12 = 305.86'),
  entry(BREW, 'ratio', true, [[186.42 * YI, '实现收入'], [319.92 * YI, '营业收入319.92'], [58.3, '占营业收入的']], '中高端产品收入 186.42 of 319.92亿元 is the text\'s 58.3%'),
  entry(BREW, 'ratio', true, [124.86 * YI, [319.92 * YI, '合计'], 39], '主流产品 124.86 of 319.92 is its 39.0'),
  entry(BREW, 'ratio', true, [8.64 * YI, [319.92 * YI, '合计'], 2.7], '其他业务 8.64 of 319.92 is its 2.7'),
  entry(BREW, 'ratio', true, [164.28 * YI, [305.86 * YI, '合计'], 53.7], '2022年 中高端产品 164.28 of 305.86 is its 53.7'),
  entry(BREW, 'ratio', true, [132.46 * YI, [305.86 * YI, '合计'], 43.3], '2022年 主流产品 132.46 of 305.86 is its 43.3'),
  entry(BREW, 'ratio', true, [9.12 * YI, [305.86 * YI, '合计'], 3], '2022年 其他业务 9.12 of 305.86 is its 3.0'),
  entry(BREW, 'sum', true, [[100, '9.12'], 53.7, 43.3, 3], '表2 2022年 占比 column: 53.7 + 43.3 + 3.0 = 100.0'),
  entry(BREW, 'sum', true, [[286_420, '综合能耗                          '], 124_860, 98_420, 46_280, 16_860], '表3 2023年: 124,860 + 98,420 + 46,280 + 16,860 = 286,420吨标准煤'),
  entry(BREW, 'sum', true, [[293_480, '综合能耗                          '], 128_420, 99_860, 47_940, 17_260], '表3 2022年: 128,420 + 99,860 + 47,940 + 17,260 = 293,480'),
  entry(BREW, 'ratio', true, [286_420, 821.6 * WAN_KL, [34.86, '千升酒综合能耗34.86']], '286,420吨标准煤 over 821.6万千升 is the stated 34.86千克标准煤/千升'),
  entry(BREW, 'ratio', true, [293_480, 802 * WAN_KL, 36.59], '2022年 293,480 over 802.0万千升 is the stated 36.59'),
  entry(BREW, 'sum', true, [[1_486.2 * WAN, '总取水量1,486.2'], 1_124.6 * WAN, 361.6 * WAN], '总取水量1,486.2万立方米 = 市政自来水1,124.6 + 地下水361.6'),
  entry(BREW, 'ratio', true, [1_486.2 * WAN, 821.6 * WAN_KL, 1.81], '1,486.2万立方米 over 821.6万千升 is the stated 吨酒耗水1.81立方米/千升 (text, 致辞 and 关键绩效表)'),
  entry(BREW, 'ratio', true, [1_546.4 * WAN, 802 * WAN_KL, 1.93], '2022年 1,546.4 over 802.0 is the stated 1.93'),
  entry(BREW, 'ratio', true, [28.64 * YI, 34.86 * YI, [82.2, '包装物回收率82.2']], '回收利用28.64亿只 of 投放34.86亿只 is the stated 包装物回收率82.2%'),
  entry(BREW, 'ratio', true, [26.42 * YI, 33.18 * YI, 79.6], '关键绩效表 2022年: 26.42 of 33.18亿只 is its 79.6'),
  entry(BREW, 'sum', true, [[24_862, '共有员工'], 18_246, 6_616], '员工24,862人 = 男性18,246 + 女性6,616'),
  entry(BREW, 'ratio', true, [18_246, [24_862, '共有员工'], 73.4], '男性 18,246 of 24,862 is the stated 占73.4%'),
  entry(BREW, 'ratio', true, [6_616, [24_862, '共有员工'], 26.6], '女性 6,616 of 24,862 is the stated 占26.6%'),
  entry(BREW, 'sum', true, [6_330, [468, '硕士及以上'], 5_862], '本科及以上6,330人 = 硕士及以上468 + 本科5,862 (表4)'),
  entry(BREW, 'ratio', true, [6_330, 24_862, 25.5], '本科及以上 6,330 of 24,862 is the stated 占25.5%'),
  entry(BREW, 'ratio', true, [318, 1_286, 24.7], '女性管理人员 318 of 1,286 is the stated 占24.7% (text and 关键绩效表)'),
  entry(BREW, 'sum', true, [[24_862, '合计'], [468, '硕士及以上'], 5_862, 7_246, 11_286], '表4 2023年: 468 + 5,862 + 7,246 + 11,286 = 24,862'),
  entry(BREW, 'ratio', true, [[468, '硕士及以上'], 24_862, 1.9], '硕士及以上 468 of 24,862 is its 1.9'),
  entry(BREW, 'ratio', true, [5_862, 24_862, 23.6], '本科 5,862 of 24,862 is its 23.6'),
  entry(BREW, 'ratio', true, [7_246, 24_862, 29.1], '大专 7,246 of 24,862 is its 29.1'),
  entry(BREW, 'ratio', true, [11_286, 24_862, 45.4], '高中及以下 11,286 of 24,862 is its 45.4'),
  entry(BREW, 'sum', true, [[100, '24,862'], 1.9, 23.6, 29.1, 45.4], '表4 占比 column: 1.9 + 23.6 + 29.1 + 45.4 = 100.0'),
  entry(BREW, 'sum', true, [[1_286.4 * WAN, '公益捐赠合计'], 642.6 * WAN, 386.2 * WAN, 168.4 * WAN, 89.2 * WAN], '公益捐赠合计1,286.4万元 = 642.6 + 386.2 + 168.4 + 89.2 (bullet list)'),
  entry(BREW, 'change', true, [802 * WAN_KL, [821.6 * WAN_KL, '啤酒产量821.6'], [2.4, '同比增长2.4']], '啤酒产量 802.0 -> 821.6万千升 is the stated 同比增长2.4% (text and 表1)'),
  entry(BREW, 'change', true, [392.8 * WAN_KL, 386.4 * WAN_KL, -1.6], '燕川经典 392.8 -> 386.4 is its -1.6%'),
  entry(BREW, 'change', true, [148.2 * WAN_KL, 164.8 * WAN_KL, 11.2], '燕川纯生 148.2 -> 164.8 is its +11.2%'),
  entry(BREW, 'change', true, [114.6 * WAN_KL, 127.8 * WAN_KL, 11.5], '精酿及其他 114.6 -> 127.8 is its +11.5%'),
  entry(BREW, 'change', true, [32.8, 35.6, 2.8], '中高端产品占比 32.8% -> 35.6% is the stated 提升2.8个百分点'),
  entry(BREW, 'change', true, [305.86 * YI, [319.92 * YI, '营业收入319.92'], [4.6, '同比增长4.6']], '营业收入 305.86 -> 319.92亿元 is the stated 同比增长4.6%'),
  entry(BREW, 'change', true, [293_480, [28.64 * WAN, '综合能耗28.64'], [2.4, '同比下降2.4']], '综合能耗 293,480吨 -> 28.64万吨标准煤 is the stated 同比下降2.4%'),
  entry(BREW, 'change', true, [36.59, [34.86, '千升酒综合能耗34.86'], 4.7], '千升酒综合能耗 36.59 -> 34.86 is the stated 下降4.7%'),
  entry(BREW, 'change', true, [1_546.4 * WAN, [1_486.2 * WAN, '总取水量1,486.2'], 3.9], '总取水量 1,546.4 -> 1,486.2万立方米 is the stated 同比下降3.9%'),
  entry(BREW, 'change', true, [1.93, [1.81, '吨酒耗水1.81立方米/千升，较'], 6.2], '吨酒耗水 1.93 -> 1.81 is the stated 下降6.2%'),
  entry(BREW, 'change', true, [24_160, [24_862, '共有员工'], 2.9], '员工 24,160 -> 24,862 is the stated 同比增长2.9%'),
  entry(BREW, 'change', true, [1_142.8 * WAN, [1_286.4 * WAN, '公益捐赠合计'], 12.6], '公益捐赠 1,142.8 -> 1,286.4万元 is the stated 同比增长12.6%'),

  // 啟明巴士 Kai Ming Bus: a Hong Kong franchised bus operator's ESG report in traditional Chinese and its English version (2023)
  entry(BUS_EN, 'sum', false, [[3_568, 'Total'], [468, 'Euro V'], 2_864, [214, 'Electric'], [4, 'Hydrogen fuel cell']], 'planted: English Table 2 2023 Euro V 468 + 2,864 + 214 + 4 = 3,550, its Total 3,568 buses (486 mistyped 468)'),
  across(BUS_ZH, [[486, '歐盟五期']], BUS_EN, [[468, 'Euro V']], 'the same slip across the pair: 歐盟五期 486輛 in the Chinese 表2, Euro V 468 in the English Table 2 (a translation slip)'),
  { ...across(BUS_EN, [[248.6 * M, 'Electric buses used'], [24.86 * M, 'Electricity used by electric buses']], BUS_ZH, [[2_486 * WAN, '全年耗電'], [24.86 * M, '電動巴士耗電']], 'planted: electric buses used 248.6 million kWh in the English text, 24.86 million kWh in its Table 3, 2,486萬千瓦時 and 24.86百萬千瓦時 in the Chinese (a scale slip 萬 / million)'), atLeast: 2 },
  entry(BUS_EN, 'ratio', false, [[248.6 * M, 'Electric buses used'], [10.2 * M, 'to run'], [2.44, '10.2 million km, ']], 'the same slip: 248.6 million kWh over 10.2 million km is 24.4 kWh per km, the English text says 2.44'),
  entry(BUS_ZH, 'ratio', false, [[1_864, '60歲或以上車長'], [10_710, '共有車長'], [18.4, '佔車長總數的']], 'planted: 60歲或以上車長 1,864 of 10,710 is 17.4%, the text says 佔車長總數的18.4%'),
  { ...across(BUS_ZH, [[18.4, '佔車長總數的'], [17.4, '60歲或以上        ']], BUS_EN, [[17.4, '1,864 captains, or']], 'the same slip: 18.4% in the Chinese text, 17.4 in its 表5 and 17.4% in the English text'), atLeast: 2 },
  entry(BUS_ZH, 'change', false, [304, [286, '須呈報交通意外'], [6.9, '下降6.9']], 'planted: 須呈報交通意外 304 -> 286宗 is -5.9%, the Chinese says 下降6.9%'),
  across(BUS_ZH, [[6.9, '下降6.9']], BUS_EN, [[5.9, 'down 5.9']], 'the same slip across the pair: 下降6.9% in the Chinese, down 5.9% in the English'),
  entry(BUS_ZH, 'ratio', false, [84.86 * M, [152.2 * M, '柴油巴士'], 0.585], 'planted: 2022 diesel 84.86百萬公升 over 152.2百萬公里 is 0.558公升/公里, 表3 says 0.585 (digits swapped)'),
  entry(BUS_ZH, 'change', false, [0.585, [0.546, '每公里耗油'], [2.2, '下降2.2']], 'the same slip: 每公里柴油消耗 0.585 (表3 2022) -> 0.546 is -6.7%, the text says 下降2.2% (computed on 0.558)'),
  across(BUS_ZH, [0.585], BUS_EN, [0.558], 'the same slip across the pair: 2022 每公里柴油消耗 0.585 in the Chinese 表3, 0.558 in the English Table 3'),
  { ...across(BUS_ZH, [[4.21 * YI, '全年載客'], [412.6 * M, '全年乘客量']], BUS_EN, [[412.6 * M, 'carried']], 'planted: 全年載客4.21億人次 in the 主席報告, 412.6百萬人次 in 一 and 表1 and 412.6 million in the English (4.126億: digits slipped)'), atLeast: 2 },
  across(BUS_EN, [[11_000, 'More than 11,000']], BUS_ZH, [[11_000, '近11,000']], 'planted: More than 11,000 bus captains in the English Chairman\'s Statement, 近11,000名車長 in the Chinese (a translation\'s qualifier; 10,710 captains)'),
  entry(BUS_EN, 'consistency', false, [[11_000, 'More than 11,000'], [10_710, 'we had']], 'the same slip against the count: More than 11,000 bus captains, 10,710 in section 4.1'),
  entry(BUS_ZH, 'sum', true, [[412.6 * M, '總計'], 186.4 * M, 142.8 * M, 83.4 * M], '表1 2023年: 186.4 + 142.8 + 83.4 = 412.6百萬人次'),
  entry(BUS_ZH, 'sum', true, [[368.4 * M, '總計'], 168.2 * M, 131.6 * M, 68.6 * M], '表1 2022年: 168.2 + 131.6 + 68.6 = 368.4'),
  entry(BUS_ZH, 'sum', true, [[3_568, '總數'], [486, '歐盟五期'], 2_864, [214, '電動巴士      '], [4, '氫燃料電池巴士']], '表2 2023年: 486 + 2,864 + 214 + 4 = 3,568輛'),
  entry(BUS_ZH, 'sum', true, [[3_499, '總數'], 124, 812, 2_436, 126, [1, '氫燃料電池巴士']], '表2 2022年: 124 + 812 + 2,436 + 126 + 1 = 3,499'),
  entry(BUS_ZH, 'ratio', true, [[214, '電動巴士      '], [3_568, '總數'], [6, '電動巴士佔比']], '電動巴士 214 of 3,568 is its 6.0% (表2, text and 主席報告)'),
  entry(BUS_ZH, 'ratio', true, [126, [3_499, '總數'], [3.6, '電動巴士佔比']], '2022年 126 of 3,499 is its 3.6%'),
  entry(BUS_ZH, 'sum', true, [3_082, 2_864, [214, '電動巴士      '], [4, '氫燃料電池巴士']], '歐盟六期及零排放巴士 3,082 = 2,864 + 214 + 4 (表2)'),
  entry(BUS_ZH, 'ratio', true, [3_082, 3_568, 86.4], '3,082 of 3,568 is the stated 佔車隊86.4%'),
  entry(BUS_ZH, 'sum', true, [168.6 * M, 158.4 * M, [10.2 * M, '電動巴士      ']], '表3 2023年 行駛里程: 158.4 + 10.2 = 168.6百萬公里'),
  entry(BUS_ZH, 'sum', true, [160.4 * M, 152.2 * M, 8.2 * M], '表3 2022年: 152.2 + 8.2 = 160.4'),
  entry(BUS_ZH, 'ratio', true, [86.42 * M, 158.4 * M, 0.546], '柴油 86.42百萬公升 (8,642萬公升) over 柴油巴士 158.4百萬公里 is the stated 0.546公升/公里'),
  entry(BUS_ZH, 'ratio', true, [24.86 * M, 10.2 * M, 2.44], '電動巴士耗電 2,486萬千瓦時 (24.86百萬) over 1,020萬公里 is the stated 2.44千瓦時/公里 (text and 表3)'),
  entry(BUS_ZH, 'ratio', true, [18.62 * M, 8.2 * M, 2.27], '2022年 18.62 over 8.2 is its 2.27'),
  entry(BUS_ZH, 'sum', true, [[6_822.8 * M, '總收入'], 6_284.6 * M, 538.2 * M], '表4 2023年: 6,284.6 + 538.2 = 6,822.8港幣百萬元'),
  entry(BUS_ZH, 'sum', true, [6_109.2 * M, 5_612.4 * M, 496.8 * M], '表4 2022年: 5,612.4 + 496.8 = 6,109.2'),
  entry(BUS_ZH, 'sum', true, [877.2 * M, 642.4 * M, 186.2 * M, 48.6 * M], '環保投資港幣877.2百萬元 = 642.4 + 186.2 + 48.6 (bullet list)'),
  entry(BUS_ZH, 'sum', true, [[10_710, '總計'], 624, 1_862, 2_948, 3_412, [1_864, '60歲或以上        ']], '表5: 624 + 1,862 + 2,948 + 3,412 + 1,864 = 10,710名車長'),
  entry(BUS_ZH, 'ratio', true, [624, 10_710, 5.8], '30歲以下 624 of 10,710 is its 5.8'),
  entry(BUS_ZH, 'ratio', true, [1_862, 10_710, [17.4, '30至39歲']], '30至39歲 1,862 of 10,710 is its 17.4'),
  entry(BUS_ZH, 'ratio', true, [2_948, 10_710, 27.5], '40至49歲 2,948 of 10,710 is its 27.5'),
  entry(BUS_ZH, 'ratio', true, [3_412, 10_710, 31.9], '50至59歲 3,412 of 10,710 is its 31.9'),
  entry(BUS_ZH, 'ratio', true, [[1_864, '60歲或以上        '], 10_710, [17.4, '60歲或以上        ']], '60歲或以上 1,864 of 10,710 is 表5\'s 17.4'),
  entry(BUS_ZH, 'sum', true, [[100, '10,710'], 5.8, [17.4, '30至39歲'], 27.5, 31.9, [17.4, '60歲或以上        ']], '表5 佔比 column: 5.8 + 17.4 + 27.5 + 31.9 + 17.4 = 100.0'),
  entry(BUS_ZH, 'ratio', true, [312, [10_710, '共有車長'], 2.9], '女性車長 312 of 10,710 is the stated 佔2.9%'),
  entry(BUS_ZH, 'ratio', true, [286, 168.6 * M, 1.7], '286宗 over 168.6百萬公里 is the stated 每百萬公里 1.70'),
  entry(BUS_ZH, 'ratio', true, [304, 160.4 * M, 1.9], '2022年 304 over 160.4百萬公里 is the stated 1.90'),
  entry(BUS_ZH, 'change', true, [368.4 * M, [412.6 * M, '總計'], 12], '乘客量 368.4 -> 412.6百萬人次 is +12.0% (表1 and 主席報告)'),
  entry(BUS_ZH, 'change', true, [168.2 * M, 186.4 * M, 10.8], '市區路線 168.2 -> 186.4 is its +10.8%'),
  entry(BUS_ZH, 'change', true, [131.6 * M, 142.8 * M, 8.5], '新界路線 131.6 -> 142.8 is its +8.5%'),
  entry(BUS_ZH, 'change', true, [68.6 * M, 83.4 * M, 21.6], '機場及過海路線 68.6 -> 83.4 is its +21.6% (table and text)'),
  entry(BUS_ZH, 'change', true, [3.6, [6, '提升至6.0'], 2.4], '電動巴士佔比 3.6% -> 6.0% is the stated 上升2.4個百分點'),
  entry(BUS_ZH, 'change', true, [5_612.4 * M, 6_284.6 * M, 12], '車費收入 5,612.4 -> 6,284.6 is its +12.0%'),
  entry(BUS_ZH, 'change', true, [496.8 * M, 538.2 * M, 8.3], '非車費收入 496.8 -> 538.2 is its +8.3%'),
  entry(BUS_ZH, 'change', true, [6_109.2 * M, 6_822.8 * M, 11.7], '總收入 6,109.2 -> 6,822.8 is its +11.7%'),
  entry(BUS_ZH, 'change', true, [10_486, [10_710, '共有車長'], 2.1], '車長 10,486 -> 10,710 is the stated 增加2.1%'),
  entry(BUS_ZH, 'change', true, [1.9, 1.7, 10.5], '意外率 1.90 -> 1.70 is the stated 下降10.5%'),
  entry(BUS_EN, 'sum', true, [[412.6 * M, 'Total'], 186.4 * M, 142.8 * M, 83.4 * M], 'Table 1 2023: 186.4 + 142.8 + 83.4 = 412.6 million passenger trips'),
  entry(BUS_EN, 'sum', true, [[3_499, 'Total'], 124, 812, 2_436, 126, [1, 'Hydrogen fuel cell']], 'Table 2 2022: 124 + 812 + 2,436 + 126 + 1 = 3,499'),
  entry(BUS_EN, 'ratio', true, [[214, 'Electric'], [3_568, 'Total'], [6, 'Electric buses (%']], 'electric 214 of 3,568 buses is its 6.0% (Table 2, text and Chairman\'s Statement)'),
  entry(BUS_EN, 'ratio', true, [3_082, 3_568, 86.4], '3,082 of 3,568 is the stated 86.4%'),
  entry(BUS_EN, 'sum', true, [168.6 * M, 158.4 * M, [10.2 * M, 'electric buses']], 'Table 3 2023 fleet km: 158.4 + 10.2 = 168.6 million km'),
  entry(BUS_EN, 'ratio', true, [86.42 * M, 158.4 * M, 0.546], '86.42 million litres over 158.4 million km of diesel buses is the stated 0.546 litres per km'),
  entry(BUS_EN, 'ratio', true, [84.86 * M, 152.2 * M, 0.558], '2022 84.86 over 152.2 is Table 3\'s 0.558'),
  entry(BUS_EN, 'ratio', true, [[24.86 * M, 'Electricity used by electric buses'], [10.2 * M, 'electric buses'], [2.44, 'kWh/km']], 'Table 3: 24.86 million kWh over 10.2 million km is its 2.44 kWh/km'),
  entry(BUS_EN, 'sum', true, [[6_822.8 * M, 'Total revenue'], 6_284.6 * M, 538.2 * M], 'Table 4 2023: 6,284.6 + 538.2 = 6,822.8 HK$ million'),
  entry(BUS_EN, 'sum', true, [877.2 * M, 642.4 * M, 186.2 * M, 48.6 * M], 'environmental investment HK$877.2 million = 642.4 + 186.2 + 48.6 (dash list)'),
  entry(BUS_EN, 'sum', true, [[10_710, 'Total'], 624, 1_862, 2_948, 3_412, [1_864, '60 or above']], 'Table 5: 624 + 1,862 + 2,948 + 3,412 + 1,864 = 10,710 bus captains'),
  entry(BUS_EN, 'ratio', true, [[1_864, '49.6; '], [10_710, 'we had'], [17.4, '1,864 captains, or']], '1,864 of 10,710 captains is the English text\'s 17.4%'),
  entry(BUS_EN, 'ratio', true, [312, [10_710, 'we had'], 2.9], 'women 312 of 10,710 is the stated (2.9%)'),
  entry(BUS_EN, 'ratio', true, [286, 168.6 * M, 1.7], '286 accidents over 168.6 million km is the stated 1.70 per million km'),
  entry(BUS_EN, 'change', true, [368.4 * M, [412.6 * M, 'Total'], 12], 'patronage 368.4 -> 412.6 million is +12.0% (table, text and Chairman)'),
  entry(BUS_EN, 'change', true, [304, 286, [5.9, 'down 5.9']], 'accidents 304 -> 286 is the stated down 5.9%'),
  entry(BUS_EN, 'change', true, [0.558, 0.546, [2.2, '2.2% less']], 'diesel per km 0.558 -> 0.546 is the stated 2.2% less'),
  entry(BUS_EN, 'change', true, [3.6, [6, 'from 3.6% in 2022 to'], 2.4], 'electric share 3.6% -> 6.0% is the stated up 2.4 percentage points'),
];
