// The forty-second blind batch: three engagements of report kinds outside batches 1–41, written as their published
// reports read (aligned tables with `(000 tonnes)` / `(R million)` / `单位：GW` headers, a key data table, `of which` rows,
// a `单位` column, footnotes, a Chairman's letter / 董事长致辞 / 主席致辞 restating the year): a South African platinum
// miner's integrated report in English (F2024, `F2024 F2023`: tonnes milled in thousand tonnes by mine and PGM production
// in thousand 4E ounces by mine, each with a Total and a `Change (%)` column, recoveries with percentage points, revenue by
// metal in R million with R billion in the letter, energy by source in GWh with kWh per tonne milled, water withdrawn by
// source in ML with m³ per tonne and a recycled share, Scope 1 / 2 tCO2e per tonne milled and per 4E ounce, fatalities and
// LTIFR per million hours, employees and contractors with shares and a category table, Social and Labour Plan spend, HDSA
// and other procurement shares in `of which` rows); a Chinese photovoltaic manufacturer's ESG 报告 in simplified Chinese
// only (组件出货量 GW by 区域 with 占比 and 同比, 海外 出货量 and 占比, 营业收入 亿元 by 业务 with 占比 and 同比变动, 综合能耗 吨标准煤
// by source with 万吨 in the text, 万元产值综合能耗 and 单位出货量综合能耗 吨标准煤/MW, 用电量 万千瓦时 with 亿千瓦时, 绿色电力 and 绿电占比
// with 个百分点, 新鲜水 万吨 and 吨/MW, 中水回用率, 危险废物 产生 / 处置 with 处置率, 员工 by 学历 and by 年龄 with 占比, 研发投入 亿元 and
// 占营业收入比例, 专利 件 annual and cumulative, a 关键绩效表); a Singapore-listed property trust's sustainability report in
// English and its Chinese version in a second file (GFA m² / 平方米 by property with Green Mark ratings and the
// green-certified share, gross revenue S$ million / 新元百万 by property with Change, 2.857亿新元 in the 致辞, net property
// income margin, tenants, energy kWh / 千瓦时 by property with kWh/m², water m³/m², waste recycled share with percentage
// points, the Manager's employees by gender with shares, women in senior management).
// Planted (as real drafts slip): totals that no longer add (Mokgalo's Table 2 F2024 with Tlhabane 362.8 for 326.8; its
// Table 5 F2023 total 12,590 for 12,950; 曜阳's 表6 with 30至40岁 15,426 for 15,246; the Chinese REIT revenue table with 加冷坊
// 72.84 for 72.48); share columns that no longer add (表1 占比 to 98.2 with 亚太 12.4; the Chinese REIT 表4 2024 to 93.7
// with 女性 51.8); shares and intensities that do not compute (key data energy intensity 310.3 for 301.3; key data emissions
// intensity 0.239 for 0.293; HDSA `73.2%` for 72.3; 亚太 占比 12.4 for 14.2; 万元产值综合能耗 `0.0365` for 0.0356; 2023 危险废物
// 处置率 97.0 for 98.0; 30至40岁 41.4 against the mistyped 15,426; 2023 研发投入占营业收入比例 3.37 for 3.73; the English
// Tampines Grove Mall 187.5 kWh/m² for 185.7; the Chinese green-certified share 86.8% for 68.8; the Chinese 女性 占比 51.8 for
// 58.1); change cells and rates (Tlhabane `+8.4` against the mistyped 362.8; Rhodium `-33.7` for -37.3; water withdrawn
// `rose 1.0%` against Table 5's 12,590; the Chairman's LTIFR `improved 11.8% to 2.10`; 美洲 `-18.9%` for -19.9; 研发投入占比
// `提升0.36个百分点` against the table's 3.37; 加冷坊 `+6.4` against 72.84; the Chinese 用电总量 `减少3.6%` against its 461.42万千瓦时;
// the English waste recycling `rose 2.4 percentage points` for 4.2); one metric two ways (Tlhabane 362.8 / 326.8; 310.3 /
// 301.3; 12,590 / 12,950; 0.239 / 0.293; LTIFR 2.10 / 2.01; a turned qualifier `Nearly 40,000` / `More than 40,000` and
// `Nearly 40,000` against 40,258; HDSA 73.2% / 72.3; a scale slip R48.6 million / R486.2 million; 营业收入 700.82 / 700.28亿元;
// 0.0365 / 0.0356; a turned qualifier 近2,500 / 超2,500 and 超2,500 against 2,486; 加冷坊 72.84 / 72.48 across the pair;
// Tampines 187.5 / 185.7; a scale slip 461.42万千瓦时 / 46,142,400 kWh and `46.1 million kWh`; 86.8% / 68.8% within the
// Chinese and across; 2.4 / 4.2 percentage points; 51.8 / 58.1; a translation's qualifier 近800家租户 / `more than 800
// tenants`, and 近800 against 842).
// Annotated as a reader sees them and committed before any run of the checks, the command line or extraction on them.
// Traps that must not be flagged: `10.37 million tonnes`, `1.56 million 4E ounces` and `R30.7 billion` beside 10,370 (000
// t), 1,562.0 (000 oz) and 30,720 R million; `R13.5 billion` beside 13,486 R million; capex `R4.86 billion` beside the SLP's
// 486.2 R million (same digits, other metrics); the `of which` procurement rows and shares (72.3 + 17.1 + 13.0 is not
// 100: they overlap); the 2030 30% cut, the 2040 net zero and the 46.2 MW / 112 GWh solar plant; head grades g/t; 组件出货量
// 超68GW beside 68.06; 累计组件出货量超300GW beside the year's 68.06; 24.92万吨标准煤 beside 249,204 吨标准煤; 151,682万千瓦时 beside
// 约15.17亿千瓦时; the 2026 target of 60% 绿电; 危险废物 `同比增长14.9%` beside 研发人员 `14.9%`; 员工 `同比增长7.4%` beside 绿电
// `提升7.4个百分点`; 2024年新增授权专利386件 beside the cumulative 2,486件; 近2,500 beside 2,486 (it holds); `S$285.7 million`
// and 2.857亿新元 beside 285.66; `S$212.5 million` and 2.125亿新元 beside 212.48 百万新元; the 80% 2030 target and the 25% cut
// in energy intensity from FY2019; `more than 800 tenants` beside 842 (it holds); revenue `+4.2` beside the waste rate's
// 4.2 points (other metrics); energy `3.6% less` beside intensity `fell 3.6%` (both hold). Rounded restatements beside
// a rate computed on the exact figures, which hold on the tables' figures: the Chairman's `1.56 million 4E ounces, 2.7% more`
// (1,521.0 -> 1,562.0; 1.56 million would give 2.6), `rose 4.2% to S$285.7 million` and 2.857亿新元 (274.02 -> 285.66; the
// rounded figure would give 4.3), `46.1 million kWh ... 3.6% less` (47,862,600 -> 46,142,400; 46.1 million would give 3.7).

