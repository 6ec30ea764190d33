// The fortieth blind batch (written in session 31, after batch 41): three engagements of report kinds outside batches
// 1–39 and 41, written as their published reports read (aligned tables with wrapped labels, a unit or scale in each
// table's header, year-before columns, a `Change (%)` / `同比变动（%）` column, footnotes, a letter restating the year): a
// Norwegian salmon farmer's sustainability report in English (harvest in tonnes GWT by region with a Total and a Change
// column, biomass at sea in tonnes LWT, revenue by segment in NOK million, mortality of fish released, adult female sea lice
// per fish, antibiotics in kg and g per tonne harvested, feed used and biomass produced with the eFCR, energy by source in
// GWh with the electricity share, Scope 1 / 2 / 3 tCO2e with tCO2e per tonne harvested, women employees); a Chinese
// telecom operator's ESG 报告 in simplified Chinese and its English version in a second file, checked together (移动客户 /
// 5G套餐客户 亿户 and 渗透率 with 个百分点 / million customers, 基站 万个 / thousand by type with 同比变动, 营业收入 亿元 / RMB million by
// item, 电信业务总量 亿元 / RMB billion, 综合能耗 万吨标准煤 / 10,000 tonnes of standard coal by source with the electricity share,
// 单位电信业务总量综合能耗 千克标准煤/万元, 员工 by 性别 in the text and by 学历 in a 表 with 占比, 公益投入 万元 in a bullet list /
// RMB million in a dash list); a Canadian forestry company's English report (harvest in m³ by province with a Total and a
// Change column, certified area in million ha by standard with its share of the managed area, seedlings planted in
// million by province and per hectare, wood fibre sources in thousand m³ with a share column, sales by segment in C$
// million with a Change column, lost-time incidents per 200,000 hours with a five-year table, Indigenous employees and
// procurement shares).
// Planted (as real drafts slip): totals that no longer add (Nordfjord's energy table with electricity 84.6 for 86.4 GWh
// and its 2022 Scope 3 589,640 for 598,640; 华讯's 表3 2023 外购热力 56.2 for 52.6; the English base-station table with 4G
// 3,216 for 3,126; Boreal Ridge's harvest table with Ontario 1,946,200 for 1,964,200); share columns that no longer add
// (表4 大专 占比 27.4 for 24.7, to 102.7; the fibre table's private woodlots 19.4 for 14.9, to 104.5); shares, ratios and
// intensities that do not compute (Region West `25.9%` for 25.1; the 2022 eFCR `1.24` for 1.21; Scope 1 and 2 `0.72 tCO2e`
// per tonne for 0.27; the English 5G share 80.6% of 759 million; the English women `(43.2%)`; 大专 27.4; private woodlots
// 19.4; `2,430 seedlings per hectare` for 2,403; the five-year table's 2022 LTIR 0.46 against 51 incidents in 15,862,000
// hours); change cells and rates (Region Mid `-4.8` for -4.4; marine gas oil `rose 5.3%` for 3.5; mortality `down 1.6
// percentage points` for 1.3; the CEO's 146,460 tonnes `up 4.0%`; the English 4G change cell -1.8 against 3,216; the
// English energy intensity `down 4.5%` for 5.5; Ontario `+4.3` against 1,946,200; Pulp and paper `-5.8` for -8.5); one
// metric two ways (the CEO's 146,460 / 164,460 tonnes, transposed; NOK 17.2 billion / 17,020 NOK million; electricity
// 86.4 / 84.6 GWh; `nearly 1,400` / `more than 1,400` colleagues, a turned qualifier, and `more than 1,400` against 1,386;
// 5G套餐客户 7.95亿户 / 759 million, a translation slip; 4G 312.6万个 / 3,216 thousand; 下降5.5% / `down 4.5%`; `RMB 100,930
// million` against 1,009,300 RMB million and 10,093亿元, a scale slip; 女性 42.3% / 43.2%; 公益投入近2.9亿元 / `over RMB 290
// million`, a turned qualifier across the pair; 外购热力 56.2 / 52.6; 大专 27.4 / 24.7; Ontario `1.96 million m³` against
// 1,946,200; the CEO's `More than 92%` certified against 91.9%; the CEO's 64.8 / 68.4 million seedlings; LTIR 2022 0.46 in
// the five-year table / 0.64 in the text).
// Annotated as a reader sees them and committed before any run of the checks, the command line or extraction on them.
// Traps that must not be flagged: 112,640 tonnes LWT of biomass at sea beside the harvest in GWT; the 2026 mortality target
// below 7% and the 2030 eFCR target 1.10; 96% non-medicinal treatments and 74% marine trimmings; Scope 2 2,420 tCO2e;
// Nordfjord's 2022 Scope 1 and 2 intensity 0.29 (it holds: 46,430 over 158,100); 超9.8亿户 and `more than 980 million`
// beside 9.86亿 / 986 million (they hold); `1.942 million 5G base stations` beside 194.2万个 and 1,942 thousand; `10.864
// million tonnes of standard coal` beside 1,086.4万吨标准煤; RMB 2,048.0 billion beside 20,480亿元; 公益投入近2.9亿元 beside
// 28,640万元 (it holds); the cumulative 超过18亿元 / more than RMB 1.8 billion since 2016 beside the year's; the 2025 target of
// 23% off 2020; 约5.6万个 sites closed beside 56.1 kg; C$5.08 billion beside 5,080.0 C$ million (and its down 14.3%); 1.26
// billion trees planted since 1990 beside the year's 68.4 million; 97.4% and the 100% target of certified purchased fibre;
// 56.4% of seedlings in British Columbia beside Lumber's 56.4% of sales (same digits, other metrics); the 2022 seedlings
// 64.2 million beside the CEO's slipped 64.8.

