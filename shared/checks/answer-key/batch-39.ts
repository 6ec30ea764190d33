// The thirty-ninth blind batch: three engagements of report kinds outside batches 1–37, written as their published
// reports read (aligned tables with wrapped and set-in labels, a pipe-separated line list, bullet and `（1）` lists,
// footnotes in units of 100 million yen, page footers): a Japanese private railway group's integrated report in English
// (passengers carried in millions and per day in thousands with commuter pass / non-commuter, operating revenue from
// external customers by segment in ¥ billion with a Total and a `Change (%)` column, capital expenditure and safety
// investment in ¥ billion restated as `(units of 100 million yen)` in footnotes, railway electricity in MWh with kWh and
// kg-CO2 per car-km, stations with step-free access, elevators, toilets and platform doors and their shares, women in
// management %, group Scope 1 / 2 t-CO2, all over `FY2023 FY2022`, a President's message restating the year); a Chinese
// lithium producer's ESG 报告 in simplified Chinese and its English version in a second file (锂盐产品产量 万吨LCE / tonnes
// LCE by product, 锂精矿 万吨 / `10,000 tonnes`, 营业收入 亿元 / RMB billion / `RMB100 million` by business with 同比变动,
// 单位产品综合能耗 吨标准煤/吨LCE with a `（1）` list, 水资源循环利用率 with 个百分点, 范围一 / 范围二 万吨二氧化碳当量 /
// tCO2e with intensity per tonne of LCE, 员工 by 性别 and 学历 with 占比 and a 合计 row, 安全生产投入 亿元 / 万元 /
// `RMB10,000`, a 关键绩效表 with a 单位 column); a UK housing association's annual sustainability report for 2023/24
// (`2023/24 2022/23`: homes owned and managed by tenure with a Total and the rented homes among them, rent and service
// charges in £m, EPC bands with shares, homes at EPC C or above, SAP ratings, retrofit spend per home, repairs by
// priority with their shares on time, tenant satisfaction, Scope 1 / 2 tCO2e and per home, a Chair's statement).
// Planted (as real drafts slip): totals that no longer add (Sakuragawa's FY2022 segment column with Retail 69.92 for
// 66.92; Lancang's English Table 2 2023 with spodumene concentrate 41.28 for 42.18; its English Table 3 Scope 2 846,800
// for 864,800; Hollinsdale's Table 5 Scope 2 2,816 for 2,186; its `a net 643 more` homes for 634); shares and intensities
// that do not compute (154 of 168 stations `(93.7%)` for 91.7; FY2022 CO2 per car-km 0.886 for 0.866; 范围一
// `占排放总量的33.9%` for 32.9; the English `4,396 … (43.8%)` for 34.8; urgent repairs 36,842 of 38,264 `(97.4%)` for
// 96.3; 2022/23 EPC C or above 25,962 of 35,290 at 76.3 in Table 4 for 73.6); change cells and rates (Hotels and Leisure
// `+12.9` for +21.9; Retail `+2.1` against the mistyped 69.92; total electricity `3.1% less` for 1.3; CO2 per car-km
// `improved 7.6%` against the table's 0.886; the English concentrate cell −25.0 against 41.28; the English lithium
// hydroxide `down 2.6%` for 6.2; Scope 2 `fell 11.4%` against the table's 2,816; satisfaction `up 5.3 points` for 3.5 in
// the Chair's statement; EPC `4.3 percentage points` against the table's 76.3); one metric two ways (643.8 million
// passengers in the message / 642.8; capital expenditure `¥6.84 billion` at a glance / ¥68.4 billion and 684 (100 million
// yen), a scale slip; `nearly 140` women managers in the message / `more than 140` at a glance and 142, a turned
// qualifier; 锂精矿 42.18 / 41.28 across the pair; 68.4万吨 of concentrate / `6.84 million tonnes`, a scale slip; 6.2 / 2.6;
// 范围二 86.48万吨 / 846,800 tCO2e; 34.8 / 43.8; 安全生产投入3.86亿元 / `RMB38.6 million`, a scale slip; 近1.3万名 / `More
// than 13,000`, a translation's qualifier; rent £253.6 million in the Chair's statement / £235.6m; Band D 6,826 in the text
// / 6,286 in Table 3; `more than 1,500 homes` retrofitted / 1,486; 2022/23 EPC C or above 73.6% in the text / 76.3 in
// Table 4).
// Annotated as a reader sees them and committed before any run of the checks, the command line or extraction on them.
// Traps that must not be flagged: `nearly 1.76 million a day` beside 1,756 thousand; ¥402.45 billion beside 4,024.5 and
// 3,724.3 (units of 100 million yen) and Transportation ¥198.46 billion beside 1,984.6; ¥41.2 and ¥8.6 billion beside
// 412 and 86 (100 million yen); car-km `+1.3%` beside electricity for train operation `fell 1.3%`; the 46% FY2030 target
// against FY2013 and the 15% target beside 9.6%; `25.0%` of stations with platform doors; 386.24亿元 beside RMB38.62
// billion and 386.24 (RMB100 million); 312.46亿元 beside RMB31.246 billion; 13.42万吨 beside 134,200 tonnes; 26.84万吨标准煤
// beside 268,400 tce; 486.2万吨 and 2,846.8万吨 beside 4.862 and 28.468 million tonnes; the English 4.862 million tonnes
// of fresh water beside net profit RMB4.862 billion; 128.84万吨 beside 1,288,400 tCO2e; 3.86亿元 beside 38,600万元 and
// 38,600 (RMB10,000); 公益捐赠2,486万元 beside RMB24.86 million; 近1.3万名 beside 12,642; `nearly 40,000 homes` beside
// 39,888; the 7.0% rent cap beside rent up 7.6%; the EPC share column's 100.1 stated 100.0 (rounding); 0.27 tCO2e per
// home beside 271 kgCO2e; 486 vans beside 486 management positions (another engagement).