import type { Engagement } from './key';
import { across, B, engagements, entry, K, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b42';
const MINE = 'mokgalo-platinum-integrated-report-f2024.txt';
const SOLAR = 'yaoyang-solar-esg-2024-zh.txt';
const REIT_EN = 'lumina-reit-sustainability-2024-en.txt';
const REIT_ZH = 'lumina-reit-sustainability-2024-zh.txt';

export const BATCH_42_ENGAGEMENTS: Engagement[] = engagements(DIR, [MINE, SOLAR, [REIT_EN, REIT_ZH]]);

const TLHABANE = 'Tlhabane                        362.8';
const OZ_TOTAL = 'Total                         1,562.0';
const WATER_TOTAL = 'Total withdrawn';
const KD_TONNES = 'Tonnes milled (000 t)';
const REGION_TOTAL = '合计                    68.06';
const AGE_TAIL = '50岁以上';
const KALLANG_ZH = '加冷坊                          72.84';

export const BATCH_42_KEY: KeyEntry[] = [
  // Mokgalo Platinum: a South African platinum miner's integrated report in English (F2024)
  entry(MINE, 'sum', false, [[1_562 * K, OZ_TOTAL], 612.4 * K, 438.6 * K, [362.8 * K, TLHABANE], 184.2 * K], 'planted: Table 2 F2024 612.4 + 438.6 + 362.8 + 184.2 = 1,598.0, its Total 1,562.0 thousand 4E ounces (Tlhabane 326.8 mistyped 362.8)'),
  entry(MINE, 'change', false, [301.6 * K, [362.8 * K, TLHABANE], [8.4, TLHABANE]], 'the same slip: Tlhabane 301.6 -> 362.8 is +20.3%, its Change cell +8.4 (computed on 326.8)'),
  entry(MINE, 'consistency', false, [[362.8 * K, TLHABANE], [326.8 * K, 'Tlhabane produced']], 'the same slip: Tlhabane 362.8 thousand ounces in Table 2, 326.8 in the text below it'),
  entry(MINE, 'change', false, [9_862 * M, 6_184 * M, -33.7], 'planted: Rhodium 9,862 -> 6,184 R million is -37.3%, its Change cell -33.7 (digits swapped)'),
  entry(MINE, 'ratio', false, [[3_124, 'Energy consumed (GWh)'], [10_370 * K, KD_TONNES], 310.3], 'planted: key data 3,124 GWh over 10,370 thousand tonnes milled is 301.3 kWh per tonne, its cell 310.3 (digits swapped)'),
  entry(MINE, 'consistency', false, [310.3, [301.3, 'fell 0.7% to']], 'the same slip: energy intensity 310.3 kWh per tonne in the key data table, 301.3 in 4.1'),
  entry(MINE, 'sum', false, [[12_590, WATER_TOTAL], 8_864, 3_024, 1_062], 'planted: Table 5 F2023 8,864 + 3,024 + 1,062 = 12,950 ML, its Total withdrawn 12,590 (digits swapped)'),
  entry(MINE, 'consistency', false, [[12_590, WATER_TOTAL], [12_950, 'Water withdrawn (ML)']], 'the same slip: F2023 water withdrawn 12,590 ML in Table 5, 12,950 in the key data table'),
  entry(MINE, 'change', false, [[12_590, WATER_TOTAL], [13_076, 'rose 1.0% to'], [1, 'Water withdrawn rose']], 'the same slip: Table 5\'s 12,590 -> 13,076 ML is +3.9%, the text says rose 1.0% (on 12,950)'),
  entry(MINE, 'ratio', false, [[3_037_400, 'Scope 1 and 2 emissions (tCO2e)'], [10_370 * K, KD_TONNES], 0.239], 'planted: key data 3,037,400 tCO2e over 10,370 thousand tonnes milled is 0.293 per tonne, its cell 0.239 (digits swapped)'),
  entry(MINE, 'consistency', false, [0.239, [0.293, 'up 2.3%, or']], 'the same slip: emissions intensity 0.239 in the key data table, 0.293 tCO2e per tonne milled in 4.3'),
  entry(MINE, 'change', false, [2.28, [2.1, 'injury frequency rate improved'], [11.8, 'injury frequency rate improved']], 'planted: the Chairman\'s LTIFR 2.28 -> 2.10 is -7.9%, the letter says improved 11.8% (2.28 -> 2.01)'),
  entry(MINE, 'consistency', false, [[2.1, 'injury frequency rate improved'], 2.01], 'the same slip: LTIFR 2.10 in the Chairman\'s letter, 2.01 in the key data table and section 5 (digits swapped)'),
  entry(MINE, 'consistency', false, [[40_000, 'Nearly 40,000'], [40_000, 'More than 40,000']], 'planted: More than 40,000 employees and contractors in the Chairman\'s letter, Nearly 40,000 in section 6 (a turned qualifier)'),
  entry(MINE, 'consistency', false, [[40_000, 'Nearly 40,000'], 40_258], 'the same slip against the count: Nearly 40,000 people, 40,258 in all in the same sentence'),
  { ...entry(MINE, 'ratio', false, [[13.5 * B, 'We spent R'], [13_486 * M, 'of which HDSA-owned suppliers'], [18_642 * M, 'Total discretionary spend'], [73.2, 'HDSA-owned suppliers, ']], 'planted: HDSA-owned suppliers R13.5 billion (13,486 R million) of 18,642 is 72.3%, the text says 73.2% of discretionary procurement'), atLeast: 3 },
  entry(MINE, 'consistency', false, [[73.2, 'HDSA-owned suppliers, '], [72.3, 'of which HDSA-owned suppliers']], 'the same slip: 73.2% in the text, 72.3 in Table 8'),
  entry(MINE, 'consistency', false, [[48.6 * M, 'we spent R'], 486.2 * M], 'planted: R48.6 million of Social and Labour Plan spend in the Chairman\'s letter, 486.2 R million in Table 7 and R486.2 million in section 7 (a scale slip)'),
  entry(MINE, 'sum', true, [[10_370 * K, 'Total                          10,370'], 3_842 * K, 2_916 * K, 2_184 * K, [1_428 * K, 'Phiri                           1,428']], 'Table 1 F2024: 3,842 + 2,916 + 2,184 + 1,428 = 10,370 thousand tonnes milled'),
  entry(MINE, 'sum', true, [[10_104 * K, 'Total                          10,370'], 3_764 * K, 2_982 * K, 2_046 * K, 1_312 * K], 'Table 1 F2023: 3,764 + 2,982 + 2,046 + 1,312 = 10,104'),
  entry(MINE, 'sum', true, [[1_521 * K, OZ_TOTAL], 598.2 * K, 452.4 * K, 301.6 * K, 168.8 * K], 'Table 2 F2023: 598.2 + 452.4 + 301.6 + 168.8 = 1,521.0 thousand 4E ounces'),
  entry(MINE, 'sum', true, [[30_720 * M, 'Total                          30,720'], 14_862 * M, 8_246 * M, 6_184 * M, [1_428 * M, 'Gold and base metals']], 'Table 3 F2024: 14,862 + 8,246 + 6,184 + 1,428 = 30,720 R million'),
  entry(MINE, 'sum', true, [[38_784 * M, 'Total                          30,720'], 15_486 * M, 11_924 * M, 9_862 * M, 1_512 * M], 'Table 3 F2023: 15,486 + 11,924 + 9,862 + 1,512 = 38,784'),
  entry(MINE, 'ratio', true, [14_862 * M, 30_720 * M, 48.4], 'platinum 14,862 of 30,720 R million is the stated 48.4% of revenue'),
  entry(MINE, 'ratio', true, [6_184 * M, 30_720 * M, 20.1], 'rhodium 6,184 of 30,720 is the stated 20.1%'),
  entry(MINE, 'ratio', true, [30_720 * M, 1_562 * K, 19_667], 'revenue 30,720 R million over 1,562.0 thousand 4E ounces is the stated R19,667 per ounce'),
  entry(MINE, 'ratio', true, [38_784 * M, 1_521 * K, 25_499], 'F2023 38,784 R million over 1,521.0 thousand ounces is the stated R25,499'),
  entry(MINE, 'sum', true, [[3_124, 'Total                                           3,124'], 2_648, 312, 164], 'Table 4 F2024: 2,648 + 312 + 164 = 3,124 GWh'),
  entry(MINE, 'sum', true, [[3_066, 'Total                                           3,124'], 2_596, 298, 172], 'Table 4 F2023: 2,596 + 298 + 172 = 3,066'),
  entry(MINE, 'ratio', true, [2_648, 3_124, 84.8], 'electricity 2,648 of 3,124 GWh is the stated 84.8% of the total'),
  entry(MINE, 'ratio', true, [3_124, 10_370 * K, [301.3, 'fell 0.7% to']], '3,124 GWh over 10,370 thousand tonnes milled is the text\'s 301.3 kWh per tonne'),
  entry(MINE, 'ratio', true, [3_066, 10_104 * K, 303.4], 'F2023 3,066 GWh over 10,104 thousand tonnes is its 303.4 (key data and text)'),
  entry(MINE, 'sum', true, [[13_076, WATER_TOTAL], 8_642, 3_186, 1_248], 'Table 5 F2024: 8,642 + 3,186 + 1,248 = 13,076 ML'),
  entry(MINE, 'ratio', true, [13_076, 10_370 * K, 1.26], '13,076 ML over 10,370 thousand tonnes milled is the key data\'s 1.26 m³ per tonne'),
  entry(MINE, 'ratio', true, [[12_950, 'Water withdrawn (ML)'], 10_104 * K, 1.28], 'F2023 12,950 ML over 10,104 thousand tonnes is its 1.28'),
  entry(MINE, 'ratio', true, [18_642, 31_718, 58.8], 'recycled 18,642 of the 31,718 ML used is the stated 58.8%'),
  entry(MINE, 'sum', true, [[3_037_400, 'together came to'], 412_600, 2_624_800], 'Scope 1 412,600 + Scope 2 2,624,800 = 3,037,400 tCO2e (text and key data)'),
  entry(MINE, 'sum', true, [2_970_000, 398_400, 2_571_600], 'F2023: 398,400 + 2,571,600 = 2,970,000 (key data)'),
  entry(MINE, 'ratio', true, [3_037_400, 10_370 * K, [0.293, 'up 2.3%, or']], '3,037,400 tCO2e over 10,370 thousand tonnes milled is the text\'s 0.293 per tonne'),
  entry(MINE, 'ratio', true, [2_970_000, 10_104 * K, 0.294], 'F2023 2,970,000 over 10,104 thousand tonnes is its 0.294'),
  entry(MINE, 'ratio', true, [3_037_400, 1_562 * K, 1.94], '3,037,400 tCO2e over 1,562.0 thousand 4E ounces is the stated 1.94 per ounce'),
  entry(MINE, 'ratio', true, [186, 92.4 * M, [2.01, 'frequency rate of']], '186 lost time injuries over 92.4 million hours is the stated 2.01 per million hours'),
  entry(MINE, 'ratio', true, [204, 89.6 * M, 2.28], 'F2023 204 over 89.6 million hours is the stated 2.28'),
  entry(MINE, 'sum', true, [40_258, [28_412, '2024: '], 11_846], '40,258 in all = 28,412 employees + 11,846 contractors'),
  entry(MINE, 'ratio', true, [[28_412, '2024: '], 40_258, 70.6], 'employees 28,412 of 40,258 is the stated 70.6%'),
  entry(MINE, 'ratio', true, [[11_846, 'employees (70.6%) and'], 40_258, 29.4], 'contractors 11,846 of 40,258 is the stated 29.4%'),
  entry(MINE, 'ratio', true, [4_286, 28_412, 15.1], 'women 4,286 of 28,412 employees is the stated 15.1%'),
  entry(MINE, 'sum', true, [[28_412, 'Total                          28,412'], 18_624, 6_842, 2_946], 'Table 6: 18,624 + 6,842 + 2,946 = 28,412 employees'),
  entry(MINE, 'ratio', true, [18_624, 28_412, 65.5], 'underground 18,624 of 28,412 is its 65.5'),
  entry(MINE, 'ratio', true, [6_842, 28_412, 24.1], 'processing and smelting 6,842 of 28,412 is its 24.1'),
  entry(MINE, 'ratio', true, [2_946, 28_412, 10.4], 'services and corporate 2,946 of 28,412 is its 10.4'),
  entry(MINE, 'sum', true, [[100, 'Total                          28,412'], 65.5, 24.1, 10.4], 'Table 6 share column: 65.5 + 24.1 + 10.4 = 100.0'),
  entry(MINE, 'sum', true, [[486.2 * M, 'Total                                           486.2'], 248.6 * M, 162.4 * M, 75.2 * M], 'Table 7 F2024: 248.6 + 162.4 + 75.2 = 486.2 R million'),
  entry(MINE, 'sum', true, [429.2 * M, 212.4 * M, 148.6 * M, 68.2 * M], 'Table 7 F2023: 212.4 + 148.6 + 68.2 = 429.2'),
  entry(MINE, 'ratio', true, [[13_486 * M, 'of which HDSA-owned suppliers'], 18_642 * M, [72.3, 'of which HDSA-owned suppliers']], 'Table 8: HDSA-owned 13,486 of 18,642 R million is its 72.3'),
  entry(MINE, 'ratio', true, [3_184 * M, 18_642 * M, 17.1], 'host community suppliers 3,184 of 18,642 is its 17.1'),
  entry(MINE, 'ratio', true, [2_416 * M, 18_642 * M, 13], 'women-owned suppliers 2,416 of 18,642 is its 13.0'),
  entry(MINE, 'change', true, [3_764 * K, 3_842 * K, [2.1, 'Bokamoso                        3,842']], 'Bokamoso milled 3,764 -> 3,842 thousand tonnes is its +2.1'),
  entry(MINE, 'change', true, [2_982 * K, 2_916 * K, -2.2], 'Lesedi 2,982 -> 2,916 is its -2.2'),
  entry(MINE, 'change', true, [2_046 * K, 2_184 * K, 6.7], 'Tlhabane 2,046 -> 2,184 is its +6.7'),
  entry(MINE, 'change', true, [1_312 * K, [1_428 * K, 'Phiri                           1,428'], 8.8], 'Phiri 1,312 -> 1,428 is its +8.8 (and the text\'s milled 8.8% more)'),
  entry(MINE, 'change', true, [10_104 * K, 10_370 * K, 2.6], 'tonnes milled 10,104 -> 10,370 is its +2.6'),
  entry(MINE, 'change', true, [598.2 * K, 612.4 * K, 2.4], 'Bokamoso 598.2 -> 612.4 thousand ounces is its +2.4'),
  entry(MINE, 'change', true, [452.4 * K, 438.6 * K, -3.1], 'Lesedi 452.4 -> 438.6 is its -3.1 (and the text\'s fell 3.1%)'),
  entry(MINE, 'change', true, [168.8 * K, 184.2 * K, 9.1], 'Phiri 168.8 -> 184.2 is its +9.1'),
  entry(MINE, 'change', true, [1_521 * K, 1_562 * K, 2.7], '4E production 1,521.0 -> 1,562.0 thousand ounces is its +2.7 (and the Chairman\'s 2.7% more)'),
  entry(MINE, 'change', true, [85.9, 86.4, 0.5], 'recoveries 85.9% -> 86.4% is the stated up 0.5 percentage points'),
  entry(MINE, 'change', true, [15_486 * M, 14_862 * M, -4], 'platinum 15,486 -> 14,862 R million is its -4.0'),
  entry(MINE, 'change', true, [11_924 * M, 8_246 * M, -30.8], 'palladium 11,924 -> 8,246 is its -30.8'),
  entry(MINE, 'change', true, [1_512 * M, [1_428 * M, 'Gold and base metals'], -5.6], 'gold and base metals 1,512 -> 1,428 is its -5.6'),
  entry(MINE, 'change', true, [38_784 * M, 30_720 * M, -20.8], 'revenue 38,784 -> 30,720 R million is its -20.8 (and the Chairman\'s fell 20.8%)'),
  entry(MINE, 'change', true, [3_066, 3_124, 1.9], 'energy 3,066 -> 3,124 GWh is the stated 1.9% more'),
  entry(MINE, 'change', true, [303.4, [301.3, 'fell 0.7% to'], 0.7], 'energy intensity 303.4 -> 301.3 kWh per tonne is the stated fell 0.7%'),
  entry(MINE, 'change', true, [[12_950, 'Water withdrawn (ML)'], [13_076, 'rose 1.0% to'], [1, 'Water withdrawn rose']], 'water withdrawn 12,950 (key data) -> 13,076 ML is the stated rose 1.0%'),
  entry(MINE, 'change', true, [2_571_600, 2_624_800, [2.1, '2,571,600 tCO2e), ']], 'Scope 2 2,571,600 -> 2,624,800 tCO2e is the stated 2.1% more'),
  entry(MINE, 'change', true, [2_970_000, 3_037_400, 2.3], 'Scope 1 and 2 2,970,000 -> 3,037,400 is the stated up 2.3%'),
  entry(MINE, 'change', true, [429.2 * M, [486.2 * M, 'rose 13.3% to'], 13.3], 'Social and Labour Plan spend 429.2 -> 486.2 R million is the stated rose 13.3%'),

  // 曜阳光能 Yaoyang Solar: a Chinese photovoltaic manufacturer's ESG 报告 in simplified Chinese (2024)
  entry(SOLAR, 'ratio', false, [[9.64, '亚太（除中国）'], [68.06, REGION_TOTAL], [12.4, '亚太（除中国）']], 'planted: 表1 亚太（除中国） 9.64 of 68.06GW is 14.2%, its 占比 cell 12.4 (digits swapped)'),
  entry(SOLAR, 'sum', false, [[100, REGION_TOTAL], 47.7, 21.8, [12.4, '亚太（除中国）'], 9.2, 7.1], 'the same slip: 表1 占比 column 47.7 + 21.8 + 12.4 + 9.2 + 7.1 = 98.2, its 合计 100.0'),
  entry(SOLAR, 'change', false, [7.84, 6.28, -18.9], 'planted: 美洲 7.84 -> 6.28GW is -19.9%, its 同比 cell -18.9%'),
  entry(SOLAR, 'consistency', false, [[700.82 * YI, '营业收入700.82'], [700.28 * YI, '营业收入700.28']], 'planted: 营业收入700.82亿元 in the 董事长致辞, 700.28 in 一（二）, 表2 and the 关键绩效表 (digits swapped)'),
  { ...entry(SOLAR, 'ratio', false, [[24.92 * WAN, '综合能耗24.92'], 249_204, [700.28 * YI, '营业收入700.28'], [0.0365, '万元产值综合能耗0.0365']], 'planted: 综合能耗 249,204吨标准煤 (24.92万吨) over 营业收入 700.28亿元 is 0.0356吨标准煤/万元, the text says 0.0365 (digits swapped)'), atLeast: 3 },
  entry(SOLAR, 'consistency', false, [[0.0365, '万元产值综合能耗0.0365'], 0.0356], 'the same slip: 万元产值综合能耗 0.0365 in 二（一）, 0.0356 in the 关键绩效表'),
  entry(SOLAR, 'ratio', false, [10_642, 10_864, 97], 'planted: 表4 2023年 处置量 10,642 of 产生量 10,864吨 is 98.0%, its 处置率 97.0'),
  entry(SOLAR, 'sum', false, [[36_814, AGE_TAIL], 14_862, 15_426, 5_124, 1_582], 'planted: 表6 14,862 + 15,426 + 5,124 + 1,582 = 36,994, its 合计 36,814 (30至40岁 15,246 mistyped 15,426)'),
  entry(SOLAR, 'ratio', false, [15_426, 36_814, 41.4], 'the same slip: 30至40岁 15,426 of 36,814 is 41.9%, its 占比 41.4 (computed on 15,246)'),
  entry(SOLAR, 'ratio', false, [31.26 * YI, 837.9 * YI, 3.37], 'planted: 关键绩效表 2023年 研发投入 31.26 of 营业收入 837.90亿元 is 3.73%, its cell 3.37 (digits swapped)'),
  entry(SOLAR, 'change', false, [3.37, [4.09, '占营业收入比例4.09'], [0.36, '提升0.36']], 'the same slip: 研发投入占营业收入比例 3.37% (关键绩效表 2023) -> 4.09% is up 0.72 points, the text says 提升0.36个百分点 (on 3.73)'),
  entry(SOLAR, 'consistency', false, [[2_500, '近2,500'], [2_500, '超2,500']], 'planted: 累计授权专利近2,500件 in the 董事长致辞, 超2,500件授权专利 in 四 (a turned qualifier)'),
  entry(SOLAR, 'consistency', false, [[2_500, '超2,500'], 2_486], 'the same slip against the count: 超2,500件授权专利, and 累计授权专利2,486件 in the same paragraph'),
  entry(SOLAR, 'sum', true, [[68.06, REGION_TOTAL], 32.46, 14.82, 9.64, 6.28, [4.86, '中东及非洲               4.86']], '表1 2024年: 32.46 + 14.82 + 9.64 + 6.28 + 4.86 = 68.06GW'),
  entry(SOLAR, 'sum', true, [[59.84, REGION_TOTAL], 28.14, 13.26, 7.92, 7.84, 2.68], '表1 2023年: 28.14 + 13.26 + 7.92 + 7.84 + 2.68 = 59.84'),
  entry(SOLAR, 'ratio', true, [32.46, [68.06, REGION_TOTAL], 47.7], '中国 32.46 of 68.06 is its 47.7'),
  entry(SOLAR, 'ratio', true, [14.82, [68.06, REGION_TOTAL], 21.8], '欧洲 14.82 of 68.06 is its 21.8'),
  entry(SOLAR, 'ratio', true, [6.28, [68.06, REGION_TOTAL], 9.2], '美洲 6.28 of 68.06 is its 9.2'),
  entry(SOLAR, 'ratio', true, [[4.86, '中东及非洲               4.86'], [68.06, REGION_TOTAL], 7.1], '中东及非洲 4.86 of 68.06 is its 7.1'),
  entry(SOLAR, 'sum', true, [35.6, 14.82, 9.64, 6.28, [4.86, '中东及非洲               4.86']], '海外出货量35.60GW = 欧洲 14.82 + 亚太 9.64 + 美洲 6.28 + 中东及非洲 4.86 (表1)'),
  entry(SOLAR, 'ratio', true, [35.6, [68.06, '组件出货量68.06'], 52.3], '海外 35.60 of 68.06GW is the stated 占总出货量的52.3%'),
  entry(SOLAR, 'sum', true, [[700.28 * YI, '合计                   700.28'], 611.88 * YI, 48.32 * YI, 21.24 * YI, 18.84 * YI], '表2 2024年: 611.88 + 48.32 + 21.24 + 18.84 = 700.28亿元'),
  entry(SOLAR, 'sum', true, [837.9 * YI, 724.86 * YI, 62.14 * YI, 34.62 * YI, 16.28 * YI], '表2 2023年: 724.86 + 62.14 + 34.62 + 16.28 = 837.90'),
  entry(SOLAR, 'ratio', true, [611.88 * YI, 700.28 * YI, 87.4], '组件 611.88 of 700.28亿元 is the stated 87.4% (text and 表2)'),
  entry(SOLAR, 'ratio', true, [48.32 * YI, 700.28 * YI, 6.9], '电池片 48.32 of 700.28 is its 6.9'),
  entry(SOLAR, 'ratio', true, [21.24 * YI, 700.28 * YI, 3], '硅片 21.24 of 700.28 is its 3.0'),
  entry(SOLAR, 'ratio', true, [18.84 * YI, 700.28 * YI, 2.7], '光伏电站及其他 18.84 of 700.28 is its 2.7'),
  entry(SOLAR, 'sum', true, [[100, '合计                   700.28'], 87.4, 6.9, 3, 2.7], '表2 占比 column: 87.4 + 6.9 + 3.0 + 2.7 = 100.0'),
  entry(SOLAR, 'sum', true, [[249_204, '综合能耗                            249,204'], 186_420, 42_860, 18_640, 1_284], '表3 2024年: 186,420 + 42,860 + 18,640 + 1,284 = 249,204吨标准煤'),
  entry(SOLAR, 'sum', true, [[227_222, '综合能耗                            249,204'], 168_260, 40_120, 17_480, 1_362], '表3 2023年: 168,260 + 40,120 + 17,480 + 1,362 = 227,222'),
  entry(SOLAR, 'ratio', true, [249_204, 700.28 * YI, 0.0356], '关键绩效表: 249,204吨标准煤 over 700.28亿元 is its 0.0356吨标准煤/万元'),
  entry(SOLAR, 'ratio', true, [227_222, 837.9 * YI, 0.0271], '关键绩效表 2023年: 227,222 over 837.90亿元 is its 0.0271'),
  { ...entry(SOLAR, 'ratio', true, [[24.92 * WAN, '综合能耗24.92'], 249_204, [68.06, '组件出货量68.06'], 3.662], '综合能耗 24.92万吨 (249,204吨标准煤) over 68.06GW is the stated 3.662吨标准煤/MW'), atLeast: 3 },
  entry(SOLAR, 'sum', true, [[61_010 * WAN, '绿色电力合计'], 18_624 * WAN, 42_386 * WAN], '绿色电力合计61,010万千瓦时 = 光伏自发自用 18,624 + 绿电交易 42,386'),
  entry(SOLAR, 'ratio', true, [61_010 * WAN, 151_682 * WAN, [40.2, '绿电占比40.2']], '绿色电力 61,010 of 用电量 151,682万千瓦时 is the stated 绿电占比40.2% (text, 致辞 and 关键绩效表)'),
  entry(SOLAR, 'ratio', true, [44_862 * WAN, 136_904 * WAN, 32.8], '2023年 44,862 of 136,904万千瓦时 is the stated 32.8%'),
  entry(SOLAR, 'ratio', true, [1_286.4 * WAN, 68.06, [189, '单位出货量耗水']], '新鲜水 1,286.4万吨 over 68.06GW is the stated 189.0吨/MW'),
  entry(SOLAR, 'ratio', true, [1_148.6 * WAN, 59.84, 191.9], '2023年 1,148.6万吨 over 59.84GW is the stated 191.9吨/MW'),
  entry(SOLAR, 'ratio', true, [548.2 * WAN, 1_286.4 * WAN, 42.6], '中水回用量 548.2 of 1,286.4万吨 is the stated 中水回用率42.6%'),
  entry(SOLAR, 'ratio', true, [12_432, 12_486, 99.6], '表4 2024年 处置量 12,432 of 产生量 12,486吨 is its 99.6'),
  entry(SOLAR, 'ratio', true, [9_486, 36_814, 25.8], '女性员工 9,486 of 36,814 is the stated 占25.8%'),
  entry(SOLAR, 'ratio', true, [5_482, 36_814, [14.9, '占员工总数的']], '研发人员 5,482 of 36,814 is the stated 占员工总数的14.9%'),
  entry(SOLAR, 'sum', true, [[36_814, '大专及以下'], 186, 2_148, 9_862, 24_618], '表5: 186 + 2,148 + 9,862 + 24,618 = 36,814人'),
  entry(SOLAR, 'ratio', true, [186, 36_814, 0.5], '博士 186 of 36,814 is its 0.5'),
  entry(SOLAR, 'ratio', true, [2_148, 36_814, 5.8], '硕士 2,148 of 36,814 is its 5.8'),
  entry(SOLAR, 'ratio', true, [9_862, 36_814, 26.8], '本科 9,862 of 36,814 is its 26.8'),
  entry(SOLAR, 'ratio', true, [24_618, 36_814, 66.9], '大专及以下 24,618 of 36,814 is its 66.9'),
  entry(SOLAR, 'sum', true, [[100, '大专及以下'], 0.5, 5.8, 26.8, 66.9], '表5 占比 column: 0.5 + 5.8 + 26.8 + 66.9 = 100.0'),
  entry(SOLAR, 'ratio', true, [[14_862, '30岁以下'], 36_814, 40.4], '30岁以下 14,862 of 36,814 is its 40.4'),
  entry(SOLAR, 'ratio', true, [5_124, 36_814, 13.9], '40至50岁 5,124 of 36,814 is its 13.9'),
  entry(SOLAR, 'ratio', true, [1_582, 36_814, 4.3], '50岁以上 1,582 of 36,814 is its 4.3'),
  entry(SOLAR, 'sum', true, [[100, AGE_TAIL], 40.4, 41.4, 13.9, 4.3], '表6 占比 column: 40.4 + 41.4 + 13.9 + 4.3 = 100.0 (the share cells were computed on the true 15,246)'),
  entry(SOLAR, 'ratio', true, [[28.64 * YI, '研发投入28.64'], [700.28 * YI, '营业收入700.28'], [4.09, '占营业收入比例4.09']], '研发投入 28.64 of 营业收入 700.28亿元 is the stated 4.09% (text and 关键绩效表)'),
  entry(SOLAR, 'ratio', true, [148, 386, 38.3], '新增发明专利 148 of 386件 is the stated 占38.3%'),
  entry(SOLAR, 'ratio', true, [862, 2_486, 34.7], '累计发明专利 862 of 2,486件 is the stated 占34.7%'),
  entry(SOLAR, 'change', true, [28.14, 32.46, 15.4], '中国 28.14 -> 32.46GW is its +15.4%'),
  entry(SOLAR, 'change', true, [13.26, 14.82, 11.8], '欧洲 13.26 -> 14.82 is its +11.8%'),
  entry(SOLAR, 'change', true, [7.92, 9.64, 21.7], '亚太 7.92 -> 9.64 is its +21.7%'),
  entry(SOLAR, 'change', true, [2.68, [4.86, '中东及非洲               4.86'], 81.3], '中东及非洲 2.68 -> 4.86 is its +81.3% (table and text)'),
  entry(SOLAR, 'change', true, [59.84, [68.06, REGION_TOTAL], 13.7], '组件出货量 59.84 -> 68.06GW is +13.7% (表1, text and 致辞)'),
  entry(SOLAR, 'change', true, [724.86 * YI, 611.88 * YI, -15.6], '组件 724.86 -> 611.88亿元 is its -15.6%'),
  entry(SOLAR, 'change', true, [62.14 * YI, 48.32 * YI, -22.2], '电池片 62.14 -> 48.32 is its -22.2%'),
  entry(SOLAR, 'change', true, [34.62 * YI, 21.24 * YI, -38.6], '硅片 34.62 -> 21.24 is its -38.6%'),
  entry(SOLAR, 'change', true, [16.28 * YI, 18.84 * YI, 15.7], '光伏电站及其他 16.28 -> 18.84 is its +15.7%'),
  entry(SOLAR, 'change', true, [837.9 * YI, [700.28 * YI, '营业收入700.28'], [16.4, '同比下降16.4']], '营业收入 837.90 -> 700.28亿元 is the stated 同比下降16.4% (and 表2\'s -16.4%)'),
  entry(SOLAR, 'change', true, [227_222, [24.92 * WAN, '综合能耗24.92'], 9.7], '综合能耗 227,222吨 -> 24.92万吨标准煤 is the stated 同比增长9.7%'),
  entry(SOLAR, 'change', true, [136_904 * WAN, 151_682 * WAN, 10.8], '用电量 136,904 -> 151,682万千瓦时 is the stated 同比增长10.8%'),
  entry(SOLAR, 'change', true, [32.8, [40.2, '绿电占比40.2'], 7.4], '绿电占比 32.8% -> 40.2% is the stated 提升7.4个百分点'),
  entry(SOLAR, 'change', true, [1_148.6 * WAN, 1_286.4 * WAN, 12], '新鲜水取水量 1,148.6 -> 1,286.4万吨 is the stated 同比增长12.0%'),
  entry(SOLAR, 'change', true, [191.9, [189, '单位出货量耗水'], 1.5], '单位出货量耗水 191.9 -> 189.0吨/MW is the stated 下降1.5%'),
  entry(SOLAR, 'change', true, [10_864, 12_486, [14.9, '同比增长14.9']], '危险废物产生量 10,864 -> 12,486吨 is the stated 同比增长14.9%'),
  entry(SOLAR, 'change', true, [34_286, 36_814, [7.4, '同比增长7.4']], '员工 34,286 -> 36,814 is the stated 同比增长7.4%'),
  entry(SOLAR, 'change', true, [31.26 * YI, [28.64 * YI, '研发投入28.64'], 8.4], '研发投入 31.26 -> 28.64亿元 is the stated 同比下降8.4%'),

  // Lumina Commercial REIT: a Singapore-listed property trust's sustainability report in English and Chinese (FY2024)
  entry(REIT_ZH, 'sum', false, [[285.66 * M, '合计                           285.66'], 98.64 * M, [72.84 * M, KALLANG_ZH], 54.26 * M, 28.42 * M, 31.86 * M], 'planted: the Chinese 表2 2024财年 98.64 + 72.84 + 54.26 + 28.42 + 31.86 = 286.02, its 合计 285.66新元百万 (加冷坊 72.48 mistyped 72.84)'),
  entry(REIT_ZH, 'change', false, [68.14 * M, [72.84 * M, KALLANG_ZH], [6.4, KALLANG_ZH]], 'the same slip: 加冷坊 68.14 -> 72.84 is +6.9%, its 变动 cell +6.4 (computed on 72.48)'),
  across(REIT_ZH, [[72.84 * M, KALLANG_ZH]], REIT_EN, [[72.48 * M, 'Kallang Point                     72.48']], 'the same slip across the pair: 加冷坊 72.84 in the Chinese 表2, Kallang Point 72.48 in the English Table 2 (a translation slip)'),
  entry(REIT_EN, 'ratio', false, [[9_684_600, 'Tampines Grove Mall'], [52_140, 'Tampines Grove Mall'], [187.5, 'Tampines Grove Mall']], 'planted: the English Table 3 Tampines Grove Mall 9,684,600 kWh over 52,140 m² is 185.7 kWh/m², its cell 187.5 (digits swapped)'),
  across(REIT_EN, [187.5], REIT_ZH, [185.7], 'the same slip across the pair: Tampines Grove Mall 187.5 kWh/m² in the English Table 3, 淡滨尼林苑购物中心 185.7 in the Chinese 表3'),
  { ...across(REIT_ZH, [[461.42 * WAN, '用电总量为'], [46_142_400, '物业组合']], REIT_EN, [[46.1 * M, 'Our properties used'], [46_142_400, 'Portfolio']], 'planted: 用电总量为461.42万千瓦时 in the Chinese text, 46,142,400千瓦时 in its 表3, 46.1 million kWh and 46,142,400 kWh in the English (a scale slip: 4,614.24万)'), atLeast: 2 },
  entry(REIT_ZH, 'change', false, [47_862_600, [461.42 * WAN, '用电总量为'], [3.6, '千瓦时减少']], 'the same slip: 47,862,600 -> 461.42万千瓦时 is -90.4%, the sentence says 减少3.6%'),
  entry(REIT_ZH, 'ratio', false, [[222_560, '增至'], 323_320, [86.8, '总建筑面积的']], 'planted: the Chinese 绿色认证建筑面积 222,560 of 323,320平方米 is 68.8%, the text says 占物业组合总建筑面积的86.8% (digits swapped)'),
  entry(REIT_ZH, 'consistency', false, [[86.8, '总建筑面积的'], [68.8, '占比达到']], 'the same slip within the Chinese: 86.8% in 一, 68.8% in the 主席致辞'),
  across(REIT_ZH, [[86.8, '总建筑面积的']], REIT_EN, [[68.8, 'or ']], 'the same slip across the pair: 86.8% in the Chinese 一, 68.8% of the portfolio in the English'),
  entry(REIT_EN, 'change', false, [[29.1, '1,148\nof 3,942 tonnes, '], [33.3, '1,286 tonnes ('], [2.4, 'recycling rate rose']], 'planted: the English recycling rate 29.1% -> 33.3% is up 4.2 points, the text says rose 2.4 percentage points (digits swapped)'),
  across(REIT_EN, [[2.4, 'recycling rate rose']], REIT_ZH, [[4.2, '回收率提升']], 'the same slip across the pair: rose 2.4 percentage points in the English, 提升4.2个百分点 in the Chinese'),
  entry(REIT_ZH, 'ratio', false, [[86, '女性'], [148, '合计               148'], [51.8, '女性']], 'planted: the Chinese 表4 2024财年 女性 86 of 148 is 58.1%, its 占比 51.8 (digits swapped)'),
  entry(REIT_ZH, 'sum', false, [[100, '合计               148'], [51.8, '女性'], [41.9, '男性']], 'the same slip: the Chinese 表4 2024财年 占比 column 51.8 + 41.9 = 93.7, its 合计 100.0'),
  across(REIT_ZH, [[51.8, '女性']], REIT_EN, [[58.1, 'Female']], 'the same slip across the pair: 女性 51.8% in the Chinese 表4, Female 58.1 in the English Table 4'),
  entry(REIT_ZH, 'consistency', false, [[800, '近800'], 842], 'planted: 近800家租户 in the Chinese 主席致辞, 842家租户 in 一 (a translation\'s qualifier: the English says more than 800)'),
  across(REIT_ZH, [[800, '近800']], REIT_EN, [[800, 'more than 800']], 'the same slip across the pair: 近800家租户 in the Chinese, more than 800 tenants in the English'),
  entry(REIT_EN, 'sum', true, [[323_320, 'Total                                         323,320'], 86_420, 64_860, 52_140, 48_620, 71_280], 'Table 1: 86,420 + 64,860 + 52,140 + 48,620 + 71,280 = 323,320 m²'),
  entry(REIT_EN, 'sum', true, [222_560, 86_420, 64_860, 71_280], 'green-certified 222,560 m² = Lumina Tower 86,420 + Kallang Point 64,860 + Changi Logistics Centre 71,280 (the rated rows of Table 1)'),
  entry(REIT_EN, 'ratio', true, [222_560, 323_320, [68.8, 'or ']], '222,560 of 323,320 m² is the stated 68.8% (text and Chairman)'),
  entry(REIT_EN, 'sum', true, [[285.66 * M, 'Total                            285.66'], 98.64 * M, 72.48 * M, 54.26 * M, 28.42 * M, 31.86 * M], 'Table 2 FY2024: 98.64 + 72.48 + 54.26 + 28.42 + 31.86 = 285.66 S$ million'),
  entry(REIT_EN, 'sum', true, [[274.02 * M, 'Total                            285.66'], 94.82 * M, 68.14 * M, 52.86 * M, 27.96 * M, 30.24 * M], 'Table 2 FY2023: 94.82 + 68.14 + 52.86 + 27.96 + 30.24 = 274.02'),
  entry(REIT_EN, 'ratio', true, [212.48 * M, 285.66 * M, 74.4], 'net property income 212.48 of 285.66 S$ million is the stated 74.4% margin'),
  entry(REIT_EN, 'ratio', true, [203.62 * M, 274.02 * M, 74.3], 'FY2023 203.62 of 274.02 is the stated 74.3%'),
  entry(REIT_EN, 'sum', true, [[46_142_400, 'Portfolio'], 14_862_400, 12_486_200, 9_684_600, 5_246_800, 3_862_400], 'Table 3: 14,862,400 + 12,486,200 + 9,684,600 + 5,246,800 + 3,862,400 = 46,142,400 kWh'),
  entry(REIT_EN, 'ratio', true, [14_862_400, 86_420, 172], 'Lumina Tower 14,862,400 kWh over 86,420 m² is its 172.0'),
  entry(REIT_EN, 'ratio', true, [12_486_200, 64_860, 192.5], 'Kallang Point 12,486,200 over 64,860 is its 192.5'),
  entry(REIT_EN, 'ratio', true, [5_246_800, 48_620, 107.9], 'Jurong Business Park 5,246,800 over 48,620 is its 107.9'),
  entry(REIT_EN, 'ratio', true, [3_862_400, 71_280, 54.2], 'Changi Logistics Centre 3,862,400 over 71,280 is its 54.2'),
  entry(REIT_EN, 'ratio', true, [46_142_400, 323_320, 142.7], 'portfolio 46,142,400 kWh over 323,320 m² is its 142.7 kWh/m² (table and text)'),
  entry(REIT_EN, 'ratio', true, [47_862_600, 323_320, 148], 'FY2023 47,862,600 kWh over 323,320 m² is the stated 148.0'),
  entry(REIT_EN, 'ratio', true, [486_240, 323_320, 1.5], 'water 486,240 m³ over 323,320 m² is the stated 1.50 m³/m²'),
  entry(REIT_EN, 'ratio', true, [498_620, 323_320, 1.54], 'FY2023 498,620 over 323,320 is the stated 1.54'),
  entry(REIT_EN, 'ratio', true, [1_286, 3_864, 33.3], 'recycled 1,286 of 3,864 tonnes is the stated 33.3%'),
  entry(REIT_EN, 'ratio', true, [1_148, 3_942, 29.1], 'FY2023 1,148 of 3,942 tonnes is the stated 29.1%'),
  entry(REIT_EN, 'sum', true, [[148, 'Total              148'], 86, [62, 'Male                62']], 'Table 4 FY2024: 86 + 62 = 148 employees'),
  entry(REIT_EN, 'sum', true, [[142, 'Total              148'], 80, [62, '41.9          62']], 'Table 4 FY2023: 80 + 62 = 142'),
  entry(REIT_EN, 'ratio', true, [86, [148, 'Total              148'], 58.1], 'female 86 of 148 is its 58.1'),
  entry(REIT_EN, 'ratio', true, [[62, 'Male                62'], [148, 'Total              148'], 41.9], 'male 62 of 148 is its 41.9'),
  entry(REIT_EN, 'ratio', true, [80, 142, 56.3], 'FY2023 female 80 of 142 is its 56.3'),
  entry(REIT_EN, 'ratio', true, [[62, '41.9          62'], 142, 43.7], 'FY2023 male 62 of 142 is its 43.7'),
  entry(REIT_EN, 'sum', true, [[100, 'Total              148'], 58.1, 41.9], 'Table 4 FY2024 share column: 58.1 + 41.9 = 100.0'),
  entry(REIT_EN, 'sum', true, [[100, '148       100.0         142'], 56.3, 43.7], 'Table 4 FY2023 share column: 56.3 + 43.7 = 100.0'),
  entry(REIT_EN, 'ratio', true, [9, 17, 52.9], 'women 9 of the 17 senior management positions is the stated 52.9%'),
  entry(REIT_EN, 'change', true, [94.82 * M, 98.64 * M, 4], 'Lumina Tower 94.82 -> 98.64 S$ million is its +4.0'),
  entry(REIT_EN, 'change', true, [68.14 * M, 72.48 * M, 6.4], 'Kallang Point 68.14 -> 72.48 is its +6.4'),
  entry(REIT_EN, 'change', true, [52.86 * M, 54.26 * M, 2.6], 'Tampines Grove Mall 52.86 -> 54.26 is its +2.6'),
  entry(REIT_EN, 'change', true, [27.96 * M, 28.42 * M, 1.6], 'Jurong Business Park 27.96 -> 28.42 is its +1.6'),
  entry(REIT_EN, 'change', true, [30.24 * M, 31.86 * M, 5.4], 'Changi Logistics Centre 30.24 -> 31.86 is its +5.4'),
  entry(REIT_EN, 'change', true, [274.02 * M, 285.66 * M, 4.2], 'gross revenue 274.02 -> 285.66 S$ million is its +4.2 (and the Chairman\'s rose 4.2%)'),
  entry(REIT_EN, 'change', true, [203.62 * M, [212.5 * M, 'grew 4.4% to'], 4.4], 'net property income 203.62 -> 212.48 (S$212.5 million) is the Chairman\'s grew 4.4%'),
  entry(REIT_EN, 'change', true, [816, 842, 3.2], 'tenants 816 -> 842 is the stated 3.2% more'),
  entry(REIT_EN, 'change', true, [47_862_600, [46_142_400, 'Portfolio'], [3.6, '3.6% less']], 'energy 47,862,600 -> 46,142,400 kWh (Table 3) is the stated 3.6% less (the text\'s rounded 46.1 million would give 3.7)'),
  entry(REIT_EN, 'change', true, [148, [142.7, 'fell 3.6% to'], [3.6, 'energy intensity fell']], 'energy intensity 148.0 -> 142.7 kWh/m² is the stated fell 3.6%'),
  entry(REIT_EN, 'change', true, [498_620, 486_240, 2.5], 'water 498,620 -> 486,240 m³ is the stated fell 2.5%'),
  entry(REIT_EN, 'change', true, [46.8, [68.8, 'or '], 22], 'green-certified share 46.8% -> 68.8% is the stated up 22.0 percentage points'),
  entry(REIT_ZH, 'sum', true, [[323_320, '合计                                              323,320'], 86_420, 64_860, 52_140, 48_620, 71_280], '表1: 86,420 + 64,860 + 52,140 + 48,620 + 71,280 = 323,320平方米'),
  entry(REIT_ZH, 'sum', true, [222_560, 86_420, 64_860, 71_280], '绿色认证建筑面积 222,560 = 朗明大厦 86,420 + 加冷坊 64,860 + 樟宜物流中心 71,280 (表1 的评级行)'),
  entry(REIT_ZH, 'sum', true, [[274.02 * M, '合计                           285.66'], 94.82 * M, 68.14 * M, 52.86 * M, 27.96 * M, 30.24 * M], '表2 2023财年: 94.82 + 68.14 + 52.86 + 27.96 + 30.24 = 274.02新元百万'),
  entry(REIT_ZH, 'ratio', true, [212.48 * M, [285.66 * M, '合计                           285.66'], 74.4], '物业净收入 212.48 of 285.66百万新元 is the stated 利润率74.4%'),
  entry(REIT_ZH, 'ratio', true, [203.62 * M, 274.02 * M, 74.3], '2023财年 203.62 of 274.02 is the stated 74.3%'),
  entry(REIT_ZH, 'sum', true, [[46_142_400, '物业组合'], 14_862_400, 12_486_200, 9_684_600, 5_246_800, 3_862_400], '表3: 14,862,400 + 12,486,200 + 9,684,600 + 5,246,800 + 3,862,400 = 46,142,400千瓦时'),
  entry(REIT_ZH, 'ratio', true, [14_862_400, 86_420, 172], '朗明大厦 14,862,400 over 86,420 is its 172.0'),
  entry(REIT_ZH, 'ratio', true, [12_486_200, 64_860, 192.5], '加冷坊 12,486,200 over 64,860 is its 192.5'),
  entry(REIT_ZH, 'ratio', true, [9_684_600, 52_140, 185.7], '淡滨尼林苑购物中心 9,684,600 over 52,140 is its 185.7'),
  entry(REIT_ZH, 'ratio', true, [5_246_800, 48_620, 107.9], '裕廊商业园 5,246,800 over 48,620 is its 107.9'),
  entry(REIT_ZH, 'ratio', true, [3_862_400, 71_280, 54.2], '樟宜物流中心 3,862,400 over 71,280 is its 54.2'),
  entry(REIT_ZH, 'ratio', true, [[46_142_400, '物业组合'], 323_320, 142.7], '物业组合 46,142,400千瓦时 over 323,320平方米 is its 142.7 (表3 and text)'),
  entry(REIT_ZH, 'ratio', true, [47_862_600, 323_320, 148], '2023财年 47,862,600 over 323,320 is the stated 148.0'),
  entry(REIT_ZH, 'ratio', true, [486_240, 323_320, 1.5], '用水 486,240立方米 over 323,320平方米 is the stated 1.50'),
  entry(REIT_ZH, 'ratio', true, [498_620, 323_320, 1.54], '2023财年 498,620 over 323,320 is the stated 1.54'),
  entry(REIT_ZH, 'ratio', true, [1_286, 3_864, 33.3], '回收 1,286 of 3,864吨 is the stated 33.3%'),
  entry(REIT_ZH, 'ratio', true, [1_148, 3_942, 29.1], '2023财年 1,148 of 3,942吨 is the stated 29.1%'),
  entry(REIT_ZH, 'sum', true, [[148, '合计               148'], [86, '女性'], [62, '男性                62']], '表4 2024财年: 86 + 62 = 148名'),
  entry(REIT_ZH, 'sum', true, [[142, '合计               148'], 80, [62, '41.9         62']], '表4 2023财年: 80 + 62 = 142'),
  entry(REIT_ZH, 'ratio', true, [[62, '男性                62'], [148, '合计               148'], 41.9], '男性 62 of 148 is its 41.9'),
  entry(REIT_ZH, 'ratio', true, [80, 142, 56.3], '2023财年 女性 80 of 142 is its 56.3'),
  entry(REIT_ZH, 'ratio', true, [[62, '41.9         62'], 142, 43.7], '2023财年 男性 62 of 142 is its 43.7'),
  entry(REIT_ZH, 'sum', true, [[100, '148          100.0        142'], 56.3, 43.7], '表4 2023财年 占比 column: 56.3 + 43.7 = 100.0'),
  entry(REIT_ZH, 'ratio', true, [9, 17, 52.9], '17个高级管理职位中女性担任9个 is the stated 52.9%'),
  entry(REIT_ZH, 'change', true, [94.82 * M, 98.64 * M, 4], '朗明大厦 94.82 -> 98.64 is its +4.0'),
  entry(REIT_ZH, 'change', true, [52.86 * M, 54.26 * M, 2.6], '淡滨尼林苑购物中心 52.86 -> 54.26 is its +2.6'),
  entry(REIT_ZH, 'change', true, [27.96 * M, 28.42 * M, 1.6], '裕廊商业园 27.96 -> 28.42 is its +1.6'),
  entry(REIT_ZH, 'change', true, [30.24 * M, 31.86 * M, 5.4], '樟宜物流中心 30.24 -> 31.86 is its +5.4'),
  entry(REIT_ZH, 'change', true, [274.02 * M, 285.66 * M, 4.2], '总收入 274.02 -> 285.66 is its +4.2 (and the 致辞\'s 增长4.2%, 2.857亿新元)'),
  entry(REIT_ZH, 'change', true, [203.62 * M, 212.48 * M, 4.4], '物业净收入 203.62 -> 212.48百万新元 is the 致辞\'s 增长4.4%'),
  entry(REIT_ZH, 'change', true, [816, 842, 3.2], '租户 816 -> 842家 is the stated 增加3.2%'),
  entry(REIT_ZH, 'change', true, [148, [142.7, '每平方米'], [3.6, '能耗强度下降']], '能耗强度 148.0 -> 142.7 is the stated 下降3.6%'),
  entry(REIT_ZH, 'change', true, [498_620, 486_240, 2.5], '用水量 498,620 -> 486,240立方米 is the stated 下降2.5%'),
  entry(REIT_ZH, 'change', true, [29.1, 33.3, [4.2, '回收率提升']], '回收率 29.1% -> 33.3% is the stated 提升4.2个百分点'),
];