import type { Engagement } from './key';
import { across, B, engagements, entry, K, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b40';
const SALMON = 'nordfjord-salmon-sustainability-report-2023.txt';
const TEL_ZH = 'huaxun-mobile-esg-2023-zh.txt';
const TEL_EN = 'huaxun-mobile-esg-2023-en.txt';
const FOREST = 'boreal-ridge-forest-products-sustainability-2023.txt';

export const BATCH_40_ENGAGEMENTS: Engagement[] = engagements(DIR, [SALMON, [TEL_ZH, TEL_EN], FOREST]);

const ELEC = 'processing)';

export const BATCH_40_KEY: KeyEntry[] = [
  // Nordfjord Salmon ASA: a Norwegian salmon farmer's sustainability report in English (2023)
  entry(SALMON, 'change', false, [57_310, [54_760, 'Region Mid'], [-4.8, 'Nordland)']], 'planted: Table 1 Region Mid 57,310 -> 54,760 tonnes GWT is -4.4%, its Change cell -4.8'),
  entry(SALMON, 'ratio', false, [[41_280, 'Region West'], [164_460, 'Total'], [25.9, 'Region West contributed']], 'planted: Region West 41,280 of 164,460 tonnes is 25.1%, the text says contributed 25.9%'),
  entry(SALMON, 'sum', false, [[261.6, 'Total'], 48.6, 112.4, [84.6, ELEC], 14.2], 'planted: Table 3 2023 48.6 + 112.4 + 84.6 + 14.2 = 259.8, its Total 261.6 GWh (electricity 86.4 mistyped 84.6)'),
  entry(SALMON, 'consistency', false, [[86.4, 'Electricity, '], [84.6, ELEC]], 'the same slip: electricity 86.4 GWh in the text, 84.6 in Table 3'),
  entry(SALMON, 'change', false, [108.6, 112.4, [5.3, 'rose ']], 'planted: marine gas oil 108.6 -> 112.4 GWh is +3.5%, the text says rose 5.3%'),
  entry(SALMON, 'ratio', false, [[44_280, 'together came to'], [164_460, 'Total'], 0.72], 'planted: Scope 1 and 2 44,280 tCO2e over 164,460 tonnes harvested is 0.27 tCO2e per tonne, the text says 0.72 (digits swapped)'),
  entry(SALMON, 'sum', false, [[645_070, 'Total'], 44_120, 2_310, 589_640], 'planted: Table 4 2022 44,120 + 2,310 + 589,640 = 636,070, its Total 645,070 tCO2e (Scope 3 598,640 mistyped 589,640)'),
  entry(SALMON, 'consistency', false, [[146_460, 'harvested'], [164_460, 'Total']], 'planted: the CEO harvested 146,460 tonnes of salmon, Table 1 164,460 (digits swapped)'),
  entry(SALMON, 'change', false, [158_100, [146_460, 'harvested'], [4, 'salmon, up']], 'the same slip: 158,100 -> the CEO\'s 146,460 tonnes is -7.4%, the letter says up 4.0% (computed on 164,460)'),
  entry(SALMON, 'consistency', false, [17.2 * B, 17_020 * M], 'planted: revenue reached NOK 17.2 billion in the CEO\'s letter, NOK 17,020 million in Table 2 and the text (17.0 billion)'),
  entry(SALMON, 'change', false, [10.3, [9, 'mortality of'], [1.6, 'down']], 'planted: mortality 10.3% -> 9.0% is down 1.3 percentage points, the text says down 1.6'),
  entry(SALMON, 'ratio', false, [209_870, 172_800, 1.24], 'planted: 2022 feed 209,870 over biomass produced 172,800 tonnes is an eFCR of 1.21, the table says 1.24'),
  entry(SALMON, 'consistency', false, [[1_400, 'Our nearly'], [1_400, 'more than']], 'planted: `nearly 1,400 colleagues` in the CEO\'s letter, `more than 1,400 employees` in section 4 (a turned qualifier)'),
  entry(SALMON, 'consistency', false, [[1_400, 'more than'], 1_386], 'the same slip against the count: more than 1,400 employees, 1,386 people at year end'),
  entry(SALMON, 'sum', true, [[164_460, 'Total'], 68_420, 54_760, [41_280, 'Region West']], 'Table 1 2023: 68,420 + 54,760 + 41,280 = 164,460 tonnes GWT'),
  entry(SALMON, 'sum', true, [158_100, 61_850, 57_310, 38_940], 'Table 1 2022: 61,850 + 57,310 + 38,940 = 158,100'),
  entry(SALMON, 'ratio', true, [68_420, [164_460, 'Total'], 41.6], 'Region North 68,420 of 164,460 is the stated 41.6%'),
  entry(SALMON, 'sum', true, [[17_020 * M, 'Total'], 12_460 * M, 4_218 * M, 342 * M], 'Table 2 2023: 12,460 + 4,218 + 342 = 17,020 NOK million'),
  entry(SALMON, 'sum', true, [15_522 * M, 11_240 * M, 3_964 * M, 318 * M], 'Table 2 2022: 11,240 + 3,964 + 318 = 15,522'),
  entry(SALMON, 'ratio', true, [31.6 * M, 2.84 * M, [9, 'mortality of']], '2.84 million fish lost of 31.6 million released is the stated mortality of 9.0%'),
  entry(SALMON, 'ratio', true, [42.6, [164_460, 'Total'], 0.26], '42.6 kg of antibiotics over 164,460 tonnes harvested is the stated 0.26 g per tonne'),
  entry(SALMON, 'ratio', true, [96.4, 158_100, 0.61], '2022 96.4 kg over 158,100 tonnes is the stated 0.61 g per tonne'),
  entry(SALMON, 'ratio', true, [218_450, 186_240, [1.17, 'eFCR)']], 'feed 218,450 over biomass produced 186,240 tonnes is the stated eFCR 1.17'),
  entry(SALMON, 'sum', true, [253.2, 56.2, 108.6, 78.8, 9.6], 'Table 3 2022: 56.2 + 108.6 + 78.8 + 9.6 = 253.2 GWh'),
  entry(SALMON, 'ratio', true, [[86.4, 'Electricity, '], [261.6, 'Total'], 33], 'electricity 86.4 of 261.6 GWh is the stated 33.0%'),
  entry(SALMON, 'ratio', true, [78.8, 253.2, 31.1], '2022 78.8 of 253.2 is the stated 31.1%'),
  entry(SALMON, 'sum', true, [[656_760, 'Total'], 41_860, 2_420, 612_480], 'Table 4 2023: 41,860 + 2,420 + 612,480 = 656,760 tCO2e'),
  entry(SALMON, 'sum', true, [[44_280, 'together came to'], 41_860, 2_420], 'Scope 1 and 2 together 44,280 = 41,860 + 2,420'),
  entry(SALMON, 'ratio', true, [656_760, [164_460, 'Total'], 3.99], '656,760 tCO2e over 164,460 tonnes harvested is its 3.99 tCO2e per tonne'),
  entry(SALMON, 'ratio', true, [645_070, 158_100, 4.08], '2022 645,070 over 158,100 is its 4.08'),
  entry(SALMON, 'ratio', true, [612_480, 656_760, 93.3], 'Scope 3 612,480 of 656,760 is the stated 93.3% of the total'),
  entry(SALMON, 'ratio', true, [412, 1_386, 29.7], '412 women of 1,386 employees is the stated 29.7%'),
  entry(SALMON, 'change', true, [61_850, 68_420, 10.6], 'Region North 61,850 -> 68,420 is its +10.6'),
  entry(SALMON, 'change', true, [38_940, [41_280, 'Region West'], 6], 'Region West 38,940 -> 41,280 is its +6.0'),
  entry(SALMON, 'change', true, [158_100, [164_460, 'Total'], 4], 'harvest 158,100 -> 164,460 is its +4.0'),
  entry(SALMON, 'change', true, [15_522 * M, 17_020 * M, 9.7], 'revenue 15,522 -> 17,020 NOK million is the stated grew 9.7%'),
  entry(SALMON, 'change', true, [11_240 * M, 12_460 * M, 10.9], 'Farming 11,240 -> 12,460 is the stated rose 10.9%'),
  entry(SALMON, 'change', true, [0.24, 0.18, 25], 'adult female lice 0.24 -> 0.18 per fish is the stated down 25.0%'),
  entry(SALMON, 'change', true, [96.4, 42.6, 55.8], 'antibiotics 96.4 -> 42.6 kg is the stated reduction of 55.8%'),
  entry(SALMON, 'change', true, [253.2, [261.6, 'rose 3.3% to'], 3.3], 'total energy 253.2 -> 261.6 GWh is the stated rose 3.3%'),
  entry(SALMON, 'change', true, [56.2, 48.6, 13.5], 'diesel 56.2 -> 48.6 GWh is the stated fell 13.5%'),
  entry(SALMON, 'change', true, [44_120, 41_860, 5.1], 'Scope 1 44,120 -> 41,860 is the stated fell 5.1%'),
  entry(SALMON, 'change', true, [645_070, 656_760, 1.8], 'total emissions 645,070 -> 656,760 is the stated rose 1.8%'),

  // 华讯移动 Huaxun Mobile: a Chinese telecom operator's ESG report in simplified Chinese and its English version (2023)
  { ...across(TEL_ZH, [7.95 * YI], TEL_EN, [759 * M], 'planted: 5G套餐客户 7.95亿户 in the Chinese (致辞 and 一), 759 million 5G package customers in the English (a translation slip; 795 million)'), atLeast: 2 },
  entry(TEL_EN, 'ratio', false, [[759 * M, 'numbered'], [986 * M, 'we had'], 80.6], 'the same slip: 759 million of 986 million mobile customers is 77.0%, the English says 80.6%'),
  entry(TEL_EN, 'sum', false, [[5_552 * K, 'Total'], 1_942 * K, 3_216 * K, 484 * K], 'planted: English Table 1 2023 1,942 + 3,216 + 484 = 5,642, its Total 5,552 thousand base stations (4G 3,126 mistyped 3,216)'),
  entry(TEL_EN, 'change', false, [3_184 * K, 3_216 * K, -1.8], 'the same slip: 4G 3,184 -> 3,216 thousand is +1.0%, its Change cell -1.8 (computed on 3,126)'),
  across(TEL_ZH, [312.6 * WAN], TEL_EN, [3_216 * K], 'the same slip across the pair: 4G基站 312.6万个 in the Chinese 表1, 3,216 thousand in the English Table 1'),
  entry(TEL_EN, 'change', false, [56.1, [53, 'volume was'], [4.5, 'down']], 'planted: energy per unit of business volume 56.1 -> 53.0 kg per RMB 10,000 is -5.5%, the English says down 4.5% (and fell 4.5% in the Chairman\'s statement)'),
  across(TEL_ZH, [[5.5, '下降']], TEL_EN, [4.5], 'the same slip across the pair: 单位电信业务总量综合能耗 下降5.5% in the Chinese, down / fell 4.5% in the English'),
  { ...across(TEL_EN, [[100_930 * M, 'revenue reached RMB'], [1_009_300 * M, 'Operating revenue']], TEL_ZH, [10_093 * YI], 'planted: operating revenue `RMB 100,930 million` in the English Chairman\'s statement, 1,009,300 RMB million in its Table 2 and 10,093亿元 in the Chinese (a scale slip)'), atLeast: 2 },
  entry(TEL_EN, 'change', false, [937_500 * M, [100_930 * M, 'revenue reached RMB'], [7.7, 'million, up']], 'the same slip: 937,500 -> the Chairman\'s RMB 100,930 million is -89.2%, it says up 7.7% (on 1,009,300; added by the lead in session 35 when the checks reported it, as batches 27 and 28 key a mis-scaled value\'s change)'),
  entry(TEL_EN, 'ratio', false, [192_140, [454_620, 'we had'], 43.2], 'planted: 192,140 women of 454,620 employees is 42.3%, the English says (43.2%)'),
  across(TEL_ZH, [[42.3, '占']], TEL_EN, [43.2], 'the same slip across the pair: 女性员工 占42.3% in the Chinese, women (43.2%) in the English'),
  across(TEL_ZH, [[2.9 * YI, '公益投入近']], TEL_EN, [[290 * M, 'investing over RMB']], 'planted: 公益投入近2.9亿元 (nearly) in the Chinese 致辞, `over RMB 290 million` in the English (a turned qualifier; 28,640万元 / RMB 286.4 million)'),
  // keyed by the lead in session 63: a check over the planted slip that a rule of the session reported, another relation it breaks
  entry(TEL_EN, 'consistency', false, [[290 * M, 'investing over RMB'], [286.4 * M, 'totalled RMB']], "the same slip: the English Chairman's statement's over RMB 290 million, 4's RMB 286.4 million"),
  entry(TEL_ZH, 'sum', false, [[1_086.4 * WAN, '合计'], 952.6 * WAN, 42.8 * WAN, 38.4 * WAN, 56.2 * WAN], 'planted: 表3 2023年 952.6 + 42.8 + 38.4 + 56.2 = 1,090.0, its 合计 1,086.4万吨标准煤 (外购热力 52.6 mistyped 56.2)'),
  across(TEL_ZH, [56.2 * WAN], TEL_EN, [52.6 * WAN], 'the same slip across the pair: 外购热力 56.2 in the Chinese 表3, purchased heat 52.6 in the English Table 3'),
  entry(TEL_ZH, 'ratio', false, [112_460, [454_620, '合计'], 27.4], 'planted: 表4 大专 112,460 of 454,620 is 24.7%, its 占比 cell 27.4 (digits swapped)'),
  entry(TEL_ZH, 'sum', false, [[100, '454,620'], 8.5, 54.7, 27.4, 12.1], 'the same slip: 表4 占比 column 8.5 + 54.7 + 27.4 + 12.1 = 102.7, its 合计 100.0'),
  across(TEL_ZH, [27.4], TEL_EN, [24.7], 'the same slip across the pair: 大专 占比 27.4 in the Chinese 表4, junior college 24.7 in the English Table 4'),
  entry(TEL_ZH, 'ratio', true, [[7.95 * YI, '其中5G套餐客户'], [9.86 * YI, '移动客户达到'], 80.6], '5G套餐客户 7.95 of 9.86亿户 is the stated 渗透率80.6%'),
  entry(TEL_ZH, 'change', true, [63, 80.6, 17.6], '渗透率 63.0% -> 80.6% is the stated 提升17.6个百分点'),
  entry(TEL_ZH, 'sum', true, [[555.2 * WAN, '合计'], [194.2 * WAN, '5G基站  '], 312.6 * WAN, 48.4 * WAN], '表1 2023年: 194.2 + 312.6 + 48.4 = 555.2万个'),
  entry(TEL_ZH, 'sum', true, [503.2 * WAN, 128.5 * WAN, 318.4 * WAN, 56.3 * WAN], '表1 2022年: 128.5 + 318.4 + 56.3 = 503.2'),
  entry(TEL_ZH, 'change', true, [128.5 * WAN, [194.2 * WAN, '5G基站  '], 51.1], '5G基站 128.5 -> 194.2万个 is its 51.1'),
  entry(TEL_ZH, 'change', true, [318.4 * WAN, 312.6 * WAN, -1.8], '4G基站 318.4 -> 312.6 is its -1.8'),
  entry(TEL_ZH, 'change', true, [56.3 * WAN, 48.4 * WAN, -14], '2G及其他 56.3 -> 48.4 is its -14.0'),
  entry(TEL_ZH, 'change', true, [503.2 * WAN, 555.2 * WAN, 10.3], '合计 503.2 -> 555.2 is its 10.3'),
  entry(TEL_ZH, 'sum', true, [[10_093 * YI, '营业收入    '], 8_635 * YI, 1_458 * YI], '表2 2023年: 8,635 + 1,458 = 10,093亿元'),
  entry(TEL_ZH, 'sum', true, [9_375 * YI, 8_125 * YI, 1_250 * YI], '表2 2022年: 8,125 + 1,250 = 9,375'),
  entry(TEL_ZH, 'change', true, [9_375 * YI, 10_093 * YI, 7.7], '营业收入 9,375 -> 10,093亿元 is its 7.7 (表2 and 致辞)'),
  entry(TEL_ZH, 'change', true, [8_125 * YI, 8_635 * YI, 6.3], '通信服务收入 8,125 -> 8,635 is its 6.3'),
  entry(TEL_ZH, 'change', true, [1_250 * YI, 1_458 * YI, 16.6], '销售产品收入及其他 1,250 -> 1,458 is its 16.6'),
  entry(TEL_ZH, 'change', true, [18_260 * YI, 20_480 * YI, 12.2], '电信业务总量 18,260 -> 20,480亿元 is the stated 同比增长12.2%'),
  entry(TEL_ZH, 'sum', true, [1_024.8 * WAN, 896.2 * WAN, 40.6 * WAN, 41.2 * WAN, 46.8 * WAN], '表3 2022年: 896.2 + 40.6 + 41.2 + 46.8 = 1,024.8万吨标准煤'),
  entry(TEL_ZH, 'change', true, [1_024.8 * WAN, [1_086.4 * WAN, '综合能耗'], 6], '综合能耗 1,024.8 -> 1,086.4万吨标准煤 is the stated 同比增长6.0%'),
  entry(TEL_ZH, 'ratio', true, [952.6 * WAN, [1_086.4 * WAN, '综合能耗'], 87.7], '电力 952.6 of 1,086.4万吨标准煤 is the stated 87.7%'),
  entry(TEL_ZH, 'ratio', true, [[1_086.4 * WAN, '综合能耗'], 20_480 * YI, 53], '1,086.4万吨标准煤 over 电信业务总量 20,480亿元 is the stated 53.0千克标准煤/万元'),
  entry(TEL_ZH, 'ratio', true, [1_024.8 * WAN, 18_260 * YI, 56.1], '2022年 1,024.8万吨 over 18,260亿元 is the stated 56.1'),
  entry(TEL_ZH, 'change', true, [56.1, 53, [5.5, '下降']], '单位电信业务总量综合能耗 56.1 -> 53.0 is the stated 下降5.5% (text and 致辞)'),
  entry(TEL_ZH, 'sum', true, [[454_620, '共有员工'], 262_480, 192_140], '员工454,620人 = 男性262,480 + 女性192,140'),
  entry(TEL_ZH, 'ratio', true, [262_480, [454_620, '共有员工'], 57.7], '男性 262,480 of 454,620 is the stated 占57.7%'),
  entry(TEL_ZH, 'ratio', true, [192_140, [454_620, '共有员工'], [42.3, '占']], '女性 192,140 of 454,620 is the stated 占42.3%'),
  entry(TEL_ZH, 'change', true, [449_860, [454_620, '共有员工'], 1.1], '员工 449,860 -> 454,620 is the stated 增长1.1%'),
  entry(TEL_ZH, 'sum', true, [[454_620, '合计'], 38_420, 248_860, 112_460, 54_880], '表4: 38,420 + 248,860 + 112,460 + 54,880 = 454,620'),
  entry(TEL_ZH, 'ratio', true, [38_420, [454_620, '合计'], 8.5], '研究生及以上 38,420 of 454,620 is its 8.5'),
  entry(TEL_ZH, 'ratio', true, [248_860, [454_620, '合计'], 54.7], '本科 248,860 of 454,620 is its 54.7'),
  entry(TEL_ZH, 'ratio', true, [54_880, [454_620, '合计'], 12.1], '高中及以下 54,880 of 454,620 is its 12.1'),
  entry(TEL_ZH, 'sum', true, [[28_640 * WAN, '公益投入合计'], 18_620 * WAN, 5_480 * WAN, 3_260 * WAN, 1_280 * WAN], '公益投入合计28,640万元 = 18,620 + 5,480 + 3,260 + 1,280 (bullet list)'),
  entry(TEL_ZH, 'change', true, [25_180 * WAN, 28_640 * WAN, 13.7], '公益投入 25,180 -> 28,640万元 is the stated 同比增长13.7%'),
  entry(TEL_EN, 'sum', true, [5_032 * K, 1_285 * K, 3_184 * K, 563 * K], 'English Table 1 2022: 1,285 + 3,184 + 563 = 5,032 thousand base stations'),
  entry(TEL_EN, 'change', true, [1_285 * K, [1_942 * K, '5G base stations  '], 51.1], '5G 1,285 -> 1,942 thousand is its 51.1'),
  entry(TEL_EN, 'change', true, [563 * K, 484 * K, -14], '2G and other 563 -> 484 is its -14.0'),
  entry(TEL_EN, 'change', true, [5_032 * K, 5_552 * K, 10.3], 'Total 5,032 -> 5,552 is its 10.3'),
  entry(TEL_EN, 'sum', true, [[1_009_300 * M, 'Operating revenue'], 863_500 * M, 145_800 * M], 'English Table 2 2023: 863,500 + 145,800 = 1,009,300 RMB million'),
  entry(TEL_EN, 'sum', true, [937_500 * M, 812_500 * M, 125_000 * M], 'English Table 2 2022: 812,500 + 125,000 = 937,500'),
  entry(TEL_EN, 'change', true, [937_500 * M, [1_009_300 * M, 'Operating revenue'], 7.7], 'operating revenue 937,500 -> 1,009,300 RMB million is its 7.7'),
  entry(TEL_EN, 'change', true, [1_826 * B, 2_048 * B, 12.2], 'business volume RMB 1,826.0 -> 2,048.0 billion is the stated up 12.2%'),
  entry(TEL_EN, 'sum', true, [1_086.4 * WAN, 952.6 * WAN, 42.8 * WAN, 38.4 * WAN, 52.6 * WAN], 'English Table 3 2023: 952.6 + 42.8 + 38.4 + 52.6 = 1,086.4 (10,000 tonnes of standard coal)'),
  entry(TEL_EN, 'sum', true, [1_024.8 * WAN, 896.2 * WAN, 40.6 * WAN, 41.2 * WAN, 46.8 * WAN], 'English Table 3 2022: 896.2 + 40.6 + 41.2 + 46.8 = 1,024.8'),
  entry(TEL_EN, 'ratio', true, [952.6 * WAN, 10.864 * M, 87.7], 'electricity 952.6 (10,000 tonnes) of 10.864 million tonnes of standard coal is the stated 87.7%'),
  entry(TEL_EN, 'sum', true, [[454_620, 'we had'], 262_480, 192_140], '454,620 employees = 262,480 men + 192,140 women'),
  entry(TEL_EN, 'ratio', true, [262_480, [454_620, 'we had'], 57.7], 'men 262,480 of 454,620 is the stated (57.7%)'),
  entry(TEL_EN, 'change', true, [449_860, [454_620, 'we had'], 1.1], 'employees 449,860 -> 454,620 is the stated 1.1% more'),
  entry(TEL_EN, 'sum', true, [[454_620, 'Total'], 38_420, 248_860, 112_460, 54_880], 'English Table 4: 38,420 + 248,860 + 112,460 + 54,880 = 454,620'),
  entry(TEL_EN, 'ratio', true, [112_460, [454_620, 'Total'], 24.7], 'junior college 112,460 of 454,620 is its 24.7'),
  entry(TEL_EN, 'ratio', true, [248_860, [454_620, 'Total'], 54.7], "bachelor's degree 248,860 of 454,620 is its 54.7"),
  entry(TEL_EN, 'ratio', true, [38_420, [454_620, 'Total'], 8.5], 'postgraduate 38,420 of 454,620 is its 8.5'),
  entry(TEL_EN, 'ratio', true, [54_880, [454_620, 'Total'], 12.1], 'high school and below 54,880 of 454,620 is its 12.1'),
  entry(TEL_EN, 'sum', true, [[100, '454,620'], 8.5, 54.7, 24.7, 12.1], 'English Table 4 share column: 8.5 + 54.7 + 24.7 + 12.1 = 100.0'),
  entry(TEL_EN, 'sum', true, [[286.4 * M, 'totalled RMB'], 186.2 * M, 54.8 * M, 32.6 * M, 12.8 * M], 'community investment RMB 286.4 million = 186.2 + 54.8 + 32.6 + 12.8 (dash list)'),
  entry(TEL_EN, 'change', true, [251.8 * M, 286.4 * M, 13.7], 'community investment RMB 251.8 -> 286.4 million is the stated up 13.7%'),

  // Boreal Ridge Forest Products: a Canadian forestry company's sustainability report in English (2023)
  entry(FOREST, 'sum', false, [[10_531_500, 'Total'], 4_862_300, 2_418_600, [1_946_200, 'Ontario'], 1_286_400], 'planted: Table 1 2023 4,862,300 + 2,418,600 + 1,946,200 + 1,286,400 = 10,513,500, its Total 10,531,500 m³ (Ontario 1,964,200 mistyped 1,946,200)'),
  entry(FOREST, 'change', false, [1_882_600, [1_946_200, 'Ontario'], 4.3], 'the same slip: Ontario 1,882,600 -> 1,946,200 m³ is +3.4%, its Change cell +4.3 (computed on 1,964,200)'),
  entry(FOREST, 'consistency', false, [[1.96 * M, 'rose to'], [1_946_200, 'Ontario']], 'the same slip: Ontario\'s harvest rose to 1.96 million m³ in the text, 1,946,200 in Table 1 (1.95 million)'),
  entry(FOREST, 'ratio', false, [[2_214 * K, 'Private woodlots'], [14_860 * K, 'Total'], [19.4, 'Private woodlots']], 'planted: Table 4 private woodlots 2,214 of 14,860 thousand m³ is 14.9%, its Share cell 19.4 (digits swapped)'),
  entry(FOREST, 'sum', false, [[100, '14,860'], 63.8, [19.4, 'Private woodlots'], 17.8, 3.5], 'the same slip: Table 4 share column 63.8 + 19.4 + 17.8 + 3.5 = 104.5, its Total 100.0'),
  { ...entry(FOREST, 'consistency', false, [[92, 'More than'], [91.9, 'standards, '], [91.9, 'Total certified']], 'planted: `More than 92%` of the managed forest certified in the CEO\'s message, 91.9% in 1.2 and Table 2 (a turned qualifier: nearly)'), atLeast: 2 },
  entry(FOREST, 'consistency', false, [[64.8 * M, 'contractors planted'], [68.4 * M, 'In 2023 we planted']], 'planted: the CEO\'s crews planted 64.8 million seedlings, 68.4 million in 1.3 and Table 3 (digits swapped)'),
  entry(FOREST, 'ratio', false, [[68.4 * M, 'In 2023 we planted'], 28_460, 2_430], 'planted: 68.4 million seedlings on 28,460 ha is 2,403 per hectare, the text says 2,430'),
  entry(FOREST, 'consistency', false, [[0.46, 'LTIR (per 200,000 hours)'], [0.64, 'hours and']], 'planted: 2022 LTIR 0.46 in the five-year table, 0.64 in section 4 (digits swapped)'),
  entry(FOREST, 'ratio', false, [51, 15_862_000, [0.46, 'LTIR (per 200,000 hours)']], 'the same slip: 51 lost-time incidents x 200,000 over 15,862,000 hours is 0.64, the five-year table says 0.46'),
  entry(FOREST, 'change', false, [1_624.2 * M, 1_486.8 * M, -5.8], 'planted: Pulp and paper 1,624.2 -> 1,486.8 C$ million is -8.5%, its Change cell -5.8 (digits swapped)'),
  entry(FOREST, 'sum', true, [10_644_500, 5_214_800, 2_306_400, 1_882_600, 1_240_700], 'Table 1 2022: 5,214,800 + 2,306,400 + 1,882,600 + 1,240,700 = 10,644,500 m³'),
  entry(FOREST, 'ratio', true, [4_862_300, [10_531_500, 'Total'], 46.2], 'British Columbia 4,862,300 of 10,531,500 m³ is the stated 46.2%'),
  entry(FOREST, 'ratio', true, [5_214_800, 10_644_500, 49], '2022 5,214,800 of 10,644,500 is the stated 49.0%'),
  entry(FOREST, 'ratio', true, [[8.42 * M, 'At year end'], 9.16 * M, [91.9, 'standards, ']], '8.42 million ha certified of 9.16 million ha managed is the stated 91.9%'),
  entry(FOREST, 'ratio', true, [8.16 * M, 9.08 * M, 89.9], '2022 8.16 of 9.08 million ha is the stated 89.9%'),
  entry(FOREST, 'sum', true, [[8.42 * M, 'Total certified'], 5.86 * M, 2.56 * M], 'Table 2: SFI 5.86 + FSC 2.56 = 8.42 million ha certified'),
  entry(FOREST, 'ratio', true, [5.86 * M, 9.16 * M, 64], 'SFI 5.86 of 9.16 million ha is its 64.0'),
  entry(FOREST, 'ratio', true, [2.56 * M, 9.16 * M, 27.9], 'FSC 2.56 of 9.16 million ha is its 27.9'),
  entry(FOREST, 'sum', true, [[91.9, 'Total certified'], 64, 27.9], 'Table 2 share column: 64.0 + 27.9 = 91.9'),
  entry(FOREST, 'sum', true, [[68.4 * M, 'Total'], 38.6 * M, 14.2 * M, 9.8 * M, 5.8 * M], 'Table 3 2023: 38.6 + 14.2 + 9.8 + 5.8 = 68.4 million seedlings'),
  entry(FOREST, 'sum', true, [[64.2 * M, 'Total'], 36.4 * M, 13.6 * M, 9.1 * M, 5.1 * M], 'Table 3 2022: 36.4 + 13.6 + 9.1 + 5.1 = 64.2'),
  entry(FOREST, 'ratio', true, [38.6 * M, [68.4 * M, 'Total'], [56.4, 'British Columbia accounted for']], 'British Columbia 38.6 of 68.4 million seedlings is the stated 56.4%'),
  entry(FOREST, 'sum', true, [[14_860 * K, 'Total'], 9_486 * K, [2_214 * K, 'Private woodlots'], 2_642 * K, 518 * K], 'Table 4: 9,486 + 2,214 + 2,642 + 518 = 14,860 thousand m³ (and the text)'),
  entry(FOREST, 'ratio', true, [9_486 * K, [14_860 * K, 'Total'], 63.8], 'own harvest 9,486 of 14,860 is its 63.8'),
  entry(FOREST, 'ratio', true, [2_642 * K, [14_860 * K, 'Total'], 17.8], 'residual chips and sawdust 2,642 of 14,860 is its 17.8'),
  entry(FOREST, 'ratio', true, [518 * K, [14_860 * K, 'Total'], 3.5], 'recycled fibre 518 of 14,860 is its 3.5'),
  entry(FOREST, 'sum', true, [[5_080 * M, 'Total'], 2_864.2 * M, 1_486.8 * M, 642.6 * M, 86.4 * M], 'Table 5 2023: 2,864.2 + 1,486.8 + 642.6 + 86.4 = 5,080.0 C$ million'),
  entry(FOREST, 'sum', true, [5_928 * M, 3_412.6 * M, 1_624.2 * M, 812.4 * M, 78.8 * M], 'Table 5 2022: 3,412.6 + 1,624.2 + 812.4 + 78.8 = 5,928.0'),
  entry(FOREST, 'ratio', true, [2_864.2 * M, [5_080 * M, 'Total'], [56.4, 'at ']], 'Lumber 2,864.2 of 5,080.0 C$ million is the stated 56.4% of sales'),
  entry(FOREST, 'ratio', true, [42, 16_284_000, [0.52, 'incident rate (LTIR) of']], '42 lost-time incidents x 200,000 over 16,284,000 hours is the stated LTIR 0.52 (text, five-year table, CEO)'),
  entry(FOREST, 'ratio', true, [51, 15_862_000, [0.64, 'hours and']], '2022 51 incidents x 200,000 over 15,862,000 hours is the text\'s 0.64'),
  entry(FOREST, 'ratio', true, [486, 6_842, 7.1], '486 Indigenous employees of 6,842 is the stated 7.1%'),
  entry(FOREST, 'ratio', true, [214.6 * M, 2_862.4 * M, 7.5], 'C$214.6 million of C$2,862.4 million procurement is the stated 7.5%'),
  entry(FOREST, 'change', true, [5_214_800, 4_862_300, -6.8], 'British Columbia 5,214,800 -> 4,862,300 m³ is its -6.8'),
  entry(FOREST, 'change', true, [2_306_400, 2_418_600, 4.9], 'Alberta 2,306,400 -> 2,418,600 is its +4.9'),
  entry(FOREST, 'change', true, [1_240_700, 1_286_400, 3.7], 'Quebec 1,240,700 -> 1,286,400 is its +3.7'),
  entry(FOREST, 'change', true, [10_644_500, [10_531_500, 'Total'], -1.1], 'harvest 10,644,500 -> 10,531,500 is its -1.1'),
  entry(FOREST, 'change', true, [[64.2 * M, 'Total'], [68.4 * M, 'In 2023 we planted'], 6.5], 'seedlings 64.2 -> 68.4 million is the stated 6.5% more'),
  entry(FOREST, 'change', true, [3_412.6 * M, 2_864.2 * M, -16.1], 'Lumber 3,412.6 -> 2,864.2 C$ million is its -16.1'),
  entry(FOREST, 'change', true, [812.4 * M, 642.6 * M, -20.9], 'Panels 812.4 -> 642.6 is its -20.9'),
  entry(FOREST, 'change', true, [78.8 * M, 86.4 * M, 9.6], 'Energy and other 78.8 -> 86.4 is its +9.6'),
  entry(FOREST, 'change', true, [5_928 * M, 5_080 * M, -14.3], 'sales 5,928.0 -> 5,080.0 C$ million is its -14.3 (and the CEO\'s C$5.08 billion, down 14.3%)'),
];
