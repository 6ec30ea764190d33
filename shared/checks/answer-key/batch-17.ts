// The seventeenth blind batch: four engagements in layouts outside batches 1–16, written as their
// published reports read (PDF text: wrapped lines, page footers, tables flattened to tabs): a Chinese
// 医药 group's 员工 chapter (表5-1 with 按学历 and 按年龄 breakdowns under one 员工总数, prose restating it
// with shares and a change, training spend and hours per head, a 关键绩效 block); an English water
// utility's annual performance report (properties served, leakage with its change as a rate and an
// amount, a performance-commitments table with a Change column, water put into supply by component,
// totex after `comprised`); a Taiwanese electronics maker's 溫室氣體 page in traditional Chinese
// (表4-2 with 範疇一/二, a 範疇一＋範疇二合計 row and 範疇三 over three years, 減量 against a base year,
// 排放密集度, electricity in 萬度 beside a table in MWh); an English insurer's sustainable investment
// mix in its sustainability report and a separate ESG data appendix (AUM, Table A3 by type with a share
// column, financed emissions in Mt in the text and kt in the appendix).
// Planted (as real drafts slip): table totals that do not add (30-50岁 11,462 for 11,426 under 19,872;
// 2022 範疇一＋範疇二合計 265,666 for 256,666; water put into supply 1,584.4 for 1,575.4); sentence sums
// that miss (green bonds £5.8 billion of 2.4 + 1.9 + 1.2); stated changes that do not compute (员工 增加
// 8.7%, 7.8; social tariff `rose 21.4%`, 18.8; mains bursts' Change cell -7.4%, -5.8; 範疇二 減少 8.2%,
// 7.2; renewable infrastructure `grew 45%`, 31.8); shares that do not compute (研发人员 4,216 of 19,872
// `23.1%`, 21.2; non-household 98,700 of 1,561,000 `6.9%`, 6.3; 再生能源 4,862 of 40,512 萬度 `12.8%`,
// 12.0; Table A3's social bonds `24.1%`, 21.4); one metric two ways (大专及以下 7,646 in the text, 7,464
// in the table; per capita consumption 148.1 in the text, 141.8 in the table; 排放密集度 2.74 in the text,
// 2.47 in the table; AUM £79.2 billion in the report, 72,900 £ million in the appendix); a 万 scale slip
// (培训投入 2,856 万元 in the text, 285.6 万元 in the 关键绩效 block) and a 萬度 / MWh one (總用電量 40,512
// 萬度 in the text, 40,512 MWh in 表4-3); a turned qualifier (nearly 13,500 km of mains, then over 13,500
// km; `nearly 250` companies engaged, 253 in the appendix).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: 38.62 亿元 against 386,200 万元; 4,862 萬度 against 48,620 MWh; £14.6
// billion against 14,610 £ million, £4.6 billion against 4,612, 2.41 MtCO2e against 2,410 ktCO2e; the 8%,
// 42% and 50% targets; 486 博士 in the text (the whole group's, as the table's); 2022's columns beside
// the text's 2023 figures; 171.6 Ml/d in the text and in both tables.

import type { Engagement } from './key';
import { across, B, engagements, entry, M, WAN } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b17';
const KANGHUA = 'kanghua-pharma-esg-2023.txt';
const TAMWELL = 'tamwell-water-annual-performance-2023-24.txt';
const HUAJING = 'huajing-optoelectronics-sustainability-2023.txt';
const NORTHGATE = 'northgate-mutual-sustainability-2023.txt';
const APPENDIX = 'northgate-mutual-esg-data-appendix-2023.txt';

export const BATCH_17_ENGAGEMENTS: Engagement[] = engagements(DIR, [KANGHUA, TAMWELL, HUAJING, [NORTHGATE, APPENDIX]]);

