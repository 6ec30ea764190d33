// The forty-third blind batch: three engagements (4 files) of report kinds outside batches 1–42, written as their
// published reports read (aligned tables with `(A$ million)` / `（单位：亿元）` / `(GWh)` headers and a `单位` / `Unit` column
// in a key data table, `of which` rows, footnotes, a letter restating the year): an Australian airline group's
// sustainability report in English (FY2024 / FY2023: fleet by type with a Total, ASKs and RPKs in billions with `of which`
// domestic / international and a `Change (%)` column, load factor with points, passengers in millions, jet fuel in
// kilolitres and PJ, litres per 100 RPK, Scope 1 / 2 tCO2e and gCO2e per RPK, SAF kilolitres and share, revenue and EBIT in
// A$ million with A$ billion in the letter and an EBIT margin, employees by state with shares, LTIFR per million hours); a
// Chinese cement group's ESG 报告 in simplified Chinese and its English version in a second file, checked together (营业收入
// 亿元 / RMB100 million by 板块 with 占比 and 同比, RMB120.0 billion in the letter, 熟料 / 水泥产量 万吨 with million tonnes in the
// English, 熟料综合能耗 吨标准煤 with 万吨标准煤 in the text and 单位熟料综合能耗 千克标准煤/吨, 替代燃料替代率 with 个百分点, 余热发电量
// 亿千瓦时 / 万千瓦时 with 千瓦时/吨, 范围一 / 范围二 万吨二氧化碳当量 with 吨二氧化碳/吨熟料, 员工 by 类别 with 占比, a 关键绩效表 with a
// 单位 column); a Spanish electricity utility's non-financial information statement in English (net generation GWh by
// technology with `of which renewable` and `of which emission-free` rows and a `Change (%)` column, renewable share with
// percentage points, installed capacity MW, Scope 1 tCO2 and gCO2/kWh, revenue € million by business with € billion in the
// letter, EBITDA and capex with `of which` shares, customers in millions, water withdrawal hm³ with m³/MWh, employees by
// country with a Total and `Change (%)`, women in management, a key figures table).
// Planted (as real drafts slip): totals that no longer add (Coralwing's Table 5 FY2023 total 19,010 for 19,100; the English
// Concrete 145.8 for 154.8 against its Total 1,200.0; Ibervolta's Table 2 2024 capacity total 34,973 for 34,937, and the
// `added 2,259 MW` that then no longer adds; Table 5 Mexico 2,864 for 2,846 against its Total 28,500); share columns that
// no longer add (Coralwing's Table 5 to 91.0 with Victoria 12.1; 华岳's 表3 to 99.1 with 销售人员 6.7); shares and
// intensities that do not compute (Victoria 12.1 for 21.1; Scope 1 intensity 67.6 gCO2e per RPK for 76.6; the Table 6
// LTIFR 2.96 for 2.69; 2023 单位熟料综合能耗 105.4 for 104.5; 销售人员 6.7 for 7.6; the English Concrete share 12.9 against its
// 145.8; the English `248.6 million kWh, or 28.8 kWh per tonne`; the English key table 0.709 tCO2/t for 0.790; 2023 water
// 2.51 m³/MWh for 2.15); change cells and rates (passengers `5.7` for 7.5; `Employees grew 4.5%` against the table's
// 19,010; 骨料 同比 `+7.8` for +8.7; 单位熟料综合能耗 `同比下降1.0%` against the 关键绩效表's 105.4; the English Concrete -4.0
// against 145.8; Solar PV `37.1` for 31.7; Scope 1 `fell 21.2%` for 20.2; United States `3.5` for 5.3; Mexico 4.9 against
// 2,864); one metric two ways (67.6 / 76.6 gCO2e per RPK in the table, the text and the letter; a scale slip A$862 million
// / A$86.2 million; LTIFR 2.96 / 2.69; a turned qualifier `more than 20,000 people` against 19,960 (the people section's
// `Nearly 20,000` holds); 105.4 / 104.5 across the pair; Concrete 154.8 / 145.8 and 骨料 +7.8 / Aggregates +8.7 across the
// pair; a scale slip 24.86亿千瓦时 / `248.6 million kWh` across the pair and against the English key table's 24.86 (100
// million kWh); 0.790 / 0.709 within the English and across; 销售人员 6.7 / Sales 7.6; a translation's qualifier 超4.2万人 /
// `nearly 42,000 employees`, and `nearly 42,000` against 42,220; net generation 86,661 / 86,616 GWh in the key figures;
// women in management 31.4% / the letter's 34.1%).
// Annotated as a reader sees them and committed before any run of the checks, the command line or extraction on them.
// Traps that must not be flagged: the passenger revenue 6,842 A$ million beside New South Wales' 6,842 employees and the
// EBIT 862 beside South Australia's 862 employees (same digits, other metrics); `A$7.9 billion` beside 7,940 and `2.47
// million kilolitres` beside 2,468,000 (rounded restatements; the letter's 11.5% and 7.7% are computed on the exact figures,
// 7.9 / 7.118 would give 11.0 and 2.47 / 2.291 would give 7.8); the 10% SAF target for 2030, net zero by 2050, the 40% women
// in senior leadership by 2026; the cumulative 1.2 million kilolitres of SAF offtakes for 2026–2035 beside the year's 9,870
// kilolitres; `of which` domestic / international ASKs (they add) beside `of which renewable` and `of which
// emission-free` generation (they overlap: 54,233 + 72,097 is not the Total); 超4.2万人 beside 42,220 (it holds); 894.45万吨标准煤
// and `8.94 million tonnes` beside 8,944,500 吨标准煤; 24.86亿千瓦时 beside 248,600万千瓦时 (the same); 替代燃料使用量86.4万吨 /
// 864,000 tonnes beside Scope 1's 6,824.6 and the ASKs' 86.4 in another engagement; the 2025 target of 100 千克标准煤/吨 and
// 2030 碳达峰; 营业收入 `同比下降6.4%` beside the networks' +6.4 (other engagements); `€24.0 billion, 6.9% less` (24.0 / 25.8
// would give 7.0) and `€6.4 billion` beside 6,412 (7.1% on the exact figures; 6.4 / 5.986 would give 6.9); `€4.3 billion`
// beside 4,286; `€19.8 billion` invested since 2019 (cumulative) beside the year's 4,286; `more than 14 million customers`
// beside 14.10 (it holds); the 35% target for women in management by 2030; the key figures' 62.6 beside the exact 86,661
// (on 86,616 it still gives 62.6); Hydro and Nuclear and Combined cycle capacity unchanged (6,208 / 3,166 / 5,694 in both
// years).

