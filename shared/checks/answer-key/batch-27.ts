// The twenty-seventh blind batch: three engagements of report kinds outside batches 1–26, written as their
// published reports read (PDF text: wrapped lines, page footers, tables flattened to tabs or spaces): a Japanese
// chemicals group's English integrated report for the fiscal year ended March 31, 2024 (an `At a glance` page,
// financial highlights in millions of yen with a YoY column whose falls are marked `△`, net sales by segment in
// billions of yen with a share-of-total column, a key environmental data table with a Unit column in t-CO2 and
// thousand t-CO2 over FY2021–FY2023, a human capital table with indented Japan / Overseas rows, points for ratios);
// a Chinese state-owned bank's 社会责任报告 in Chinese and its English translation in two files (普惠金融 loans in a
// 表2 with 同比增长 and 占比 columns, 较上年末增加 … 亿元，增长 …%, 万亿元 / trillion, 万户 / million borrowers, a 关键绩效表
// with a 单位 column, and the English tables in the Chinese banks' own units: `Unit: RMB100 million`, `10,000 tCO2e`,
// `RMB10,000`); a European food retailer's CSRD sustainability statement (ESRS E1-6 gross Scopes 1, 2, 3 table with a
// 2019 base year and a `% N / N-1` column, Scope 3 by numbered category, location- and market-based totals, GHG
// intensity per € million of net revenue, an E1-5 energy mix with shares, E5-5 waste, S1-6 headcount by country with a
// `% of total` column, EU Taxonomy KPIs).
// Planted (as real drafts slip): totals that no longer add (Healthcare FY2022 168.2 for 186.2 under 1,186.4; Scope 2
// FY2021 642,380 for 624,380 under 1,466,540; 营业网点 14,062 of 5,826 + 8,263 (8,236); the English green loans of
// 521.4 + 386.2 + 194.6 + 167.4 (176.4) under 1,278.6; category 7 2023 128,900 for 182,900 under 15,698,400); change
// cells and rates that do not compute (profit attributable `8.2%` for 9.2; 创业担保贷款 `12.8%` for 18.2 in both
// languages' tables; category 7's `-1.9%` against 128,900; Healthcare `rose 4.5%` against the table's 168.2; Scope 2
// `fell 7.9%` for 9.7; childcare leave `up 16.2 points` for 18.2; the English operating income `fell 1.2%` for 1.6;
// Scope 1 `fell 2.5%` for 5.2; food waste `fell 8.6% to 6,842` against 74,860); shares that do not compute (Performance
// Chemicals' cell 31.5% for 35.1; `¥4.46 billion, 3.6% of net sales`; 普惠型小微企业贷款 占 76.2% for 72.6; 少数民族员工
// 8.2% for 8.6; category 11 `6.7%` for 7.6; the fossil share cell 42.5 for 45.2; France's cell 15.2% for 12.5;
// Taxonomy OpEx 14.8% on last year's denominator); one metric stated two ways in one document (employees 22,481 /
// 22,418; R&D ¥4.46 billion / 44,560 million, a scale slip; `less than 1.3 million t-CO2` / 1,310,440; 纳税总额 1,024.4 /
// 1,042.4 亿元; 无偿帮扶资金 1.86 亿元 / 1,860 万元, a 万 / 亿 slip; `more than 3,500 stores` / 3,412; food waste 6,842 /
// 68,420 tonnes, a scale slip; location-based Scope 2 426,400 / 462,400); slips in translation (超过 / nearly 2,000
// 县域; 142.6 万户 / 14.26 million borrowers, a scale slip; 其他绿色产业 1,764 亿元 / RMB167.4 billion; 同比下降 1.6% /
// fell 1.2%).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// After the blind run (README.md): the operating margin's 7.4% is either statement of it (its context had named the
// President's message only; the checks took the one at a glance), and the entries on the two tables whose `(Millions
// of yen)` / `(Billions of yen)` extraction did not apply were marked as extraction misses — unmarked once it did
// (d7206dc).
// Traps that must not be flagged: `approximately 22,000 employees` beside 22,418; FY2030, FY2027 and 2030 targets (50%,
// 12%, 50%); the at-a-glance ¥1,248.8 billion / ¥92.5 billion beside the table's millions of yen; 1,310 thousand t-CO2
// beside 1,310,440; 1.86 万亿元 of MSE loans and the 1.86 亿元 of assistance funds; 2.49 亿元 of donations and the table's
// 24,862 万元; 572,400 tonnes and 57.24 万吨; the 2021 and 2022 columns beside the text's 2023; 16.2 million tCO2e beside
// 16,205,400; 2,960 and 214 stores beside 3,412; the 2019 base year column.

