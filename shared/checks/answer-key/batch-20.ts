// The twentieth blind batch: four engagements of report kinds outside batches 1–19, written as their
// published reports read (PDF text: wrapped lines, page footers, tables flattened to tabs or aligned by
// spaces): a Chinese cement group's 绿色生产与气候行动 chapter (表3-1 over 2021–2023 with a 单位 column, a
// `其中：范围一` / 范围二 breakdown and a `其中：煤炭` / 电力 / 替代燃料 breakdown, 替代率 in %, 余热发电 in 亿千瓦时,
// pollutants 同比分别下降 …, a 其中 list of 环保资金, a 关键绩效 block); an English hotel group's sustainability
// report (an at-a-glance block, hotels and rooms by region, an energy and emissions table latest year first
// with a Change column, waste by destination with a Share column, shares in brackets, an average per head);
// a Chinese dairy company's sustainability summary and its English translation in two files (万头 /
// thousand head, 万吨 / million tonnes, 万吨二氧化碳当量 / `thousand tCO2e` table rows, 亿元 / RMB million); a
// telecom operator's annual report extract (highlights, customers by product in thousands with a Change
// column, revenue by segment aligned by spaces under `(€ million)`, network energy and emissions, women by
// function with a `Women (%)` column).
// Planted (as real drafts slip): sums that miss (表3-1 2022 范围一 3,842.7 + 范围二 335.3 under 4,196.2; 环保资金
// 12.86 亿元 of 7.42 + 2.91 + 1.85 + 0.86; 表1 存栏 10.2 + 7.8 + 6.1 + 4.7 under 28.6; the English Table 2's 2023
// GHG 1,531 + 769 + 868 under 3,186; customers 2023 to 17,799 under 17,789; Scope 1 21.6 + Scope 2 38.2 kt under
// 58.4); changes that do not compute (二氧化硫 4,218 -> 3,864 `下降9.4%`, 8.4; 超低排放改造比例 67.6% -> 76.5%
// `提高9.8个百分点`, 8.9; natural gas 201,570 -> 186,240 MWh, its Change cell -6.7%, -7.6; Scope 1 and 2
// 149,790 -> 134,660 `10.4% below 2022`, 10.1; homes passed 5.21 -> 5.94 million `an increase of 12.0%`, 14.0;
// consumer fixed 1,098.5 -> 1,142.8 `grew 4.3%`, 4.0; devices 163,000 -> 186,400 `16.3% more`, 14.4); shares
// that do not compute (41 of 68 lines `占比达63.2%`, 60.3; 71 of 214 general managers `(35.5%)`, 33.2; UK &
// Ireland 14,260 of 38,650 rooms `38.6%`, 36.9; 12 of 42 farms `占自有牧场的26.2%`, 28.6; capex 812.4 of
// 4,626.3 `18.6% of revenue`, 17.6; Corporate functions 243 of 1,118 `27.1%`, 21.7); one metric two ways
// (余热发电量 36.48 in the text, 36.84 in 表3-1; 温室气体排放总量 4,025.9 in the 关键绩效 block, 4,052.9; Scope 1
// and 2 143,660 at a glance, 134,660; colleagues 41,820 at a glance, 41,280; food waste to anaerobic digestion
// 3,161 in the text, 3,116 in Table 6; network energy 824 GWh in the highlights, 842); slips in translation
// (粪污资源化利用量 512 万吨 / 51.2 million tonnes; 近 9,000 名奶农 / more than 9,000; 单位生鲜乳碳排放 1.71 /
// 1.17 kg; 饲料消耗 下降4.6% / by 6.4%; 12 座有机牧场 / 11 farms; 环保投入 2.36 亿元 / RMB 23.6 million; 能源使用
// 88.6 万吨 / 868 thousand tCO2e).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: 4.3% twice in the telecom report (broadband customers, which holds, and
// consumer fixed revenue, planted); `Customers: 17.8 million` beside the table's 17,789 thousand; 沼气发电量
// 6,420 万千瓦时 / 64.2 million kWh; 286,000 / 28.6 万头 and 152,000 / 15.2 万头; 71 hotels in Continental Europe
// beside 71 franchised hotels and 71 women general managers (against 64 a year earlier); 68 lines said twice;
// the 2021 and 2022 columns beside the text's 2023 figures; 节约标准煤约110万吨 and 412.6 万吨 较上年增长 15.3%
// (no earlier year stated); the customers table's -0.2% (from the stated total, not flagged on its own).

