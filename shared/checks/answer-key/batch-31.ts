// The thirty-first blind batch: three engagements of report kinds outside batches 1–29, written as their published
// reports read (PDF text: wrapped lines, page footers, tables flattened to tabs or spaces): a German drivetrain
// supplier's English ESRS sustainability statement inside its combined management report (an at-a-glance block, an
// Executive Board letter, E1-5 energy consumption and mix in MWh with fossil / nuclear / renewable subtotals and their
// shares over 2022 and 2023, E1-6 in t CO2e with a base-year column, `N-1 (2022)` / `N (2023)` / `% N / N-1` columns,
// location- and market-based Scope 2 and totals, Scope 3 by numbered GHG Protocol category, GHG intensity per EUR
// million of net revenue, S1-6 headcount by country and gender with `of which` rows, S1-14 accident rates per million
// hours with hours worked `(million)`); a Chinese provincial grid company's 社会责任报告 (a 总经理致辞, running text with
// 同比增长 / 同比下降 / 个百分点, 其中 lists of 亿千瓦时, 万千瓦, 亿元 and 万个, 占 / 占比 shares, 累计, 表1 of sales by sector with
// 同比增长（%） and 占比（%） columns, an appendix 关键绩效表 over 2021–2023 with a 单位 column that restates the text); a Macau
// integrated-resort group's ESG report in traditional Chinese and in English in two files (億澳門元 / MOP billion written
// `MOP18.64 billion`, 萬澳門元 / MOP million, 萬人次 / million visits, 萬立方米 / '000 m³, 萬平方米 / million square
// metres; rooms by hotel, employees by gender, age group and region, turnover rates, women in management, training
// hours per employee, local procurement shares, appendix KPI tables with a 單位 / Unit column over 2023 and 2022).
// Planted (as real drafts slip): totals that no longer add (E1-6 2023 Scope 3 with category 4 36,840 for 38,640 under
// 1,236,480; S1-6 2023 Mexico 2,964 for 2,946 under 16,626; 装机 其中 火电 3,962 for 3,926 under 7,842; the Chinese rooms
// table 1,468 for 1,486 under 4,286; the English age table 12,846 for 12,486 under 21,486; both KPI tables' 2022 GHG total
// 346,980 for 364,980; the English community investment MOP328.6 million of 12.86 + 11.24 + 8.76); change cells and
// rates that do not compute (category 4's -6.4 cell against the mistyped 36,840; business travel's cell 36.3 for 33.6;
// location-based Scope 2 `fell 4.6%` for 4.1; the text's `fell 22.9% to 48,260`; 最大用电负荷 同比增长4.8% for 8.4; 线损率
// 同比下降0.82个百分点 for 0.28; the KPI table's 售电量 2,168.4 against the text's 同比增长6.2%; the English revenue `up
// 165.7%` for 156.7); shares and intensities that do not compute (category 1 `78.9% of Scope 3` for 87.9; the renewable
// share row 47.3 for 43.7; the location-based intensity cell 395.0 for 359.0; the turnover rate 10.9% for 9.9; 第三产业
// 占12.1% for 21.1; 本科及以上 占64.8% for 68.4; 外购清洁能源电量 占比46.2% for 64.2; the Chinese 澳門本地僱員 佔62.9% for 69.2);
// one metric two ways in one document (Scope 1 and 2 market-based 48,260 / 48,620; renewable share 43.7 / 47.3; energy
// 46.89 GWh / 468,900 MWh, a scale slip; net revenue EUR 3,846.2 / 3,864.2 million; 售电量 2,186.4 / 2,168.4; 帮扶资金 2.36
// 亿元 / 2,360 万元, a 万 / 亿 slip; 充电桩 超13万个 / 12.86万个; 第三产业 12.1 / 21.1); slips in translation (社區投資 3,286萬澳門元 /
// MOP328.6 million; 訪客 2,846萬人次 / 28.64 million visits; 近4,800名 / more than 4,800 volunteers; 本地僱員 62.9% / 69.2%;
// 濠峰灣畔酒店 1,468 / 1,486 rooms; 總耗水量 386.4萬立方米 / 38.64 million cubic metres, the English table's '000 m³ 3,864.0).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: `EUR 3.85 billion` beside 3,846.2 million; `more than 16,600` beside 16,626; `nearly 1.3
// million t CO2e` beside 1,285,100; capital goods' 48,260 t CO2e beside the text's (planted) Scope 1 and 2 48,260; the
// nuclear share 3.0% beside the accident rate 3.0; the base-year column beside N-1 and N; 2,186.4 亿千瓦时 beside 2,289.6
// (generation, not sales); 12.86万个 chargers; 同比分别提升0.012和0.046个百分点 with no year before stated; the two 同比下降3.3%;
// 1,286 managers beside 1,286萬澳門元 for education and 128.6萬平方米; 2,846萬人次 visits beside 2,824 leavers; 4,286 rooms beside
// 4,862 employees under 30; the male and female turnover rates (no counts stated); the `—` cells of 2022.

