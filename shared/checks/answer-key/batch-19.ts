// The nineteenth blind batch: four engagements of report kinds outside batches 1–18, written as their
// published reports read (PDF text: wrapped lines, page footers, tables flattened to tabs): a Chinese
// property and casualty insurer's 绿色保险 chapter (表4-1 over three years with a `其中：` breakdown of
// premiums by line, 风险保障金额 in 万亿元, claims, prose shares of 保费收入, 较上年增加 … 增长 …, a 其中 list
// of claims, 赔付率, 绿色投资余额 较年初, a 关键绩效 block); an English housing association's annual
// performance report (an at-a-glance block, homes by tenure with a Change column, repairs by priority
// with a share column, EPC bands, a `comprised` sentence whose total is the sentence before, complaints
// and satisfaction in percentage points, a `(2022/23: £228.4 million)` bracket); a Chinese port operator's
// ESG summary and its English translation in two files (亿吨 / million tonnes, 万标准箱 / million TEU and
// thousand TEU, 万千瓦时 / million kWh and MWh, 万吨 / tCO2e, 万元 / RMB million); a software company's people
// and diversity data (headcount by region and gender with 2022 and a % change column, women by role with
// a Change (pp) column, hires and leavers by region, prose restating shares and changes).
// Planted (as real drafts slip): a 其中 cell with swapped digits (表4-1 2022 环境污染责任保险 3.45 for 3.54
// under 41.06); a 其中 list part with swapped digits (巨灾 赔款 9.26 for 9.62 under 21.37, and against 4.3's
// 9.62); changes that do not compute (赔款支出 同比增长 12.1%, 21.1 by the table; Leasehold's Change cell
// 3.5%, 5.3; new homes `14.2% more than the 1,002`, 12.4; `an improvement of 4.3 percentage points`, 3.4;
// Europe's % change cell 6.7%, 7.6 as the prose says; Leadership's Change (pp) 1.4, 1.6; the English
// containers `up 4.8%`, 8.4 as the Chinese says); shares that do not compute (巨灾 保费 16.85 of 48.62
// `36.4%`, 34.7; EPC D 10,864 of 42,816 `25.0%`, 25.4; women 3,914 of 18,642 `(12.0%)` in the English,
// 21.0; hires 1,127 of 2,846 `41.2%`, 39.6; North America 5,396 of 12,486 `42.3%`, 43.2); sums that miss
// (EPC bands to 42,996 under 42,816; £112.4 million `comprised` 64.8 + 38.6 + 12.0 = 115.4; Asia Pacific's
// row 1,026 + 2,241 + 10 = 3,277 under 3,250 and the Men column to 8,157 under 8,130; hires by region to
// 2,866 under 2,846; the English GHG 928,700 of 431,800 + 550,900); one metric two ways (新能源汽车保险保单
// 281.6 万件 in the text, 218.6 in 表4-1; 赔款支出 21.73 in the 关键绩效 block; 绿色投资余额 268.4 in the
// text, 286.4 in the block; new homes 1,162 at a glance, 1,126 in the text; 综合能源消耗量 40.51 万吨标准煤
// in the Chinese text, 40.15 in its table; the English GHG 928,700 tCO2e against 98.27 万吨 and the English
// table's 982,700); a scale slip in translation (岸电 1,846 万千瓦时 / 184.6 million kWh, 18,460 MWh in the
// English table); a turned qualifier (近 2,400 名员工 / Over 2,400 employees).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: 1,078 voluntary leavers beside an attrition rate of 8.9% (of the average
// headcount, not said); 1.47 万吨 / 14,700 tonnes, 12.6 万人次 / 126,000, 4.3 万小时 / 43,000 hours; 4.86 亿吨
// / 486 million tonnes / 486.0; 2022's columns beside the text's 2023 figures; the pay gap's 9.7% beside Asia
// Pacific's 9.7%; 38.6 million said twice (retrofit, and the Decarbonisation Fund's investment); 1,842 homes
// retrofitted beside 1,842 women in non-technical roles (another file); 92.4% right first time beside the
// table's 91.2% in target (two measures).

