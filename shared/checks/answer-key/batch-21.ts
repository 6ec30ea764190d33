// The twenty-first blind batch: four engagements of report kinds outside batches 1–20, written as their
// published reports read (PDF text: wrapped lines, page footers, tables flattened to tabs): a Chinese express
// delivery group's ESG report (a 关键绩效 block restated in the text, 表2-1 over 2021–2023 with a 单位 column and a
// `其中：范围一` / 范围二 breakdown, a 其中 list of 绿色包装资金 and of 包装物, 表4-1 of staff by category with a
// 女性占比 column, shares whose whole stands only in the table); an English private hospital group's annual report
// (an at-a-glance block, a KPI table latest year first with a Change column that the Chief Executive's statement
// restates, hospitals and beds by nation, revenue by payor over two years, people shares, energy in GWh, clinical
// waste by route with a Share column); a Chinese carmaker's ESG report and its English translation in two files
// (万辆 / thousand units, 万吨 / thousand tCO2e table rows, 亿元 / RMB billion and million, 亿千瓦时 / million kWh).
// Planted (as real drafts slip): one metric two ways (新能源车辆 2.68 in the 关键绩效 block, 2.86 万辆 in the text;
// 范围二 117.1 in the text, 117.7 in 表2-1; 员工总数 175,630 in the text, 175,360 in 表4-1; 421.6 thousand
// admissions in the text, 412.6 in the KPI table; 48,620 tCO2e in the text, 48,260; `More than 1.9 million
// outpatient attendances` at a glance, 1,846 thousand; 商用车 24.2 in the text, 24.4 万辆 in 表1); sums that miss
// (表2-1 2022 246.3 + 105.8 under 354.8; 绿色包装资金 6.48 亿元 of 3.26 + 1.84 + 0.92 + 0.64; revenue by payor
// 2022 548.3 + 412.6 + 174.1 + 42.1 under 1,176.2; Scope 1 17,840 + Scope 2 30,420 against 48,620; 表2 2021 32.8
// + 104.3 under 142.5; the English Table 2 2023 406 + 1,170 under 1,513); changes that do not compute (绿色包装使用率
// 86.5% -> 92.3% `提高6.8个百分点`, 5.8; 人均培训 28.6 -> 32.5 小时 `增长12.6%`, 13.6; beds 4,615 -> 4,862, Change
// cell 4.5%, 5.4; 52,140 -> 48,620 `fell 7.4%`, 6.8; incineration 3,124 -> 2,846 `a 9.8% reduction`, 8.9; 单车耗水
// 12.2 -> 10.4 `下降16.4%` in both languages, 14.8; NEV 296,000 -> 482,000 `up 68.2%`, 62.8); shares that do not
// compute (管理及职能 6,210 of 12,870 `43.8%`, 48.3; insured 438.5 of 1,284.7 `36.1%`, 34.1; 1,286 consultants of
// 9,874 clinical staff `10.2%`, 13.0; incineration 2,846 of 6,906 `42.1%`, 41.2; the English R&D `RMB 864 million,
// 5.2% of revenue` of RMB 166.25 billion, 0.52); slips in translation (62.8% / 68.2%; 86.4 亿元 / RMB 864 million;
// 近 2,600 / more than 2,600; 110.7 万吨 / 1,170 thousand; 32.8 万吨 / 382 thousand, the Chinese cell slipped;
// 24.2 万辆 / 244,000, the Chinese text slipped).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: 412.6 twice in the hospital report (admissions in thousands, insured revenue of
// 2022 in £ million); 42.1 as £42.1 million and as the planted 42.1% share; 16.4% twice in each Jiangwo file (women,
// and the planted water change); 12.6 as 12.6 万吨 of packaging, the planted 12.6% and 光伏 12.6%; the text's
// rounded `1.85 million` beside 1,846 thousand; the 2021 and 2022 columns beside the text's 2023 figures; the
// KPI table's bare Hospitals row with no Change cell.

