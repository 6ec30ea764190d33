// The forty-seventh blind batch (written blind by W47, session 38): four engagements (5 files) of report kinds outside batches 1–46,
// written as their published reports read (aligned tables with `（单位：亿元）` / `(RMB million)` captions, a `单位` / `Unit`
// column in a key performance table, `其中` / `of which` rows, share and change columns, notes defining the KPIs, a letter
// restating the year): a Chinese seed company's ESG 报告 and its English version in a second file, checked together (营业收入
// 亿元 / RMB million by crop with 占比 / Share and 同比 / Change, 境外 share, 种子销量 万吨 / thousand tonnes with an `其中：杂交水稻` /
// `of which hybrid rice` row, 制种基地 万亩 / mu, 推广面积 亿亩 / million mu, 研发投入 with its share and rate, 综合能源消耗 吨标准煤 /
// tce by type with 万元营业收入综合能耗 千克标准煤 / tce per RMB million, 用水总量 万吨 / million m³ with a rate, 范围一 / 范围二 万吨 /
// tCO2e, 员工 with 女性 share and 个百分点, LTIFR, a 关键绩效表 / key performance table with a 注 / note); a Chinese theme park operator's
// ESG 报告 in simplified Chinese only (游客接待量 万人次 by 园区 with 占比 and 同比, 营业收入 亿元 by 业务 with 占比 and 同比 and an
// `其中：年卡收入` row, 二次消费's share with 个百分点, 人均消费 元, 综合能源消耗 万吨标准煤 with 单位游客综合能耗 吨标准煤/万人次, 绿色电力
// 亿千瓦时 with its share and 个百分点, 用水总量 with a rate, 范围一 / 范围二 万吨, 在册员工 by 类别 with 占比 and 女性 share beside seasonal
// staff, 百万工时损工事故率, a 关键绩效表 with a 单位 column and a 注); a Kenyan cut-flower grower's sustainability report in English
// (stems sold in million stems by product with Change, revenue in KES million by market with Share and Change, the Dutch auction's
// share in the text, the Fairtrade share, water in million m³ with litres per stem, renewable energy in GWh with percentage points,
// Scope 1 / 2 tCO2e with g per stem, permanent workers with a rate and women's shares beside seasonal workers, LTIFR, key figures
// with a Unit column and a note); a Colombian green coffee exporter's sustainability report in English (exports in thousand
// 60-kg bags by destination with Share and Change, revenue in COP billion by product with Change and shares in the text, the
// certified share of exports with percentage points, farming families with a rate, wet-mill water per bag with a rate, energy
// in GWh with the renewable share, Scope 1 / 2 tCO2e with kg per bag, employees with a rate and women's share, LTIFR, key figures
// with a Unit column and a note).
// Planted (as real drafts slip). 丰禾种业 / Fenghe Seed: the Chinese 表1's 小麦种子 占比 13.2 for 12.3 (taken over 2023's 合计 49.22;
// the column then adds to 100.9; the English Table 1 says 12.3); the 致辞's 制种基地超过12万亩 against 11.86万亩 in 一（二） and the
// 关键绩效表 (a turned qualifier; the English statement's `nearly 120,000 mu`); 表3's 合计 25,930 for 25,390 (digits swapped: its
// parts add to 25,390, its 同比 +4.3 was computed on 25,390, 二（一）, the 关键绩效表 and the English Table 3 say 25,390); 用水总量
// 312.8 -> 286.4万吨 `同比下降9.2%` for 8.4 (the drop taken over the new value; the English `8.4% less`); the 关键绩效表's 2024 员工总数
// 6,482 for 6,428 (digits swapped; 三（一）, the 致辞 and the English key table say 6,428); the English statement's `sown on 1.26
// billion mu` for 126 million (1.26亿亩 read as billions; 1.2 and the key table say 126 million); the English 1.3's R&D `9.4% of
// revenue` for 8.8 (462 taken over 2023's 4,922; the key table and the Chinese say 8.8). 欢岭文旅: 表1's 珠海欢岭海洋王国 2024 386.4 for
// 368.4 (the 合计 1,206.0 no longer adds, its 占比 30.5 and 同比 +7.8 were computed on 368.4; 一（一） says 368.4万人次); 表1's 哈尔滨欢岭冰雪世界
// 同比 +6.9 for -6.9 (228.4 -> 212.6; the sign turned; 一（一） says 同比下降6.9%); the 致辞's 全年接待游客1,147万人次, 2023's figure, against
// 1,206.0 in 一（一） and the 关键绩效表 (its 同比增长5.1% and 人均消费489.2元 are 2024's: against 1,147 they do not compute); 表2's 门票收入 占比 41.8 for 48.1 (digits swapped;
// the column adds to 93.7); the 关键绩效表's 2024 单位游客综合能耗 59.6 for 56.7 (6.84万吨标准煤 taken over 2023's 1,147.0万人次; 二（一） and
// the 致辞 say 56.7); the 致辞's 近9,000名员工 against 9,126 在册员工 (a turned qualifier). Naivasha Highlands: Table 1's 2024
// Carnations 52.8 for 58.2 million stems (digits swapped: the Total 625.0 no longer adds, its Change -8.2 and 1.1's `Carnations
// fell 8.2%` were computed on 58.2); 1.2's Dutch auction `57.3% of revenue` for 52.9 (6,842 taken over 2023's 11,950; Table 2's
// Share says 52.9); renewable energy 63.4% -> 71.7% `up 3.8 percentage points` for 8.3 (digits swapped); the Managing Director's
// `Scope 1 and 2 emissions rose 4.2%` (19,270 -> 18,460 fell 4.2%; 2.2 says fell: the direction turned). Alto Quindío: 1.1's certified
// and verified coffees `742.6 thousand bags, 70.9% of exports` for 66.2 (taken over 2023's 1,048.0; the key figures say 66.2, and
// the `up 2.4 percentage points` beside it was computed on 66.2); Table 2's Roasted and soluble Change 14.5 for 15.4 (186.2 -> 214.8;
// digits swapped).
// Traps that must not be flagged: the `其中：杂交水稻` / `of which hybrid rice` row under 水稻种子 (a part of one row, not of the
// table's 合计); 新审定品种38个 / Thirty-eight new varieties; 累计推广面积超过10亿亩 / `more than 1 billion mu in total` since 2016
// (cumulative, not the year's 1.26亿亩); the 2030 10% and 100% (targets); 研发投入 同比增长13.2% beside the planted 小麦 占比 13.2 (same
// digits, another metric; right); 节水灌溉覆盖率 86.5% (no numerator given); 48.1千克标准煤/万元 against 4.81 tce per RMB million
// (rightly converted); 蔬菜种子 0.06万吨 / 0.6 thousand tonnes; the key table's 2023 values with no rate stated. 欢岭's 表1 占比
// column, which still adds to 100.0 over the slipped 386.4 (the shares were computed on 368.4); the `其中：年卡收入` row (3.86, 6.5, +23.7)
// under 门票收入 (not a part of 合计); 累计接待游客超过1.2亿人次 since 2008 (cumulative, beside the year's 1,206.0万人次: other scale); 人均消费
// 同比增长5.1% beside the visitors' 5.1% (both right: 489.2 against 53.40亿 / 1,147.0万 = 465.6); 新能源游览车86辆; 节约新鲜水62.4万吨;
// 季节性员工及实习生约3,200人 (not 在册员工); 游乐设备年度检验合格率100%; the 2030 50% and 25% (targets); 二〇二五年三月二十八日 in Chinese
// numerals. Naivasha's Fairtrade 427.6 million stems beside Roses 428.6 (another metric); the workers' 3.8% more beside the
// planted 3.8 points (right); Germany and the United Kingdom's KES 4,124 million (a sum that
// holds; its 6.1% rate over 3,886, a 2023 sum not printed); 0.42 million m³ of rainwater harvested (not in the withdrawal);
// 1,900 seasonal workers (not in the permanent headcount); more than 250,000 trees since 2012 (cumulative); Scope 3 of 186,200
// tCO2e (reported separately); the 2027 80% and 2.8 litres (targets); per-stem intensities and the Fairtrade
// 68.4% over the 625.0 million stems sold (right: the Total is right where a part slipped); the Managing Director's `625 million
// stems, 5.2% more` (it holds). Alto Quindío's `more than 18,000 farming families` against 18,420 and `two in three of the bags`
// against 66.2% (they hold; 70.9% is the slip); the General Manager's 1.12 million bags, the rounded 1,122.0 thousand, with 7.1%
// (computed on the exact figure); Japan's -4.6 (a fall, right); the COP 38.4 billion of premiums at 1.8% of revenue; 94% of
// families farming under five hectares (no numerator); more than 42 million trees renovated since 2016 (cumulative); the 2030
// aims (targets); kg per bag over bags exported; wet-mill water per bag of parchment processed (not of green coffee exported).