import type { Engagement } from './key';
import { across, B, engagements, entry, M, WAN, YI, type Fig } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b31';
const RHEIN = 'rheinfeld-antriebstechnik-sustainability-statement-2023.txt';
const YUANLI = 'yuanli-grid-csr-2023.txt';
const HOUFUNG_TC = 'hou-fung-resorts-esg-2023-tc.txt';
const HOUFUNG_EN = 'hou-fung-resorts-esg-2023-en.txt';

export const BATCH_31_ENGAGEMENTS: Engagement[] = engagements(DIR, [RHEIN, YUANLI, [HOUFUNG_TC, HOUFUNG_EN]]);

const SCOPE3_2022 = [1_124_860, 52_140, 25_460, 41_280, 3_680, 2_140, 10_120, 13_020, 11_300];
const SCOPE3_2023: Fig[] = [1_086_420, [48_260, '2 Capital goods'], 24_180, 36_840, 3_420, 2_860, 9_840, 12_460, 10_400];

/** The same holding sum in both files of the Macau pair. */
const both = (kind: KeyEntry['kind'], tc: Fig[], en: Fig[], why: string): KeyEntry[] => [
  entry(HOUFUNG_TC, kind, true, tc, `the Chinese: ${why}`),
  entry(HOUFUNG_EN, kind, true, en, `the English: ${why}`),
];

