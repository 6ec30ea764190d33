// The thirty-fifth blind batch: three engagements of report kinds outside batches 1–33, written as their published
// reports read (PDF text: page footers, aligned tables with wrapped labels and units, bullet lists, footnotes): an Indian
// IT services company's English ESG report and the BRSR of its annual report in two files (₹ crore and ₹ lakh with Indian
// digit grouping `1,24,860`, a `(₹ in lakh)` CSR table, USD million by geography with a `% of revenue` column, employees
// in lakh and `(in thousands)`, the BRSR's `Total (A) / Male No. (B) / % (B/A)` employee table, attrition and women in
// workforce, Scope 1/2/3 in tCO2e with an `FY 2023-24 FY 2022-23` table, tCO2e per employee and per ₹ crore, energy in
// MWh and GJ with a renewable share, CSR spend against the 2% obligation, beneficiaries in lakh); a French luxury group's
// English sustainability statement (€ billion in the text and € million in tables, FTEs by region with a Total and a
// `Change (%)` column with `−` minus signs, women in key positions, energy in MWh, Scope 1/2 in t CO2e market-based and
// location-based, t CO2e and MWh per € million of revenue, thousands set off by plain spaces `11 284` in two tables and
// by narrow no-break spaces in the climate tables and text); a Chinese coal-and-power group's 社会责任报告 in simplified
// Chinese (原煤产量 万吨, 发电量 亿千瓦时, 供电煤耗 克/千瓦时, 百万吨死亡率, 万元产值综合能耗 吨标准煤/万元, 其中 lists
// in a sentence and in dashes, 同比下降, 个百分点, a 关键绩效表 over 2021–2023 with a 单位 column, a 董事长致辞 restating).
// Planted (as real drafts slip): totals that no longer add (Vayuneer's employees by location with Europe 12.4 for 14.2;
// the ESG table's Scope 2 1,24,806 for 1,42,806 under its Scope 1 and 2 row; the BRSR's non-renewable energy 4,20,428 for
// 4,02,428, against its parts and in the grand total; Vernaux's revenue table with Perfumes & Cosmetics 2 148 for 2 418;
// its location-based Scope 1 and 2 67 810 for 67 180; 汾川's 2021 范围二 337.8 for 373.8; 北区矿井 2,383 for 2,338 in a
// 其中 sentence); shares and intensities that do not compute (the United Kingdom's 13.4% of revenue for 14.4, its share
// column adding to 99.1; the BRSR's Scope 1 and 2 per ₹ crore 1.39 for 1.29; the BRSR's other-than-permanent men 76.2%
// for 67.2); change cells and rates (Scope 3 `declined 5.2%` for 4.0; Asia's FTE Change cell +2.6 for 6.2; natural gas
// −3.6 for −6.3; the location-based Change cell −1.7 against the mistyped 67 810; `Perfumes & Cosmetics grew 5.2%` against
// the table's fall; 万元产值综合能耗 同比下降5.9% for 9.5; 氮氧化物 同比下降6.7% for 7.7); one metric two ways (Europe's
// 14,200 colleagues / 12.4 thousand; women 34.6% in the CEO letter / 36.4%; CSR spend `₹ 584.6 lakh` at a glance /
// ₹ 584.6 crore / 58,460 lakh, a crore-lakh slip; Scope 2 1,24,806 / 1,42,806 and intensity 1.29 / 1.39 across the ESG
// report and the BRSR; revenue €19.68 / 19.86 billion; women in key positions 46.3% / 43.6%; market-based Scope 2 9,864
// in the text / 9 846; Perfumes & Cosmetics €2.42 billion / 2 148 € million; 发电量862.4万千瓦时 in the letter / 862.4亿,
// a 万-亿 slip; 供电煤耗 298.7 / 297.8; 公益捐赠2,860万元 in the letter / 2.86亿元; 近7万名员工 in the letter / 超过7万名 and
// 68,420; 矿井水综合利用率 86.6 in the text / 88.6 in the table).
// Annotated as a reader sees them and committed before any run of the checks, the command line or extraction on them.
// Traps that must not be flagged: `over 3.4 lakh employees` beside 3,42,186; `USD 15.08 billion` beside 15,082 million;
// ₹ 28,41,000 lakh beside ₹ 28,410 crore and 56,820 / 58,460 lakh beside ₹ 568.2 / 584.6 crore (rightly converted);
// `1.86 crore (18.6 million)` hours; the `(in thousands)` table's 342.2 / 358.9 beside 3,42,186 / 3,58,904; electricity
// in MWh (2,86,420) and in GJ (the BRSR's 7,15,104 + 3,16,008); `fell 7.2 percentage points` beside `grew 7.2%`, `fell
// 11.3%` beside `up 11.3 percentage points`; the 2% obligation, the 5% overhead limit, the 30% goal, 54 countries;
// `€5.2 billion` beside 5 214 million and `€11.28 billion` beside 11 284; `more than 47,000 employees` (headcount 47 316)
// beside 44 482 FTEs; location-based 42 318 beside market-based 9 846; 18.42 MWh per € million beside 2022 revenue
// 18 420 € million; Europe's 9 486 FTEs beside the planted 9,864 t CO2e; the intensity cells 1.75 / 2.48 giving −29.4
// (−29.7 unrounded); 原煤1.25亿吨 beside 12,486万吨; 新能源装机突破800万千瓦 beside 826; 矿井水8,642万立方米 beside
// 30岁以下 8,642人; 煤矸石2,486万吨 beside 原煤12,486万吨; 二氧化硫4,862吨 beside 安全生产投入48.62亿元; 同比下降2.6
// in 克/千瓦时 and in %; 同比增长8.0% beside 同比下降8.0%.