export const BATCH_17_KEY: KeyEntry[] = [
  // 康华医药: a Chinese pharmaceutical group's 员工 chapter
  entry(KANGHUA, 'sum', false, [[19_872, '员工总数\t18,426\t'], [6_548, '30岁以下\t6,210\t'], [11_462, '30-50岁\t10,384\t'], [1_898, '50岁以上\t1,832\t']], 'planted: 表5-1 2023 by age 6,548 + 11,462 + 1,898 = 19,908, 员工总数 19,872 (30-50岁 11,426 with digits swapped)'),
  entry(KANGHUA, 'change', false, [[18_426, '员工总数\t'], [19_872, '共有员工'], [8.7, '增加8.7']], 'planted: 员工总数 18,426 (table) -> 19,872 is +7.8%, stated 较上年增加 8.7%'),
  entry(KANGHUA, 'ratio', false, [4_216, 19_872, 23.1], 'planted: 研发人员 4,216 of 19,872 is 21.2%, stated 占员工总数的 23.1%'),
  entry(KANGHUA, 'consistency', false, [[7_646, '大专及以下学历员工'], [7_464, '大专及以下\t7,056\t']], 'planted: 大专及以下学历员工 7,646 in the text, 7,464 for 2023 in 表5-1 (digits swapped)'),
  entry(KANGHUA, 'consistency', false, [[2_856 * WAN, '全年培训投入'], [285.6 * WAN, '培训投入：']], 'planted: 培训投入 2,856 万元 in the text, 285.6 万元 in the 关键绩效 block (a scale slip)'),
  entry(KANGHUA, 'ratio', true, [10_538, 19_872, 53.0], '女性 10,538 of 19,872 is the stated 53.0%'),
  entry(KANGHUA, 'change', true, [[9_614, '其中：女性\t'], 10_538, [9.6, '增长9.6']], '女性 9,614 (table) -> 10,538 is the stated 增长 9.6%'),
  entry(KANGHUA, 'ratio', true, [12_408, 19_872, 62.4], '本科及以上 12,408 of 19,872 is the stated 62.4%'),
  entry(KANGHUA, 'sum', true, [12_408, [486, '博士\t412\t'], [2_604, '硕士\t2,318\t'], [9_318, '本科\t8,640\t']], '本科及以上 12,408 = 博士 486 + 硕士 2,604 + 本科 9,318 (table, 2023)'),
  entry(KANGHUA, 'ratio', true, [[6_548, '30岁以下员工'], 19_872, 33.0], '30岁以下 6,548 of 19,872 is the stated 33.0%'),
  entry(KANGHUA, 'sum', true, [[18_426, '员工总数\t'], 412, 2_318, 8_640, 7_056], '表5-1 2022 by 学历: 412 + 2,318 + 8,640 + 7,056 = 18,426'),
  entry(KANGHUA, 'sum', true, [[19_872, '员工总数\t18,426\t'], [486, '博士\t412\t'], [2_604, '硕士\t2,318\t'], [9_318, '本科\t8,640\t'], [7_464, '大专及以下\t7,056\t']], '表5-1 2023 by 学历: 486 + 2,604 + 9,318 + 7,464 = 19,872'),
  entry(KANGHUA, 'sum', true, [[18_426, '员工总数\t'], 6_210, 10_384, 1_832], '表5-1 2022 by age: 6,210 + 10,384 + 1,832 = 18,426'),
  entry(KANGHUA, 'ratio', true, [[2_856 * WAN, '全年培训投入'], 19_872, 1_437], '培训投入 2,856 万元 over 19,872 staff is the stated 人均 1,437 元'),
  entry(KANGHUA, 'ratio', true, [84.65 * WAN, 19_872, [42.6, '人均培训时长\n']], '培训总时长 84.65 万小时 over 19,872 staff is the stated 人均 42.6 小时'),

  // Tamwell Water: an English water utility's annual performance report
  entry(TAMWELL, 'ratio', false, [98_700, 1_561_000, 6.9], 'planted: non-household 98,700 of 1,561,000 properties is 6.3%, stated 6.9%'),
  entry(TAMWELL, 'change', false, [71_200, [84_600, 'rose 21.4% to'], 21.4], 'planted: social tariff 71,200 -> 84,600 is +18.8%, stated "rose 21.4%"'),
  entry(TAMWELL, 'consistency', false, [[148.1, 'consumption fell to'], [141.8, 'Per capita consumption (litres/person/day)\t143.2\t']], 'planted: per capita consumption 148.1 in the text, 141.8 for 2023/24 in Table 2'),
  entry(TAMWELL, 'consistency', false, [[13_500, 'nearly'], [13_500, 'our\nover']], 'planted: "nearly 13,500 km of water mains", then "over 13,500 km of mains" (a turned qualifier)'),
  entry(TAMWELL, 'change', false, [[126.8, 'Mains bursts'], [119.4, 'Mains bursts'], [-7.4, 'Mains bursts']], 'planted: mains bursts 126.8 -> 119.4 is -5.8%, its Change cell says -7.4%'),
  entry(TAMWELL, 'sum', false, [[1_584.4, 'Total water put into supply\t'], 912.6, 402.8, [171.6, 'Leakage\t'], 88.4], 'planted: Table 3 912.6 + 402.8 + 171.6 + 88.4 = 1,575.4, its total 1,584.4'),
  entry(TAMWELL, 'sum', true, [[1_561_000, 'across'], 1_462_300, [98_700, 'and']], 'properties: 1,462,300 household + 98,700 non-household = 1,561,000'),
  entry(TAMWELL, 'change', true, [[182.4, 'from'], [171.6, 'Leakage fell to'], [5.9, 'down']], 'leakage 182.4 -> 171.6 Ml/d is the stated fall of 5.9%'),
  entry(TAMWELL, 'change', true, [[182.4, 'from'], [171.6, 'Leakage fell to'], 10.8], 'leakage 182.4 -> 171.6 Ml/d is the stated 10.8 Ml/d lower'),
  entry(TAMWELL, 'ratio', true, [612_400, 1_462_300, 41.9], 'smart meters at 612,400 of 1,462,300 households is the stated 41.9%'),
  entry(TAMWELL, 'ratio', true, [186_400, 1_462_300, 12.7], 'Priority Services Register 186,400 of 1,462,300 households is the stated 12.7%'),
  entry(TAMWELL, 'sum', true, [642.8 * M, 318.4 * M, 196.2 * M, 128.2 * M], 'totex £642.8 million = 318.4 + 196.2 + 128.2'),
  entry(TAMWELL, 'change', true, [8.42, 6.15, -27.0], 'Table 2 supply interruptions 8.42 -> 6.15 is the -27.0% Change cell'),
  entry(TAMWELL, 'change', true, [1.46, 1.31, -10.3], 'Table 2 water quality contacts 1.46 -> 1.31 is the -10.3% Change cell'),

  // 華晶光電: a Taiwanese electronics maker's 溫室氣體 page
  entry(HUAJING, 'sum', false, [[265_666, '合計\t264,806\t'], [17_952, '範疇一\t18,426\t'], [238_714, '範疇二\t246,380\t']], 'planted: 表4-2 2022 範疇一 17,952 + 範疇二 238,714 = 256,666, its 合計 265,666'),
  entry(HUAJING, 'change', false, [[238_714, '範疇二\t246,380\t'], [221_536, '範疇二\t'], [8.2, '減少8.2']], 'planted: 範疇二 238,714 -> 221,536 (table) is -7.2%, stated 較2022年減少 8.2%'),
  entry(HUAJING, 'ratio', false, [[4_862 * WAN, '再生能源使用量'], [40_512 * WAN, '總用電量為'], 12.8], 'planted: 再生能源 4,862 of 總用電量 40,512 萬度 is 12.0%, stated 12.8%'),
  entry(HUAJING, 'consistency', false, [[40_512 * WAN, '總用電量為'], [40_512, '總用電量\t412,380\t']], 'planted: 總用電量 40,512 萬度 (405,120 MWh) in the text, 40,512 MWh in 表4-3 (a scale slip)'),
  entry(HUAJING, 'consistency', false, [[2.74, '密集度為'], [2.47, '百萬元營收）\t2.84\t2.61\t']], 'planted: 排放密集度 2.74 in the text, 2.47 for 2023 in 表4-2 (digits swapped)'),
  entry(HUAJING, 'change', false, [[2.61, '百萬元營收）\t2.84\t'], [2.74, '密集度為'], [5.4, '下降5.4']], 'the planted 2.74 also makes the stated 下降 5.4% wrong against 2022\'s 2.61 (it is 2.47 that fell 5.4%)'),
  entry(HUAJING, 'sum', true, [[264_806, '合計\t'], [18_426, '範疇一\t'], [246_380, '範疇二\t']], '表4-2 2021: 18,426 + 246,380 = 264,806'),
  entry(HUAJING, 'sum', true, [[238_410, '合計\t264,806\t265,666\t'], [16_874, '範疇一\t18,426\t17,952\t'], [221_536, '範疇二\t246,380\t238,714\t']], '表4-2 2023: 16,874 + 221,536 = 238,410'),
  entry(HUAJING, 'change', true, [[264_806, '合計\t'], [238_410, '合計為'], [10.0, '減少10.0']], '範疇一與範疇二 264,806 (2021, table) -> 238,410 is the stated 較基準年減少 10.0%'),
  entry(HUAJING, 'ratio', true, [[221_536, '範疇二\t246,380\t238,714\t'], [238_410, '合計為'], 92.9], '範疇二 221,536 of 238,410 is the stated 92.9%'),
  entry(HUAJING, 'change', true, [[17_952, '範疇一\t18,426\t'], [16_874, '範疇一\t18,426\t17,952\t'], [6.0, '減少6.0']], '範疇一 17,952 -> 16,874 (table) is the stated 減少 6.0%'),
  entry(HUAJING, 'sum', true, [[1_507_310, '排放總量為'], [238_410, '合計為'], [1_268_900, '範疇三\t1,284,600\t1,312,450\t']], '範疇一至三 1,507,310 = 238,410 + 範疇三 1,268,900'),
  entry(HUAJING, 'ratio', true, [[1_268_900, '範疇三\t1,284,600\t1,312,450\t'], [1_507_310, '排放總量為'], 84.2], '範疇三 1,268,900 of 1,507,310 is the stated 84.2%'),
  entry(HUAJING, 'sum', true, [[40_512 * WAN, '總用電量為'], 35_650 * WAN, [4_862 * WAN, '再生能源使用量']], '總用電量 40,512 萬度 = 外購電力 35,650 + 再生能源 4,862'),

  // Northgate Mutual: an English insurer's sustainability report and its ESG data appendix
  entry(NORTHGATE, 'change', false, [[2.2 * B, '(2022: £'], [2.9 * B, 'grew 45% to £'], [45, 'grew']], 'planted: renewable infrastructure equity £2.2 -> £2.9 billion is +31.8% (2,204 -> 2,918 in Table A3: +32.4%), stated "grew 45%"'),
  entry(NORTHGATE, 'sum', false, [[5.8 * B, 'The £'], 2.4 * B, 1.9 * B, 1.2 * B], 'planted: "The £5.8 billion of green bonds comprise" 2.4 + 1.9 + 1.2 = 5.5'),
  across(NORTHGATE, [[79.2 * B, 'of our £']], APPENDIX, [[72_900 * M, 'Assets under management (£ million)\t76,840\t']], 'planted: assets under management £79.2 billion in the report, 72,900 £ million for 2023 in Table A1 (digits swapped)'),
  across(NORTHGATE, [[250, 'nearly']], APPENDIX, [[253, 'Companies engaged on climate\t231\t']], 'planted: "nearly 250 investee companies" in the report, 253 in Table A1 (a turned qualifier: over 250)'),
  entry(APPENDIX, 'ratio', false, [[3_126 * M, 'Social and sustainability bonds\t2,846\t'], [14_610 * M, 'Total\t12,176\t'], [24.1, '\t3,126\t']], 'planted: Table A3 social and sustainability bonds 3,126 of 14,610 is 21.4%, its share column says 24.1%'),
  { ...entry(APPENDIX, 'sum', false, [100, 39.6, 24.1, 20, 19], 'the same slip: Table A3\'s share column 39.6 + 24.1 + 20.0 + 19.0 = 102.7, its Total 100.0%'), atLeast: 4 },
  entry(NORTHGATE, 'ratio', true, [[14.6 * B, 'totalled £'], [79.2 * B, 'of our £'], 18.4], 'sustainable investments £14.6 of £79.2 billion AUM is the stated 18.4%'),
  entry(NORTHGATE, 'sum', true, [[14.6 * B, 'totalled £'], [5.8 * B, 'green bonds of £'], 3.1 * B, [2.9 * B, 'equity of £'], 2.8 * B], '£14.6 billion comprise 5.8 + 3.1 + 2.9 + 2.8'),
  entry(NORTHGATE, 'change', true, [[4.6 * B, 'from £'], [5.8 * B, 'green bonds of £'], 26.1], 'green bonds £4.6 -> £5.8 billion is the stated rise of 26.1%'),
  entry(NORTHGATE, 'change', true, [2.75, 2.41, 12.4], 'financed emissions 2.75 -> 2.41 MtCO2e is the stated fall of 12.4%'),
  entry(APPENDIX, 'sum', true, [[12_176 * M, 'Total\t'], 4_612 * M, 2_846 * M, 2_204 * M, 2_514 * M], 'Table A3 2022: 4,612 + 2,846 + 2,204 + 2,514 = 12,176'),
  entry(APPENDIX, 'sum', true, [[14_610 * M, 'Total\t12,176\t'], 5_784 * M, 3_126 * M, 2_918 * M, 2_782 * M], 'Table A3 2023: 5,784 + 3,126 + 2,918 + 2,782 = 14,610'),
  entry(APPENDIX, 'ratio', true, [5_784 * M, [14_610 * M, 'Total\t12,176\t'], 39.6], 'Table A3 green bonds 5,784 of 14,610 is the 39.6% share'),
  entry(APPENDIX, 'ratio', true, [2_918 * M, [14_610 * M, 'Total\t12,176\t'], 20.0], 'Table A3 renewable infrastructure 2,918 of 14,610 is the 20.0% share'),
  entry(APPENDIX, 'ratio', true, [2_782 * M, [14_610 * M, 'Total\t12,176\t'], 19.0], 'Table A3 sustainable real estate 2,782 of 14,610 is the 19.0% share'),
  entry(APPENDIX, 'sum', true, [[2_750, 'Total\t'], 1_286, 1_464], 'Table A5 2022: 1,286 + 1,464 = 2,750 ktCO2e'),
  entry(APPENDIX, 'sum', true, [[2_410, 'Total\t2,750\t'], 1_134, 1_276], 'Table A5 2023: 1,134 + 1,276 = 2,410 ktCO2e'),
];