import type { Engagement } from './key';
import { across, B, engagements, entry, K, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b47';
const FZ = 'fenghe-seed-esg-2024-zh.txt';
const FE = 'fenghe-seed-esg-2024-en.txt';
const HL = 'huanling-culture-tourism-esg-2024-zh.txt';
const NH = 'naivasha-highlands-flowers-sustainability-report-2024.txt';
const AQ = 'alto-quindio-coffee-sustainability-report-2024.txt';

export const BATCH_47_ENGAGEMENTS: Engagement[] = engagements(DIR, [[FZ, FE], HL, NH, AQ]);

const FZ1_CORN = '玉米种子                24.86';
const FZ1_WHEAT = '小麦种子                 6.48';
const FZ1_OTHER = '其他                     1.84';
const FZ1_TOTAL = '合计                    52.76';
const FZ2_RICE = '水稻种子                    3.12';
const FZ2_HYB = '其中：杂交水稻';
const FZ2_TOTAL = '合计                       18.68';
const FZ3_GAS = '天然气                     4,286';
const FZ3_OTHER = '其他                         524';
const FZ3_TOTAL = '合计                      25,930';
const FZ4_TOTAL = '合计                                4.98';
const FZK_REV = '营业收入                          亿元';
const FZK_BASE = '制种基地面积                      万亩';
const FZK_RD = '研发投入                          亿元';
const FZK_RDS = '研发投入占营业收入比例            %';
const FZK_ENERGY = '综合能源消耗                      吨标准煤';
const FZK_EINT = '万元营业收入综合能耗              千克标准煤/万元';
const FZK_STAFF = '员工总数                          人';
const FE1_CORN = 'Maize seed           2,486';
const FE1_WHEAT = 'Wheat seed             648';
const FE1_OTHER = 'Other                  184';
const FE1_TOTAL = 'Total                5,276';
const FE2_RICE = 'Rice seed                    31.2';
const FE2_HYB = 'of which hybrid rice';
const FE2_TOTAL = 'Total                       186.8';
const FE3_GAS = 'Natural gas                 4,286';
const FE3_OTHER = 'Other                         524';
const FE3_TOTAL = 'Total                      25,390';
const FE4_TOTAL = 'Total                               49,800';
const FEK_REV = 'Revenue                            RMB million';
const FEK_AREA = 'Area sown to our varieties         million mu';
const FEK_RD = 'R&D spending                       RMB million';
const FEK_RDS = 'R&D spending as share of revenue   %';
const FEK_ENERGY = 'Energy consumption                 tce';
const FEK_EINT = 'Energy intensity                   tce per RMB million';
const FEK_STAFF = 'Employees                          persons';

const H1_CS = '长沙欢岭欢乐谷             484.4';
const H1_ZH = '珠海欢岭海洋王国           386.4';
const H1_HRB = '哈尔滨欢岭冰雪世界         212.6';
const H1_NN = '南宁欢岭水上乐园           140.6';
const H1_TOTAL = '合计                     1,206.0';
const H2_TICKET = '门票收入                   28.40';
const H2_CARD = '其中：年卡收入';
const H2_SEC = '园内二次消费               18.68';
const H2_HOTEL = '酒店及度假                  9.64';
const H2_OTHER = '其他                        2.28';
const H2_TOTAL = '合计                       59.00';
const H3_TOTAL = '合计                               20.28';
const H4_OPS = '运营及游客服务                6,292';
const H4_ENG = '工程技术                      1,486';
const H4_MGT = '管理人员                      1,348';
const H4_TOTAL = '合计                          9,126';
const HK_VIS = '游客接待量                        万人次';
const HK_ENERGY = '综合能源消耗                      万吨标准煤';
const HK_EINT = '单位游客综合能耗                  吨标准煤/万人次';
const HK_GREEN = '绿色电力占比                      %';
const HK_WATER = '用水总量                          万吨';
const HK_STAFF = '在册员工                          人';

const N1_ROSE = 'Roses                   428.6';
const N1_CARN = 'Carnations               52.8';
const N1_SUMMER = 'Summer flowers           41.8';
const N1_TOTAL = 'Total                   625.0';
const N2_NL = 'Netherlands (auction)       6,842';
const N2_DE = 'Germany                     2,176';
const N2_UK = 'United Kingdom              1,948';
const N2_ME = 'Middle East                 1,264';
const N2_OTHER = 'Other markets                 714';
const N2_TOTAL = 'Total                      12,944';
const N3_TOTAL = 'Total Scope 1 and 2                 18,460';
const NK_STEMS = 'Stems sold                          million stems';
const NK_WATER = 'Water withdrawn                     million m³';
const NK_WPER = 'Water per stem                      litres';
const NK_REN = 'Renewable energy                    %';
const NK_GHG = 'Scope 1 and 2 emissions             tCO2e';
const NK_GPER = 'Emissions per stem                  g CO2e';

const Q1_US = 'United States           486.2';
const Q1_EU = 'Europe                  342.8';
const Q1_JP = 'Japan                   128.4';
const Q1_KR = 'South Korea              96.2';
const Q1_OTHER = 'Other                    68.4';
const Q1_TOTAL = 'Total                 1,122.0';
const Q2_GREEN = 'Green coffee exports        1,842.6';
const Q2_ROAST = 'Roasted and soluble           214.8';
const Q2_TOTAL = 'Total                       2,153.8';
const Q3_TOTAL = 'Total                                4,300';
const QK_EXP = 'Green coffee exports                thousand bags';
const QK_CERT = 'Certified and verified coffee       % of exports';
const QK_GHG = 'Scope 1 and 2 emissions             tCO2e';
const QK_GPER = 'Emissions per bag                   kg CO2e';
const QK_STAFF = 'Employees                           persons';

export const BATCH_47_KEY: KeyEntry[] = [
  // 丰禾种业 / Fenghe Seed: a Chinese seed company's ESG 报告 (zh) and its English version (2024)
  entry(FZ, 'sum', true, [[52.76 * YI, FZ1_TOTAL], [24.86 * YI, FZ1_CORN], 15.32 * YI, [6.48 * YI, FZ1_WHEAT], 4.26 * YI, [1.84 * YI, FZ1_OTHER]], '表1 2024年: 24.86 + 15.32 + 6.48 + 4.26 + 1.84 = 52.76亿元'),
  entry(FZ, 'sum', true, [[49.22 * YI, FZ1_TOTAL], 22.14 * YI, 14.86 * YI, 6.92 * YI, 3.58 * YI, 1.72 * YI], '表1 2023年: 22.14 + 14.86 + 6.92 + 3.58 + 1.72 = 49.22亿元'),
  entry(FZ, 'ratio', true, [[24.86 * YI, FZ1_CORN], [52.76 * YI, FZ1_TOTAL], [47.1, FZ1_CORN]], '玉米种子 24.86 of 52.76 is its 47.1%'),
  entry(FZ, 'ratio', true, [15.32 * YI, [52.76 * YI, FZ1_TOTAL], 29.0], '水稻种子 15.32 of 52.76 is its 29.0%'),
  entry(FZ, 'ratio', false, [[6.48 * YI, FZ1_WHEAT], [52.76 * YI, FZ1_TOTAL], [13.2, FZ1_WHEAT]], 'planted: 小麦种子 6.48 of 52.76 is 12.3%, its 占比 13.2 (taken over 2023\'s 合计 49.22)'),
  entry(FZ, 'ratio', true, [4.26 * YI, [52.76 * YI, FZ1_TOTAL], 8.1], '蔬菜种子 4.26 of 52.76 is its 8.1%'),
  entry(FZ, 'ratio', true, [[1.84 * YI, FZ1_OTHER], [52.76 * YI, FZ1_TOTAL], [3.5, FZ1_OTHER]], '其他 1.84 of 52.76 is its 3.5%'),
  entry(FZ, 'sum', false, [[100, FZ1_TOTAL], [47.1, FZ1_CORN], 29.0, [13.2, FZ1_WHEAT], 8.1, [3.5, FZ1_OTHER]], 'the same slip: 表1 占比 column 47.1 + 29.0 + 13.2 + 8.1 + 3.5 = 100.9, stated 100.0'),
  across(FZ, [[13.2, FZ1_WHEAT]], FE, [[12.3, FE1_WHEAT]], 'the same slip: the Chinese 表1\'s 小麦种子 占比 13.2, the English Table 1\'s Wheat seed share 12.3'),
  entry(FZ, 'change', true, [[22.14 * YI, FZ1_CORN], [24.86 * YI, FZ1_CORN], [12.3, FZ1_CORN]], '玉米种子 22.14 -> 24.86 is its +12.3'),
  entry(FZ, 'change', true, [14.86 * YI, 15.32 * YI, 3.1], '水稻种子 14.86 -> 15.32 is its +3.1'),
  entry(FZ, 'change', true, [[6.92 * YI, FZ1_WHEAT], [6.48 * YI, FZ1_WHEAT], [-6.4, FZ1_WHEAT]], '小麦种子 6.92 -> 6.48 is its -6.4'),
  entry(FZ, 'change', true, [3.58 * YI, 4.26 * YI, 19.0], '蔬菜种子 3.58 -> 4.26 is its +19.0'),
  entry(FZ, 'change', true, [[1.72 * YI, FZ1_OTHER], [1.84 * YI, FZ1_OTHER], [7.0, FZ1_OTHER]], '其他 1.72 -> 1.84 is its +7.0'),
  entry(FZ, 'change', true, [[49.22 * YI, FZ1_TOTAL], [52.76 * YI, FZ1_TOTAL], [7.2, FZ1_TOTAL]], '合计 49.22 -> 52.76 is its +7.2'),
  entry(FZ, 'change', true, [[49.22 * YI, FZ1_TOTAL], [52.76 * YI, '全年实现营业收入52.76亿元'], [7.2, '同比增长7.2%']], 'the 致辞\'s 营业收入52.76亿元，同比增长7.2%'),
  entry(FZ, 'change', true, [[49.22 * YI, FZ1_TOTAL], [52.76 * YI, '公司实现营业收入52.76亿元'], [7.2, '同比增长7.2%。玉米']], '一（一）: 营业收入52.76亿元，同比增长7.2%'),
  entry(FZ, 'change', true, [[22.14 * YI, FZ1_CORN], [24.86 * YI, '收入24.86亿元'], [12.3, '占营业收入的47.1%，同比']], '一（一）: 玉米种子收入24.86亿元，同比增长12.3%'),
  entry(FZ, 'ratio', true, [[24.86 * YI, '收入24.86亿元'], [52.76 * YI, FZ1_TOTAL], [47.1, '占营业收入的47.1%']], '一（一）: 玉米种子 24.86 of 52.76亿元 is the stated 47.1%'),
  entry(FZ, 'change', true, [3.58 * YI, [4.26 * YI, '蔬菜种子收入4.26亿元'], [19.0, '同比增长19.0%']], '一（一）: 蔬菜种子收入4.26亿元，同比增长19.0%'),
  entry(FZ, 'ratio', true, [[6.84 * YI, '境外收入6.84亿元'], [52.76 * YI, FZ1_TOTAL], [13.0, '占营业收入的13.0%']], '境外收入 6.84 of 52.76亿元 is the stated 13.0%'),
  entry(FZ, 'sum', true, [[18.68 * WAN, FZ2_TOTAL], 8.64 * WAN, [3.12 * WAN, FZ2_RICE], 6.86 * WAN, 0.06 * WAN], '表2 2024年: 8.64 + 3.12 + 6.86 + 0.06 = 18.68万吨 (the 其中 row not a part)'),
  entry(FZ, 'sum', true, [[18.39 * WAN, FZ2_TOTAL], 7.92 * WAN, 3.04 * WAN, 7.38 * WAN, 0.05 * WAN], '表2 2023年: 7.92 + 3.04 + 7.38 + 0.05 = 18.39万吨'),
  entry(FZ, 'change', true, [7.92 * WAN, 8.64 * WAN, 9.1], '表2 玉米种子 7.92 -> 8.64 is its +9.1'),
  entry(FZ, 'change', true, [[3.04 * WAN, FZ2_RICE], [3.12 * WAN, FZ2_RICE], [2.6, FZ2_RICE]], '表2 水稻种子 3.04 -> 3.12 is its +2.6'),
  entry(FZ, 'change', true, [[2.36 * WAN, FZ2_HYB], [2.48 * WAN, FZ2_HYB], [5.1, FZ2_HYB]], '表2 其中：杂交水稻 2.36 -> 2.48 is its +5.1'),
  entry(FZ, 'change', true, [7.38 * WAN, 6.86 * WAN, -7.0], '表2 小麦种子 7.38 -> 6.86 is its -7.0'),
  entry(FZ, 'change', true, [[18.39 * WAN, FZ2_TOTAL], [18.68 * WAN, FZ2_TOTAL], [1.6, FZ2_TOTAL]], '表2 合计 18.39 -> 18.68 is its +1.6'),
  entry(FZ, 'ratio', true, [[2.48 * WAN, '杂交水稻种子销量2.48万吨'], [3.12 * WAN, FZ2_RICE], [79.5, '占水稻种子销量的79.5%']], '一（二）: 杂交水稻 2.48 of 水稻种子 3.12万吨 is the stated 79.5%'),
  entry(FZ, 'consistency', false, [[12 * WAN, '制种基地超过12万亩'], [11.86 * WAN, '合作制种基地11.86万亩']], 'planted: the 致辞\'s 制种基地超过12万亩, 一（二）\'s 11.86万亩 (a turned qualifier)'),
  entry(FZ, 'consistency', false, [[12 * WAN, '制种基地超过12万亩'], [11.86 * WAN, FZK_BASE]], 'the same slip: the 致辞\'s 超过12万亩, the 关键绩效表\'s 11.86万亩'),
  across(FZ, [[12 * WAN, '制种基地超过12万亩']], FE, [[120_000, 'cover nearly 120,000 mu']], 'the same slip: the Chinese 致辞\'s 超过12万亩, the English statement\'s nearly 120,000 mu'),
  entry(FZ, 'change', true, [[4.08 * YI, FZK_RD], [4.62 * YI, '研发投入4.62亿元'], [13.2, '同比增长13.2%']], '一（三）: 研发投入 4.08 -> 4.62亿元 is the stated 同比增长13.2%'),
  entry(FZ, 'ratio', true, [[4.62 * YI, '研发投入4.62亿元'], [52.76 * YI, FZ1_TOTAL], [8.8, '占营业收入的8.8%。']], '一（三）: 研发投入 4.62 of 52.76亿元 is the stated 8.8%'),
  entry(FZ, 'ratio', true, [[4.62 * YI, FZK_RD], [52.76 * YI, FZK_REV], [8.8, FZK_RDS]], '关键绩效表 2024: 4.62 over 52.76 is its 8.8 (the 注\'s definition)'),
  entry(FZ, 'ratio', true, [[4.08 * YI, FZK_RD], [49.22 * YI, FZK_REV], [8.3, FZK_RDS]], '关键绩效表 2023: 4.08 over 49.22 is its 8.3'),
  entry(FZ, 'ratio', true, [[1_126, '研发人员1,126人'], [6_428, '共有员工6,428人'], [17.5, '占员工总数的17.5%']], '研发人员 1,126 of 6,428 is the stated 17.5%'),
  entry(FZ, 'sum', false, [[25_930, FZ3_TOTAL], 18_642, [4_286, FZ3_GAS], 1_938, [524, FZ3_OTHER]], 'planted: 表3 2024年 18,642 + 4,286 + 1,938 + 524 = 25,390吨标准煤, its 合计 25,930 (digits swapped)'),
  entry(FZ, 'sum', true, [[24_340, FZ3_TOTAL], 17_284, [4_512, FZ3_GAS], 2_046, [498, FZ3_OTHER]], '表3 2023年: 17,284 + 4,512 + 2,046 + 498 = 24,340'),
  entry(FZ, 'change', true, [17_284, 18_642, 7.9], '电力 17,284 -> 18,642 is its +7.9'),
  entry(FZ, 'change', true, [[4_512, FZ3_GAS], [4_286, FZ3_GAS], [-5.0, FZ3_GAS]], '天然气 4,512 -> 4,286 is its -5.0'),
  entry(FZ, 'change', true, [2_046, 1_938, -5.3], '柴油 2,046 -> 1,938 is its -5.3'),
  entry(FZ, 'change', true, [[498, FZ3_OTHER], [524, FZ3_OTHER], [5.2, FZ3_OTHER]], '其他 498 -> 524 is its +5.2'),
  entry(FZ, 'change', false, [[24_340, FZ3_TOTAL], [25_930, FZ3_TOTAL], [4.3, FZ3_TOTAL]], 'the same slip: 表3 合计 24,340 -> 25,930 is +6.5%, its 同比 4.3 (computed on 25,390)'),
  entry(FZ, 'consistency', false, [[25_930, FZ3_TOTAL], [25_390, '综合能源消耗25,390吨标准煤，同比']], 'the same slip: 表3\'s 合计 25,930, 二（一）\'s 综合能源消耗25,390吨标准煤'),
  entry(FZ, 'consistency', false, [[25_930, FZ3_TOTAL], [25_390, FZK_ENERGY]], 'the same slip: 表3\'s 合计 25,930, the 关键绩效表\'s 25,390'),
  across(FZ, [[25_930, FZ3_TOTAL]], FE, [[25_390, FE3_TOTAL]], 'the same slip: the Chinese 表3\'s 合计 25,930吨标准煤, the English Table 3\'s Total 25,390 tce'),
  entry(FZ, 'consistency', false, [[25_930, FZ3_TOTAL], [25_390, '年综合能源消耗25,390吨标准煤']], 'the same slip: 表3\'s 合计 25,930, the 致辞\'s 综合能源消耗25,390吨标准煤'),
  entry(FZ, 'change', true, [[24_340, FZ3_TOTAL], [25_390, '综合能源消耗25,390吨标准煤，同比'], [4.3, '同比增长4.3%']], '二（一）: 综合能源消耗 24,340 -> 25,390吨标准煤 is the stated 同比增长4.3%'),
  entry(FZ, 'ratio', true, [[25_390, '综合能源消耗25,390吨标准煤，同比'], [52.76 * YI, FZ1_TOTAL], [48.1, '综合能耗48.1千克']], '二（一）: 25,390吨标准煤 over 52.76亿元 is the stated 48.1千克标准煤/万元'),
  entry(FZ, 'ratio', true, [[24_340, FZ3_TOTAL], [49.22 * YI, FZ1_TOTAL], [49.5, '上年为49.5千克']], '二（一）: 2023 24,340 over 49.22亿元 is the stated 49.5'),
  entry(FZ, 'ratio', false, [[25_930, FZ3_TOTAL], [52.76 * YI, FZ1_TOTAL], [48.1, '综合能耗48.1千克']], 'the same slip: 表3\'s 合计 25,930 over 52.76亿元 is 49.1, the 48.1千克标准煤/万元 right under the table (stated over 25,390)'),
  entry(FZ, 'ratio', true, [[25_390, FZK_ENERGY], [52.76 * YI, FZK_REV], [48.1, FZK_EINT]], '关键绩效表 2024: 25,390 over 52.76亿元 is its 48.1 (the 注\'s definition)'),
  entry(FZ, 'ratio', true, [[24_340, FZK_ENERGY], [49.22 * YI, FZK_REV], [49.5, FZK_EINT]], '关键绩效表 2023: 24,340 over 49.22 is its 49.5'),
  entry(FZ, 'ratio', true, [[25_390, '年综合能源消耗25,390吨标准煤'], [52.76 * YI, '全年实现营业收入52.76亿元'], [48.1, '综合能耗降至48.1千克']], 'the 致辞\'s 48.1千克标准煤: 25,390 over 52.76亿元'),
  entry(FZ, 'change', false, [[312.8 * WAN, '较上年的312.8万吨'], [286.4 * WAN, '用水总量286.4万吨'], [9.2, '同比下降9.2%']], 'planted: 用水总量 312.8 -> 286.4万吨 is -8.4%, the text says 同比下降9.2% (the drop taken over the new value)'),
  across(FZ, [[9.2, '同比下降9.2%']], FE, [[8.4, '8.4% less than']], 'the same slip: the Chinese 同比下降9.2%, the English 8.4% less'),
  entry(FZ, 'sum', true, [[4.98 * WAN, FZ4_TOTAL], 1.12 * WAN, 3.86 * WAN], '表4 2024年: 1.12 + 3.86 = 4.98万吨'),
  entry(FZ, 'sum', true, [[4.92 * WAN, FZ4_TOTAL], 1.18 * WAN, 3.74 * WAN], '表4 2023年: 1.18 + 3.74 = 4.92万吨'),
  entry(FZ, 'change', true, [[4.92 * WAN, FZ4_TOTAL], [4.98 * WAN, '排放合计4.98万吨'], [1.2, '同比上升1.2%']], '范围一及范围二 4.92 -> 4.98万吨 is the stated 同比上升1.2%'),
  entry(FZ, 'change', true, [[6_214, FZK_STAFF], [6_428, '共有员工6,428人'], [3.4, '同比增长3.4%']], '员工 6,214 -> 6,428 is the stated 同比增长3.4%'),
  entry(FZ, 'ratio', true, [[2_866, '女性员工2,866人'], [6_428, '共有员工6,428人'], [44.6, '占员工总数的44.6%']], '女性员工 2,866 of 6,428 is the stated 44.6%'),
  entry(FZ, 'change', true, [[43.6, '女性员工占比'], [44.6, '占员工总数的44.6%'], [1.0, '提升1.0个百分点']], '女性员工占比 43.6% -> 44.6% is the stated 提升1.0个百分点'),
  entry(FZ, 'consistency', false, [[6_482, FZK_STAFF], [6_428, '共有员工6,428人']], 'planted: the 关键绩效表\'s 2024 员工总数 6,482 (digits swapped), 三（一）\'s 6,428'),
  entry(FZ, 'consistency', false, [[6_482, FZK_STAFF], [6_428, '为6,428名员工']], 'the same slip: the 关键绩效表\'s 6,482, the 致辞\'s 6,428名员工'),
  across(FZ, [[6_482, FZK_STAFF]], FE, [[6_428, FEK_STAFF]], 'the same slip: the Chinese 关键绩效表\'s 6,482 员工, the English key table\'s 6,428 employees'),
  entry(FZ, 'ratio', true, [[3, '损工事故3起'], [1_286 * WAN, '总工时1,286万小时'], [0.23, '损工事故率0.23']], '百万工时损工事故率: 3 over 1,286万工时 is the stated 0.23 (the 注\'s definition)'),
  entry(FZ, 'ratio', true, [[5, '2023年：5起'], [1_242 * WAN, '1,242万小时'], [0.4, '1,242万小时，0.40']], '2023 5 over 1,242万工时 is the stated 0.40'),

  entry(FE, 'sum', true, [[5_276 * M, FE1_TOTAL], [2_486 * M, FE1_CORN], 1_532 * M, [648 * M, FE1_WHEAT], 426 * M, [184 * M, FE1_OTHER]], 'English Table 1 2024: 2,486 + 1,532 + 648 + 426 + 184 = 5,276 RMB million'),
  entry(FE, 'sum', true, [[4_922 * M, FE1_TOTAL], 2_214 * M, 1_486 * M, 692 * M, 358 * M, 172 * M], 'English Table 1 2023: 2,214 + 1,486 + 692 + 358 + 172 = 4,922'),
  entry(FE, 'ratio', true, [[2_486 * M, FE1_CORN], [5_276 * M, FE1_TOTAL], [47.1, FE1_CORN]], 'Maize seed 2,486 of 5,276 is its 47.1%'),
  entry(FE, 'ratio', true, [1_532 * M, [5_276 * M, FE1_TOTAL], 29.0], 'Rice seed 1,532 of 5,276 is its 29.0%'),
  entry(FE, 'ratio', true, [[648 * M, FE1_WHEAT], [5_276 * M, FE1_TOTAL], [12.3, FE1_WHEAT]], 'Wheat seed 648 of 5,276 is its 12.3%'),
  entry(FE, 'ratio', true, [426 * M, [5_276 * M, FE1_TOTAL], 8.1], 'Vegetable seed 426 of 5,276 is its 8.1%'),
  entry(FE, 'ratio', true, [[184 * M, FE1_OTHER], [5_276 * M, FE1_TOTAL], [3.5, FE1_OTHER]], 'Other 184 of 5,276 is its 3.5%'),
  entry(FE, 'sum', true, [[100, FE1_TOTAL], [47.1, FE1_CORN], 29.0, [12.3, FE1_WHEAT], 8.1, [3.5, FE1_OTHER]], 'English Table 1 Share column: 47.1 + 29.0 + 12.3 + 8.1 + 3.5 = 100.0'),
  entry(FE, 'change', true, [[2_214 * M, FE1_CORN], [2_486 * M, FE1_CORN], [12.3, FE1_CORN]], 'Maize seed 2,214 -> 2,486 is its +12.3'),
  entry(FE, 'change', true, [1_486 * M, 1_532 * M, 3.1], 'Rice seed 1,486 -> 1,532 is its +3.1'),
  entry(FE, 'change', true, [[692 * M, FE1_WHEAT], [648 * M, FE1_WHEAT], [-6.4, FE1_WHEAT]], 'Wheat seed 692 -> 648 is its -6.4'),
  entry(FE, 'change', true, [358 * M, 426 * M, 19.0], 'Vegetable seed 358 -> 426 is its +19.0'),
  entry(FE, 'change', true, [[172 * M, FE1_OTHER], [184 * M, FE1_OTHER], [7.0, FE1_OTHER]], 'Other 172 -> 184 is its +7.0'),
  entry(FE, 'change', true, [[4_922 * M, FE1_TOTAL], [5_276 * M, FE1_TOTAL], [7.2, FE1_TOTAL]], 'Total 4,922 -> 5,276 is its +7.2'),
  entry(FE, 'change', true, [[4_922 * M, FE1_TOTAL], [5_276 * M, 'achieved revenue of RMB5,276'], [7.2, 'up 7.2% year on year. We']], 'the statement\'s revenue of RMB5,276 million, up 7.2%'),
  entry(FE, 'change', true, [[4_922 * M, FE1_TOTAL], [5_276 * M, 'Revenue was RMB5,276'], [7.2, 'up 7.2% year on year. Maize']], '1.1: revenue RMB5,276 million, up 7.2%'),
  entry(FE, 'change', true, [[2_214 * M, FE1_CORN], [2_486 * M, 'business at RMB2,486'], [12.3, '12.3% more']], '1.1: maize seed RMB2,486 million, 12.3% more'),
  entry(FE, 'ratio', true, [[2_486 * M, 'business at RMB2,486'], [5_276 * M, FE1_TOTAL], [47.1, '47.1% of revenue']], '1.1: maize seed 2,486 of 5,276 RMB million is the stated 47.1%'),
  entry(FE, 'change', true, [358 * M, [426 * M, 'up 19.0% to RMB426'], [19.0, 'up 19.0%']], '1.1: vegetable seed up 19.0% to RMB426 million'),
  entry(FE, 'ratio', true, [[684 * M, 'revenue was RMB684 million, 13.0%'], [5_276 * M, FE1_TOTAL], [13.0, '13.0% of the total']], 'overseas revenue 684 of 5,276 RMB million is the stated 13.0%'),
  entry(FE, 'sum', true, [[186.8 * K, FE2_TOTAL], 86.4 * K, [31.2 * K, FE2_RICE], 68.6 * K, 0.6 * K], 'English Table 2 2024: 86.4 + 31.2 + 68.6 + 0.6 = 186.8 thousand tonnes (the of which row not a part)'),
  entry(FE, 'sum', true, [[183.9 * K, FE2_TOTAL], 79.2 * K, 30.4 * K, 73.8 * K, 0.5 * K], 'English Table 2 2023: 79.2 + 30.4 + 73.8 + 0.5 = 183.9'),
  entry(FE, 'change', true, [79.2 * K, 86.4 * K, 9.1], 'Maize seed 79.2 -> 86.4 is its +9.1'),
  entry(FE, 'change', true, [[23.6 * K, FE2_HYB], [24.8 * K, FE2_HYB], [5.1, FE2_HYB]], 'of which hybrid rice 23.6 -> 24.8 is its +5.1'),
  entry(FE, 'change', true, [73.8 * K, 68.6 * K, -7.0], 'Wheat seed 73.8 -> 68.6 is its -7.0'),
  entry(FE, 'change', true, [[183.9 * K, FE2_TOTAL], [186.8 * K, FE2_TOTAL], [1.6, FE2_TOTAL]], 'Total 183.9 -> 186.8 is its +1.6'),
  entry(FE, 'ratio', true, [[24.8 * K, 'sales were 24.8 thousand tonnes'], [31.2 * K, FE2_RICE], [79.5, '79.5% of our rice seed']], '1.2: hybrid rice 24.8 of rice seed 31.2 thousand tonnes is the stated 79.5%'),
  entry(FE, 'consistency', false, [[1.26 * B, 'sown on 1.26 billion mu'], [126 * M, 'were approved, and our varieties were sown on']], 'planted: the statement\'s 1.26 billion mu (1.26亿亩 read as billions), 1.2\'s 126 million mu'),
  entry(FE, 'consistency', false, [[1.26 * B, 'sown on 1.26 billion mu'], [126 * M, FEK_AREA]], 'the same slip: the statement\'s 1.26 billion mu, the key table\'s 126 million mu'),
  across(FE, [[1.26 * B, 'sown on 1.26 billion mu']], FZ, [[1.26 * YI, '品种推广面积1.26亿亩；']], 'the same slip: the English 1.26 billion mu, the Chinese 致辞\'s 推广面积1.26亿亩 (126 million mu; a scale slip in translation)'),
  entry(FE, 'ratio', false, [[462 * M, 'R&D spending was RMB462'], [5_276 * M, FE1_TOTAL], [9.4, '9.4% of revenue']], 'planted: R&D 462 of 5,276 RMB million is 8.8%, 1.3 says 9.4% of revenue (taken over 2023\'s 4,922)'),
  entry(FE, 'consistency', false, [[9.4, '9.4% of revenue'], [8.8, FEK_RDS]], 'the same slip: 1.3\'s 9.4% of revenue, the key table\'s 8.8'),
  across(FE, [[9.4, '9.4% of revenue']], FZ, [[8.8, '占营业收入的8.8%。']], 'the same slip: the English 9.4% of revenue, the Chinese 一（三）\'s 占营业收入的8.8%'),
  entry(FE, 'change', true, [[408 * M, FEK_RD], [462 * M, 'R&D spending was RMB462'], [13.2, 'up 13.2%']], '1.3: R&D 408 -> 462 RMB million is the stated up 13.2%'),
  entry(FE, 'ratio', true, [[462 * M, FEK_RD], [5_276 * M, FEK_REV], [8.8, FEK_RDS]], 'key table 2024: 462 over 5,276 is its 8.8 (the note\'s definition)'),
  entry(FE, 'ratio', true, [[408 * M, FEK_RD], [4_922 * M, FEK_REV], [8.3, FEK_RDS]], 'key table 2023: 408 over 4,922 is its 8.3'),
  entry(FE, 'ratio', true, [[1_126, 'we had 1,126 R&D staff'], [6_428, 'we had 6,428 employees'], [17.5, '17.5% of']], 'R&D staff 1,126 of 6,428 is the stated 17.5%'),
  entry(FE, 'sum', true, [[25_390, FE3_TOTAL], 18_642, [4_286, FE3_GAS], 1_938, [524, FE3_OTHER]], 'English Table 3 2024: 18,642 + 4,286 + 1,938 + 524 = 25,390 tce'),
  entry(FE, 'sum', true, [[24_340, FE3_TOTAL], 17_284, [4_512, FE3_GAS], 2_046, [498, FE3_OTHER]], 'English Table 3 2023: 17,284 + 4,512 + 2,046 + 498 = 24,340'),
  entry(FE, 'change', true, [17_284, 18_642, 7.9], 'Electricity 17,284 -> 18,642 is its +7.9'),
  entry(FE, 'change', true, [[4_512, FE3_GAS], [4_286, FE3_GAS], [-5.0, FE3_GAS]], 'Natural gas 4,512 -> 4,286 is its -5.0'),
  entry(FE, 'change', true, [2_046, 1_938, -5.3], 'Diesel 2,046 -> 1,938 is its -5.3'),
  entry(FE, 'change', true, [[498, FE3_OTHER], [524, FE3_OTHER], [5.2, FE3_OTHER]], 'Other 498 -> 524 is its +5.2'),
  entry(FE, 'change', true, [[24_340, FE3_TOTAL], [25_390, FE3_TOTAL], [4.3, FE3_TOTAL]], 'Total 24,340 -> 25,390 is its +4.3'),
  entry(FE, 'change', true, [[24_340, FE3_TOTAL], [25_390, 'rose 4.3% to 25,390'], [4.3, 'rose 4.3%']], '2.1: energy consumption rose 4.3% to 25,390 tce'),
  entry(FE, 'ratio', true, [[25_390, 'rose 4.3% to 25,390'], [5_276 * M, FE1_TOTAL], [4.81, 'Energy intensity was 4.81']], '2.1: 25,390 tce over RMB5,276 million is the stated 4.81 tce per RMB million'),
  entry(FE, 'ratio', true, [[24_340, FE3_TOTAL], [4_922 * M, FE1_TOTAL], [4.95, 'against 4.95 in 2023']], '2.1: 2023 24,340 over 4,922 is the stated 4.95'),
  entry(FE, 'ratio', true, [[25_390, FEK_ENERGY], [5_276 * M, FEK_REV], [4.81, FEK_EINT]], 'key table 2024: 25,390 over 5,276 is its 4.81 (the note\'s definition)'),
  entry(FE, 'ratio', true, [[24_340, FEK_ENERGY], [4_922 * M, FEK_REV], [4.95, FEK_EINT]], 'key table 2023: 24,340 over 4,922 is its 4.95'),
  entry(FE, 'ratio', true, [[25_390, 'Energy consumption was 25,390'], [5_276 * M, 'achieved revenue of RMB5,276'], [4.81, 'fell to 4.81']], 'the statement\'s 4.81 tce per RMB million: 25,390 over 5,276'),
  entry(FE, 'change', true, [[3.128 * M, 'the 3.128 million m³'], [2.864 * M, 'We used 2.864 million m³'], [8.4, '8.4% less']], '2.2: water 3.128 -> 2.864 million m³ is the stated 8.4% less'),
  entry(FE, 'sum', true, [[49_800, FE4_TOTAL], 11_200, 38_600], 'English Table 4 2024: 11,200 + 38,600 = 49,800 tCO2e'),
  entry(FE, 'sum', true, [[49_200, FE4_TOTAL], 11_800, 37_400], 'English Table 4 2023: 11,800 + 37,400 = 49,200'),
  entry(FE, 'change', true, [[49_200, FE4_TOTAL], [49_800, 'emissions were 49,800'], [1.2, '1.2% higher']], 'Scope 1 and 2 49,200 -> 49,800 tCO2e is the stated 1.2% higher'),
  entry(FE, 'change', true, [[6_214, FEK_STAFF], [6_428, 'we had 6,428 employees'], [3.4, '3.4% more']], 'employees 6,214 -> 6,428 is the stated 3.4% more'),
  entry(FE, 'ratio', true, [[2_866, 'Women numbered 2,866'], [6_428, 'we had 6,428 employees'], [44.6, 'or 44.6%']], 'women 2,866 of 6,428 is the stated 44.6%'),
  entry(FE, 'change', true, [[43.6, 'Women employees'], [44.6, 'or 44.6%'], [1.0, 'up\n1.0 percentage point']], 'women\'s share 43.6% -> 44.6% is the stated up 1.0 percentage point'),
  entry(FE, 'ratio', true, [[3, 'There were 3'], [12.86 * M, 'over 12.86 million hours'], [0.23, 'LTIFR) of 0.23']], 'LTIFR: 3 over 12.86 million hours is the stated 0.23'),
  entry(FE, 'ratio', true, [[5, '(2023: 5 injuries'], [12.42 * M, '12.42 million hours'], [0.4, 'million hours, 0.40']], '2023 5 over 12.42 million hours is the stated 0.40'),

  // 欢岭文旅: a Chinese theme park operator's ESG 报告 in simplified Chinese only (2024)
  entry(HL, 'sum', false, [[1_206 * WAN, H1_TOTAL], [484.4 * WAN, H1_CS], [386.4 * WAN, H1_ZH], [212.6 * WAN, H1_HRB], [140.6 * WAN, H1_NN]], 'planted: 表1 2024年 484.4 + 386.4 + 212.6 + 140.6 = 1,224.0万人次, its 合计 1,206.0 (珠海 368.4 printed 386.4)'),
  entry(HL, 'sum', true, [[1_147 * WAN, H1_TOTAL], 452.8 * WAN, 341.6 * WAN, 228.4 * WAN, 124.2 * WAN], '表1 2023年: 452.8 + 341.6 + 228.4 + 124.2 = 1,147.0万人次'),
  entry(HL, 'ratio', true, [[484.4 * WAN, H1_CS], [1_206 * WAN, H1_TOTAL], [40.2, H1_CS]], '长沙欢岭欢乐谷 484.4 of 1,206.0 is its 40.2%'),
  entry(HL, 'ratio', false, [[386.4 * WAN, H1_ZH], [1_206 * WAN, H1_TOTAL], [30.5, H1_ZH]], 'the same slip: 珠海 386.4 of 1,206.0 is 32.0%, its 占比 30.5 (computed on 368.4)'),
  entry(HL, 'ratio', true, [[212.6 * WAN, H1_HRB], [1_206 * WAN, H1_TOTAL], [17.6, H1_HRB]], '哈尔滨欢岭冰雪世界 212.6 of 1,206.0 is its 17.6%'),
  entry(HL, 'ratio', true, [[140.6 * WAN, H1_NN], [1_206 * WAN, H1_TOTAL], [11.7, H1_NN]], '南宁欢岭水上乐园 140.6 of 1,206.0 is its 11.7%'),
  entry(HL, 'sum', true, [[100, H1_TOTAL], [40.2, H1_CS], [30.5, H1_ZH], [17.6, H1_HRB], [11.7, H1_NN]], '表1 占比 column: 40.2 + 30.5 + 17.6 + 11.7 = 100.0 (the shares were computed on 368.4; the column adds)'),
  entry(HL, 'change', true, [[452.8 * WAN, H1_CS], [484.4 * WAN, H1_CS], [7.0, H1_CS]], '长沙 452.8 -> 484.4 is its +7.0'),
  entry(HL, 'change', false, [[341.6 * WAN, H1_ZH], [386.4 * WAN, H1_ZH], [7.8, H1_ZH]], 'the same slip: 珠海 341.6 -> 386.4 is +13.1%, its 同比 +7.8 (computed on 368.4)'),
  entry(HL, 'change', false, [[228.4 * WAN, H1_HRB], [212.6 * WAN, H1_HRB], [6.9, H1_HRB]], 'planted: 哈尔滨 228.4 -> 212.6 is -6.9%, its 同比 +6.9 (the sign turned; 一（一） says 同比下降6.9%)'),
  entry(HL, 'change', true, [[124.2 * WAN, H1_NN], [140.6 * WAN, H1_NN], [13.2, H1_NN]], '南宁 124.2 -> 140.6 is its +13.2'),
  entry(HL, 'change', true, [[1_147 * WAN, H1_TOTAL], [1_206 * WAN, H1_TOTAL], [5.1, H1_TOTAL]], '合计 1,147.0 -> 1,206.0 is its +5.1'),
  entry(HL, 'consistency', false, [[386.4 * WAN, H1_ZH], [368.4 * WAN, '接待游客368.4万人次']], 'the same slip: 表1\'s 珠海 386.4万人次, 一（一）\'s 海洋王国接待游客368.4万人次'),
  entry(HL, 'change', true, [[1_147 * WAN, H1_TOTAL], [1_206 * WAN, '集团接待游客1,206.0万人次'], [5.1, '同比增长5.1%。其中']], '一（一）: 接待游客1,206.0万人次，同比增长5.1%'),
  entry(HL, 'change', true, [[341.6 * WAN, H1_ZH], [368.4 * WAN, '接待游客368.4万人次'], [7.8, '同比增长7.8%']], '一（一）: 海洋王国 341.6 -> 368.4万人次 is the stated 同比增长7.8%'),
  entry(HL, 'change', true, [[228.4 * WAN, H1_HRB], [212.6 * WAN, H1_HRB], [6.9, '受暖冬影响，接待量同比']], '一（一）: 冰雪世界 228.4 -> 212.6 is the stated 同比下降6.9%'),
  // keyed in session 56 by H298 (a check the key had not written over the planted slip, found once the rate's row is read from the topic clause before it)
  entry(HL, 'consistency', false, [[6.9, '受暖冬影响，接待量同比'], [6.9, H1_HRB]], 'the same slip: 一（一）\'s 冰雪世界 同比下降6.9% against 表1\'s 同比 +6.9 (the sign turned)'),
  entry(HL, 'ratio', true, [[484.4 * WAN, '欢乐谷接待484.4万人次'], [1_206 * WAN, H1_TOTAL], [40.2, '占集团接待量的40.2%']], '一（一）: 欢乐谷 484.4 of 1,206.0万人次 is the stated 40.2%'),
  entry(HL, 'consistency', false, [[1_147 * WAN, '全年接待游客1,147万人次'], [1_206 * WAN, '集团接待游客1,206.0万人次']], 'planted: the 致辞\'s 全年接待游客1,147万人次 (2023\'s figure), 一（一）\'s 1,206.0万人次'),
  entry(HL, 'consistency', false, [[1_147 * WAN, '全年接待游客1,147万人次'], [1_206 * WAN, HK_VIS]], 'the same slip: the 致辞\'s 1,147万人次, the 关键绩效表\'s 2024 1,206.0'),
  entry(HL, 'change', false, [[1_147 * WAN, H1_TOTAL], [1_147 * WAN, '全年接待游客1,147万人次'], [5.1, '同比增长5.1%；']], 'the same slip: the 致辞\'s 1,147万人次，同比增长5.1%, against 表1\'s 2023 合计 1,147.0 (no growth)'),
  entry(HL, 'ratio', false, [[59 * YI, '实现营业收入59.00亿元，同比增长\n10.5%'], [1_147 * WAN, '全年接待游客1,147万人次'], [489.2, '游客人均消费489.2元。']], 'the same slip: the 致辞\'s 人均消费489.2元 over its own 59.00亿元 and 1,147万人次 is 514.4元'),
  entry(HL, 'sum', true, [[59 * YI, H2_TOTAL], [28.4 * YI, H2_TICKET], [18.68 * YI, H2_SEC], [9.64 * YI, H2_HOTEL], [2.28 * YI, H2_OTHER]], '表2 2024年: 28.40 + 18.68 + 9.64 + 2.28 = 59.00亿元 (the 其中 row not a part)'),
  entry(HL, 'sum', true, [[53.4 * YI, H2_TOTAL], 26.12 * YI, 16.38 * YI, 8.86 * YI, 2.04 * YI], '表2 2023年: 26.12 + 16.38 + 8.86 + 2.04 = 53.40亿元'),
  entry(HL, 'ratio', false, [[28.4 * YI, H2_TICKET], [59 * YI, H2_TOTAL], [41.8, H2_TICKET]], 'planted: 门票收入 28.40 of 59.00 is 48.1%, its 占比 41.8 (digits swapped)'),
  entry(HL, 'ratio', true, [[3.86 * YI, H2_CARD], [59 * YI, H2_TOTAL], [6.5, H2_CARD]], '其中：年卡收入 3.86 of 59.00 is its 6.5%'),
  entry(HL, 'ratio', true, [[18.68 * YI, H2_SEC], [59 * YI, H2_TOTAL], [31.7, H2_SEC]], '园内二次消费 18.68 of 59.00 is its 31.7%'),
  entry(HL, 'ratio', true, [[9.64 * YI, H2_HOTEL], [59 * YI, H2_TOTAL], [16.3, H2_HOTEL]], '酒店及度假 9.64 of 59.00 is its 16.3%'),
  entry(HL, 'ratio', true, [[2.28 * YI, H2_OTHER], [59 * YI, H2_TOTAL], [3.9, H2_OTHER]], '其他 2.28 of 59.00 is its 3.9%'),
  entry(HL, 'sum', false, [[100, H2_TOTAL], [41.8, H2_TICKET], [31.7, H2_SEC], [16.3, H2_HOTEL], [3.9, H2_OTHER]], 'the same slip: 表2 占比 column 41.8 + 31.7 + 16.3 + 3.9 = 93.7, stated 100.0 (the 其中 row not a part)'),
  entry(HL, 'change', true, [[26.12 * YI, H2_TICKET], [28.4 * YI, H2_TICKET], [8.7, H2_TICKET]], '门票收入 26.12 -> 28.40 is its +8.7'),
  entry(HL, 'change', true, [[3.12 * YI, H2_CARD], [3.86 * YI, H2_CARD], [23.7, H2_CARD]], '其中：年卡收入 3.12 -> 3.86 is its +23.7'),
  entry(HL, 'change', true, [[16.38 * YI, H2_SEC], [18.68 * YI, H2_SEC], [14.0, H2_SEC]], '园内二次消费 16.38 -> 18.68 is its +14.0'),
  entry(HL, 'change', true, [[8.86 * YI, H2_HOTEL], [9.64 * YI, H2_HOTEL], [8.8, H2_HOTEL]], '酒店及度假 8.86 -> 9.64 is its +8.8'),
  entry(HL, 'change', true, [[2.04 * YI, H2_OTHER], [2.28 * YI, H2_OTHER], [11.8, H2_OTHER]], '其他 2.04 -> 2.28 is its +11.8'),
  entry(HL, 'change', true, [[53.4 * YI, H2_TOTAL], [59 * YI, H2_TOTAL], [10.5, H2_TOTAL]], '合计 53.40 -> 59.00 is its +10.5'),
  entry(HL, 'change', true, [[53.4 * YI, H2_TOTAL], [59 * YI, '实现营业收入59.00亿元，同比增长\n10.5%'], [10.5, '同比增长\n10.5%']], 'the 致辞\'s 营业收入59.00亿元，同比增长10.5%'),
  entry(HL, 'change', true, [[53.4 * YI, H2_TOTAL], [59 * YI, '集团实现营业收入59.00亿元'], [10.5, '同比增长10.5%。园内']], '一（二）: 营业收入59.00亿元，同比增长10.5%'),
  entry(HL, 'ratio', true, [[18.68 * YI, '园内二次消费收入18.68亿元'], [59 * YI, H2_TOTAL], [31.7, '占营业收入的31.7%']], '一（二）: 园内二次消费 18.68 of 59.00亿元 is the stated 31.7%'),
  entry(HL, 'ratio', true, [[59 * YI, H2_TOTAL], [1_206 * WAN, H1_TOTAL], [489.2, '人均消费489.2元，同比']], '一（二）: 人均消费 59.00亿元 over 1,206.0万人次 is the stated 489.2元'),
  entry(HL, 'ratio', true, [[59 * YI, '实现营业收入59.00亿元，同比增长\n10.5%'], [1_206 * WAN, HK_VIS], [489.2, '游客人均消费489.2元。']], 'the 致辞\'s 人均消费489.2元: 59.00亿元 over 1,206.0万人次'),
  entry(HL, 'ratio', true, [[18.68 * YI, H2_SEC], [59 * YI, '实现营业收入59.00亿元，同比增长\n10.5%'], [31.7, '比重提升至31.7%']], 'the 致辞\'s 二次消费 share 31.7%: 18.68 of 59.00亿元'),
  entry(HL, 'change', true, [[6.52 * WAN, HK_ENERGY], [6.84 * WAN, '综合能源消耗6.84万吨标准煤'], [4.9, '同比增长4.9%']], '二（一）: 综合能源消耗 6.52 -> 6.84万吨标准煤 is the stated 同比增长4.9%'),
  entry(HL, 'ratio', true, [[6.84 * WAN, '综合能源消耗6.84万吨标准煤'], [1_206 * WAN, H1_TOTAL], [56.7, '单位游客综合能耗56.7']], '二（一）: 6.84万吨标准煤 over 1,206.0万人次 is the stated 56.7吨标准煤/万人次'),
  entry(HL, 'ratio', true, [[6.52 * WAN, HK_ENERGY], [1_147 * WAN, H1_TOTAL], [56.8, '（2023年：56.8']], '二（一）: 2023 6.52 over 1,147.0 is the stated 56.8'),
  entry(HL, 'ratio', false, [[6.84 * WAN, HK_ENERGY], [1_206 * WAN, HK_VIS], [59.6, HK_EINT]], 'planted: 关键绩效表 2024 单位游客综合能耗 6.84 over 1,206.0 is 56.7, its cell 59.6 (taken over 2023\'s 1,147.0)'),
  entry(HL, 'ratio', true, [[6.52 * WAN, HK_ENERGY], [1_147 * WAN, HK_VIS], [56.8, HK_EINT]], '关键绩效表 2023: 6.52 over 1,147.0 is its 56.8 (the 注\'s definition)'),
  entry(HL, 'consistency', false, [[59.6, HK_EINT], [56.7, '单位游客综合能耗56.7']], 'the same slip: the 关键绩效表\'s 2024 59.6吨标准煤/万人次, 二（一）\'s 56.7'),
  entry(HL, 'consistency', false, [[59.6, HK_EINT], [56.7, '综合能耗降至56.7']], 'the same slip: the 关键绩效表\'s 59.6, the 致辞\'s 56.7'),
  entry(HL, 'ratio', true, [[1.26 * YI, '其中绿色电力1.26亿千瓦时'], [3.84 * YI, '总用电量3.84亿千瓦时'], [32.8, '占总用电量的32.8%，较上年']], '二（一）: 绿色电力 1.26 of 3.84亿千瓦时 is the stated 32.8%'),
  entry(HL, 'ratio', true, [[1.26 * YI, '其中绿色电力1.26亿千瓦时'], [3.84 * YI, '总用电量3.84亿千瓦时'], [32.8, HK_GREEN]], '关键绩效表 2024 绿色电力占比: 1.26 of 3.84亿千瓦时 is its 32.8 (the 注\'s definition)'),
  entry(HL, 'ratio', true, [[1.26 * YI, '其中绿色电力1.26亿千瓦时'], [3.84 * YI, '总用电量3.84亿千瓦时'], [32.8, '总用电量的32.8%，单位']], 'the 致辞\'s 绿色电力 32.8% of 总用电量: 1.26 of 3.84亿千瓦时'),
  entry(HL, 'change', true, [[25.4, HK_GREEN], [32.8, '占总用电量的32.8%，较上年'], [7.4, '提升7.4个百分点']], '绿色电力占比 25.4% -> 32.8% is the stated 提升7.4个百分点'),
  entry(HL, 'change', true, [[472.8 * WAN, HK_WATER], [486.4 * WAN, '用水总量486.4万吨'], [2.9, '同比增长2.9%']], '二（二）: 用水总量 472.8 -> 486.4万吨 is the stated 同比增长2.9%'),
  entry(HL, 'sum', true, [[20.28 * WAN, H3_TOTAL], 1.86 * WAN, 18.42 * WAN], '表3 2024年: 1.86 + 18.42 = 20.28万吨'),
  entry(HL, 'sum', true, [[21.06 * WAN, H3_TOTAL], 1.92 * WAN, 19.14 * WAN], '表3 2023年: 1.92 + 19.14 = 21.06万吨'),
  entry(HL, 'change', true, [[21.06 * WAN, H3_TOTAL], [20.28 * WAN, '排放合计20.28万吨'], [3.7, '同比下降3.7%']], '范围一及范围二 21.06 -> 20.28万吨 is the stated 同比下降3.7%'),
  entry(HL, 'change', true, [[8_742, HK_STAFF], [9_126, '在册员工9,126人'], [4.4, '同比增长4.4%']], '在册员工 8,742 -> 9,126 is the stated 同比增长4.4%'),
  entry(HL, 'ratio', true, [[4_862, '女性员工4,862人'], [9_126, '在册员工9,126人'], [53.3, '占53.3%']], '女性员工 4,862 of 9,126 is the stated 53.3%'),
  entry(HL, 'sum', true, [[9_126, H4_TOTAL], [6_292, H4_OPS], [1_486, H4_ENG], [1_348, H4_MGT]], '表4: 6,292 + 1,486 + 1,348 = 9,126人'),
  entry(HL, 'ratio', true, [[6_292, H4_OPS], [9_126, H4_TOTAL], [68.9, H4_OPS]], '运营及游客服务 6,292 of 9,126 is its 68.9%'),
  entry(HL, 'ratio', true, [[1_486, H4_ENG], [9_126, H4_TOTAL], [16.3, H4_ENG]], '工程技术 1,486 of 9,126 is its 16.3%'),
  entry(HL, 'ratio', true, [[1_348, H4_MGT], [9_126, H4_TOTAL], [14.8, H4_MGT]], '管理人员 1,348 of 9,126 is its 14.8%'),
  entry(HL, 'sum', true, [[100, H4_TOTAL], [68.9, H4_OPS], [16.3, H4_ENG], [14.8, H4_MGT]], '表4 占比 column: 68.9 + 16.3 + 14.8 = 100.0'),
  entry(HL, 'consistency', false, [[9_000, '近9,000名员工'], [9_126, '在册员工9,126人']], 'planted: the 致辞\'s 近9,000名员工, 9,126 在册员工 in 三（一） (a turned qualifier: 9,126 is more than 9,000)'),
  entry(HL, 'consistency', false, [[9_000, '近9,000名员工'], [9_126, HK_STAFF]], 'the same slip: the 致辞\'s 近9,000名员工, the 关键绩效表\'s 9,126'),
  entry(HL, 'ratio', true, [[6, '损工事故6起'], [1_868 * WAN, '总工时1,868万小时'], [0.32, '损工事故率0.32']], '百万工时损工事故率: 6 over 1,868万工时 is the stated 0.32 (the 注\'s definition)'),
  entry(HL, 'ratio', true, [[8, '2023年：8起'], [1_792 * WAN, '1,792万小时'], [0.45, '1,792万小时，0.45']], '2023 8 over 1,792万工时 is the stated 0.45'),

  // Naivasha Highlands Flowers: a Kenyan cut-flower grower's sustainability report in English (2024)
  entry(NH, 'sum', false, [[625 * M, N1_TOTAL], [428.6 * M, N1_ROSE], 96.4 * M, [52.8 * M, N1_CARN], [41.8 * M, N1_SUMMER]], 'planted: Table 1 2024 428.6 + 96.4 + 52.8 + 41.8 = 619.6 million stems, its Total 625.0 (Carnations 58.2 printed 52.8, digits swapped)'),
  entry(NH, 'sum', true, [[594 * M, N1_TOTAL], 401.2 * M, 92.8 * M, 63.4 * M, 36.6 * M], 'Table 1 2023: 401.2 + 92.8 + 63.4 + 36.6 = 594.0 million stems'),
  entry(NH, 'change', true, [[401.2 * M, N1_ROSE], [428.6 * M, N1_ROSE], [6.8, N1_ROSE]], 'Roses 401.2 -> 428.6 is its 6.8'),
  entry(NH, 'change', true, [92.8 * M, 96.4 * M, 3.9], 'Spray roses 92.8 -> 96.4 is its 3.9'),
  entry(NH, 'change', false, [[63.4 * M, N1_CARN], [52.8 * M, N1_CARN], [-8.2, N1_CARN]], 'the same slip: Carnations 63.4 -> 52.8 is -16.7%, its Change -8.2 (computed on 58.2)'),
  entry(NH, 'change', true, [[36.6 * M, N1_SUMMER], [41.8 * M, N1_SUMMER], [14.2, N1_SUMMER]], 'Summer flowers 36.6 -> 41.8 is its 14.2'),
  entry(NH, 'change', true, [[594 * M, N1_TOTAL], [625 * M, N1_TOTAL], [5.2, N1_TOTAL]], 'Total 594.0 -> 625.0 is its 5.2'),
  entry(NH, 'change', true, [[594 * M, NK_STEMS], [625 * M, 'we sold 625 million stems'], [5.2, '5.2% more']], 'the Managing Director\'s 625 million stems, 5.2% more than the key figures\' 594.0'),
  entry(NH, 'change', false, [[63.4 * M, N1_CARN], [52.8 * M, N1_CARN], [8.2, 'Carnations fell 8.2%']], 'the same slip: 1.1\'s Carnations fell 8.2%, Table 1\'s 63.4 -> 52.8 is a fall of 16.7%'),
  entry(NH, 'ratio', true, [[427.6 * M, 'stems were 427.6 million'], [625 * M, N1_TOTAL], [68.4, '68.4% of the stems']], '1.1: Fairtrade 427.6 of 625.0 million stems is the stated 68.4%'),
  entry(NH, 'sum', true, [[12_944 * M, N2_TOTAL], [6_842 * M, N2_NL], [2_176 * M, N2_DE], [1_948 * M, N2_UK], [1_264 * M, N2_ME], [714 * M, N2_OTHER]], 'Table 2 2024: 6,842 + 2,176 + 1,948 + 1,264 + 714 = 12,944 KES million'),
  entry(NH, 'sum', true, [[11_950 * M, N2_TOTAL], 6_410 * M, 2_024 * M, 1_862 * M, 986 * M, 668 * M], 'Table 2 2023: 6,410 + 2,024 + 1,862 + 986 + 668 = 11,950'),
  entry(NH, 'ratio', true, [[6_842 * M, N2_NL], [12_944 * M, N2_TOTAL], [52.9, N2_NL]], 'Netherlands (auction) 6,842 of 12,944 is its 52.9%'),
  entry(NH, 'ratio', true, [[2_176 * M, N2_DE], [12_944 * M, N2_TOTAL], [16.8, N2_DE]], 'Germany 2,176 of 12,944 is its 16.8%'),
  entry(NH, 'ratio', true, [[1_948 * M, N2_UK], [12_944 * M, N2_TOTAL], [15.0, N2_UK]], 'United Kingdom 1,948 of 12,944 is its 15.0%'),
  entry(NH, 'ratio', true, [[1_264 * M, N2_ME], [12_944 * M, N2_TOTAL], [9.8, N2_ME]], 'Middle East 1,264 of 12,944 is its 9.8%'),
  entry(NH, 'ratio', true, [[714 * M, N2_OTHER], [12_944 * M, N2_TOTAL], [5.5, N2_OTHER]], 'Other markets 714 of 12,944 is its 5.5%'),
  entry(NH, 'sum', true, [[100, N2_TOTAL], [52.9, N2_NL], [16.8, N2_DE], [15.0, N2_UK], [9.8, N2_ME], [5.5, N2_OTHER]], 'Table 2 Share column: 52.9 + 16.8 + 15.0 + 9.8 + 5.5 = 100.0'),
  entry(NH, 'change', true, [[6_410 * M, N2_NL], [6_842 * M, N2_NL], [6.7, N2_NL]], 'Netherlands 6,410 -> 6,842 is its 6.7'),
  entry(NH, 'change', true, [[2_024 * M, N2_DE], [2_176 * M, N2_DE], [7.5, N2_DE]], 'Germany 2,024 -> 2,176 is its 7.5'),
  entry(NH, 'change', true, [[1_862 * M, N2_UK], [1_948 * M, N2_UK], [4.6, N2_UK]], 'United Kingdom 1,862 -> 1,948 is its 4.6'),
  entry(NH, 'change', true, [[986 * M, N2_ME], [1_264 * M, N2_ME], [28.2, N2_ME]], 'Middle East 986 -> 1,264 is its 28.2'),
  entry(NH, 'change', true, [[668 * M, N2_OTHER], [714 * M, N2_OTHER], [6.9, N2_OTHER]], 'Other markets 668 -> 714 is its 6.9'),
  entry(NH, 'change', true, [[11_950 * M, N2_TOTAL], [12_944 * M, N2_TOTAL], [8.3, N2_TOTAL]], 'Total 11,950 -> 12,944 is its 8.3'),
  entry(NH, 'change', true, [[11_950 * M, N2_TOTAL], [12_944 * M, 'grew 8.3% to KES 12,944'], [8.3, 'revenue grew 8.3%']], 'the Managing Director\'s revenue grew 8.3% to KES 12,944 million'),
  entry(NH, 'ratio', true, [[1_264 * M, N2_ME], [12_944 * M, 'grew 8.3% to KES 12,944'], [9.8, 'now 9.8% of revenue']], 'the Managing Director\'s Middle East, now 9.8% of revenue: 1,264 of 12,944'),
  entry(NH, 'ratio', false, [[6_842 * M, 'Dutch auction, KES 6,842'], [12_944 * M, N2_TOTAL], [57.3, 'were 57.3% of revenue']], 'planted: the Dutch auction 6,842 of 12,944 KES million is 52.9%, 1.2 says 57.3% of revenue (taken over 2023\'s 11,950)'),
  entry(NH, 'consistency', false, [[57.3, 'were 57.3% of revenue'], [52.9, N2_NL]], 'the same slip: 1.2\'s 57.3% of revenue, Table 2\'s Netherlands (auction) share 52.9'),
  entry(NH, 'sum', true, [[4_124 * M, 'brought in KES 4,124'], [2_176 * M, N2_DE], [1_948 * M, N2_UK]], '1.2: Germany and the United Kingdom 2,176 + 1,948 = the stated KES 4,124 million'),
  entry(NH, 'change', true, [[2.06 * M, 'the 2.06 million m³'], [1.94 * M, 'We withdrew 1.94 million m³'], [5.8, '5.8% less']], '2.1: water 2.06 -> 1.94 million m³ is the stated 5.8% less'),
  entry(NH, 'change', true, [[2.06 * M, NK_WATER], [1.94 * M, 'fell 5.8% to 1.94 million'], [5.8, 'water use fell 5.8%']], 'the Managing Director\'s water use fell 5.8% to 1.94 million m³'),
  entry(NH, 'ratio', true, [[1.94 * M, 'We withdrew 1.94 million m³'], [625 * M, NK_STEMS], [3.1, 'Water use per stem was 3.10']], '2.1: 1.94 million m³ over 625.0 million stems is the stated 3.10 litres'),
  entry(NH, 'ratio', true, [[2.06 * M, 'the 2.06 million m³'], [594 * M, NK_STEMS], [3.47, '(2023: 3.47 litres)']], '2.1: 2023 2.06 million m³ over 594.0 million stems is the stated 3.47 litres'),
  entry(NH, 'ratio', true, [[1.94 * M, NK_WATER], [625 * M, NK_STEMS], [3.1, NK_WPER]], 'key figures 2024: 1.94 over 625.0 is its 3.10 (the note\'s definition)'),
  entry(NH, 'ratio', true, [[2.06 * M, NK_WATER], [594 * M, NK_STEMS], [3.47, NK_WPER]], 'key figures 2023: 2.06 over 594.0 is its 3.47'),
  entry(NH, 'ratio', true, [[1.94 * M, 'fell 5.8% to 1.94 million'], [625 * M, 'we sold 625 million stems'], [3.1, 'or 3.10 litres per']], 'the Managing Director\'s 3.10 litres per stem: 1.94 million m³ over 625 million stems'),
  entry(NH, 'ratio', true, [[38.6, 'of which 38.6 GWh'], [53.8, 'We used 53.8 GWh'], [71.7, '71.7% of the total']], '2.2: 38.6 of 53.8 GWh is the stated 71.7%'),
  entry(NH, 'ratio', true, [[33.2, '(33.2 of 52.4 GWh)'], [52.4, '(33.2 of 52.4 GWh)'], [63.4, 'from 63.4% in 2023']], '2.2: 2023 33.2 of 52.4 GWh is the stated 63.4%'),
  entry(NH, 'ratio', true, [[38.6, 'of which 38.6 GWh'], [53.8, 'We used 53.8 GWh'], [71.7, NK_REN]], 'key figures 2024 renewable energy: 38.6 of 53.8 GWh is its 71.7'),
  entry(NH, 'ratio', true, [[33.2, '(33.2 of 52.4 GWh)'], [52.4, '(33.2 of 52.4 GWh)'], [63.4, NK_REN]], 'key figures 2023: 33.2 of 52.4 GWh is its 63.4'),
  entry(NH, 'ratio', true, [[38.6, 'of which 38.6 GWh'], [53.8, 'We used 53.8 GWh'], [71.7, 'supplied 71.7% of our energy']], 'the Managing Director\'s 71.7% of our energy: 38.6 of 53.8 GWh'),
  entry(NH, 'change', false, [[63.4, 'from 63.4% in 2023'], [71.7, '71.7% of the total'], [3.8, 'up 3.8\npercentage points']], 'planted: renewable share 63.4% -> 71.7% is up 8.3 percentage points, the text says up 3.8 (digits swapped)'),
  entry(NH, 'sum', true, [[18_460, N3_TOTAL], 4_120, 14_340], 'Table 3 2024: 4,120 + 14,340 = 18,460 tCO2e'),
  entry(NH, 'sum', true, [[19_270, N3_TOTAL], 4_380, 14_890], 'Table 3 2023: 4,380 + 14,890 = 19,270'),
  entry(NH, 'change', true, [[19_270, N3_TOTAL], [18_460, 'fell 4.2% to 18,460'], [4.2, 'emissions fell 4.2%']], '2.2: Scope 1 and 2 19,270 -> 18,460 tCO2e is the stated fell 4.2%'),
  entry(NH, 'change', false, [[19_270, N3_TOTAL], [18_460, 'rose 4.2% to 18,460'], [4.2, 'emissions rose 4.2%']], 'planted: the Managing Director\'s Scope 1 and 2 emissions rose 4.2% to 18,460 tCO2e; from 19,270 they fell 4.2% (the direction turned; 2.2 says fell)'),
  entry(NH, 'consistency', false, [[4.2, 'emissions rose 4.2%'], [4.2, 'emissions fell 4.2%']], 'the same slip: the Managing Director\'s Scope 1 and 2 `rose 4.2%`, 2.2\'s `fell 4.2%` (added in session 41: the checks reported the pair, the writer keyed the change only)'),
  entry(NH, 'ratio', true, [[18_460, 'fell 4.2% to 18,460'], [625 * M, NK_STEMS], [29.5, 'or 29.5 g']], '2.2: 18,460 tCO2e over 625.0 million stems is the stated 29.5 g per stem'),
  entry(NH, 'ratio', true, [[19_270, N3_TOTAL], [594 * M, NK_STEMS], [32.4, '(2023: 32.4 g)']], '2.2: 2023 19,270 over 594.0 million stems is the stated 32.4 g'),
  entry(NH, 'ratio', true, [[18_460, NK_GHG], [625 * M, NK_STEMS], [29.5, NK_GPER]], 'key figures 2024: 18,460 over 625.0 is its 29.5 (the note\'s definition)'),
  entry(NH, 'ratio', true, [[19_270, NK_GHG], [594 * M, NK_STEMS], [32.4, NK_GPER]], 'key figures 2023: 19,270 over 594.0 is its 32.4'),
  entry(NH, 'change', true, [[7_214, '(7,214)'], [7_486, 'we had 7,486 permanent'], [3.8, '3.8% more']], '3: permanent workers 7,214 -> 7,486 is the stated 3.8% more'),
  entry(NH, 'ratio', true, [[4_372, 'Women hold 4,372'], [7_486, 'we had 7,486 permanent'], [58.4, 'or 58.4%']], 'women 4,372 of 7,486 permanent workers is the stated 58.4%'),
  entry(NH, 'ratio', true, [[4_372, 'Women hold 4,372'], [7_486, 'We employ 7,486'], [58.4, '58.4% of them women']], 'the Managing Director\'s 7,486 permanent workers, 58.4% of them women'),
  entry(NH, 'ratio', true, [[186, 'and 186 of our 412'], [412, 'and 186 of our 412'], [45.1, 'supervisors,\n45.1%']], 'women 186 of 412 supervisors is the stated 45.1%'),
  entry(NH, 'ratio', true, [[9, 'We recorded 9'], [16.42 * M, 'over 16.42 million hours'], [0.55, 'rate of 0.55']], 'LTIFR: 9 over 16.42 million hours is the stated 0.55'),
  entry(NH, 'ratio', true, [[12, '(2023: 12 over'], [15.96 * M, '15.96 million hours'], [0.75, 'million hours, 0.75']], '2023 12 over 15.96 million hours is the stated 0.75'),

  // Alto Quindío: a Colombian green coffee exporter's sustainability report in English (2024)
  entry(AQ, 'sum', true, [[1_122 * K, Q1_TOTAL], [486.2 * K, Q1_US], [342.8 * K, Q1_EU], [128.4 * K, Q1_JP], [96.2 * K, Q1_KR], [68.4 * K, Q1_OTHER]], 'Table 1 2024: 486.2 + 342.8 + 128.4 + 96.2 + 68.4 = 1,122.0 thousand bags'),
  entry(AQ, 'sum', true, [[1_048 * K, Q1_TOTAL], 452.6 * K, 318.4 * K, 134.6 * K, 82.4 * K, 60 * K], 'Table 1 2023: 452.6 + 318.4 + 134.6 + 82.4 + 60.0 = 1,048.0'),
  entry(AQ, 'ratio', true, [[486.2 * K, Q1_US], [1_122 * K, Q1_TOTAL], [43.3, Q1_US]], 'United States 486.2 of 1,122.0 is its 43.3%'),
  entry(AQ, 'ratio', true, [[342.8 * K, Q1_EU], [1_122 * K, Q1_TOTAL], [30.6, Q1_EU]], 'Europe 342.8 of 1,122.0 is its 30.6%'),
  entry(AQ, 'ratio', true, [[128.4 * K, Q1_JP], [1_122 * K, Q1_TOTAL], [11.4, Q1_JP]], 'Japan 128.4 of 1,122.0 is its 11.4%'),
  entry(AQ, 'ratio', true, [[96.2 * K, Q1_KR], [1_122 * K, Q1_TOTAL], [8.6, Q1_KR]], 'South Korea 96.2 of 1,122.0 is its 8.6%'),
  entry(AQ, 'ratio', true, [[68.4 * K, Q1_OTHER], [1_122 * K, Q1_TOTAL], [6.1, Q1_OTHER]], 'Other 68.4 of 1,122.0 is its 6.1%'),
  entry(AQ, 'sum', true, [[100, Q1_TOTAL], [43.3, Q1_US], [30.6, Q1_EU], [11.4, Q1_JP], [8.6, Q1_KR], [6.1, Q1_OTHER]], 'Table 1 Share column: 43.3 + 30.6 + 11.4 + 8.6 + 6.1 = 100.0'),
  entry(AQ, 'change', true, [[452.6 * K, Q1_US], [486.2 * K, Q1_US], [7.4, Q1_US]], 'United States 452.6 -> 486.2 is its 7.4'),
  entry(AQ, 'change', true, [[318.4 * K, Q1_EU], [342.8 * K, Q1_EU], [7.7, Q1_EU]], 'Europe 318.4 -> 342.8 is its 7.7'),
  entry(AQ, 'change', true, [[134.6 * K, Q1_JP], [128.4 * K, Q1_JP], [-4.6, Q1_JP]], 'Japan 134.6 -> 128.4 is its -4.6'),
  entry(AQ, 'change', true, [[82.4 * K, Q1_KR], [96.2 * K, Q1_KR], [16.7, Q1_KR]], 'South Korea 82.4 -> 96.2 is its 16.7'),
  entry(AQ, 'change', true, [[60 * K, Q1_OTHER], [68.4 * K, Q1_OTHER], [14.0, Q1_OTHER]], 'Other 60.0 -> 68.4 is its 14.0'),
  entry(AQ, 'change', true, [[1_048 * K, Q1_TOTAL], [1_122 * K, Q1_TOTAL], [7.1, Q1_TOTAL]], 'Total 1,048.0 -> 1,122.0 is its 7.1'),
  entry(AQ, 'change', true, [[1_048 * K, Q1_TOTAL], [1_122 * K, Q1_TOTAL], [7.1, '7.1% more']], 'the General Manager\'s 7.1% more: Table 1\'s 1,048.0 -> 1,122.0 thousand bags (his 1.12 million is the rounded 1,122.0)'),
  entry(AQ, 'ratio', true, [[4_300, QK_GHG], [1_122 * K, QK_EXP], [3.83, QK_GPER]], 'key figures 2024: 4,300 over 1,122.0 thousand bags is its 3.83 kg (the note\'s definition)'),
  entry(AQ, 'ratio', true, [[4_540, QK_GHG], [1_048 * K, QK_EXP], [4.33, QK_GPER]], 'key figures 2023: 4,540 over 1,048.0 is its 4.33'),
  entry(AQ, 'ratio', false, [[742.6 * K, 'made up 742.6 thousand bags'], [1_122 * K, Q1_TOTAL], [70.9, '70.9% of exports']], 'planted: certified and verified 742.6 of 1,122.0 thousand bags is 66.2%, 1.1 says 70.9% of exports (taken over 2023\'s 1,048.0)'),
  entry(AQ, 'consistency', false, [[70.9, '70.9% of exports'], [66.2, QK_CERT]], 'the same slip: 1.1\'s 70.9% of exports, the key figures\' 66.2'),
  entry(AQ, 'change', false, [[63.8, 'and 63.8% in 2023'], [70.9, '70.9% of exports'], [2.4, 'up 2.4 percentage points']], 'the same slip: 63.8% -> 70.9% is up 7.1 points, the text says up 2.4 (computed on 66.2)'),
  entry(AQ, 'ratio', true, [[668.6 * K, 'against\n668.6 thousand bags'], [1_048 * K, Q1_TOTAL], [63.8, 'and 63.8% in 2023']], '1.1: 2023 668.6 of 1,048.0 thousand bags is the stated 63.8%'),
  entry(AQ, 'ratio', true, [[668.6 * K, 'against\n668.6 thousand bags'], [1_048 * K, QK_EXP], [63.8, QK_CERT]], 'key figures 2023: 668.6 over 1,048.0 is its 63.8 (the note\'s definition)'),
  entry(AQ, 'ratio', true, [[742.6 * K, 'made up 742.6 thousand bags'], [1_122 * K, QK_EXP], [66.2, QK_CERT]], 'key figures 2024: certified and verified 742.6 over 1,122.0 thousand bags is its 66.2 (the note\'s definition)'),
  entry(AQ, 'change', true, [[63.8, QK_CERT], [66.2, QK_CERT], [2.4, 'up 2.4 percentage points']], 'the key figures\' certified share 63.8% -> 66.2% is the stated up 2.4 percentage points'),
  entry(AQ, 'sum', true, [[2_153.8 * B, Q2_TOTAL], [1_842.6 * B, Q2_GREEN], 214.8 * B, 96.4 * B], 'Table 2 2024: 1,842.6 + 214.8 + 96.4 = 2,153.8 COP billion'),
  entry(AQ, 'sum', true, [[1_887.2 * B, Q2_TOTAL], 1_612.4 * B, 186.2 * B, 88.6 * B], 'Table 2 2023: 1,612.4 + 186.2 + 88.6 = 1,887.2'),
  entry(AQ, 'change', true, [[1_612.4 * B, Q2_GREEN], [1_842.6 * B, Q2_GREEN], [14.3, Q2_GREEN]], 'Green coffee exports 1,612.4 -> 1,842.6 is its 14.3'),
  entry(AQ, 'change', false, [[186.2 * B, Q2_ROAST], [214.8 * B, Q2_ROAST], [14.5, Q2_ROAST]], 'planted: Roasted and soluble 186.2 -> 214.8 is +15.4%, its Change 14.5 (digits swapped)'),
  entry(AQ, 'change', true, [88.6 * B, 96.4 * B, 8.8], 'Domestic sales 88.6 -> 96.4 is its 8.8'),
  entry(AQ, 'change', true, [[1_887.2 * B, Q2_TOTAL], [2_153.8 * B, Q2_TOTAL], [14.1, Q2_TOTAL]], 'Total 1,887.2 -> 2,153.8 is its 14.1'),
  entry(AQ, 'change', true, [[1_887.2 * B, Q2_TOTAL], [2_153.8 * B, 'grew 14.1% to COP 2,153.8'], [14.1, 'revenue grew 14.1%']], 'the General Manager\'s revenue grew 14.1% to COP 2,153.8 billion'),
  entry(AQ, 'ratio', true, [[1_842.6 * B, 'brought in COP 1,842.6'], [2_153.8 * B, Q2_TOTAL], [85.6, '85.6% of revenue']], '1.2: green coffee exports 1,842.6 of 2,153.8 is the stated 85.6%'),
  entry(AQ, 'ratio', true, [[214.8 * B, 'soluble coffee COP 214.8'], [2_153.8 * B, Q2_TOTAL], [10.0, 'billion, 10.0%']], '1.2: roasted and soluble 214.8 of 2,153.8 COP billion is the stated 10.0%'),
  entry(AQ, 'ratio', true, [[38.4 * B, 'producers, COP 38.4 billion'], [2_153.8 * B, Q2_TOTAL], [1.8, '1.8% of revenue']], '1.2: premiums 38.4 of 2,153.8 COP billion is the stated 1.8%'),
  entry(AQ, 'change', true, [[17_860, 'than the 17,860'], [18_420, 'from 18,420 farming'], [3.1, '3.1% more']], '1.3: farming families 17,860 -> 18,420 is the stated 3.1% more'),
  entry(AQ, 'change', true, [[168, 'from 168 litres'], [142, 'used 142 litres'], [15.5, 'down 15.5%']], '2.1: water per bag 168 -> 142 litres is the stated down 15.5%'),
  entry(AQ, 'ratio', true, [[9.2, 'of which 9.2 GWh'], [14.6, 'used 14.6 GWh'], [63.0, '9.2 GWh, 63.0%']], '2.2: 9.2 of 14.6 GWh is the stated 63.0%'),
  entry(AQ, 'sum', true, [[4_300, Q3_TOTAL], 2_840, 1_460], 'Table 3 2024: 2,840 + 1,460 = 4,300 tCO2e'),
  entry(AQ, 'sum', true, [[4_540, Q3_TOTAL], 3_020, 1_520], 'Table 3 2023: 3,020 + 1,520 = 4,540'),
  entry(AQ, 'change', true, [[4_540, Q3_TOTAL], [4_300, 'fell 5.3% to 4,300'], [5.3, 'emissions fell 5.3%']], '2.2: Scope 1 and 2 4,540 -> 4,300 tCO2e is the stated fell 5.3%'),
  entry(AQ, 'ratio', true, [[4_300, 'fell 5.3% to 4,300'], [1_122 * K, Q1_TOTAL], [3.83, 'or 3.83 kg']], '2.2: 4,300 tCO2e over 1,122.0 thousand bags is the stated 3.83 kg per bag'),
  entry(AQ, 'ratio', true, [[4_540, Q3_TOTAL], [1_048 * K, Q1_TOTAL], [4.33, '(2023: 4.33 kg)']], '2.2: 2023 4,540 over 1,048.0 thousand bags is the stated 4.33 kg'),
  entry(AQ, 'change', true, [[1_236, QK_STAFF], [1_284, 'we had 1,284 employees'], [3.9, '3.9% more']], '3: employees 1,236 -> 1,284 is the stated 3.9% more'),
  entry(AQ, 'ratio', true, [[528, 'and 528 of them'], [1_284, 'we had 1,284 employees'], [41.1, '41.1%, were women']], 'women 528 of 1,284 employees is the stated 41.1%'),
  entry(AQ, 'ratio', true, [[3, 'We recorded 3'], [2.46 * M, 'over 2.46 million hours'], [1.22, 'rate of 1.22']], 'LTIFR: 3 over 2.46 million hours is the stated 1.22'),
  entry(AQ, 'ratio', true, [[5, '(2023: 5 over'], [2.38 * M, '2.38 million'], [2.1, 'hours, 2.10']], '2023 5 over 2.38 million hours is the stated 2.10'),
];