import type { Engagement } from './key';
import { across, B, CRORE, engagements, entry, K, LAKH, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b35';
const VAY_ESG = 'vayuneer-technologies-esg-report-fy2023-24.txt';
const VAY_BRSR = 'vayuneer-technologies-brsr-fy2023-24.txt';
const VERNAUX = 'groupe-vernaux-sustainability-statement-2023.txt';
const FENCHUAN = 'fenchuan-energy-csr-2023.txt';

export const BATCH_35_ENGAGEMENTS: Engagement[] = engagements(DIR, [[VAY_ESG, VAY_BRSR], VERNAUX, FENCHUAN]);

export const BATCH_35_KEY: KeyEntry[] = [
  // Vayuneer Technologies: an Indian IT services company's ESG report (FY 2023-24) and the BRSR of its annual report
  entry(VAY_ESG, 'sum', false, [342.2 * K, 298.4 * K, 21.6 * K, 12.4 * K, 8.0 * K], 'planted: Employees by location FY 2023-24 298.4 + 21.6 + 12.4 + 8.0 = 340.4, its Total 342.2 thousand (Europe 14.2 mistyped 12.4)'),
  entry(VAY_ESG, 'consistency', false, [14_200, 12.4 * K], 'the same slip: our 14,200 colleagues in Europe in the text, 12.4 thousand in the location table'),
  entry(VAY_ESG, 'sum', false, [161_448, 18_642, 124_806], 'planted: Key ESG metrics FY 2023-24 Scope 1 18,642 + Scope 2 1,24,806 = 1,43,448, its Scope 1 and 2 1,61,448 (Scope 2 1,42,806 mistyped)'),
  // key upkeep (session 46): the total row recomputed over the three scopes meets the same slip
  entry(VAY_ESG, 'sum', false, [845_658, 18_642, 124_806, 684_210], 'the same slip: Key ESG metrics FY 2023-24 Scope 1 18,642 + Scope 2 1,24,806 + Scope 3 6,84,210 = 8,27,658, its Total emissions 8,45,658 (Scope 2 1,42,806 mistyped)'),
  across(VAY_ESG, [124_806], VAY_BRSR, [142_806], 'the same slip across the two files: Scope 2 1,24,806 tCO2e in the ESG report\'s table, 1,42,806 in the BRSR (digits swapped)'),
  entry(VAY_BRSR, 'sum', false, [420_428, 316_008, 86_420], 'planted: BRSR energy FY 2023-24 non-renewable electricity 3,16,008 + fuel 86,420 = 4,02,428 GJ, its (D+E+F) 4,20,428'),
  entry(VAY_BRSR, 'sum', false, [1_117_532, 715_104, 420_428], 'the same slip: renewable 7,15,104 + non-renewable 4,20,428 = 11,35,532, the Total energy consumed 11,17,532 GJ'),
  entry(VAY_BRSR, 'ratio', false, [161_448, 124_860 * CRORE, 1.39], 'planted: BRSR Scope 1 and 2 1,61,448 tCO2e over turnover ₹ 1,24,860 crore is 1.29 per ₹ crore, its cell 1.39'),
  across(VAY_ESG, [1.29], VAY_BRSR, [1.39], 'the same slip across the two files: 1.29 tCO2e per ₹ crore in the ESG report, 1.39 in the BRSR'),
  entry(VAY_ESG, 'ratio', false, [2_168 * M, 15_082 * M, 13.4], 'planted: the United Kingdom USD 2,168 of 15,082 million is 14.4%, its % of revenue 13.4'),
  { ...entry(VAY_ESG, 'sum', false, [[100, '15,082'], 52, 16.5, 13.4, 5.6, 11.6], 'the same slip: the % of revenue column 52.0 + 16.5 + 13.4 + 5.6 + 11.6 = 99.1, its Total 100.0'), atLeast: 4 },
  entry(VAY_ESG, 'change', false, [712_640, 684_210, [5.2, 'declined']], 'planted: Scope 3 7,12,640 (the table\'s FY 2022-23) -> 6,84,210 tCO2e is -4.0%, stated declined 5.2%'),
  entry(VAY_ESG, 'consistency', false, [34.6, 36.4], 'planted: women make up 34.6% of the workforce in the CEO letter, 36.4% at a glance, in the text and in the table (digits swapped)'),
  { ...across(VAY_ESG, [584.6 * LAKH, 584.6 * CRORE], VAY_BRSR, [58_460 * LAKH], 'planted: CSR spend ₹ 584.6 lakh at a glance, ₹ 584.6 crore in the CSR section and 58,460 lakh (584.6 crore) in the BRSR (a crore-lakh slip)'), atLeast: 2 },
  entry(VAY_BRSR, 'ratio', false, [2_538, 3_774, 76.2], 'planted: other-than-permanent men 2,538 of 3,774 is 67.2%, its % (B/A) 76.2'),
  entry(VAY_ESG, 'sum', true, [15_082 * M, 7_842 * M, 2_486 * M, 2_168 * M, 842 * M, 1_744 * M], 'revenue by geography FY 2023-24: 7,842 + 2,486 + 2,168 + 842 + 1,744 = 15,082 USD million'),
  entry(VAY_ESG, 'sum', true, [14_586 * M, 7_624 * M, 2_318 * M, 2_142 * M, 806 * M, 1_696 * M], 'FY 2022-23: 7,624 + 2,318 + 2,142 + 806 + 1,696 = 14,586'),
  entry(VAY_ESG, 'ratio', true, [7_842 * M, 15_082 * M, 52], 'North America 7,842 of 15,082 is its 52.0% (table and text)'),
  entry(VAY_ESG, 'sum', true, [342_186, 217_624, 124_562], 'the text: 2,17,624 men + 1,24,562 women = 3,42,186 people'),
  entry(VAY_ESG, 'ratio', true, [124_562, 342_186, 36.4], 'women 1,24,562 of 3,42,186 is the stated (36.4%)'),
  entry(VAY_ESG, 'ratio', true, [1_842, 6_874, 26.8], 'women hold 1,842 of 6,874 leadership roles, the stated (26.8%)'),
  entry(VAY_ESG, 'sum', true, [358.9 * K, 314.6 * K, 22.4 * K, 13.8 * K, 8.1 * K], 'Employees by location FY 2022-23: 314.6 + 22.4 + 13.8 + 8.1 = 358.9 thousand'),
  entry(VAY_ESG, 'ratio', true, [298.4 * K, 342.2 * K, 87.2], 'India 298.4 of 342.2 thousand is the text\'s 87.2% of our people'),
  entry(VAY_ESG, 'sum', true, [188_538, 20_118, 168_420], 'Key ESG metrics FY 2022-23: Scope 1 20,118 + Scope 2 1,68,420 = 1,88,538 tCO2e'),
  entry(VAY_ESG, 'sum', true, [845_658, 161_448, 684_210], 'FY 2023-24 total: Scope 1 and 2 1,61,448 + Scope 3 6,84,210 = 8,45,658'),
  entry(VAY_ESG, 'ratio', true, [161_448, 342_186, 0.47], 'FY 2023-24 1,61,448 tCO2e over 3,42,186 employees is its 0.47 per employee (table and text)'),
  entry(VAY_ESG, 'ratio', true, [188_538, 358_904, 0.53], 'FY 2022-23 1,88,538 over 3,58,904 employees is its 0.53'),
  entry(VAY_ESG, 'ratio', true, [161_448, 124_860 * CRORE, 1.29], 'Scope 1 and 2 1,61,448 tCO2e over revenue ₹ 1,24,860 crore is the text\'s 1.29 per ₹ crore'),
  entry(VAY_ESG, 'ratio', true, [198_640, 286_420, 69.4], 'renewable 1,98,640 of 2,86,420 MWh is its 69.4% (text, table, letter and glance)'),
  entry(VAY_ESG, 'ratio', true, [171_240, 294_860, 58.1], 'FY 2022-23 renewable 1,71,240 of 2,94,860 MWh is its 58.1%'),
  entry(VAY_ESG, 'sum', true, [198_640, 18_260, 112_480, 67_900], 'renewable electricity: rooftop solar 18,260 + PPAs 1,12,480 + green tariffs and RECs 67,900 = 1,98,640 MWh'),
  entry(VAY_ESG, 'sum', true, [684_210, 368_420, 186_240, 84_620, 44_930], 'the Scope 3 bullets: 3,68,420 + 1,86,240 + 84,620 + 44,930 = 6,84,210 tCO2e'),
  entry(VAY_ESG, 'ratio', true, [368_420, 684_210, 53.8], 'purchased goods and services 3,68,420 of 6,84,210 is the stated (53.8%)'),
  entry(VAY_ESG, 'sum', true, [584.6 * CRORE, 248.6 * CRORE, 142.8 * CRORE, 86.4 * CRORE, 64.2 * CRORE, 42.6 * CRORE], 'CSR by focus area: 248.6 + 142.8 + 86.4 + 64.2 + 42.6 = 584.6 ₹ crore'),
  entry(VAY_ESG, 'ratio', true, [248.6 * CRORE, 584.6 * CRORE, 42.5], 'education and skilling 248.6 of 584.6 is its 42.5%'),
  entry(VAY_ESG, 'sum', true, [[100, '584.6'], 42.5, 24.4, 14.8, 11, 7.3], 'the CSR Share (%) column: 42.5 + 24.4 + 14.8 + 11.0 + 7.3 = 100.0'),
  entry(VAY_ESG, 'ratio', true, [584.6 * CRORE, 28_410 * CRORE, 2.06], 'CSR ₹ 584.6 crore of the average net profit ₹ 28,410 crore is the stated 2.06%'),
  entry(VAY_ESG, 'ratio', true, [568.2 * CRORE, 28_410 * CRORE, 2], 'the obligation ₹ 568.2 crore is the stated 2% of ₹ 28,410 crore'),
  entry(VAY_ESG, 'sum', true, [24.8 * LAKH, 9.6 * LAKH, 11.2 * LAKH, 2.1 * LAKH, 1.9 * LAKH], 'people reached: 9.6 + 11.2 + 2.1 + 1.9 = 24.8 lakh'),
  entry(VAY_ESG, 'ratio', true, [1.86 * CRORE, 342_186, 54.4], '1.86 crore learning hours over 3,42,186 employees is the stated 54.4 hours per employee'),
  entry(VAY_BRSR, 'sum', true, [338_412, 215_086, 123_326], 'BRSR permanent employees: 2,15,086 men + 1,23,326 women = 3,38,412'),
  entry(VAY_BRSR, 'sum', true, [3_774, 2_538, 1_236], 'other than permanent: 2,538 + 1,236 = 3,774'),
  entry(VAY_BRSR, 'sum', true, [342_186, 217_624, 124_562], 'total employees: 2,17,624 + 1,24,562 = 3,42,186'),
  entry(VAY_BRSR, 'sum', true, [342_186, 338_412, 3_774], 'the Total (A) column: (D) 3,38,412 + (E) 3,774 = (D + E) 3,42,186'),
  entry(VAY_BRSR, 'ratio', true, [215_086, 338_412, 63.6], 'permanent men 2,15,086 of 3,38,412 is its 63.6%'),
  entry(VAY_BRSR, 'ratio', true, [123_326, 338_412, 36.4], 'permanent women 1,23,326 of 3,38,412 is its 36.4%'),
  entry(VAY_BRSR, 'ratio', true, [1_236, 3_774, 32.8], 'other-than-permanent women 1,236 of 3,774 is its 32.8%'),
  entry(VAY_BRSR, 'sum', true, [537_892, 445_032, 92_860], 'BRSR energy FY 2022-23: non-renewable electricity 4,45,032 + fuel 92,860 = 5,37,892 GJ'),
  entry(VAY_BRSR, 'ratio', true, [1_117_532, 124_860 * CRORE, 8.95], 'FY 2023-24 11,17,532 GJ over ₹ 1,24,860 crore is its 8.95 GJ per ₹ crore'),
  entry(VAY_BRSR, 'sum', true, [161_448, 18_642, 142_806], 'BRSR FY 2023-24: Scope 1 18,642 + Scope 2 1,42,806 = 1,61,448'),
  entry(VAY_BRSR, 'sum', true, [188_538, 20_118, 168_420], 'BRSR FY 2022-23: 20,118 + 1,68,420 = 1,88,538'),
  entry(VAY_BRSR, 'ratio', true, [188_538, 116_420 * CRORE, 1.62], 'FY 2022-23 1,88,538 tCO2e over ₹ 1,16,420 crore is its 1.62 per ₹ crore'),
  entry(VAY_BRSR, 'sum', true, [58_460 * LAKH, 56_820 * LAKH, 1_640 * LAKH], 'the CSR table in ₹ lakh: spent 58,460 = obligation 56,820 + excess 1,640'),
  entry(VAY_ESG, 'change', true, [116_420 * CRORE, 124_860 * CRORE, [7.2, 'grew 7.2']], 'revenue ₹ 1,16,420 -> 1,24,860 crore is the stated grew 7.2%'),
  entry(VAY_ESG, 'change', true, [14_586 * M, 15_082 * M, 3.4], 'revenue USD 14,586 -> 15,082 million is the stated rose 3.4%'),
  entry(VAY_ESG, 'change', true, [358_904, 342_186, 4.7], 'employees 3,58,904 -> 3,42,186 is the stated 4.7% fewer'),
  entry(VAY_ESG, 'change', true, [20.1, 12.9, [7.2, 'fell 7.2']], 'voluntary attrition 20.1% -> 12.9% is the stated fell 7.2 percentage points'),
  entry(VAY_ESG, 'change', true, [188_538, 161_448, 14.4], 'Scope 1 and 2 1,88,538 -> 1,61,448 tCO2e is the stated fell 14.4%'),
  entry(VAY_ESG, 'change', true, [0.53, 0.47, [11.3, 'fell 11.3']], 'per employee 0.53 -> 0.47 is the stated fell 11.3%'),
  entry(VAY_ESG, 'change', true, [58.1, 69.4, [11.3, 'up 11.3']], 'renewable share 58.1% -> 69.4% is the stated up 11.3 percentage points'),

  // Groupe Vernaux: a French luxury group's English sustainability statement (2023)
  entry(VERNAUX, 'consistency', false, [19.68 * B, 19.86 * B], 'planted: revenue €19.68 billion in the Chair\'s message, €19.86 billion in 5.1 and 19 860 € million in the table (digits swapped)'),
  entry(VERNAUX, 'sum', false, [19_860 * M, 11_284 * M, 4_862 * M, 2_148 * M, 1_296 * M], 'planted: revenue 2023 11 284 + 4 862 + 2 148 + 1 296 = 19 590, its Total 19 860 € million (Perfumes & Cosmetics 2 418 mistyped 2 148)'),
  entry(VERNAUX, 'consistency', false, [2.42 * B, 2_148 * M], 'the same slip: Perfumes & Cosmetics €2.42 billion in the text, 2 148 € million in the table'),
  entry(VERNAUX, 'change', false, [2_298 * M, 2_148 * M, 5.2], 'the same slip: the table\'s Perfumes & Cosmetics 2 298 -> 2 148 is -6.5%, the text says grew 5.2%'),
  entry(VERNAUX, 'change', false, [8_412, 8_936, [2.6, 'Asia']], 'planted: Asia 8 412 -> 8 936 FTE is +6.2%, its Change cell +2.6'),
  entry(VERNAUX, 'consistency', false, [46.3, 43.6], 'planted: women hold 46.3% of key positions in the Chair\'s message, 43.6% in 5.2 (digits swapped)'),
  entry(VERNAUX, 'change', false, [92_184, 86_420, -3.6], 'planted: natural gas 92 184 -> 86 420 MWh is -6.3%, its Change cell −3.6'),
  entry(VERNAUX, 'sum', false, [67_810, 24_862, 42_318], 'planted: Scope 1 24 862 + location-based Scope 2 42 318 = 67 180, its Scope 1 and 2 (location-based) 67 810'),
  entry(VERNAUX, 'change', false, [68_354, 67_810, -1.7], 'the same slip: location-based Scope 1 and 2 68 354 -> 67 810 is -0.8%, its Change cell −1.7 (computed on 67 180)'),
  entry(VERNAUX, 'consistency', false, [9_864, 9_846], 'planted: market-based Scope 2 9,864 t CO2e in the text, 9 846 in the table'),
  entry(VERNAUX, 'sum', true, [18_420 * M, 10_486 * M, 4_512 * M, 2_298 * M, 1_124 * M], 'revenue 2022: 10 486 + 4 512 + 2 298 + 1 124 = 18 420 € million'),
  entry(VERNAUX, 'ratio', true, [11.28 * B, 19.86 * B, 56.8], 'Fashion & Leather Goods €11.28 of 19.86 billion is the stated 56.8% of the total'),
  entry(VERNAUX, 'ratio', true, [5_214 * M, 19.86 * B, 26.3], 'recurring operating income €5 214 million of €19.86 billion is the stated margin of 26.3%'),
  entry(VERNAUX, 'sum', true, [44_482, 18_642, 9_486, 6_214, 8_936, 1_204], 'FTEs 2023: 18 642 + 9 486 + 6 214 + 8 936 + 1 204 = 44 482'),
  entry(VERNAUX, 'sum', true, [42_528, 17_980, 9_128, 5_862, 8_412, 1_146], 'FTEs 2022: 17 980 + 9 128 + 5 862 + 8 412 + 1 146 = 42 528'),
  entry(VERNAUX, 'ratio', true, [18_642, 44_482, 41.9], 'France 18 642 of 44 482 FTEs is the stated 41.9%'),
  entry(VERNAUX, 'ratio', true, [28_380, 44_482, 63.8], 'women 28 380 of 44 482 FTEs is the stated 63.8%'),
  entry(VERNAUX, 'ratio', true, [805, 1_846, 43.6], 'key positions: 805 of 1 846 is the stated 43.6%'),
  entry(VERNAUX, 'ratio', true, [6, 14, 42.9], 'Executive Committee: 6 women of 14 members is the stated (42.9%)'),
  entry(VERNAUX, 'sum', true, [365_800, 86_420, 12_480, 248_640, 18_260], 'energy 2023: 86 420 + 12 480 + 248 640 + 18 260 = 365 800 MWh'),
  entry(VERNAUX, 'sum', true, [366_412, 92_184, 13_862, 241_320, 19_046], 'energy 2022: 92 184 + 13 862 + 241 320 + 19 046 = 366 412 MWh'),
  entry(VERNAUX, 'ratio', true, [214_860, 248_640, 86.4], 'renewable 214 860 of 248 640 MWh of electricity is its 86.4% (table and text)'),
  entry(VERNAUX, 'ratio', true, [182_460, 241_320, 75.6], '2022 renewable 182 460 of 241 320 MWh is its 75.6% (table and text)'),
  entry(VERNAUX, 'ratio', true, [365_800, 19_860 * M, 18.42], '365 800 MWh over 19 860 € million of revenue is the stated 18.42 MWh per € million'),
  entry(VERNAUX, 'sum', true, [34_708, 24_862, 9_846], 'Scope 1 and 2 (market-based) 2023: 24 862 + 9 846 = 34 708 t CO2e'),
  entry(VERNAUX, 'sum', true, [45_772, 27_148, 18_624], 'Scope 1 and 2 (market-based) 2022: 27 148 + 18 624 = 45 772'),
  entry(VERNAUX, 'ratio', true, [34_708, 19_860 * M, 1.75], '34 708 t CO2e over 19 860 € million is its 1.75 per € million (table and text)'),
  entry(VERNAUX, 'sum', true, [1_286_400, 1_024_860, 86_240, 42_180, 18_620, 114_500], 'the Scope 3 bullets: 1 024 860 + 86 240 + 42 180 + 18 620 + 114 500 = 1 286 400 t CO2e'),
  entry(VERNAUX, 'ratio', true, [1_024_860, 1_286_400, 79.7], 'purchased goods and services 1 024 860 of 1 286 400 is the stated (79.7%)'),
  entry(VERNAUX, 'ratio', true, [1_286_400, 1_321_108, 97.4], 'Scope 3 1 286 400 of the total footprint 1 321 108 t CO2e is the stated 97.4%'),
  entry(VERNAUX, 'change', true, [18_420 * M, 19.86 * B, 7.8], 'revenue 18 420 € million -> €19.86 billion is the stated rose 7.8%'),
  entry(VERNAUX, 'change', true, [42_528, 44_482, 4.6], 'FTEs 42 528 -> 44 482 is its +4.6 (table and text)'),
  entry(VERNAUX, 'change', true, [17_980, 18_642, 3.7], 'France 17 980 -> 18 642 is its +3.7'),
  entry(VERNAUX, 'change', true, [27_148, 24_862, -8.4], 'Scope 1 27 148 -> 24 862 is its −8.4 (and the text\'s fell 8.4%)'),
  entry(VERNAUX, 'change', true, [18_624, 9_846, -47.1], 'market-based Scope 2 18 624 -> 9 846 is its −47.1'),
  entry(VERNAUX, 'change', true, [182_460, 214_860, 17.8], 'renewable electricity 182 460 -> 214 860 MWh is its +17.8'),
  entry(VERNAUX, 'change', true, [41.2, 43.6, 2.4], 'key positions 41.2% -> 43.6% is the stated up 2.4 points'),
  entry(VERNAUX, 'change', true, [19.89, 18.42, 7.4], 'energy intensity 19.89 -> 18.42 is the stated fell 7.4%'),
  entry(VERNAUX, 'change', true, [75.6, 86.4, 10.8], 'renewable share 75.6% -> 86.4% is the stated up 10.8 points (text and table)'),

  // 汾川能源集团 Fenchuan Energy: a Chinese coal-and-power group's 社会责任报告 (2023)
  entry(FENCHUAN, 'consistency', false, [862.4 * WAN, 862.4 * YI], 'planted: 董事长致辞 发电量862.4万千瓦时, the text and 关键绩效表 862.4亿千瓦时 (a 万-亿 slip)'),
  entry(FENCHUAN, 'consistency', false, [298.7, 297.8], 'planted: 供电煤耗 298.7克/千瓦时 in the letter, 297.8 in the text and the table (digits swapped)'),
  entry(FENCHUAN, 'consistency', false, [2_860 * WAN, 2.86 * YI], 'planted: 公益捐赠2,860万元 in the letter (0.286亿), 2.86亿元 in the text and the table (a 万-亿 slip)'),
  entry(FENCHUAN, 'consistency', false, [[7 * WAN, '感谢近'], [7 * WAN, '集团超过']], 'planted: 近7万名员工 in the letter, 超过7万名员工 in 关于我们 (a turned qualifier)'),
  entry(FENCHUAN, 'consistency', false, [[7 * WAN, '集团超过'], 68_420], 'the same slip against the count: 超过7万名员工, 共有员工68,420人'),
  entry(FENCHUAN, 'sum', false, [12_486 * WAN, 5_862 * WAN, 4_286 * WAN, 2_383 * WAN], 'planted: 原煤产量12,486万吨 其中 东区5,862 + 西区4,286 + 北区2,383 = 12,531 (北区 2,338 mistyped)'),
  entry(FENCHUAN, 'sum', false, [7_186.4 * WAN, 6_812.6 * WAN, 337.8 * WAN], 'planted: 关键绩效表 2021 范围一 6,812.6 + 范围二 337.8 = 7,150.4, its 温室气体排放总量 7,186.4 (373.8 mistyped)'),
  entry(FENCHUAN, 'change', false, [1.689, 1.528, 5.9], 'planted: 万元产值综合能耗 1.689 (2022) -> 1.528 is -9.5%, stated 同比下降5.9%'),
  entry(FENCHUAN, 'change', false, [9_124, 8_426, 6.7], 'planted: 氮氧化物 9,124 (2022) -> 8,426吨 is -7.7%, stated 同比下降6.7%'),
  entry(FENCHUAN, 'consistency', false, [86.6, 88.6], 'planted: 矿井水综合利用率 86.6% in the text (7,486 of 8,642), 88.6 in 关键绩效表'),
  entry(FENCHUAN, 'sum', true, [3_286 * WAN, 2_460 * WAN, 826 * WAN], '总装机容量3,286万千瓦 其中 火电2,460 + 新能源826'),
  entry(FENCHUAN, 'ratio', true, [826 * WAN, 3_286 * WAN, 25.1], '新能源装机826 of 3,286万千瓦 is the stated 占总装机的25.1%'),
  entry(FENCHUAN, 'sum', true, [1_624.8 * YI, 986.4 * YI, 524.6 * YI, 113.8 * YI], '营业收入 by 板块: 986.4 + 524.6 + 113.8 = 1,624.8亿元'),
  entry(FENCHUAN, 'ratio', true, [986.4 * YI, 1_624.8 * YI, 60.7], '煤炭板块 986.4 of 1,624.8亿元 is the stated 占60.7%'),
  entry(FENCHUAN, 'ratio', true, [8_846 * WAN, 10_862 * WAN, 81.4], '中长期合同煤 8,846 of 商品煤销量 10,862万吨 is the stated 占81.4%'),
  entry(FENCHUAN, 'sum', true, [862.4 * YI, 742.8 * YI, 119.6 * YI], '发电量862.4亿千瓦时 其中 火电742.8 + 新能源119.6 (text and table)'),
  entry(FENCHUAN, 'sum', true, [824.6 * YI, 728.4 * YI, 96.2 * YI], '关键绩效表 2022 发电量: 728.4 + 96.2 = 824.6'),
  entry(FENCHUAN, 'ratio', true, [119.6 * YI, 862.4 * YI, 13.9], '新能源发电量 119.6 of 862.4亿千瓦时 is the stated 占总发电量的13.9%'),
  entry(FENCHUAN, 'ratio', true, [[1, '死亡1'], 12_486 * WAN, 0.008], '死亡1人 over 原煤 12,486万吨 (124.86 million tonnes) is the stated 百万吨死亡率0.008'),
  entry(FENCHUAN, 'ratio', true, [2_846.2 * WAN, 1_862.4 * YI, 1.528], '2023 综合能源消费量 2,846.2万吨标准煤 over 工业总产值 1,862.4亿元 is its 1.528吨标准煤/万元 (text and table)'),
  entry(FENCHUAN, 'ratio', true, [2_912.6 * WAN, 1_724.8 * YI, 1.689], '2022 2,912.6 over 1,724.8 is its 1.689'),
  entry(FENCHUAN, 'sum', true, [6_842.6 * WAN, 6_486.4 * WAN, 356.2 * WAN], '2023 温室气体排放总量 6,842.6 其中 范围一 6,486.4 + 范围二 356.2 (text and table)'),
  entry(FENCHUAN, 'sum', true, [7_024.8 * WAN, 6_648.2 * WAN, 376.6 * WAN], '关键绩效表 2022: 6,648.2 + 376.6 = 7,024.8'),
  entry(FENCHUAN, 'ratio', true, [7_486 * WAN, 8_642 * WAN, 86.6], '矿井水 综合利用 7,486 of 产生量 8,642万立方米 is the stated 86.6%'),
  entry(FENCHUAN, 'ratio', true, [2_162 * WAN, 2_486 * WAN, 87], '煤矸石 综合利用 2,162 of 2,486万吨 is the stated 87.0% (text and table)'),
  entry(FENCHUAN, 'ratio', true, [9_862, 68_420, 14.4], '女性员工 9,862 of 68,420 is the stated 占14.4% (and the table)'),
  entry(FENCHUAN, 'sum', true, [68_420, 42_186, 18_624, 7_610], '表1 按板块: 42,186 + 18,624 + 7,610 = 68,420'),
  entry(FENCHUAN, 'sum', true, [68_420, 8_642, 46_218, 13_560], '表1 按年龄: 8,642 + 46,218 + 13,560 = 68,420'),
  entry(FENCHUAN, 'ratio', true, [42_186, 68_420, 61.7], '煤炭板块 42,186 of 68,420 is its 61.7'),
  entry(FENCHUAN, 'sum', true, [2.86 * YI, 1.42 * YI, 0.68 * YI, 0.34 * YI, 0.42 * YI], '公益捐赠2.86亿元 其中 1.42 + 0.68 + 0.34 + 0.42'),
  entry(FENCHUAN, 'ratio', true, [1.42 * YI, 2.86 * YI, 49.7], '乡村振兴 1.42 of 2.86亿元 is the stated （占49.7%）'),
  entry(FENCHUAN, 'change', true, [11_842 * WAN, 12_486 * WAN, 5.4], '原煤产量 11,842 -> 12,486万吨 is the stated 同比增长5.4%'),
  entry(FENCHUAN, 'change', true, [824.6 * YI, 862.4 * YI, 4.6], '发电量 824.6 -> 862.4亿千瓦时 is the stated 同比增长4.6%'),
  entry(FENCHUAN, 'change', true, [1_548.6 * YI, 1_624.8 * YI, 4.9], '营业收入 1,548.6 -> 1,624.8亿元 is the stated 同比增长4.9%'),
  entry(FENCHUAN, 'change', true, [172.6 * YI, 186.4 * YI, [8, '增长8.0']], '利润总额 172.6 -> 186.4亿元 is the stated 同比增长8.0%'),
  entry(FENCHUAN, 'change', true, [300.4, 297.8, [2.6, '同比下降2.6克']], '供电煤耗 300.4 -> 297.8 is the stated 同比下降2.6克/千瓦时'),
  entry(FENCHUAN, 'change', true, [45.64 * YI, 48.62 * YI, 6.5], '安全生产投入 45.64 -> 48.62亿元 is the stated 同比增长6.5%'),
  entry(FENCHUAN, 'change', true, [7_024.8 * WAN, 6_842.6 * WAN, [2.6, '同比下降2.6%']], '温室气体 7,024.8 -> 6,842.6万吨 is the stated 同比下降2.6%'),
  entry(FENCHUAN, 'change', true, [5_286, 4_862, [8, '下降8.0']], '二氧化硫 5,286 -> 4,862吨 is the stated 同比下降8.0%'),
  entry(FENCHUAN, 'change', true, [85.4, 86.6, 1.2], '矿井水综合利用率 85.4% (2022) -> 86.6% is the stated 提高1.2个百分点'),
  entry(FENCHUAN, 'change', true, [14.1, 14.4, 0.3], '女性员工占比 14.1% -> 14.4% is the stated 提高0.3个百分点'),
];