import type { Engagement } from './key';
import { across, B, engagements, entry, K, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b21';
const SHUNDA = 'shunda-express-esg-2023.txt';
const FERNHILL = 'fernhill-healthcare-annual-report-2023.txt';
const JIANGWO_ZH = 'jiangwo-auto-esg-2023-zh.txt';
const JIANGWO_EN = 'jiangwo-auto-esg-2023-en.txt';

export const BATCH_21_ENGAGEMENTS: Engagement[] = engagements(DIR, [SHUNDA, FERNHILL, [JIANGWO_ZH, JIANGWO_EN]]);

const GHG = '温室气体排放总量\t万吨二氧化碳当量\t';

export const BATCH_21_KEY: KeyEntry[] = [
  // 顺达速运: a Chinese express delivery group's ESG report
  entry(SHUNDA, 'consistency', false, [[2.68 * WAN, '新能源运输车辆：'], [2.86 * WAN, '其中新能源车辆']], 'planted: 新能源运输车辆 2.68 万辆 in the 关键绩效 block, 2.86 万辆 in 2.1 (digits swapped)'),
  entry(SHUNDA, 'consistency', false, [117.1 * WAN, 117.7 * WAN], 'planted: 范围二排放 117.1 万吨 in 2.2, 117.7 in 表2-1 for 2023'),
  entry(SHUNDA, 'sum', false, [[354.8 * WAN, `${GHG}312.5\t`], 246.3 * WAN, 105.8 * WAN], 'planted: 表2-1 2022 范围一 246.3 + 范围二 105.8 = 352.1, its total 354.8 (范围二 108.5 with digits swapped)'),
  entry(SHUNDA, 'change', false, [[86.5, '绿色包装使用率\t%\t78.4\t'], 92.3, [6.8, '较上年提高']], 'planted: 绿色包装使用率 86.5% (表2-1 2022) -> 92.3% is 5.8 points, stated 提高 6.8 个百分点'),
  entry(SHUNDA, 'sum', false, [6.48 * YI, 3.26 * YI, 1.84 * YI, 0.92 * YI, 0.64 * YI], 'planted: 绿色包装资金 6.48 亿元, 其中 3.26 + 1.84 + 0.92 + 0.64 = 6.66 (其他 0.46 with digits swapped)'),
  entry(SHUNDA, 'consistency', false, [175_630, 175_360], 'planted: 员工总数 175,630 in the text, 175,360 in 表4-1 (digits swapped)'),
  entry(SHUNDA, 'ratio', false, [6_210, [12_870, '管理及职能人员\t'], 43.8], 'planted: 表4-1 管理及职能 6,210 of 12,870 is 48.3%, its 女性占比 cell 43.8% (digits swapped)'),
  entry(SHUNDA, 'change', false, [28.6, 32.5, 12.6], 'planted: 快递员人均培训 28.6 -> 32.5 小时 is +13.6%, stated 增长 12.6%'),
  entry(SHUNDA, 'sum', true, [[312.5 * WAN, GHG], 218.6 * WAN, 93.9 * WAN], '表2-1 2021: 218.6 + 93.9 = 312.5 万吨'),
  entry(SHUNDA, 'sum', true, [386.4 * WAN, 268.7 * WAN, 117.7 * WAN], '表2-1 2023: 268.7 + 117.7 = 386.4 万吨'),
  entry(SHUNDA, 'sum', false, [[386.4 * WAN, '温室气体排放总量为'], [268.7 * WAN, '范围一排放'], [117.1 * WAN, '范围二排放为']], 'the planted 范围二 117.1 leaves its own paragraph short: 268.7 + 117.1 = 385.8 万吨, its total 386.4 (keyed in session 27, when the checks first added it up; batch 33 keys the same kind)'),
  entry(SHUNDA, 'sum', true, [175_360, [98_460, '快递员\t'], 42_380, 21_650, [12_870, '管理及职能人员\t']], '表4-1: 98,460 + 42,380 + 21,650 + 12,870 = 175,360'),
  entry(SHUNDA, 'sum', true, [30_840, 8_120, 15_640, 870, 6_210], '表4-1 女性: 8,120 + 15,640 + 870 + 6,210 = 30,840'),
  entry(SHUNDA, 'sum', true, [12.6 * WAN, 8.4 * WAN, 3.1 * WAN, 1.1 * WAN], '包装物 12.6 万吨 = 纸箱 8.4 + 塑料 3.1 + 其他 1.1'),
  entry(SHUNDA, 'ratio', true, [8_120, [98_460, '快递员\t'], 8.2], '表4-1 快递员 8,120 of 98,460 is its 8.2%'),
  entry(SHUNDA, 'ratio', true, [15_640, 42_380, 36.9], '表4-1 分拨操作人员 15,640 of 42,380 is its 36.9%'),
  entry(SHUNDA, 'ratio', true, [870, 21_650, 4.0], '表4-1 运输司机 870 of 21,650 is its 4.0%'),
  entry(SHUNDA, 'ratio', true, [[30_840, '合计\t175,360\t'], 175_360, 17.6], '表4-1 合计 30,840 of 175,360 is its 17.6%'),
  entry(SHUNDA, 'ratio', true, [[2.86 * WAN, '其中新能源车辆'], 6.42 * WAN, 44.5], '新能源车辆 2.86 of 6.42 万辆 is the stated 44.5%'),
  entry(SHUNDA, 'ratio', true, [3.96 * WAN, 4.12 * WAN, 96.1], '末端派送 新能源 3.96 of 4.12 万辆 is the stated 96.1%'),
  entry(SHUNDA, 'ratio', true, [62, 86, 72.1], '62 of 86 分拨中心 with 屋顶光伏 is the stated 72.1%'),
  entry(SHUNDA, 'ratio', true, [1.92 * YI, 8.07 * YI, 23.8], '光伏发电 1.92 of 分拨中心用电量 8.07 亿千瓦时 (表2-1 only) is the stated 23.8%'),
  entry(SHUNDA, 'ratio', true, [[268.7 * WAN, '范围一排放'], 386.4 * WAN, 69.5], '范围一 268.7 of 386.4 万吨 is the stated 69.5%'),
  entry(SHUNDA, 'ratio', true, [386.4 * WAN, 152.6 * YI, 0.253], '386.4 万吨 over 152.6 亿件 is the stated 0.253 千克 per parcel'),
  entry(SHUNDA, 'change', true, [128.9 * YI, 152.6 * YI, 18.4], '快递业务量 128.9 -> 152.6 亿件 is the stated 同比增长 18.4%'),
  entry(SHUNDA, 'change', true, [[354.8 * WAN, `${GHG}312.5\t`], 386.4 * WAN, 8.9], '温室气体排放总量 354.8 (表2-1 2022) -> 386.4 万吨 is the stated 同比增长 8.9%'),
  entry(SHUNDA, 'change', true, [0.275, 0.253, 8.0], '单件快递碳排放 0.275 (表2-1 2022) -> 0.253 千克 is the stated 同比下降 8.0%'),
  entry(SHUNDA, 'change', true, [2.14 * WAN, [2.86 * WAN, '其中新能源车辆'], 33.6], '新能源车辆 2.14 -> 2.86 万辆 is the stated 增长 33.6%'),

  // Fernhill Healthcare: an English private hospital group's annual report
  entry(FERNHILL, 'change', false, [4_615, 4_862, [4.5, 'Beds\t4,862\t4,615\t']], 'planted: KPI table beds 4,615 -> 4,862 is +5.4%, its Change cell 4.5% (digits swapped)'),
  entry(FERNHILL, 'consistency', false, [[1.9 * M, 'More than '], 1_846 * K], 'planted: `More than 1.9 million outpatient attendances` at a glance, 1,846 thousand in the KPI table (1.85 million in the text)'),
  entry(FERNHILL, 'consistency', false, [421.6 * K, [412.6 * K, 'admissions (thousands)\t']], 'planted: 421.6 thousand inpatient and day-case patients in the text, 412.6 thousand admissions in the KPI table (digits swapped)'),
  entry(FERNHILL, 'ratio', false, [438.5 * M, 1_284.7 * M, 36.1], 'planted: insured patients 438.5 of revenue 1,284.7 £ million is 34.1%, stated 36.1%'),
  entry(FERNHILL, 'sum', false, [1_176.2 * M, 548.3 * M, [412.6 * M, 'Insured patients\t438.5\t'], 174.1 * M, 42.1 * M], 'planted: revenue by payor 2022 548.3 + 412.6 + 174.1 + 42.1 = 1,177.1, its total 1,176.2 (Other 41.2 with digits swapped)'),
  entry(FERNHILL, 'ratio', false, [[1_286, 'Our '], 9_874, 10.2], 'planted: 1,286 consultants of 9,874 clinical staff is 13.0%, stated 10.2%'),
  entry(FERNHILL, 'consistency', false, [48_620, 48_260], 'planted: Scope 1 and 2 emissions 48,620 tCO2e in the text, 48,260 in the KPI table (digits swapped)'),
  entry(FERNHILL, 'change', false, [52_140, 48_620, [7.4, 'emissions fell ']], 'planted: the text\'s 52,140 (KPI table 2022) -> 48,620 tCO2e is -6.8%, stated fell 7.4% (as the table has it from 48,260)'),
  entry(FERNHILL, 'sum', false, [48_620, 17_840, 30_420], 'planted: Scope 1 17,840 + Scope 2 30,420 = 48,260, the text\'s total 48,620'),
  entry(FERNHILL, 'ratio', false, [[2_846, 'Incineration\t'], [6_906, 'Total\t'], [42.1, 'Incineration\t2,846\t']], 'planted: incineration 2,846 of 6,906 tonnes is 41.2%, its Share cell 42.1% (digits swapped)'),
  { ...entry(FERNHILL, 'sum', false, [100, 42.1, 46.6, 12.2], 'the same slip: the clinical waste Share column 42.1 + 46.6 + 12.2 = 100.9, its Total 100.0%'), atLeast: 3 },
  entry(FERNHILL, 'change', false, [3_124, [2_846, 'Incineration fell to '], 9.8], 'planted: incineration 3,124 -> 2,846 tonnes is -8.9%, stated a 9.8% reduction'),
  entry(FERNHILL, 'sum', true, [[1_284.7 * M, 'Total\t'], 612.8 * M, 438.5 * M, 186.2 * M, 47.2 * M], 'revenue by payor 2023: 612.8 + 438.5 + 186.2 + 47.2 = 1,284.7 £ million'),
  entry(FERNHILL, 'sum', true, [[38, 'Total\t'], [29, 'England\t'], [5, 'Scotland\t'], [4, 'Wales\t']], 'hospitals by nation: 29 + 5 + 4 = 38'),
  entry(FERNHILL, 'sum', true, [[4_862, 'Total\t38\t'], 3_712, 684, 466], 'beds by nation: 3,712 + 684 + 466 = 4,862'),
  entry(FERNHILL, 'sum', true, [[186.4, 'used '], 112.8, 68.2, 5.4], 'energy 186.4 GWh = 112.8 electricity + 68.2 gas + 5.4 oil and LPG'),
  entry(FERNHILL, 'sum', true, [[6_906, 'Total\t'], [2_846, 'Incineration\t'], 3_218, [842, 'to energy\t']], 'clinical waste: 2,846 + 3,218 + 842 = 6,906 tonnes'),
  entry(FERNHILL, 'ratio', true, [[218.4 * M, 'Adjusted EBITDA (£m)\t'], [1_284.7 * M, 'Revenue (£m)\t'], [17.0, 'Adjusted EBITDA margin\t']], 'KPI table 2023: EBITDA 218.4 of revenue 1,284.7 is its margin 17.0%'),
  entry(FERNHILL, 'ratio', true, [196.8 * M, [1_176.2 * M, 'Revenue (£m)\t1,284.7\t'], 16.7], 'KPI table 2022: EBITDA 196.8 of revenue 1,176.2 is its margin 16.7%'),
  entry(FERNHILL, 'ratio', true, [218.4 * M, 1_284.7 * M, [17.0, 'a margin of ']], 'adjusted EBITDA £218.4 of £1,284.7 million is the stated margin of 17.0%'),
  entry(FERNHILL, 'ratio', true, [612.8 * M, 1_284.7 * M, 47.7], 'self-pay 612.8 of 1,284.7 £ million is the stated 47.7% of revenue'),
  entry(FERNHILL, 'ratio', true, [186.2 * M, 1_284.7 * M, 14.5], 'NHS 186.2 of 1,284.7 £ million is the stated 14.5% of revenue'),
  entry(FERNHILL, 'ratio', true, [9_874, 14_286, 69.1], '9,874 clinical staff of 14,286 colleagues is the stated (69.1%)'),
  entry(FERNHILL, 'ratio', true, [5_412, 14_286, 37.9], '5,412 nurses of 14,286 is the stated 37.9% of the workforce'),
  entry(FERNHILL, 'ratio', true, [10_218, 14_286, 71.5], '10,218 women of 14,286 is the stated (71.5%)'),
  entry(FERNHILL, 'ratio', true, [94.6, 112.8, 83.9], 'renewable 94.6 of 112.8 GWh of electricity is the stated 83.9%'),
  entry(FERNHILL, 'ratio', true, [3_218, [6_906, 'Total\t'], 46.6], 'alternative treatment 3,218 of 6,906 is its 46.6% share'),
  entry(FERNHILL, 'ratio', true, [[842, 'to energy\t'], [6_906, 'Total\t'], 12.2], 'offensive waste to energy 842 of 6,906 is its 12.2% share'),
  entry(FERNHILL, 'ratio', true, [[186.4, 'used '], [4_862, 'hospitals and '], 38.3], '186.4 GWh over 4,862 beds is the stated 38.3 MWh per bed'),
  entry(FERNHILL, 'change', true, [389.4 * K, [412.6 * K, 'admissions (thousands)\t'], 6.0], 'KPI admissions 389.4 -> 412.6 thousand is its Change 6.0%'),
  entry(FERNHILL, 'change', true, [1_712 * K, 1_846 * K, [7.8, 'attendances (thousands)\t']], 'KPI outpatients 1,712 -> 1,846 thousand is its Change 7.8%'),
  entry(FERNHILL, 'change', true, [[1_176.2 * M, 'Revenue (£m)\t1,284.7\t'], [1_284.7 * M, 'Revenue (£m)\t'], [9.2, 'Revenue (£m)\t']], 'KPI revenue 1,176.2 -> 1,284.7 is its Change 9.2%'),
  entry(FERNHILL, 'change', true, [196.8 * M, [218.4 * M, 'Adjusted EBITDA (£m)\t'], [11.0, 'Adjusted EBITDA (£m)\t']], 'KPI EBITDA 196.8 -> 218.4 is its Change 11.0%'),
  entry(FERNHILL, 'change', true, [13_542, [14_286, 'Colleagues\t'], 5.5], 'KPI colleagues 13,542 -> 14,286 is its Change 5.5%'),
  entry(FERNHILL, 'change', true, [52_140, 48_260, -7.4], 'KPI Scope 1 and 2 52,140 -> 48,260 is its Change -7.4%'),
  entry(FERNHILL, 'change', true, [1_712 * K, 1.85 * M, [7.8, 'rose ']], 'outpatients 1,712 thousand (KPI 2022) -> 1.85 million is the stated rise of 7.8%'),
  entry(FERNHILL, 'change', true, [1_176.2 * M, 1_284.7 * M, [9.2, 'grew ']], 'revenue 1,176.2 (KPI 2022) -> 1,284.7 £ million is the stated growth of 9.2%'),
  entry(FERNHILL, 'change', true, [196.8 * M, 218.4 * M, [11.0, 'rose ']], 'EBITDA 196.8 (KPI 2022) -> 218.4 £ million is the stated rise of 11.0%'),

  // 江沃汽车 Jiangwo Automobile: a Chinese ESG report and its English translation
  entry(JIANGWO_ZH, 'consistency', false, [24.2 * WAN, 24.4 * WAN], 'planted: 商用车销量 24.2 万辆 in the text, 24.4 in 表1 for 2023'),
  across(JIANGWO_ZH, [[24.2 * WAN, '商用车销量']], JIANGWO_EN, [[244 * K, 'commercial vehicles for ']], 'planted: 商用车 24.2 万辆 in the Chinese text, 244,000 in the English (the Chinese slipped)'),
  entry(JIANGWO_ZH, 'sum', false, [[142.5 * WAN, GHG], 32.8 * WAN, 104.3 * WAN], 'planted: 表2 2021 范围一 32.8 + 范围二 104.3 = 137.1, its total 142.5 (范围一 38.2 with digits swapped)'),
  across(JIANGWO_ZH, [32.8 * WAN], JIANGWO_EN, [382 * K], 'planted: 表2 2021 范围一 32.8 万吨 in the Chinese, 382 thousand tCO2e in the English (the Chinese slipped)'),
  entry(JIANGWO_ZH, 'change', false, [[12.2, '单车耗水\t立方米/辆\t13.3\t'], 10.4, [16.4, '立方米，同比下降']], 'planted: 单车耗水 12.2 (表2 2022) -> 10.4 立方米 is -14.8%, stated 同比下降 16.4%'),
  entry(JIANGWO_EN, 'change', false, [[12.2, 'Water use per vehicle\tm3/vehicle\t13.3\t'], 10.4, [16.4, 'per vehicle fell ']], 'planted: water per vehicle 12.2 (Table 2 2022) -> 10.4 m3 is -14.8%, stated fell 16.4% (as the Chinese)'),
  across(JIANGWO_EN, [[68.2, 'up ']], JIANGWO_ZH, [[62.8, '万辆增长']], 'planted: 新能源汽车销量 增长 62.8% in the Chinese, up 68.2% in the English (digits swapped)'),
  entry(JIANGWO_EN, 'change', false, [296_000, 482_000, 68.2], 'planted: NEV sales 296,000 -> 482,000 is +62.8%, stated up 68.2%'),
  across(JIANGWO_EN, [[864 * M, 'spending\nRMB ']], JIANGWO_ZH, [[86.4 * YI, '投入']], 'planted: 研发投入 86.4 亿元 (RMB 8.64 billion) in the Chinese, RMB 864 million in the English (a scale slip)'),
  entry(JIANGWO_EN, 'ratio', false, [864 * M, 166.25 * B, 5.2], 'planted: the English R&D RMB 864 million of revenue RMB 166.25 billion is 0.52%, stated 5.2% (the scale slip)'),
  across(JIANGWO_ZH, [[2_600, '充电站近']], JIANGWO_EN, [[2_600, 'more than ']], 'planted: 近 2,600 个充电站 (nearly) in the Chinese, more than 2,600 in the English (a turned qualifier)'),
  across(JIANGWO_EN, [[1_170 * K, 'Scope 2\tthousand tCO2e\t1,043\t1,092\t']], JIANGWO_ZH, [[110.7 * WAN, '范围二\t万吨二氧化碳当量\t104.3\t109.2\t']], 'planted: 表2 2023 范围二 110.7 万吨 in the Chinese, 1,170 thousand tCO2e in the English (1,107 with digits swapped)'),
  entry(JIANGWO_EN, 'sum', false, [[1_513 * K, 'Total GHG emissions\tthousand tCO2e\t1,425\t1,486\t'], 406 * K, 1_170 * K], 'planted: the English Table 2 2023 406 + 1,170 = 1,576, its total 1,513'),
  entry(JIANGWO_ZH, 'sum', true, [[110.6 * WAN, '合计\t'], [88.7 * WAN, '乘用车\t'], [21.9 * WAN, '商用车\t']], '表1 2022: 88.7 + 21.9 = 110.6 万辆'),
  entry(JIANGWO_ZH, 'sum', true, [[126.8 * WAN, '合计\t110.6\t'], [102.4 * WAN, '乘用车\t88.7\t'], [24.4 * WAN, '商用车\t21.9\t']], '表1 2023: 102.4 + 24.4 = 126.8 万辆'),
  entry(JIANGWO_ZH, 'sum', true, [[148.6 * WAN, `${GHG}142.5\t`], 39.4 * WAN, 109.2 * WAN], '表2 2022: 39.4 + 109.2 = 148.6 万吨'),
  entry(JIANGWO_ZH, 'sum', true, [[151.3 * WAN, `${GHG}142.5\t148.6\t`], 40.6 * WAN, 110.7 * WAN], '表2 2023: 40.6 + 110.7 = 151.3 万吨'),
  entry(JIANGWO_ZH, 'ratio', true, [[48.2 * WAN, '新能源汽车销量'], [126.8 * WAN, '销售整车'], 38.0], '新能源 48.2 of 126.8 万辆 is the stated 38.0%'),
  entry(JIANGWO_ZH, 'ratio', true, [[102.4 * WAN, '乘用车销量'], [126.8 * WAN, '销售整车'], 80.8], '乘用车 102.4 of 126.8 万辆 is the stated 80.8%'),
  entry(JIANGWO_ZH, 'ratio', true, [86.4 * YI, 1_662.5 * YI, 5.2], '研发投入 86.4 of 营业收入 1,662.5 亿元 is the stated 5.2%'),
  entry(JIANGWO_ZH, 'ratio', true, [1.38 * YI, 10.95 * YI, 12.6], '光伏 1.38 of 工厂用电量 10.95 亿千瓦时 is the stated 12.6%'),
  entry(JIANGWO_ZH, 'ratio', true, [1_042, 1_286, 81.0], '1,042 of 1,286 一级供应商 is the stated 81.0%'),
  entry(JIANGWO_ZH, 'ratio', true, [1.12 * WAN, 6.84 * WAN, [16.4, '占16.4']], '女性 1.12 of 6.84 万人 is the stated 16.4%'),
  entry(JIANGWO_ZH, 'ratio', true, [[151.3 * WAN, '排放总量'], [126.8 * WAN, '销售整车'], [1.19, '单车生产碳排放1.19']], '151.3 万吨 over 126.8 万辆 is the stated 1.19 吨 per vehicle'),
  entry(JIANGWO_ZH, 'ratio', true, [[1_318 * WAN, '用水总量\t万立方米\t1,286\t1,352\t'], [126.8 * WAN, '合计\t110.6\t'], [10.4, '单车耗水\t立方米/辆\t13.3\t12.2\t']], '表2 2023: 用水 1,318 万立方米 over 126.8 万辆 (表1) is its 10.4 立方米/辆'),
  entry(JIANGWO_EN, 'sum', true, [[1_106 * K, 'Total\t'], [887 * K, 'Passenger vehicles\t'], [219 * K, 'Commercial vehicles\t']], 'English Table 1 2022: 887 + 219 = 1,106 thousand'),
  entry(JIANGWO_EN, 'sum', true, [[1_268 * K, 'Total\t1,106\t'], [1_024 * K, 'Passenger vehicles\t887\t'], [244 * K, 'Commercial vehicles\t219\t']], 'English Table 1 2023: 1,024 + 244 = 1,268 thousand'),
  entry(JIANGWO_EN, 'sum', true, [[1_425 * K, 'Total GHG emissions\tthousand tCO2e\t'], 382 * K, 1_043 * K], 'English Table 2 2021: 382 + 1,043 = 1,425 thousand tCO2e'),
  entry(JIANGWO_EN, 'sum', true, [[1_486 * K, 'Total GHG emissions\tthousand tCO2e\t1,425\t'], 394 * K, 1_092 * K], 'English Table 2 2022: 394 + 1,092 = 1,486 thousand tCO2e'),
  entry(JIANGWO_EN, 'ratio', true, [482_000, [1.268 * M, 'sold '], 38.0], 'NEV 482,000 of 1.268 million is the stated 38.0% of the total'),
  entry(JIANGWO_EN, 'ratio', true, [[1_024_000, 'accounted for '], [1.268 * M, 'sold '], 80.8], 'passenger vehicles 1,024,000 of 1.268 million is the stated 80.8%'),
  entry(JIANGWO_EN, 'ratio', true, [138 * M, 1_095 * M, 12.6], 'solar 138 of 1,095 million kWh is the stated 12.6%'),
  entry(JIANGWO_EN, 'ratio', true, [1_042, 1_286, 81.0], '1,042 of 1,286 tier-one suppliers is the stated (81.0%)'),
  entry(JIANGWO_EN, 'ratio', true, [11_200, 68_400, [16.4, 'women (']], '11,200 women of 68,400 people is the stated (16.4%)'),
  entry(JIANGWO_ZH, 'change', true, [110.6 * WAN, [126.8 * WAN, '销售整车'], 14.6], '销量 110.6 (表1 2022) -> 126.8 万辆 is the stated 同比增长 14.6%'),
  entry(JIANGWO_ZH, 'change', true, [29.6 * WAN, [48.2 * WAN, '新能源汽车销量'], 62.8], '新能源 29.6 -> 48.2 万辆 is the stated 增长 62.8%'),
  entry(JIANGWO_ZH, 'change', true, [[148.6 * WAN, `${GHG}142.5\t`], [151.3 * WAN, '排放总量'], 1.8], '温室气体排放总量 148.6 (表2 2022) -> 151.3 万吨 is the stated 同比增长 1.8%'),
  entry(JIANGWO_ZH, 'change', true, [[1.34, '单车生产碳排放\t吨二氧化碳当量/辆\t1.48\t'], [1.19, '单车生产碳排放1.19'], 11.2], '单车生产碳排放 1.34 (表2 2022) -> 1.19 吨 is the stated 同比下降 11.2%'),
  entry(JIANGWO_ZH, 'change', true, [[24.3, '可再生电力占比\t%\t18.6\t'], [31.8, '提升至'], 7.5], '可再生电力占比 24.3% -> 31.8% is the stated 提高 7.5 个百分点'),
  entry(JIANGWO_ZH, 'change', true, [1.31 * WAN, 1.86 * WAN, 42.0], '动力电池回收 1.31 -> 1.86 万吨 is the stated 同比增长 42.0%'),
  entry(JIANGWO_EN, 'change', true, [[1_106 * K, 'Total\t'], [1.268 * M, 'sold '], 14.6], 'sales 1,106 thousand (Table 1 2022) -> 1.268 million is the stated up 14.6%'),
  entry(JIANGWO_EN, 'change', true, [[1_486 * K, 'Total GHG emissions\tthousand tCO2e\t1,425\t'], 1.513 * M, 1.8], 'GHG 1,486 thousand (Table 2 2022) -> 1.513 million tCO2e is the stated up 1.8%'),
  entry(JIANGWO_EN, 'change', true, [[1.34, 'GHG emissions per vehicle\ttCO2e/vehicle\t1.48\t'], [1.19, 'fell 11.2% to\n'], 11.2], 'GHG per vehicle 1.34 (Table 2 2022) -> 1.19 tCO2e is the stated fall of 11.2%'),
  entry(JIANGWO_EN, 'change', true, [[24.3, 'Renewable electricity share\t%\t18.6\t'], [31.8, 'rose to '], 7.5], 'renewable electricity 24.3% -> 31.8% is the stated 7.5 percentage points up'),
  entry(JIANGWO_EN, 'change', true, [13_100, 18_600, 42.0], 'batteries 13,100 -> 18,600 tonnes is the stated up 42.0%'),
];
