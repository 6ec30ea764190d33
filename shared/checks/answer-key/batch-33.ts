// The thirty-third blind batch: three engagements of report kinds outside batches 1–31, written as their published
// reports read (PDF or HTML text: wrapped labels, page footers, aligned and pipe tables, bullet lists, footnotes): a
// Korean integrated steel maker's English sustainability report (a CEO message restating the year, KRW trillion in the
// letter and `(Unit: KRW billion)` tables with a `YoY (%)` column, crude steel and Scope 1 / Scope 2 by works in
// thousand tons / thousand tCO2e, emission intensity in `tCO2e/t-crude steel` wrapped over two lines, by-product gas
// (BFG / COG / LDG) in TJ and the electricity it generates in GWh with a self-generation ratio, water intake /
// discharge / consumption by works in thousand tons, LTIR per 200,000 hours for employees and partner companies, an ESG
// data table over 2021–2023); a Brazilian pulp and paper company's English sustainability report (Markdown-like pipe
// tables with bold totals and footnote marks, R$ million and `R$ 14.9 billion`, hectares planted / conserved with a
// `% of total` column and a bullet list of conservation areas, thousand ADt by mill, GJ and GJ/ADt, m³ and m³/ADt,
// community programmes with beneficiaries and investment); a Chinese new-energy-vehicle maker's 环境、社会及管治报告 in
// simplified Chinese and its English version in two files (万辆 / units and thousand units, GWh, 亿元 / RMB billion,
// 研发投入 占营业收入比例, 员工 by 学历 and 年龄, 千瓦时/辆 / kWh per vehicle, 万吨二氧化碳当量 / tCO2e).
// Planted (as real drafts slip): totals that no longer add (Haedong's works table Scope 1 row and Yeongil column with
// 30,864 for 30,684; its water row and consumption column with Gwangseong 46,270 for 46,720, and the text's 8.43 million
// tons against intake less discharge; Serra Verde's 2023 production with Santa Luzia 2,462 for 2,642; its `% of total`
// column adding to 103.6; its beneficiaries 34,716 for 34,176; 澜岳's 表4 学历 with 本科 21,634 for 21,364; the text's
// 范围一 6.84 + 范围二 31.62 against 38.10万吨); change cells and rates that do not compute (Scope 2 `fell 2.3%` for 3.2;
// operating profit's YoY cell -15.8 for -18.5; energy intensity `improved 1.5%` against the table's mistyped 2022 13.82;
// 营业收入 同比增长54.1% / `rose 54.1%` for 45.1 in both files; the English battery installations `rose 25.3%` for 52.3);
// shares and intensities that do not compute (Gwangseong's intensity 1.78 for 1.87; by-product gas power `67.9%` of
// electricity for 69.7; the partner companies' LTIR 0.21 for 0.12; planted eucalyptus 58.4% for 54.8; the 2022 energy
// intensity cell 13.82 for 13.28; the English R&D `6.7% of revenue` for 7.6); one metric two ways in one document
// (crude steel 36.84 / 36.48 million tons; operating profit KRW 1.68 trillion / 1,862.4 billion; water consumption 8.43
// million tons / 84,340 thousand tons, a scale slip; self-generation 67.9 / 69.7; Santa Luzia 2.64 million / 2,462
// thousand ADt; water intensity 27.5 / 25.7 m³/ADt; community investment R$ 4.86 / 48.6 million, a scale slip; planted
// eucalyptus 648,200 / 684,200 ha; 范围二 31.62 / 31.26万吨; the English energy per vehicle 795 / 759 kWh); slips in
// translation (海外销量 8.64万辆 / 8,640 units, 万 read as thousand; 近3,000座 / over 3,000 stations; R&D 7.6% / 6.7%;
// 本科 21,634 / 21,364; 电池装机 同比增长52.3% / rose 25.3%; 范围二 31.62万吨 / 312,600 t; 单车生产能耗 759 / 795 kWh).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: `KRW 37.4 trillion` beside 37,426.2 billion; `141.1 million tons` and `56.8 million
// tons` beside 141,120 and 56,780 thousand tons; the intensity 1.95 of both 2021 and 2022 and `from 1.95 to 1.92`; the
// employees' LTIR 0.09 of both 2021 and 2022; `more than 18,000 employees` beside 18,214; by-product gas in TJ beside
// electricity in GWh; the headquarters inside Gwangseong Works; `R$ 14.9 billion` beside 14,862 million; `1.25 million
// hectares` beside 1,248,600; `more than 34,000 people` beside the programmes' 34,176 and the planted total 34,716;
// `10.84 million ADt` beside 10,844 thousand; `Law 12,651/2012`; 236.8 / 278.5 million m³ and 85.1% (the table's
// unrounded figures give it); Asia R$ 6,904 beside EBITDA 6,846 million; 2022 Santa Luzia 2,486 beside 2023's 2,462;
// 8,642 patents beside 8,640 units and 8.64万辆; 2.46万个 / 24,600 charging points, 超过12万小时 / more than 120,000 hours
// and 1.86亿元 / RMB 186 million (万 and 亿 rightly translated); 68.42万辆 sold beside 69.12万辆 produced; 32 countries.

