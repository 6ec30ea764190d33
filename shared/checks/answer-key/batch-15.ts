// The fifteenth blind batch: five engagements of companies and genres outside the seeds and batches
// 1–14, written as their published reports read (PDF text: wrapped lines, page footers, tables
// flattened to tabs or to aligned columns): a Chinese state-owned power generator's 社会责任报告 (a
// key-figure table with a unit column, an installed-capacity table under `单位：万千瓦`, running text
// with 较上年增长, 占比, 个百分点, 较上年下降 X 克/千瓦时, 同比下降, 其中 lists); an English airline's
// sustainability data pages (a highlights block of a figure a line, jet fuel, RTK, CO2 per RTK in
// grams, SAF, women in leadership, a three-year data table and a headcount table in aligned columns);
// a Hong Kong-listed property company's ESG page in English and its simplified Chinese translation as
// two files; a Chinese pharmaceutical company's people chapter (a chairman's letter, 员工构成 under
// `单位：人` broken down four ways with the breakdown named in a first column only, a training table
// with a unit column, 人均培训时长, 较上年增加 X 小时); an English bank's climate disclosures
// (lending mix in £ billion with shares in brackets, financed emissions by sector in ktCO2e, a total
// stated in MtCO2e in the text).
// Planted (as real drafts slip): a table total with transposed digits (装机 合计 11,120 for 11,210,
// which the text states right; financed emissions 2022 total 4,848 for 4,884, which the text's 4.88
// Mt and 5.9% fall follow); a part with swapped digits (cabin crew 2022 5,541 for 5,514; 30岁以下
// 3,835 for 3,853); a wrong whole (对外捐赠 8,460 of 5,120 + 1,860 + 1,280); a change that does not
// compute (氮氧化物 同比下降 4.6%, 6.4; power generation `fell 15.2%`, 13.2; 人均培训时长 较上年增加 5.4
// 小时, 4.4); shares that do not compute (研发投入强度 2.15%, 2.10; 212 of 628 leaders `34.2%`, 33.8 as the
// highlights say; 研发人员 1,984 of 12,759 `15.6%`, 15.55 rounds to 15.5; other corporate lending
// 17.3 of 86.4 `(21.0%)`, 20.0); a stale or mistyped figure in one place (the chairman's 员工总数
// 12,284, last year's; `loans and advances to customers of £84.6 billion` for 86.4; the table's CO2
// per RTK 776.3 for 773.6; the highlights' 14,800 tonnes of SAF for 14,880); translation slips (范围一
// 18,640 as 18,460, which leaves the Chinese total unadded; 4.26 million m3 as 42.6 万立方米; nearly
// 36,400 hours as 逾 36,400).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: 2.79 million tonnes against 2,786 thousand; 8.80 million tonnes
// against 8,804 kt and 8.80 Mt; 4.60 MtCO2e against 4,595 kt; the fall of 5.9% on the rounded 4.60 /
// 4.88 (5.7 as written, within their rounding); 42.3% last year beside 47.2%; the 2019 baseline 842.0
// grams and the 25%, 10%, 40%, 45%, 50% and 46.2% targets; £10.5 billion against the £15 billion
// target; 2022's 12,284 in the tables beside 2023's 12,759; 45.2 and 42.6 hours by gender beside the
// 44.0 average; 96% of 2019 capacity; 31 of 42 said in both languages; 1,240 volunteers beside 36,400
// hours; 10.6 亿千瓦时 a day beside the year's 2,941.8; 349 and 648 万千瓦 added against the table.

