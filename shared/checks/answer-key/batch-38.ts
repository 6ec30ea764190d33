// The thirty-eighth blind batch: three engagements of report kinds outside batches 1–37, written as their published
// reports read (aligned and pipe tables, sub-headed table blocks, a footnoted KPI table, bullet lists, `——` lists, a
// one-page fact sheet): a South African gold miner's integrated report in English (tonnes milled in '000 t with head
// grade g/t, plant recovery %, gold produced in kg and yield g/t by operation, ounces, koz and Moz, all-in sustaining
// cost in US$/oz and R/kg, R million and billion with US$ at the year's rate, an `FY2024 FY2023 Change (%)` KPI table
// with a bracketed decrease, LTIFR and TRIFR per million hours, fatalities, water withdrawn and recycled in ML with the
// recycled share, a Scope 1 / 2 table with tCO2e per ounce, a CEO letter restating the year); a Chinese hog producer's
// 社会责任报告 in simplified Chinese (生猪出栏量 万头 by 区域 with 同比增长 and 合计, 营业收入 亿元 with 占比, 饲料 万吨 with 自用 /
// 外销, 育肥猪成活率 with 个百分点, 粪污资源化利用率, 沼气 万立方米 / 亿立方米, 单位头均耗水 立方米/头, 范围一 / 范围二 tCO2e in a
// `——` list with 占比 and 强度, 员工 by 性别 and 年龄 with 占比, 乡村振兴 亿元, a 关键绩效表, 一、二、三 sections with （一）
// subsections, a 董事长致辞 restating figures); a Philippine electricity distribution utility's English sustainability
// report and its one-page fact sheet checked together (GWh sold by customer class with a Total and `Change (%)`, customers
// served by class, GWh purchased and system loss %, SAIFI / SAIDI, PHP million / billion, renewable share of supply,
// Scope 1 / 2 / 3 tCO2e with a Scope 1 and 2 subtotal and tCO2e per GWh, a President's message restating figures, the
// fact sheet restating rounded figures).
// Planted (as real drafts slip): totals that no longer add (Kameelrivier's Table 1 FY2024 Modderkloof gold 5,897 kg for
// 5,987; its FY2023 workforce Total 31,316 for 31,136; 华岭's 表1 2022 西南 420.6 for 402.6; 表2's 占比 column with 屠宰及肉食
// 7.8 for 7.2; LBEC's Table 1 2022 Industrial 2,368.4 for 2,386.4; its Scope 1 and 2 subtotal 450,280 for 450,820, and the
// Total over it); shares, yields and intensities that do not compute (Modderkloof's yield 4.66 g/t against 5,897 kg of
// 1,286 kt; TRIFR 5.96 for 5.69; 屠宰及肉食 42.18 of 582.00 stated 7.8%; 女性管理人员 1,286 of 4,862 stated 24.6% for 26.5;
// residential 47.6% of energy sold for 45.6; 42.32 tCO2e/GWh against the mistyped subtotal); change cells and rates (AISC
// Change cell 8.1 for 9.1; recycled water `up 3.4 percentage points` for 2.4; emissions intensity `fell 4.2%` for 3.2;
// 西南 20.8% against the mistyped 420.6; 成活率 提高2.8个百分点 for 1.8; 用水总量 同比增长8.6% for 6.8; Industrial 1.3 against the
// mistyped 2,368.4; SAIFI `improved 6.3%` for 8.3; customers `up 3.8%` for 2.8); one metric two ways (598,450 ounces in
// the CEO letter / 589,452 and 589 koz; Mineral Resources 42.8 koz at a glance / 42.8 Moz, a scale slip; capital R512
// million in the letter / R5,124 million, a scale slip; `nearly 32,000` / `More than 32,000` and 31,862 people, a turned
// qualifier; 出栏生猪2,904.0万头 in the 致辞 / 2,940.0; 乡村振兴资金1.48万元 in the 致辞 / 1.48亿元, a scale slip; 2022 单位头均耗水
// 1.57 in the text / 1.75 in the 关键绩效表; 碳排放强度0.182吨 in the 致辞 / 0.128; 员工近12.5万人 in the 致辞 / 超过12.5万 and
// 125,660, a turned qualifier; 10,563.6 GWh in the President's message / 10,653.6; system loss 6.34% in the message /
// 6.44%; capital expenditures PHP 1.25 billion on the fact sheet / PHP 12,486 million; renewable share 29.8% on the fact
// sheet / 28.9%).
// Annotated as a reader sees them and committed before any run of the checks, the command line or extraction on them.
// Traps that must not be flagged: 589 koz / 577 koz beside 589,452 / 577,395 oz; US$1,486/oz beside R894,366/kg (rightly
// converted at R18.72); R38,642 million beside R38.6 billion, US$2,064 million and `about US$2.1 billion`; R5,124 million
// beside US$274 million; 9.548 million tonnes beside 9,548 ('000 t); three fatalities in words beside 3; the 15% women
// target, the 30% cut by 2030 and FY2021; 62 GWh and 30 MW; 2.1% (gold) beside 2.1% (ounces); 1.92 and 1.93 g/t group
// yields beside 2.08 and 2.11 head grades; 沼气1.86亿立方米 beside 18,642万立方米; 2.86亿千瓦时 beside LBEC's 2.86 SAIFI (other
// file); 同比增长14.8% twice; 超过150万亩 and 2.6万户; 户均增收超过1.2万元; 10,654 GWh, 2.86 million customers, 6.4%, 186 minutes,
// PHP 112.5 billion, PHP 9.86 billion, 0.45 million tCO2e and `26% women` on the fact sheet beside their unrounded figures;
// the 6.50% cap and 35% by 2030; 4,286 LBEC employees beside Kameelrivier's 4,286 women (another engagement); 1,286
// reclosers beside nothing; `nearly 4,300` beside 4,286.