import type { Engagement } from './key';
import { across, B, engagements, entry, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b43';
const AIR = 'coralwing-airlines-sustainability-fy2024.txt';
const CEM_ZH = 'huayue-cement-esg-2024-zh.txt';
const CEM_EN = 'huayue-cement-esg-2024-en.txt';
const UTIL = 'ibervolta-non-financial-statement-2024.txt';

export const BATCH_43_ENGAGEMENTS: Engagement[] = engagements(DIR, [AIR, [CEM_ZH, CEM_EN], UTIL]);

const FLEET_TOTAL = 'Total                               126';
const STATE_TOTAL = 'Total                         19,960';
const INTENSITY_ROW = 'Scope 1 intensity (gCO2e per RPK)';
const LTIFR_ROW = 'LTIFR (per million hours)';
const ZH_SEG_TOTAL = '合计                 1,200.0';
const EN_SEG_TOTAL = 'Total              1,200.0';
const EN_CONCRETE = 'Concrete             145.8';
const ZH_STAFF_TOTAL = '合计                      42,220';
const EN_STAFF_TOTAL = 'Total                     42,220';
const ZH_KPI_CLINKER = '熟料产量                          万吨';
const EN_KPI_CLINKER = 'Clinker production                          10,000 tonnes';
const GEN_TOTAL = 'Total                 86,661';
const CAP_TOTAL = 'Total                 34,973';
const EMP_TOTAL = 'Total                   28,500';

export const BATCH_43_KEY: KeyEntry[] = [
  // Coralwing Airlines Group: an Australian airline group's sustainability report in English (FY2024)
  entry(AIR, 'sum', true, [[126, FLEET_TOTAL], 72, 18, [14, 'Boeing 787-9'], 22], 'Table 1 FY2024: 72 + 18 + 14 + 22 = 126 aircraft'),
  entry(AIR, 'sum', true, [[122, FLEET_TOTAL], 70, 12, [14, 'Boeing 787-9'], 26], 'Table 1 FY2023: 70 + 12 + 14 + 26 = 122'),
  entry(AIR, 'sum', true, [[96.4 * B, 'ASKs (billion)'], 58.6 * B, 37.8 * B], 'Table 2 FY2024 ASKs: 58.6 + 37.8 = 96.4 billion'),
  entry(AIR, 'sum', true, [[88.2 * B, 'ASKs (billion)'], 55.1 * B, 33.1 * B], 'Table 2 FY2023 ASKs: 55.1 + 33.1 = 88.2 billion'),
  entry(AIR, 'change', true, [[88.2 * B, 'ASKs (billion)'], [96.4 * B, 'ASKs (billion)'], 9.3], 'ASKs 88.2 -> 96.4 billion is its 9.3'),
  entry(AIR, 'change', true, [55.1 * B, 58.6 * B, [6.4, 'of which domestic']], 'domestic ASKs 55.1 -> 58.6 is its 6.4'),
  entry(AIR, 'change', true, [33.1 * B, 37.8 * B, 14.2], 'international ASKs 33.1 -> 37.8 is its 14.2'),
  entry(AIR, 'change', true, [[73.6 * B, 'RPKs (billion)'], [81.2 * B, 'RPKs (billion)'], 10.3], 'RPKs 73.6 -> 81.2 billion is its 10.3'),
  entry(AIR, 'ratio', true, [[81.2 * B, 'RPKs (billion)'], [96.4 * B, 'ASKs (billion)'], [84.2, 'Load factor (%)']], 'load factor: 81.2 of 96.4 billion is its 84.2%'),
  entry(AIR, 'ratio', true, [[73.6 * B, 'RPKs (billion)'], [88.2 * B, 'ASKs (billion)'], [83.4, 'Load factor (%)']], 'FY2023 load factor: 73.6 of 88.2 is its 83.4%'),
  entry(AIR, 'change', true, [[83.4, 'Load factor (%)'], [84.2, 'Load factor (%)'], [0.8, '0.8 pts']], 'load factor 83.4% -> 84.2% is its 0.8 pts'),
  entry(AIR, 'change', false, [[35.9 * M, 'Passengers (million)'], [38.6 * M, 'Passengers (million)'], [5.7, 'Passengers (million)']], 'planted: passengers 35.9 -> 38.6 million is +7.5%, its Change cell 5.7 (digits swapped)'),
  entry(AIR, 'change', true, [[2_291_000, 'Jet fuel consumed'], [2_468_000, 'Jet fuel consumed'], [7.7, 'Jet fuel use rose']], 'jet fuel 2,291,000 -> 2,468,000 kilolitres is the text\'s rose 7.7% (to 2.47 million kilolitres, rounded)'),
  entry(AIR, 'change', true, [[2_291_000, 'Jet fuel consumed'], [2_468_000, 'Jet fuel consumed'], [7.7, '7.7% more than last year']], 'the letter\'s 2.47 million kilolitres, 7.7% more: 2,291,000 -> 2,468,000 (2.47 / 2.291 would give 7.8)'),
  entry(AIR, 'ratio', true, [[2_468_000, 'Jet fuel consumed'], [81.2 * B, 'RPKs (billion)'], [3.04, 'Litres per 100 RPK']], '2,468,000 kilolitres over 81.2 billion RPK is 3.04 litres per 100 RPK'),
  entry(AIR, 'ratio', true, [[2_291_000, 'Jet fuel consumed'], [73.6 * B, 'RPKs (billion)'], [3.11, 'Litres per 100 RPK']], 'FY2023 2,291,000 kilolitres over 73.6 billion RPK is 3.11'),
  entry(AIR, 'sum', true, [6_260_600, [6_218_000, 'Scope 1 emissions (tCO2e)'], 42_600], 'Table 3 FY2024: 6,218,000 + 42,600 = 6,260,600 tCO2e'),
  entry(AIR, 'sum', true, [5_817_300, [5_772_000, 'Scope 1 emissions (tCO2e)'], 45_300], 'Table 3 FY2023: 5,772,000 + 45,300 = 5,817,300'),
  entry(AIR, 'change', true, [[5_772_000, 'Scope 1 emissions (tCO2e)'], [6_218_000, 'Scope 1 emissions rose'], [7.7, 'Scope 1 emissions rose']], 'Scope 1 5,772,000 -> 6,218,000 tCO2e is the text\'s rose 7.7%'),
  entry(AIR, 'ratio', false, [[6_218_000, 'Scope 1 emissions (tCO2e)'], [81.2 * B, 'RPKs (billion)'], [67.6, INTENSITY_ROW]], 'planted: 6,218,000 tCO2e over 81.2 billion RPK is 76.6 gCO2e per RPK, Table 3\'s cell 67.6 (digits swapped)'),
  entry(AIR, 'ratio', true, [[5_772_000, 'Scope 1 emissions (tCO2e)'], [73.6 * B, 'RPKs (billion)'], [78.4, INTENSITY_ROW]], 'FY2023 5,772,000 tCO2e over 73.6 billion RPK is its 78.4 gCO2e per RPK'),
  entry(AIR, 'consistency', false, [[67.6, INTENSITY_ROW], [76.6, 'fell 2.3% to 76.6']], 'the same slip: Scope 1 intensity 67.6 gCO2e per RPK in Table 3, 76.6 in the text above it'),
  entry(AIR, 'consistency', false, [[67.6, INTENSITY_ROW], [76.6, 'to 76.6 gCO2e per revenue']], 'the same slip: 67.6 in Table 3, the letter\'s 76.6 gCO2e per revenue passenger kilometre'),
  entry(AIR, 'change', true, [[78.4, INTENSITY_ROW], [76.6, 'fell 2.3% to 76.6'], [2.3, 'fell 2.3% to']], 'intensity 78.4 -> 76.6 is the text\'s fell 2.3% (it holds on the text\'s figure, not the table\'s 67.6)'),
  entry(AIR, 'ratio', true, [[9_870, 'SAF used'], [2_468_000, 'Jet fuel consumed'], [0.4, 'SAF share of fuel']], 'SAF 9,870 of 2,468,000 kilolitres is its 0.40%'),
  entry(AIR, 'ratio', true, [[2_290, 'SAF used'], [2_291_000, 'Jet fuel consumed'], [0.1, 'SAF share of fuel']], 'FY2023 SAF 2,290 of 2,291,000 kilolitres is its 0.10%'),
  entry(AIR, 'sum', true, [[7_940 * M, 'Total revenue'], [6_842 * M, 'Passenger revenue'], 612 * M, 486 * M], 'Table 4 FY2024: 6,842 + 612 + 486 = 7,940 A$ million'),
  entry(AIR, 'sum', true, [[7_118 * M, 'Total revenue'], 6_118 * M, 548 * M, 452 * M], 'Table 4 FY2023: 6,118 + 548 + 452 = 7,118'),
  entry(AIR, 'ratio', true, [[862 * M, 'Underlying EBIT                     862'], [7_940 * M, 'Total revenue'], [10.9, 'EBIT margin']], 'EBIT margin: 862 of 7,940 is its 10.9%'),
  entry(AIR, 'ratio', true, [[714 * M, 'Underlying EBIT                     862'], [7_118 * M, 'Total revenue'], [10.0, 'EBIT margin']], 'FY2023 EBIT margin: 714 of 7,118 is its 10.0%'),
  entry(AIR, 'change', true, [[7_118 * M, 'Total revenue'], [7_940 * M, 'Total revenue'], [11.5, 'Revenue grew 11.5%']], 'the letter\'s revenue grew 11.5% to A$7.9 billion: 7,118 -> 7,940 (7.9 / 7.118 would give 11.0)'),
  entry(AIR, 'change', true, [[714 * M, 'Underlying EBIT                     862'], [862 * M, 'rose 20.7% to A$862 million'], [20.7, 'rose 20.7%']], 'the letter\'s underlying EBIT rose 20.7% to A$862 million: 714 -> 862'),
  entry(AIR, 'consistency', false, [[862 * M, 'Underlying EBIT                     862'], [86.2 * M, 'A$86.2 million']], 'planted: underlying EBIT 862 A$ million in Table 4 and the letter, A$86.2 million in the text below it (a scale slip)'),
  entry(AIR, 'consistency', false, [[862 * M, 'rose 20.7% to A$862 million'], [86.2 * M, 'A$86.2 million']], 'the same slip: the letter\'s A$862 million, A$86.2 million in the text (added by the lead after the blind run, which reported this pair: the entry above names Table 4\'s cell)'),
  entry(AIR, 'sum', true, [[19_960, STATE_TOTAL], [6_842, 'New South Wales'], 4_215, 5_386, 1_924, [862, 'South Australia'], 731], 'Table 5 FY2024: 6,842 + 4,215 + 5,386 + 1,924 + 862 + 731 = 19,960 employees'),
  entry(AIR, 'sum', false, [[19_010, STATE_TOTAL], 6_604, 4_102, 5_011, 1_836, 845, 702], 'planted: Table 5 FY2023 6,604 + 4,102 + 5,011 + 1,836 + 845 + 702 = 19,100, its Total 19,010 (digits swapped)'),
  entry(AIR, 'change', false, [[19_010, STATE_TOTAL], [19_960, 'grew 4.5% to 19,960'], [4.5, 'Employees grew 4.5%']], 'the same slip: Table 5\'s 19,010 -> 19,960 is +5.0%, the text says grew 4.5% (on 19,100)'),
  entry(AIR, 'ratio', true, [[6_842, 'New South Wales'], [19_960, STATE_TOTAL], 34.3], 'New South Wales 6,842 of 19,960 is its 34.3%'),
  entry(AIR, 'ratio', false, [4_215, [19_960, STATE_TOTAL], 12.1], 'planted: Victoria 4,215 of 19,960 is 21.1%, its Share cell 12.1 (digits swapped)'),
  entry(AIR, 'ratio', true, [5_386, [19_960, STATE_TOTAL], [27.0, 'Queensland']], 'Queensland 5,386 of 19,960 is its 27.0%'),
  entry(AIR, 'ratio', true, [1_924, [19_960, STATE_TOTAL], [9.6, 'Western Australia']], 'Western Australia 1,924 of 19,960 is its 9.6%'),
  entry(AIR, 'ratio', true, [[862, 'South Australia'], [19_960, STATE_TOTAL], [4.3, 'South Australia']], 'South Australia 862 of 19,960 is its 4.3%'),
  entry(AIR, 'ratio', true, [731, [19_960, STATE_TOTAL], [3.7, 'Other states']], 'other states and territories 731 of 19,960 is its 3.7%'),
  entry(AIR, 'sum', false, [[100, STATE_TOTAL], 34.3, [12.1, 'Victoria'], [27.0, 'Queensland'], [9.6, 'Western Australia'], [4.3, 'South Australia'], [3.7, 'Other states']], 'the same slip: Table 5\'s Share column adds to 91.0, its Total 100.0'),
  entry(AIR, 'ratio', true, [8_822, [19_960, 'grew 4.5% to 19,960'], [44.2, 'Women make up']], 'women 8,822 of 19,960 employees is the stated 44.2%'),
  entry(AIR, 'consistency', false, [[20_000, 'more than 20,000 people'], [19_960, 'grew 4.5% to 19,960']], 'planted: the letter\'s more than 20,000 people, 19,960 employees (a turned qualifier; the people section\'s Nearly 20,000 holds)'),
  entry(AIR, 'ratio', true, [[84, 'We recorded 84'], [31.2 * M, 'over 31.2 million hours'], [2.69, 'of 2.69 per million']], '84 lost time injuries over 31.2 million hours is the stated LTIFR 2.69'),
  entry(AIR, 'ratio', true, [[92, 'there were 92'], [29.4 * M, 'over 29.4 million hours'], [3.13, 'an LTIFR of 3.13']], 'FY2023 92 over 29.4 million hours is the stated 3.13'),
  entry(AIR, 'ratio', false, [[84, 'Lost time injuries                   84'], [31.2 * M, 'Hours worked (million)'], [2.96, LTIFR_ROW]], 'planted: Table 6\'s 84 over 31.2 million hours is 2.69, its LTIFR cell 2.96 (digits swapped)'),
  entry(AIR, 'ratio', true, [[92, 'Lost time injuries                   84'], [29.4 * M, 'Hours worked (million)'], [3.13, LTIFR_ROW]], 'Table 6 FY2023: 92 over 29.4 million hours is its 3.13'),
  entry(AIR, 'consistency', false, [[2.96, LTIFR_ROW], [2.69, 'of 2.69 per million']], 'the same slip: LTIFR 2.96 in Table 6, 2.69 in the text above it and the letter'),
  entry(AIR, 'change', true, [[3.13, 'an LTIFR of 3.13'], [2.69, 'improved 14.1% to 2.69'], [14.1, 'improved 14.1%']], 'the letter\'s LTIFR improved 14.1% to 2.69: 3.13 -> 2.69'),

  // 华岳水泥 / Huayue Cement: a Chinese cement group's ESG report in simplified Chinese and English, checked together
  entry(CEM_ZH, 'sum', true, [[1_200 * YI, ZH_SEG_TOTAL], 842.6 * YI, 68.4 * YI, 96.2 * YI, 154.8 * YI, [38 * YI, '其他                    38.0']], '表1 2024年: 842.6 + 68.4 + 96.2 + 154.8 + 38.0 = 1,200.0亿元'),
  entry(CEM_ZH, 'sum', true, [[1_282 * YI, ZH_SEG_TOTAL], 921.4 * YI, 74.6 * YI, 88.5 * YI, 161.2 * YI, 36.3 * YI], '表1 2023年: 921.4 + 74.6 + 88.5 + 161.2 + 36.3 = 1,282.0亿元'),
  entry(CEM_ZH, 'ratio', true, [842.6 * YI, [1_200 * YI, ZH_SEG_TOTAL], 70.2], '水泥 842.6 of 1,200.0 is its 70.2%'),
  entry(CEM_ZH, 'ratio', true, [68.4 * YI, [1_200 * YI, ZH_SEG_TOTAL], [5.7, '熟料                    68.4']], '熟料 68.4 of 1,200.0 is its 5.7%'),
  entry(CEM_ZH, 'ratio', true, [96.2 * YI, [1_200 * YI, ZH_SEG_TOTAL], [8.0, '骨料                    96.2']], '骨料 96.2 of 1,200.0 is its 8.0%'),
  entry(CEM_ZH, 'ratio', true, [154.8 * YI, [1_200 * YI, ZH_SEG_TOTAL], [12.9, '混凝土']], '混凝土 154.8 of 1,200.0 is its 12.9%'),
  entry(CEM_ZH, 'ratio', true, [[38 * YI, '其他                    38.0'], [1_200 * YI, ZH_SEG_TOTAL], [3.2, '其他                    38.0']], '其他 38.0 of 1,200.0 is its 3.2%'),
  entry(CEM_ZH, 'sum', true, [[100, ZH_SEG_TOTAL], 70.2, [5.7, '熟料                    68.4'], [8.0, '骨料                    96.2'], [12.9, '混凝土'], [3.2, '其他                    38.0']], '表1 占比 column: 70.2 + 5.7 + 8.0 + 12.9 + 3.2 = 100.0'),
  entry(CEM_ZH, 'change', true, [921.4 * YI, 842.6 * YI, -8.6], '水泥 921.4 -> 842.6 is its -8.6'),
  entry(CEM_ZH, 'change', true, [74.6 * YI, 68.4 * YI, -8.3], '熟料 74.6 -> 68.4 is its -8.3'),
  entry(CEM_ZH, 'change', false, [88.5 * YI, 96.2 * YI, [7.8, '+7.8']], 'planted: 骨料 88.5 -> 96.2 is +8.7%, its 同比 cell +7.8 (digits swapped)'),
  entry(CEM_ZH, 'change', true, [161.2 * YI, 154.8 * YI, [-4, '-4.0']], '混凝土 161.2 -> 154.8 is its -4.0'),
  entry(CEM_ZH, 'change', true, [36.3 * YI, [38 * YI, '其他                    38.0'], [4.7, '+4.7']], '其他 36.3 -> 38.0 is its +4.7'),
  entry(CEM_ZH, 'change', true, [[1_282 * YI, ZH_SEG_TOTAL], [1_200 * YI, ZH_SEG_TOTAL], [-6.4, ZH_SEG_TOTAL]], '合计 1,282.0 -> 1,200.0 is its -6.4'),
  entry(CEM_ZH, 'change', true, [[1_282 * YI, ZH_SEG_TOTAL], [1_200 * YI, '营业收入1,200亿元'], [6.4, '同比下降6.4%']], '致辞: 营业收入1,200亿元，同比下降6.4% (1,282.0 -> 1,200.0)'),
  entry(CEM_ZH, 'change', true, [[8_915 * WAN, ZH_KPI_CLINKER], [8_642 * WAN, '熟料产量8,642万吨，同比'], [3.1, '同比下降3.1%']], '熟料产量 8,915 -> 8,642万吨 is the stated 下降3.1%'),
  entry(CEM_ZH, 'change', true, [[11_734 * WAN, '水泥产量                          万吨'], [11_286 * WAN, '水泥产量11,286万吨，同比'], [3.8, '同比下降3.8%']], '水泥产量 11,734 -> 11,286万吨 is the stated 下降3.8%'),
  entry(CEM_ZH, 'change', true, [[9_316_200, '熟料综合能耗                      吨标准煤'], [8_944_500, '熟料综合能耗                      吨标准煤'], [4.0, '同比下降4.0%']], '熟料综合能耗 9,316,200 -> 8,944,500吨标准煤 (894.45万 in the text) is the stated 下降4.0%'),
  entry(CEM_ZH, 'ratio', true, [[8_944_500, '熟料综合能耗                      吨标准煤'], [8_642 * WAN, ZH_KPI_CLINKER], [103.5, '单位熟料综合能耗                  千克标准煤/吨']], '关键绩效表: 8,944,500吨标准煤 over 8,642万吨 is its 103.5千克标准煤/吨'),
  entry(CEM_ZH, 'ratio', false, [[9_316_200, '熟料综合能耗                      吨标准煤'], [8_915 * WAN, ZH_KPI_CLINKER], [105.4, '单位熟料综合能耗                  千克标准煤/吨']], 'planted: 2023 9,316,200 over 8,915万吨 is 104.5千克标准煤/吨, the 关键绩效表\'s 105.4 (digits swapped)'),
  entry(CEM_ZH, 'change', false, [[105.4, '单位熟料综合能耗                  千克标准煤/吨'], [103.5, '103.5千克标准煤/吨，同比'], [1.0, '同比下降1.0%']], 'the same slip: the 关键绩效表\'s 105.4 -> 103.5 is -1.8%, the text says 同比下降1.0% (on 104.5)'),
  across(CEM_ZH, [[105.4, '单位熟料综合能耗                  千克标准煤/吨']], CEM_EN, [[104.5, 'Energy consumption per tonne of clinker']], 'the same slip across the pair: 2023 单位熟料综合能耗 105.4 in the Chinese 关键绩效表, 104.5 kgce/t in the English'),
  entry(CEM_ZH, 'change', true, [[9.1, '替代燃料替代率                    %'], [12.6, '替代率（热值）达到12.6%'], [3.5, '提升3.5个百分点']], '替代燃料替代率 9.1% -> 12.6% is the stated 提升3.5个百分点'),
  entry(CEM_ZH, 'ratio', true, [[24.86 * YI, '余热发电量24.86亿千瓦时'], [8_642 * WAN, ZH_KPI_CLINKER], [28.8, '吨熟料余热发电量28.8']], '余热发电量 24.86亿千瓦时 over 8,642万吨 is the stated 28.8千瓦时/吨'),
  entry(CEM_ZH, 'ratio', true, [[25.42 * YI, '余热发电量                        亿千瓦时'], [8_915 * WAN, ZH_KPI_CLINKER], [28.5, '吨熟料余热发电量                  千瓦时/吨']], '2023 25.42亿千瓦时 over 8,915万吨 is its 28.5'),
  entry(CEM_ZH, 'sum', true, [[7_137 * WAN, '范围一及范围二排放合计'], [6_824.6 * WAN, '范围一排放                        6,824.6'], [312.4 * WAN, '范围二排放                          312.4']], '表2 2024年: 6,824.6 + 312.4 = 7,137.0万吨二氧化碳当量'),
  entry(CEM_ZH, 'sum', true, [[7_409.8 * WAN, '范围一及范围二排放合计'], [7_071.2 * WAN, '范围一排放                        6,824.6'], [338.6 * WAN, '范围二排放                          312.4']], '表2 2023年: 7,071.2 + 338.6 = 7,409.8'),
  entry(CEM_ZH, 'ratio', true, [[6_824.6 * WAN, '范围一排放                        万吨二氧化碳当量'], [8_642 * WAN, ZH_KPI_CLINKER], [0.79, '吨熟料二氧化碳排放                吨二氧化碳/吨熟料']], '关键绩效表: 6,824.6万吨 over 8,642万吨熟料 is its 0.790'),
  entry(CEM_ZH, 'ratio', true, [[7_071.2 * WAN, '范围一排放                        万吨二氧化碳当量'], [8_915 * WAN, ZH_KPI_CLINKER], [0.793, '吨熟料二氧化碳排放                吨二氧化碳/吨熟料']], '2023 7,071.2 over 8,915 is its 0.793'),
  entry(CEM_ZH, 'change', true, [[0.793, '吨熟料二氧化碳排放                吨二氧化碳/吨熟料'], [0.79, '（范围一）0.790吨'], [0.4, '同比下降0.4%']], '吨熟料二氧化碳排放 0.793 -> 0.790 is the stated 下降0.4%'),
  entry(CEM_ZH, 'sum', true, [[42_220, ZH_STAFF_TOTAL], 28_416, 6_842, 3_215, 2_604, 1_143], '表3: 28,416 + 6,842 + 3,215 + 2,604 + 1,143 = 42,220人'),
  entry(CEM_ZH, 'ratio', true, [28_416, [42_220, ZH_STAFF_TOTAL], 67.3], '生产人员 28,416 of 42,220 is its 67.3%'),
  entry(CEM_ZH, 'ratio', true, [6_842, [42_220, ZH_STAFF_TOTAL], 16.2], '技术人员 6,842 of 42,220 is its 16.2%'),
  entry(CEM_ZH, 'ratio', false, [3_215, [42_220, ZH_STAFF_TOTAL], [6.7, '销售人员']], 'planted: 销售人员 3,215 of 42,220 is 7.6%, its 占比 cell 6.7 (digits swapped)'),
  entry(CEM_ZH, 'ratio', true, [2_604, [42_220, ZH_STAFF_TOTAL], [6.2, '管理人员']], '管理人员 2,604 of 42,220 is its 6.2%'),
  entry(CEM_ZH, 'ratio', true, [1_143, [42_220, ZH_STAFF_TOTAL], [2.7, '1,143']], '其他 1,143 of 42,220 is its 2.7%'),
  entry(CEM_ZH, 'sum', false, [[100, ZH_STAFF_TOTAL], 67.3, 16.2, [6.7, '销售人员'], [6.2, '管理人员'], [2.7, '1,143']], 'the same slip: 表3\'s 占比 column adds to 99.1, its 合计 100.0'),
  across(CEM_ZH, [[6.7, '销售人员']], CEM_EN, [[7.6, 'Sales']], 'the same slip across the pair: 销售人员 占比 6.7 in the Chinese 表3, Sales 7.6 in the English Table 3'),
  across(CEM_ZH, [[7.8, '+7.8']], CEM_EN, [[8.7, '+8.7']], 'the same slip across the pair: 骨料 同比 +7.8 in the Chinese 表1, Aggregates +8.7 in the English Table 1'),
  across(CEM_ZH, [[154.8 * YI, '混凝土']], CEM_EN, [[145.8 * YI, EN_CONCRETE]], 'planted across the pair: 混凝土 154.8亿元 in the Chinese 表1, Concrete 145.8 (RMB100 million) in the English Table 1'),
  across(CEM_ZH, [[24.86 * YI, '余热发电量24.86亿千瓦时']], CEM_EN, [[248.6 * M, 'Waste heat power generation was']], 'planted across the pair: 余热发电量24.86亿千瓦时 (2,486 million kWh), the English text\'s 248.6 million kWh (a scale slip)'),
  across(CEM_ZH, [[0.79, '吨熟料二氧化碳排放                吨二氧化碳/吨熟料']], CEM_EN, [[0.709, 'CO2 emissions per tonne of clinker          tCO2/t clinker']], 'the same slip across the pair: 2024 吨熟料二氧化碳排放 0.790 in the Chinese 关键绩效表, 0.709 in the English'),
  across(CEM_ZH, [[42_000, '员工超4.2万人']], CEM_EN, [[42_000, 'nearly 42,000 employees']], 'planted across the pair: 员工超4.2万人 (more than) in the Chinese 致辞, nearly 42,000 employees in the English (a turned qualifier)'),
  entry(CEM_EN, 'sum', false, [[1_200 * YI, EN_SEG_TOTAL], 842.6 * YI, 68.4 * YI, 96.2 * YI, [145.8 * YI, EN_CONCRETE], [38 * YI, 'Other                 38.0']], 'planted: English Table 1 2024 842.6 + 68.4 + 96.2 + 145.8 + 38.0 = 1,191.0, its Total 1,200.0 (Concrete 154.8 mistyped 145.8)'),
  entry(CEM_EN, 'sum', true, [[1_282 * YI, EN_SEG_TOTAL], 921.4 * YI, 74.6 * YI, 88.5 * YI, 161.2 * YI, 36.3 * YI], 'English Table 1 2023: 921.4 + 74.6 + 88.5 + 161.2 + 36.3 = 1,282.0'),
  entry(CEM_EN, 'ratio', true, [842.6 * YI, [1_200 * YI, EN_SEG_TOTAL], 70.2], 'Cement 842.6 of 1,200.0 is its 70.2%'),
  entry(CEM_EN, 'ratio', true, [68.4 * YI, [1_200 * YI, EN_SEG_TOTAL], [5.7, 'Clinker               68.4']], 'Clinker 68.4 of 1,200.0 is its 5.7%'),
  entry(CEM_EN, 'ratio', true, [96.2 * YI, [1_200 * YI, EN_SEG_TOTAL], [8.0, 'Aggregates']], 'Aggregates 96.2 of 1,200.0 is its 8.0%'),
  entry(CEM_EN, 'ratio', false, [[145.8 * YI, EN_CONCRETE], [1_200 * YI, EN_SEG_TOTAL], [12.9, EN_CONCRETE]], 'the same slip: Concrete 145.8 of 1,200.0 is 12.2%, its Share cell 12.9 (computed on 154.8)'),
  entry(CEM_EN, 'ratio', true, [[38 * YI, 'Other                 38.0'], [1_200 * YI, EN_SEG_TOTAL], [3.2, 'Other                 38.0']], 'Other 38.0 of 1,200.0 is its 3.2%'),
  entry(CEM_EN, 'sum', true, [[100, EN_SEG_TOTAL], 70.2, [5.7, 'Clinker               68.4'], [8.0, 'Aggregates'], [12.9, EN_CONCRETE], [3.2, 'Other                 38.0']], 'English Table 1 Share column: 70.2 + 5.7 + 8.0 + 12.9 + 3.2 = 100.0'),
  entry(CEM_EN, 'change', true, [921.4 * YI, 842.6 * YI, -8.6], 'Cement 921.4 -> 842.6 is its -8.6'),
  entry(CEM_EN, 'change', true, [74.6 * YI, 68.4 * YI, -8.3], 'Clinker 74.6 -> 68.4 is its -8.3'),
  entry(CEM_EN, 'change', true, [88.5 * YI, 96.2 * YI, [8.7, '+8.7']], 'Aggregates 88.5 -> 96.2 is its +8.7'),
  entry(CEM_EN, 'change', false, [161.2 * YI, [145.8 * YI, EN_CONCRETE], [-4, EN_CONCRETE]], 'the same slip: Concrete 161.2 -> 145.8 is -9.6%, its Change cell -4.0 (computed on 154.8)'),
  entry(CEM_EN, 'change', true, [36.3 * YI, [38 * YI, 'Other                 38.0'], [4.7, '+4.7']], 'Other 36.3 -> 38.0 is its +4.7'),
  entry(CEM_EN, 'change', true, [[1_282 * YI, EN_SEG_TOTAL], [1_200 * YI, EN_SEG_TOTAL], [-6.4, EN_SEG_TOTAL]], 'Total 1,282.0 -> 1,200.0 is its -6.4'),
  entry(CEM_EN, 'change', true, [[1_282 * YI, EN_SEG_TOTAL], [120 * B, 'RMB120.0 billion'], [6.4, '6.4% year on year']], 'the statement\'s revenue RMB120.0 billion, down 6.4%: 1,282.0 -> 1,200.0 (RMB100 million)'),
  entry(CEM_EN, 'change', true, [[8_915 * WAN, EN_KPI_CLINKER], [86.42 * M, '86.42 million tonnes of clinker, down'], [3.1, 'down 3.1%']], 'clinker 8,915 (10,000 tonnes) -> 86.42 million tonnes is the stated down 3.1%'),
  entry(CEM_EN, 'change', true, [[11_734 * WAN, 'Cement production'], [112.86 * M, '112.86 million tonnes of cement,'], [3.8, 'down 3.8%']], 'cement 11,734 (10,000 tonnes) -> 112.86 million tonnes is the stated down 3.8%'),
  entry(CEM_EN, 'change', true, [[9_316_200, 'Comprehensive energy consumption, clinker'], [8_944_500, 'Comprehensive energy consumption, clinker'], [4.0, 'down 4.0%']], 'energy for clinker 9,316,200 -> 8,944,500 tonnes of coal equivalent (8.94 million in the text) is the stated down 4.0%'),
  entry(CEM_EN, 'ratio', true, [[8_944_500, 'Comprehensive energy consumption, clinker'], [8_642 * WAN, EN_KPI_CLINKER], [103.5, 'Energy consumption per tonne of clinker']], 'key table: 8,944,500 tce over 8,642 (10,000 tonnes) is its 103.5 kgce/t'),
  entry(CEM_EN, 'ratio', true, [[9_316_200, 'Comprehensive energy consumption, clinker'], [8_915 * WAN, EN_KPI_CLINKER], [104.5, 'Energy consumption per tonne of clinker']], '2023 9,316,200 over 8,915 is its 104.5'),
  entry(CEM_EN, 'change', true, [[104.5, 'Energy consumption per tonne of clinker'], [103.5, 'was 103.5 kgce, down'], [1.0, 'down 1.0%']], 'per tonne 104.5 -> 103.5 kgce is the stated down 1.0%'),
  entry(CEM_EN, 'change', true, [[9.1, 'Alternative fuel substitution rate'], [12.6, 'reached 12.6%, up'], [3.5, '3.5 percentage points']], 'substitution rate 9.1% -> 12.6% is the stated up 3.5 percentage points'),
  entry(CEM_EN, 'ratio', true, [[24.86 * YI, 'Waste heat power generation                 100 million kWh'], [8_642 * WAN, EN_KPI_CLINKER], [28.8, 'Waste heat power per tonne of clinker']], 'key table: 24.86 (100 million kWh) over 8,642 (10,000 tonnes) is its 28.8 kWh/t'),
  entry(CEM_EN, 'ratio', true, [[25.42 * YI, 'Waste heat power generation                 100 million kWh'], [8_915 * WAN, EN_KPI_CLINKER], [28.5, 'Waste heat power per tonne of clinker']], '2023 25.42 over 8,915 is its 28.5'),
  entry(CEM_EN, 'ratio', false, [[248.6 * M, 'Waste heat power generation was'], [8_642 * WAN, EN_KPI_CLINKER], [28.8, 'or 28.8 kWh per tonne']], 'the same slip: 248.6 million kWh over 86.42 million tonnes is 2.88 kWh per tonne, the text says 28.8 (on 2,486 million)'),
  entry(CEM_EN, 'consistency', false, [[248.6 * M, 'Waste heat power generation was'], [24.86 * YI, 'Waste heat power generation                 100 million kWh']], 'the same slip: 248.6 million kWh in 2.1, 24.86 (100 million kWh) = 2,486 million in the key table'),
  entry(CEM_EN, 'sum', true, [[7_137 * WAN, 'Total Scope 1 and 2 emissions'], [6_824.6 * WAN, 'Scope 1 emissions                   6,824.6'], [312.4 * WAN, 'Scope 2 emissions                     312.4']], 'English Table 2 2024: 6,824.6 + 312.4 = 7,137.0 (10,000 tonnes CO2e)'),
  entry(CEM_EN, 'sum', true, [[7_409.8 * WAN, 'Total Scope 1 and 2 emissions'], [7_071.2 * WAN, 'Scope 1 emissions                   6,824.6'], [338.6 * WAN, 'Scope 2 emissions                     312.4']], 'English Table 2 2023: 7,071.2 + 338.6 = 7,409.8'),
  entry(CEM_EN, 'ratio', true, [[6_824.6 * WAN, 'Scope 1 emissions                   6,824.6'], [8_642 * WAN, EN_KPI_CLINKER], [0.79, 'were 0.790 tonnes']], '6,824.6 over 8,642 (10,000 tonnes) is the text\'s 0.790 tonnes per tonne of clinker'),
  entry(CEM_EN, 'ratio', false, [[6_824.6 * WAN, 'Scope 1 emissions                           10,000 tonnes CO2e'], [8_642 * WAN, EN_KPI_CLINKER], [0.709, 'CO2 emissions per tonne of clinker          tCO2/t clinker']], 'planted: key table 6,824.6 over 8,642 is 0.790 tCO2 per tonne of clinker, its cell 0.709 (digits swapped)'),
  entry(CEM_EN, 'ratio', true, [[7_071.2 * WAN, 'Scope 1 emissions                           10,000 tonnes CO2e'], [8_915 * WAN, EN_KPI_CLINKER], [0.793, 'CO2 emissions per tonne of clinker          tCO2/t clinker']], '2023 7,071.2 over 8,915 is its 0.793'),
  entry(CEM_EN, 'consistency', false, [[0.709, 'CO2 emissions per tonne of clinker          tCO2/t clinker'], [0.79, 'were 0.790 tonnes']], 'the same slip: 0.709 in the English key table, 0.790 in 2.2 and the statement'),
  entry(CEM_EN, 'change', true, [[0.793, 'CO2 emissions per tonne of clinker          tCO2/t clinker'], [0.79, 'were 0.790 tonnes'], [0.4, 'down 0.4%']], 'per tonne 0.793 -> 0.790 is the stated down 0.4%'),
  entry(CEM_EN, 'sum', true, [[42_220, EN_STAFF_TOTAL], 28_416, 6_842, 3_215, 2_604, 1_143], 'English Table 3: 28,416 + 6,842 + 3,215 + 2,604 + 1,143 = 42,220'),
  entry(CEM_EN, 'ratio', true, [28_416, [42_220, EN_STAFF_TOTAL], 67.3], 'Production 28,416 of 42,220 is its 67.3%'),
  entry(CEM_EN, 'ratio', true, [6_842, [42_220, EN_STAFF_TOTAL], 16.2], 'Technical 6,842 of 42,220 is its 16.2%'),
  entry(CEM_EN, 'ratio', true, [3_215, [42_220, EN_STAFF_TOTAL], [7.6, 'Sales']], 'Sales 3,215 of 42,220 is its 7.6%'),
  entry(CEM_EN, 'ratio', true, [2_604, [42_220, EN_STAFF_TOTAL], [6.2, 'Management']], 'Management 2,604 of 42,220 is its 6.2%'),
  entry(CEM_EN, 'ratio', true, [1_143, [42_220, EN_STAFF_TOTAL], [2.7, '1,143']], 'Other 1,143 of 42,220 is its 2.7%'),
  entry(CEM_EN, 'sum', true, [[100, EN_STAFF_TOTAL], 67.3, 16.2, [7.6, 'Sales'], [6.2, 'Management'], [2.7, '1,143']], 'English Table 3 Share column: 67.3 + 16.2 + 7.6 + 6.2 + 2.7 = 100.0'),
  entry(CEM_EN, 'consistency', false, [[42_000, 'nearly 42,000 employees'], [42_220, 'had 42,220 employees']], 'the same slip: the statement\'s nearly 42,000 employees, 42,220 at the end of 2024 (a turned qualifier)'),

  // Ibervolta: a Spanish electricity utility's non-financial information statement in English (2024)
  entry(UTIL, 'sum', true, [[86_661, GEN_TOTAL], 28_642, 14_386, 11_205, [17_864, 'Nuclear               17,864'], 12_418, 2_146], 'Table 1 2024: 28,642 + 14,386 + 11,205 + 17,864 + 12,418 + 2,146 = 86,661 GWh'),
  entry(UTIL, 'sum', true, [[82_584, GEN_TOTAL], 26_318, 10_924, 8_746, 18_302, 15_876, 2_418], 'Table 1 2023: 26,318 + 10,924 + 8,746 + 18,302 + 15,876 + 2,418 = 82,584'),
  entry(UTIL, 'sum', true, [[54_233, 'of which renewable'], 28_642, 14_386, 11_205], 'renewable 2024: 28,642 + 14,386 + 11,205 = 54,233 GWh'),
  entry(UTIL, 'sum', true, [[45_988, 'of which renewable'], 26_318, 10_924, 8_746], 'renewable 2023: 26,318 + 10,924 + 8,746 = 45,988'),
  entry(UTIL, 'sum', true, [[72_097, 'of which emission-free'], [54_233, 'of which renewable'], [17_864, 'Nuclear               17,864']], 'emission-free 2024: 54,233 + 17,864 = 72,097'),
  entry(UTIL, 'sum', true, [[64_290, 'of which emission-free'], [45_988, 'of which renewable'], 18_302], 'emission-free 2023: 45,988 + 18,302 = 64,290'),
  entry(UTIL, 'change', true, [26_318, 28_642, [8.8, 'Wind onshore          28,642']], 'Wind onshore 26,318 -> 28,642 is its 8.8'),
  entry(UTIL, 'change', false, [10_924, 14_386, [37.1, 'Solar PV              14,386']], 'planted: Solar PV 10,924 -> 14,386 is +31.7%, its Change cell 37.1 (digits swapped)'),
  entry(UTIL, 'change', true, [8_746, 11_205, 28.1], 'Hydro 8,746 -> 11,205 is its 28.1'),
  entry(UTIL, 'change', true, [18_302, [17_864, 'Nuclear               17,864'], -2.4], 'Nuclear 18,302 -> 17,864 is its -2.4'),
  entry(UTIL, 'change', true, [15_876, 12_418, -21.8], 'Combined cycle 15,876 -> 12,418 is its -21.8'),
  entry(UTIL, 'change', true, [2_418, 2_146, -11.2], 'Cogeneration 2,418 -> 2,146 GWh is its -11.2'),
  entry(UTIL, 'change', true, [[82_584, GEN_TOTAL], [86_661, GEN_TOTAL], [4.9, GEN_TOTAL]], 'Total 82,584 -> 86,661 GWh is its 4.9'),
  entry(UTIL, 'change', true, [[45_988, 'of which renewable'], [54_233, 'of which renewable'], [17.9, 'of which renewable']], 'renewable 45,988 -> 54,233 is its 17.9'),
  entry(UTIL, 'change', true, [[64_290, 'of which emission-free'], [72_097, 'of which emission-free'], [12.1, 'of which emission-free']], 'emission-free 64,290 -> 72,097 is its 12.1'),
  entry(UTIL, 'ratio', true, [[54_233, 'of which renewable'], [86_661, GEN_TOTAL], [62.6, 'Renewable sources produced 62.6%']], 'renewable 54,233 of 86,661 GWh is the stated 62.6% (and the letter\'s)'),
  entry(UTIL, 'ratio', true, [[45_988, 'of which renewable'], [82_584, GEN_TOTAL], [55.7, 'against 55.7%']], '2023 renewable 45,988 of 82,584 is the stated 55.7%'),
  entry(UTIL, 'ratio', true, [[72_097, 'of which emission-free'], [86_661, GEN_TOTAL], [83.2, 'produced 83.2%']], 'emission-free 72,097 of 86,661 is the stated 83.2%'),
  entry(UTIL, 'change', true, [[55.7, 'against 55.7%'], [62.6, 'Renewable sources produced 62.6%'], [6.9, '6.9 percentage points']], 'renewable share 55.7% -> 62.6% is the stated rise of 6.9 percentage points'),
  entry(UTIL, 'consistency', false, [[86_661, GEN_TOTAL], [86_616, 'Net generation (GWh)']], 'planted: net generation 86,661 GWh in Table 1, 86,616 in the key figures (digits swapped)'),
  entry(UTIL, 'sum', false, [[34_973, CAP_TOTAL], 11_842, 7_615, [6_208, 'Hydro                  6,208'], [3_166, 'Nuclear                3,166'], [5_694, 'Combined cycle         5,694'], 412], 'planted: Table 2 2024 11,842 + 7,615 + 6,208 + 3,166 + 5,694 + 412 = 34,937 MW, its Total 34,973 (digits swapped)'),
  entry(UTIL, 'sum', true, [[32_678, CAP_TOTAL], 11_204, 5_918, [6_208, 'Hydro                  6,208'], [3_166, 'Nuclear                3,166'], [5_694, 'Combined cycle         5,694'], 488], 'Table 2 2023: 11,204 + 5,918 + 6,208 + 3,166 + 5,694 + 488 = 32,678 MW'),
  entry(UTIL, 'sum', false, [[34_973, CAP_TOTAL], [32_678, CAP_TOTAL], [2_259, 'added 2,259 MW']], 'the same slip: 32,678 + 2,259 MW added is 34,937, Table 2\'s Total 34,973'),
  entry(UTIL, 'sum', true, [[25_665, 'renewable capacity reached'], 11_842, 7_615, [6_208, 'Hydro                  6,208']], 'renewable capacity: 11,842 + 7,615 + 6,208 = 25,665 MW'),
  entry(UTIL, 'change', false, [6_810_000, 5_434_000, [21.2, 'fell 21.2%']], 'planted: Scope 1 6,810,000 -> 5,434,000 tCO2 is -20.2%, the text says fell 21.2%'),
  entry(UTIL, 'ratio', true, [5_434_000, [86_661, GEN_TOTAL], [62.7, 'Emission intensity of generation was 62.7']], 'Scope 1 5,434,000 tCO2 over 86,661 GWh is the stated 62.7 gCO2/kWh'),
  entry(UTIL, 'ratio', true, [6_810_000, [82_584, GEN_TOTAL], [82.5, '2023: 82.5 gCO2/kWh']], '2023 6,810,000 tCO2 over 82,584 GWh is the stated 82.5'),
  entry(UTIL, 'change', true, [[82.5, '2023: 82.5 gCO2/kWh'], [62.7, 'fell to 62.7 gCO2/kWh'], [24.0, '24.0% lower']], 'the letter\'s emission intensity 82.5 -> 62.7 gCO2/kWh, 24.0% lower'),
  entry(UTIL, 'sum', true, [[24_028 * M, 'Total                   24,028'], 5_864 * M, 14_218 * M, 3_946 * M], 'Table 3 2024: 5,864 + 14,218 + 3,946 = 24,028 € million'),
  entry(UTIL, 'sum', true, [[25_800 * M, 'Total                   24,028'], 5_512 * M, 16_904 * M, 3_384 * M], 'Table 3 2023: 5,512 + 16,904 + 3,384 = 25,800'),
  entry(UTIL, 'change', true, [5_512 * M, 5_864 * M, [6.4, 'Networks                 5,864']], 'Networks 5,512 -> 5,864 is its 6.4'),
  entry(UTIL, 'change', true, [16_904 * M, 14_218 * M, -15.9], 'Generation and Supply 16,904 -> 14,218 is its -15.9'),
  entry(UTIL, 'change', true, [3_384 * M, 3_946 * M, 16.6], 'Renewables 3,384 -> 3,946 is its 16.6'),
  entry(UTIL, 'change', true, [[25_800 * M, 'Total                   24,028'], [24_028 * M, 'Total                   24,028'], [-6.9, 'Total                   24,028']], 'Total 25,800 -> 24,028 is its -6.9'),
  entry(UTIL, 'change', true, [[25_800 * M, 'Total                   24,028'], [24_028 * M, 'Total                   24,028'], [6.9, '6.9% less']], 'the letter\'s revenue of €24.0 billion, 6.9% less: 25,800 -> 24,028 (24.0 / 25.8 would give 7.0)'),
  entry(UTIL, 'change', true, [5_986 * M, 6_412 * M, [7.1, 'EBITDA rose 7.1%']], 'the letter\'s EBITDA rose 7.1% to €6.4 billion: 5,986 -> 6,412 (6.4 / 5.986 would give 6.9)'),
  entry(UTIL, 'ratio', true, [2_614 * M, [4_286 * M, 'Capital expenditure was'], 61.0], 'capex to renewables 2,614 of 4,286 is the stated 61.0%'),
  entry(UTIL, 'ratio', true, [1_402 * M, [4_286 * M, 'Capital expenditure was'], 32.7], 'capex to networks 1,402 of 4,286 is the stated 32.7%'),
  entry(UTIL, 'sum', true, [14.1 * M, 10.84 * M, 3.26 * M], 'customers 2024: 10.84 + 3.26 = 14.10 million'),
  entry(UTIL, 'sum', true, [13.93 * M, 10.62 * M, 3.31 * M], 'customers 2023: 10.62 + 3.31 = 13.93 million'),
  entry(UTIL, 'sum', true, [[169.2, 'Total                    169.2'], 38.6, 4.2, 126.4], 'Table 4 2024: 38.6 + 4.2 + 126.4 = 169.2 hm³'),
  entry(UTIL, 'sum', true, [[177.6, 'Total                    169.2'], 41.3, 4.5, 131.8], 'Table 4 2023: 41.3 + 4.5 + 131.8 = 177.6 hm³'),
  entry(UTIL, 'change', true, [[177.6, 'Total                    169.2'], [169.2, 'Total                    169.2'], [4.7, 'fell 4.7%']], 'water withdrawal 177.6 -> 169.2 hm³ is the stated fell 4.7%'),
  entry(UTIL, 'ratio', true, [[169.2, 'Total                    169.2'], [86_661, GEN_TOTAL], [1.95, '1.95 m³/MWh']], '169.2 hm³ over 86,661 GWh is the stated 1.95 m³/MWh'),
  entry(UTIL, 'ratio', false, [[177.6, 'Total                    169.2'], [82_584, GEN_TOTAL], [2.51, '2023: 2.51 m³/MWh']], 'planted: 2023 177.6 hm³ over 82,584 GWh is 2.15 m³/MWh, the text says 2.51 (digits swapped)'),
  entry(UTIL, 'sum', false, [[28_500, EMP_TOTAL], 9_862, 5_418, 6_204, [2_864, 'Mexico'], 3_127, 1_043], 'planted: Table 5 2024 9,862 + 5,418 + 6,204 + 2,864 + 3,127 + 1,043 = 28,518, its Total 28,500 (Mexico 2,846 mistyped 2,864)'),
  entry(UTIL, 'sum', true, [[27_700, EMP_TOTAL], 9_714, 5_306, 5_892, [2_712, 'Mexico'], 3_085, 991], 'Table 5 2023: 9,714 + 5,306 + 5,892 + 2,712 + 3,085 + 991 = 27,700'),
  entry(UTIL, 'change', true, [9_714, 9_862, [1.5, 'Spain']], 'Spain 9,714 -> 9,862 is its 1.5'),
  entry(UTIL, 'change', true, [5_306, 5_418, [2.1, 'United Kingdom']], 'United Kingdom 5,306 -> 5,418 is its 2.1'),
  entry(UTIL, 'change', false, [5_892, 6_204, [3.5, 'United States']], 'planted: United States 5,892 -> 6,204 is +5.3%, its Change cell 3.5 (digits swapped)'),
  entry(UTIL, 'change', false, [[2_712, 'Mexico'], [2_864, 'Mexico'], [4.9, 'Mexico']], 'the same slip: Mexico 2,712 -> 2,864 is +5.6%, its Change cell 4.9 (computed on 2,846)'),
  entry(UTIL, 'change', true, [3_085, 3_127, [1.4, 'Brazil']], 'Brazil 3,085 -> 3,127 is its 1.4'),
  entry(UTIL, 'change', true, [991, 1_043, [5.2, '1,043']], 'Other 991 -> 1,043 is its 5.2'),
  entry(UTIL, 'change', true, [[27_700, EMP_TOTAL], [28_500, EMP_TOTAL], [2.9, EMP_TOTAL]], 'Total 27,700 -> 28,500 employees is its 2.9'),
  entry(UTIL, 'ratio', true, [1_286, 4_096, [31.4, 'or 31.4%']], 'women 1,286 of 4,096 management positions is the stated 31.4%'),
  entry(UTIL, 'ratio', true, [1_198, 4_020, [29.8, '29.8%']], '2023 1,198 of 4,020 is the stated 29.8%'),
  entry(UTIL, 'change', true, [[29.8, '29.8%'], [31.4, 'or 31.4%'], [1.6, '1.6 percentage points']], 'women in management 29.8% -> 31.4% is the stated rise of 1.6 percentage points'),
  entry(UTIL, 'consistency', false, [[34.1, 'Women hold 34.1%'], [31.4, 'or 31.4%']], 'planted: the letter\'s women hold 34.1% of management positions, 31.4% in section 6 (digits swapped)'),
];