import type { Engagement } from './key';
import { across, B, engagements, entry, K, M, T, WAN, YI, type Fig } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b33';
const HAEDONG = 'haedong-steel-sustainability-report-2023.txt';
const SERRA = 'serra-verde-celulose-sustainability-report-2023.txt';
const LANYUE_ZH = 'lanyue-nev-esg-2023-zh.txt';
const LANYUE_EN = 'lanyue-nev-esg-2023-en.txt';

export const BATCH_33_ENGAGEMENTS: Engagement[] = engagements(DIR, [HAEDONG, SERRA, [LANYUE_ZH, LANYUE_EN]]);

/** The same holding relation in both files of the 澜岳 pair. */
const both = (kind: KeyEntry['kind'], zh: Fig[], en: Fig[], why: string): KeyEntry[] => [
  entry(LANYUE_ZH, kind, true, zh, `the Chinese: ${why}`),
  entry(LANYUE_EN, kind, true, en, `the English: ${why}`),
];

export const BATCH_33_KEY: KeyEntry[] = [
  // Haedong Steel: a Korean integrated steel maker's English sustainability report (2023)
  entry(HAEDONG, 'sum', false, [66_156 * K, 30_864 * K, 35_472 * K], 'planted: the works table\'s Scope 1 row 30,864 + 35,472 = 66,336, its Company total 66,156 thousand tCO2e (Yeongil 30,684 mistyped 30,864)'),
  entry(HAEDONG, 'sum', false, [32_388 * K, 30_864 * K, 1_704 * K], 'the same slip: Yeongil Works\' Scope 1 30,864 + Scope 2 1,704 = 32,568, its Scope 1 and 2 32,388'),
  entry(HAEDONG, 'ratio', false, [37_624 * K, 20_068 * K, 1.78], 'planted: Gwangseong Works 37,624 thousand tCO2e over 20,068 thousand tons of crude steel is 1.87, its intensity cell 1.78'),
  { ...entry(HAEDONG, 'change', false, [3_982 * K, 3_856 * K, 3.86 * M, [2.3, 'Scope 2 emissions fell']], 'planted: Scope 2 3,982 (2022) -> 3,856 thousand tCO2e (3.86 million) is -3.2%, stated fell 2.3%'), atLeast: 3 },
  entry(HAEDONG, 'consistency', false, [8.43 * M, 84_340 * K], 'planted: water consumption 8.43 million tons in the text, 84,340 thousand tons (84.34 million) in both tables (a scale slip)'),
  entry(HAEDONG, 'sum', false, [141.1 * M, 56.8 * M, 8.43 * M], 'the same slip seen in the text: 141.1 million tons taken in, 56.8 million returned, the rest consumed, stated 8.43 million (84.3)'),
  entry(HAEDONG, 'sum', false, [78_640 * K, 31_920 * K, 46_270 * K], 'planted: Water by Works, Gwangseong intake 78,640 = discharge 31,920 + consumption 46,720, its consumption cell 46,270'),
  entry(HAEDONG, 'sum', false, [84_340 * K, 37_620 * K, 46_270 * K], 'the same slip: the consumption column 37,620 + 46,270 = 83,890, its Total 84,340'),
  entry(HAEDONG, 'ratio', false, [12_846, 18_420, 67.9], 'planted: 12,846 of the 18,420 GWh used is 69.7% (the data table\'s ratio), the text says by-product gas power covered 67.9%'),
  entry(HAEDONG, 'consistency', false, [67.9, 69.7], 'planted: the 2023 self-generation ratio 67.9% in the text, 69.7 in the ESG data table (digits swapped)'),
  entry(HAEDONG, 'ratio', false, [38, 62.86 * M, 0.21], 'planted: partner companies 38 lost-time injuries x 200,000 / 62.86 million hours is 0.12, its 2023 LTIR 0.21'),
  entry(HAEDONG, 'change', false, [2_286.4 * B, 1_862.4 * B, -15.8], 'planted: operating profit KRW 2,286.4 -> 1,862.4 billion is -18.5%, its YoY cell -15.8'),
  entry(HAEDONG, 'consistency', false, [36.84 * M, 36_480 * K], 'planted: crude steel 36.84 million tons in the CEO message, 36.48 million in the overview and 36,480 thousand tons in the tables (digits swapped)'),
  entry(HAEDONG, 'consistency', false, [1.68 * T, 1_862.4 * B], 'planted: operating profit KRW 1.68 trillion in the CEO message, KRW 1,862.4 billion in the financial table (1.86 trillion)'),
  entry(HAEDONG, 'sum', true, [34_928 * K, 15_286 * K, 19_642 * K], 'ESG data 2022 crude steel: Yeongil 15,286 + Gwangseong 19,642 = 34,928 thousand tons'),
  entry(HAEDONG, 'sum', true, [36_480 * K, 16_412 * K, 20_068 * K], '2023 crude steel: 16,412 + 20,068 = 36,480 thousand tons (both tables)'),
  entry(HAEDONG, 'sum', true, [68_156 * K, 64_174 * K, 3_982 * K], 'ESG data 2022: Scope 1 64,174 + Scope 2 3,982 = 68,156 thousand tCO2e'),
  entry(HAEDONG, 'sum', true, [70_012 * K, 66_156 * K, 3_856 * K], '2023: Scope 1 66,156 + Scope 2 3,856 = 70,012 thousand tCO2e (both tables)'),
  entry(HAEDONG, 'sum', true, [3_856 * K, 1_704 * K, 2_152 * K], 'the works table\'s Scope 2 row: 1,704 + 2,152 = 3,856'),
  entry(HAEDONG, 'sum', true, [37_624 * K, 35_472 * K, 2_152 * K], 'Gwangseong Works: Scope 1 35,472 + Scope 2 2,152 = 37,624'),
  entry(HAEDONG, 'sum', true, [70_012 * K, 32_388 * K, 37_624 * K], 'the works table\'s Scope 1 and 2 row: 32,388 + 37,624 = 70,012'),
  entry(HAEDONG, 'ratio', true, [72_204 * K, 36_962 * K, 1.95], '2021 72,204 thousand tCO2e over 36,962 thousand tons of crude steel is its 1.95'),
  entry(HAEDONG, 'ratio', true, [68_156 * K, 34_928 * K, 1.95], '2022 68,156 over 34,928 is its 1.95'),
  entry(HAEDONG, 'ratio', true, [70_012 * K, 36_480 * K, 1.92], '2023 70,012 over 36,480 is its 1.92 (both tables, the text and the CEO message)'),
  entry(HAEDONG, 'ratio', true, [32_388 * K, 16_412 * K, 1.97], 'Yeongil Works 32,388 over 16,412 is its intensity 1.97'),
  entry(HAEDONG, 'sum', true, [36.48 * M, 20.07 * M, 16.41 * M], 'the overview: Gwangseong 20.07 + Yeongil 16.41 = 36.48 million tons of crude steel'),
  entry(HAEDONG, 'ratio', true, [20.07 * M, 36.48 * M, 55], 'Gwangseong Works 20.07 of 36.48 million tons is the stated 55.0% of our crude steel'),
  entry(HAEDONG, 'sum', true, [363_220, 248_620, 86_140, 28_460], 'by-product gas 363,220 TJ = BFG 248,620 + COG 86,140 + LDG 28,460'),
  entry(HAEDONG, 'ratio', true, [248_620, 363_220, 68.4], 'BFG 248,620 of 363,220 TJ is the stated (68.4%)'),
  entry(HAEDONG, 'sum', true, [18_420, 12_846, 5_574], 'the bullets: 18,420 GWh consumed = 12,846 generated from by-product gas + 5,574 purchased'),
  entry(HAEDONG, 'ratio', true, [11_862, 17_964, 66], '2022 self-generated 11,862 of 17,964 GWh is its 66.0% (table and text)'),
  entry(HAEDONG, 'ratio', true, [12_846, 18_420, 69.7], 'ESG data 2023 self-generated 12,846 of 18,420 GWh is its 69.7%'),
  entry(HAEDONG, 'sum', true, [141_120 * K, 62_480 * K, 78_640 * K], 'Water by Works intake: 62,480 + 78,640 = 141,120 thousand tons'),
  entry(HAEDONG, 'sum', true, [56_780 * K, 24_860 * K, 31_920 * K], 'Water by Works discharge: 24,860 + 31,920 = 56,780'),
  entry(HAEDONG, 'sum', true, [62_480 * K, 24_860 * K, 37_620 * K], 'Yeongil Works: intake 62,480 = discharge 24,860 + consumption 37,620'),
  entry(HAEDONG, 'sum', true, [141_120 * K, 56_780 * K, 84_340 * K], '2023 total: intake 141,120 = discharge 56,780 + consumption 84,340 (both tables)'),
  entry(HAEDONG, 'sum', true, [144_860 * K, 57_920 * K, 86_940 * K], 'ESG data 2022: intake 144,860 = discharge 57,920 + consumption 86,940'),
  entry(HAEDONG, 'ratio', true, [141_120 * K, 36_480 * K, 3.87], '2023 intake 141,120 over 36,480 is its 3.87 m3/t (table and text)'),
  entry(HAEDONG, 'ratio', true, [14, 36.42 * M, 0.08], 'employees 2023: 14 x 200,000 / 36.42 million hours is its LTIR 0.08 (and the CEO\'s 0.08)'),
  entry(HAEDONG, 'ratio', true, [17, 35.84 * M, 0.09], 'employees 2022: 17 x 200,000 / 35.84 million hours is its LTIR 0.09'),
  entry(HAEDONG, 'ratio', true, [46, 61.24 * M, 0.15], 'partner companies 2022: 46 x 200,000 / 61.24 million hours is its LTIR 0.15'),
  entry(HAEDONG, 'sum', true, [18_214, 16_648, 1_566], '2023 employees: 16,648 + 1,566 = 18,214'),
  entry(HAEDONG, 'ratio', true, [1_566, 18_214, 8.6], '2023 women 1,566 of 18,214 is its 8.6%'),
  entry(HAEDONG, 'sum', true, [37_426.2 * B, 31_248.6 * B, 6_177.6 * B], '2023 revenue: Steel 31,248.6 + Infrastructure & trading 6,177.6 = 37,426.2 KRW billion'),
  entry(HAEDONG, 'ratio', true, [1_862.4 * B, 37_426.2 * B, 5], '2023 operating profit 1,862.4 of revenue 37,426.2 is its margin 5.0'),
  entry(HAEDONG, 'change', true, [34_928 * K, 36.48 * M, 4.4], 'crude steel 34,928 thousand -> 36.48 million tons is the stated rose 4.4%'),
  entry(HAEDONG, 'change', true, [64_174 * K, 66.16 * M, 3.1], 'Scope 1 64,174 thousand -> 66.16 million tCO2e is the stated rose 3.1%'),
  entry(HAEDONG, 'change', true, [1.95, [1.92, 'from 1.95 to'], 1.5], 'intensity 1.95 -> 1.92 is the stated improved 1.5%'),
  entry(HAEDONG, 'change', true, [144_860 * K, 141.1 * M, 2.6], 'water intake 144,860 thousand -> 141.1 million tons is the stated down 2.6%'),
  entry(HAEDONG, 'change', true, [41_264.8 * B, 37_426.2 * B, -9.3], 'revenue 41,264.8 -> 37,426.2 is its YoY cell -9.3'),
  entry(HAEDONG, 'change', true, [6_402.4 * B, 6_177.6 * B, -3.5], 'Infrastructure & trading 6,402.4 -> 6,177.6 is its YoY cell -3.5'),

  // Serra Verde Celulose: a Brazilian pulp and paper company's English sustainability report (2023)
  entry(SERRA, 'ratio', false, [684_200, 1_248_600, 58.4], 'planted: planted eucalyptus 684,200 of 1,248,600 ha is 54.8%, its % of total 58.4'),
  { ...entry(SERRA, 'sum', false, [100, 58.4, 39, 6.2], 'the same slip: the % of total column 58.4 + 39.0 + 6.2 = 103.6, its Total 100.0'), atLeast: 3 },
  entry(SERRA, 'consistency', false, [648_200, 684_200], 'planted: eucalyptus plantations cover 648,200 hectares in the text, 684,200 in the land-use table (digits swapped)'),
  entry(SERRA, 'sum', false, [10_844 * K, 4_016 * K, 4_186 * K, 2_462 * K], 'planted: 2023 production 4,016 + 4,186 + 2,462 = 10,664, its Total 10,844 thousand ADt (Santa Luzia 2,642 mistyped 2,462)'),
  entry(SERRA, 'consistency', false, [2.64 * M, 2_462 * K], 'the same slip: Santa Luzia produced a record 2.64 million ADt in the text, 2,462 thousand ADt in the table'),
  entry(SERRA, 'ratio', false, [140_284_000, 10_566 * K, 13.82], 'planted: 2022 energy 140,284,000 GJ over 10,566 thousand ADt is 13.28 GJ/ADt, its cell 13.82'),
  entry(SERRA, 'change', false, [13.82, 13.08, 1.5], 'the same slip from the rate: the table\'s 13.82 -> 13.08 GJ/ADt is -5.4%, stated improved 1.5% (computed on 13.28)'),
  entry(SERRA, 'consistency', false, [27.5, 25.7], 'planted: 27.5 m³ of water withdrawn per ADt in the highlights, 25.7 m³/ADt in the table for 2023'),
  entry(SERRA, 'sum', false, [34_716, 4_862, 1_246, 18_640, 9_428], 'planted: the beneficiaries 4,862 + 1,246 + 18,640 + 9,428 = 34,176, its Total 34,716'),
  entry(SERRA, 'consistency', false, [4.86 * M, 48.6 * M], 'planted: R$ 4.86 million invested in communities in the CEO message, R$ 48.6 million in the programme table (a scale slip)'),
  entry(SERRA, 'sum', true, [1_248_600, 684_200, 486_400, 78_000], 'land use: 684,200 + 486,400 + 78,000 = 1,248,600 ha'),
  entry(SERRA, 'ratio', true, [486_400, 1_248_600, 39], 'conservation areas 486,400 of 1,248,600 ha is the stated 39.0% (text and table)'),
  entry(SERRA, 'ratio', true, [78_000, 1_248_600, 6.2], 'other uses 78,000 of 1,248,600 ha is its 6.2'),
  entry(SERRA, 'sum', true, [486_400, 182_600, 251_400, 52_400], 'the bullets: APP 182,600 + Legal Reserve 251,400 + RPPN 52,400 = 486,400 ha'),
  entry(SERRA, 'sum', true, [62_380, 41_150, 21_230], 'planted in 2023: 41,150 ha replanted + 21,230 ha expansion = 62,380 ha'),
  entry(SERRA, 'ratio', true, [21_230, 62_380, 34], 'expansion 21,230 of 62,380 ha is the stated 34.0%'),
  entry(SERRA, 'sum', true, [10_566 * K, 3_862 * K, 4_218 * K, 2_486 * K], '2022 production: 3,862 + 4,218 + 2,486 = 10,566 thousand ADt'),
  entry(SERRA, 'sum', true, [140_284_000, 121_842_000, 18_442_000], '2022 energy: renewable 121,842,000 + non-renewable 18,442,000 = 140,284,000 GJ'),
  entry(SERRA, 'sum', true, [141_846_000, 123_986_000, 17_860_000], '2023 energy: 123,986,000 + 17,860,000 = 141,846,000 GJ'),
  entry(SERRA, 'ratio', true, [123_986_000, 141_846_000, 87.4], '2023 renewable 123,986,000 of 141,846,000 GJ is its 87.4% (and the highlights)'),
  entry(SERRA, 'ratio', true, [141_846_000, 10_844 * K, 13.08], '2023 energy 141,846,000 GJ over 10,844 thousand ADt is its 13.08 GJ/ADt (table and text)'),
  entry(SERRA, 'ratio', true, [286_120_000, 10_566 * K, 27.1], '2022 withdrawal 286,120,000 m³ over 10,566 thousand ADt is its 27.1 m³/ADt'),
  entry(SERRA, 'ratio', true, [278_460_000, 10_844 * K, 25.7], '2023 withdrawal 278,460,000 m³ over 10,844 thousand ADt is its 25.7 m³/ADt'),
  { ...entry(SERRA, 'ratio', true, [236_840_000, 236.8 * M, 278_460_000, 278.5 * M, 85.1], 'returned 236.8 of 278.5 million m³ (the table\'s 236,840,000 of 278,460,000) is the stated 85.1%'), atLeast: 3 },
  entry(SERRA, 'sum', true, [278_460_000, 236_840_000, 41_620_000], '2023 water: withdrawal 278,460,000 = effluent returned 236,840,000 + consumption 41,620,000 m³'),
  entry(SERRA, 'ratio', true, [6_846 * M, 14_862 * M, 46.1], 'adjusted EBITDA R$ 6,846 of 14,862 million is the stated margin 46.1% (CEO and text)'),
  entry(SERRA, 'sum', true, [12_486 * M, 6_904 * M, 3_064 * M, 2_518 * M], 'exports: Asia 6,904 + Europe 3,064 + North America 2,518 = 12,486 R$ million'),
  entry(SERRA, 'sum', true, [14_862 * M, 12_486 * M, 2_376 * M], 'net revenue: exports 12,486 + domestic 2,376 = 14,862 R$ million'),
  entry(SERRA, 'ratio', true, [12_486 * M, 14_862 * M, 84], 'exports R$ 12,486 of 14,862 million is the stated 84.0% (text and highlights)'),
  entry(SERRA, 'sum', true, [48.6 * M, 18.4 * M, 3.6 * M, 14.2 * M, 12.4 * M], 'social investment: 18.4 + 3.6 + 14.2 + 12.4 = 48.6 R$ million'),
  entry(SERRA, 'ratio', true, [18.4 * M, 48.6 * M, 37.9], 'PDRT R$ 18.4 of 48.6 million is the stated 37.9% of the investment'),
  entry(SERRA, 'sum', true, [7_126, 5_486, 1_640], 'own employees: 5,486 men + 1,640 women = 7,126'),
  entry(SERRA, 'ratio', true, [1_640, 7_126, 23], 'women 1,640 of 7,126 is the stated (23.0%)'),
  entry(SERRA, 'change', true, [10_566 * K, 10.84 * M, 2.6], 'production 10,566 thousand -> 10.84 million ADt is the stated 2.6% more'),
  entry(SERRA, 'change', true, [286_120_000, 278.5 * M, 2.7], 'withdrawal 286,120,000 -> 278.5 million m³ is the stated 2.7% less'),
  entry(SERRA, 'change', true, [16_248 * M, 14_862 * M, 8.5], 'net revenue R$ 16,248 -> 14,862 million is the stated fell 8.5%'),
  entry(SERRA, 'change', true, [8_426 * M, 6_846 * M, 18.8], 'adjusted EBITDA R$ 8,426 -> 6,846 million is the stated fell 18.8%'),

  // 澜岳新能源汽车 Lanyue NEV: a Chinese new-energy-vehicle maker's ESG report, simplified Chinese and English
  across(LANYUE_ZH, [8.64 * WAN], LANYUE_EN, [8_640], 'planted: 海外销量 8.64万辆 (86,400) in the Chinese, 8,640 units sold overseas in the English (万 read as thousand)'),
  across(LANYUE_ZH, [[3_000, '近']], LANYUE_EN, [[3_000, 'over ']], 'planted: 近3,000座超充站 in the Chinese, over 3,000 supercharging stations in the English (a turned qualifier)'),
  entry(LANYUE_EN, 'ratio', false, [11.28 * B, 148.62 * B, 6.7], 'planted: the English R&D RMB 11.28 of 148.62 billion is 7.6%, stated 6.7% of revenue'),
  across(LANYUE_ZH, [7.6], LANYUE_EN, [6.7], 'planted: 研发投入 占营业收入比例 7.6% in the Chinese, 6.7% in the English (digits swapped)'),
  { ...across(LANYUE_ZH, [31.62 * WAN, 31.26 * WAN], LANYUE_EN, [312_600], 'planted: 范围二排放 31.62万吨 in the Chinese text, 31.26 in 表3 and 312,600 t in the English (digits swapped)'), atLeast: 2 },
  entry(LANYUE_ZH, 'sum', false, [38.1 * WAN, 6.84 * WAN, 31.62 * WAN], 'the same slip: 温室气体排放总量 38.10万吨 其中 范围一 6.84 + 范围二 31.62 = 38.46'),
  entry(LANYUE_ZH, 'sum', false, [58_620, 486, 6_842, 21_634, 29_928], 'planted: 表4 学历 486 + 6,842 + 21,634 + 29,928 = 58,890, its 合计 58,620 (本科 21,364 mistyped 21,634)'),
  across(LANYUE_ZH, [21_634], LANYUE_EN, [21_364], 'the same slip across the pair: 本科 21,634 in the Chinese 表4, Bachelor\'s 21,364 in the English Table 4'),
  entry(LANYUE_ZH, 'change', false, [1_024.6 * YI, 1_486.2 * YI, 54.1], 'planted: 营业收入 1,024.6 -> 1,486.2 亿元 (表2) is +45.1%, stated 同比增长54.1%'),
  entry(LANYUE_EN, 'change', false, [102.46 * B, 148.62 * B, 54.1], 'the same slip translated: revenue RMB 102.46 -> 148.62 billion (Table 2) is +45.1%, stated rose 54.1%'),
  { ...across(LANYUE_EN, [795, 759], LANYUE_ZH, [759], 'planted: manufacturing energy per vehicle 795 kWh in the English Chairman\'s Statement, 759 in the English text and Table 3 and in the Chinese'), atLeast: 2 },
  entry(LANYUE_EN, 'change', false, [28.14, [42.86, 'rose 25.3% to'], 25.3], 'planted: the English battery installations 28.14 -> 42.86 GWh is +52.3%, stated rose 25.3%'),
  across(LANYUE_ZH, [52.3], LANYUE_EN, [25.3], 'the same slip across the pair: 装机量 同比增长52.3% in the Chinese, rose 25.3% in the English'),
  ...both('sum', [44.86 * WAN, 30.24 * WAN, 14.62 * WAN], [448_600, 302_400, 146_200], '2022 sales: BEV 30.24 + PHEV 14.62 = 44.86万辆 (302.4 + 146.2 = 448.6 thousand)'),
  ...both('sum', [68.42 * WAN, 46.18 * WAN, 22.24 * WAN], [684_200, 461_800, 222_400], '2023 sales: 46.18 + 22.24 = 68.42万辆 (461,800 + 222,400 = 684,200; text and table)'),
  ...both('ratio', [46.18 * WAN, 68.42 * WAN, 67.5], [461_800, 684_200, 67.5], 'BEV 46.18 of 68.42万辆 (461,800 of 684,200) is the stated 67.5%'),
  entry(LANYUE_ZH, 'ratio', true, [8.64 * WAN, 68.42 * WAN, 12.6], '海外 8.64 of 68.42万辆 is the stated 占总销量的12.6%'),
  entry(LANYUE_ZH, 'ratio', true, [112.8 * YI, 1_486.2 * YI, 7.6], '研发投入 112.8 of 营业收入 1,486.2 亿元 is the stated 7.6% (letter and text)'),
  ...both('sum', [1_486.2 * YI, 1_324.6 * YI, 98.4 * YI, 63.2 * YI], [148.62 * B, 132.46 * B, 9.84 * B, 6.32 * B], '2023 revenue: 1,324.6 + 98.4 + 63.2 = 1,486.2 亿元 (RMB 132.46 + 9.84 + 6.32 = 148.62 billion)'),
  ...both('ratio', [1_324.6 * YI, 1_486.2 * YI, 89.1], [132.46 * B, 148.62 * B, 89.1], 'vehicle sales 1,324.6 of 1,486.2 亿元 (RMB 132.46 of 148.62 billion) is its 89.1%'),
  ...both('sum', [42.86, 31.42, 11.44], [42.86, 31.42, 11.44], 'battery installations 42.86 GWh = own 31.42 + purchased 11.44'),
  ...both('sum', [38.1 * WAN, 6.84 * WAN, 31.26 * WAN], [381_000, 68_400, 312_600], 'table 3 2023: Scope 1 6.84 + Scope 2 31.26 = 38.10万吨 (68,400 + 312,600 = 381,000 t)'),
  ...both('ratio', [5.246 * YI, 69.12 * WAN, 759], [524.6 * M, 691_200, 759], '2023 energy 5.246亿 kWh (524.6 million) over 69.12万 (691,200) vehicles produced is its 759 kWh per vehicle'),
  ...both('ratio', [12_486, 58_620, 21.3], [12_486, 58_620, 21.3], 'R&D personnel 12,486 of 58,620 employees is the stated 21.3%'),
  ...both('sum', [58_620, 24_862, 30_146, 3_612], [58_620, 24_862, 30_146, 3_612], 'employees by age: 24,862 + 30,146 + 3,612 = 58,620'),
  ...both('sum', [58_620, 44_286, 14_334], [58_620, 44_286, 14_334], 'employees by gender: 44,286 + 14,334 = 58,620'),
  ...both('ratio', [14_334, 58_620, 24.5], [14_334, 58_620, 24.5], 'women 14,334 of 58,620 is the stated 24.5%'),
  entry(LANYUE_EN, 'sum', true, [58_620, 486, 6_842, 21_364, 29_928], 'the English Table 4: 486 + 6,842 + 21,364 + 29,928 = 58,620'),
  ...both('change', [44.86 * WAN, 68.42 * WAN, 52.5], [448_600, 684_200, 52.5], 'sales 44.86 -> 68.42万辆 (448,600 -> 684,200) is the stated 52.5%'),
  ...both('change', [32.4 * WAN, 38.1 * WAN, 17.6], [324_000, 381_000, 17.6], 'GHG 32.40 -> 38.10万吨 (324,000 -> 381,000 t) is the stated 17.6%'),
  ...both('change', [910, 759, 16.6], [910, 759, 16.6], 'energy per vehicle 910 -> 759 kWh is the stated 16.6% less'),
  entry(LANYUE_ZH, 'change', true, [28.14, 42.86, 52.3], '装机量 28.14 -> 42.86 GWh is the stated 同比增长52.3%'),
];