export const BATCH_31_KEY: KeyEntry[] = [
  // Rheinfeld Antriebstechnik AG: a German drivetrain supplier's ESRS sustainability statement (English, 2023)
  entry(RHEIN, 'sum', false, [1_236_480, ...SCOPE3_2023], 'planted: E1-6 2023 Scope 3 categories add to 1,234,680, its Gross Scope 3 row 1,236,480 (category 4 38,640 mistyped 36,840)'),
  entry(RHEIN, 'change', false, [41_280, 36_840, -6.4], 'planted: category 4 41,280 -> 36,840 is -10.8%, its % N / N-1 cell -6.4 (computed on 38,640)'),
  entry(RHEIN, 'change', false, [2_140, 2_860, 36.3], 'planted: business travel 2,140 -> 2,860 is +33.6% (as the text says), its % N / N-1 cell 36.3'),
  entry(RHEIN, 'consistency', false, [[48_260, 'therefore fell 22.9% to'], 48_620], 'planted: Scope 1 and 2 (market-based) 48,260 t CO2e in the text, 48,620 in Table E1-6 (digits swapped)'),
  entry(RHEIN, 'change', false, [63_092, [48_260, 'therefore fell 22.9% to'], [22.9, 'therefore fell ']], 'the same slip: 63,092 -> the text\'s 48,260 is -23.5%, stated fell 22.9% (the table\'s 48,620 gives -22.9%)'),
  entry(RHEIN, 'ratio', false, [1_086_420, 1_236_480, 78.9], 'planted: category 1 1,086,420 of Scope 3 1,236,480 is 87.9%, stated 78.9%'),
  entry(RHEIN, 'ratio', false, [205_120, 468_900, 47.3], 'planted: E1-5 2023 renewable 205,120 of 468,900 MWh is 43.7%, its share row 47.3'),
  { ...entry(RHEIN, 'consistency', false, [[43.7, 'Share of renewable energy'], [43.7, 'renewable sources covered'], 47.3], 'planted: renewable share 43.7% at a glance and in the text, 47.3 in Table E1-5'), atLeast: 2 },
  entry(RHEIN, 'consistency', false, [46.89, 468_900], 'planted: the sites consumed 46.89 GWh in the text, 468,900 MWh (468.9 GWh) in the text above and Table E1-5 (a scale slip)'),
  entry(RHEIN, 'sum', false, [16_626, 6_842, 3_184, 2_964, 2_418, 1_236], 'planted: S1-6 2023 countries 6,842 + 3,184 + 2,964 + 2,418 + 1,236 = 16,644, its Total employees 16,626 (Mexico 2,946 mistyped 2,964)'),
  entry(RHEIN, 'ratio', false, [1_642, 16_626, 10.9], 'planted: 1,642 leavers of 16,626 employees is 9.9%, stated a turnover rate of 10.9%'),
  entry(RHEIN, 'consistency', false, [3_846.2 * M, 3_864.2 * M], 'planted: net revenue EUR 3,846.2 million in General information, EUR 3,864.2 million in the intensity note (digits swapped)'),
  entry(RHEIN, 'change', false, [112_840, 108_260, [4.6, 'based Scope 2 emissions fell ']], 'planted: location-based Scope 2 112,840 -> 108,260 is -4.1% (its cell), stated fell 4.6%'),
  entry(RHEIN, 'ratio', false, [1_380_924, 3_846.2 * M, 395], 'planted: location-based 1,380,924 t CO2e over EUR 3,846.2 million is 359.0 per EUR million, its 2023 cell 395.0'),
  entry(RHEIN, 'sum', true, [1_284_000, ...SCOPE3_2022], 'E1-6 2022 Scope 3: the nine categories add to 1,284,000'),
  entry(RHEIN, 'sum', true, [63_092, 38_462, 24_630], 'E1-6 2022 Scope 1 and 2 (market-based): 38,462 + 24,630 = 63,092'),
  entry(RHEIN, 'sum', true, [48_620, 36_184, 12_436], 'E1-6 2023 Scope 1 and 2 (market-based): 36,184 + 12,436 = 48,620'),
  entry(RHEIN, 'sum', true, [151_302, 38_462, 112_840], 'E1-6 2022 Scope 1 and 2 (location-based): 38,462 + 112,840 = 151,302'),
  entry(RHEIN, 'sum', true, [144_444, 36_184, 108_260], 'E1-6 2023 Scope 1 and 2 (location-based): 36,184 + 108,260 = 144,444'),
  entry(RHEIN, 'sum', true, [166_380, 41_860, 124_520], 'E1-6 base year 2019 location-based: 41,860 + 124,520 = 166,380'),
  entry(RHEIN, 'sum', true, [78_640, 41_860, 36_780], 'E1-6 base year 2019 market-based: 41,860 + 36,780 = 78,640 (and the letter\'s base year of 78,640)'),
  { ...entry(RHEIN, 'sum', true, [1_435_302, 1_284_000, 38_462, 112_840, 151_302], 'E1-6 2022 total location-based: Scope 1 + 2 (151,302) + Scope 3 1,284,000 = 1,435,302'), atLeast: 3 },
  { ...entry(RHEIN, 'sum', true, [1_380_924, 1_236_480, 36_184, 108_260, 144_444], 'E1-6 2023 total location-based: Scope 1 + 2 (144,444) + Scope 3 1,236,480 = 1,380,924'), atLeast: 3 },
  { ...entry(RHEIN, 'sum', true, [1_347_092, 1_284_000, 38_462, 24_630, 63_092], 'E1-6 2022 total market-based: Scope 1 + 2 (63,092) + Scope 3 1,284,000 = 1,347,092'), atLeast: 3 },
  { ...entry(RHEIN, 'sum', true, [1_285_100, 1_236_480, 36_184, 12_436, 48_620], 'E1-6 2023 total market-based: Scope 1 + 2 (48,620) + Scope 3 1,236,480 = 1,285,100'), atLeast: 3 },
  entry(RHEIN, 'ratio', true, [1_435_302, 3_612.4 * M, 397.3], '2022 location-based 1,435,302 t CO2e over EUR 3,612.4 million is its 397.3 per EUR million'),
  entry(RHEIN, 'ratio', true, [1_347_092, 3_612.4 * M, 372.9], '2022 market-based 1,347,092 over EUR 3,612.4 million is its 372.9 (cell and note)'),
  entry(RHEIN, 'ratio', true, [1_285_100, 3_846.2 * M, 334.1], '2023 market-based 1,285,100 over EUR 3,846.2 million is its 334.1 (cell and note)'),
  entry(RHEIN, 'ratio', true, [1_236_480, 1_285_100, 96.2], 'Scope 3 1,236,480 of total market-based 1,285,100 t CO2e is the stated 96.2%'),
  entry(RHEIN, 'sum', true, [312_760, 156_420, 13_960, 142_380], 'E1-5 2022 fossil: 156,420 + 13,960 + 142,380 = 312,760 MWh'),
  entry(RHEIN, 'sum', true, [249_520, 148_260, 12_840, 88_420], 'E1-5 2023 fossil: 148,260 + 12,840 + 88,420 = 249,520 MWh'),
  entry(RHEIN, 'sum', true, [134_760, 128_640, 6_120], 'E1-5 2022 renewable: 128,640 + 6,120 = 134,760 MWh'),
  entry(RHEIN, 'sum', true, [205_120, 196_480, 8_640], 'E1-5 2023 renewable: 196,480 + 8,640 = 205,120 MWh'),
  entry(RHEIN, 'sum', true, [469_360, 312_760, 21_840, 134_760], 'E1-5 2022 total: fossil 312,760 + nuclear 21,840 + renewable 134,760 = 469,360 MWh'),
  entry(RHEIN, 'sum', true, [468_900, 249_520, 14_260, 205_120], 'E1-5 2023 total: fossil 249,520 + nuclear 14,260 + renewable 205,120 = 468,900 MWh'),
  entry(RHEIN, 'ratio', true, [312_760, 469_360, 66.6], 'E1-5 2022 fossil 312,760 of 469,360 is its 66.6%'),
  entry(RHEIN, 'ratio', true, [249_520, 468_900, 53.2], 'E1-5 2023 fossil 249,520 of 468,900 is its 53.2%'),
  entry(RHEIN, 'ratio', true, [21_840, 469_360, 4.7], 'E1-5 2022 nuclear 21,840 of 469,360 is its 4.7%'),
  entry(RHEIN, 'ratio', true, [14_260, 468_900, [3, 'from nuclear sources (%)']], 'E1-5 2023 nuclear 14,260 of 468,900 is its 3.0%'),
  entry(RHEIN, 'ratio', true, [134_760, 469_360, 28.7], 'E1-5 2022 renewable 134,760 of 469,360 is its 28.7% (row and text)'),
  entry(RHEIN, 'ratio', true, [469_360, 3_612.4 * M, 129.9], '2022 energy 469,360 MWh over EUR 3,612.4 million is its 129.9 MWh per EUR million (row and text)'),
  entry(RHEIN, 'ratio', true, [468_900, 3_846.2 * M, 121.9], '2023 energy 468,900 MWh over EUR 3,846.2 million is its 121.9 MWh per EUR million (row and text)'),
  entry(RHEIN, 'sum', true, [16_222, 6_712, 3_086, 2_804, 2_436, 1_184], 'S1-6 2022 countries: 6,712 + 3,086 + 2,804 + 2,436 + 1,184 = 16,222'),
  entry(RHEIN, 'sum', true, [16_626, 12_628, 3_986, 12], 'S1-6 2023 gender: 12,628 + 3,986 + 12 = 16,626'),
  entry(RHEIN, 'sum', true, [16_222, 12_384, 3_826, 12], 'S1-6 2022 gender: 12,384 + 3,826 + 12 = 16,222'),
  entry(RHEIN, 'ratio', true, [3_986, 16_626, 24], 'women 3,986 of 16,626 employees is the stated (24.0%)'),
  entry(RHEIN, 'ratio', true, [6_842, 16_626, 41.2], 'Germany 6,842 of 16,626 employees is the stated 41.2%'),
  entry(RHEIN, 'ratio', true, [86, 28.64 * M, [3, 'hours worked)']], 'S1-14 2023: 86 recordable accidents over 28.64 million hours is its rate 3.0 per million hours'),
  entry(RHEIN, 'ratio', true, [94, 27.92 * M, 3.4], 'S1-14 2022: 94 recordable accidents over 27.92 million hours is its rate 3.4 per million hours'),
  entry(RHEIN, 'change', true, [3_612.4 * M, 3_846.2 * M, 6.5], 'net revenue 3,612.4 -> 3,846.2 million is the stated up 6.5%'),
  entry(RHEIN, 'change', true, [38_462, 36_184, 5.9], 'Scope 1 38,462 -> 36,184 is the stated fell 5.9% (and its -5.9 cell)'),
  entry(RHEIN, 'change', true, [24_630, 12_436, 49.5], 'market-based Scope 2 24,630 -> 12,436 is the stated fell 49.5% (and its cell)'),
  entry(RHEIN, 'change', true, [63_092, 48_620, -22.9], 'Scope 1 and 2 (market-based) 63,092 -> 48,620 is its -22.9 cell (and the letter\'s 22.9%)'),
  entry(RHEIN, 'change', true, [78_640, 48_620, 38.2], 'Scope 1 and 2 (market-based) 78,640 (2019) -> 48,620 is the letter\'s 38.2% below the base year'),
  entry(RHEIN, 'change', true, [1_284_000, 1_236_480, 3.7], 'Scope 3 1,284,000 -> 1,236,480 is the stated 3.7% less (and its cell)'),
  entry(RHEIN, 'change', true, [1_435_302, 1_380_924, -3.8], 'total location-based 1,435,302 -> 1,380,924 is its -3.8 cell'),
  entry(RHEIN, 'change', true, [1_347_092, 1_285_100, -4.6], 'total market-based 1,347,092 -> 1,285,100 is its -4.6 cell'),
  entry(RHEIN, 'change', true, [16_222, 16_626, 2.5], 'employees 16,222 -> 16,626 is the stated 2.5% more'),
  entry(RHEIN, 'change', true, [3.4, [3, 'from 3.4 to '], 11.8], 'accident rate 3.4 -> 3.0 is the stated down 11.8%'),

  // 沅澧电网 Yuanli Grid: a Chinese provincial grid company's 社会责任报告 (2023)
  entry(YUANLI, 'consistency', false, [2_186.4 * YI, 2_168.4 * YI], 'planted: 售电量 2,186.4 亿千瓦时 in the letter, the text and 表1, 2,168.4 in the 关键绩效表 (digits swapped)'),
  entry(YUANLI, 'change', false, [2_058.6 * YI, 2_168.4 * YI, 6.2], 'the same slip: the 关键绩效表\'s 2,058.6 -> 2,168.4 is +5.3%, the text\'s 同比增长6.2%'),
  entry(YUANLI, 'sum', false, [7_842 * WAN, 3_962 * WAN, 1_648 * WAN, 986 * WAN, 1_182 * WAN, 100 * WAN], 'planted: 装机 其中 3,962 + 1,648 + 986 + 1,182 + 100 = 7,878, its 7,842 万千瓦 (火电 3,926 mistyped 3,962)'),
  entry(YUANLI, 'change', false, [3_954 * WAN, 4_286 * WAN, 4.8], 'planted: 最大用电负荷 3,954 (关键绩效表 2022) -> 4,286 万千瓦 is +8.4% (较上年增加332万千瓦), stated 同比增长4.8%'),
  entry(YUANLI, 'change', false, [5.4, 5.12, 0.82], 'planted: 综合线损率 5.40% (关键绩效表 2022) -> 5.12% is 0.28 points, stated 同比下降0.82个百分点'),
  entry(YUANLI, 'ratio', false, [26_432, 38_642, 64.8], 'planted: 本科及以上学历员工 26,432 of 38,642 is 68.4%, stated 占64.8%'),
  entry(YUANLI, 'ratio', false, [312.4 * YI, 486.8 * YI, 46.2], 'planted: 外购清洁能源电量 312.4 of 486.8 亿千瓦时 is 64.2%, stated 占比46.2%'),
  entry(YUANLI, 'consistency', false, [2.36 * YI, 2_360 * WAN], 'planted: 乡村振兴帮扶资金 2.36 亿元 (23,600 万元) in the text, 2,360 万元 in the 关键绩效表 (a 万 / 亿 slip; 2021 19,860, 2022 21,420)'),
  entry(YUANLI, 'consistency', false, [[13 * WAN, '累计建成充电桩超'], 12.86 * WAN], 'planted: 累计建成充电桩超13万个 in the letter, 12.86万个 in the text and the 关键绩效表 (a bound that does not hold)'),
  entry(YUANLI, 'ratio', false, [462.4 * YI, 2_186.4 * YI, [12.1, '第三产业用电占']], 'planted: 第三产业 462.4 of 2,186.4 亿千瓦时 is 21.1% (表1), the text 占12.1%'),
  entry(YUANLI, 'consistency', false, [[12.1, '第三产业用电占'], [21.1, '第三产业\t']], 'planted: 第三产业 占12.1% in the text, 21.1% in 表1 (digits swapped)'),
  entry(YUANLI, 'sum', true, [2_186.4 * YI, 28.6 * YI, 1_324.8 * YI, 462.4 * YI, 370.6 * YI], '售电量 2,186.4 = 28.6 + 1,324.8 + 462.4 + 370.6 亿千瓦时 (the text\'s 其中 list and 表1 2023)'),
  entry(YUANLI, 'sum', true, [2_058.6 * YI, 26.4 * YI, 1_262.6 * YI, 426.8 * YI, 342.8 * YI], '表1 2022: 26.4 + 1,262.6 + 426.8 + 342.8 = 2,058.6 亿千瓦时'),
  entry(YUANLI, 'ratio', true, [1_324.8 * YI, 2_186.4 * YI, 60.6], '第二产业 1,324.8 of 2,186.4 is the stated 占60.6% (text and 表1)'),
  entry(YUANLI, 'ratio', true, [370.6 * YI, 2_186.4 * YI, 17], '城乡居民生活 370.6 of 2,186.4 is the stated 占17.0% (text and 表1)'),
  entry(YUANLI, 'ratio', true, [28.6 * YI, 2_186.4 * YI, 1.3], '表1 第一产业 28.6 of 2,186.4 is its 1.3%'),
  entry(YUANLI, 'ratio', true, [462.4 * YI, 2_186.4 * YI, [21.1, '第三产业\t']], '表1 第三产业 462.4 of 2,186.4 is its 21.1%'),
  entry(YUANLI, 'ratio', true, [2_946.2 * WAN, 3_286.4 * WAN, 89.6], '居民客户 2,946.2 of 用电客户 3,286.4 万户 is the stated 占89.6%'),
  entry(YUANLI, 'sum', true, [486.2 * YI, 171.6 * YI, 186.2 * YI, 128.4 * YI], '电网投资 486.2 亿元 = 171.6 + 186.2 + 128.4 (其中)'),
  entry(YUANLI, 'ratio', true, [3_916 * WAN, 7_842 * WAN, 49.9], '清洁能源装机 3,916 of 7,842 万千瓦 is the stated 占比49.9% (and the 关键绩效表)'),
  entry(YUANLI, 'ratio', true, [2_168 * WAN, 7_842 * WAN, 27.6], '新能源装机 2,168 of 7,842 万千瓦 is the stated 占全省装机的27.6%'),
  entry(YUANLI, 'sum', true, [2_168 * WAN, 1_846 * WAN, 322 * WAN], '新能源装机 累计 2,168 = 2022 年末 1,846 (关键绩效表) + 新增 322 万千瓦'),
  entry(YUANLI, 'ratio', true, [842.6 * YI, 2_289.6 * YI, 36.8], '清洁能源发电量 842.6 of 全省发电量 2,289.6 亿千瓦时 is the stated 占36.8%'),
  entry(YUANLI, 'sum', true, [12.86 * WAN, 4.28 * WAN, 8.58 * WAN], '充电桩 12.86 万个 = 公共 4.28 + 个人 8.58'),
  entry(YUANLI, 'sum', true, [462.8 * WAN, 18.6 * WAN, 444.2 * WAN], '温室气体 2023 462.8 = 范围一 18.6 + 范围二 444.2 万吨 (text and 关键绩效表)'),
  entry(YUANLI, 'sum', true, [478.4 * WAN, 19.2 * WAN, 459.2 * WAN], '关键绩效表 2022: 19.2 + 459.2 = 478.4 万吨'),
  entry(YUANLI, 'sum', true, [491.6 * WAN, 20.4 * WAN, 471.2 * WAN], '关键绩效表 2021: 20.4 + 471.2 = 491.6 万吨'),
  entry(YUANLI, 'ratio', true, [444.2 * WAN, 462.8 * WAN, 96], '范围二 444.2 of 462.8 万吨 is the stated 占96.0%'),
  entry(YUANLI, 'sum', true, [2.36 * YI, 1.28 * YI, 0.74 * YI, 0.34 * YI], '帮扶资金 2.36 亿元 = 1.28 + 0.74 + 0.34 (其中)'),
  entry(YUANLI, 'ratio', true, [9_486, 38_642, 24.5], '女性员工 9,486 of 38,642 is the stated 占24.5% (and the 关键绩效表)'),
  entry(YUANLI, 'change', true, [2_058.6 * YI, 2_186.4 * YI, 6.2], '售电量 2,058.6 (表1) -> 2,186.4 is the stated 同比增长6.2% (and 表1\'s 合计 cell)'),
  entry(YUANLI, 'change', true, [1_262.6 * YI, 1_324.8 * YI, 4.9], '表1 第二产业 1,262.6 -> 1,324.8 is its 4.9%'),
  entry(YUANLI, 'change', true, [342.8 * YI, 370.6 * YI, 8.1], '表1 城乡居民生活 342.8 -> 370.6 is its 8.1%'),
  entry(YUANLI, 'change', true, [443.6 * YI, 486.2 * YI, 9.6], '电网投资 443.6 -> 486.2 亿元 is the stated 同比增长9.6%'),
  entry(YUANLI, 'change', true, [132.2 * YI, 148.6 * YI, 12.4], '电能替代 132.2 -> 148.6 亿千瓦时 is the stated 同比增长12.4%'),
  entry(YUANLI, 'change', true, [478.4 * WAN, 462.8 * WAN, [3.3, '二氧化碳当量，同比下降']], '温室气体 478.4 -> 462.8 万吨 is the stated 同比下降3.3%'),
  entry(YUANLI, 'change', true, [459.2 * WAN, 444.2 * WAN, [3.3, '占96.0%，同比下降']], '范围二 459.2 -> 444.2 万吨 is the stated 同比下降3.3%'),

  // 濠峰度假村集團 Hou Fung Resorts: a Macau integrated-resort group's ESG report in traditional Chinese and English
  across(HOUFUNG_TC, [32.86 * M], HOUFUNG_EN, [328.6 * M], 'planted: 社區投資 3,286萬澳門元 (MOP32.86 million) in the Chinese, MOP328.6 million in the English (a 萬 / million slip)'),
  entry(HOUFUNG_EN, 'sum', false, [[328.6 * M, 'community investment totalled MOP'], 12.86 * M, 11.24 * M, 8.76 * M], 'planted: the English community investment MOP328.6 million comprising 12.86 + 11.24 + 8.76 = 32.86'),
  across(HOUFUNG_TC, [28.46 * M], HOUFUNG_EN, [28.64 * M], 'planted: 訪客 2,846萬人次 in the Chinese, 28.64 million visits in the English (digits swapped)'),
  across(HOUFUNG_TC, [[4_800, '近']], HOUFUNG_EN, [[4_800, 'than ']], 'planted: 近4,800名員工義工 in the Chinese, `more than 4,800` volunteers in the English (a turned qualifier)'),
  entry(HOUFUNG_EN, 'sum', false, [21_486, 4_862, 12_846, 4_138], 'planted: the English age groups 4,862 + 12,846 + 4,138 = 21,846, its Total employees 21,486 (30-50 12,486 mistyped 12,846)'),
  across(HOUFUNG_TC, [[12_486, '30至50歲']], HOUFUNG_EN, [[12_846, '30-50']], 'the same slip across the pair: the Chinese 30至50歲 12,486, the English 30-50 12,846 (key upkeep, session 28: H150\'s fix of dash-ended rows let the pair be read)'),
  entry(HOUFUNG_TC, 'ratio', false, [14_862, 21_486, 62.9], 'planted: 澳門本地僱員 14,862 of 21,486 is 69.2%, stated 佔62.9%'),
  across(HOUFUNG_TC, [62.9], HOUFUNG_EN, [69.2], 'planted: 本地僱員 佔62.9% in the Chinese, 69.2% in the English (digits swapped)'),
  entry(HOUFUNG_TC, 'sum', false, [4_286, 1_642, 1_468, 1_158], 'planted: 表一 1,642 + 1,468 + 1,158 = 4,268, its 總計 4,286 (濠峰灣畔酒店 1,486 mistyped 1,468)'),
  across(HOUFUNG_TC, [1_468], HOUFUNG_EN, [1_486], 'planted: 濠峰灣畔酒店 1,468 rooms in the Chinese, Hou Fung Bayside Hotel 1,486 in the English'),
  entry(HOUFUNG_EN, 'change', false, [7.26 * B, 18.64 * B, 165.7], 'planted: the English revenue MOP7.26 -> 18.64 billion is +156.7%, stated up 165.7%'),
  { ...across(HOUFUNG_TC, [3.864 * M], HOUFUNG_EN, [38.64 * M, [3.864 * M, 'Total water consumption ']], 'planted: 總耗水量 386.4萬立方米 in the Chinese (and 3,864.0 \'000 m³ in the English table), 38.64 million cubic metres in the English text (a scale slip)'), atLeast: 2 },
  entry(HOUFUNG_TC, 'sum', false, [346_980, 30_120, 334_860], 'planted: 附錄 2022 範圍一 30,120 + 範圍二 334,860 = 364,980, its 溫室氣體排放總量 346,980 (digits swapped)'),
  entry(HOUFUNG_EN, 'sum', false, [346_980, 30_120, 334_860], 'planted: the English appendix 2022 Scope 1 30,120 + Scope 2 334,860 = 364,980, its Total GHG 346,980 (copied from the Chinese)'),
  ...both('ratio', [52.8 * YI, 186.4 * YI, 28.3], [5.28 * B, 18.64 * B, 28.3], 'Adjusted EBITDA 52.8 of revenue 186.4 億 (MOP5.28 of 18.64 billion) is the stated margin 28.3%'),
  entry(HOUFUNG_EN, 'sum', true, [4_286, 1_642, 1_486, 1_158], 'the English Table 1: 1,642 + 1,486 + 1,158 = 4,286 rooms'),
  ...both('sum', [21_486, 10_862, 10_624], [21_486, 10_862, 10_624], '2023 employees by gender: 10,862 + 10,624 = 21,486 (text and appendix)'),
  ...both('sum', [19_842, 10_126, 9_716], [19_842, 10_126, 9_716], '2022 employees by gender: 10,126 + 9,716 = 19,842'),
  entry(HOUFUNG_TC, 'sum', true, [21_486, 4_862, 12_486, 4_138], 'the Chinese age groups: 4,862 + 12,486 + 4,138 = 21,486'),
  ...both('sum', [21_486, 14_862, 6_624], [21_486, 14_862, 6_624], 'employees by region: 14,862 + 6,624 = 21,486'),
  entry(HOUFUNG_EN, 'ratio', true, [14_862, 21_486, 69.2], 'the English Macau local employees 14,862 of 21,486 is the stated 69.2%'),
  ...both('ratio', [2_824, 21_486, 13.1], [2_824, 21_486, 13.1], '2,824 leavers of 21,486 employees is the stated overall turnover rate 13.1% (text and appendix)'),
  ...both('ratio', [602, 1_286, 46.8], [602, 1_286, 46.8], '602 women of 1,286 managers is the stated 46.8%'),
  ...both('ratio', [642_580, 21_486, 29.9], [642_580, 21_486, 29.9], '642,580 training hours over 21,486 employees is the stated 29.9 hours per employee'),
  ...both('ratio', [56.5 * YI, 68.4 * YI, 82.6], [5.65 * B, 6.84 * B, 82.6], 'local suppliers 56.5 of 68.4 億 (MOP5.65 of 6.84 billion) is the stated 82.6% (and the chair\'s 82.6%)'),
  ...both('ratio', [22.6 * YI, 68.4 * YI, 33], [2.26 * B, 6.84 * B, 33], 'local SMEs 22.6 of 68.4 億 (MOP2.26 of 6.84 billion) is the stated 33.0%'),
  ...both('sum', [347_080, 28_460, 318_620], [347_080, 28_460, 318_620], '2023 GHG 28,460 + 318,620 = 347,080 t CO2e (text and appendix)'),
  ...both('ratio', [347_080, 1.286 * M, 0.27], [347_080, 1.286 * M, 0.27], '347,080 t CO2e over 1.286 million m² (128.6萬平方米) is the stated 0.27 t per m²'),
  entry(HOUFUNG_TC, 'sum', true, [32.86 * M, 12.86 * M, 11.24 * M, 8.76 * M], 'the Chinese 社區投資 3,286萬 = 1,286 + 1,124 + 876 萬澳門元'),
  ...both('change', [19_842, 21_486, 8.3], [19_842, 21_486, 8.3], 'employees 19,842 -> 21,486 is the stated 8.3% more'),
  ...both('change', [452_180, 486_260, 7.5], [452_180, 486_260, 7.5], 'electricity 452,180 -> 486,260 MWh is the stated up 7.5%'),
  ...both('change', [334_860, 318_620, 4.8], [334_860, 318_620, 4.8], 'Scope 2 334,860 -> 318,620 t is the stated down 4.8%'),
];
