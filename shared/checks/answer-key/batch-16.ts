// The sixteenth blind batch: five engagements in genres and layouts outside batches 1–15, written as
// their published reports read (PDF text: wrapped lines, page footers, tables flattened to tabs or to
// aligned columns): a Chinese 新能源 battery maker's ESG chapter (a 环境绩效 table with a 单位 column, a
// 其中 row of 绿色电力 and its 比例 row, prose restating the table in 万吨 and 亿千瓦时, an 环保投入 list
// closed by 及其他, 回收 broken down by battery type); an English gold miner's safety and climate pages
// (a safety table split into employees, contractors and their Total column with a TRIFR row, frequency
// rates in the text, a GHG table in kt beside Mt in the text, a water sum after a colon); a Hong Kong
// utility's page in traditional Chinese and English in one file (a key-figures table whose rows carry
// both languages' labels, 百萬度 / GWh, 億度, 萬公噸, 萬 / million); a Chinese commercial bank's 绿色金融
// chapter (绿色信贷 by 投向 under `单位：亿元` with a share column, 较年初增加 … 增长 …, 占比, 个百分点,
// a green bond in 亿 and its proceeds); an English retailer's people pages (a highlights block, a
// gender-by-age table with a Total column and row, gender pay gap and pay quartiles, apprentices and
// training against the year before in brackets).
// Planted (as real drafts slip): table totals that do not add (温室气体排放总量 2,183,650 for
// 2,138,650; contractors' lost-time injuries 7 against a Total of 11 with employees' 5; the utility's
// commercial 5,226 for 5,262 under a 總計 of 11,106; the retailer's 35-to-49 total 9,050 for 9,500,
// which leaves its Total column unadded too); sentence sums that miss (环保投入 4.86 of 4.76; water
// 48.6 GL of 47.9; 1,842 projects of 1,868 with 其他项目 last); stated changes that do not compute
// (回收 同比增长 26.5%, 22.5; TRIFR 2.27 -> 1.76 `a 26.3% improvement`, 22.5; 节能环保 同比增长 23.6%,
// 32.6; the utility's 二氧化碳 減少 4.8%, 4.4 as its English says; apprentices 1,116 -> 1,284 `rose
// 18.5%`, 15.1; the median pay gap `fell 0.9 percentage points` 5.3 -> 4.6); shares that do not compute
// (综合利用率 121,460 of 139,254 `89.2%`, 87.2; women 3,258 of 23,640 `(14.8%)`, 13.8; 清洁能源产业
// 372.50 of 1,286.45 `29.86` in the share column, 28.96; 普惠 86.42 of 1,286.45 `6.27%`, 6.72;
// colleagues under 25, 11,160 of 38,460 `31.0%`, 29.0); one metric two ways (新鲜水 120.89 万吨 in the
// text, 1,208.9 万吨 in the table; Scope 1 1.32 Mt in the text, last year's, against 1,287 kt;
// 绿色金融债券 50 亿元 raised, its proceeds 5,000 万元; the highlights' mean pay gap 8.9% against 9.8%);
// translation slips inside the bilingual file (港幣 1,860 萬 as HK$186 million; 超過 12,000 小時 as a
// bare 12,000 hours; 1,958 僱員 as 1,985 employees).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: 15.24 亿千瓦时 against 152,360 万千瓦时, 36.89 亿 against 368,940 万,
// 56.37 万吨标准煤 against 563,710 吨, 5.17 万吨 against 51,660 吨 (roundings); the 80%, 30%, 15% and
// 2030/2045 targets; 3.80 Mt against 3,799 kt and 5.85 million tonnes against 584.6 萬公噸; 2022's
// 1,318 kt (which 1.32 Mt does restate, of the wrong year); 99.999% reliability; 111.06 億度 against
// 11,106 GWh; 86.9 亿元 of green bonds held beside 86.42 亿元 of 普惠 loans; a coupon of 2.68%; 64% in
// the highlights against 64.0%; the pay quartiles and bonus shares, which are shares of different wholes
// and add to nothing; 2022's columns beside the text's 2023 figures.