import type { Engagement } from './key';
import { across, engagements, entry, M, miss, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b19';
const ANLAN = 'anlan-insurance-sustainability-2023.txt';
const ALDBROOK = 'aldbrook-homes-annual-performance-2023-24.txt';
const LINHAI_ZH = 'linhai-port-esg-2023-zh.txt';
const LINHAI_EN = 'linhai-port-esg-2023-en.txt';
const BRIGHTLANE = 'brightlane-people-diversity-2023.txt';

export const BATCH_19_ENGAGEMENTS: Engagement[] = engagements(DIR, [ANLAN, ALDBROOK, [LINHAI_ZH, LINHAI_EN], BRIGHTLANE]);

export const BATCH_19_KEY: KeyEntry[] = [
  // 安澜财险: a Chinese property and casualty insurer's 绿色保险 chapter
  entry(ANLAN, 'sum', false, [[41.06 * YI, '绿色保险保费收入\t亿元\t33.25\t'], [12.48 * YI, '其中：清洁能源保险\t亿元\t9.86\t'], [3.45 * YI, '环境污染责任保险\t亿元\t3.12\t'], [14.2 * YI, '巨灾及天气指数保险\t亿元\t11.63\t'], [10.84 * YI, '绿色交通保险\t亿元\t8.64\t']], 'planted: 表4-1 2022 12.48 + 3.45 + 14.20 + 10.84 = 40.97, its 保费收入 41.06 (环境污染责任保险 3.54 with digits swapped)'),
  entry(ANLAN, 'sum', false, [[21.37 * YI, '全年绿色保险赔款支出'], 6.84 * YI, 2.15 * YI, [9.26 * YI, '巨灾及天气指数保险赔款'], [2.76 * YI, '绿色交通保险赔款']], 'planted: 赔款支出 21.37 亿元, 其中 6.84 + 2.15 + 9.26 + 2.76 = 21.01 (巨灾 9.62 with digits swapped)'),
  entry(ANLAN, 'consistency', false, [[9.26 * YI, '巨灾及天气指数保险赔款'], 9.62 * YI], 'planted: 巨灾及天气指数保险赔款 9.26 亿元 in 4.1, 赔款支出 9.62 亿元 in 4.3'),
  entry(ANLAN, 'change', false, [[17.65 * YI, '绿色保险赔款支出\t亿元\t14.92\t'], 21.37 * YI, [12.1, '同比增长12.1']], 'planted: 赔款支出 17.65 (表4-1 2022) -> 21.37 亿元 is +21.1%, stated 同比增长 12.1% (digits swapped)'),
  entry(ANLAN, 'ratio', false, [16.85 * YI, 48.62 * YI, 36.4], 'planted: 巨灾及天气指数保险 16.85 of 绿色保险保费收入 48.62 亿元 is 34.7%, stated 36.4%'),
  entry(ANLAN, 'consistency', false, [[281.6 * WAN, '承保新能源汽车保险保单'], [218.6 * WAN, '新能源汽车保险保单件数\t万件\t86.4\t142.7\t']], 'planted: 新能源汽车保险保单 281.6 万件 in 4.4, 218.6 for 2023 in 表4-1 (digits swapped)'),
  entry(ANLAN, 'consistency', false, [[21.73 * YI, '绿色保险赔款支出：'], 21.37 * YI], 'planted: 赔款支出 21.37 亿元 in the text and 表4-1, 21.73 in the 关键绩效 block'),
  entry(ANLAN, 'consistency', false, [[286.4 * YI, '绿色投资余额：'], [268.4 * YI, '公司绿色投资余额']], 'planted: 绿色投资余额 268.4 亿元 in 4.5 (its parts add to it), 286.4 in the 关键绩效 block'),
  entry(ANLAN, 'sum', true, [[48.62 * YI, '绿色保险保费收入\t亿元\t33.25\t41.06\t'], 15.37 * YI, 3.91 * YI, 16.85 * YI, 12.49 * YI], '表4-1 2023: 15.37 + 3.91 + 16.85 + 12.49 = 48.62 亿元'),
  entry(ANLAN, 'sum', true, [33.25 * YI, 9.86 * YI, 3.12 * YI, 11.63 * YI, 8.64 * YI], '表4-1 2021: 9.86 + 3.12 + 11.63 + 8.64 = 33.25 亿元'),
  entry(ANLAN, 'ratio', true, [48.62 * YI, 385.87 * YI, 12.6], '绿色保险保费收入 48.62 of 总保费收入 385.87 亿元 is the stated 12.6%'),
  entry(ANLAN, 'sum', true, [[2_846, '服务清洁能源项目'], 1_024, 1_436, 386], '清洁能源项目 2,846 个 = 风电 1,024 + 光伏 1,436 + 水电及其他 386'),
  entry(ANLAN, 'ratio', true, [[15.37 * YI, '清洁能源保险保费收入'], 48.62 * YI, 31.6], '清洁能源保险 15.37 of 绿色保险保费收入 48.62 亿元 is the stated 31.6%'),
  entry(ANLAN, 'ratio', true, [31.8 * WAN, 126.4 * WAN, 25.2], '脱贫户 31.8 of 农户 126.4 万户 is the stated 25.2%'),
  entry(ANLAN, 'ratio', true, [[2.76 * YI, '赔款支出2.76'], [12.49 * YI, '绿色交通保险保费收入'], 22.1], '绿色交通保险 赔款 2.76 over 保费 12.49 亿元 is the stated 赔付率 22.1%'),
  entry(ANLAN, 'sum', true, [[268.4 * YI, '公司绿色投资余额'], 112.5 * YI, 98.3 * YI, 57.6 * YI], '绿色投资余额 268.4 亿元 = 112.5 + 98.3 + 57.6'),
  entry(ANLAN, 'change', true, [41.06 * YI, [48.62 * YI, '保费收入48.62'], [18.4, '同比增长18.4']], '保费收入 41.06 (表4-1 2022) -> 48.62 亿元 is the stated 同比增长 18.4%'),
  entry(ANLAN, 'change', true, [[3_120 * YI, '增加3,120'], 20.2], '风险保障金额 较上年增加 3,120 亿元 on 1.548 万亿 is the stated 增长 20.2%'),
  entry(ANLAN, 'change', true, [42.6 * YI, 18.9], '绿色投资余额 较年初增加 42.6 亿元 on 225.8 is the stated 增长 18.9%'),

  // Aldbrook Homes: an English housing association's annual performance report
  entry(ALDBROOK, 'change', false, [[1_282, 'Leasehold\t'], [1_350, 'Leasehold\t1,282\t'], [3.5, 'Leasehold\t1,282\t1,350\t']], 'planted: Table 1 leasehold 1,282 -> 1,350 is +5.3%, its Change cell 3.5% (digits swapped)'),
  entry(ALDBROOK, 'change', false, [64.1, 67.5, [4.3, 'improvement of']], 'planted: EPC C or above 64.1% -> 67.5% is 3.4 points, stated an improvement of 4.3 percentage points'),
  entry(ALDBROOK, 'sum', false, [[42_816, 'No EPC\t1,086\t2.5%\nTotal\t'], 3_126, 25_778, 10_864, 2_142, [1_086, 'No EPC\t']], 'planted: Table 3 3,126 + 25,778 + 10,864 + 2,142 + 1,086 = 42,996, its total 42,816 (band D 10,684 with digits swapped)'),
  entry(ALDBROOK, 'ratio', false, [10_864, 42_816, [25.0, 'D\t10,864\t']], 'planted: Table 3 band D 10,864 of 42,816 is 25.4%, its share cell 25.0% (the 10,684 it was worked out from)'),
  entry(ALDBROOK, 'consistency', false, [[1_162, 'New homes completed: '], [1_126, 'We completed ']], 'planted: new homes completed 1,162 at a glance, 1,126 in the text (digits swapped)'),
  entry(ALDBROOK, 'sum', false, [112.4 * M, 64.8 * M, [38.6 * M, 'maintenance, £'], 12.0 * M], 'planted: £112.4 million invested, the programme comprised 64.8 + 38.6 + 12.0 = £115.4 million (a part updated, the total not)'),
  entry(ALDBROOK, 'change', false, [[1_002, 'than the '], [1_126, 'We completed '], [14.2, 'homes in the year, ']], 'planted: new homes 1,002 -> 1,126 is +12.4%, stated 14.2% more'),
  entry(ALDBROOK, 'sum', true, [[42_816, 'we owned and managed '], [31_420, 'made up'], [6_184, 'housing '], [3_862, 'shared ownership '], [1_350, 'leasehold\n']], 'homes 42,816 = general needs 31,420 + supported 6,184 + shared ownership 3,862 + leasehold 1,350 (the text)'),
  entry(ALDBROOK, 'sum', true, [[42_018, 'Total\t'], 31_204, 6_236, 3_296, 1_282], 'Table 1 2023: 31,204 + 6,236 + 3,296 + 1,282 = 42,018'),
  entry(ALDBROOK, 'sum', true, [[42_816, 'Total\t42,018\t'], [31_420, 'General needs\t31,204\t'], [6_184, '\t6,236\t'], [3_862, '\t3,296\t'], [1_350, '\t1,282\t']], 'Table 1 2024: 31,420 + 6,184 + 3,862 + 1,350 = 42,816'),
  entry(ALDBROOK, 'ratio', true, [432, [1_126, 'We completed '], 38.4], '432 of 1,126 new homes for social rent is the stated 38.4%'),
  entry(ALDBROOK, 'sum', true, [[186_420, 'Total\t'], 28_614, 46_230, 111_576], 'Table 2: 28,614 + 46,230 + 111,576 = 186,420 repairs'),
  entry(ALDBROOK, 'ratio', true, [28_614, 186_420, 15.3], 'Table 2 emergency 28,614 of 186,420 is its 15.3% share'),
  entry(ALDBROOK, 'ratio', true, [46_230, 186_420, [24.8, 'Urgent (7 days)\t46,230\t']], 'Table 2 urgent 46,230 of 186,420 is its 24.8% share'),
  entry(ALDBROOK, 'ratio', true, [111_576, 186_420, 59.9], 'Table 2 routine 111,576 of 186,420 is its 59.9% share'),
  entry(ALDBROOK, 'ratio', true, [28_904, 42_816, 67.5], '28,904 homes at EPC C or above of 42,816 is the stated 67.5% of our stock'),
  entry(ALDBROOK, 'ratio', true, [[38.6 * M, 'investing £'], 1_842, 20_960], '£38.6 million over 1,842 retrofitted homes is the stated average of £20,960'),
  entry(ALDBROOK, 'ratio', true, [3_126, 42_816, 7.3], 'Table 3 A-B 3,126 of 42,816 is its 7.3% share'),
  entry(ALDBROOK, 'ratio', true, [25_778, 42_816, 60.2], 'Table 3 C 25,778 of 42,816 is its 60.2% share'),
  entry(ALDBROOK, 'ratio', true, [2_142, 42_816, [5.0, 'E-G\t2,142\t']], 'Table 3 E-G 2,142 of 42,816 is its 5.0% share'),
  entry(ALDBROOK, 'ratio', true, [[1_086, 'No EPC\t'], 42_816, 2.5], 'Table 3 no EPC 1,086 of 42,816 is its 2.5% share'),
  entry(ALDBROOK, 'ratio', true, [184, 2_614, 7.0], '184 stage 2 complaints of 2,614 stage 1 is the stated 7.0%'),
  entry(ALDBROOK, 'ratio', true, [6.42 * M, 246.8 * M, 2.6], 'arrears £6.42 million of £246.8 million receivable is the stated 2.6%'),
  entry(ALDBROOK, 'change', true, [[42_018, 'from '], [42_816, 'we owned and managed '], [1.9, 'up ']], 'homes 42,018 -> 42,816 is the stated rise of 1.9%'),
  entry(ALDBROOK, 'change', true, [[3_296, 'Shared ownership\t'], [3_862, 'Shared ownership\t3,296\t'], 17.2], 'Table 1 shared ownership 3,296 -> 3,862 is its Change cell 17.2%'),
  entry(ALDBROOK, 'change', true, [178_230, 186_420, 4.6], 'repairs 178,230 -> 186,420 is the stated 4.6% more'),
  entry(ALDBROOK, 'change', true, [[14.2, 'down from '], 11.8, 16.9], 'repair time 14.2 -> 11.8 days is the stated reduction of 16.9%'),
  entry(ALDBROOK, 'change', true, [69.4, [71.8, 'services was '], [2.4, 'rise of ']], 'satisfaction 69.4% -> 71.8% is the stated rise of 2.4 percentage points'),
  entry(ALDBROOK, 'change', true, [2_982, 2_614, 12.3], 'stage 1 complaints 2,982 -> 2,614 is the stated 12.3% fewer'),
  entry(ALDBROOK, 'change', true, [228.4 * M, 246.8 * M, 8.1], 'rent receivable £228.4 -> £246.8 million is the stated 8.1% rise'),

  // 临海港口 Linhai Port: a Chinese ESG summary and its English translation
  { ...across(LINHAI_EN, [[184.6 * M, 'Shore power use reached '], [18_460, 'Shore power use\tMWh\t13,600\t']], LINHAI_ZH, [1_846 * WAN], 'planted: 岸电使用量 1,846 万千瓦时 (18.46 million kWh, the English table\'s 18,460 MWh) in the Chinese, 184.6 million kWh in the English text (a scale slip)'), atLeast: 2 },
  { ...across(LINHAI_EN, [[928_700, 'Total GHG emissions were '], [982_700, 'Total GHG emissions\ttCO2e\t968,400\t']], LINHAI_ZH, [98.27 * WAN], 'planted: 温室气体排放总量 98.27 万吨 in the Chinese and 982,700 tCO2e in the English table, 928,700 tCO2e in the English text (digits swapped)'), atLeast: 2 },
  entry(LINHAI_EN, 'sum', false, [[928_700, 'Total GHG emissions were '], [431_800, 'Scope 1 emissions were '], [550_900, 'Scope 2 emissions ']], 'planted: the English text\'s total 928,700 tCO2e of Scope 1 431,800 + Scope 2 550,900 = 982,700'),
  // keyed in session 55, when a check first read a paragraph's rate over its own slipped total (batch 62 keys the same kind: lochside's 54.5 over 2,810)
  entry(LINHAI_EN, 'ratio', false, [[928_700, 'Total GHG emissions were '], 486 * M, [2.022, 'fell 4.4% to ']], 'the same slip: the English 2\'s carbon intensity 2.022 kg CO2e per tonne stands on 982,700; over the paragraph\'s 928,700 tCO2e it is 1.911'),
  entry(LINHAI_EN, 'ratio', false, [3_914, 18_642, 12.0], 'planted: 3,914 women of 18,642 employees is 21.0% (as the Chinese says), the English says (12.0%)'),
  across(LINHAI_EN, [[12.0, '3,914 (']], LINHAI_ZH, [[21.0, '3,914人，占']], 'planted: 女性员工 占 21.0% in the Chinese, (12.0%) in the English (digits swapped)'),
  miss(
    entry(LINHAI_EN, 'change', false, [13.26 * M, [4.8, 'containers, up ']], 'planted: containers 12.23 -> 13.26 million TEU is +8.4% (as the Chinese says), the English says up 4.8%'),
    'the English table\'s `Container throughput\tthousand TEU\t12,230` comes out as 12,230, its row\'s `thousand` not applied (as 表1\'s `万标准箱` cells come out without their 万), so the year before is not comparable (marked after the blind run)',
  ),
  across(LINHAI_ZH, [[8.4, '同比增长8.4']], LINHAI_EN, [[4.8, 'containers, up ']], 'planted: 集装箱吞吐量 同比增长 8.4% in the Chinese, up 4.8% in the English (digits swapped)'),
  entry(LINHAI_ZH, 'consistency', false, [[40.51 * WAN, '全年综合能源消耗量'], [40.15 * WAN, '综合能源消耗量\t万吨标准煤\t38.62\t']], 'planted: 综合能源消耗量 40.51 万吨标准煤 in the Chinese text, 40.15 for 2023 in 表1 (and 401,500 in the English table)'),
  across(LINHAI_ZH, [[2_400, '近']], LINHAI_EN, [[2_400, 'Over ']], 'planted: 近 2,400 名员工参与志愿服务 (nearly) in the Chinese, Over 2,400 employees volunteered in the English (a turned qualifier)'),
  entry(LINHAI_ZH, 'ratio', true, [872 * WAN, 1_326 * WAN, 65.8], '外贸集装箱 872 of 1,326 万标准箱 is the stated 65.8%'),
  entry(LINHAI_EN, 'ratio', true, [8.72 * M, 13.26 * M, 65.8], 'foreign trade 8.72 of 13.26 million TEU is the stated 65.8%'),
  entry(LINHAI_ZH, 'ratio', true, [126, 174, 72.4], '岸电泊位 126 of 174 专业化泊位 is the stated 72.4%'),
  entry(LINHAI_EN, 'ratio', true, [126, 174, 72.4], '126 shore power berths of 174 specialised berths is the stated 72.4%'),
  entry(LINHAI_ZH, 'sum', true, [96.84 * WAN, 42.36 * WAN, 54.48 * WAN], '表1 2022: 范围一 42.36 + 范围二 54.48 = 96.84 万吨'),
  entry(LINHAI_ZH, 'sum', true, [[98.27 * WAN, '温室气体排放总量\t万吨二氧化碳当量\t96.84\t'], [43.18 * WAN, '其中：范围一\t万吨二氧化碳当量\t42.36\t'], [55.09 * WAN, '范围二\t万吨二氧化碳当量\t54.48\t']], '表1 2023: 43.18 + 55.09 = 98.27 万吨'),
  entry(LINHAI_ZH, 'sum', true, [[98.27 * WAN, '温室气体排放总量98.27'], [43.18 * WAN, '范围一排放\n'], [55.09 * WAN, '范围二排放55.09']], 'the Chinese text: 温室气体排放总量 98.27 = 范围一 43.18 + 范围二 55.09 万吨'),
  entry(LINHAI_EN, 'sum', true, [968_400, 423_600, 544_800], 'English Table 1 2022: 423,600 + 544,800 = 968,400 tCO2e'),
  entry(LINHAI_EN, 'sum', true, [[982_700, 'Total GHG emissions\ttCO2e\t968,400\t'], [431_800, 'Scope 1\ttCO2e\t423,600\t'], [550_900, 'Scope 2\ttCO2e\t544,800\t']], 'English Table 1 2023: 431,800 + 550,900 = 982,700 tCO2e'),
  entry(LINHAI_ZH, 'ratio', true, [[98.27 * WAN, '温室气体排放总量\t万吨二氧化碳当量\t96.84\t'], [4.86 * YI, '货物吞吐量\t亿吨\t4.576\t'], [2.022, '单位吞吐量碳排放\t千克二氧化碳当量/吨\t2.116\t']], '表1 2023: 98.27 万吨 over 4.86 亿吨 is the 2.022 千克/吨 单位吞吐量碳排放'),
  entry(LINHAI_ZH, 'ratio', true, [12_386, 18_642, 66.4], '一线作业人员 12,386 of 18,642 员工 is the stated 66.4%'),
  entry(LINHAI_ZH, 'ratio', true, [3_914, 18_642, 21.0], '女性员工 3,914 of 18,642 is the stated 21.0%'),
  entry(LINHAI_EN, 'ratio', true, [12_386, 18_642, 66.4], '12,386 frontline of 18,642 employees is the stated (66.4%)'),
  entry(LINHAI_ZH, 'sum', true, [2_864 * WAN, 1_126 * WAN, 1_208 * WAN, 530 * WAN], '公益投入 2,864 万元 = 1,126 + 1,208 + 530'),
  entry(LINHAI_EN, 'sum', true, [28.64 * M, 11.26 * M, 12.08 * M, 5.3 * M], 'community investment RMB 28.64 million = 11.26 + 12.08 + 5.30'),
  entry(LINHAI_ZH, 'change', true, [4.576 * YI, [4.86 * YI, '货物吞吐量4.86'], 6.2], '货物吞吐量 4.576 (表1) -> 4.86 亿吨 is the stated 同比增长 6.2%'),
  entry(LINHAI_ZH, 'change', true, [1_223 * WAN, [1_326 * WAN, '集装箱吞吐量1,326'], [8.4, '同比增长8.4']], '集装箱吞吐量 1,223 (表1) -> 1,326 万标准箱 is the stated 同比增长 8.4%'),
  entry(LINHAI_ZH, 'change', true, [1_360 * WAN, [1_846 * WAN, '岸电使用量1,846'], 35.7], '岸电使用量 1,360 (表1) -> 1,846 万千瓦时 is the stated 同比增长 35.7%'),
  entry(LINHAI_ZH, 'change', true, [96.84 * WAN, [98.27 * WAN, '温室气体排放总量98.27'], [1.5, '同比增长1.5']], '温室气体排放总量 96.84 (表1) -> 98.27 万吨 is the stated 同比增长 1.5%'),
  entry(LINHAI_ZH, 'change', true, [[2.116, '单位吞吐量碳排放\t'], [2.022, '单位吞吐量碳排放2.022'], 4.4], '单位吞吐量碳排放 2.116 (表1) -> 2.022 is the stated 同比下降 4.4%'),

  // Brightlane Software: a software company's people and diversity data
  entry(BRIGHTLANE, 'sum', false, [[3_250, 'Asia Pacific\t1,026\t2,241\t10\t'], [1_026, 'Asia Pacific\t'], 2_241, [10, 'Asia Pacific\t1,026\t2,241\t']], 'planted: Table 1 Asia Pacific 1,026 + 2,241 + 10 = 3,277, its total 3,250 (men 2,214 with digits swapped)'),
  entry(BRIGHTLANE, 'sum', false, [8_130, 3_512, 1_968, 2_241, 436], 'planted: Table 1 men 3,512 + 1,968 + 2,241 + 436 = 8,157, its total 8,130'),
  entry(BRIGHTLANE, 'change', false, [2_876, 3_094, 6.7], 'planted: Table 1 Europe 2,876 -> 3,094 is +7.6% (as the text says), its % change cell 6.7%'),
  entry(BRIGHTLANE, 'consistency', false, [6.7, [7.6, 'Europe grew ']], 'planted: Europe grew 7.6% in the text, 6.7% in Table 1'),
  entry(BRIGHTLANE, 'change', false, [[30.8, 'Leadership (director and above)\t1,304\t423\t32.4%\t'], [32.4, 'Leadership (director and above)\t1,304\t423\t'], 1.4], 'planted: Table 2 leadership 30.8% -> 32.4% is 1.6 points, its Change (pp) cell 1.4'),
  entry(BRIGHTLANE, 'ratio', false, [1_127, [2_846, 'We hired '], 41.2], 'planted: 1,127 women of 2,846 hires is 39.6%, stated 41.2% (1,172 with digits swapped)'),
  entry(BRIGHTLANE, 'ratio', false, [[5_396, 'with '], 12_486, 42.3], 'planted: North America 5,396 of 12,486 is 43.2%, stated 42.3%'),
  entry(BRIGHTLANE, 'sum', false, [2_846, [1_104, 'North America\t1,104\t'], 682, 874, 206], 'planted: Table 3 hires 1,104 + 682 + 874 + 206 = 2,866, its total 2,846 (Asia Pacific updated, the total not)'),
  entry(BRIGHTLANE, 'sum', true, [[5_396, 'North America\t1,836\t3,512\t48\t'], 1_836, 3_512, 48], 'Table 1 North America: 1,836 + 3,512 + 48 = 5,396'),
  entry(BRIGHTLANE, 'sum', true, [[3_094, 'Europe\t1,104\t1,968\t22\t'], [1_104, 'Europe\t'], 1_968, 22], 'Table 1 Europe: 1,104 + 1,968 + 22 = 3,094'),
  entry(BRIGHTLANE, 'sum', true, [[746, 'Latin America\t304\t436\t6\t'], 304, 436, [6, 'Latin America\t304\t436\t']], 'Table 1 Latin America: 304 + 436 + 6 = 746'),
  entry(BRIGHTLANE, 'sum', true, [[4_270, 'Total\t'], 1_836, [1_104, 'Europe\t'], 1_026, 304], 'Table 1 women: 1,836 + 1,104 + 1,026 + 304 = 4,270'),
  entry(BRIGHTLANE, 'sum', true, [86, [48, 'North America\t1,836\t3,512\t'], [22, 'Europe\t1,104\t1,968\t'], [10, 'Asia Pacific\t1,026\t2,241\t'], [6, 'Latin America\t304\t436\t']], 'Table 1 not disclosed: 48 + 22 + 10 + 6 = 86'),
  entry(BRIGHTLANE, 'sum', true, [[12_486, 'Total\t4,270\t8,130\t86\t'], [5_396, 'North America\t1,836\t3,512\t48\t'], [3_094, 'Europe\t1,104\t1,968\t22\t'], [3_250, 'Asia Pacific\t1,026\t2,241\t10\t'], [746, 'Latin America\t304\t436\t6\t']], 'Table 1 total 2023: 5,396 + 3,094 + 3,250 + 746 = 12,486'),
  entry(BRIGHTLANE, 'sum', true, [11_746, 5_128, 2_876, 2_962, 780], 'Table 1 total 2022: 5,128 + 2,876 + 2,962 + 780 = 11,746'),
  entry(BRIGHTLANE, 'sum', true, [[12_486, 'Total\t4,270\t8,130\t86\t'], [4_270, 'Total\t'], 8_130, 86], 'Table 1 total row: 4,270 + 8,130 + 86 = 12,486'),
  entry(BRIGHTLANE, 'sum', true, [[12_486, 'Total\t'], 7_214, 3_968, [1_304, 'Leadership (director and above)\t']], 'Table 2 headcount: 7,214 + 3,968 + 1,304 = 12,486'),
  entry(BRIGHTLANE, 'sum', true, [[4_270, 'Total\t12,486\t'], 2_005, 1_842, [423, 'Leadership (director and above)\t1,304\t']], 'Table 2 women: 2,005 + 1,842 + 423 = 4,270'),
  entry(BRIGHTLANE, 'ratio', true, [2_005, 7_214, [27.8, 'Technical\t7,214\t2,005\t']], 'Table 2 technical: 2,005 of 7,214 is its 27.8%'),
  entry(BRIGHTLANE, 'ratio', true, [1_842, 3_968, 46.4], 'Table 2 non-technical: 1,842 of 3,968 is its 46.4%'),
  entry(BRIGHTLANE, 'ratio', true, [[423, 'Leadership (director and above)\t1,304\t'], [1_304, 'Leadership (director and above)\t'], [32.4, 'Leadership (director and above)\t1,304\t423\t']], 'Table 2 leadership: 423 of 1,304 is its 32.4%'),
  entry(BRIGHTLANE, 'ratio', true, [[4_270, 'Total\t12,486\t'], 12_486, [34.2, 'Total\t12,486\t4,270\t']], 'Table 2 total: 4,270 of 12,486 is its 34.2%'),
  entry(BRIGHTLANE, 'ratio', true, [4_270, 12_486, [34.2, 'made up\n']], 'women 4,270 of 12,486 is the stated 34.2% of our global workforce'),
  entry(BRIGHTLANE, 'ratio', true, [2_005, 7_214, [27.8, '(4,270 people) and ']], 'women 2,005 of 7,214 technical roles (Table 2) is the stated 27.8%'),
  entry(BRIGHTLANE, 'ratio', true, [[423, 'Women held '], [1_304, 'of our '], [32.4, 'roles at year end, ']], '423 of 1,304 director-and-above roles is the stated 32.4%'),
  entry(BRIGHTLANE, 'ratio', true, [[4, 'directors: '], [11, 'Board has\n'], 36.4], '4 women of 11 directors is the stated 36.4%'),
  entry(BRIGHTLANE, 'ratio', true, [[3, 'women (36.4%) and '], [11, 'Board has\n'], 27.3], '3 of 11 directors from ethnic minority backgrounds is the stated 27.3%'),
  entry(BRIGHTLANE, 'ratio', true, [[3_250, 'rose 9.7% to '], 12_486, 26.0], 'Asia Pacific 3,250 of 12,486 is the stated 26.0%'),
  entry(BRIGHTLANE, 'ratio', true, [[3_094, 'Europe grew 7.6% to '], 12_486, 24.8], 'Europe 3,094 of 12,486 is the stated 24.8%'),
  entry(BRIGHTLANE, 'sum', true, [[1_078, 'Total\t2,846\t'], 462, 258, 276, 82], 'Table 3 voluntary leavers: 462 + 258 + 276 + 82 = 1,078'),
  entry(BRIGHTLANE, 'change', true, [11_746, 12_486, [6.3, 'regions, ']], 'headcount 11,746 (Table 1) -> 12,486 is the stated 6.3% more'),
  entry(BRIGHTLANE, 'change', true, [5_128, [5_396, 'North America\t1,836\t3,512\t48\t'], 5.2], 'Table 1 North America 5,128 -> 5,396 is its 5.2%'),
  entry(BRIGHTLANE, 'change', true, [2_962, [3_250, 'rose 9.7% to '], [9.7, 'headcount rose ']], 'Asia Pacific 2,962 -> 3,250 is the stated rise of 9.7%'),
  entry(BRIGHTLANE, 'change', true, [780, [746, 'fell 4.4% to '], [4.4, 'headcount fell ']], 'Latin America 780 -> 746 is the stated fall of 4.4%'),
  entry(BRIGHTLANE, 'change', true, [26.1, [27.8, 'Technical\t7,214\t2,005\t'], 1.7], 'Table 2 technical 26.1% -> 27.8% is its 1.7 points'),
  entry(BRIGHTLANE, 'change', true, [11.4, [8.9, 'attrition fell to '], 2.5], 'voluntary attrition 11.4% -> 8.9% is the stated decrease of 2.5 percentage points'),
  entry(BRIGHTLANE, 'change', true, [[9.7, 'down from '], 8.4, 1.3], 'median pay gap 9.7% -> 8.4% is the stated narrowing of 1.3 percentage points'),
];
