// The twenty-ninth blind batch: three engagements of report kinds outside batches 1–28, written as their
// published reports read (PDF text: wrapped lines, page footers, tables flattened to tabs or spaces): a Singapore
// REIT's sustainability report (an at-a-glance page of label / value lines with `(+4.6% y-o-y)`, a portfolio table by
// country with properties, NLA in m², valuation in S$ million, share of valuation and committed occupancy; gross revenue
// and net property income by country under one header with two measures of two years each; aggregate leverage, DPU in
// Singapore cents with its halves; green-certified share of NLA; an environmental table with a Unit column over
// FY2021–FY2023 and intensities per m² of NLA in kWh/m², kgCO2e/m² and m³/m²); a Korean conglomerate affiliate's English
// sustainability report (KRW billion and KRW trillion, a distribution-of-economic-value table in `KRW 100 million`,
// tCO2eq, `1,000 tons`, GHG intensity per KRW 100 million of revenue, `year-on-year`, points written `%p`, data tables
// whose years head the columns `2021 2022 2023` after a Unit column, indented breakdown rows); a Chinese city-gas
// distributor's 可持续发展报告 in simplified Chinese and its English translation in two files (亿立方米 / billion m³ and
// million m³, 万户 / million households, 万公里 / km, 万吨 / tCO2e and tonnes, 亿元 / 万元 / RMB million; a 关键数据 list of
// `label：value` lines, 表1 of sales by customer type with 同比变动 and 2023年占比 columns, a 关键绩效表 with a 单位 column
// and 经济 / 环境 / 社会绩效 sub-headings, 其中 and 分别为 lists).
// Planted (as real drafts slip): totals that no longer add (Table 2's FY2022 NPI column with Australia 78.4 for 87.4
// under 368.2; Table 3's FY2021 Scope 2 76,142 for 76,412 under 77,658; DPU 8.24 cents of 4.18 + 4.24; asset enhancement
// S$64.8 million comprising parts that miss S$2.4 million; the 2022 revenue column with Battery Materials 3,864.2 for
// 3,846.2 under 15,568.2; Scope 1 2021 3,824,160 for 3,842,160 under 5,328,400; employees 2023 with female 1,483 for
// 1,438 under 7,384; 关键绩效表 2021 范围二 18.26 for 18.62 under 74.86; the English safety investment RMB 1,280 million
// of 746 + 236 + 253 + 54); change cells and rates that do not compute (Australia NPI `up 0.9%` against the table's 78.4;
// water `fell 4.3%` for 3.4; Battery Materials `grew 9.7%` against the table's 3,864.2; Scope 3 `fell 2.9%` for 2.7;
// recycling rate `up 3.2%p` for 2.2; 表1 工商业用户 同比变动 6.7% for 7.6 in both languages' tables; the English gas
// sales `up 8.6%` for 6.8); a share cell mistyped (Australia 22.5% for 25.2%); a share that does not compute (the
// English women 7,350 of 22,684 `(34.2%)`); one metric two ways in one document (Australia's valuation 1,742.6 /
// 1,724.6; DPU 8.24 / 8.42 cents; Japan's NLA 22,540 / 225,400 m², a scale slip; over / nearly 1,600 tenants; dividends
// KRW 15.42 / 154.2 billion, a scale slip; water withdrawal 4.86 / 48.62 million tons, a scale slip; women 1,438 / 1,483;
// volunteers nearly 4,800 / more than 4,800 / 4,862; revenue KRW 1,426.2 billion / 14.26 trillion, a scale slip; 营业收入
// 286.4 / 268.4 亿元; 对外捐赠及公益投入 2.68 亿元 / 2,680 万元, a 万 / 亿 slip); slips in translation (近 1,860 万户 /
// over 18.6 million; 安全培训 0.45 亿元 / RMB 54 million; 女性 占 32.4% / 34.2%; 管网 8.64 万公里 / 68,400 km; 同比增长
// 6.8% / up 8.6%).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: `over S$6.8 billion` beside S$6,842.5 million; `1.29 million m²` beside 1,286,400;
// FY2022's 8.62 cents DPU; 10 of 14 properties; the 85% by 2030 target; 1,642 leases beside 1,600 tenants; tenant
// satisfaction 86% beside the Manager's 86 employees; `approximately 7,400 employees` beside 7,384; KRW 9.2 billion of
// donations beside the table's 92 (KRW 100 million); `4.91 million tCO2eq` beside 4,913,530; 6,842 (salaries, KRW 100
// million) beside 6,842 employees in 2021; the 2021 and 2022 columns beside the text's 2023; the 2050 and 2030 targets;
// 近 1,860 万户 beside 1,856.4 万户; 净利润 18.26 亿元 beside 范围二 18.26 万吨; 2,680 万元 beside the English RMB 26.8 million;
// 30% by 2030 against 2020.