import type { Engagement } from './key';
import { across, engagements, entry, K, M, WAN, YI, B } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b38';
const KAM = 'kameelrivier-gold-integrated-report-fy2024.txt';
const HL = 'hualing-muye-csr-2023-zh.txt';
const LB = 'laguna-bay-electric-sustainability-report-2023.txt';
const LB_FS = 'laguna-bay-electric-fact-sheet-2023.txt';

export const BATCH_38_ENGAGEMENTS: Engagement[] = engagements(DIR, [KAM, HL, [LB, LB_FS]]);

export const BATCH_38_KEY: KeyEntry[] = [
  // Kameelrivier Gold Limited: a South African gold miner's integrated annual report (year ended 30 June 2024)
  entry(KAM, 'sum', false, [[18_334, 'Group                          9,548'], 11_412, 5_897, 935], 'planted: Table 1 FY2024 gold produced 11,412 + 5,897 + 935 = 18,244 kg, its Group row 18,334 (Modderkloof 5,987 mistyped 5,897)'),
  entry(KAM, 'ratio', false, [5_897, 1_286 * K, 4.66], 'the same slip: Modderkloof 5,897 kg from 1,286 thousand tonnes milled is a yield of 4.59 g/t, its cell 4.66'),
  { ...entry(KAM, 'consistency', false, [[598_450, 'We produced'], [589_452, 'Gold produced (oz)'], [589 * K, 'Gold produced: ']], 'planted: 598,450 ounces in the CEO letter, 589,452 oz in Table 2 and 589 koz at a glance (digits swapped)'), atLeast: 2 },
  entry(KAM, 'consistency', false, [[42.8 * K, 'Mineral Resources: '], [42.8 * M, 'Mineral Resources (inclusive']], 'planted: Mineral Resources 42.8 koz at a glance, 42.8 Moz in section 1 (a scale slip)'),
  entry(KAM, 'change', false, [[1_362, 'All-in sustaining cost (US$/oz)'], [1_486, 'All-in sustaining cost (US$/oz)'], [8.1, 'All-in sustaining cost (US$/oz)']], 'planted: AISC US$1,362 -> 1,486/oz is +9.1% (the text says so), its Change cell 8.1'),
  { ...entry(KAM, 'consistency', false, [[512 * M, 'We invested R'], [5_124 * M, 'Capital expenditure (R million)'], [5_124 * M, 'Capital expenditure of R']], 'planted: R512 million of capital in the CEO letter, R5,124 million in Table 2 and the text (a scale slip)'), atLeast: 2 },
  entry(KAM, 'change', false, [[35.6, '(FY2023: 35.6'], [38, 'Recycled share of water used: '], [3.4, 'up 3.4']], 'planted: the recycled share 35.6% -> 38.0% is up 2.4 points, stated up 3.4 percentage points'),
  entry(KAM, 'ratio', false, [412, [72.4 * M, 'lost-time injuries in'], [5.96, 'TRIFR of']], 'planted: 412 recordable injuries in 72.4 million hours is a TRIFR of 5.69, stated 5.96 (digits swapped)'),
  entry(KAM, 'consistency', false, [[32 * K, 'nearly 32,000'], [32 * K, 'More than 32,000']], 'planted: nearly 32,000 employees and contractors in the CEO letter, More than 32,000 at a glance (a turned qualifier)'),
  entry(KAM, 'consistency', false, [[32 * K, 'More than 32,000'], [31_862, 'of our']], 'the same slip against the count: More than 32,000 at a glance, 31,862 people in section 2'),
  entry(KAM, 'sum', false, [31_316, 22_012, 9_124], 'planted: the FY2023 workforce 22,012 + 9,124 = 31,136, its Total 31,316'),
  entry(KAM, 'change', false, [5.69, 5.51, [4.2, 'fell 4.2']], 'planted: emissions intensity 5.69 -> 5.51 tCO2e/oz is -3.2%, the CEO letter says fell 4.2%'),
  entry(KAM, 'sum', true, [9_548 * K, 1_842 * K, 1_286 * K, 6_420 * K], 'Table 1 FY2024 tonnes milled: 1,842 + 1,286 + 6,420 = 9,548 thousand'),
  entry(KAM, 'sum', true, [9_288 * K, 1_796 * K, 1_312 * K, 6_180 * K], 'Table 1 FY2023: 1,796 + 1,312 + 6,180 = 9,288'),
  entry(KAM, 'sum', true, [17_959, 10_885, 6_171, 903], 'Table 1 FY2023 gold produced: 10,885 + 6,171 + 903 = 17,959 kg'),
  entry(KAM, 'ratio', true, [11_412, 1_842 * K, 6.2], 'Tlhago 11,412 kg from 1,842 thousand tonnes is its yield 6.20 g/t'),
  entry(KAM, 'ratio', true, [10_885, 1_796 * K, 6.06], 'Tlhago FY2023 10,885 kg from 1,796 kt is its 6.06 g/t'),
  entry(KAM, 'ratio', true, [6_171, 1_312 * K, 4.7], 'Modderkloof FY2023 6,171 kg from 1,312 kt is its 4.70 g/t'),
  entry(KAM, 'ratio', true, [935, 6_420 * K, 0.15], 'surface sources 935 kg from 6,420 kt is its 0.15 g/t'),
  entry(KAM, 'ratio', true, [[18_334, 'Group                          9,548'], 9_548 * K, 1.92], 'the Group 18,334 kg from 9,548 kt is its 1.92 g/t'),
  entry(KAM, 'ratio', true, [[17_959, 'Group                          9,288'], 9_288 * K, 1.93], 'the Group FY2023 17,959 kg from 9,288 kt is its 1.93 g/t'),
  entry(KAM, 'sum', true, [30_060, [18_640, 'Water withdrawn: '], [11_420, 'Water recycled: ']], 'water used 30,060 ML = 18,640 withdrawn + 11,420 recycled'),
  entry(KAM, 'sum', true, [29_928, 19_286, 10_642], 'FY2023: 19,286 + 10,642 = 29,928 ML'),
  entry(KAM, 'ratio', true, [[11_420, 'Water recycled: '], 30_060, [38, 'Recycled share of water used: ']], 'recycled 11,420 of 30,060 ML is the stated 38.0% (and the CEO letter)'),
  entry(KAM, 'ratio', true, [10_642, 29_928, 35.6], 'FY2023 10,642 of 29,928 ML is the stated 35.6%'),
  entry(KAM, 'ratio', true, [[18_640, 'We withdrew'], 9_548 * K, 1.95], 'water withdrawn 18,640 ML over 9,548 thousand tonnes milled is the stated 1.95 kL/t'),
  entry(KAM, 'ratio', true, [19_286, 9_288 * K, 2.08], 'FY2023 19,286 ML over 9,288 kt is the stated 2.08 kL/t'),
  entry(KAM, 'ratio', true, [186, 72.4 * M, [2.57, 'frequency rate (LTIFR) of']], '186 lost-time injuries in 72.4 million hours is the LTIFR of 2.57 (text, Table 2 and the letter)'),
  entry(KAM, 'ratio', true, [204, 70.8 * M, 2.88], 'FY2023 204 in 70.8 million hours is its 2.88'),
  entry(KAM, 'ratio', true, [436, 70.8 * M, 6.16], 'FY2023 436 recordable injuries in 70.8 million hours is its TRIFR 6.16'),
  entry(KAM, 'sum', true, [[31_862, 'Total'], 22_486, 9_376], 'the FY2024 workforce: 22,486 employees + 9,376 contractors = 31,862'),
  entry(KAM, 'ratio', true, [4_286, [31_862, 'of our'], 13.5], 'women 4,286 of 31,862 is the stated 13.5%'),
  entry(KAM, 'sum', true, [3_250_520, 386_420, 2_864_100], 'FY2024 Scope 1 386,420 + Scope 2 2,864,100 = 3,250,520 tCO2e'),
  entry(KAM, 'sum', true, [3_285_120, 372_640, 2_912_480], 'FY2023: 372,640 + 2,912,480 = 3,285,120'),
  entry(KAM, 'ratio', true, [3_250_520, 589_452, 5.51], '3,250,520 tCO2e over 589,452 oz is the stated 5.51 tCO2e/oz'),
  entry(KAM, 'ratio', true, [3_285_120, 577_395, 5.69], 'FY2023 3,285,120 over 577,395 oz is its 5.69'),
  entry(KAM, 'ratio', true, [2_864_100, 3_250_520, 88.1], 'Scope 2 2,864,100 of 3,250,520 tCO2e is the stated 88.1%'),
  entry(KAM, 'change', true, [9_288 * K, 9_548 * K, 2.8], 'tonnes milled 9,288 -> 9,548 thousand is the stated rose 2.8% (and the Change cell)'),
  entry(KAM, 'change', true, [17_959, 18_334, 2.1], 'gold produced 17,959 -> 18,334 kg is the stated 2.1%'),
  entry(KAM, 'change', true, [577_395, 589_452, 2.1], 'ounces 577,395 -> 589,452 is its Change cell 2.1'),
  entry(KAM, 'change', true, [789_958, 894_366, 13.2], 'AISC R789,958 -> 894,366/kg is its Change cell 13.2'),
  entry(KAM, 'change', true, [35_486 * M, 38_642 * M, 8.9], 'revenue R35,486 -> 38,642 million is the stated 8.9%'),
  entry(KAM, 'change', true, [4_386 * M, 5_124 * M, 16.8], 'capital expenditure R4,386 -> 5,124 million is the stated 16.8%'),
  entry(KAM, 'change', true, [2.88, 2.57, 10.8], 'LTIFR 2.88 -> 2.57 is its Change cell (10.8)'),
  entry(KAM, 'change', true, [19_286, 18_640, 3.3], 'water withdrawn 19,286 -> 18,640 ML is the stated 3.3% less'),
  entry(KAM, 'change', true, [1_362, [1_486, 'AISC of US$'], [9.1, 'is 9.1%']], 'AISC US$1,362 -> 1,486/oz is the text\'s 9.1% above'),

  // 华岭牧业 Hualing Muye: a Chinese hog producer's 2023年度社会责任报告
  entry(HL, 'sum', false, [[2_562 * WAN, '| 合计 | 2,940.0 |'], 1_104.2 * WAN, 768.4 * WAN, 420.6 * WAN, 286.8 * WAN], 'planted: 表1 2022年 1,104.2 + 768.4 + 420.6 + 286.8 = 2,580.0, its 合计 2,562.0万头 (西南 402.6 mistyped 420.6)'),
  entry(HL, 'change', false, [420.6 * WAN, 486.2 * WAN, 20.8], 'the same slip: 西南 420.6 -> 486.2万头 is +15.6%, its 同比增长 20.8% (computed on 402.6)'),
  entry(HL, 'ratio', false, [42.18 * YI, [582 * YI, ' 合计              582.00'], 7.8], 'planted: 屠宰及肉食 42.18 of 582.00亿元 is 7.2%, its 占比 7.8'),
  entry(HL, 'sum', false, [[100, ' 合计              582.00'], 83.6, 4.9, 3.2, 7.8, 1.1], 'the same slip: 表2 占比 83.6 + 4.9 + 3.2 + 7.8 + 1.1 = 100.6, its 合计 100.0'),
  entry(HL, 'consistency', false, [[2_904 * WAN, '出栏生猪2,904'], [2_940 * WAN, '共出栏生猪']], 'planted: 出栏生猪2,904.0万头 in the 董事长致辞, 2,940.0万头 in 一（一）and the tables (digits swapped)'),
  entry(HL, 'consistency', false, [[1.48 * WAN, '全年投入乡村振兴资金'], [1.48 * YI, '公司投入乡村振兴资金']], 'planted: 乡村振兴资金1.48万元 in the 致辞, 1.48亿元 in 三（二） (a scale slip)'),
  entry(HL, 'consistency', false, [[1.57, '上年为'], [1.75, '| 单位头均耗水 |']], 'planted: 2022 单位头均耗水 1.57立方米/头 in 二（三）, 1.75 in the 关键绩效表 (digits swapped)'),
  entry(HL, 'consistency', false, [[0.182, '碳排放强度为'], [0.128, '排放强度']], 'planted: 每头生猪的碳排放强度0.182吨 in the 致辞, 0.128 in 二（四） (digits swapped)'),
  entry(HL, 'ratio', false, [1_286, 4_862, 24.6], 'planted: 女性管理人员 1,286 of 4,862 is 26.5%, stated 24.6%'),
  entry(HL, 'consistency', false, [[12.5 * WAN, '员工近'], [12.5 * WAN, '超过']], 'planted: 员工近12.5万人 in the 致辞, 超过12.5万名员工 in 三（一） (a turned qualifier)'),
  entry(HL, 'consistency', false, [[12.5 * WAN, '员工近'], [125_660, '共有员工']], 'the same slip against the count: 近12.5万 (under), 125,660人'),
  entry(HL, 'change', false, [91.6, [93.4, '育肥猪成活率为'], [2.8, '提高2.8']], 'planted: 育肥猪成活率 91.6% (关键绩效表 2022) -> 93.4% is up 1.8 points, stated 提高2.8个百分点'),
  entry(HL, 'change', false, [4_012.6 * WAN, [4_286.5 * WAN, '用水总量'], [8.6, '同比增长8.6']], 'planted: 用水总量 4,012.6 -> 4,286.5万立方米 is +6.8%, stated 同比增长8.6%'),
  entry(HL, 'sum', true, [[2_940 * WAN, '| 合计 |'], 1_286.4 * WAN, 842.6 * WAN, 486.2 * WAN, 324.8 * WAN], '表1 2023年: 1,286.4 + 842.6 + 486.2 + 324.8 = 2,940.0万头'),
  entry(HL, 'sum', true, [[582 * YI, ' 合计              582.00'], 486.42 * YI, 28.64 * YI, 18.36 * YI, 42.18 * YI, 6.4 * YI], '表2: 486.42 + 28.64 + 18.36 + 42.18 + 6.40 = 582.00亿元'),
  entry(HL, 'ratio', true, [486.42 * YI, [582 * YI, ' 合计              582.00'], 83.6], '生猪销售 486.42 of 582.00 is its 占比 83.6'),
  entry(HL, 'ratio', true, [28.64 * YI, [582 * YI, ' 合计              582.00'], 4.9], '仔猪销售 28.64 of 582.00 is its 4.9'),
  entry(HL, 'ratio', true, [18.36 * YI, [582 * YI, ' 合计              582.00'], 3.2], '饲料外销 18.36 of 582.00 is its 3.2'),
  entry(HL, 'ratio', true, [6.4 * YI, [582 * YI, ' 合计              582.00'], 1.1], '其他 6.40 of 582.00 is its 1.1'),
  entry(HL, 'sum', true, [[846.2 * WAN, '全年饲料产量'], 812.4 * WAN, 33.8 * WAN], '饲料产量846.2万吨 其中 自用812.4 + 外销33.8'),
  entry(HL, 'ratio', true, [2_824.1 * WAN, 2_864.2 * WAN, [98.6, '粪污资源化利用率达到']], '资源化利用 2,824.1 of 粪污产生量 2,864.2万吨 is the stated 98.6%'),
  entry(HL, 'ratio', true, [[4_286.5 * WAN, '用水总量'], [2_940 * WAN, '共出栏生猪'], [1.46, '单位头均耗水']], '用水总量 4,286.5万立方米 over 出栏 2,940.0万头 is the stated 1.46立方米/头 (the note defines it)'),
  entry(HL, 'ratio', true, [4_012.6 * WAN, 2_562 * WAN, [1.57, '上年为']], '2022 4,012.6 over 2,562.0 is the text\'s 1.57'),
  entry(HL, 'sum', true, [[3_772_960, '排放总量'], [2_486_420, '范围一'], [1_286_540, '范围二']], '范围一 2,486,420 + 范围二 1,286,540 = 总量 3,772,960 tCO2e (text and table)'),
  entry(HL, 'sum', true, [3_511_500, 2_312_860, 1_198_640], '关键绩效表 2022: 2,312,860 + 1,198,640 = 3,511,500'),
  entry(HL, 'ratio', true, [[1_286_540, '范围二温室气体排放1,286,540'], 3_772_960, 34.1], '范围二 1,286,540 of 3,772,960 is the stated 占排放总量的34.1%'),
  entry(HL, 'ratio', true, [3_772_960, 2_940 * WAN, [0.128, '排放强度']], '3,772,960 tCO2e over 2,940.0万头 is the stated 0.128吨/头'),
  entry(HL, 'ratio', true, [3_511_500, 2_562 * WAN, 0.137], '2022 3,511,500 over 2,562.0万头 is the stated 0.137'),
  entry(HL, 'sum', true, [[125_660, '共有员工'], 86_420, 39_240], '员工 125,660: 男性 86,420 + 女性 39,240'),
  entry(HL, 'ratio', true, [39_240, [125_660, '共有员工'], 31.2], '女性 39,240 of 125,660 is the stated 31.2%'),
  entry(HL, 'sum', true, [[125_660, ' 合计'], 42_860, 68_480, 14_320], '表3: 42,860 + 68,480 + 14,320 = 125,660'),
  entry(HL, 'ratio', true, [42_860, 125_660, 34.1], '30岁以下 42,860 of 125,660 is its 34.1%'),
  entry(HL, 'ratio', true, [68_480, 125_660, 54.5], '30-50岁 68,480 of 125,660 is its 54.5%'),
  entry(HL, 'ratio', true, [14_320, 125_660, 11.4], '50岁以上 14,320 of 125,660 is its 11.4%'),
  entry(HL, 'sum', true, [[100, '125,660'], [34.1, '42,860'], 54.5, 11.4], '表3 占比: 34.1 + 54.5 + 11.4 = 100.0'),
  entry(HL, 'change', true, [2_562 * WAN, 2_940 * WAN, 14.8], '出栏 2,562.0 -> 2,940.0万头 is the stated 同比增长14.8%'),
  entry(HL, 'change', true, [1_104.2 * WAN, 1_286.4 * WAN, 16.5], '华中 1,104.2 -> 1,286.4 is its 16.5%'),
  entry(HL, 'change', true, [768.4 * WAN, 842.6 * WAN, 9.7], '华北 768.4 -> 842.6 is its 9.7%'),
  entry(HL, 'change', true, [286.8 * WAN, 324.8 * WAN, 13.2], '东北 286.8 -> 324.8 is its 13.2%'),
  entry(HL, 'change', true, [412.86 * YI, 582 * YI, 41], '营业收入 412.86 -> 582.00亿元 is the stated 同比增长41.0%'),
  entry(HL, 'change', true, [768.6 * WAN, 846.2 * WAN, 10.1], '饲料产量 768.6 -> 846.2万吨 is the stated 同比增长10.1%'),
  entry(HL, 'change', true, [97.9, 98.6, [0.7, '提高0.7']], '粪污资源化利用率 97.9% -> 98.6% is the stated 提高0.7个百分点'),
  entry(HL, 'change', true, [[1.57, '上年为'], 1.46, 7], '单位头均耗水 1.57 -> 1.46 is the stated 同比下降7.0%'),
  entry(HL, 'change', true, [3_511_500, 3_772_960, 7.4], '排放总量 3,511,500 -> 3,772,960 is the stated 同比增长7.4%'),

  // Laguna Bay Electric Company: a Philippine distribution utility's 2023 sustainability report and its fact sheet
  entry(LB, 'sum', false, [[10_124, 'Total'], 4_612.8, 3_042.6, 2_368.4, 82.2], 'planted: Table 1 2022 4,612.8 + 3,042.6 + 2,368.4 + 82.2 = 10,106.0, its Total 10,124.0 GWh (Industrial 2,386.4 mistyped 2,368.4)'),
  entry(LB, 'change', false, [2_368.4, 2_418.6, [1.3, '2,418.6']], 'the same slip: Industrial 2,368.4 -> 2,418.6 GWh is +2.1%, its Change cell 1.3 (computed on 2,386.4)'),
  entry(LB, 'consistency', false, [[10_563.6, 'we delivered'], 10_653.6], 'planted: 10,563.6 GWh in the President\'s message, 10,653.6 in sections 1 and 2 and Table 1 (digits swapped; key corrected after the one run: its snippet named section 1 only, and the checks reported the same slip against section 2\'s `sold 10,653.6 GWh`)'),
  entry(LB, 'ratio', false, [4_862.4, 10_653.6, 47.6], 'planted: residential 4,862.4 of 10,653.6 GWh is 45.6%, the text says 47.6%'),
  entry(LB, 'change', false, [2_786_450, [2_864_210, 'Customers served reached'], 3.8], 'planted: customers 2,786,450 -> 2,864,210 is +2.8%, stated up 3.8%'),
  entry(LB, 'consistency', false, [[6.34, 'system loss down to'], [6.44, 'system loss of']], 'planted: system loss 6.34% in the message, 6.44% in section 2 and its table'),
  entry(LB, 'change', false, [3.12, 2.86, [6.3, 'SAIFI improved']], 'planted: SAIFI 3.12 -> 2.86 is -8.3%, stated improved 6.3%'),
  entry(LB, 'sum', false, [450_280, 8_640, 442_180], 'planted: 2023 Scope 1 8,640 + Scope 2 442,180 = 450,820, its Scope 1 and 2 row 450,280 (digits swapped)'),
  entry(LB, 'sum', false, [6_575_680, 450_280, 6_124_860], 'the same slip: Scope 1 and 2 450,280 + Scope 3 6,124,860 = 6,575,140, its Total 6,575,680'),
  entry(LB, 'ratio', false, [450_280, 10_653.6, 42.32], 'the same slip: the Scope 1 and 2 row 450,280 over 10,653.6 GWh sold is 42.27, stated 42.32 (computed on 450,820)'),
  across(LB, [[12_486 * M, 'capital expenditures reached PHP']], LB_FS, [[1.25 * B, 'Capital expenditures']], 'planted: capital expenditures PHP 12,486 million in the report, PHP 1.25 billion on the fact sheet (a scale slip)'),
  across(LB, [[28.9, 'renewable share of']], LB_FS, [[29.8, 'Renewable share of supply']], 'planted: a renewable share of 28.9% in the report (and the message), 29.8% on the fact sheet (digits swapped)'),
  entry(LB, 'sum', true, [[10_653.6, 'Total'], 4_862.4, 3_286.2, 2_418.6, 86.4], 'Table 1 2023: 4,862.4 + 3,286.2 + 2,418.6 + 86.4 = 10,653.6 GWh'),
  entry(LB, 'ratio', true, [3_286.2, 10_653.6, 30.8], 'commercial 3,286.2 of 10,653.6 GWh is the stated 30.8%'),
  entry(LB, 'ratio', true, [2_418.6, 10_653.6, 22.7], 'industrial 2,418.6 of 10,653.6 is the stated 22.7%'),
  entry(LB, 'sum', true, [[2_864_210, 'Customers served reached'], 2_612_480, 228_640, 8_420, 14_670], 'customers 2,864,210 = 2,612,480 + 228,640 + 8,420 + 14,670'),
  entry(LB, 'sum', true, [[2_864_210, 'serving'], 2_786_450, 77_760], 'the message: 77,760 new customers, 2,864,210 at year end (2,786,450 a year earlier)'),
  entry(LB, 'sum', true, [11_386.4, [10_653.6, 'and sold'], 732.8], 'purchased 11,386.4 GWh = sold 10,653.6 + system loss 732.8'),
  entry(LB, 'ratio', true, [732.8, 11_386.4, [6.44, 'system loss of']], 'system loss 732.8 of 11,386.4 GWh purchased is the stated 6.44%'),
  entry(LB, 'ratio', true, [738.6, 10_862.6, 6.8], '2022 738.6 of 10,862.6 GWh is the stated 6.80%'),
  entry(LB, 'sum', true, [10_862.6, [10_124, 'Total'], 738.6], '2022 purchased 10,862.6 = sold 10,124.0 + loss 738.6'),
  entry(LB, 'sum', true, [112_486 * M, 78_364 * M, 28_642 * M, 5_480 * M], 'revenues PHP 112,486 million = 78,364 + 28,642 + 5,480'),
  entry(LB, 'ratio', true, [3_286.4, [11_386.4, 'Of the'], [28.9, 'renewable share of']], 'renewable 3,286.4 of 11,386.4 GWh purchased is the stated 28.9%'),
  entry(LB, 'ratio', true, [2_864.2, 10_862.6, 26.4], '2022 2,864.2 of 10,862.6 GWh is the stated 26.4%'),
  entry(LB, 'sum', true, [6_575_680, 8_640, 442_180, 6_124_860], '2023 Scope 1 8,640 + Scope 2 442,180 + Scope 3 6,124,860 = Total 6,575,680 tCO2e'),
  entry(LB, 'sum', true, [477_360, 9_120, 468_240], '2022 Scope 1 and 2: 9,120 + 468,240 = 477,360'),
  entry(LB, 'sum', true, [6_463_780, 477_360, 5_986_420], '2022 Total: 477,360 + 5,986,420 = 6,463,780'),
  entry(LB, 'ratio', true, [477_360, [10_124, 'Total'], 47.15], '2022 Scope 1 and 2 477,360 over 10,124.0 GWh sold is the stated 47.15 tCO2e'),
  entry(LB, 'ratio', true, [1_124, [4_286, 'employ'], 26.2], 'women 1,124 of 4,286 employees is the stated 26.2%'),
  entry(LB, 'change', true, [10_124, [10_653.6, 'grew 5.2% to'], 5.2], 'energy sales 10,124.0 -> 10,653.6 GWh is the stated grew 5.2% (and the Change cell)'),
  entry(LB, 'change', true, [4_612.8, 4_862.4, 5.4], 'residential 4,612.8 -> 4,862.4 is its Change cell 5.4'),
  entry(LB, 'change', true, [3_042.6, 3_286.2, 8], 'commercial 3,042.6 -> 3,286.2 is its 8.0'),
  entry(LB, 'change', true, [82.2, 86.4, 5.1], 'streetlights and others 82.2 -> 86.4 is its 5.1'),
  entry(LB, 'change', true, [6.8, 6.44, [0.36, 'improvement\nof']], 'system loss 6.80% -> 6.44% is the stated 0.36 percentage points'),
  entry(LB, 'change', true, [214.8, 186.4, 13.2], 'SAIDI 214.8 -> 186.4 minutes is the stated 13.2%'),
  entry(LB, 'change', true, [101_842 * M, 112_486 * M, 10.5], 'revenues PHP 101,842 -> 112,486 million is the stated rose 10.5%'),
];
