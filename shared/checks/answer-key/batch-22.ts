// The twenty-second blind batch: three engagements of report kinds outside batches 1–21, written as their
// published reports read (PDF text: wrapped lines, page footers, tables flattened to tabs, spaces or pipes): a
// Chinese baijiu maker's ESG report (a 关键绩效 block the text restates, 表1-1 revenue by product with a 同比变动
// column, 表3-1 over 2021–2023 with a 单位 column and `其中：` breakdowns of energy and GHG, 表3-2 water, 表3-3
// pollutants under `单位：吨` said `分别为 … 同比分别下降 …`, 其中 lists, a `主要用于 … 及其他` list, 表4-1 of staff by
// category with `其中：女性` and `女性占比` columns, points against a bracketed year before); an English train
// operating company's annual report (a year-at-a-glance block, a chair's `More than`, journeys by route aligned by
// spaces with a wrapped label and a Change column, an income statement summary with a margin row, a `comprised`
// sentence, traction energy and emissions with a Change column and a wrapped label, a fleet table, people shares);
// a Chinese airport group's CSR report and its English translation in two files (万人次 / million, 万吨 / thousand
// tonnes, 万架次 / thousand movements; a tab table in Chinese, pipe tables in English).
// Planted (as real drafts slip): one metric two ways (基酒产量 8.62 in the 关键绩效 block and 表3-1, 8.26 万千升 in
// the text; 范围二 32.68 in the text, 32.86 in 表3-1; 女性员工 10,201 in the text, 10,210 in 表4-1's 合计; `More than
// 69 million journeys` against 68.4 million; Scope 2 58,490 tCO2e in the text, 58,940 in the table; the English
// cargo 186.4 thousand tonnes in the text, 1.864 million at a glance); sums that miss (表3-1 2021 41.27 + 27.25
// under 68.25; 表4-1 女性 6,418 + 1,873 + 786 + 1,124 under 10,210; 环保投入 3.42 亿元 of 1.68 + 1.05 + 0.52 + 0.26;
// capital investment £84.2 million of 46.3 + 22.6 + 14.3; the fleet's vehicles 388 + 225 + 20 under 636; the English
// Table 2 2023 75,940 + 21,670 + 7,520 under 104,860); changes that do not compute (中端酒 62.18 -> 70.35, its cell
// 11.3%; 基酒 8.05 -> 8.26 `同比增长7.1%`; 氮氧化物 96.3 -> 88.1 `同比分别下降 … 5.8%`; 员工流失率 5.6% -> 4.8% `下降0.6个
// 百分点`; 可再生能源电力占比 27.4 -> 34.6 `提高8.2个百分点`; Southampton and Bournemouth 17.1 -> 19.2, its cell 13.2%;
// cancellations 3.1% -> 2.4% `an improvement of 0.9 percentage points`; total revenue 583.6 -> 661.4 `grew 12.3%`;
// Scope 2 56,170 -> 58,490 `rose 4.9%`; the English movements 190,000 -> 312,600 `rose 46.5%`); shares that do not
// compute (外购电力 9.71 of 31.84 `32.5%`; 地表水 78.5 of 138.2 `58.6%`; Coastway 15.9 of 68.4 `21.3%`; the English
// 7,864 women of 18,462 `(42.2%)`; the English reclaimed water 865 thousand of 6.124 million `41.1%`); slips in
// translation (186.4 万吨 / 186.4 thousand tonnes; 超过 / nearly 30 MW; 18,642 / 18,462 employees; 增长64.5% / rose
// 46.5%; 汽柴油 7,250 / 7,520; 提高8.2个百分点 / up 7.2; 占14.1% / 41.1%).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: 7.1% twice in 贵泉 (其他系列酒's cell and the planted 基酒 rate); 38.6 as 38.6 万吨
// of recycled water and 38.6 吨 of SO2; 12.3% as journeys' rise and the planted revenue rate; 21.3% three times in
// the airport files (cargo, energy and the planted Coastway share in another engagement); the 2021 and 2022
// columns beside the text's 2023 figures; the English table's rounded 42.69 beside the text's 42.685 million.