import type { Engagement } from './key';
import { across, B, engagements, entry, M, miss, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b15';
const DONGYUE = 'dongyue-power-csr-2023.txt';
const CORDILLERA = 'cordillera-airways-sustainability-2023.txt';
const HARBOUR_EN = 'harbourfront-land-esg-2023-en.txt';
const HARBOUR_ZH = 'harbourfront-land-esg-2023-zh.txt';
const KANGZE = 'kangze-pharma-esg-2023.txt';
const THORNBURY = 'thornbury-bank-climate-2023.txt';

export const BATCH_15_ENGAGEMENTS: Engagement[] = engagements(DIR, [
  DONGYUE,
  CORDILLERA,
  [HARBOUR_EN, HARBOUR_ZH],
  KANGZE,
  THORNBURY,
]);

export const BATCH_15_KEY: KeyEntry[] = [
  // 东岳电力: a Chinese state-owned power generator's 社会责任报告
  entry(DONGYUE, 'sum', false, [[11_120 * WAN, '合计\t10,151\t'], [5_918 * WAN, '火电\t5,862\t'], [1_252 * WAN, '水电\t1,246\t'], [2_284 * WAN, '风电\t1,935\t'], [1_756 * WAN, '太阳能发电\t1,108\t']], 'planted: 2023 装机 合计 11,120 万千瓦, yet 5,918 + 1,252 + 2,284 + 1,756 = 11,210'),
  entry(DONGYUE, 'consistency', false, [[11_210 * WAN, '装机容量达到'], [11_120 * WAN, '合计\t10,151\t']], 'planted: 装机容量达到 11,210 万千瓦 in the text, 合计 11,120 for 2023 in 表2 (digits swapped)'),
  entry(DONGYUE, 'change', false, [38_415, [3.6 * WAN, '氮氧化物排放量3.60'], [4.6, '同比下降4.6']], 'planted: 氮氧化物 38,415 吨 (table) -> 3.60 万吨 (35,962) is -6.4%, stated 同比下降 4.6%'),
  entry(DONGYUE, 'sum', false, [[8_460 * WAN, '对外捐赠'], 5_120 * WAN, 1_860 * WAN, 1_280 * WAN], 'planted: 对外捐赠 8,460 万元, yet 乡村振兴 5,120 + 教育帮扶 1,860 + 抗灾救灾 1,280 = 8,260'),
  entry(DONGYUE, 'ratio', false, [[48.6 * YI, '研发投入48.6'], [2_318.4 * YI, '实现营业收入'], 2.15], 'planted: 研发投入 48.6 of 营业收入 2,318.4 亿元 is 2.10%, stated 研发投入强度 2.15%'),
  entry(DONGYUE, 'sum', true, [[10_151 * WAN, '合计'], 5_862 * WAN, 1_246 * WAN, 1_935 * WAN, 1_108 * WAN], '2022 装机: 5,862 + 1,246 + 1,935 + 1,108 = 10,151 万千瓦'),
  entry(DONGYUE, 'ratio', true, [812.5 * YI, [2_941.8 * YI, '完成发电量'], 27.6], '清洁能源发电量 812.5 of 2,941.8 亿千瓦时 is the stated 27.6%'),
  entry(DONGYUE, 'ratio', true, [5_292 * WAN, [11_210 * WAN, '装机容量达到'], 47.2], '清洁能源装机 5,292 of 11,210 万千瓦 is the stated 47.2%'),
  entry(DONGYUE, 'ratio', true, [512, 1_426, 35.9], '发明专利 512 of 1,426 授权专利 is the stated 35.9%'),
  entry(DONGYUE, 'ratio', true, [9_214, 43_862, 21.0], '女性员工 9,214 of 43,862 is the stated 21.0%'),
  entry(DONGYUE, 'change', true, [[2_786.4 * YI, '发电量'], [2_941.8 * YI, '完成发电量'], 5.6], '发电量 2,786.4 (table) -> 2,941.8 亿千瓦时 is the stated 较上年增长 5.6%'),
  entry(DONGYUE, 'change', true, [[43.1 * YI, '研发投入'], [48.6 * YI, '研发投入48.6'], 12.8], '研发投入 43.1 (table) -> 48.6 亿元 is the stated 同比增长 12.8%'),
  entry(DONGYUE, 'change', true, [19_806, [1.82 * WAN, '二氧化硫排放量1.82'], 8.1], '二氧化硫 19,806 吨 (table) -> 1.82 万吨 is the stated 较上年下降 8.1%'),
  entry(DONGYUE, 'change', true, [3_412, [3_087, '烟尘排放量3,087'], 9.5], '烟尘 3,412 (table) -> 3,087 吨 is the stated 同比下降 9.5%'),
  entry(DONGYUE, 'change', true, [[42.3, '较上年的'], [47.2, '的47.2'], [4.9, '提高4.9']], '清洁能源装机占比 42.3% -> 47.2% is the stated 提高 4.9 个百分点'),
  entry(DONGYUE, 'change', true, [[298.6, '供电煤耗'], [296.2, '2023年供电煤耗'], [2.4, '下降2.4']], '供电煤耗 298.6 (table) -> 296.2 克/千瓦时 is the stated 下降 2.4 克/千瓦时'),

  // Cordillera Airways: an English airline's sustainability data pages
  entry(CORDILLERA, 'ratio', false, [[8_804, 'Scope 1 CO2 (kt)'], [11_380 * M, 'Revenue tonne kilometres (million)'], [776.3, 'CO2 per RTK (grams)']], 'planted: the table\'s 2023 CO2 per RTK 776.3 g, yet 8,804 kt over 11,380 million RTK is 773.6 g'),
  entry(CORDILLERA, 'consistency', false, [773.6, [776.3, 'CO2 per RTK (grams)']], 'planted: 773.6 grams of CO2 per RTK in the text (and the highlights), 776.3 for 2023 in the data table (digits swapped)'),
  entry(CORDILLERA, 'ratio', false, [[212, 'roles (senior manager'], [628, 'of the 628'], [34.2, 'women held 34.2']], 'planted: women in 212 of 628 leadership roles is 33.8% (as the highlights say), stated 34.2%'),
  entry(CORDILLERA, 'consistency', false, [[33.8, '33.8%\nof leadership'], [34.2, 'women held 34.2']], 'planted: 33.8% of leadership roles held by women in the highlights, 34.2% in the text'),
  entry(CORDILLERA, 'consistency', false, [[14_800, '14,800 tonnes'], [14_880, 'We used 14,880']], 'planted: 14,800 tonnes of SAF in the highlights, 14,880 tonnes in the text and the table (not a rounding of it)'),
  entry(CORDILLERA, 'sum', false, [[13_485, 'Total  '], [1_986, 'Pilots  '], [5_541, 'Cabin crew  '], [2_208, 'maintenance  '], [2_431, 'operations  '], [1_346, 'support  ']], 'planted: 2022 headcount total 13,485, yet 1,986 + 5,541 + 2,208 + 2,431 + 1,346 = 13,512 (cabin crew 5,514 with its digits swapped)'),
  entry(CORDILLERA, 'sum', true, [[14_326, 'Total  '], [2_140, 'Pilots  '], 5_862, 2_315, 2_604, 1_405], '2023 headcount: 2,140 + 5,862 + 2,315 + 2,604 + 1,405 = 14,326'),
  entry(CORDILLERA, 'ratio', true, [[6_874, 'of whom'], [14_326, 'We employed'], 48.0], 'women 6,874 of 14,326 employees is the stated 48.0%'),
  miss(
    entry(CORDILLERA, 'ratio', true, [158, [2_140, 'of our 2,140'], 7.4], 'women 158 of 2,140 pilots is the stated 7.4%'),
    'the bare count in brackets after its whole (`2,140 pilots (158)`) comes out as no figure (marked after the blind run; `(158 women)` is read)',
  ),
  entry(CORDILLERA, 'ratio', true, [[14_880, 'We used 14,880'], [2.79 * M, 'consumed 2.79'], 0.53], 'SAF 14,880 tonnes of 2.79 million tonnes of fuel is the stated 0.53%'),
  entry(CORDILLERA, 'ratio', true, [[5_821, 'Scope 1 CO2 (kt)'], [7_415 * M, 'Revenue tonne kilometres (million)'], [785.0, 'CO2 per RTK (grams)']], 'table 2021: 5,821 kt over 7,415 million RTK is the 785.0 g per RTK'),
  entry(CORDILLERA, 'ratio', true, [[7_947, 'Scope 1 CO2 (kt)'], [10_260 * M, 'Revenue tonne kilometres (million)'], [774.6, 'CO2 per RTK (grams)']], 'table 2022: 7,947 kt over 10,260 million RTK is the 774.6 g per RTK'),
  entry(CORDILLERA, 'change', true, [[2_515_000, 'Jet fuel consumed'], [2.79 * M, 'consumed 2.79'], 10.8], 'jet fuel 2,515 thousand (table) -> 2.79 million tonnes is the stated 10.8% more'),
  entry(CORDILLERA, 'change', true, [[10_260 * M, 'Revenue tonne kilometres (million)'], [11_380 * M, 'grew 10.9% to'], 10.9], 'RTK 10,260 (table) -> 11,380 million is the stated 10.9% growth'),
  entry(CORDILLERA, 'change', true, [[7_947, 'Scope 1 CO2 (kt)'], [8.8 * M, 'rose 10.8% to'], 10.8], 'Scope 1 7,947 kt (table) -> 8.80 million tonnes is the stated 10.8% rise'),

  // Harbourfront Land: a Hong Kong-listed property company's ESG page, English and simplified Chinese
  entry(HARBOUR_ZH, 'sum', false, [[305_560, '合计'], [18_460, '范围一排放为'], 286_920], 'planted: 合计 305,560 吨, yet 范围一 18,460 + 范围二 286,920 = 305,380 (the English says 18,640)'),
  across(HARBOUR_ZH, [[18_460, '范围一排放为']], HARBOUR_EN, [[18_640, 'Scope 1 emissions were']], 'planted: 范围一排放为 18,460 吨 in the Chinese, "Scope 1 emissions were 18,640 tCO2e" in the English (digits swapped)'),
  across(HARBOUR_ZH, [[42.6 * WAN, '用水量为']], HARBOUR_EN, [[4.26 * M, 'Water consumption was']], 'planted: 用水量为 42.6 万立方米 (426,000) in the Chinese, "4.26 million m3" in the English (a scale slip)'),
  across(HARBOUR_ZH, [[36_400, '逾36,400']], HARBOUR_EN, [[36_400, 'nearly 36,400']], 'planted: 义工队提供逾 36,400 小时服务 (over) in the Chinese, "gave nearly 36,400 hours" in the English (a turned qualifier)'),
  entry(HARBOUR_EN, 'ratio', true, [2.41 * M, 3.86 * M, 62.4], 'investment properties 2.41 of 3.86 million square metres is the stated 62.4%'),
  entry(HARBOUR_EN, 'ratio', true, [[31, '31 of our'], [42, 'of our 42'], 73.8], '31 of 42 properties certified is the stated 73.8%'),
  entry(HARBOUR_EN, 'change', true, [648_350, 612_480, 5.5], 'energy 648,350 -> 612,480 MWh is the stated 5.5% reduction'),
  entry(HARBOUR_EN, 'sum', true, [[305_560, 'a total of'], 18_640, 286_920], 'GHG 305,560 tCO2e = Scope 1 18,640 + Scope 2 286,920'),
  entry(HARBOUR_EN, 'ratio', true, [2_318, 4_862, 47.7], 'women 2,318 of 4,862 employees is the stated 47.7%'),
  entry(HARBOUR_ZH, 'ratio', true, [241 * WAN, 386 * WAN, 62.4], '投资物业 241 of 386 万平方米 is the stated 62.4%'),
  entry(HARBOUR_ZH, 'ratio', true, [[31, '有31项'], [42, '在42项'], 73.8], '42 项物业中 31 项 is the stated 73.8%'),
  entry(HARBOUR_ZH, 'change', true, [648_350, 612_480, 5.5], '总能耗 648,350 -> 612,480 兆瓦时 is the stated 减少 5.5%'),
  entry(HARBOUR_ZH, 'ratio', true, [2_318, 4_862, 47.7], '女性 2,318 of 4,862 名 is the stated 47.7%'),

  // 康泽医药: a Chinese pharmaceutical company's people chapter
  entry(KANGZE, 'consistency', false, [[12_284, '公司员工总数'], 12_759], 'planted: the chairman\'s letter says 截至报告期末 员工总数 12,284 人 (2022\'s figure), the chapter 12,759 (its text and its table\'s 合计 alike; the table\'s allowed after the blind run)'),
  entry(KANGZE, 'ratio', false, [[1_984, '研发人员1,984'], [12_759, '共有员工'], 15.6], 'planted: 研发人员 1,984 of 12,759 is 15.55%, which rounds to 15.5, stated 15.6%'),
  entry(KANGZE, 'sum', false, [[12_759, '合计\t\t12,284\t'], [3_835, '30岁以下'], [7_541, '30-50岁'], [1_365, '50岁以上']], 'planted: 2023 by age 3,835 + 7,541 + 1,365 = 12,741, not the 合计 12,759 (30岁以下 3,853 with its digits swapped)'),
  entry(KANGZE, 'change', false, [[39.6, '人均培训时长\t小时'], [44.0, '人均培训时长44.0'], [5.4, '较上年增加5.4']], 'planted: 人均培训时长 39.6 -> 44.0 小时 is 4.4 more, stated 较上年增加 5.4 小时'),
  entry(KANGZE, 'ratio', true, [[5_917, '女性员工5,917'], [12_759, '共有员工'], 46.4], '女性员工 5,917 of 12,759 is the stated 46.4%'),
  entry(KANGZE, 'ratio', true, [[2_168, '硕士及以上'], [12_759, '共有员工'], 17.0], '硕士及以上 2,168 of 12,759 is the stated 17.0%'),
  entry(KANGZE, 'ratio', true, [[156, '其中女性156'], [412, '管理人员412'], 37.9], '女性 156 of 412 中高层管理人员 is the stated 37.9%'),
  entry(KANGZE, 'ratio', true, [[624, '应届毕业生'], [1_846, '新招聘员工'], 33.8], '应届毕业生 624 of 1,846 新招聘员工 is the stated 33.8%'),
  entry(KANGZE, 'ratio', true, [[561_870, '培训总时长561,870'], [12_759, '共有员工'], [44.0, '人均培训时长44.0']], '培训总时长 561,870 over 12,759 employees is the stated 人均 44.0 小时'),
  entry(KANGZE, 'ratio', true, [[486_240, '培训总时长\t小时'], [12_284, '合计\t\t'], [39.6, '人均培训时长\t小时']], 'table 2022: 486,240 hours over 12,284 employees is the 39.6 average'),
  entry(KANGZE, 'sum', true, [[12_284, '合计\t\t'], [6_598, '男性'], [5_686, '女性\t']], '2022 by gender: 6,598 + 5,686 = 12,284'),
  entry(KANGZE, 'sum', true, [[12_284, '合计\t\t'], [3_712, '30岁以下'], [7_286, '30-50岁'], [1_286, '50岁以上']], '2022 by age: 3,712 + 7,286 + 1,286 = 12,284'),
  entry(KANGZE, 'sum', true, [[12_284, '合计\t\t'], [286, '博士'], [1_702, '硕士\t'], [5_011, '本科'], [5_285, '大专及以下']], '2022 by education: 286 + 1,702 + 5,011 + 5,285 = 12,284'),
  entry(KANGZE, 'sum', true, [[12_284, '合计\t\t'], [4_986, '生产人员'], [1_862, '研发人员\t'], [4_102, '销售人员'], [1_334, '管理及其他']], '2022 by function: 4,986 + 1,862 + 4,102 + 1,334 = 12,284'),
  entry(KANGZE, 'sum', true, [[12_759, '合计\t\t12,284\t'], [6_842, '男性'], [5_917, '女性\t']], '2023 by gender: 6,842 + 5,917 = 12,759'),
  entry(KANGZE, 'sum', true, [[12_759, '合计\t\t12,284\t'], [312, '博士'], [1_856, '硕士\t'], [5_214, '本科'], [5_377, '大专及以下']], '2023 by education: 312 + 1,856 + 5,214 + 5,377 = 12,759'),
  entry(KANGZE, 'sum', true, [[12_759, '合计\t\t12,284\t'], [5_126, '生产人员'], [1_984, '研发人员\t'], [4_218, '销售人员'], [1_431, '管理及其他']], '2023 by function: 5,126 + 1,984 + 4,218 + 1,431 = 12,759'),
  entry(KANGZE, 'change', true, [[12_284, '合计\t\t'], [12_759, '共有员工'], 3.9], '员工 12,284 (table) -> 12,759 is the stated 较上年增长 3.9%'),
  entry(KANGZE, 'change', true, [[486_240, '培训总时长\t小时'], [561_870, '培训总时长561,870'], 15.6], '培训总时长 486,240 (table) -> 561,870 小时 is the stated 较上年增长 15.6%'),
  entry(KANGZE, 'change', true, [[8.0, '员工流失率\t%'], [6.8, '员工流失率为6.8'], [1.2, '下降1.2']], '员工流失率 8.0% (table) -> 6.8% is the stated 下降 1.2 个百分点'),

  // Thornbury Bank: an English bank's climate-related financial disclosures
  entry(THORNBURY, 'consistency', false, [[84.6 * B, 'customers of £84.6'], [86.4 * B, 'customers were £86.4']], 'planted: "loans and advances to customers of £84.6 billion" in the introduction, £86.4 billion at 31 December 2023 in the balance sheet section (digits swapped)'),
  entry(THORNBURY, 'ratio', false, [[17.3 * B, 'other corporate lending'], [86.4 * B, 'customers were £86.4'], [21.0, '(21.0%)']], 'planted: other corporate lending 17.3 of 86.4 billion is 20.0%, stated (21.0%)'),
  entry(THORNBURY, 'sum', false, [[4_848, 'Total  '], 1_486, [412, 'Commercial real estate  '], 938, 624, 318, 1_106], 'planted: 2022 financed emissions total 4,848 kt, yet the sectors add to 4,884'),
  entry(THORNBURY, 'consistency', false, [[4.88, '(2022: 4.88'], [4_848, 'Total  ']], 'planted: 2022 financed emissions 4.88 MtCO2e in the text, 4,848 ktCO2e (4.85 Mt) in Table 4'),
  entry(THORNBURY, 'change', false, [[4_848, 'Total  '], [5.9, 'emissions fell 5.9']], 'planted: by Table 4, 4,848 -> 4,595 kt is -5.2%, stated "fell 5.9%" (the sectors\' 4,884 gives it)'),
  entry(THORNBURY, 'change', false, [[318, 'Power generation  '], [276, 'Power generation  '], [15.2, 'fell 15.2']], 'planted: power generation 318 -> 276 kt is -13.2%, stated "fell 15.2%"'),
  entry(THORNBURY, 'sum', true, [[86.4 * B, 'customers were £86.4'], 52.8 * B, 9.6 * B, 17.3 * B, 6.7 * B], 'loans £86.4 billion = 52.8 + 9.6 + 17.3 + 6.7'),
  entry(THORNBURY, 'ratio', true, [52.8 * B, [86.4 * B, 'customers were £86.4'], 61.1], 'mortgages 52.8 of 86.4 billion is the stated 61.1%'),
  entry(THORNBURY, 'ratio', true, [9.6 * B, [86.4 * B, 'customers were £86.4'], 11.1], 'commercial real estate 9.6 of 86.4 billion is the stated 11.1%'),
  entry(THORNBURY, 'ratio', true, [6.7 * B, [86.4 * B, 'customers were £86.4'], 7.8], 'unsecured 6.7 of 86.4 billion is the stated 7.8%'),
  entry(THORNBURY, 'ratio', true, [1.9 * B, [86.4 * B, 'customers were £86.4'], 2.2], 'fossil fuel lending 1.9 of 86.4 billion is the stated 2.2%'),
  entry(THORNBURY, 'sum', true, [[4_595, 'Total  '], 1_412, 386, 921, 548, 276, 1_052], '2023 financed emissions: the sectors add to the 4,595 kt total'),
  entry(THORNBURY, 'change', true, [82.1 * B, [86.4 * B, 'customers were £86.4'], 5.2], 'loans 82.1 -> 86.4 billion is the stated increase of 5.2%'),
  entry(THORNBURY, 'change', true, [[624, 'Oil and gas  '], [548, 'Oil and gas  '], [12.2, 'fell 12.2']], 'oil and gas 624 -> 548 kt is the stated fall of 12.2%'),
  entry(THORNBURY, 'change', true, [28.4, 26.7, 6.0], 'mortgage intensity 28.4 -> 26.7 kgCO2e per m2 is the stated 6.0% reduction'),
  entry(THORNBURY, 'change', true, [39.8, 41.3, 1.5], 'women in senior leadership 39.8% -> 41.3% is the stated 1.5 percentage points'),
];