import type { Engagement } from './key';
import { B, engagements, entry, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b16';
const NINGCHUAN = 'ningchuan-battery-esg-2023.txt';
const KAROO = 'karoo-ridge-sustainability-2023.txt';
const HARBOUR_LIGHT = 'harbour-light-power-sustainability-2023.txt';
const JIANGNING = 'jiangning-bank-csr-2023.txt';
const GREYWELL = 'greywell-hart-annual-report-2024.txt';

export const BATCH_16_ENGAGEMENTS: Engagement[] = engagements(DIR, [NINGCHUAN, KAROO, HARBOUR_LIGHT, JIANGNING, GREYWELL]);

export const BATCH_16_KEY: KeyEntry[] = [
  // 宁川新能源: a Chinese battery maker's ESG chapter on climate and environment
  entry(NINGCHUAN, 'sum', false, [[2_183_650, '温室气体排放总量'], 130_520, 2_008_130], 'planted: 2023 温室气体排放总量 2,183,650 吨, yet 范围一 130,520 + 范围二 2,008,130 = 2,138,650'),
  entry(NINGCHUAN, 'sum', false, [[4.86 * YI, '投入资金4.86'], 1.92 * YI, 1.35 * YI, 0.86 * YI, 0.63 * YI], 'planted: 环保投入 4.86 亿元, yet 1.92 + 1.35 + 0.86 + 环境监测及其他 0.63 = 4.76'),
  entry(NINGCHUAN, 'consistency', false, [[120.89 * WAN, '新鲜水用量120.89'], [1_208.9 * WAN, '新鲜水用量\t万吨']], 'planted: 新鲜水用量 120.89 万吨 in the text, 1,208.9 万吨 for 2023 in 表7-1 (a scale slip)'),
  entry(NINGCHUAN, 'ratio', false, [121_460, 139_254, 89.2], 'planted: 一般固体废物 综合利用 121,460 of 产生量 139,254 吨 (table) is 87.2%, stated 综合利用率 89.2%'),
  entry(NINGCHUAN, 'change', false, [42_180, [5.17 * WAN, '回收废旧电池5.17'], [26.5, '增长26.5']], 'planted: 废旧电池回收量 42,180 吨 (table) -> 5.17 万吨 is +22.5%, stated 同比增长 26.5%'),
  entry(NINGCHUAN, 'sum', true, [2_014_600, 123_840, 1_890_760], '2022 温室气体排放总量 2,014,600 = 范围一 123,840 + 范围二 1,890,760'),
  entry(NINGCHUAN, 'ratio', true, [96_420 * WAN, 312_580 * WAN, 30.8], 'table 2022: 绿色电力 96,420 of 外购电力 312,580 万千瓦时 is the 30.8% 比例 row'),
  entry(NINGCHUAN, 'ratio', true, [152_360 * WAN, 368_940 * WAN, [41.3, '绿色电力使用比例\t%\t30.8\t']], 'table 2023: 绿色电力 152,360 of 外购电力 368,940 万千瓦时 is the 41.3% 比例 row'),
  entry(NINGCHUAN, 'ratio', true, [15.24 * YI, 36.89 * YI, [41.3, '占外购电力的41.3']], '绿色电力 15.24 of 外购电力 36.89 亿千瓦时 is the stated 41.3%'),
  entry(NINGCHUAN, 'ratio', true, [20_918, [21_306, '产生量21,306'], 98.2], '危险废物 委托处置 20,918 of 21,306 吨 is the stated 98.2%'),
  entry(NINGCHUAN, 'sum', true, [[5.17 * WAN, '回收废旧电池5.17'], 3.86 * WAN, 0.92 * WAN, 0.39 * WAN], '回收废旧电池 5.17 万吨 = 动力 3.86 + 储能 0.92 + 消费 0.39'),
  entry(NINGCHUAN, 'ratio', true, [183.56 * YI, 4_009.17 * YI, 4.6], '研发投入 183.56 of 营业收入 4,009.17 亿元 is the stated 4.6%'),
  entry(NINGCHUAN, 'change', true, [486_240, 56.37 * WAN, 15.9], '综合能源消耗量 486,240 (table) -> 56.37 万吨标准煤 is the stated 同比增长 15.9%'),
  entry(NINGCHUAN, 'change', true, [30.8, [41.3, '占外购电力的41.3'], 10.5], '绿色电力使用比例 30.8% (table) -> 41.3% is the stated 提升 10.5 个百分点'),

  // Karoo Ridge Gold: an English gold miner's safety and climate pages
  entry(KAROO, 'sum', false, [[11, 'Lost-time injuries\t5\t7\t'], [5, 'Lost-time injuries\t'], [7, 'Lost-time injuries\t5\t']], 'planted: Table 12 lost-time injuries, employees 5 + contractors 7 = 12, Total 11 (as the text says)'),
  entry(KAROO, 'change', false, [[2.27, 'from 2.27'], [1.76, 'improved to'], 26.3], 'planted: TRIFR 2.27 -> 1.76 is a 22.5% improvement, stated "a 26.3% improvement"'),
  entry(KAROO, 'consistency', false, [[1.32, 'Scope 1 emissions of 1.32'], 1_287], 'planted: "Scope 1 emissions of 1.32 Mt CO2e" in the 2023 text (2022\'s 1,318 kt), 1,287 kt for 2023 in Table 14'),
  entry(KAROO, 'sum', false, [48.6, 21.4, 18.9, 7.6], 'planted: water withdrawn "totalled 48.6 GL: 21.4 … 18.9 … and 7.6", which add to 47.9'),
  entry(KAROO, 'ratio', false, [3_258, 23_640, 14.8], 'planted: women 3,258 of 23,640 employees is 13.8%, stated (14.8%)'),
  entry(KAROO, 'ratio', true, [[38, 'we recorded'], [21.6 * M, 'Over 21.6'], [1.76, 'improved to']], 'TRIFR: 38 recordable injuries over 21.6 million hours is the stated 1.76'),
  entry(KAROO, 'ratio', true, [[11, '11 of which'], [21.6 * M, 'Over 21.6'], [0.51, 'was 0.51']], 'LTIFR: 11 lost-time injuries over 21.6 million hours is the stated 0.51'),
  entry(KAROO, 'ratio', true, [[19, 'Recordable injuries\t'], [12.4 * M, 'Hours worked (million)\t'], [1.53, 'TRIFR (per million hours)\t']], 'Table 12 employees: 19 recordables over 12.4 million hours is the 1.53 TRIFR'),
  entry(KAROO, 'ratio', true, [[19, 'Recordable injuries\t19\t'], [9.2 * M, 'Hours worked (million)\t12.4\t'], [2.07, 'TRIFR (per million hours)\t1.53\t']], 'Table 12 contractors: 19 recordables over 9.2 million hours is the 2.07 TRIFR'),
  entry(KAROO, 'ratio', true, [[38, 'Recordable injuries\t19\t19\t'], [21.6 * M, 'Hours worked (million)\t'], [1.76, 'TRIFR (per million hours)\t']], 'Table 12 total: 38 recordables over 21.6 million hours is the 1.76 TRIFR'),
  entry(KAROO, 'sum', true, [[21.6 * M, 'Hours worked (million)\t'], [12.4 * M, 'Hours worked (million)\t'], [9.2 * M, 'Hours worked (million)\t12.4\t']], 'Table 12 hours: 12.4 + 9.2 = 21.6 million'),
  entry(KAROO, 'sum', true, [[38, 'Recordable injuries\t19\t19\t'], [19, 'Recordable injuries\t'], [19, 'Recordable injuries\t19\t']], 'Table 12 recordable injuries: 19 + 19 = 38'),
  entry(KAROO, 'sum', true, [4_120, 1_246, 2_874], 'Table 14 2021: Scope 1 1,246 + Scope 2 2,874 = 4,120 kt'),
  entry(KAROO, 'sum', true, [4_124, 1_318, 2_806], 'Table 14 2022: Scope 1 1,318 + Scope 2 2,806 = 4,124 kt'),
  entry(KAROO, 'sum', true, [3_799, 1_287, [2_512, 'Scope 2   ']], 'Table 14 2023: Scope 1 1,287 + Scope 2 2,512 = 3,799 kt'),
  entry(KAROO, 'ratio', true, [2.13, 14.86, 14.3], 'renewable 2.13 of 14.86 PJ is the stated 14.3%'),
  entry(KAROO, 'change', true, [4_124, 3.8, 7.9], 'Scope 1 and 2 4,124 kt (Table 14) -> 3.80 Mt is the stated fall of 7.9%'),

  // 港燈電力 / Harbour Light & Power: one page in traditional Chinese and English
  entry(HARBOUR_LIGHT, 'sum', false, [[11_106 * M, '總計 Total\t10,842\t'], 3_248 * M, 5_226 * M, 998 * M, 1_598 * M], 'planted: 2023 by customer type 3,248 + 5,226 + 998 + 1,598 = 11,070, 總計 11,106 (commercial 5,262 with digits swapped)'),
  entry(HARBOUR_LIGHT, 'change', false, [[584.6 * WAN, '排放量為584.6'], [4.8, '減少4.8']], 'planted: 二氧化碳 6,112 -> 5,846 千公噸 is -4.4% (as the English says), stated 減少 4.8%'),
  entry(HARBOUR_LIGHT, 'consistency', false, [[4.8, '減少4.8'], [4.4, 'fell 4.4']], 'planted: 二氧化碳排放量 減少 4.8% in the Chinese, "fell 4.4%" in the English'),
  entry(HARBOUR_LIGHT, 'consistency', false, [[1_860 * WAN, '投放港幣1,860'], [186 * M, 'HK$186']], 'planted: 港幣 1,860 萬元 (HK$18.6 million) in the Chinese, "HK$186 million" in the English (a scale slip)'),
  entry(HARBOUR_LIGHT, 'consistency', false, [[12_000, '超過12,000'], [12_000, 'volunteered 12,000']], 'planted: 超過 12,000 小時 in the Chinese, a bare "12,000 hours" in the English (the qualifier dropped)'),
  entry(HARBOUR_LIGHT, 'consistency', false, [1_958, [1_985, 'we had 1,985']], 'planted: 僱員 1,958 名 in the Chinese and the table, "1,985 employees" in the English (digits swapped)'),
  entry(HARBOUR_LIGHT, 'sum', true, [[10_842 * M, '總計 Total\t'], 3_126 * M, 5_184 * M, 1_052 * M, 1_480 * M], '2022 by customer type: 3,126 + 5,184 + 1,052 + 1,480 = 10,842'),
  { ...entry(HARBOUR_LIGHT, 'ratio', true, [[3_248 * M, '住宅 Residential\t'], [29.2, '售電量的29.2'], 111.06 * YI], '住宅 3,248 (table) of 售電量 111.06 億度 is the stated 29.2%'), atLeast: 2 },
  { ...entry(HARBOUR_LIGHT, 'ratio', true, [[3_248 * M, '住宅 Residential\t'], [29.2, 'accounted for 29.2'], 11_106], 'Residential 3,248 (table) of 11,106 GWh is the stated 29.2%'), atLeast: 2 },
  entry(HARBOUR_LIGHT, 'sum', true, [[38.6 * YI, '港幣38.6'], 21.4 * YI, 12.8 * YI, 4.4 * YI], '資本開支 38.6 億元 = 21.4 + 12.8 + 4.4'),
  entry(HARBOUR_LIGHT, 'sum', true, [3.86 * B, 2.14 * B, 1.28 * B, 0.44 * B], 'capital expenditure HK$3.86 billion = 2.14 + 1.28 + 0.44'),
  entry(HARBOUR_LIGHT, 'ratio', true, [482, [1_958, '共有僱員1,958'], 24.6], '女性 482 of 僱員 1,958 is the stated 24.6%'),
  entry(HARBOUR_LIGHT, 'change', true, [[10_842 * M, '售電量（百萬度）'], [111.06 * YI, '售電量為111.06'], [2.4, '增加2.4']], '售電量 10,842 (table) -> 111.06 億度 is the stated 增加 2.4%'),

  // 江宁银行: a Chinese commercial bank's 绿色金融 chapter
  entry(JIANGNING, 'ratio', false, [[372.5 * YI, '清洁能源产业\t'], 1_286.45 * YI, 29.86], 'planted: 表3-1 清洁能源产业 372.50 of 1,286.45 亿元 is 28.96%, its share column says 29.86'),
  { ...entry(JIANGNING, 'sum', false, [100, 41.87, 29.86, 15.11, 8.02, 4.76, 1.28], 'the same slip: 表3-1\'s 2023年末占比 column 41.87 + 29.86 + 15.11 + 8.02 + 4.76 + 1.28 = 100.90, its 合计 100.00'), atLeast: 6 },
  entry(JIANGNING, 'change', false, [146.58 * YI, [194.36 * YI, '贷款余额194.36'], 23.6], 'planted: 节能环保产业 146.58 (table) -> 194.36 亿元 is +32.6%, stated 同比增长 23.6%'),
  entry(JIANGNING, 'ratio', false, [86.42 * YI, 1_286.45 * YI, 6.27], 'planted: 普惠型小微企业绿色贷款 86.42 of 绿色信贷 1,286.45 亿元 is 6.72%, stated 6.27%'),
  entry(JIANGNING, 'sum', false, [[1_842, '为1,842'], 624, 758, 486], 'planted: 1,842 个绿色项目, yet 清洁能源 624 + 基础设施 758 + 其他 486 = 1,868'),
  entry(JIANGNING, 'consistency', false, [[50 * YI, '债券50'], [5_000 * WAN, '募集资金5,000']], 'planted: 发行绿色金融债券 50 亿元, its 募集资金 said 5,000 万元 (a scale slip: 500,000 万元)'),
  entry(JIANGNING, 'sum', true, [[973.77 * YI, '合计'], 412.36 * YI, 268.14 * YI, 146.58 * YI, 82.47 * YI, 48.62 * YI, 15.6 * YI], '2022年末 绿色信贷 by 投向 add to the 973.77 亿元 合计'),
  entry(JIANGNING, 'sum', true, [[1_286.45 * YI, '合计\t973.77\t'], 538.7 * YI, [372.5 * YI, '清洁能源产业\t'], [194.36 * YI, '节能环保产业\t'], 103.18 * YI, 61.29 * YI, 16.42 * YI], '2023年末 绿色信贷 by 投向 add to the 1,286.45 亿元 合计'),
  entry(JIANGNING, 'ratio', true, [538.7 * YI, 1_286.45 * YI, 41.87], '基础设施绿色升级 538.70 of 1,286.45 is the 41.87 in the share column'),
  entry(JIANGNING, 'ratio', true, [[194.36 * YI, '节能环保产业\t'], 1_286.45 * YI, 15.11], '节能环保产业 194.36 of 1,286.45 is the 15.11 in the share column'),
  entry(JIANGNING, 'ratio', true, [103.18 * YI, 1_286.45 * YI, 8.02], '清洁生产产业 103.18 of 1,286.45 is the 8.02 in the share column'),
  entry(JIANGNING, 'ratio', true, [61.29 * YI, 1_286.45 * YI, 4.76], '生态环境产业 61.29 of 1,286.45 is the 4.76 in the share column'),
  entry(JIANGNING, 'ratio', true, [16.42 * YI, 1_286.45 * YI, 1.28], '绿色服务 16.42 of 1,286.45 is the 1.28 in the share column'),
  entry(JIANGNING, 'ratio', true, [[1_286.45 * YI, '绿色信贷余额1,286.45'], 10_402.36 * YI, 12.37], '绿色信贷 1,286.45 of 各项贷款 10,402.36 亿元 is the stated 12.37%'),
  entry(JIANGNING, 'change', true, [[312.68 * YI, '增加312.68'], [32.11, '增长32.11']], '绿色信贷 较年初增加 312.68 亿元 on 973.77 is the stated 增长 32.11%'),
  entry(JIANGNING, 'change', true, [10.31, 12.37, 2.06], '占比 10.31% -> 12.37% is the stated 提升 2.06 个百分点'),
  entry(JIANGNING, 'change', true, [268.14 * YI, [372.5 * YI, '贷款余额372.50'], 38.9], '清洁能源产业 268.14 (table) -> 372.50 亿元 is the stated 同比增长 38.9%'),

  // Greywell & Hart: an English retailer's people pages
  entry(GREYWELL, 'sum', false, [9_050, 6_214, 3_286], 'planted: 35 to 49, women 6,214 + men 3,286 = 9,500, Total 9,050'),
  entry(GREYWELL, 'sum', false, [[38_460, 'Total   '], 11_160, 9_318, 9_050, 8_482], 'planted: the Total column 11,160 + 9,318 + 9,050 + 8,482 = 38,010, not 38,460 (the 35-to-49 total with digits swapped)'),
  entry(GREYWELL, 'ratio', false, [11_160, 38_460, 31.0], 'planted: colleagues under 25, 11,160 of 38,460, are 29.0%, stated 31.0%'),
  entry(GREYWELL, 'change', false, [[5.3, '(2022/23: 5.3'], [4.6, 'points to 4.6'], [0.9, 'fell 0.9']], 'planted: the median pay gap 5.3% -> 4.6% is 0.7 percentage points, stated "fell 0.9 percentage points"'),
  entry(GREYWELL, 'change', false, [1_116, [1_284, 'rose 18.5% to'], 18.5], 'planted: apprentices 1,116 -> 1,284 is +15.1%, stated "rose 18.5%"'),
  entry(GREYWELL, 'consistency', false, [[8.9, 'Mean gender pay gap 8.9'], 9.8], 'planted: mean gender pay gap 8.9% in the highlights, 9.8% in the text and the table (digits swapped)'),
  entry(GREYWELL, 'ratio', true, [24_612, 38_460, 64.0], 'women 24,612 of 38,460 colleagues is the stated 64.0%'),
  entry(GREYWELL, 'sum', true, [[24_612, 'Total   '], 6_842, 5_906, 6_214, 5_650], 'women by age: 6,842 + 5,906 + 6,214 + 5,650 = 24,612'),
  entry(GREYWELL, 'sum', true, [13_848, 4_318, 3_412, 3_286, 2_832], 'men by age: 4,318 + 3,412 + 3,286 + 2,832 = 13,848'),
  entry(GREYWELL, 'sum', true, [11_160, 6_842, 4_318], 'under 25: 6,842 + 4,318 = 11,160'),
  entry(GREYWELL, 'sum', true, [9_318, 5_906, 3_412], '25 to 34: 5,906 + 3,412 = 9,318'),
  entry(GREYWELL, 'sum', true, [8_482, 5_650, 2_832], '50 and over: 5,650 + 2,832 = 8,482'),
  entry(GREYWELL, 'sum', true, [[38_460, 'Total   '], [24_612, 'Total   '], 13_848], 'the Total row: 24,612 women + 13,848 men = 38,460'),
  entry(GREYWELL, 'ratio', true, [6_128, 9_842, 62.3], 'new colleagues: women 6,128 of 9,842 is the stated 62.3%'),
  entry(GREYWELL, 'ratio', true, [510, 1_226, 41.6], 'senior leadership: women 510 of 1,226 roles is the stated 41.6%'),
  entry(GREYWELL, 'ratio', true, [[5, 'and 5 of'], [11, 'of the 11'], 45.5], 'Board: 5 women of 11 members is the stated 45.5%'),
  entry(GREYWELL, 'change', true, [536_180, 612_400, 14.2], 'training 536,180 -> 612,400 hours is the stated increase of 14.2%'),
  entry(GREYWELL, 'change', true, [[11.2, 'from 11.2'], [9.8, 'narrowed to 9.8'], 1.4], 'mean pay gap 11.2% -> 9.8% is the stated fall of 1.4 percentage points'),
];