import type { Engagement } from './key';
import { across, B, engagements, entry, K, M, T, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b29';
const TANJONG = 'tanjong-verde-reit-sustainability-2023.txt';
const HANBIT = 'hanbit-chemical-sustainability-2023.txt';
const HUACHUAN_ZH = 'huachuan-gas-sustainability-2023-zh.txt';
const HUACHUAN_EN = 'huachuan-gas-sustainability-2023-en.txt';

export const BATCH_29_ENGAGEMENTS: Engagement[] = engagements(DIR, [TANJONG, HANBIT, [HUACHUAN_ZH, HUACHUAN_EN]]);

export const BATCH_29_KEY: KeyEntry[] = [
  // Tanjong Verde REIT: a Singapore REIT's sustainability report (FY2023, year ended 31 December 2023)
  entry(TANJONG, 'ratio', false, [1_724.6 * M, 6_842.5 * M, [22.5, 'Australia  ']], 'planted: Table 1 Australia S$1,724.6 of 6,842.5 million is 25.2%, its share-of-valuation cell 22.5%'),
  { ...entry(TANJONG, 'sum', false, [100, 62.6, 22.5, 12.2], 'the same slip: Table 1\'s Share of valuation column 62.6 + 22.5 + 12.2 = 97.3, its Total 100.0%'), atLeast: 3 },
  entry(TANJONG, 'consistency', false, [[1_742.6 * M, 'valued at'], 1_724.6 * M], 'planted: Australia\'s four properties valued at S$1,742.6 million in the text, 1,724.6 in Table 1 (digits swapped)'),
  entry(TANJONG, 'sum', false, [368.2 * M, 241.6 * M, 78.4 * M, 39.2 * M], 'planted: Table 2 FY2022 NPI 241.6 + 78.4 + 39.2 = 359.2, its Total 368.2 (Australia 87.4 mistyped 78.4)'),
  entry(TANJONG, 'change', false, [78.4 * M, 88.2 * M, [0.9, 'net property income was up ']], 'planted: Australia NPI 78.4 (Table 2 FY2022) -> 88.2 million is +12.5%, stated up 0.9% (on 87.4)'),
  entry(TANJONG, 'sum', false, [77_658, 1_246, 76_142], 'planted: Table 3 FY2021 Scope 1 1,246 + Scope 2 76,142 = 77,388, its Total Scope 1 and 2 77,658 (76,412 mistyped)'),
  entry(TANJONG, 'change', false, [826_400, 798_200, [4.3, 'Water consumption fell ']], 'planted: water 826,400 -> 798,200 m³ is -3.4%, stated fell 4.3%'),
  entry(TANJONG, 'consistency', false, [8.24, 8.42], 'planted: DPU 8.42 Singapore cents at a glance and in the message, 8.24 cents in Capital management (digits swapped)'),
  entry(TANJONG, 'sum', false, [8.24, 4.18, 4.24], 'planted: DPU 8.24 cents comprising 4.18 + 4.24 = 8.42 cents'),
  entry(TANJONG, 'consistency', false, [22_540, 225_400], 'planted: Japan\'s NLA 22,540 m² in the text, 225,400 m² in Table 1 (a scale slip)'),
  entry(TANJONG, 'consistency', false, [[1_600, 'serving over '], [1_600, 'nearly ']], 'planted: `serving over 1,600 tenants` in the message, `our community of nearly 1,600 tenants` in Tenants and community (a turned qualifier)'),
  entry(TANJONG, 'sum', false, [64.8 * M, 38.6 * M, 14.2 * M, 9.6 * M], 'planted: asset enhancement S$64.8 million comprising 38.6 + 14.2 + 9.6 = 62.4 (a part left out)'),
  entry(TANJONG, 'sum', true, [6_842.5 * M, 4_286.4 * M, 1_724.6 * M, 831.5 * M], 'Table 1 valuation: 4,286.4 + 1,724.6 + 831.5 = 6,842.5 S$ million'),
  entry(TANJONG, 'sum', true, [1_286_400, 642_800, 418_200, 225_400], 'Table 1 NLA: 642,800 + 418,200 + 225,400 = 1,286,400 m²'),
  entry(TANJONG, 'sum', true, [[14, 'Total  '], [8, 'Singapore  '], [4, 'Australia  '], [2, 'Japan  ']], 'Table 1 properties: 8 + 4 + 2 = 14'),
  entry(TANJONG, 'ratio', true, [4_286.4 * M, 6_842.5 * M, [62.6, 'Singapore  ']], 'Table 1 Singapore 4,286.4 of 6,842.5 is its 62.6%'),
  entry(TANJONG, 'ratio', true, [831.5 * M, 6_842.5 * M, 12.2], 'Table 1 Japan 831.5 of 6,842.5 is its 12.2%'),
  entry(TANJONG, 'ratio', true, [[4_286.4 * M, 'core market, with S$'], 6_842.5 * M, [62.6, 'million, or ']], 'Singapore S$4,286.4 million is the stated 62.6% of the portfolio (S$6,842.5 million) by valuation'),
  entry(TANJONG, 'sum', true, [490.2 * M, 318.4 * M, 121.6 * M, 50.2 * M], 'Table 2 FY2022 gross revenue: 318.4 + 121.6 + 50.2 = 490.2'),
  entry(TANJONG, 'sum', true, [512.8 * M, 336.2 * M, 124.8 * M, 51.8 * M], 'Table 2 FY2023 gross revenue: 336.2 + 124.8 + 51.8 = 512.8'),
  entry(TANJONG, 'sum', true, [382.6 * M, 254.8 * M, 88.2 * M, 39.6 * M], 'Table 2 FY2023 NPI: 254.8 + 88.2 + 39.6 = 382.6'),
  entry(TANJONG, 'ratio', true, [382.6 * M, 512.8 * M, 74.6], 'NPI 382.6 of gross revenue 512.8 is the stated NPI margin 74.6%'),
  entry(TANJONG, 'ratio', true, [368.2 * M, 490.2 * M, 75.1], 'FY2022 NPI 368.2 of gross revenue 490.2 is the stated (FY2022: 75.1%)'),
  entry(TANJONG, 'ratio', true, [2_684 * M, 6_954.2 * M, 38.6], 'borrowings S$2,684.0 of deposited property S$6,954.2 million is the stated aggregate leverage 38.6%'),
  entry(TANJONG, 'ratio', true, [1_248.6 * M, 2_684 * M, 46.5], 'green and sustainability-linked loans S$1,248.6 of borrowings S$2,684.0 million is the stated 46.5%'),
  entry(TANJONG, 'sum', true, [75_470, 1_184, 74_286], 'Table 3 FY2022: 1,184 + 74,286 = 75,470 tCO2e'),
  entry(TANJONG, 'sum', true, [72_752, 1_128, 71_624], 'Table 3 FY2023: 1,128 + 71,624 = 72,752 tCO2e'),
  entry(TANJONG, 'ratio', true, [186_420, 1_286_400, 144.9], 'FY2021 energy 186,420 MWh over NLA 1,286,400 m² is its 144.9 kWh/m²'),
  entry(TANJONG, 'ratio', true, [181_260, 1_286_400, 140.9], 'FY2022 energy 181,260 MWh over 1,286,400 m² is its 140.9 kWh/m²'),
  entry(TANJONG, 'ratio', true, [174_830, 1_286_400, 135.9], 'FY2023 energy 174,830 MWh over 1,286,400 m² is its 135.9 kWh/m²'),
  entry(TANJONG, 'ratio', true, [77_658, 1_286_400, 60.4], 'FY2021 emissions 77,658 tCO2e over 1,286,400 m² is its 60.4 kgCO2e/m²'),
  entry(TANJONG, 'ratio', true, [75_470, 1_286_400, 58.7], 'FY2022 emissions 75,470 tCO2e over 1,286,400 m² is its 58.7 kgCO2e/m²'),
  entry(TANJONG, 'ratio', true, [72_752, 1_286_400, 56.6], 'FY2023 emissions 72,752 tCO2e over 1,286,400 m² is its 56.6 kgCO2e/m² (table and text)'),
  entry(TANJONG, 'ratio', true, [843_200, 1_286_400, 0.66], 'FY2021 water 843,200 m³ over 1,286,400 m² is its 0.66 m³/m²'),
  entry(TANJONG, 'ratio', true, [826_400, 1_286_400, 0.64], 'FY2022 water 826,400 m³ over 1,286,400 m² is its 0.64 m³/m²'),
  entry(TANJONG, 'ratio', true, [798_200, 1_286_400, 0.62], 'FY2023 water 798,200 m³ over 1,286,400 m² is its 0.62 m³/m²'),
  entry(TANJONG, 'ratio', true, [1_011_200, 1_286_400, 78.6], 'green-certified NLA 1,011,200 of 1,286,400 m² is the stated 78.6%'),
  entry(TANJONG, 'ratio', true, [512_400, 1_286_400, 39.8], 'Green Mark Platinum NLA 512,400 of 1,286,400 m² is the stated 39.8%'),
  entry(TANJONG, 'ratio', true, [4_826, 174_830, 2.8], 'solar 4,826 of 174,830 MWh is the stated 2.8%'),
  entry(TANJONG, 'ratio', true, [1_024, 1_642, 62.4], 'green leases 1,024 of 1,642 is the stated (62.4%)'),
  entry(TANJONG, 'ratio', true, [48, [86, 'The Manager had '], 55.8], '48 women of 86 employees is the stated (55.8%)'),
  entry(TANJONG, 'ratio', true, [2_804, [86, 'The Manager had '], 32.6], '2,804 training hours over 86 employees is the stated 32.6 hours per employee'),
  entry(TANJONG, 'change', true, [490.2 * M, 512.8 * M, 4.6], 'gross revenue 490.2 -> 512.8 million is the stated rose 4.6% (and +4.6% at a glance)'),
  entry(TANJONG, 'change', true, [368.2 * M, 382.6 * M, 3.9], 'NPI 368.2 -> 382.6 million is the stated grew 3.9% (and +3.9% at a glance)'),
  entry(TANJONG, 'change', true, [8.62, 8.42, [2.3, 'cents was ']], 'DPU 8.62 -> 8.42 cents is the stated 2.3% lower (and -2.3% at a glance)'),
  entry(TANJONG, 'change', true, [318.4 * M, 336.2 * M, 5.6], 'Singapore gross revenue 318.4 -> 336.2 is the stated rose 5.6%'),
  entry(TANJONG, 'change', true, [50.2 * M, 51.8 * M, 3.2], 'Japan gross revenue 50.2 -> 51.8 is the stated grew 3.2%'),
  entry(TANJONG, 'change', true, [181_260, 174_830, 3.5], 'energy 181,260 -> 174,830 MWh is the stated fell 3.5%'),
  entry(TANJONG, 'change', true, [75_470, 72_752, [3.6, 'emissions fell ']], 'Scope 1 and 2 75,470 -> 72,752 tCO2e is the stated fell 3.6%'),
  entry(TANJONG, 'change', true, [77_658, 72_752, 6.3], 'Scope 1 and 2 FY2021 77,658 -> 72,752 is the stated 6.3% below'),
  entry(TANJONG, 'change', true, [58.7, 56.6, [3.6, 'intensity fell ']], 'emissions intensity 58.7 -> 56.6 kgCO2e/m² is the stated fell 3.6%'),

  // Hanbit Chemical: a Korean conglomerate affiliate's English sustainability report (2023)
  entry(HANBIT, 'sum', false, [15_568.2 * B, 10_214.8 * B, 3_864.2 * B, 1_507.2 * B], 'planted: 2022 revenue 10,214.8 + 3,864.2 + 1,507.2 = 15,586.2, its Revenue row 15,568.2 (Battery Materials 3,846.2 mistyped 3,864.2)'),
  entry(HANBIT, 'change', false, [3_864.2 * B, 4_218.4 * B, [9.7, 'grew ']], 'planted: Battery Materials 3,864.2 (table 2022) -> 4,218.4 KRW billion is +9.2%, stated grew 9.7% (on 3,846.2)'),
  { ...entry(HANBIT, 'consistency', false, [[15.42 * B, 'received KRW '], [154.2 * B, 'Total dividends of'], 1_542 * YI], 'planted: dividends KRW 15.42 billion in the text, KRW 154.2 billion in Economic Performance and 1,542 (KRW 100 million) in the distribution table (a scale slip)'), atLeast: 2 },
  entry(HANBIT, 'change', false, [8_412_600, 8_186_400, [2.9, 'Scope 3 emissions fell ']], 'planted: Scope 3 8,412,600 -> 8,186,400 tCO2eq is -2.7%, stated fell 2.9%'),
  entry(HANBIT, 'sum', false, [5_328_400, 3_824_160, 1_486_240], 'planted: 2021 Scope 1 3,824,160 + Scope 2 1,486,240 = 5,310,400, its Total (Scope 1+2) 5,328,400 (3,842,160 mistyped)'),
  entry(HANBIT, 'change', false, [85.2, 87.4, [3.2, 'up ']], 'planted: recycling rate 85.2% -> 87.4% is 2.2 points, stated up 3.2%p'),
  entry(HANBIT, 'consistency', false, [[4.86 * M, 'water withdrawal to '], 48.62 * M], 'planted: water withdrawal 4.86 million tons in the CEO message, 48.62 million tons in the text and 48,620 (1,000 tons) in the table (a scale slip)'),
  entry(HANBIT, 'sum', false, [[7_384, 'Total employees'], 5_946, 1_483], 'planted: 2023 employees 5,946 + 1,483 = 7,429, its Total employees 7,384 (female 1,438 mistyped 1,483)'),
  entry(HANBIT, 'consistency', false, [1_438, 1_483], 'planted: 1,438 women in the text, 1,483 in the Social Performance table (digits swapped)'),
  { ...entry(HANBIT, 'consistency', false, [[4_800, 'Nearly '], [4_800, 'more than '], 4_862], 'planted: `more than 4,800` volunteers in the CEO message, `Nearly 4,800` in Social Performance, 4,862 in the table (a qualifier that does not hold)'), atLeast: 2 },
  { ...entry(HANBIT, 'consistency', false, [1_426.2 * B, 14.26 * T, 14_262.4 * B], 'planted: revenue KRW 1,426.2 billion in the Company Overview, KRW 14.26 trillion in the CEO message and 14,262.4 (KRW billion) in the table (a scale slip)'), atLeast: 2 },
  entry(HANBIT, 'sum', true, [13_842.6 * B, 9_486.2 * B, 2_864.8 * B, 1_491.6 * B], '2021 revenue: 9,486.2 + 2,864.8 + 1,491.6 = 13,842.6 KRW billion'),
  entry(HANBIT, 'sum', true, [14_262.4 * B, 8_642.6 * B, 4_218.4 * B, 1_401.4 * B], '2023 revenue: 8,642.6 + 4,218.4 + 1,401.4 = 14,262.4 KRW billion'),
  entry(HANBIT, 'ratio', true, [286.4 * B, 13_842.6 * B, 2.07], '2021 R&D 286.4 of revenue 13,842.6 is its 2.07%'),
  entry(HANBIT, 'ratio', true, [312.6 * B, 15_568.2 * B, 2.01], '2022 R&D 312.6 of revenue 15,568.2 is its 2.01%'),
  { ...entry(HANBIT, 'ratio', true, [348.2 * B, 14_262.4 * B, 14.26 * T, 2.44], '2023 R&D KRW 348.2 billion of revenue 14,262.4 (KRW 14.26 trillion) is its 2.44% (table and text)'), atLeast: 3 },
  { ...entry(HANBIT, 'ratio', true, [842.6 * B, 14_262.4 * B, 14.26 * T, 5.9], 'operating profit 842.6 of revenue 14,262.4 KRW billion is the stated operating profit margin 5.9%'), atLeast: 3 },
  entry(HANBIT, 'ratio', true, [748.4 * B, 15_568.2 * B, 4.8], '2022 operating profit 748.4 of revenue 15,568.2 is the stated (2022: 4.8%)'),
  { ...entry(HANBIT, 'ratio', true, [4_218.4 * B, 14_262.4 * B, 14.26 * T, 29.6], 'Battery Materials 4,218.4 of revenue 14,262.4 is the stated 29.6%'), atLeast: 3 },
  { ...entry(HANBIT, 'ratio', true, [8_642.6 * B, 14_262.4 * B, 14.26 * T, 60.6], 'Petrochemicals 8,642.6 of revenue 14,262.4 is the stated (60.6% of revenue)'), atLeast: 3 },
  { ...entry(HANBIT, 'ratio', true, [1_401.4 * B, 14_262.4 * B, 14.26 * T, 9.8], 'Advanced Materials 1,401.4 of revenue 14,262.4 is the stated (9.8%)'), atLeast: 3 },
  entry(HANBIT, 'ratio', true, [154.2 * B, 524.8 * B, 29.4], 'dividends KRW 154.2 of net income 524.8 billion is the stated payout ratio 29.4%'),
  entry(HANBIT, 'sum', true, [11_504 * YI, [6_842 * YI, 'Salaries and benefits'], 1_486 * YI, 1_128 * YI, 1_964 * YI, 84 * YI], 'distribution of economic value 2022: 6,842 + 1,486 + 1,128 + 1,964 + 84 = 11,504 (KRW 100 million)'),
  entry(HANBIT, 'sum', true, [11_362 * YI, 7_124 * YI, 1_542 * YI, 1_386 * YI, 1_218 * YI, 92 * YI], 'distribution of economic value 2023: 7,124 + 1,542 + 1,386 + 1,218 + 92 = 11,362 (KRW 100 million)'),
  entry(HANBIT, 'sum', true, [86.4 * B, 52.6 * B, 21.8 * B, 12 * B], 'shared growth funds KRW 86.4 billion: 52.6 + 21.8 + 12.0'),
  entry(HANBIT, 'ratio', true, [1.86 * T, 4.37 * T, 42.6], 'SME purchases KRW 1.86 of 4.37 trillion is the stated 42.6%'),
  entry(HANBIT, 'sum', true, [5_169_340, 3_716_480, 1_452_860], '2022 Scope 1 3,716,480 + Scope 2 1,452,860 = 5,169,340 tCO2eq'),
  entry(HANBIT, 'sum', true, [4_913_530, 3_528_920, 1_384_610], '2023 Scope 1 3,528,920 + Scope 2 1,384,610 = 4,913,530 tCO2eq'),
  entry(HANBIT, 'ratio', true, [5_328_400, 13_842.6 * B, 38.49], '2021 GHG intensity: 5,328,400 tCO2eq over revenue 13,842.6 KRW billion is its 38.49 per KRW 100 million'),
  entry(HANBIT, 'ratio', true, [5_169_340, 15_568.2 * B, 33.2], '2022 GHG intensity: 5,169,340 over 15,568.2 KRW billion is its 33.20 per KRW 100 million'),
  entry(HANBIT, 'ratio', true, [4_913_530, 14_262.4 * B, 34.45], '2023 GHG intensity: 4,913,530 over 14,262.4 KRW billion is its 34.45 per KRW 100 million (table and text)'),
  entry(HANBIT, 'ratio', true, [1_246, 68_426, 1.8], '2021 renewable energy 1,246 of 68,426 TJ is its 1.8%'),
  entry(HANBIT, 'ratio', true, [2_186, 66_842, 3.3], '2022 renewable energy 2,186 of 66,842 TJ is its 3.3%'),
  entry(HANBIT, 'ratio', true, [3_428, 64_218, 5.3], '2023 renewable energy 3,428 of 64,218 TJ is its 5.3% (table and text)'),
  entry(HANBIT, 'ratio', true, [118_240, 142_860, 82.8], '2021 recycled 118,240 of 142,860 tons is its recycling rate 82.8%'),
  entry(HANBIT, 'ratio', true, [117_930, 138_420, 85.2], '2022 recycled 117,930 of 138,420 tons is its 85.2%'),
  entry(HANBIT, 'ratio', true, [115_050, 131_640, 87.4], '2023 recycled 115,050 of 131,640 tons is its 87.4% (table and text)'),
  entry(HANBIT, 'sum', true, [[6_842, 'Total employees'], 5_624, 1_218], '2021 employees: 5,624 + 1,218 = 6,842'),
  entry(HANBIT, 'sum', true, [7_126, 5_812, 1_314], '2022 employees: 5,812 + 1,314 = 7,126'),
  entry(HANBIT, 'ratio', true, [1_438, 7_384, 19.5], '1,438 women of 7,384 employees is the stated (19.5%)'),
  entry(HANBIT, 'ratio', true, [86, 768, 11.2], 'women in 86 of 768 managerial positions is the stated (11.2%)'),
  entry(HANBIT, 'ratio', true, [164, 542, 30.3], '164 women of 542 new hires is the stated (30.3%)'),
  entry(HANBIT, 'change', true, [15_568.2 * B, 14.26 * T, 8.4], 'revenue 15,568.2 KRW billion -> KRW 14.26 trillion is the stated down 8.4%'),
  entry(HANBIT, 'change', true, [748.4 * B, 842.6 * B, 12.6], 'operating profit 748.4 -> 842.6 is the stated rose 12.6%'),
  entry(HANBIT, 'change', true, [486.2 * B, 524.8 * B, 7.9], 'net income 486.2 -> 524.8 is the stated increased 7.9%'),
  entry(HANBIT, 'change', true, [312.6 * B, 348.2 * B, 11.4], 'R&D 312.6 -> 348.2 is the stated rose 11.4%'),
  entry(HANBIT, 'change', true, [10_214.8 * B, 8_642.6 * B, 15.4], 'Petrochemicals 10,214.8 -> 8,642.6 is the stated fell 15.4%'),
  entry(HANBIT, 'change', true, [1_507.2 * B, 1_401.4 * B, 7], 'Advanced Materials 1,507.2 -> 1,401.4 is the stated fell 7.0%'),
  entry(HANBIT, 'change', true, [1_128 * YI, 1_386 * YI, 22.9], 'interest expenses 1,128 -> 1,386 (KRW 100 million) is the stated rose 22.9%'),
  entry(HANBIT, 'change', true, [1_964 * YI, 1_218 * YI, 38], 'taxes and dues 1,964 -> 1,218 is the stated fell 38.0%'),
  { ...entry(HANBIT, 'change', true, [5_169_340, 4.91 * M, 4_913_530, 4.9], 'Scope 1 and 2 5,169,340 -> 4,913,530 (4.91 million) tCO2eq is the stated fell 4.9% (the CEO message and the text)'), atLeast: 3 },
  entry(HANBIT, 'change', true, [5_328_400, 4_913_530, 7.8], 'Scope 1 and 2 2021 5,328,400 -> 4,913,530 is the stated 7.8% below'),
  entry(HANBIT, 'change', true, [3_716_480, 3_528_920, 5], 'Scope 1 3,716,480 -> 3,528,920 is the stated fell 5.0%'),
  entry(HANBIT, 'change', true, [1_452_860, 1_384_610, 4.7], 'Scope 2 1,452,860 -> 1,384,610 is the stated fell 4.7%'),
  entry(HANBIT, 'change', true, [33.2, 34.45, 3.8], 'GHG intensity 33.20 -> 34.45 is the stated rose 3.8%'),
  entry(HANBIT, 'change', true, [2_186, 3_428, 56.8], 'renewable energy 2,186 -> 3,428 TJ is the stated rose 56.8%'),
  entry(HANBIT, 'change', true, [3.3, 5.3, 2], 'renewable energy ratio 3.3% -> 5.3% is the stated 2.0%p'),
  entry(HANBIT, 'change', true, [49_860 * K, 48.62 * M, 2.5], 'water withdrawal 49,860 (1,000 tons) -> 48.62 million tons is the stated fell 2.5%'),
  entry(HANBIT, 'change', true, [7_126, 7_384, 3.6], 'employees 7,126 -> 7,384 is the stated up 3.6%'),
  entry(HANBIT, 'change', true, [9.6, 11.2, 1.6], 'female managers ratio 9.6% -> 11.2% is the stated up 1.6%p'),
  entry(HANBIT, 'change', true, [0.38, 0.31, 18.4], 'LTIFR 0.38 -> 0.31 is the stated improved 18.4%'),

  // 华川燃气 Huachuan Gas: a Chinese city-gas distributor's 可持续发展报告 in Chinese and English
  entry(HUACHUAN_ZH, 'change', false, [29.64 * YI, 31.88 * YI, [6.7, '工商业用户\t']], 'planted: 表1 工商业用户 29.64 -> 31.88 亿立方米 is +7.6%, its 同比变动 cell 6.7%'),
  entry(HUACHUAN_EN, 'change', false, [2_964 * M, 3_188 * M, [6.7, 'Commercial and industrial  ']], 'planted: the English Table 1 commercial and industrial 2,964 -> 3,188 million m³ is +7.6%, its Change cell 6.7% (copied from the Chinese)'),
  { ...across(HUACHUAN_ZH, [[286.4 * YI, '实现营业收入'], [268.4 * YI, '营业收入\t']], HUACHUAN_EN, [[28.64 * B, 'revenue rose 4.2% to RMB ']], 'planted: 营业收入 286.4 亿元 in the chair\'s letter (RMB 28.64 billion in the English), 268.4 in the 关键绩效表 (digits swapped)'), atLeast: 2 },
  { ...across(HUACHUAN_ZH, [[2.68 * YI, '对外捐赠及公益投入：'], [2_680 * WAN, '对外捐赠及公益投入']], HUACHUAN_EN, [[26.8 * M, 'totalled RMB ']], 'planted: 对外捐赠及公益投入 2.68 亿元 in 关键数据, 2,680 万元 in the text and the 关键绩效表 (RMB 26.8 million in the English) (a 万 / 亿 slip)'), atLeast: 2 },
  entry(HUACHUAN_ZH, 'sum', false, [74.86 * WAN, 56.24 * WAN, 18.26 * WAN], 'planted: 关键绩效表 2021 范围一 56.24 + 范围二 18.26 = 74.50, its 温室气体排放总量 74.86 万吨 (18.62 mistyped)'),
  entry(HUACHUAN_EN, 'sum', false, [1_280 * M, 746 * M, 236 * M, 253 * M, 54 * M], 'planted: the English safety investment RMB 1,280 million comprising 746 + 236 + 253 + 54 = 1,289 (training 45 mistyped 54)'),
  across(HUACHUAN_ZH, [0.45 * YI], HUACHUAN_EN, [54 * M], 'planted: 安全培训 0.45 亿元 (RMB 45 million) in the Chinese, RMB 54 million in the English (digits swapped)'),
  { ...across(HUACHUAN_ZH, [[1_860 * WAN, '近']], HUACHUAN_EN, [[18.6 * M, 'over '], 18.564 * M], 'planted: 近 1,860 万户 residential customers in the Chinese, over 18.6 million in the English (a turned qualifier; the English itself gives 18.564 million)'), atLeast: 2 },
  entry(HUACHUAN_EN, 'ratio', false, [7_350, 22_684, 34.2], 'planted: the English 7,350 women of 22,684 employees is 32.4%, stated (34.2%)'),
  across(HUACHUAN_ZH, [32.4], HUACHUAN_EN, [34.2], 'planted: 女性员工 占 32.4% in the Chinese, 34.2% in the English (digits swapped)'),
  across(HUACHUAN_ZH, [8.64 * WAN], HUACHUAN_EN, [68_400], 'planted: 管网总长度 8.64 万公里 (86,400 km) in the Chinese, 68,400 km in the English (digits swapped)'),
  entry(HUACHUAN_EN, 'change', false, [5_489 * M, 5.862 * B, [8.6, 'natural gas, up ']], 'planted: the English gas sales 5,489 (Table 1 2022) -> 5,862 million m³ is +6.8%, stated up 8.6%'),
  across(HUACHUAN_ZH, [6.8], HUACHUAN_EN, [[8.6, 'natural gas, up ']], 'planted: 天然气销售量 同比增长 6.8% in the Chinese, up 8.6% in the English'),
  entry(HUACHUAN_EN, 'consistency', false, [[8.6, 'natural gas, up '], [6.8, 'Total                           5,489']], 'the same slip within the English: up 8.6% in the text, its Table 1 Total Change 6.8% (key upkeep, session 45: the checks reported it)'),
  entry(HUACHUAN_ZH, 'sum', true, [54.89 * YI, 13.86 * YI, 29.64 * YI, 3.42 * YI, 7.97 * YI], '表1 2022: 13.86 + 29.64 + 3.42 + 7.97 = 54.89 亿立方米'),
  entry(HUACHUAN_ZH, 'sum', true, [58.62 * YI, 14.52 * YI, 31.88 * YI, 3.18 * YI, 9.04 * YI], '表1 2023: 14.52 + 31.88 + 3.18 + 9.04 = 58.62 亿立方米'),
  entry(HUACHUAN_ZH, 'ratio', true, [14.52 * YI, 58.62 * YI, 24.8], '表1 居民用户 14.52 of 58.62 is its 24.8%'),
  entry(HUACHUAN_ZH, 'ratio', true, [31.88 * YI, 58.62 * YI, [54.4, '工商业用户\t']], '表1 工商业用户 31.88 of 58.62 is its 54.4%'),
  entry(HUACHUAN_ZH, 'ratio', true, [3.18 * YI, 58.62 * YI, 5.4], '表1 加气站 3.18 of 58.62 is its 5.4%'),
  entry(HUACHUAN_ZH, 'ratio', true, [9.04 * YI, 58.62 * YI, 15.4], '表1 批发及其他 9.04 of 58.62 is its 15.4%'),
  entry(HUACHUAN_ZH, 'ratio', true, [[31.88 * YI, '工商业用户用气量'], 58.62 * YI, [54.4, '占销售总量的']], '工商业用户用气量 31.88 of 天然气销售量 58.62 亿立方米 is the stated 占销售总量的 54.4%'),
  entry(HUACHUAN_ZH, 'sum', true, [1_856.4 * WAN, 862.4 * WAN, 512.8 * WAN, 298.6 * WAN, 182.6 * WAN], '居民用户 1,856.4 万户 = 华东 862.4 + 西南 512.8 + 华中 298.6 + 其他 182.6 (其中)'),
  entry(HUACHUAN_ZH, 'ratio', true, [2.18 * WAN, 8.64 * WAN, 25.2], '中压及以上管网 2.18 of 8.64 万公里 is the stated 占 25.2%'),
  entry(HUACHUAN_ZH, 'sum', true, [12.8 * YI, 7.46 * YI, 2.36 * YI, 2.53 * YI, 0.45 * YI], '安全生产投入 12.80 亿元, 分别为 7.46 + 2.36 + 2.53 + 0.45'),
  entry(HUACHUAN_ZH, 'ratio', true, [1_624 * WAN, 1_856.4 * WAN, 87.5], '户内安检 1,624 万户次 over 居民用户 1,856.4 万户 is the stated 安检覆盖率 87.5%'),
  entry(HUACHUAN_ZH, 'sum', true, [68.42 * WAN, 52.16 * WAN, 16.26 * WAN], '2023: 范围一 52.16 + 范围二 16.26 = 68.42 万吨 (the text and the 关键绩效表)'),
  entry(HUACHUAN_ZH, 'sum', true, [72.17 * WAN, 54.62 * WAN, 17.55 * WAN], '关键绩效表 2022: 54.62 + 17.55 = 72.17 万吨'),
  entry(HUACHUAN_ZH, 'ratio', true, [74.86 * WAN, 51.26 * YI, 1.46], '关键绩效表 2021 单位售气量碳排放: 74.86 万吨 over 51.26 亿立方米 is its 1.46 吨/万立方米'),
  entry(HUACHUAN_ZH, 'ratio', true, [72.17 * WAN, 54.89 * YI, 1.31], '关键绩效表 2022: 72.17 万吨 over 54.89 亿立方米 is its 1.31 吨/万立方米'),
  entry(HUACHUAN_ZH, 'ratio', true, [68.42 * WAN, 58.62 * YI, 1.17], '2023: 68.42 万吨 over 58.62 亿立方米 is its 1.17 吨/万立方米 (the text and the 关键绩效表)'),
  entry(HUACHUAN_ZH, 'ratio', true, [7_350, 22_684, 32.4], '女性员工 7,350 of 22,684 is the stated 占 32.4%'),
  entry(HUACHUAN_ZH, 'change', true, [54.89 * YI, 58.62 * YI, 6.8], '天然气销售量 54.89 -> 58.62 亿立方米 is the stated 同比增长 6.8% (and 表1\'s 合计 cell)'),
  entry(HUACHUAN_ZH, 'change', true, [274.9 * YI, [286.4 * YI, '实现营业收入'], 4.2], '营业收入 274.9 -> 286.4 亿元 is the stated 同比增长 4.2%'),
  entry(HUACHUAN_ZH, 'change', true, [17.08 * YI, 18.26 * YI, 6.9], '净利润 17.08 -> 18.26 亿元 is the stated 同比增长 6.9%'),
  entry(HUACHUAN_ZH, 'change', true, [13.86 * YI, 14.52 * YI, 4.8], '居民用户用气量 13.86 -> 14.52 is the stated 同比增长 4.8% (and its cell)'),
  entry(HUACHUAN_ZH, 'change', true, [3.42 * YI, 3.18 * YI, -7], '表1 加气站 3.42 -> 3.18 is its -7.0%'),
  entry(HUACHUAN_ZH, 'change', true, [7.97 * YI, 9.04 * YI, 13.4], '表1 批发及其他 7.97 -> 9.04 is its 13.4%'),
  entry(HUACHUAN_ZH, 'change', true, [1_788.2 * WAN, 1_856.4 * WAN, 3.8], '居民用户 1,788.2 -> 1,856.4 万户 (净增 68.2 万户) is the stated 增长 3.8%'),
  entry(HUACHUAN_ZH, 'change', true, [11.52 * YI, 12.8 * YI, 11.1], '安全生产投入 11.52 -> 12.80 亿元 is the stated 同比增长 11.1%'),
  entry(HUACHUAN_ZH, 'change', true, [72.17 * WAN, 68.42 * WAN, 5.2], '温室气体排放总量 72.17 -> 68.42 万吨 is the stated 同比下降 5.2%'),
  entry(HUACHUAN_ZH, 'change', true, [1.562 * WAN, 1.486 * WAN, 4.9], '甲烷排放量 1.562 -> 1.486 万吨 is the stated 同比下降 4.9%'),
  entry(HUACHUAN_ZH, 'change', true, [1.31, 1.17, 10.7], '单位售气量碳排放 1.31 -> 1.17 is the stated 同比下降 10.7%'),
  entry(HUACHUAN_ZH, 'change', true, [2_146 * WAN, 2_680 * WAN, 24.9], '对外捐赠及公益投入 2,146 -> 2,680 万元 is the stated 同比增长 24.9%'),
  entry(HUACHUAN_EN, 'sum', true, [5_489 * M, 1_386 * M, 2_964 * M, 342 * M, 797 * M], 'the English Table 1 2022: 1,386 + 2,964 + 342 + 797 = 5,489 million m³'),
  entry(HUACHUAN_EN, 'sum', true, [5_862 * M, 1_452 * M, 3_188 * M, 318 * M, 904 * M], 'the English Table 1 2023: 1,452 + 3,188 + 318 + 904 = 5,862 million m³'),
  entry(HUACHUAN_EN, 'ratio', true, [1_452 * M, 5_862 * M, 24.8], 'the English Table 1 residential 1,452 of 5,862 is its 24.8%'),
  entry(HUACHUAN_EN, 'ratio', true, [3_188 * M, 5_862 * M, [54.4, 'Commercial and industrial  ']], 'the English Table 1 commercial and industrial 3,188 of 5,862 is its 54.4%'),
  entry(HUACHUAN_EN, 'ratio', true, [318 * M, 5_862 * M, 5.4], 'the English Table 1 refuelling stations 318 of 5,862 is its 5.4%'),
  entry(HUACHUAN_EN, 'ratio', true, [904 * M, 5_862 * M, 15.4], 'the English Table 1 wholesale and other 904 of 5,862 is its 15.4%'),
  entry(HUACHUAN_EN, 'ratio', true, [[3_188 * M, 'customers used '], 5.862 * B, [54.4, 'million m³, ']], 'the English commercial and industrial 3,188 million m³ of the 5.862 billion m³ sold is the stated 54.4% of the total'),
  entry(HUACHUAN_EN, 'sum', true, [18.564 * M, 8.624 * M, 5.128 * M, 2.986 * M, 1.826 * M], 'the English residential customers 18.564 million = 8.624 + 5.128 + 2.986 + 1.826 million'),
  entry(HUACHUAN_EN, 'ratio', true, [16.24 * M, 18.564 * M, 87.5], 'the English 16.24 million inspections over 18.564 million residential customers is the stated 87.5%'),
  entry(HUACHUAN_EN, 'sum', true, [684_200, 521_600, 162_600], 'the English GHG 684,200 = Scope 1 521,600 + Scope 2 162,600 tonnes'),
  entry(HUACHUAN_EN, 'change', true, [1_386 * M, 1_452 * M, 4.8], 'the English residential 1,386 -> 1,452 million m³ is the stated up 4.8% (and its cell)'),
  entry(HUACHUAN_EN, 'change', true, [342 * M, 318 * M, -7], 'the English Table 1 refuelling stations 342 -> 318 is its -7.0%'),
  entry(HUACHUAN_EN, 'change', true, [797 * M, 904 * M, 13.4], 'the English Table 1 wholesale and other 797 -> 904 is its 13.4%'),
  entry(HUACHUAN_EN, 'change', true, [5_489 * M, 5_862 * M, [6.8, 'Total  ']], 'the English Table 1 total 5,489 -> 5,862 is its 6.8%'),
  entry(HUACHUAN_EN, 'change', true, [682 * K, 18.564 * M, 3.8], 'the English residential customers 18.564 million, a net increase of 682,000 on 17.882 million, is the stated (3.8%)'),
];