import type { Engagement } from './key';
import { across, B, engagements, entry, K, M, T, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b27';
const KISOGAWA = 'kisogawa-chemical-integrated-report-2024.txt';
const YUANQIAO_ZH = 'yuanqiao-bank-csr-2023-zh.txt';
const YUANQIAO_EN = 'yuanqiao-bank-csr-2023-en.txt';
const VALKENHOF = 'valkenhof-retail-annual-report-2023.txt';

export const BATCH_27_ENGAGEMENTS: Engagement[] = engagements(DIR, [KISOGAWA, [YUANQIAO_ZH, YUANQIAO_EN], VALKENHOF]);

export const BATCH_27_KEY: KeyEntry[] = [
  // Kisogawa Chemical Holdings: a Japanese group's English integrated report (FY2023, year ended March 31, 2024)
  entry(KISOGAWA, 'change', false, [56_180 * M, 61_340 * M, [8.2, 'Profit attributable to owners of parent']], 'planted: profit attributable 56,180 -> 61,340 million yen is +9.2%, its YoY cell 8.2%'),
  entry(KISOGAWA, 'consistency', false, [[4.46 * B, 'R&D expenses were ¥'], [44_560 * M, 'R&D expenses  ']], 'planted: R&D expenses ¥4.46 billion in the text, 44,560 million yen (¥44.56 billion) in the highlights table (a scale slip)'),
  { ...entry(KISOGAWA, 'ratio', false, [[4.46 * B, 'R&D expenses were ¥'], 1_248.8 * B, 1_248_760 * M, [3.6, '¥4.46 billion, ']], 'planted: R&D ¥4.46 billion of net sales ¥1,248.8 billion is 0.36%, stated 3.6% (the slip breaks its own share)'), atLeast: 3 },
  entry(KISOGAWA, 'sum', false, [[1_186.4 * B, 'Total  '], 412.6 * B, 298.4 * B, [168.2 * B, 'Healthcare  '], 241.8 * B, 47.4 * B], 'planted: segments FY2022 412.6 + 298.4 + 168.2 + 241.8 + 47.4 = 1,168.4, its Total 1,186.4 (Healthcare 186.2 mistyped 168.2)'),
  entry(KISOGAWA, 'change', false, [[168.2 * B, 'Healthcare  '], 194.6 * B, [4.5, 'Healthcare sales rose ']], 'planted: Healthcare 168.2 (segment table FY2022) -> 194.6 billion yen is +15.7%, stated rose 4.5% (on 186.2)'),
  entry(KISOGAWA, 'ratio', false, [[438.2 * B, 'Performance Chemicals  '], 1_248.8 * B, [31.5, 'Performance Chemicals  ']], 'planted: Performance Chemicals 438.2 of 1,248.8 billion yen is 35.1%, its share cell 31.5%'),
  { ...entry(KISOGAWA, 'sum', false, [100, 31.5, 26.2, 15.6, 19.5, 3.7], 'the same slip: the Share of total column 31.5 + 26.2 + 15.6 + 19.5 + 3.7 = 96.5, its Total 100.0%'), atLeast: 5 },
  entry(KISOGAWA, 'sum', false, [[1_466_540, 'Scope 1+2 emissions  '], 842_160, [642_380, 'Scope 2 emissions (market-based)']], 'planted: FY2021 Scope 1 842,160 + Scope 2 642,380 = 1,484,540 t-CO2, its Scope 1+2 1,466,540 (Scope 2 624,380 mistyped)'),
  entry(KISOGAWA, 'change', false, [588_240, 531_060, [7.9, 'Scope 2 emissions fell']], 'planted: Scope 2 588,240 -> 531,060 t-CO2 is -9.7%, stated fell 7.9%'),
  entry(KISOGAWA, 'consistency', false, [[22_481, 'Employees (consolidated)'], 22_418], 'planted: employees 22,481 at a glance, 22,418 in the human capital table and text (digits swapped)'),
  entry(KISOGAWA, 'change', false, [58.2, 76.4, [16.2, 'from 58.2%, up ']], 'planted: male childcare leave 58.2% -> 76.4% is 18.2 points, stated up 16.2 points'),
  { ...entry(KISOGAWA, 'consistency', false, [[1.3 * M, 'less than '], 1_310_440, 1_310 * K], 'planted: Scope 1+2 `now less than 1.3 million t-CO2` in the President\'s message, 1,310,440 t-CO2 (1,310 thousand) in the table and text (a qualifier that does not hold)'), atLeast: 2 },
  entry(KISOGAWA, 'sum', true, [[1_248.8 * B, 'Total  '], 438.2 * B, 326.8 * B, [194.6 * B, 'Healthcare  '], 243.5 * B, 45.7 * B], 'segments FY2023: 438.2 + 326.8 + 194.6 + 243.5 + 45.7 = 1,248.8 billion yen'),
  entry(KISOGAWA, 'ratio', true, [[326.8 * B, 'Electronic Materials  '], 1_248.8 * B, [26.2, 'Electronic Materials  ']], 'Electronic Materials 326.8 of 1,248.8 is its 26.2%'),
  entry(KISOGAWA, 'ratio', true, [[194.6 * B, 'Healthcare  '], 1_248.8 * B, [15.6, 'Healthcare  ']], 'Healthcare 194.6 of 1,248.8 is its 15.6%'),
  entry(KISOGAWA, 'ratio', true, [[243.5 * B, 'Plastics & Films  '], 1_248.8 * B, [19.5, 'Plastics & Films  ']], 'Plastics & Films 243.5 of 1,248.8 is its 19.5%'),
  entry(KISOGAWA, 'ratio', true, [[45.7 * B, 'Other  '], 1_248.8 * B, [3.7, 'Other  ']], 'Other 45.7 of 1,248.8 is its 3.7%'),
  { ...entry(KISOGAWA, 'ratio', true, [92_480 * M, 1_248_760 * M, 92.5 * B, 1_248.8 * B, 7.4], 'operating profit 92,480 of net sales 1,248,760 million yen (¥92.5 of ¥1,248.8 billion) is the stated operating margin 7.4% (the President\'s message and at a glance)'), atLeast: 3 },
  { ...entry(KISOGAWA, 'ratio', true, [84_260 * M, 1_186_420 * M, 1_186.4 * B, [7.1, '(FY2022: ']], 'FY2022 operating profit 84,260 of net sales 1,186,420 million yen is the stated 7.1%'), atLeast: 3 },
  entry(KISOGAWA, 'sum', true, [1_404_660, 816_420, 588_240], 'FY2022 Scope 1 816,420 + Scope 2 588,240 = 1,404,660 t-CO2'),
  entry(KISOGAWA, 'sum', true, [1_310_440, 779_380, 531_060], 'FY2023 Scope 1 779,380 + Scope 2 531,060 = 1,310,440 t-CO2'),
  entry(KISOGAWA, 'sum', true, [[21_846, 'Employees  '], 12_604, 9_242], 'employees FY2022: Japan 12,604 + Overseas 9,242 = 21,846'),
  entry(KISOGAWA, 'sum', true, [22_418, 12_826, 9_592], 'employees FY2023: Japan 12,826 + Overseas 9,592 = 22,418'),
  entry(KISOGAWA, 'ratio', true, [9_592, 22_418, 42.8], '9,592 of 22,418 employees outside Japan is the stated (42.8%)'),
  entry(KISOGAWA, 'ratio', true, [486, 1_664, [29.2, 'Renewable electricity reached ']], 'renewable electricity 486 of 1,664 GWh is the stated 29.2%'),
  entry(KISOGAWA, 'ratio', true, [96, 315.6, 30.4], 'dividend ¥96 of EPS ¥315.6 is the stated payout ratio 30.4%'),
  entry(KISOGAWA, 'sum', true, [68.9 * B, 41.2 * B, 18.6 * B, 9.1 * B], 'capital expenditure ¥68.9 billion = 41.2 + 18.6 + 9.1'),
  entry(KISOGAWA, 'change', true, [1_186_420 * M, 1_248_760 * M, 5.3], 'net sales 1,186,420 -> 1,248,760 million yen is its YoY 5.3% (and the text\'s up 5.3%)'),
  entry(KISOGAWA, 'change', true, [84_260 * M, 92_480 * M, 9.8], 'operating profit 84,260 -> 92,480 is its YoY 9.8% (and the text\'s increased 9.8%)'),
  entry(KISOGAWA, 'change', true, [88_940 * M, 95_120 * M, 6.9], 'ordinary profit 88,940 -> 95,120 is its YoY 6.9%'),
  entry(KISOGAWA, 'change', true, [72_640 * M, 68_940 * M, -5.1], 'capital expenditure 72,640 -> 68,940 is its YoY △5.1% (a fall)'),
  entry(KISOGAWA, 'change', true, [41_820 * M, 44_560 * M, 6.6], 'R&D expenses 41,820 -> 44,560 is its YoY 6.6%'),
  entry(KISOGAWA, 'change', true, [412.6 * B, 438.2 * B, 6.2], 'Performance Chemicals 412.6 -> 438.2 is the stated rose 6.2%'),
  entry(KISOGAWA, 'change', true, [298.4 * B, 326.8 * B, 9.5], 'Electronic Materials 298.4 -> 326.8 is the stated grew 9.5%'),
  entry(KISOGAWA, 'change', true, [241.8 * B, 243.5 * B, 0.7], 'Plastics & Films 241.8 -> 243.5 is the stated up 0.7%'),
  entry(KISOGAWA, 'change', true, [1_404_660, 1_310 * K, 6.7], 'Scope 1+2 1,404,660 -> 1,310 thousand t-CO2 is the stated down 6.7%'),
  entry(KISOGAWA, 'change', true, [1_466_540, 1_310 * K, 10.6], 'Scope 1+2 FY2021 1,466,540 -> 1,310 thousand t-CO2 is the stated 10.6% below'),
  entry(KISOGAWA, 'change', true, [816_420, 779_380, 4.5], 'Scope 1 816,420 -> 779,380 is the stated fell 4.5%'),
  entry(KISOGAWA, 'change', true, [23.6, 29.2, 5.6], 'renewable electricity ratio 23.6% -> 29.2% is the stated up 5.6 points'),
  entry(KISOGAWA, 'change', true, [6.8, 8.1, 1.3], 'female managers 6.8% -> 8.1% is the stated up 1.3 points'),
  entry(KISOGAWA, 'change', true, [21_846, 22_418, 2.6], 'employees 21,846 -> 22,418 is the stated grew 2.6%'),
  entry(KISOGAWA, 'change', true, [12_604, 12_826, 1.8], 'employees in Japan 12,604 -> 12,826 is the stated 1.8%'),

  // 中国远桥银行 Yuanqiao Bank of China: a state-owned bank's 社会责任报告 in Chinese and English
  entry(YUANQIAO_ZH, 'change', false, [[628.6 * YI, '创业担保贷款\t'], 742.8 * YI, [12.8, '创业担保贷款\t']], 'planted: 表2 创业担保贷款 628.6 -> 742.8 亿元 is +18.2%, its 同比增长 cell 12.8%'),
  entry(YUANQIAO_EN, 'change', false, [[628.6 * YI, 'Business start-up guaranteed loans\t'], 742.8 * YI, [12.8, 'Business start-up guaranteed loans\t']], 'planted: the English Table 2 start-up guaranteed loans 628.6 -> 742.8 (RMB100 million) is +18.2%, its Growth cell 12.8% (copied from the Chinese)'),
  { ...entry(YUANQIAO_ZH, 'ratio', false, [1.86 * T, 18_642.6 * YI, [25_670 * YI, '合计\t'], [76.2, '占普惠金融领域贷款的']], 'planted: 普惠型小微企业贷款 1.86 万亿元 (18,642.6 亿元) of 普惠金融领域贷款 25,670.0 亿元 is 72.6% (表2\'s cell), stated 76.2%'), atLeast: 3 },
  entry(YUANQIAO_ZH, 'consistency', false, [[1_024.4 * YI, '纳税总额'], [1_042.4 * YI, '纳税总额']], 'planted: 纳税总额 1,024.4 亿元 in the text, 1,042.4 in the 关键绩效表 (digits swapped)'),
  across(YUANQIAO_ZH, [[2_000, '超过']], YUANQIAO_EN, [[2_000, 'nearly ']], 'planted: 超过 2,000 个县域 in the Chinese, nearly 2,000 counties in the English (a turned qualifier)'),
  entry(YUANQIAO_ZH, 'consistency', false, [[1.86 * YI, '无偿帮扶资金'], [1_860 * WAN, '无偿帮扶资金']], 'planted: 向定点帮扶县投入无偿帮扶资金 1.86 亿元 in 乡村振兴, 1,860 万元 in 员工与社区 (a 万 / 亿 slip)'),
  entry(YUANQIAO_ZH, 'sum', false, [[14_062, '营业网点'], 5_826, 8_263], 'planted: 营业网点 14,062 of 县域 5,826 + 城市 8,263 = 14,089 (8,236 mistyped)'),
  entry(YUANQIAO_ZH, 'ratio', false, [3.82 * WAN, 446_218, [8.2, '占员工总数的']], 'planted: 少数民族员工 3.82 万 of 446,218 is 8.6%, stated 8.2%'),
  entry(YUANQIAO_EN, 'sum', false, [1_278.6 * B, 521.4 * B, 386.2 * B, 194.6 * B, [167.4 * B, 'other green industries RMB']], 'planted: the English green loans 521.4 + 386.2 + 194.6 + 167.4 = 1,269.6, stated RMB1,278.6 billion (other 176.4 mistyped 167.4)'),
  across(YUANQIAO_ZH, [[1_764 * YI, '其他绿色产业贷款']], YUANQIAO_EN, [[167.4 * B, 'other green industries RMB']], 'planted: 其他绿色产业贷款 1,764 亿元 (RMB176.4 billion) in the Chinese, RMB167.4 billion in the English (digits swapped)'),
  across(YUANQIAO_ZH, [[142.6 * WAN, '小微企业贷款客户']], YUANQIAO_EN, [[14.26 * M, 'serving ']], 'planted: 普惠型小微企业贷款客户 142.6 万户 (1.426 million) in the Chinese, 14.26 million borrowers in the English (a scale slip)'),
  entry(YUANQIAO_EN, 'change', false, [7_128.4 * YI, 701.28 * B, [1.2, 'Operating income fell']], 'planted: the English operating income 7,128.4 (KPI table 2022, RMB100 million) -> RMB701.28 billion is -1.6%, stated fell 1.2%'),
  across(YUANQIAO_ZH, [[1.6, '同比下降']], YUANQIAO_EN, [[1.2, 'Operating income fell']], 'planted: 营业收入 同比下降 1.6% in the Chinese, fell 1.2% in the English'),
  entry(YUANQIAO_ZH, 'sum', true, [[20_418 * YI, '合计\t'], 14_514.2 * YI, 4_862.8 * YI, 628.6 * YI, 412.4 * YI], '表2 2022年末: 14,514.2 + 4,862.8 + 628.6 + 412.4 = 20,418.0 亿元'),
  entry(YUANQIAO_ZH, 'sum', true, [[25_670 * YI, '合计\t'], 18_642.6 * YI, 5_816.4 * YI, 742.8 * YI, 468.2 * YI], '表2 2023年末: 18,642.6 + 5,816.4 + 742.8 + 468.2 = 25,670.0 亿元'),
  entry(YUANQIAO_ZH, 'ratio', true, [18_642.6 * YI, 25_670 * YI, [72.6, '普惠型小微企业贷款\t']], '表2 普惠型小微企业贷款 18,642.6 of 25,670.0 is its 72.6%'),
  entry(YUANQIAO_ZH, 'ratio', true, [5_816.4 * YI, 25_670 * YI, 22.7], '表2 普惠型农户生产经营性贷款 5,816.4 of 25,670.0 is its 22.7%'),
  entry(YUANQIAO_ZH, 'ratio', true, [742.8 * YI, 25_670 * YI, 2.9], '表2 创业担保贷款 742.8 of 25,670.0 is its 2.9%'),
  entry(YUANQIAO_ZH, 'ratio', true, [468.2 * YI, 25_670 * YI, 1.8], '表2 国家助学贷款 468.2 of 25,670.0 is its 1.8%'),
  entry(YUANQIAO_ZH, 'sum', true, [12_786 * YI, 5_214 * YI, 3_862 * YI, 1_946 * YI, 1_764 * YI], '绿色贷款 12,786.0 亿元 = 5,214 + 3,862 + 1,946 + 1,764 (其中)'),
  entry(YUANQIAO_ZH, 'ratio', true, [12_786 * YI, 203_486.2 * YI, 6.3], '绿色贷款 12,786.0 of 各项贷款 203,486.2 亿元 is the stated 6.3%'),
  entry(YUANQIAO_ZH, 'sum', true, [62.48 * WAN, 8.62 * WAN, 53.86 * WAN], '关键绩效表 2021: 范围一 8.62 + 范围二 53.86 = 62.48 万吨'),
  entry(YUANQIAO_ZH, 'sum', true, [59.86 * WAN, 8.14 * WAN, 51.72 * WAN], '关键绩效表 2022: 8.14 + 51.72 = 59.86 万吨'),
  entry(YUANQIAO_ZH, 'sum', true, [57.24 * WAN, 7.86 * WAN, 49.38 * WAN], '2023: 范围一 7.86 + 范围二 49.38 = 57.24 万吨 (the text and the 关键绩效表)'),
  entry(YUANQIAO_ZH, 'ratio', true, [24.6 * WAN, 446_218, 55.1], '女性员工 24.6 万 of 446,218 is the stated 占比 55.1%'),
  entry(YUANQIAO_EN, 'sum', true, [[20_418 * YI, 'Total\t'], 14_514.2 * YI, 4_862.8 * YI, 628.6 * YI, 412.4 * YI], 'the English Table 2 end of 2022: 14,514.2 + 4,862.8 + 628.6 + 412.4 = 20,418.0 (RMB100 million)'),
  entry(YUANQIAO_EN, 'sum', true, [[25_670 * YI, 'Total\t'], 18_642.6 * YI, 5_816.4 * YI, 742.8 * YI, 468.2 * YI], 'the English Table 2 end of 2023: 18,642.6 + 5,816.4 + 742.8 + 468.2 = 25,670.0 (RMB100 million)'),
  entry(YUANQIAO_EN, 'ratio', true, [18_642.6 * YI, 25_670 * YI, [72.6, 'Inclusive loans to MSEs\t']], 'the English Table 2 MSE loans 18,642.6 of 25,670.0 is its 72.6%'),
  entry(YUANQIAO_EN, 'ratio', true, [5_816.4 * YI, 25_670 * YI, 22.7], 'the English Table 2 farmers\' loans 5,816.4 of 25,670.0 is its 22.7%'),
  entry(YUANQIAO_EN, 'ratio', true, [742.8 * YI, 25_670 * YI, 2.9], 'the English Table 2 start-up guaranteed loans 742.8 of 25,670.0 is its 2.9%'),
  entry(YUANQIAO_EN, 'ratio', true, [468.2 * YI, 25_670 * YI, 1.8], 'the English Table 2 student loans 468.2 of 25,670.0 is its 1.8%'),
  { ...entry(YUANQIAO_EN, 'ratio', true, [1_278.6 * B, 20.35 * T, 203_486.2 * YI, 6.3], 'green loans RMB1,278.6 billion of total loans RMB20.35 trillion (203,486.2 RMB100 million) is the stated 6.3%'), atLeast: 3 },
  entry(YUANQIAO_EN, 'sum', true, [572_400, 78_600, 493_800], 'the English GHG 572,400 = Scope 1 78,600 + Scope 2 493,800 tonnes'),
  entry(YUANQIAO_EN, 'sum', true, [62.48 * WAN, 8.62 * WAN, 53.86 * WAN], 'the English KPI table 2021 (10,000 tCO2e): 8.62 + 53.86 = 62.48'),
  entry(YUANQIAO_EN, 'sum', true, [59.86 * WAN, 8.14 * WAN, 51.72 * WAN], 'the English KPI table 2022: 8.14 + 51.72 = 59.86'),
  entry(YUANQIAO_EN, 'sum', true, [57.24 * WAN, 7.86 * WAN, 49.38 * WAN], 'the English KPI table 2023: 7.86 + 49.38 = 57.24'),
  entry(YUANQIAO_ZH, 'change', true, [7_128.4 * YI, 7_012.8 * YI, 1.6], '营业收入 7,128.4 -> 7,012.8 亿元 is the stated 同比下降 1.6%'),
  entry(YUANQIAO_ZH, 'change', true, [2_618.4 * YI, 2_664.6 * YI, 1.8], '净利润 2,618.4 -> 2,664.6 亿元 is the stated 同比增长 1.8%'),
  entry(YUANQIAO_ZH, 'change', true, [184_862.6 * YI, 203_486.2 * YI, 10.1], '各项贷款 184,862.6 -> 203,486.2 亿元 is the stated 同比增长 10.1%'),
  entry(YUANQIAO_ZH, 'change', true, [1.86 * T, 4_128.4 * YI, 28.4], '普惠型小微企业贷款 1.86 万亿元, 较上年末增加 4,128.4 亿元 on 14,514.2, is the stated 增长 28.4%'),
  entry(YUANQIAO_ZH, 'change', true, [4.28, 3.86, 0.42], '平均利率 4.28% -> 3.86% is the stated 下降 0.42 个百分点'),
  entry(YUANQIAO_ZH, 'change', true, [4_862.8 * YI, 5_816.4 * YI, 19.6], '表2 普惠型农户生产经营性贷款 4,862.8 -> 5,816.4 is its 19.6%'),
  entry(YUANQIAO_ZH, 'change', true, [412.4 * YI, 468.2 * YI, 13.5], '表2 国家助学贷款 412.4 -> 468.2 is its 13.5%'),
  entry(YUANQIAO_ZH, 'change', true, [20_418 * YI, 25_670 * YI, 25.7], '表2 合计 20,418.0 -> 25,670.0 is its 25.7%'),
  entry(YUANQIAO_ZH, 'change', true, [27_286.4 * YI, 31_246.8 * YI, 14.5], '涉农贷款 27,286.4 -> 31,246.8 亿元 is the stated 增长 14.5%'),
  entry(YUANQIAO_ZH, 'change', true, [10_284.6 * YI, 12_786 * YI, 24.3], '绿色贷款 10,284.6 -> 12,786.0 亿元 is the stated 增长 24.3%'),
  entry(YUANQIAO_ZH, 'change', true, [59.86 * WAN, 57.24 * WAN, 4.4], '温室气体排放总量 59.86 -> 57.24 万吨 is the stated 同比下降 4.4%'),
  entry(YUANQIAO_ZH, 'change', true, [3_714 * WAN, 3_596 * WAN, 3.2], '总部办公用电量 3,714 -> 3,596 万千瓦时 is the stated 同比下降 3.2%'),
  entry(YUANQIAO_ZH, 'change', true, [21_684 * WAN, 2.49 * YI, 14.7], '对外捐赠 21,684 万元 -> 2.49 亿元 (24,862 万元) is the stated 同比增长 14.7%'),
  entry(YUANQIAO_EN, 'change', true, [2_618.4 * YI, 266.46 * B, 1.8], 'the English net profit 2,618.4 (RMB100 million) -> RMB266.46 billion is the stated rose 1.8%'),
  entry(YUANQIAO_EN, 'change', true, [1.86 * T, 412.84 * B, 28.4], 'the English MSE loans RMB1.86 trillion, up RMB412.84 billion on 1,451.42, is the stated 28.4%'),
  entry(YUANQIAO_EN, 'change', true, [4.28, 3.86, 0.42], 'the English average rate 4.28% -> 3.86% is the stated down 0.42 percentage points'),
  entry(YUANQIAO_EN, 'change', true, [4_862.8 * YI, 5_816.4 * YI, 19.6], 'the English Table 2 farmers\' loans 4,862.8 -> 5,816.4 is its 19.6%'),
  entry(YUANQIAO_EN, 'change', true, [20_418 * YI, 25_670 * YI, 25.7], 'the English Table 2 total 20,418.0 -> 25,670.0 is its 25.7%'),
  entry(YUANQIAO_EN, 'change', true, [10_284.6 * YI, 1_278.6 * B, 24.3], 'the English green loans 10,284.6 (RMB100 million) -> RMB1,278.6 billion is the stated up 24.3%'),
  entry(YUANQIAO_EN, 'change', true, [59.86 * WAN, 572_400, 4.4], 'the English GHG 59.86 (10,000 tCO2e) -> 572,400 tonnes is the stated down 4.4%'),
  entry(YUANQIAO_EN, 'change', true, [21_684 * WAN, 248.62 * M, 14.7], 'the English donations 21,684 (RMB10,000) -> RMB248.62 million is the stated rose 14.7%'),

  // Valkenhof Retail Group: a European food retailer's CSRD sustainability statement (ESRS)
  entry(VALKENHOF, 'sum', false, [[15_698_400, 'Total Gross indirect (Scope 3) GHG emissions'], 13_412_800, 618_400, 91_200, [128_900, '7 Employee commuting'], 1_186_300, 206_800], 'planted: Scope 3 categories 2023 add to 15,644,400, the Scope 3 total 15,698,400 (category 7 182,900 mistyped 128,900)'),
  entry(VALKENHOF, 'change', false, [186_400, [128_900, '7 Employee commuting'], [-1.9, '7 Employee commuting']], 'planted: category 7 186,400 -> 128,900 tCO2e is -30.8%, its % N / N-1 cell -1.9%'),
  entry(VALKENHOF, 'change', false, [356_800, 338_400, [2.5, 'Gross Scope 1 emissions fell ']], 'planted: Scope 1 356,800 -> 338,400 tCO2e is -5.2% (its cell), stated fell 2.5%'),
  entry(VALKENHOF, 'consistency', false, [[2.5, 'Gross Scope 1 emissions fell '], -5.2], 'the same slip against E1-6\'s change column: the text\'s fell 2.5% vs the table\'s -5.2% (added in session 26 when the checks first reported it, a true disagreement keyed as batches 20 and 30 key one)'),
  entry(VALKENHOF, 'ratio', false, [1_186_300, 15_698_400, [6.7, 'category 11, ']], 'planted: category 11 1,186,300 of Scope 3 15,698,400 is 7.6%, stated 6.7%'),
  entry(VALKENHOF, 'ratio', false, [1_124_800, 2_486_400, [42.5, 'Share of fossil sources']], 'planted: fossil 1,124,800 of 2,486,400 MWh is 45.2%, its share row 42.5'),
  entry(VALKENHOF, 'ratio', false, [[18_640, 'France  '], 148_620, [15.2, 'France  ']], 'planted: France 18,640 of 148,620 is 12.5%, its % of total cell 15.2%'),
  { ...entry(VALKENHOF, 'sum', false, [100, 35.3, 16.7, 25.9, 15.2, 9.6], 'the same slip: S1-6\'s % of total column 35.3 + 16.7 + 25.9 + 15.2 + 9.6 = 102.7, its Total 100.0%'), atLeast: 5 },
  entry(VALKENHOF, 'consistency', false, [[3_500, 'more than '], [3_412, 'Stores  ']], 'planted: `more than 3,500 stores` in the text, 3,412 stores at a glance (a qualifier that does not hold)'),
  entry(VALKENHOF, 'consistency', false, [[6_842, 'fell 8.6% to '], [68_420, 'Food waste (included above)']], 'planted: food waste 6,842 tonnes in the text, 68,420 in the E5-5 table (a scale slip)'),
  entry(VALKENHOF, 'change', false, [74_860, [6_842, 'fell 8.6% to '], [8.6, 'Food waste fell ']], 'planted: food waste 74,860 (E5-5 2022) -> 6,842 tonnes is -90.9%, stated fell 8.6% (the slip breaks its change)'),
  entry(VALKENHOF, 'ratio', false, [86 * M, 684 * M, [14.8, 'OpEx €86 million, ']], 'planted: Taxonomy-aligned OpEx €86 of €684 million is 12.6%, stated 14.8%'),
  entry(VALKENHOF, 'consistency', false, [[426_400, 'Scope 2 emissions were '], [462_400, 'Gross location-based Scope 2 GHG emissions']], 'planted: location-based Scope 2 426,400 tCO2e in the text, 462,400 in the E1-6 table (digits swapped)'),
  entry(VALKENHOF, 'sum', true, [16_843_000, 14_286_400, 702_600, 118_200, 194_800, 1_312_400, 228_600], 'E1-6 2019: Scope 3 categories add to 16,843,000'),
  entry(VALKENHOF, 'sum', true, [16_254_200, 13_864_200, 642_100, 98_600, 186_400, 1_248_600, 214_300], 'E1-6 2022: Scope 3 categories add to 16,254,200'),
  entry(VALKENHOF, 'sum', true, [17_780_400, 412_600, 524_800, 16_843_000], 'E1-6 2019: Scope 1 + location-based Scope 2 + Scope 3 = 17,780,400'),
  entry(VALKENHOF, 'sum', true, [17_097_200, 356_800, 486_200, 16_254_200], 'E1-6 2022: 356,800 + 486,200 + 16,254,200 = 17,097,200 (location-based)'),
  entry(VALKENHOF, 'sum', true, [16_499_200, 338_400, 462_400, 15_698_400], 'E1-6 2023: 338,400 + 462,400 + 15,698,400 = 16,499,200 (location-based)'),
  entry(VALKENHOF, 'sum', true, [17_653_800, 412_600, 398_200, 16_843_000], 'E1-6 2019: Scope 1 + market-based Scope 2 + Scope 3 = 17,653,800'),
  entry(VALKENHOF, 'sum', true, [16_825_800, 356_800, 214_800, 16_254_200], 'E1-6 2022: 356,800 + 214,800 + 16,254,200 = 16,825,800 (market-based)'),
  entry(VALKENHOF, 'sum', true, [16_205_400, 338_400, 168_600, 15_698_400], 'E1-6 2023: 338,400 + 168,600 + 15,698,400 = 16,205,400 (market-based)'),
  entry(VALKENHOF, 'sum', true, [507_000, 338_400, 168_600], 'Scope 1 and 2 (market-based) 507,000 = 338,400 + 168,600'),
  { ...entry(VALKENHOF, 'ratio', true, [15_698_400, 16_205_400, 16.2 * M, 96.9], 'Scope 3 15,698,400 of the market-based total 16,205,400 (16.2 million) is the stated 96.9%'), atLeast: 3 },
  entry(VALKENHOF, 'ratio', true, [13_412_800, 15_698_400, 85.4], 'category 1 13,412,800 of Scope 3 15,698,400 is the stated 85.4%'),
  entry(VALKENHOF, 'ratio', true, [618_400, 15_698_400, [3.9, 'category 4, ']], 'category 4 618,400 of Scope 3 15,698,400 is the stated 3.9%'),
  entry(VALKENHOF, 'ratio', true, [16_205_400, 29_614 * M, 547.2], 'GHG intensity 2023: market-based 16,205,400 tCO2e over €29,614 million is its 547.2 per € million'),
  entry(VALKENHOF, 'ratio', true, [16_499_200, 29_614 * M, 557.1], 'GHG intensity 2023: location-based 16,499,200 over €29,614 million is its 557.1'),
  entry(VALKENHOF, 'ratio', true, [16_825_800, 28_126 * M, 598.2], 'GHG intensity 2022: market-based 16,825,800 over €28,126 million is its 598.2'),
  entry(VALKENHOF, 'ratio', true, [17_097_200, 28_126 * M, 607.9], 'GHG intensity 2022: location-based 17,097,200 over €28,126 million is its 607.9'),
  entry(VALKENHOF, 'sum', true, [2_486_400, 1_124_800, 186_200, 1_175_400], 'E1-5: fossil 1,124,800 + nuclear 186,200 + renewable 1,175,400 = 2,486,400 MWh'),
  entry(VALKENHOF, 'ratio', true, [186_200, 2_486_400, 7.5], 'nuclear 186,200 of 2,486,400 MWh is its share row 7.5'),
  entry(VALKENHOF, 'ratio', true, [1_175_400, 2_486_400, 47.3], 'renewable 1,175,400 of 2,486,400 MWh is its share row 47.3'),
  entry(VALKENHOF, 'ratio', true, [2_486_400, 29_614 * M, 84.0], 'energy intensity 2,486,400 MWh over €29,614 million is its 84.0 per € million'),
  entry(VALKENHOF, 'sum', true, [431_260, 326_480, 104_780], 'E5-5 2022: diverted 326,480 + directed to disposal 104,780 = 431,260 tonnes'),
  entry(VALKENHOF, 'sum', true, [412_860, 318_240, 94_620], 'E5-5 2023: diverted 318,240 + directed to disposal 94,620 = 412,860 tonnes'),
  entry(VALKENHOF, 'ratio', true, [318_240, 412_860, 77.1], 'diverted 318,240 of 412,860 tonnes is the stated 77.1%'),
  entry(VALKENHOF, 'ratio', true, [326_480, 431_260, 75.7], 'diverted 2022 326,480 of 431,260 tonnes is the stated (2022: 75.7%)'),
  entry(VALKENHOF, 'sum', true, [[148_620, 'Total  '], 52_480, 24_860, 38_420, [18_640, 'France  '], 14_220], 'S1-6: employees by country add to 148,620'),
  entry(VALKENHOF, 'ratio', true, [52_480, 148_620, 35.3], 'Netherlands 52,480 of 148,620 is its 35.3%'),
  entry(VALKENHOF, 'ratio', true, [24_860, 148_620, 16.7], 'Belgium 24,860 of 148,620 is its 16.7%'),
  entry(VALKENHOF, 'ratio', true, [38_420, 148_620, 25.9], 'Germany 38,420 of 148,620 is its 25.9%'),
  entry(VALKENHOF, 'ratio', true, [14_220, 148_620, 9.6], 'Other 14,220 of 148,620 is its 9.6%'),
  entry(VALKENHOF, 'sum', true, [148_620, 84_620, 63_780, 220], 'employees 148,620 = 84,620 women + 63,780 men + 220 not reported'),
  entry(VALKENHOF, 'ratio', true, [84_620, 148_620, 56.9], '84,620 women of 148,620 is the stated (56.9%)'),
  entry(VALKENHOF, 'ratio', true, [63_780, 148_620, 42.9], '63,780 men of 148,620 is the stated (42.9%)'),
  entry(VALKENHOF, 'ratio', true, [220, 148_620, 0.1], '220 of 148,620 is the stated (0.1%)'),
  entry(VALKENHOF, 'ratio', true, [31_486, 148_620, 21.2], '31,486 leavers of 148,620 is the stated turnover rate 21.2%'),
  entry(VALKENHOF, 'ratio', true, [2_742 * M, 29_614 * M, 9.3], 'Taxonomy-eligible turnover €2,742 of €29,614 million is the stated 9.3%'),
  entry(VALKENHOF, 'ratio', true, [412 * M, 1_648 * M, 25.0], 'Taxonomy-aligned CapEx €412 of €1,648 million is the stated (25.0%)'),
  entry(VALKENHOF, 'change', true, [28_126 * M, 29_614 * M, 5.3], 'net revenue €28,126 -> €29,614 million is the stated rose 5.3% (and +5.3% at a glance)'),
  entry(VALKENHOF, 'change', true, [356_800, 338_400, -5.2], 'E1-6 Scope 1 356,800 -> 338,400 is its -5.2%'),
  entry(VALKENHOF, 'change', true, [486_200, 462_400, -4.9], 'E1-6 location-based Scope 2 486,200 -> 462,400 is its -4.9%'),
  entry(VALKENHOF, 'change', true, [214_800, 168_600, -21.5], 'E1-6 market-based Scope 2 214,800 -> 168,600 is its -21.5% (and the text\'s fell 21.5%)'),
  entry(VALKENHOF, 'change', true, [13_864_200, 13_412_800, -3.3], 'E1-6 category 1 13,864,200 -> 13,412,800 is its -3.3%'),
  entry(VALKENHOF, 'change', true, [642_100, 618_400, -3.7], 'E1-6 category 4 642,100 -> 618,400 is its -3.7%'),
  entry(VALKENHOF, 'change', true, [98_600, 91_200, -7.5], 'E1-6 category 5 98,600 -> 91,200 is its -7.5%'),
  entry(VALKENHOF, 'change', true, [1_248_600, 1_186_300, -5.0], 'E1-6 category 11 1,248,600 -> 1,186,300 is its -5.0%'),
  entry(VALKENHOF, 'change', true, [214_300, 206_800, -3.5], 'E1-6 category 12 214,300 -> 206,800 is its -3.5%'),
  entry(VALKENHOF, 'change', true, [16_254_200, 15_698_400, -3.4], 'E1-6 Scope 3 16,254,200 -> 15,698,400 is its -3.4%'),
  entry(VALKENHOF, 'change', true, [17_097_200, 16_499_200, -3.5], 'E1-6 location-based total 17,097,200 -> 16,499,200 is its -3.5%'),
  entry(VALKENHOF, 'change', true, [16_825_800, 16_205_400, -3.7], 'E1-6 market-based total 16,825,800 -> 16,205,400 is its -3.7% (and the text\'s 3.7% lower)'),
  entry(VALKENHOF, 'change', true, [607.9, 557.1, -8.3], 'location-based intensity 607.9 -> 557.1 is its -8.3%'),
  entry(VALKENHOF, 'change', true, [598.2, 547.2, -8.5], 'market-based intensity 598.2 -> 547.2 is its -8.5%'),
  entry(VALKENHOF, 'change', true, [431_260, 412_860, 4.3], 'total waste 431,260 -> 412,860 tonnes is the stated fell 4.3%'),
  entry(VALKENHOF, 'change', true, [75.7, 77.1, 1.4], 'diverted share 75.7% -> 77.1% is the stated up 1.4 percentage points'),
];