import type { Engagement } from './key';
import { across, engagements, entry, K, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b22';
const GUIQUAN = 'guiquan-liquor-esg-2023.txt';
const SOLENT = 'solent-downs-railway-annual-report-2023-24.txt';
const BINJIANG_ZH = 'binjiang-airport-csr-2023-zh.txt';
const BINJIANG_EN = 'binjiang-airport-csr-2023-en.txt';

export const BATCH_22_ENGAGEMENTS: Engagement[] = engagements(DIR, [GUIQUAN, SOLENT, [BINJIANG_ZH, BINJIANG_EN]]);

// 万千升 in kilolitres: extraction reads 千升 as kL, the 万 before it the scale (8.62 万千升 is 86,200 kL)
const WAN_KL = WAN;
const GHG = '温室气体排放总量\t万吨二氧化碳当量\t';
const ENERGY = '综合能源消耗量\t万吨标准煤\t';

export const BATCH_22_KEY: KeyEntry[] = [
  // 贵泉酒业 Guiquan Liquor: a Chinese baijiu maker's ESG report
  entry(GUIQUAN, 'change', false, [[62.18 * YI, '中端酒\t'], [70.35 * YI, '中端酒\t62.18\t'], [11.3, '中端酒\t62.18\t70.35\t']], 'planted: 表1-1 中端酒 62.18 -> 70.35 亿元 is +13.1%, its 同比变动 cell 11.3% (digits swapped)'),
  entry(GUIQUAN, 'consistency', false, [8.62 * WAN_KL, [8.26 * WAN_KL, '全年基酒产量']], 'planted: 基酒产量 8.62 万千升 in the 关键绩效 block and 表3-1, 8.26 in the text (digits swapped)'),
  entry(GUIQUAN, 'change', false, [[8.05 * WAN_KL, '基酒产量\t万千升\t7.11\t'], [8.26 * WAN_KL, '全年基酒产量'], [7.1, '万千升，同比增长']], 'planted: the text\'s 基酒 8.05 (表3-1 2022) -> 8.26 万千升 is +2.6%, stated 同比增长 7.1% (as 8.62 gives)'),
  entry(GUIQUAN, 'sum', false, [[68.25 * WAN, GHG], [41.27 * WAN, '范围一\t万吨二氧化碳当量\t'], [27.25 * WAN, '范围二\t万吨二氧化碳当量\t']], 'planted: 表3-1 2021 范围一 41.27 + 范围二 27.25 = 68.52, its total 68.25 (digits swapped)'),
  entry(GUIQUAN, 'ratio', false, [9.71 * WAN, 31.84 * WAN, 32.5], 'planted: 外购电力 9.71 of 31.84 万吨标准煤 is 30.5%, stated 占综合能源消耗量的 32.5%'),
  entry(GUIQUAN, 'consistency', false, [32.68 * WAN, 32.86 * WAN], 'planted: 范围二排放 32.68 万吨 in the text, 32.86 in 表3-1 for 2023 (digits swapped)'),
  entry(GUIQUAN, 'ratio', false, [[78.5 * WAN, '其中地表水'], [138.2 * WAN, '2023年用水总量'], 58.6], 'planted: 地表水 78.5 of 用水总量 138.2 万吨 is 56.8%, stated 58.6% (digits swapped)'),
  entry(GUIQUAN, 'change', false, [96.3, 88.1, [5.8, '14.6%和']], 'planted: 氮氧化物 96.3 (表3-3 2022) -> 88.1 吨 is -8.5%, stated 同比分别下降 … 5.8% (digits swapped)'),
  entry(GUIQUAN, 'sum', false, [3.42 * YI, 1.68 * YI, 1.05 * YI, 0.52 * YI, 0.26 * YI], 'planted: 环保投入 3.42 亿元 of 1.68 + 1.05 + 0.52 + 0.26 = 3.51'),
  entry(GUIQUAN, 'change', false, [[5.6, '较上年（'], [4.8, '员工流失率'], [0.6, '%）下降']], 'planted: 员工流失率 5.6% -> 4.8% is 0.8 points, stated 下降 0.6 个百分点'),
  entry(GUIQUAN, 'sum', false, [[10_210, '合计\t32,418\t'], 6_418, 1_873, [786, '技术研发人员\t2,364\t'], 1_124], 'planted: 表4-1 女性 6,418 + 1,873 + 786 + 1,124 = 10,201, its 合计 10,210 (digits swapped)'),
  entry(GUIQUAN, 'consistency', false, [[10_201, '女性员工'], [10_210, '合计\t32,418\t']], 'planted: 女性员工 10,201 in the text, 10,210 in 表4-1\'s 合计 (the same slip)'),
  entry(GUIQUAN, 'sum', true, [[356.12 * YI, '合计\t'], [268.45 * YI, '高端酒\t'], [62.18 * YI, '中端酒\t'], 25.49 * YI], '表1-1 2022: 268.45 + 62.18 + 25.49 = 356.12 亿元'),
  entry(GUIQUAN, 'sum', true, [[412.36 * YI, '合计\t356.12\t'], [314.72 * YI, '高端酒\t268.45\t'], [70.35 * YI, '中端酒\t62.18\t'], 27.29 * YI], '表1-1 2023: 314.72 + 70.35 + 27.29 = 412.36 亿元'),
  entry(GUIQUAN, 'sum', true, [[27.46 * WAN, ENERGY], 12.38 * WAN, 8.45 * WAN, 6.63 * WAN], '表3-1 2021: 12.38 + 8.45 + 6.63 = 27.46 万吨标准煤'),
  entry(GUIQUAN, 'sum', true, [[29.93 * WAN, `${ENERGY}27.46\t`], 11.62 * WAN, 10.14 * WAN, 8.17 * WAN], '表3-1 2022: 11.62 + 10.14 + 8.17 = 29.93 万吨标准煤'),
  entry(GUIQUAN, 'sum', true, [[31.84 * WAN, `${ENERGY}27.46\t29.93\t`], [10.27 * WAN, '煤炭\t万吨标准煤\t12.38\t11.62\t'], [11.86 * WAN, '天然气\t万吨标准煤\t8.45\t10.14\t'], [9.71 * WAN, '外购电力\t万吨标准煤\t6.63\t8.17\t']], '表3-1 2023: 10.27 + 11.86 + 9.71 = 31.84 万吨标准煤'),
  entry(GUIQUAN, 'sum', true, [[71.36 * WAN, `${GHG}68.25\t`], 40.83 * WAN, 30.53 * WAN], '表3-1 2022: 40.83 + 30.53 = 71.36 万吨'),
  entry(GUIQUAN, 'sum', true, [[72.48 * WAN, `${GHG}68.25\t71.36\t`], [39.62 * WAN, '范围一\t万吨二氧化碳当量\t41.27\t40.83\t'], 32.86 * WAN], '表3-1 2023: 39.62 + 32.86 = 72.48 万吨'),
  entry(GUIQUAN, 'sum', false, [[72.48 * WAN, '温室气体排放总量72.48'], [39.62 * WAN, '其中范围一排放'], [32.68 * WAN, '范围二排放32.68']], 'the planted 范围二 32.68 leaves its own paragraph short: 39.62 + 32.68 = 72.30 万吨, its total 72.48 (keyed in session 27, when the checks first added it up; batch 33 keys the same kind)'),
  entry(GUIQUAN, 'sum', true, [[132.6 * WAN, '用水总量\t万吨\t'], 74.8 * WAN, 57.8 * WAN], '表3-2 2022: 74.8 + 57.8 = 132.6 万吨'),
  entry(GUIQUAN, 'sum', true, [[138.2 * WAN, '用水总量\t万吨\t132.6\t'], [78.5 * WAN, '地表水\t万吨\t74.8\t'], [59.7 * WAN, '市政自来水\t万吨\t57.8\t']], '表3-2 2023: 78.5 + 59.7 = 138.2 万吨'),
  entry(GUIQUAN, 'sum', true, [[32_418, '合计\t'], 21_846, 5_612, [2_364, '技术研发人员\t'], 2_596], '表4-1: 21,846 + 5,612 + 2,364 + 2,596 = 32,418'),
  entry(GUIQUAN, 'sum', true, [1.86 * WAN, 0.72 * WAN, 0.58 * WAN, 0.41 * WAN, 0.15 * WAN], '一般工业固体废物 1.86 万吨 = 0.72 + 0.58 + 0.41 + 0.15'),
  entry(GUIQUAN, 'sum', true, [2.86 * YI, 1.52 * YI, 0.68 * YI, 0.49 * YI, 0.17 * YI], '乡村振兴投入 2.86 亿元 = 1.52 + 0.68 + 0.49 + 0.17'),
  entry(GUIQUAN, 'ratio', true, [[314.72 * YI, '高端酒实现收入'], 412.36 * YI, 76.3], '高端酒 314.72 of 412.36 亿元 is the stated 76.3%'),
  entry(GUIQUAN, 'ratio', true, [[70.35 * YI, '中端酒收入'], 412.36 * YI, 17.1], '中端酒 70.35 of 412.36 亿元 is the stated 17.1%'),
  entry(GUIQUAN, 'ratio', true, [[11.86 * WAN, '其中天然气'], 31.84 * WAN, 37.2], '天然气 11.86 of 31.84 万吨标准煤 is the stated 37.2%'),
  entry(GUIQUAN, 'ratio', true, [41.9 * WAN, 42.6 * WAN, 98.4], '酒糟 41.9 of 42.6 万吨 is the stated 综合利用率 98.4%'),
  entry(GUIQUAN, 'ratio', true, [6_418, 21_846, 29.4], '表4-1 生产人员 6,418 of 21,846 is its 29.4%'),
  entry(GUIQUAN, 'ratio', true, [1_873, 5_612, 33.4], '表4-1 销售人员 1,873 of 5,612 is its 33.4%'),
  entry(GUIQUAN, 'ratio', true, [[786, '技术研发人员\t2,364\t'], [2_364, '技术研发人员\t'], 33.2], '表4-1 技术研发人员 786 of 2,364 is its 33.2%'),
  entry(GUIQUAN, 'ratio', true, [1_124, 2_596, 43.3], '表4-1 管理及职能人员 1,124 of 2,596 is its 43.3%'),
  entry(GUIQUAN, 'ratio', true, [[10_201, '女性员工'], [32_418, '员工总数'], [31.5, '占比']], '女性员工 10,201 of 32,418 is the stated 31.5%'),
  entry(GUIQUAN, 'ratio', true, [[2_364, '技术研发人员2,364'], 32_418, 7.3], '技术研发人员 2,364 of 32,418 is the stated 7.3%'),
  entry(GUIQUAN, 'ratio', true, [1_268, 2_846, 44.6], '校园招聘 1,268 of 2,846 新进员工 is the stated 44.6%'),
  entry(GUIQUAN, 'ratio', true, [39.2 * WAN, 46.8 * WAN, 83.8], '当地合作社 39.2 of 46.8 万吨 原料粮 is the stated 83.8%'),
  entry(GUIQUAN, 'ratio', true, [31.84 * WAN, 8.62 * WAN_KL, [3.69, '单位产品综合能耗降至']], '31.84 万吨标准煤 over 8.62 万千升 is the stated 3.69 吨标准煤/千升'),
  entry(GUIQUAN, 'ratio', true, [138.2 * WAN, 8.62 * WAN_KL, [16.03, '单位产品水耗16.03']], '138.2 万吨 over 8.62 万千升 is the stated 16.03 吨/千升'),
  entry(GUIQUAN, 'change', true, [356.12 * YI, 412.36 * YI, [15.8, '同比增长']], '营业收入 356.12 -> 412.36 亿元 is the stated 同比增长 15.8%'),
  entry(GUIQUAN, 'change', true, [[268.45 * YI, '高端酒\t'], [314.72 * YI, '高端酒\t268.45\t'], 17.2], '表1-1 高端酒 268.45 -> 314.72 is its 17.2%'),
  entry(GUIQUAN, 'change', true, [25.49 * YI, 27.29 * YI, [7.1, '其他系列酒\t25.49\t27.29\t']], '表1-1 其他系列酒 25.49 -> 27.29 is its 7.1%'),
  entry(GUIQUAN, 'change', true, [[29.93 * WAN, `${ENERGY}27.46\t`], [31.84 * WAN, '综合能源消耗量31.84'], 6.4], '综合能源消耗量 29.93 (表3-1 2022) -> 31.84 is the stated 同比增长 6.4%'),
  entry(GUIQUAN, 'change', true, [11.62 * WAN, 10.27 * WAN, 11.6], '煤炭 11.62 -> 10.27 (表3-1 only) is the stated 同比下降 11.6%'),
  entry(GUIQUAN, 'change', true, [71.36 * WAN, [72.48 * WAN, '温室气体排放总量72.48'], 1.6], '温室气体排放总量 71.36 (表3-1 2022) -> 72.48 is the stated 同比增长 1.6%'),
  entry(GUIQUAN, 'change', true, [40.83 * WAN, [39.62 * WAN, '范围一排放'], 3.0], '范围一 40.83 (表3-1 2022) -> 39.62 is the stated 同比下降 3.0%'),
  entry(GUIQUAN, 'change', true, [3.72, [3.69, '单位产品综合能耗降至'], 0.8], '单位产品综合能耗 3.72 -> 3.69 is the stated 同比下降 0.8%'),
  entry(GUIQUAN, 'change', true, [132.6 * WAN, [138.2 * WAN, '2023年用水总量'], 4.2], '用水总量 132.6 (表3-2 2022) -> 138.2 万吨 is the stated 同比增长 4.2%'),
  entry(GUIQUAN, 'change', true, [38.6 * WAN, [42.8 * WAN, '循环水回用量'], 10.9], '循环水回用量 38.6 -> 42.8 万吨 is the stated 同比增长 10.9%'),
  entry(GUIQUAN, 'change', true, [16.47, [16.03, '单位产品水耗16.03'], 2.7], '单位产品水耗 16.47 -> 16.03 is the stated 同比下降 2.7%'),
  entry(GUIQUAN, 'change', true, [312.1, 286.5, 8.2], 'COD 312.1 -> 286.5 吨 is the stated 同比分别下降 8.2%'),
  entry(GUIQUAN, 'change', true, [19.5, 18.4, 5.6], '氨氮 19.5 -> 18.4 吨 is the stated 5.6%'),
  entry(GUIQUAN, 'change', true, [45.2, 38.6, 14.6], '二氧化硫 45.2 -> 38.6 吨 is the stated 14.6%'),
  entry(GUIQUAN, 'change', true, [33.3, 36.4, 9.3], '人均培训 33.3 -> 36.4 小时 is the stated 同比增长 9.3%'),

  // Solent & Downs Railway: an English train operating company's annual report
  entry(SOLENT, 'consistency', false, [[69 * M, 'More than '], 68.4 * M], 'planted: `More than 69 million journeys` in the chair\'s foreword, 68.4 million at a glance, in the text and the table'),
  entry(SOLENT, 'change', false, [17.1 * M, 19.2 * M, 13.2], 'planted: Southampton and Bournemouth 17.1 -> 19.2 million is +12.3%, its Change cell 13.2% (digits swapped)'),
  entry(SOLENT, 'ratio', false, [[15.9 * M, 'and Coastway '], 68.4 * M, 21.3], 'planted: Coastway 15.9 of 68.4 million journeys is 23.2%, stated 21.3%'),
  entry(SOLENT, 'change', false, [[3.1, '2022-23: '], [2.4, 'Cancellations fell to '], [0.9, 'improvement of ']], 'planted: cancellations 3.1% -> 2.4% is 0.7 points, stated an improvement of 0.9 percentage points'),
  entry(SOLENT, 'change', false, [583.6 * M, [661.4 * M, 'revenue grew 12.3% to £'], [12.3, 'revenue grew ']], 'planted: total revenue 583.6 -> 661.4 £ million is +13.3%, stated grew 12.3%'),
  entry(SOLENT, 'sum', false, [84.2 * M, 46.3 * M, 22.6 * M, 14.3 * M], 'planted: capital investment £84.2 million comprised 46.3 + 22.6 + 14.3 = 83.2'),
  entry(SOLENT, 'consistency', false, [58_940, 58_490], 'planted: Scope 2 58,940 tCO2e in the table, 58,490 in the text (digits swapped)'),
  entry(SOLENT, 'change', false, [56_170, 58_490, [4.9, 'electricity rose ']], 'planted: the text\'s Scope 2 56,170 (table 2022-23) -> 58,490 is +4.1%, stated rose 4.9% (as the table has it from 58,940)'),
  entry(SOLENT, 'sum', false, [636, 388, 225, [20, 'Class 158 ']], 'planted: fleet vehicles 388 + 225 + 20 = 633, its Total 636'),
  entry(SOLENT, 'sum', true, [[68.4 * M, 'Total '], 24.6 * M, 19.2 * M, 8.7 * M, 15.9 * M], 'journeys by route 2023-24: 24.6 + 19.2 + 8.7 + 15.9 = 68.4 million'),
  entry(SOLENT, 'sum', true, [[60.9 * M, 'Total '], 21.8 * M, 17.1 * M, 7.9 * M, 14.1 * M], 'journeys by route 2022-23: 21.8 + 17.1 + 7.9 + 14.1 = 60.9 million'),
  entry(SOLENT, 'sum', true, [[661.4 * M, 'Total revenue '], 612.8 * M, 48.6 * M], 'income statement 2023-24: 612.8 + 48.6 = 661.4 £ million'),
  entry(SOLENT, 'sum', true, [[583.6 * M, 'Total revenue '], 538.4 * M, 45.2 * M], 'income statement 2022-23: 538.4 + 45.2 = 583.6 £ million'),
  entry(SOLENT, 'sum', true, [[90_360, 'Total (tCO2e) '], [31_420, 'Scope 1 emissions (tCO2e) '], [58_940, 'Scope 2 emissions (tCO2e) ']], 'emissions 2023-24: 31,420 + 58,940 = 90,360 tCO2e'),
  entry(SOLENT, 'sum', true, [89_730, 33_560, 56_170], 'emissions 2022-23: 33,560 + 56,170 = 89,730 tCO2e'),
  entry(SOLENT, 'sum', true, [[152, 'Total '], [97, 'Class 450 '], [45, 'Class 444 '], [10, 'Class 158 ']], 'fleet units: 97 + 45 + 10 = 152'),
  entry(SOLENT, 'ratio', true, [[24.6 * M, 'carried '], 68.4 * M, 36.0], 'Portsmouth main line 24.6 of 68.4 million is the stated 36.0%'),
  entry(SOLENT, 'ratio', true, [370_700, 418_400, [88.6, 'on time (']], '370,700 of 418,400 trains on time is the stated (88.6%)'),
  entry(SOLENT, 'ratio', true, [[31.7 * M, 'Operating profit '], [661.4 * M, 'Total revenue '], [4.8, 'Operating margin ']], 'income statement 2023-24: operating profit 31.7 of revenue 661.4 is its margin 4.8%'),
  entry(SOLENT, 'ratio', true, [[21.8 * M, 'Operating profit '], [583.6 * M, 'Total revenue '], [3.7, 'Operating margin ']], 'income statement 2022-23: 21.8 of 583.6 is its margin 3.7%'),
  entry(SOLENT, 'ratio', true, [[31.7 * M, 'rose 45.4% to £'], 661.4 * M, [4.8, 'margin of ']], 'operating profit £31.7 of £661.4 million is the stated operating margin of 4.8%'),
  entry(SOLENT, 'ratio', true, [[612.8 * M, 'rose 13.8% to £'], 661.4 * M, 92.7], 'passenger revenue 612.8 of 661.4 £ million is the stated 92.7% of total revenue'),
  entry(SOLENT, 'ratio', true, [[612.8 * M, 'rose 13.8% to £'], 68.4 * M, 8.96], 'passenger revenue £612.8 million over 68.4 million journeys is the stated £8.96'),
  entry(SOLENT, 'ratio', true, [[48.6 * M, 'Other income of £'], 661.4 * M, 7.3], 'other income 48.6 of 661.4 £ million is the stated 7.3% of total revenue'),
  entry(SOLENT, 'ratio', true, [90_360, 2_567 * M, [35.2, 'came to ']], '90,360 tCO2e over 2,567 million passenger km is the stated 35.2 grams'),
  entry(SOLENT, 'ratio', true, [[97, 'Our '], [152, 'Total '], 63.8], '97 Class 450 units of 152 is the stated 63.8% of the fleet'),
  entry(SOLENT, 'ratio', true, [[45, 'the '], [152, 'Total '], 29.6], '45 Class 444 units of 152 is the stated (29.6%)'),
  entry(SOLENT, 'ratio', true, [1_178, [5_214, 'employed '], 22.6], '1,178 women of 5,214 colleagues is the stated 22.6%'),
  entry(SOLENT, 'ratio', true, [174, 1_846, 9.4], '174 women of 1,846 drivers is the stated 9.4%'),
  entry(SOLENT, 'ratio', true, [211, 486, 43.4], '211 women of 486 new starters is the stated (43.4%)'),
  entry(SOLENT, 'change', true, [60.9 * M, [68.4 * M, 'rose 12.3% to '], [12.3, 'journeys rose ']], 'journeys 60.9 -> 68.4 million is the stated rise of 12.3%'),
  entry(SOLENT, 'change', true, [21.8 * M, 24.6 * M, [12.8, 'Portsmouth main line ']], 'route table Portsmouth 21.8 -> 24.6 is its 12.8%'),
  entry(SOLENT, 'change', true, [7.9 * M, 8.7 * M, 10.1], 'route table Downs 7.9 -> 8.7 is its 10.1%'),
  entry(SOLENT, 'change', true, [14.1 * M, 15.9 * M, [12.8, 'Coastway ']], 'route table Coastway 14.1 -> 15.9 is its 12.8% (and the text\'s grew 12.8%)'),
  entry(SOLENT, 'change', true, [538.4 * M, 612.8 * M, 13.8], 'passenger revenue 538.4 -> 612.8 is the stated rise of 13.8%'),
  entry(SOLENT, 'change', true, [86.1, [88.6, 'improved to '], 2.5], 'PPM 86.1% -> 88.6% is the stated 2.5 percentage points'),
  entry(SOLENT, 'change', true, [21.8 * M, 31.7 * M, 45.4], 'operating profit 21.8 -> 31.7 is the stated rise of 45.4%'),
  entry(SOLENT, 'change', true, [12.6 * M, [11.8 * M, 'fell 6.3% to '], [6.3, 'Diesel use fell ']], 'diesel 12.6 -> 11.8 million litres is the stated fall of 6.3%'),
  entry(SOLENT, 'change', true, [33_560, 31_420, -6.4], 'table Scope 1 33,560 -> 31,420 is its -6.4%'),
  entry(SOLENT, 'change', true, [56_170, 58_940, [4.9, 'Scope 2 emissions (tCO2e) ']], 'table Scope 2 56,170 -> 58,940 is its 4.9%'),
  entry(SOLENT, 'change', true, [89_730, 90_360, 0.7], 'table total 89,730 -> 90,360 is its 0.7%'),
  entry(SOLENT, 'change', true, [39.4, 35.2, -10.7], 'table emissions per passenger km 39.4 -> 35.2 is its -10.7%'),
  entry(SOLENT, 'change', true, [4.8, 4.1, [0.7, 'down ']], 'sickness absence 4.8% -> 4.1% is the stated 0.7 percentage points'),

  // 滨江国际机场集团 Binjiang International Airport Group: a Chinese CSR report and its English translation
  across(BINJIANG_ZH, [[186.4 * WAN, '货邮吞吐量']], BINJIANG_EN, [[186.4 * K, 'rose 21.3% to\n']], 'planted: 货邮吞吐量 186.4 万吨 (1.864 million tonnes) in the Chinese, 186.4 thousand tonnes in the English text (a scale slip)'),
  entry(BINJIANG_EN, 'consistency', false, [1.864 * M, [186.4 * K, 'rose 21.3% to\n']], 'planted: the English cargo 1.864 million tonnes at a glance and in Table 1, 186.4 thousand tonnes in the text (the same slip)'),
  across(BINJIANG_ZH, [[153.7 * WAN, '（2022年：']], BINJIANG_EN, [[153.7 * K, '(2022: ']], 'added after the blind run: 2022 货邮吞吐量 153.7 万吨 in the Chinese, 153.7 thousand tonnes in the English (the same scale slip, which the annotator missed)'),
  across(BINJIANG_ZH, [[30, '超过']], BINJIANG_EN, [[30, 'nearly ']], 'planted: 光伏装机容量超过 30 兆瓦 in the Chinese, nearly 30 MW in the English (a turned qualifier)'),
  across(BINJIANG_ZH, [18_642], BINJIANG_EN, [18_462], 'planted: 员工总数 18,642 in the Chinese, 18,462 employees in the English (digits swapped)'),
  entry(BINJIANG_EN, 'ratio', false, [7_864, 18_462, 42.2], 'planted: the English 7,864 women of 18,462 is 42.6%, stated (42.2%) (the headcount slipped)'),
  across(BINJIANG_EN, [[46.5, 'movements rose ']], BINJIANG_ZH, [[64.5, '架次，同比增长']], 'planted: 航班起降 同比增长 64.5% in the Chinese, rose 46.5% in the English (digits swapped)'),
  entry(BINJIANG_EN, 'change', false, [190_000, [312_600, '46.5% to '], 46.5], 'planted: the English movements 190,000 -> 312,600 is +64.5%, stated rose 46.5%'),
  across(BINJIANG_EN, [[7_520, 'petrol and diesel | tce | 6,790 | ']], BINJIANG_ZH, [[7_250, '汽柴油\t吨标准煤\t6,790\t']], 'planted: 汽柴油 2023 7,250 tce in the Chinese table, 7,520 in the English (digits swapped)'),
  entry(BINJIANG_EN, 'sum', false, [[104_860, 'Energy consumption | tce | 86,420 | '], [75_940, 'purchased electricity | tce | 61,280 | '], [21_670, 'natural gas | tce | 18,350 | '], 7_520], 'planted: the English Table 2 2023 75,940 + 21,670 + 7,520 = 105,130, its total 104,860'),
  entry(BINJIANG_ZH, 'change', false, [[27.4, '可再生能源电力占比\t%\t'], [34.6, '提升至'], [8.2, '较上年提高']], 'planted: 可再生能源电力占比 27.4% (表2 2022) -> 34.6% is 7.2 points, stated 提高 8.2 个百分点'),
  across(BINJIANG_ZH, [[8.2, '较上年提高']], BINJIANG_EN, [[7.2, 'of the total, up ']], 'planted: 提高 8.2 个百分点 in the Chinese, up 7.2 percentage points in the English'),
  entry(BINJIANG_EN, 'ratio', false, [865 * K, 6.124 * M, 41.1], 'planted: the English reclaimed water 865 thousand of 6.124 million tonnes is 14.1%, stated 41.1% (digits swapped)'),
  across(BINJIANG_EN, [41.1], BINJIANG_ZH, [[14.1, '万吨，占']], 'planted: 中水回用 占 14.1% in the Chinese, 41.1% in the English'),
  entry(BINJIANG_ZH, 'sum', true, [[4_268.5 * WAN, '合计\t'], 3_312.6 * WAN, 694.3 * WAN, 261.6 * WAN], '表1 旅客吞吐量: 3,312.6 + 694.3 + 261.6 = 4,268.5 万人次'),
  entry(BINJIANG_ZH, 'sum', true, [[186.4 * WAN, '合计\t4,268.5\t'], 164.8 * WAN, 15.2 * WAN, 6.4 * WAN], '表1 货邮吞吐量: 164.8 + 15.2 + 6.4 = 186.4 万吨'),
  entry(BINJIANG_ZH, 'sum', true, [[31.26 * WAN, '合计\t4,268.5\t186.4\t'], 23.84 * WAN, 5.18 * WAN, 2.24 * WAN], '表1 航班起降: 23.84 + 5.18 + 2.24 = 31.26 万架次'),
  entry(BINJIANG_ZH, 'sum', true, [[86_420, '综合能源消耗量\t吨标准煤\t'], 61_280, 18_350, [6_790, '汽柴油\t吨标准煤\t']], '表2 2022: 61,280 + 18,350 + 6,790 = 86,420 吨标准煤'),
  entry(BINJIANG_ZH, 'sum', true, [[104_860, '综合能源消耗量\t吨标准煤\t86,420\t'], [75_940, '外购电力\t吨标准煤\t61,280\t'], [21_670, '天然气\t吨标准煤\t18,350\t'], 7_250], '表2 2023: 75,940 + 21,670 + 7,250 = 104,860 吨标准煤'),
  entry(BINJIANG_ZH, 'sum', true, [4.82 * WAN, 1.36 * WAN, 1.58 * WAN, 1.88 * WAN], '生活垃圾 4.82 万吨 = 1.36 + 1.58 + 1.88'),
  entry(BINJIANG_ZH, 'ratio', true, [486.2 * WAN, 4_268.5 * WAN, 11.4], '国际及地区旅客 486.2 of 4,268.5 万人次 is the stated 11.4%'),
  entry(BINJIANG_ZH, 'ratio', true, [3_312.6 * WAN, 4_268.5 * WAN, 77.6], '滨江机场 3,312.6 of 4,268.5 万人次 is the stated 77.6%'),
  entry(BINJIANG_ZH, 'ratio', true, [4_268.5 * WAN, 4_409.6 * WAN, 96.8], '4,268.5 of 2019\'s 4,409.6 万人次 is the stated 96.8%'),
  entry(BINJIANG_ZH, 'ratio', true, [[75_940, '其中外购电力'], [104_860, '综合能源消耗量104,860'], 72.4], '外购电力 75,940 of 104,860 吨标准煤 is the stated 72.4%'),
  entry(BINJIANG_ZH, 'ratio', true, [3_860 * WAN, 6.18 * YI, 6.2], '光伏发电 3,860 万 of 6.18 亿千瓦时 is the stated 6.2%'),
  entry(BINJIANG_ZH, 'ratio', true, [1_642, 1_905, 86.2], '新能源车辆 1,642 of 1,905 辆 is the stated 86.2%'),
  entry(BINJIANG_ZH, 'ratio', true, [86.5 * WAN, 612.4 * WAN, 14.1], '中水回用 86.5 of 612.4 万吨 is the stated 14.1%'),
  entry(BINJIANG_ZH, 'ratio', true, [7_864, [18_642, '集团员工总数'], 42.2], '女性 7,864 of 18,642 is the stated 42.2%'),
  entry(BINJIANG_ZH, 'ratio', true, [[104_860, '综合能源消耗量104,860'], 4_268.5 * WAN, [2.46, '单位旅客综合能耗']], '104,860 吨标准煤 over 4,268.5 万人次 is the stated 2.46 千克标准煤 per passenger'),
  entry(BINJIANG_EN, 'sum', true, [[42.69 * M, 'Total | '], 33.13 * M, 6.94 * M, 2.62 * M], 'English Table 1 passengers: 33.13 + 6.94 + 2.62 = 42.69 million'),
  entry(BINJIANG_EN, 'sum', true, [[1_864 * K, 'Total | 42.69 | '], 1_648 * K, 152 * K, 64 * K], 'English Table 1 cargo: 1,648 + 152 + 64 = 1,864 thousand tonnes'),
  entry(BINJIANG_EN, 'sum', true, [[312.6 * K, 'Total | 42.69 | 1,864 | '], 238.4 * K, 51.8 * K, 22.4 * K], 'English Table 1 movements: 238.4 + 51.8 + 22.4 = 312.6 thousand'),
  entry(BINJIANG_EN, 'sum', true, [[86_420, 'Energy consumption | tce | '], 61_280, 18_350, [6_790, 'petrol and diesel | tce | ']], 'English Table 2 2022: 61,280 + 18,350 + 6,790 = 86,420 tce'),
  entry(BINJIANG_EN, 'sum', true, [48_200, 13_600, 15_800, 18_800], 'municipal waste 48,200 tonnes = 13,600 + 15,800 + 18,800'),
  entry(BINJIANG_EN, 'ratio', true, [4.862 * M, [42.685 * M, 'handled '], 11.4], 'international 4.862 of 42.685 million is the stated 11.4%'),
  entry(BINJIANG_EN, 'ratio', true, [33.126 * M, [42.685 * M, 'handled '], 77.6], 'Binjiang Airport 33.126 of 42.685 million is the stated 77.6%'),
  entry(BINJIANG_EN, 'ratio', true, [[42.685 * M, 'handled '], 44.096 * M, 96.8], '42.685 of 2019\'s 44.096 million is the stated 96.8%'),
  entry(BINJIANG_EN, 'ratio', true, [[75_940, 'purchased electricity was '], [104_860, 'Energy consumption was '], 72.4], 'purchased electricity 75,940 of 104,860 tce is the stated 72.4%'),
  entry(BINJIANG_EN, 'ratio', true, [38.6 * M, 618 * M, 6.2], 'solar 38.6 of 618 million kWh is the stated (6.2%)'),
  entry(BINJIANG_EN, 'ratio', true, [1_642, 1_905, 86.2], '1,642 new energy vehicles of 1,905 is the stated (86.2%)'),
  entry(BINJIANG_ZH, 'change', true, [1_952.6 * WAN, [4_268.5 * WAN, '完成旅客吞吐量'], 118.6], '旅客吞吐量 1,952.6 -> 4,268.5 万人次 is the stated 同比增长 118.6%'),
  entry(BINJIANG_ZH, 'change', true, [153.7 * WAN, [186.4 * WAN, '货邮吞吐量186.4'], 21.3], '货邮吞吐量 153.7 -> 186.4 万吨 is the stated 同比增长 21.3%'),
  entry(BINJIANG_ZH, 'change', true, [19.00 * WAN, [31.26 * WAN, '航班起降31.26'], 64.5], '航班起降 19.00 -> 31.26 万架次 is the stated 同比增长 64.5%'),
  entry(BINJIANG_ZH, 'change', true, [85.2, 88.4, 3.2], '航班放行正常率 85.2% -> 88.4% is the stated 提高 3.2 个百分点'),
  entry(BINJIANG_ZH, 'change', true, [86_420, [104_860, '综合能源消耗量104,860'], 21.3], '综合能源消耗量 86,420 (表2 2022) -> 104,860 is the stated 同比增长 21.3%'),
  entry(BINJIANG_ZH, 'change', true, [4.43, [2.46, '单位旅客综合能耗'], 44.5], '单位旅客综合能耗 4.43 -> 2.46 is the stated 同比下降 44.5%'),
  entry(BINJIANG_ZH, 'change', true, [268_400, 31.86 * WAN, 18.7], '温室气体排放总量 268,400 (表2 2022) -> 31.86 万吨 is the stated 同比增长 18.7%'),
  entry(BINJIANG_ZH, 'change', true, [38.0, 42.6, 12.1], '人均培训 38.0 -> 42.6 学时 is the stated 同比增长 12.1%'),
  entry(BINJIANG_EN, 'change', true, [19.526 * M, [42.685 * M, 'handled '], 118.6], 'passengers 19.526 -> 42.685 million is the stated up 118.6%'),
  entry(BINJIANG_EN, 'change', true, [153.7 * K, [186.4 * K, 'rose 21.3% to\n'], 21.3], 'cargo 153.7 -> 186.4 thousand tonnes is the stated rise of 21.3% (at the English\'s own slipped scale)'),
  entry(BINJIANG_EN, 'change', true, [85.2, [88.4, 'points to '], 3.2], 'on-time departures 85.2% -> 88.4% is the stated 3.2 percentage points'),
  entry(BINJIANG_EN, 'change', true, [86_420, [104_860, 'Energy consumption was '], 21.3], 'energy 86,420 (Table 2 2022) -> 104,860 tce is the stated up 21.3%'),
  entry(BINJIANG_EN, 'change', true, [4.43, [2.46, 'fell 44.5% to '], 44.5], 'energy per passenger 4.43 -> 2.46 kgce is the stated fall of 44.5%'),
  entry(BINJIANG_EN, 'change', true, [268_400, [318_600, 'emissions were '], 18.7], 'GHG 268,400 (Table 2 2022) -> 318,600 tCO2e is the stated up 18.7%'),
  entry(BINJIANG_EN, 'change', true, [38.0, 42.6, 12.1], 'training 38.0 -> 42.6 hours is the stated up 12.1%'),
];