import type { Engagement } from './key';
import { across, B, engagements, entry, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b39';
const SAKURA = 'sakuragawa-railway-integrated-report-2024.txt';
const LC_ZH = 'lancang-lithium-esg-2023-zh.txt';
const LC_EN = 'lancang-lithium-esg-2023-en.txt';
const HOLLINS = 'hollinsdale-housing-sustainability-report-2023-24.txt';

export const BATCH_39_ENGAGEMENTS: Engagement[] = engagements(DIR, [SAKURA, [LC_ZH, LC_EN], HOLLINS]);

const SEGMENT_TOTAL = 'Total                                402.45';
const STATIONS = 'Of our';

export const BATCH_39_KEY: KeyEntry[] = [
  // Sakuragawa Railway Group: a Japanese private railway group's integrated report in English (FY2023)
  entry(SAKURA, 'sum', false, [[372.43 * B, SEGMENT_TOTAL], 182.3 * B, 80.14 * B, 69.92 * B, 33.86 * B, 9.21 * B], 'planted: segment table FY2022 182.30 + 80.14 + 69.92 + 33.86 + 9.21 = 375.43, its Total 372.43 ¥ billion (Retail 66.92 mistyped 69.92)'),
  entry(SAKURA, 'change', false, [69.92 * B, 68.35 * B, 2.1], 'the same slip: Retail 69.92 -> 68.35 is -2.2%, its Change cell +2.1 (computed on 66.92)'),
  entry(SAKURA, 'change', false, [33.86 * B, 41.28 * B, 12.9], 'planted: Hotels and Leisure 33.86 -> 41.28 is +21.9%, its Change cell +12.9 (digits swapped)'),
  entry(SAKURA, 'ratio', false, [[154, 'each platform, and'], [168, STATIONS], 93.7], 'planted: elevators at 154 of 168 stations is 91.7%, stated (93.7%)'),
  entry(SAKURA, 'consistency', false, [[140, 'nearly 140'], [140, 'more than 140']], 'planted: nearly 140 women in management positions in the President\'s message, more than 140 at a glance (a turned qualifier)'),
  entry(SAKURA, 'consistency', false, [[140, 'nearly 140'], [142, 'Women held 142']], 'the same slip against the count: nearly 140 women managers, 142 of 1,486 in section 5'),
  { ...entry(SAKURA, 'consistency', false, [[6.84 * B, 'Capital expenditure: '], [68.4 * B, 'Capital expenditure for the year totalled'], [684 * YI, '*2 Capital expenditure']], 'planted: capital expenditure ¥6.84 billion at a glance, ¥68.4 billion in section 2 and 684 (units of 100 million yen) in its footnote (a scale slip)'), atLeast: 2 },
  entry(SAKURA, 'consistency', false, [[643.8 * M, 'we carried'], 642.8 * M], 'planted: 643.8 million passengers in the President\'s message, 642.8 million at a glance and in the key figures'),
  entry(SAKURA, 'ratio', false, [229_480, 264.9 * M, 0.886], 'planted: FY2022 CO2 229,480 t over 264.9 million car-km is 0.866 kg-CO2/car-km, its cell 0.886'),
  entry(SAKURA, 'change', false, [0.886, 0.8, [7.6, 'improved 7.6']], 'the same slip: CO2 per car-km 0.886 (table FY2022) -> 0.800 is -9.7%, stated improved 7.6% (computed on 0.866)'),
  entry(SAKURA, 'change', false, [556_000, 548_620, [3.1, '3.1% less']], 'planted: total electricity 556,000 -> 548,620 MWh is -1.3%, stated 3.1% less (digits swapped)'),
  entry(SAKURA, 'sum', true, [642.8 * M, 362.4 * M, 280.4 * M], 'key figures FY2023: commuter pass 362.4 + non-commuter 280.4 = 642.8 million passengers'),
  entry(SAKURA, 'sum', true, [601.4 * M, 346.2 * M, 255.2 * M], 'key figures FY2022: 346.2 + 255.2 = 601.4'),
  entry(SAKURA, 'ratio', true, [362.4 * M, 642.8 * M, 56.4], 'commuter pass 362.4 of 642.8 million is the stated 56.4%'),
  entry(SAKURA, 'sum', true, [[402.45 * B, SEGMENT_TOTAL], 198.46 * B, 84.72 * B, 68.35 * B, 41.28 * B, 9.64 * B], 'segment table FY2023: 198.46 + 84.72 + 68.35 + 41.28 + 9.64 = 402.45 ¥ billion'),
  entry(SAKURA, 'ratio', true, [198.46 * B, 402.45 * B, 49.3], 'Transportation 198.46 of 402.45 ¥ billion is the stated 49.3%'),
  entry(SAKURA, 'sum', true, [18_642, 6_284, 1_862, 5_416, 3_908, 1_172], 'employees by segment: 6,284 + 1,862 + 5,416 + 3,908 + 1,172 = 18,642'),
  entry(SAKURA, 'ratio', true, [[41.2 * B, 'We invested'], [68.4 * B, 'Capital expenditure for the year totalled'], 60.2], 'safety ¥41.2 billion of capital expenditure ¥68.4 billion is the message\'s 60.2%'),
  entry(SAKURA, 'ratio', true, [[159, 'Of our 168 stations, '], [168, STATIONS], 94.6], 'step-free access at 159 of 168 stations is the stated (94.6%)'),
  entry(SAKURA, 'ratio', true, [163, [168, STATIONS], 97], 'multi-purpose toilets at 163 of 168 stations is the stated (97.0%)'),
  entry(SAKURA, 'ratio', true, [[42, 'service\nat'], [168, STATIONS], 25], 'platform doors at 42 of 168 stations is the stated (25.0%)'),
  entry(SAKURA, 'sum', true, [548_620, 486_240, 62_380], 'energy table FY2023: 486,240 + 62,380 = 548,620 MWh'),
  entry(SAKURA, 'sum', true, [556_000, 492_860, 63_140], 'energy table FY2022: 492,860 + 63,140 = 556,000 MWh'),
  entry(SAKURA, 'ratio', true, [486_240, 268.4 * M, 1.81], 'electricity for train operation 486,240 MWh over 268.4 million car-km is its 1.81 kWh/car-km'),
  entry(SAKURA, 'ratio', true, [492_860, 264.9 * M, 1.86], 'FY2022 492,860 MWh over 264.9 million car-km is its 1.86'),
  entry(SAKURA, 'ratio', true, [214_620, 268.4 * M, 0.8], 'CO2 214,620 t over 268.4 million car-km is its 0.800 kg-CO2/car-km (table, text and message)'),
  entry(SAKURA, 'sum', true, [300_720, 38_240, 262_480], 'group GHG FY2023: Scope 1 38,240 + Scope 2 262,480 = 300,720 t-CO2'),
  entry(SAKURA, 'sum', true, [321_800, 39_860, 281_940], 'FY2022: 39,860 + 281,940 = 321,800'),
  entry(SAKURA, 'ratio', true, [142, 1_486, 9.6], 'women 142 of 1,486 management positions is the stated (9.6%)'),
  entry(SAKURA, 'ratio', true, [124, 1_462, 8.5], 'FY2022 124 of 1,462 is the stated 8.5%'),
  entry(SAKURA, 'change', true, [601.4 * M, 642.8 * M, 6.9], 'passengers 601.4 -> 642.8 million is its Change +6.9%'),
  entry(SAKURA, 'change', true, [346.2 * M, 362.4 * M, 4.7], 'commuter pass 346.2 -> 362.4 is +4.7% (table and text)'),
  entry(SAKURA, 'change', true, [255.2 * M, 280.4 * M, 9.9], 'non-commuter 255.2 -> 280.4 is +9.9% (table and text)'),
  entry(SAKURA, 'change', true, [1_648, 1_756, 6.6], 'average passengers per day 1,648 -> 1,756 thousand is +6.6%'),
  entry(SAKURA, 'change', true, [264.9 * M, 268.4 * M, [1.3, '+1.3']], 'car-km 264.9 -> 268.4 million is +1.3%'),
  entry(SAKURA, 'change', true, [18_316, 18_642, 1.8], 'employees 18,316 -> 18,642 is +1.8%'),
  entry(SAKURA, 'change', true, [372.43 * B, 402.45 * B, 8.1], 'operating revenue 372.43 -> 402.45 ¥ billion is the stated rose 8.1% (message and Total row)'),
  entry(SAKURA, 'change', true, [182.3 * B, 198.46 * B, 8.9], 'Transportation 182.30 -> 198.46 is its +8.9'),
  entry(SAKURA, 'change', true, [80.14 * B, 84.72 * B, 5.7], 'Real Estate 80.14 -> 84.72 is its +5.7'),
  entry(SAKURA, 'change', true, [9.21 * B, 9.64 * B, 4.7], 'Other 9.21 -> 9.64 is its +4.7'),
  entry(SAKURA, 'change', true, [492_860, 486_240, [1.3, 'train operation fell']], 'electricity for train operation 492,860 -> 486,240 MWh is the stated fell 1.3%'),
  entry(SAKURA, 'change', true, [321_800, 300_720, 6.6], 'group Scope 1 and 2 321,800 -> 300,720 t-CO2 is the stated down 6.6%'),
  entry(SAKURA, 'change', true, [8.5, 9.6, [1.1, 'up 1.1']], 'women in management 8.5% -> 9.6% is the stated up 1.1 percentage points'),

  // 澜沧锂业 Lancang Lithium: a Chinese lithium producer's ESG 报告 (2023) and its English version
  entry(LC_EN, 'sum', false, [386.24 * YI, 312.46 * YI, 41.28 * YI, 24.86 * YI, 6.74 * YI], 'planted: English Table 2 2023 312.46 + 41.28 + 24.86 + 6.74 = 385.34, its Total 386.24 (RMB100 million; spodumene concentrate 42.18 mistyped 41.28)'),
  across(LC_ZH, [42.18 * YI], LC_EN, [41.28 * YI], 'the same slip across the pair: 锂精矿 42.18亿元 in the Chinese 表2, spodumene concentrate 41.28 (RMB100 million) in the English Table 2'),
  entry(LC_EN, 'change', false, [56.24 * YI, 41.28 * YI, -25], 'the same slip: spodumene concentrate 56.24 -> 41.28 is -26.6%, its Change cell -25.0 (computed on 42.18)'),
  { ...across(LC_EN, [[6.84 * M, 'own mines produced'], [68.4 * WAN, 'Spodumene concentrate output']], LC_ZH, [[68.4 * WAN, '自有矿山生产锂精矿']], 'planted: 6.84 million tonnes of spodumene concentrate in the English text, 68.4 (10,000 tonnes) in its KPI table and 68.4万吨 in the Chinese (684,000 tonnes: a scale slip)'), atLeast: 2 },
  across(LC_ZH, [[6.2, '同比下降6.2']], LC_EN, [[2.6, 'down 2.6']], 'planted: 氢氧化锂单位产品能耗同比下降6.2% in the Chinese, lithium hydroxide down 2.6% in the English (digits swapped)'),
  entry(LC_EN, 'change', false, [2.58, [2.42, 'lithium hydroxide: '], [2.6, 'down 2.6']], 'the same slip: lithium hydroxide 2.58 (KPI table 2022) -> 2.42 tce per tonne is -6.2%, stated down 2.6%'),
  entry(LC_EN, 'sum', false, [1_288_400, 423_600, 846_800], 'planted: English Table 3 2023 Scope 1 423,600 + Scope 2 846,800 = 1,270,400, its Total 1,288,400 tCO2e (864,800 mistyped 846,800)'),
  across(LC_ZH, [86.48 * WAN], LC_EN, [846_800], 'the same slip across the pair: 范围二 86.48万吨 in the Chinese, Scope 2 846,800 tCO2e in the English'),
  entry(LC_ZH, 'ratio', false, [[42.36 * WAN, '范围一   '], [128.84 * WAN, '合计      '], [33.9, '占排放总量的']], 'planted: 范围一 42.36 of 合计 128.84万吨 is 32.9%, the text says 占排放总量的33.9%'),
  entry(LC_EN, 'ratio', false, [4_396, 12_642, 43.8], 'planted: 4,396 of 12,642 employees with a bachelor\'s degree or above is 34.8%, the English says (43.8%)'),
  across(LC_ZH, [[34.8, '占比34.8']], LC_EN, [43.8], 'the same slip across the pair: 本科及以上 占比34.8% in the Chinese, 43.8% in the English'),
  { ...across(LC_EN, [[38.6 * M, 'invested RMB'], [38_600 * WAN, 'Work safety investment']], LC_ZH, [[3.86 * YI, '安全生产投入3.86'], [38_600 * WAN, '安全生产投入38,600']], 'planted: RMB38.6 million in work safety in the English statement, 38,600 (RMB10,000) in its KPI table, 3.86亿元 and 38,600万元 in the Chinese (RMB386 million: a scale slip)'), atLeast: 2 },
  across(LC_ZH, [[1.3 * WAN, '近']], LC_EN, [[13_000, 'More than 13,000']], 'planted: 近1.3万名澜沧人 (nearly) in the Chinese, More than 13,000 Lancang people in the English (a translation\'s qualifier; 12,642 employees)'),
  entry(LC_ZH, 'sum', true, [13.42 * WAN, 8.64 * WAN, 4.26 * WAN, 0.52 * WAN], '表1 2023年: 8.64 + 4.26 + 0.52 = 13.42万吨LCE'),
  entry(LC_ZH, 'sum', true, [11.02 * WAN, 6.82 * WAN, 3.74 * WAN, 0.46 * WAN], '表1 2022年: 6.82 + 3.74 + 0.46 = 11.02'),
  entry(LC_ZH, 'ratio', true, [8.64 * WAN, 13.42 * WAN, 64.4], '碳酸锂 8.64 of 13.42万吨 is the stated 占64.4%'),
  entry(LC_ZH, 'sum', true, [386.24 * YI, 312.46 * YI, 42.18 * YI, 24.86 * YI, 6.74 * YI], '表2 2023年: 312.46 + 42.18 + 24.86 + 6.74 = 386.24亿元'),
  entry(LC_ZH, 'sum', true, [524.68 * YI, 438.62 * YI, 56.24 * YI, 22.36 * YI, 7.46 * YI], '表2 2022年: 438.62 + 56.24 + 22.36 + 7.46 = 524.68'),
  entry(LC_ZH, 'ratio', true, [312.46 * YI, 386.24 * YI, 80.9], '锂盐产品 312.46 of 386.24亿元 is the stated 占营业收入的80.9%'),
  entry(LC_ZH, 'ratio', true, [26.84 * WAN, 13.42 * WAN, 2], '综合能耗26.84万吨标准煤 over 13.42万吨LCE is the stated 2.00吨标准煤/吨LCE (text and 关键绩效表)'),
  entry(LC_ZH, 'ratio', true, [24.46 * WAN, 11.02 * WAN, 2.22], '关键绩效表 2022年: 24.46 over 11.02 is its 2.22'),
  entry(LC_ZH, 'sum', true, [3_333 * WAN, 2_846.8 * WAN, 486.2 * WAN], '总用水量3,333.0万吨 = 循环利用水量2,846.8 + 新鲜取水量486.2'),
  entry(LC_ZH, 'ratio', true, [2_846.8 * WAN, 3_333 * WAN, 85.4], '循环利用 2,846.8 of 3,333.0万吨 is the stated 水资源循环利用率85.4%'),
  entry(LC_ZH, 'ratio', true, [486.2 * WAN, 13.42 * WAN, 36.2], '新鲜取水量486.2万吨 over 13.42万吨LCE is the stated 36.2吨/吨LCE'),
  entry(LC_ZH, 'sum', true, [128.84 * WAN, 42.36 * WAN, 86.48 * WAN], '表3 2023年: 范围一42.36 + 范围二86.48 = 合计128.84万吨 (table and text)'),
  entry(LC_ZH, 'sum', true, [115.38 * WAN, 36.42 * WAN, 78.96 * WAN], '表3 2022年: 36.42 + 78.96 = 115.38'),
  entry(LC_ZH, 'ratio', true, [128.84 * WAN, 13.42 * WAN, 9.6], '128.84万吨 over 13.42万吨LCE is its 排放强度 9.60'),
  entry(LC_ZH, 'ratio', true, [115.38 * WAN, 11.02 * WAN, 10.47], '2022年 115.38 over 11.02 is its 10.47'),
  entry(LC_ZH, 'sum', true, [[12_642, '公司共有员工'], 9_864, 2_778], '员工12,642人: 男性9,864 + 女性2,778'),
  entry(LC_ZH, 'ratio', true, [9_864, [12_642, '公司共有员工'], 78], '男性 9,864 of 12,642 is the stated 占78.0%'),
  entry(LC_ZH, 'ratio', true, [2_778, [12_642, '公司共有员工'], 22], '女性 2,778 of 12,642 is the stated 占22.0%'),
  entry(LC_ZH, 'ratio', true, [4_396, 12_642, [34.8, '占比34.8']], '本科及以上 4,396 of 12,642 is the stated 占比34.8%'),
  entry(LC_ZH, 'ratio', true, [112, 486, 23], '女性管理人员 112 of 486 is the stated 占23.0%'),
  entry(LC_ZH, 'sum', true, [[12_642, '合计  '], [48, '博士'], 862, 3_486, 8_246], '表4: 48 + 862 + 3,486 + 8,246 = 12,642'),
  entry(LC_ZH, 'ratio', true, [[48, '博士'], 12_642, 0.4], '博士 48 of 12,642 is its 0.4'),
  entry(LC_ZH, 'ratio', true, [862, 12_642, 6.8], '硕士 862 of 12,642 is its 6.8'),
  entry(LC_ZH, 'ratio', true, [3_486, 12_642, 27.6], '本科 3,486 of 12,642 is its 27.6'),
  entry(LC_ZH, 'ratio', true, [8_246, 12_642, 65.2], '大专及以下 8,246 of 12,642 is its 65.2'),
  entry(LC_ZH, 'sum', true, [100, 0.4, 6.8, 27.6, 65.2], '表4 占比 column: 0.4 + 6.8 + 27.6 + 65.2 = 100.0'),
  entry(LC_ZH, 'change', true, [11.02 * WAN, 13.42 * WAN, 21.8], '锂盐产品产量 11.02 -> 13.42万吨LCE is the stated 同比增长21.8% (letter and 表1)'),
  entry(LC_ZH, 'change', true, [6.82 * WAN, 8.64 * WAN, 26.7], '碳酸锂 6.82 -> 8.64 is its +26.7%'),
  entry(LC_ZH, 'change', true, [3.74 * WAN, 4.26 * WAN, 13.9], '氢氧化锂 3.74 -> 4.26 is its +13.9%'),
  entry(LC_ZH, 'change', true, [52.6 * WAN, 68.4 * WAN, 30], '锂精矿 52.6 -> 68.4万吨 is the stated 同比增长30.0%'),
  entry(LC_ZH, 'change', true, [524.68 * YI, 386.24 * YI, 26.4], '营业收入 524.68 -> 386.24亿元 is the stated 同比下降26.4%'),
  entry(LC_ZH, 'change', true, [438.62 * YI, 312.46 * YI, -28.8], '锂盐产品 438.62 -> 312.46 is its -28.8'),
  entry(LC_ZH, 'change', true, [56.24 * YI, 42.18 * YI, -25], '锂精矿 56.24 -> 42.18 is its -25.0'),
  entry(LC_ZH, 'change', true, [22.36 * YI, 24.86 * YI, 11.2], '锂电池及材料 22.36 -> 24.86 is its +11.2'),
  entry(LC_ZH, 'change', true, [206.84 * YI, 48.62 * YI, 76.5], '净利润 206.84 -> 48.62亿元 is the stated 同比下降76.5%'),
  entry(LC_ZH, 'change', true, [2.22, 2, 9.9], '单位产品综合能耗 2.22 -> 2.00 is the stated 下降9.9%'),
  entry(LC_ZH, 'change', true, [2.04, 1.86, 8.8], '碳酸锂单位产品能耗 2.04 -> 1.86 is the stated 同比下降8.8%'),
  entry(LC_ZH, 'change', true, [2.58, 2.42, [6.2, '同比下降6.2']], '氢氧化锂 2.58 -> 2.42 is the stated 同比下降6.2%'),
  entry(LC_ZH, 'change', true, [83.6, 85.4, 1.8], '水资源循环利用率 83.6 -> 85.4% is the stated 提高1.8个百分点'),
  entry(LC_ZH, 'change', true, [115.38 * WAN, 128.84 * WAN, 11.7], '范围一和范围二 115.38 -> 128.84万吨 is the stated 同比增长11.7%'),
  entry(LC_ZH, 'change', true, [10.47, 9.6, 8.3], '排放强度 10.47 -> 9.60 is the stated 同比下降8.3%'),
  entry(LC_ZH, 'change', true, [11_486, 12_642, 10.1], '员工 11,486 -> 12,642 is the stated 同比增长10.1%'),
  entry(LC_ZH, 'change', true, [32_400 * WAN, 38_600 * WAN, 19.1], '安全生产投入 32,400 -> 38,600万元 is the stated 同比增长19.1%'),
  entry(LC_EN, 'sum', true, [[134_200, 'Total    '], 86_400, 42_600, 5_200], 'Table 1 2023: 86,400 + 42,600 + 5,200 = 134,200 tonnes LCE'),
  entry(LC_EN, 'sum', true, [110_200, 68_200, 37_400, 4_600], 'Table 1 2022: 68,200 + 37,400 + 4,600 = 110,200'),
  entry(LC_EN, 'ratio', true, [86_400, 134_200, 64.4], 'lithium carbonate 86,400 of 134,200 tonnes is the stated (64.4%)'),
  entry(LC_EN, 'sum', true, [524.68 * YI, 438.62 * YI, 56.24 * YI, 22.36 * YI, 7.46 * YI], 'Table 2 2022: 438.62 + 56.24 + 22.36 + 7.46 = 524.68 (RMB100 million)'),
  entry(LC_EN, 'ratio', true, [31.246 * B, 386.24 * YI, 80.9], 'lithium salts RMB31.246 billion of 386.24 (RMB100 million) is the stated 80.9% of the total'),
  entry(LC_EN, 'ratio', true, [268_400, 134_200, 2], '268,400 tce over 134,200 tonnes of LCE is the stated 2.00 tce per tonne (text and KPI table)'),
  entry(LC_EN, 'sum', true, [33.33 * M, 28.468 * M, 4.862 * M], 'total water use 33.330 = recycled 28.468 + fresh 4.862 million tonnes'),
  entry(LC_EN, 'ratio', true, [28.468 * M, 33.33 * M, 85.4], 'recycled 28.468 of 33.330 million tonnes is the stated recycling rate 85.4%'),
  entry(LC_EN, 'ratio', true, [4.862 * M, [134_200, 'Total    '], 36.2], 'fresh water 4.862 million tonnes over 134,200 tonnes of LCE is the stated 36.2 tonnes per tonne'),
  entry(LC_EN, 'sum', true, [1_153_800, 364_200, 789_600], 'Table 3 2022: 364,200 + 789,600 = 1,153,800 tCO2e'),
  entry(LC_EN, 'ratio', true, [1_288_400, 134_200, 9.6], '1,288,400 tCO2e over 134,200 tonnes of LCE is its intensity 9.60 (table and text)'),
  entry(LC_EN, 'sum', true, [[12_642, 'Total    '], [48, 'Doctorate'], 862, 3_486, 8_246], 'Table 4: 48 + 862 + 3,486 + 8,246 = 12,642'),
  entry(LC_EN, 'change', true, [110_200, 134_200, 21.8], 'lithium salt output 110,200 -> 134,200 tonnes is the stated up 21.8%'),
  entry(LC_EN, 'change', true, [52.6 * WAN, 68.4 * WAN, 30], 'concentrate 52.6 -> 68.4 (10,000 tonnes) is the stated up 30.0%'),
  entry(LC_EN, 'change', true, [524.68 * YI, 386.24 * YI, 26.4], 'operating revenue 524.68 -> 386.24 (RMB100 million) is the stated down 26.4%'),
  entry(LC_EN, 'change', true, [206.84 * YI, 48.62 * YI, 76.5], 'net profit 206.84 -> 48.62 is the stated fell 76.5%'),
  entry(LC_EN, 'change', true, [2.22, 2, 9.9], 'energy per tonne of LCE 2.22 -> 2.00 is the stated 9.9% less'),
  entry(LC_EN, 'change', true, [2.04, 1.86, 8.8], 'lithium carbonate 2.04 -> 1.86 tce per tonne is the stated down 8.8%'),
  entry(LC_EN, 'change', true, [83.6, 85.4, 1.8], 'water recycling rate 83.6 -> 85.4% is the stated up 1.8 percentage points'),
  entry(LC_EN, 'change', true, [1_153_800, 1_288_400, 11.7], 'Scope 1 and 2 1,153,800 -> 1,288,400 tCO2e is the stated rose 11.7%'),
  entry(LC_EN, 'change', true, [10.47, 9.6, 8.3], 'intensity 10.47 -> 9.60 is the stated fell 8.3%'),
  entry(LC_EN, 'change', true, [11_486, 12_642, 10.1], 'employees 11,486 -> 12,642 is the stated 10.1% more'),
  entry(LC_EN, 'change', true, [32_400 * WAN, 38_600 * WAN, 19.1], 'work safety investment 32,400 -> 38,600 (RMB10,000) is the stated rose 19.1%'),

  // Hollinsdale Housing Group: a UK housing association's annual sustainability report (2023/24)
  entry(HOLLINS, 'sum', false, [[39_888, 'we owned or managed'], [39_254, 'Total   '], [643, 'a net']], 'planted: 39,254 homes at 31 March 2023 and a net 643 more make 39,897, the year-end count 39,888 (a net 634)'),
  entry(HOLLINS, 'consistency', false, [[253.6 * M, 'brought in £'], 235.6 * M], 'planted: rent and service charges £253.6 million in the Chair\'s statement, £235.6m at a glance, in Table 2 and the text (digits swapped)'),
  entry(HOLLINS, 'consistency', false, [6_826, 6_286], 'planted: 6,826 homes at Band D in the text, 6,286 in Table 3'),
  entry(HOLLINS, 'ratio', false, [36_842, 38_264, 97.4], 'planted: urgent repairs 36,842 of 38,264 within 7 days is 96.3%, stated (97.4%)'),
  entry(HOLLINS, 'sum', false, [[10_828, 'Total Scope 1 and 2'], 8_642, 2_816], 'planted: Table 5 2023/24 Scope 1 8,642 + Scope 2 2,816 = 11,458, its Total 10,828 tCO2e (2,186 mistyped 2,816)'),
  entry(HOLLINS, 'change', false, [2_468, 2_816, [11.4, 'fell 11.4']], 'the same slip: Scope 2 2,468 -> 2,816 tCO2e (Table 5) is +14.1%, the text says fell 11.4% (computed on 2,186)'),
  entry(HOLLINS, 'change', false, [68.9, [72.4, 'satisfaction rose to'], [5.3, 'up 5.3']], 'planted: overall satisfaction 68.9% -> 72.4% is up 3.5 points, the Chair\'s statement says up 5.3 points'),
  // (added in session 42: a pair of the planted slip the key had left out, one change or quotient stated twice with two results)
  entry(HOLLINS, 'consistency', false, [[5.3, 'up 5.3'], [3.5, 'up 3.5']], 'the same slip: the Chair\'s satisfaction up 5.3 points, the section\'s up 3.5 percentage points'),
  entry(HOLLINS, 'consistency', false, [[1_500, 'retrofitted more than'], 1_486], 'planted: more than 1,500 homes retrofitted in the Chair\'s statement, 1,486 in Table 4 and section 2 (a qualifier slip)'),
  entry(HOLLINS, 'ratio', false, [[25_962, 'EPC C or above     '], 35_290, 76.3], 'planted: 2022/23 homes at EPC C or above 25,962 of 35,290 rented homes is 73.6%, Table 4 says 76.3'),
  entry(HOLLINS, 'change', false, [76.3, [77.9, 'rented homes (%)'], [4.3, 'improvement of']], 'the same slip: Table 4\'s share 76.3 -> 77.9 is up 1.6 points, the text says an improvement of 4.3 percentage points'),
  entry(HOLLINS, 'consistency', false, [[73.6, '25,962 ('], 76.3], 'the same slip: 2022/23 EPC C or above 73.6% in the text, 76.3 in Table 4'),
  entry(HOLLINS, 'sum', true, [[39_888, 'Total   '], 24_862, 5_486, 2_148, 3_264, 2_942, 1_186], 'Table 1 2023/24: 24,862 + 5,486 + 2,148 + 3,264 + 2,942 + 1,186 = 39,888 homes'),
  entry(HOLLINS, 'sum', true, [[39_254, 'Total   '], 24_618, 5_214, 2_172, 3_286, 2_786, 1_178], 'Table 1 2022/23: 24,618 + 5,214 + 2,172 + 3,286 + 2,786 + 1,178 = 39,254'),
  entry(HOLLINS, 'sum', true, [[35_760, 'Our 35,760'], 24_862, 5_486, 2_148, 3_264], 'our 35,760 rented homes: general needs 24,862 + affordable rent 5,486 + supported 2,148 + older people 3,264 (Table 1)'),
  entry(HOLLINS, 'sum', true, [35_290, 24_618, 5_214, 2_172, 3_286], '35,290 rented homes a year earlier: 24,618 + 5,214 + 2,172 + 3,286'),
  entry(HOLLINS, 'sum', true, [[235.6 * M, 'Total   '], 148.6 * M, 38.4 * M, 16.2 * M, 19.8 * M, 12.6 * M], 'Table 2 2023/24: 148.6 + 38.4 + 16.2 + 19.8 + 12.6 = 235.6 £m'),
  entry(HOLLINS, 'sum', true, [219 * M, 139.4 * M, 34.2 * M, 15.6 * M, 18.6 * M, 11.2 * M], 'Table 2 2022/23: 139.4 + 34.2 + 15.6 + 18.6 + 11.2 = 219.0'),
  entry(HOLLINS, 'ratio', true, [148.6 * M, 235.6 * M, 63.1], 'general needs 148.6 of £235.6m is the stated 63.1%'),
  entry(HOLLINS, 'sum', true, [[35_760, 'Total   '], 4_862, 22_984, 6_286, 1_428, 200], 'Table 3: 4,862 + 22,984 + 6,286 + 1,428 + 200 = 35,760 homes'),
  entry(HOLLINS, 'sum', true, [[100, '35,760'], 13.6, 64.3, 17.6, 4, 0.6], 'Table 3 share column: 13.6 + 64.3 + 17.6 + 4.0 + 0.6 = 100.1, its Total 100.0 (within its rows\' rounding)'),
  entry(HOLLINS, 'ratio', true, [4_862, [35_760, 'Total   '], 13.6], 'A and B 4,862 of 35,760 is its 13.6'),
  entry(HOLLINS, 'ratio', true, [22_984, [35_760, 'Total   '], 64.3], 'C 22,984 of 35,760 is its 64.3'),
  entry(HOLLINS, 'ratio', true, [6_286, [35_760, 'Total   '], 17.6], 'D 6,286 of 35,760 is its 17.6'),
  entry(HOLLINS, 'ratio', true, [1_428, [35_760, 'Total   '], 4], 'E 1,428 of 35,760 is its 4.0'),
  entry(HOLLINS, 'ratio', true, [200, [35_760, 'Total   '], 0.6], 'F and G 200 of 35,760 is its 0.6'),
  entry(HOLLINS, 'sum', true, [27_846, 4_862, 22_984], 'EPC C or above 27,846 = A and B 4,862 + C 22,984 (Table 3)'),
  entry(HOLLINS, 'ratio', true, [27_846, 35_760, 77.9], '27,846 of 35,760 rented homes at EPC C or above is the stated 77.9% (text, Table 4 and Chair\'s statement)'),
  entry(HOLLINS, 'ratio', true, [[25_962, 'up from'], 35_290, [73.6, '25,962 (']], '2022/23 25,962 of 35,290 is the text\'s (73.6%)'),
  entry(HOLLINS, 'ratio', true, [18.4 * M, 1_486, 12_382], 'retrofit £18.4m over 1,486 homes is the stated average of £12,382 per home'),
  entry(HOLLINS, 'ratio', true, [6.2 * M, 18.4 * M, 33.7], '£6.2m of £18.4m is the stated (33.7%)'),
  entry(HOLLINS, 'sum', true, [[148_620, 'We completed'], 22_486, 38_264, 87_870], 'repairs 148,620 = emergency 22,486 + urgent 38,264 + routine 87,870'),
  entry(HOLLINS, 'ratio', true, [22_284, 22_486, 99.1], 'emergency repairs 22,284 of 22,486 made safe within 24 hours is the stated (99.1%)'),
  entry(HOLLINS, 'ratio', true, [140_012, [148_620, 'We completed'], 94.2], '140,012 of 148,620 repairs within target is the stated (94.2%)'),
  entry(HOLLINS, 'ratio', true, [1_800, 2_486, 72.4], '1,800 of 2,486 households satisfied overall is the stated (72.4%)'),
  entry(HOLLINS, 'sum', true, [11_682, 9_214, 2_468], 'Table 5 2022/23: 9,214 + 2,468 = 11,682 tCO2e'),
  entry(HOLLINS, 'ratio', true, [10_828, 39_888, 0.27], '10,828 tCO2e over 39,888 homes is its 0.27 tCO2e per home (table and Chair\'s statement)'),
  entry(HOLLINS, 'ratio', true, [62, [486, 'Of our'], 12.8], '62 of 486 vans electric is the stated (12.8%)'),
  entry(HOLLINS, 'change', true, [219 * M, 235.6 * M, 7.6], 'rent and service charges £219.0m -> £235.6m is the stated rose 7.6%'),
  entry(HOLLINS, 'change', true, [73.6, 77.9, [4.3, 'improvement of']], 'EPC C or above 73.6% -> 77.9% is the stated improvement of 4.3 percentage points'),
  entry(HOLLINS, 'change', true, [69.8, 71.4, 1.6], 'average SAP 69.8 -> 71.4 is the stated rose 1.6 points'),
  entry(HOLLINS, 'change', true, [141_264, 148_620, 5.2], 'repairs 141,264 -> 148,620 is the stated up 5.2%'),
  entry(HOLLINS, 'change', true, [68.9, 72.4, [3.5, 'up 3.5']], 'overall satisfaction 68.9% -> 72.4% is the stated up 3.5 percentage points'),
  entry(HOLLINS, 'change', true, [11_682, 10_828, 7.3], 'Scope 1 and 2 11,682 -> 10,828 tCO2e is the stated fell 7.3%'),
  entry(HOLLINS, 'change', true, [9_214, 8_642, 6.2], 'Scope 1 9,214 -> 8,642 is the stated fell 6.2%'),
];