import type { Engagement } from './key';
import { across, engagements, entry, K, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b20';
const HUAYUE = 'huayue-cement-esg-2023.txt';
const ASHCOMBE = 'ashcombe-hotels-sustainability-2023.txt';
const QINGYUAN_ZH = 'qingyuan-dairy-esg-2023-zh.txt';
const QINGYUAN_EN = 'qingyuan-dairy-esg-2023-en.txt';
const CORRAN = 'corran-telecom-annual-report-2023.txt';

export const BATCH_20_ENGAGEMENTS: Engagement[] = engagements(DIR, [HUAYUE, ASHCOMBE, [QINGYUAN_ZH, QINGYUAN_EN], CORRAN]);

const GHG = '温室气体排放总量\t万吨二氧化碳当量\t';
const ENERGY = '综合能源消耗量\t万吨标准煤\t';
const ALT = '替代燃料\t万吨标准煤\t';

export const BATCH_20_KEY: KeyEntry[] = [
  // 华岳水泥: a Chinese cement group's 绿色生产与气候行动 chapter
  entry(HUAYUE, 'sum', false, [[4_196.2 * WAN, `${GHG}4,318.6\t`], [3_842.7 * WAN, '其中：范围一\t万吨二氧化碳当量\t3,960.4\t'], [335.3 * WAN, '范围二\t万吨二氧化碳当量\t358.2\t']], 'planted: 表3-1 2022 范围一 3,842.7 + 范围二 335.3 = 4,178.0, its total 4,196.2 (范围二 353.5 with digits swapped)'),
  entry(HUAYUE, 'consistency', false, [[36.48 * YI, '全年余热发电量'], [36.84 * YI, '余热发电量\t亿千瓦时\t38.62\t37.95\t']], 'planted: 余热发电量 36.48 亿千瓦时 in 3.3, 36.84 for 2023 in 表3-1 (digits swapped)'),
  entry(HUAYUE, 'change', false, [[4_218, '二氧化硫排放量\t吨\t4,627\t'], [3_864, '3,105吨、'], [9.4, '11.7%、\n']], 'planted: 二氧化硫 4,218 (表3-1 2022) -> 3,864 吨 is -8.4%, stated 同比分别下降 … 9.4%'),
  entry(HUAYUE, 'sum', false, [[12.86 * YI, '全年投入环保资金'], 7.42 * YI, 2.91 * YI, 1.85 * YI, [0.86 * YI, '及其他']], 'planted: 环保资金 12.86 亿元, 其中 7.42 + 2.91 + 1.85 + 0.86 = 13.04 (其他 0.68 with digits swapped)'),
  entry(HUAYUE, 'ratio', false, [[41, '有41'], [68, '目前公司'], [63.2, '占比达']], 'planted: 41 of 68 熟料生产线 with 余热发电 is 60.3%, stated 占比达 63.2%'),
  entry(HUAYUE, 'consistency', false, [[4_025.9 * WAN, '温室气体排放总量：'], [4_052.9 * WAN, '温室气体排放总量为']], 'planted: 温室气体排放总量 4,052.9 万吨 in 3.2 and 表3-1, 4,025.9 in the 关键绩效 block'),
  entry(HUAYUE, 'change', false, [[67.6, '46条，'], [76.5, '改造比例达到'], [9.8, '）提高\n']], 'planted: 超低排放改造比例 67.6% -> 76.5% is 8.9 points, stated 提高 9.8 个百分点'),
  entry(HUAYUE, 'sum', true, [[4_318.6 * WAN, GHG], [3_960.4 * WAN, '其中：范围一\t万吨二氧化碳当量\t'], [358.2 * WAN, '范围二\t万吨二氧化碳当量\t']], '表3-1 2021: 3,960.4 + 358.2 = 4,318.6 万吨'),
  entry(HUAYUE, 'sum', true, [[4_052.9 * WAN, `${GHG}4,318.6\t4,196.2\t`], [3_713.5 * WAN, '其中：范围一\t万吨二氧化碳当量\t3,960.4\t3,842.7\t'], [339.4 * WAN, '范围二\t万吨二氧化碳当量\t358.2\t335.3\t']], '表3-1 2023: 3,713.5 + 339.4 = 4,052.9 万吨'),
  entry(HUAYUE, 'sum', true, [[612.4 * WAN, ENERGY], [525.7 * WAN, '其中：煤炭\t万吨标准煤\t'], [72.5 * WAN, '电力\t万吨标准煤\t'], [14.2 * WAN, ALT]], '表3-1 2021: 525.7 + 72.5 + 14.2 = 612.4 万吨标准煤'),
  entry(HUAYUE, 'sum', true, [[598.7 * WAN, `${ENERGY}612.4\t`], [508.2 * WAN, '其中：煤炭\t万吨标准煤\t525.7\t'], [73.1 * WAN, '电力\t万吨标准煤\t72.5\t'], [17.4 * WAN, `${ALT}14.2\t`]], '表3-1 2022: 508.2 + 73.1 + 17.4 = 598.7 万吨标准煤'),
  entry(HUAYUE, 'sum', true, [[580.3 * WAN, `${ENERGY}612.4\t598.7\t`], [483.1 * WAN, '其中：煤炭\t万吨标准煤\t525.7\t508.2\t'], [74.6 * WAN, '电力\t万吨标准煤\t72.5\t73.1\t'], [22.6 * WAN, `${ALT}14.2\t17.4\t`]], '表3-1 2023: 483.1 + 74.6 + 22.6 = 580.3 万吨标准煤'),
  entry(HUAYUE, 'sum', true, [[2_846 * WAN, '取水总量'], 1_532 * WAN, 418 * WAN, 896 * WAN], '取水总量 2,846 万立方米 = 地表水 1,532 + 地下水 418 + 市政自来水 896'),
  entry(HUAYUE, 'ratio', true, [[3_713.5 * WAN, '范围一排放'], [4_052.9 * WAN, '温室气体排放总量为'], 91.6], '范围一 3,713.5 of 4,052.9 万吨 is the stated 91.6%'),
  entry(HUAYUE, 'ratio', true, [[52, '累计已有'], 68, 76.5], '52 of 68 熟料生产线 完成超低排放改造 is the stated 76.5%'),
  entry(HUAYUE, 'ratio', true, [[22.6 * WAN, '折合'], [580.3 * WAN, '综合能源消耗量580.3'], [3.9, '替代率提升至']], '替代燃料 22.6 of 综合能源消耗量 580.3 万吨标准煤 is the stated 替代率 3.9%'),
  entry(HUAYUE, 'ratio', true, [[22.6 * WAN, `${ALT}14.2\t17.4\t`], [580.3 * WAN, `${ENERGY}612.4\t598.7\t`], [3.9, '替代燃料替代率\t%\t2.3\t2.9\t']], '表3-1 2023: 替代燃料 22.6 of 580.3 is its 替代率 3.9%'),
  entry(HUAYUE, 'ratio', true, [[3_713.5 * WAN, '范围一排放'], [4_862 * WAN, '生产熟料'], [763.8, '吨熟料二氧化碳排放\n']], '范围一 3,713.5 万吨 over 熟料 4,862 万吨 is the stated 763.8 千克 per tonne of clinker'),
  entry(HUAYUE, 'change', true, [[4_196.2 * WAN, `${GHG}4,318.6\t`], [4_052.9 * WAN, '温室气体排放总量为'], [3.4, '同比下降3.4']], '温室气体排放总量 4,196.2 (表3-1 2022) -> 4,052.9 万吨 is the stated 同比下降 3.4%'),
  entry(HUAYUE, 'change', true, [[5_023 * WAN, '熟料产量\t万吨\t5,186\t'], [4_862 * WAN, '生产熟料'], 3.2], '熟料 5,023 (表3-1 2022) -> 4,862 万吨 is the stated 下降 3.2%'),
  entry(HUAYUE, 'change', true, [[6_838 * WAN, '水泥产量\t万吨\t6,904\t'], [6_715 * WAN, '万吨、水泥'], 1.8], '水泥 6,838 (表3-1 2022) -> 6,715 万吨 is the stated 下降 1.8%'),
  entry(HUAYUE, 'change', true, [[598.7 * WAN, `${ENERGY}612.4\t`], [580.3 * WAN, '综合能源消耗量580.3'], [3.1, '下降3.1']], '综合能源消耗量 598.7 (表3-1 2022) -> 580.3 万吨标准煤 is the stated 减少 18.4、下降 3.1%'),
  entry(HUAYUE, 'change', true, [[17.4 * WAN, `${ALT}14.2\t`], [22.6 * WAN, '折合'], 29.9], '替代燃料 17.4 (表3-1 2022) -> 22.6 万吨标准煤 is the stated 同比增长 29.9%'),
  entry(HUAYUE, 'change', true, [[2.9, '替代燃料替代率\t%\t2.3\t'], [3.9, '替代率提升至'], [1.0, '较上年提高']], '替代率 2.9% -> 3.9% is the stated 提高 1.0 个百分点'),
  entry(HUAYUE, 'change', true, [[3_516, '颗粒物排放量\t吨\t3,842\t'], [3_105, '分别为'], 11.7], '颗粒物 3,516 (表3-1 2022) -> 3,105 吨 is the stated 下降 11.7%'),
  entry(HUAYUE, 'change', true, [[25_903, '氮氧化物排放量\t吨\t28,416\t'], [22_760, '3,864吨和'], 12.1], '氮氧化物 25,903 (表3-1 2022) -> 22,760 吨 is the stated 下降 12.1%'),

  // Ashcombe Hotels: an English hotel group's sustainability report
  entry(ASHCOMBE, 'change', false, [[201_570, 'Natural gas\tMWh\t186,240\t'], [186_240, 'Natural gas\tMWh\t'], [-6.7, 'Natural gas\tMWh\t186,240\t201,570\t']], 'planted: Table 5 natural gas 201,570 -> 186,240 MWh is -7.6%, its Change cell -6.7% (digits swapped)'),
  entry(ASHCOMBE, 'consistency', false, [[3_161, 'composting reached '], [3_116, 'Composted / anaerobic digestion\t']], 'planted: food waste to anaerobic digestion and composting 3,161 tonnes in the text, 3,116 in Table 6 (digits swapped)'),
  entry(ASHCOMBE, 'ratio', false, [[71, 'Women led '], [214, 'Women led 71 of our '], [35.5, 'general managers at year end (']], 'planted: 71 women general managers of 214 hotels is 33.2%, stated (35.5%)'),
  // the text's or the table's 134,660 (the key named only the text's before the blind run, README)
  entry(ASHCOMBE, 'consistency', false, [[143_660, 'Scope 1 and 2 emissions: '], 134_660], 'planted: Scope 1 and 2 emissions 143,660 tCO2e at a glance, 134,660 in the text and Table 5 (digits swapped)'),
  entry(ASHCOMBE, 'change', false, [[149_790, 'Total Scope 1 and 2\ttCO2e\t134,660\t'], [134_660, 'emissions were '], [10.4, '134,660 tCO2e, ']], 'planted: Scope 1 and 2 149,790 (Table 5 2022) -> 134,660 tCO2e is -10.1% (as the table says), stated 10.4% below 2022'),
  // keyed in session 20, as batch 13 keys Hartwell's fall of 9.2% against its table's (8.2)%: the same slip against Table 5's Change column
  entry(ASHCOMBE, 'consistency', false, [[10.4, '134,660 tCO2e, '], [-10.1, 'Total Scope 1 and 2\ttCO2e\t134,660\t149,790\t']], 'planted: the text\'s 10.4% below 2022 against Table 5\'s -10.1% change of Total Scope 1 and 2'),
  entry(ASHCOMBE, 'ratio', false, [[14_260, 'largest market at '], 38_650, [38.6, 'rooms, ']], 'planted: UK & Ireland 14,260 of 38,650 rooms is 36.9%, stated 38.6% of the Group total'),
  entry(ASHCOMBE, 'consistency', false, [[41_820, 'Colleagues: '], [41_280, 'Ashcombe employed ']], 'planted: colleagues 41,820 at a glance, 41,280 in the text (digits swapped)'),
  entry(ASHCOMBE, 'sum', true, [[214, 'operated '], 126, [71, 'contract, '], [17, 'remaining ']], 'hotels 214 = 126 managed + 71 franchised + 17 owned or leased'),
  entry(ASHCOMBE, 'sum', true, [[214, 'Group\t'], [82, 'UK & Ireland\t'], [71, 'Continental Europe\t'], [34, 'Middle East & Africa\t'], [27, 'Asia Pacific\t']], 'hotels by region: 82 + 71 + 34 + 27 = 214'),
  entry(ASHCOMBE, 'sum', true, [[38_650, 'Group\t214\t'], [14_260, 'UK & Ireland\t82\t'], 12_830, 6_410, 5_150], 'rooms by region: 14,260 + 12,830 + 6,410 + 5,150 = 38,650'),
  entry(ASHCOMBE, 'sum', true, [[623_280, 'Total energy\tMWh\t'], [412_860, 'Electricity\tMWh\t'], [186_240, 'Natural gas\tMWh\t'], [24_180, 'District heating\tMWh\t']], 'Table 5 2023: 412,860 + 186,240 + 24,180 = 623,280 MWh'),
  entry(ASHCOMBE, 'sum', true, [[653_840, 'Total energy\tMWh\t623,280\t'], 428_310, 201_570, 23_960], 'Table 5 2022: 428,310 + 201,570 + 23,960 = 653,840 MWh'),
  entry(ASHCOMBE, 'sum', true, [[134_660, 'Total Scope 1 and 2\ttCO2e\t'], [38_420, 'Scope 1\ttCO2e\t'], [96_240, 'Scope 2 (market-based)\ttCO2e\t']], 'Table 5 2023: 38,420 + 96,240 = 134,660 tCO2e'),
  entry(ASHCOMBE, 'sum', true, [149_790, 41_150, [108_640, 'Scope 2 (market-based)\ttCO2e\t96,240\t']], 'Table 5 2022: 41,150 + 108,640 = 149,790 tCO2e'),
  entry(ASHCOMBE, 'sum', true, [[19_652, 'Total\t'], 9_842, [3_116, 'Composted / anaerobic digestion\t'], 2_408, [4_286, 'Landfill\t']], 'Table 6: 9,842 + 3,116 + 2,408 + 4,286 = 19,652 tonnes'),
  entry(ASHCOMBE, 'ratio', true, [9_842, [19_652, 'Total\t'], 50.1], 'Table 6 recycled 9,842 of 19,652 is its 50.1% share'),
  entry(ASHCOMBE, 'ratio', true, [[3_116, 'Composted / anaerobic digestion\t'], [19_652, 'Total\t'], 15.9], 'Table 6 composted 3,116 of 19,652 is its 15.9% share'),
  entry(ASHCOMBE, 'ratio', true, [2_408, [19_652, 'Total\t'], 12.3], 'Table 6 energy recovery 2,408 of 19,652 is its 12.3% share'),
  entry(ASHCOMBE, 'ratio', true, [[4_286, 'Landfill\t'], [19_652, 'Total\t'], 21.8], 'Table 6 landfill 4,286 of 19,652 is its 21.8% share'),
  entry(ASHCOMBE, 'ratio', true, [[19_652, 'generated\n'], [4_286, 'Landfill\t'], [78.2, 'of which we kept ']], '19,652 tonnes less 4,286 to landfill is the stated 78.2% kept out of landfill'),
  entry(ASHCOMBE, 'ratio', true, [24_190, [41_280, 'Ashcombe employed '], 58.6], '24,190 women of 41,280 colleagues is the stated (58.6%)'),
  entry(ASHCOMBE, 'ratio', true, [193_220, [412_860, 'Electricity\tMWh\t'], 46.8], 'renewable 193,220 of 412,860 MWh of electricity (Table 5) is the stated 46.8%'),
  entry(ASHCOMBE, 'ratio', true, [1_392, 1_846, 75.4], '1,392 of 1,846 direct suppliers is the stated (75.4%)'),
  entry(ASHCOMBE, 'ratio', true, [1.24 * M, [41_280, 'Ashcombe employed '], 30.0], '1.24 million hours over 41,280 colleagues is the stated average of 30.0 hours'),
  entry(ASHCOMBE, 'ratio', true, [[623_280, 'Total energy\tMWh\t'], [11.5 * M, 'rose 5.2% to '], [54.2, 'occupied room night was ']], '623,280 MWh over 11.50 million occupied room nights is the stated 54.2 kWh'),
  entry(ASHCOMBE, 'ratio', true, [3.86 * M, [11.5 * M, 'rose 5.2% to '], 336], '3.86 million m3 over 11.50 million occupied room nights is the stated 336 litres'),
  entry(ASHCOMBE, 'change', true, [171_260, [134_660, 'emissions were '], 21.4], 'Scope 1 and 2 171,260 (2019) -> 134,660 tCO2e is the stated 21.4% below'),
  entry(ASHCOMBE, 'change', true, [[108_640, 'Scope 2 (market-based)\ttCO2e\t96,240\t'], [96_240, 'by 11.4% to '], [11.4, 'fell by ']], 'Scope 2 108,640 (Table 5) -> 96,240 tCO2e is the stated fall of 11.4%'),
  entry(ASHCOMBE, 'change', true, [59.8, [54.2, 'room night was '], 9.4], 'energy per occupied room night 59.8 -> 54.2 kWh is the stated 9.4% down'),
  entry(ASHCOMBE, 'change', true, [428_310, [412_860, 'Electricity\tMWh\t'], -3.6], 'Table 5 electricity 428,310 -> 412,860 is its Change -3.6%'),
  entry(ASHCOMBE, 'change', true, [23_960, [24_180, 'District heating\tMWh\t'], 0.9], 'Table 5 district heating 23,960 -> 24,180 is its Change 0.9%'),
  entry(ASHCOMBE, 'change', true, [653_840, [623_280, 'Total energy\tMWh\t'], -4.7], 'Table 5 total energy 653,840 -> 623,280 is its Change -4.7%'),
  entry(ASHCOMBE, 'change', true, [41_150, [38_420, 'Scope 1\ttCO2e\t'], -6.6], 'Table 5 Scope 1 41,150 -> 38,420 is its Change -6.6%'),
  entry(ASHCOMBE, 'change', true, [[108_640, 'Scope 2 (market-based)\ttCO2e\t96,240\t'], [96_240, 'Scope 2 (market-based)\ttCO2e\t'], -11.4], 'Table 5 Scope 2 108,640 -> 96,240 is its Change -11.4%'),
  entry(ASHCOMBE, 'change', true, [149_790, [134_660, 'Total Scope 1 and 2\ttCO2e\t'], -10.1], 'Table 5 Scope 1 and 2 149,790 -> 134,660 is its Change -10.1%'),
  entry(ASHCOMBE, 'change', true, [54_140, 62_150, 14.8], 'volunteering 54,140 -> 62,150 hours is the stated 14.8% more'),
  entry(ASHCOMBE, 'change', true, [1.46 * M, 1.82 * M, 24.7], 'charity £1.46 -> £1.82 million is the stated increase of 24.7%'),

  // 青原乳业 Qingyuan Dairy: a Chinese sustainability summary and its English translation
  across(QINGYUAN_EN, [[51.2 * M, 'We put ']], QINGYUAN_ZH, [[512 * WAN, '粪污资源化利用量']], 'planted: 粪污资源化利用量 512 万吨 (5.12 million tonnes) in the Chinese, 51.2 million tonnes in the English (a scale slip)'),
  across(QINGYUAN_ZH, [[9_000, '周边近']], QINGYUAN_EN, [[9_000, 'more than ']], 'planted: 近 9,000 名奶农 (nearly) in the Chinese, more than 9,000 dairy farmers in the English (a turned qualifier)'),
  { ...across(QINGYUAN_EN, [[1.17, 'raw milk down to '], [1.71, 'GHG intensity of raw milk\tkg CO2e/kg\t1.74\t']], QINGYUAN_ZH, [[1.71, '降至']], 'planted: 单位生鲜乳碳排放 1.71 in the Chinese and the English table, 1.17 kg in the English text (digits swapped)'), atLeast: 2 },
  across(QINGYUAN_ZH, [[4.6, '吨奶饲料消耗同比下降']], QINGYUAN_EN, [[6.4, 'per tonne of milk by ']], 'planted: 吨奶饲料消耗 同比下降 4.6% in the Chinese, cut by 6.4% in the English (digits swapped)'),
  across(QINGYUAN_ZH, [[12, '公司已有']], QINGYUAN_EN, [[11, '42 farms, ']], 'planted: 12 座牧场获得有机认证 in the Chinese, 11 certified organic farms in the English'),
  entry(QINGYUAN_ZH, 'ratio', false, [[12, '公司已有'], [42, '自有规模化牧场'], [26.2, '占自有牧场的']], 'planted: 12 of 42 自有牧场 is 28.6%, stated 26.2% (the 11 of the English)'),
  across(QINGYUAN_EN, [[23.6 * M, 'totalled RMB ']], QINGYUAN_ZH, [[2.36 * YI, '全年环保投入']], 'planted: 环保投入 2.36 亿元 (RMB 236 million) in the Chinese, RMB 23.6 million in the English (a scale slip)'),
  entry(QINGYUAN_EN, 'sum', false, [[3_186 * K, 'Total GHG emissions\tthousand tCO2e\t2,964\t'], [1_531 * K, 'of which: enteric fermentation\tthousand tCO2e\t1,428\t'], [769 * K, 'manure management\tthousand tCO2e\t715\t'], [868 * K, 'energy use\tthousand tCO2e\t821\t']], 'planted: the English Table 2 2023 1,531 + 769 + 868 = 3,168, its total 3,186 (energy use 886 with digits swapped)'),
  // added after the blind run (README): the English scale slip leaves its own sentence inconsistent
  { ...entry(QINGYUAN_EN, 'sum', false, [[23.6 * M, 'totalled RMB '], 142 * M, 58 * M, 36 * M], 'the English RMB 23.6 million including 142 + 58 + 36 = RMB 236 million (the scale slip of 2.36 亿元)'), atLeast: 3 },
  across(QINGYUAN_EN, [[868 * K, 'energy use\tthousand tCO2e\t821\t']], QINGYUAN_ZH, [[88.6 * WAN, '能源使用\t万吨二氧化碳当量\t82.1\t']], 'planted: 能源使用 88.6 万吨 in 表2, 868 thousand tCO2e in the English Table 2'),
  // 表1's 存栏 column (10.2 + 7.8 + 6.1 + 4.7 = 28.8 under 28.6, 宁夏 7.6 planted 7.8) is left out after the blind run:
  // four parts to one decimal may add to 28.6 (README)
  entry(QINGYUAN_ZH, 'sum', true, [[42, '合计\t'], [14, '内蒙古\t'], [11, '宁夏\t'], [9, '黑龙江\t'], [8, '河北\t']], '表1 牧场: 14 + 11 + 9 + 8 = 42'),
  entry(QINGYUAN_ZH, 'sum', true, [[296.4 * WAN, GHG], [142.8 * WAN, '其中：肠道发酵\t万吨二氧化碳当量\t'], [71.5 * WAN, '粪污管理\t万吨二氧化碳当量\t'], [82.1 * WAN, '能源使用\t万吨二氧化碳当量\t']], '表2 2022: 142.8 + 71.5 + 82.1 = 296.4 万吨'),
  entry(QINGYUAN_ZH, 'sum', true, [[318.6 * WAN, `${GHG}296.4\t`], [153.1 * WAN, '其中：肠道发酵\t万吨二氧化碳当量\t142.8\t'], [76.9 * WAN, '粪污管理\t万吨二氧化碳当量\t71.5\t'], [88.6 * WAN, '能源使用\t万吨二氧化碳当量\t82.1\t']], '表2 2023: 153.1 + 76.9 + 88.6 = 318.6 万吨'),
  entry(QINGYUAN_ZH, 'sum', true, [[2.36 * YI, '全年环保投入'], 1.42 * YI, 0.58 * YI, 0.36 * YI], '环保投入 2.36 亿元 = 1.42 + 0.58 + 0.36'),
  entry(QINGYUAN_ZH, 'ratio', true, [[15.2 * WAN, '其中成母牛'], [28.6 * WAN, '奶牛存栏'], 53.1], '成母牛 15.2 of 存栏 28.6 万头 is the stated 53.1%'),
  entry(QINGYUAN_ZH, 'ratio', true, [[153.1 * WAN, '甲烷\n排放'], [318.6 * WAN, '排放总量为'], 48.1], '肠道发酵甲烷 153.1 of 318.6 万吨 is the stated 48.1%'),
  entry(QINGYUAN_ZH, 'ratio', true, [5_438, 15_862, 34.3], '女性 5,438 of 员工总数 15,862 is the stated 34.3%'),
  entry(QINGYUAN_ZH, 'ratio', true, [[318.6 * WAN, '排放总量为'], [186.4 * WAN, '生鲜乳\n产量'], [1.71, '降至']], '318.6 万吨 over 生鲜乳 186.4 万吨 is the stated 1.71 千克/千克'),
  entry(QINGYUAN_ZH, 'ratio', true, [[186.4 * WAN, '生鲜乳\n产量'], [15.2 * WAN, '其中成母牛'], [12.3, '单产达']], '生鲜乳 186.4 万吨 over 成母牛 15.2 万头 is the stated 年均单产 12.3 吨'),
  entry(QINGYUAN_ZH, 'ratio', true, [[1_326 * WAN, '用水总量\t万立方米\t1,248\t'], [186.4 * WAN, '生鲜乳\n产量'], [7.11, '单位生鲜乳耗水\t立方米/吨\t7.35\t']], '表2 2023: 用水 1,326 万立方米 over 生鲜乳 186.4 万吨 is its 7.11 立方米/吨'),
  entry(QINGYUAN_EN, 'sum', true, [[2_964 * K, 'Total GHG emissions\tthousand tCO2e\t'], [1_428 * K, 'of which: enteric fermentation\tthousand tCO2e\t'], [715 * K, 'manure management\tthousand tCO2e\t'], [821 * K, 'energy use\tthousand tCO2e\t']], 'English Table 2 2022: 1,428 + 715 + 821 = 2,964 thousand tCO2e'),
  entry(QINGYUAN_EN, 'ratio', true, [152_000, 286_000, 53.1], '152,000 milking cows of 286,000 cattle is the stated (53.1% of the herd)'),
  entry(QINGYUAN_EN, 'ratio', true, [[1.531 * M, 'accounted for '], [3.186 * M, 'rose 7.5% to '], 48.1], 'enteric methane 1.531 of 3.186 million tonnes is the stated 48.1%'),
  entry(QINGYUAN_EN, 'ratio', true, [[11, '42 farms, '], [42, 'Of our\n'], 26.2], '11 of 42 farms is the stated (26.2%)'),
  entry(QINGYUAN_EN, 'ratio', true, [5_438, 15_862, 34.3], '5,438 women of 15,862 people is the stated (34.3%)'),
  entry(QINGYUAN_ZH, 'change', true, [[296.4 * WAN, GHG], [318.6 * WAN, '排放总量为'], [7.5, '同比增长7.5']], '温室气体排放总量 296.4 (表2) -> 318.6 万吨 is the stated 同比增长 7.5%'),
  entry(QINGYUAN_ZH, 'change', true, [[96.2, '粪污资源化利用率\t%\t'], [97.8, '资源化利用率97.8'], [1.6, '较上年提高']], '粪污资源化利用率 96.2% -> 97.8% is the stated 提高 1.6 个百分点'),
  entry(QINGYUAN_ZH, 'change', true, [39.4, [42.6, '人均培训'], 8.1], '人均培训 39.4 -> 42.6 小时 is the stated 同比增长 8.1%'),
  entry(QINGYUAN_EN, 'change', true, [[2_964 * K, 'Total GHG emissions\tthousand tCO2e\t'], [3.186 * M, 'rose 7.5% to '], [7.5, 'emissions rose ']], 'GHG 2,964 thousand (Table 2) -> 3.186 million tCO2e is the stated rise of 7.5%'),
  entry(QINGYUAN_EN, 'change', true, [[96.2, 'Manure utilisation rate\t%\t'], [97.8, 'utilisation rate of '], [1.6, 'up ']], 'manure utilisation 96.2% -> 97.8% is the stated 1.6 percentage points up'),
  entry(QINGYUAN_EN, 'change', true, [39.4, [42.6, 'average\nof '], 8.1], 'training 39.4 -> 42.6 hours is the stated 8.1% more'),

  // Corran Telecom: a telecom operator's annual report extract
  entry(CORRAN, 'sum', false, [[17_789 * K, 'Total\t'], [8_412 * K, 'Mobile postpaid\t'], [4_926 * K, 'Mobile prepaid\t'], [3_184 * K, 'Fixed broadband\t'], [1_277 * K, 'Pay TV\t']], 'planted: Table 2 2023 8,412 + 4,926 + 3,184 + 1,277 = 17,799, its total 17,789 thousand'),
  entry(CORRAN, 'change', false, [[5.21 * M, 'up from '], [5.94 * M, 'passes '], [12.0, 'an increase\nof ']], 'planted: homes passed 5.21 -> 5.94 million is +14.0%, stated an increase of 12.0%'),
  entry(CORRAN, 'change', false, [[1_098.5 * M, 'Consumer fixed '], [1_142.8 * M, 'Consumer fixed '], [4.3, 'Consumer fixed revenue grew ']], 'planted: consumer fixed revenue 1,098.5 -> 1,142.8 € million is +4.0%, stated grew 4.3%'),
  entry(CORRAN, 'ratio', false, [[812.4 * M, 'Capital expenditure of €'], 4_626.3 * M, [18.6, 'million, ']], 'planted: capex 812.4 of revenue 4,626.3 € million is 17.6%, stated 18.6% of revenue'),
  entry(CORRAN, 'sum', false, [[58.4, 'totalled '], [21.6, 'Scope 1 emissions of '], [38.2, 'Scope 2 emissions of ']], 'planted: Scope 1 and 2 58.4 ktCO2e of Scope 1 21.6 + Scope 2 38.2 = 59.8'),
  entry(CORRAN, 'change', false, [163_000, 186_400, [16.3, 'recycling, ']], 'planted: devices collected 163,000 -> 186,400 is +14.4%, stated 16.3% more'),
  entry(CORRAN, 'ratio', false, [[243, 'Corporate functions\t1,118\t'], [1_118, 'Corporate functions\t'], [27.1, 'Corporate functions\t1,118\t243\t']], 'planted: Table 4 corporate functions 243 of 1,118 is 21.7%, its Women (%) cell 27.1% (digits swapped)'),
  entry(CORRAN, 'consistency', false, [[824, 'Network energy: '], [842, 'consumption was ']], 'planted: network energy 824 GWh in the highlights, 842 GWh in the text (digits swapped)'),
  entry(CORRAN, 'sum', true, [[17_817 * K, 'Total\t17,789\t'], [8_106 * K, 'Mobile postpaid\t8,412\t'], [5_318 * K, 'Mobile prepaid\t4,926\t'], [3_052 * K, 'Fixed broadband\t3,184\t'], [1_341 * K, 'Pay TV\t1,277\t']], 'Table 2 2022: 8,106 + 5,318 + 3,052 + 1,341 = 17,817 thousand'),
  entry(CORRAN, 'sum', true, [[4_626.3 * M, 'Group revenue  '], [2_184.6 * M, 'Consumer mobile  '], [1_142.8 * M, 'Consumer fixed  '], [986.4 * M, 'Business  '], 312.5 * M], 'revenue by segment 2023: 2,184.6 + 1,142.8 + 986.4 + 312.5 = 4,626.3 € million'),
  entry(CORRAN, 'sum', true, [4_515.6 * M, 2_106.3 * M, 1_098.5 * M, 1_012.7 * M, 298.1 * M], 'revenue by segment 2022: 2,106.3 + 1,098.5 + 1,012.7 + 298.1 = 4,515.6 € million'),
  entry(CORRAN, 'sum', true, [[9_864, 'Total\t'], 3_942, 3_318, 1_486, [1_118, 'Corporate functions\t']], 'Table 4 employees: 3,942 + 3,318 + 1,486 + 1,118 = 9,864'),
  entry(CORRAN, 'sum', true, [[3_127, 'Total\t9,864\t'], 812, 1_604, 468, [243, 'Corporate functions\t1,118\t']], 'Table 4 women: 812 + 1,604 + 468 + 243 = 3,127'),
  entry(CORRAN, 'ratio', true, [812, 3_942, 20.6], 'Table 4 network and technology 812 of 3,942 is its 20.6%'),
  entry(CORRAN, 'ratio', true, [1_604, 3_318, 48.3], 'Table 4 customer operations 1,604 of 3,318 is its 48.3%'),
  entry(CORRAN, 'ratio', true, [468, 1_486, 31.5], 'Table 4 sales 468 of 1,486 is its 31.5%'),
  entry(CORRAN, 'ratio', true, [[3_127, 'Total\t9,864\t'], [9_864, 'Total\t'], [31.7, 'Total\t9,864\t3,127\t']], 'Table 4 total 3,127 of 9,864 is its 31.7%'),
  entry(CORRAN, 'ratio', true, [[3_127, 'people, '], [9_864, 'Corran employed '], [31.7, 'of them women (']], '3,127 women of 9,864 people is the stated (31.7%)'),
  entry(CORRAN, 'ratio', true, [2.26 * M, [3.18 * M, 'reached '], 71.0], 'fibre 2.26 of 3.18 million broadband customers is the stated (71.0%)'),
  entry(CORRAN, 'ratio', true, [2_184.6 * M, 4_626.3 * M, 47.2], 'consumer mobile 2,184.6 of 4,626.3 € million is the stated 47.2%'),
  entry(CORRAN, 'ratio', true, [1_642 * M, 4_626.3 * M, 35.5], 'adjusted EBITDA 1,642.0 of revenue 4,626.3 € million is the stated margin of 35.5%'),
  entry(CORRAN, 'ratio', true, [612, [842, 'consumption was '], [72.7, 'or ']], 'renewable 612 of 842 GWh is the stated 72.7%'),
  entry(CORRAN, 'ratio', true, [[842, 'consumption was '], [13.8, 'carried '], [61, 'fell to ']], '842 GWh over 13.8 exabytes is the stated 61 kWh per terabyte'),
  entry(CORRAN, 'change', true, [4_515.6 * M, [4_626.3 * M, 'rose 2.5% to €'], 2.5], 'group revenue 4,515.6 -> 4,626.3 € million is the stated rise of 2.5%'),
  entry(CORRAN, 'change', true, [[8_106 * K, 'Mobile postpaid\t8,412\t'], [8.41 * M, 'grew 3.8% to '], [3.8, 'customers grew ']], 'postpaid 8,106 thousand -> 8.41 million is the stated 3.8%'),
  entry(CORRAN, 'change', true, [[8_106 * K, 'Mobile postpaid\t8,412\t'], [8_412 * K, 'Mobile postpaid\t'], [3.8, 'Mobile postpaid\t8,412\t8,106\t']], 'Table 2 postpaid 8,106 -> 8,412 is its Change 3.8%'),
  entry(CORRAN, 'change', true, [[5_318 * K, 'Mobile prepaid\t4,926\t'], [4_926 * K, 'Mobile prepaid\t'], -7.4], 'Table 2 prepaid 5,318 -> 4,926 is its Change -7.4%'),
  entry(CORRAN, 'change', true, [[3_052 * K, 'Fixed broadband\t3,184\t'], [3_184 * K, 'Fixed broadband\t'], [4.3, 'Fixed broadband\t3,184\t3,052\t']], 'Table 2 broadband 3,052 -> 3,184 is its Change 4.3%'),
  entry(CORRAN, 'change', true, [[1_341 * K, 'Pay TV\t1,277\t'], [1_277 * K, 'Pay TV\t'], -4.8], 'Table 2 pay TV 1,341 -> 1,277 is its Change -4.8%'),
  entry(CORRAN, 'change', true, [1_012.7 * M, [986.4 * M, 'fell 2.6% to €'], [2.6, 'revenue fell ']], 'business revenue 1,012.7 -> 986.4 € million is the stated fall of 2.6%'),
  entry(CORRAN, 'change', true, [[10.83, '2022 ('], [13.8, 'carried '], 27.4], 'data traffic 10.83 -> 13.8 exabytes is the stated 27.4% more'),
  entry(CORRAN, 'change', true, [[856, '2022: '], [842, 'consumption was '], [1.6, 'down ']], 'network energy 856 -> 842 GWh is the stated 1.6% down'),
  entry(CORRAN, 'change', true, [[79, 'from '], [61, 'fell to '], 22.8], 'energy per terabyte 79 -> 61 kWh is the stated 22.8% improvement'),
];
