// The forty-sixth blind batch: four engagements (5 files) of report kinds outside batches 1–45, written as their
// published reports read (aligned tables with `（单位：亿元）` / `(RMB million)` / `(VND billion)` / `(tonnes)` captions, a `单位` / `Unit` column in a key
// performance table, `其中` / `of which` rows, share and change columns, notes defining the KPIs, a letter restating the year):
// a Chinese textile and apparel maker's ESG 报告 and its English version in a second file, checked together (营业收入 亿元 /
// RMB million by product with 占比 / Share and 同比 / Change, 境外 share, 主要产品产量 with units per row and an `其中：阿克苏基地` /
// `of which Aksu base` row, 综合能源消耗 万吨标准煤 / thousand tce by type with 万元营业收入综合能耗 / tce per RMB million, 用水总量 万吨 /
// million m³ with 单位面料用水量 per 百米 / 100 metres, 印染废水回用率 with 个百分点 / percentage points, 范围一 / 范围二 万吨 / tCO2e with
// carbon intensity per 万元 / RMB million, 员工 by 地区 with 占比 and 女性 share, LTIFR, a 关键绩效表 / key performance table with a
// 注 / note); a Vietnamese pangasius and shrimp processor's sustainability report in English (net revenue in VND billion by
// product and export turnover in US$ million by market, each with Change and Share columns, finished products in tonnes with
// Change, the ASC-certified share of fillets, own farms' share of the harvest and the feed conversion ratio defined in a note,
// rooftop solar's share of electricity with percentage points, Scope 1 / 2 tCO2e and water per tonne of finished product,
// employees by site with shares, women's shares, LTIFR, key sustainability indicators with a Unit column); a Chinese
// shipbuilder's 社会责任报告 in simplified Chinese only (完工交付 万载重吨 by 船型 with 占比 and 同比 and a `其中：绿色动力船舶` row, 新接订单
// with its green share, 营业收入 亿元 by 业务 with 占比 and 同比, 研发投入's share, 综合能源消耗 万吨标准煤 by type with 同比 and
// 单位完工载重吨综合能耗 in 千克标准煤, VOCs with a rate, 范围一 / 范围二 万吨, 在册员工 by 岗位 with 占比, 百万工时损工事故率, a 关键绩效表
// with a 单位 column and a 注 defining the intensity and the injury rate); a Chilean wine producer's sustainability report in
// English (sales in thousand nine-litre cases by market with Share and Change, revenue in CLP million by segment with Change,
// the premium share, organic hectares, own grapes' share of the crush, winery water per litre with a rate, renewable electricity
// with percentage points, bottle weight, Scope 1 / 2 tCO2e with kg per case, permanent employees and women's share, LTIFR, key
// figures with a Unit column).
// Planted (as real drafts slip). 永锦纺织 / Yongjin Textile: the Chinese 表1's 成衣 26.48 for 24.68 (its 合计 140.50 no longer
// adds, its 占比 17.6 and 同比 +20.3 were computed on 24.68; 一（一） says 成衣业务收入24.68亿元 and the English Table 1 2,468 RMB
// million); the 致辞's 营业收入 `同比增长12.1%` for 11.2 (126.40 -> 140.50; 一（一）, 表1 and the English statement say 11.2); 印染废水回用率
// 63.2% `较上年提升5.8个百分点` for 4.8 (58.4 in the 关键绩效表; the English `up 4.8 percentage points`); the English statement's `38.62
// thousand tonnes of colour-spun yarn` for 386.2 (38.62万吨 read as thousands; Table 2 and the key table say 386.2); the English key
// table's 2023 carbon intensity 65.1 for 56.1 (709,000 tCO2e over RMB12,640 million; 2.3 says `(2023: 56.1)`, the Chinese 0.561吨/万元);
// the English statement's `more than 23,000 employees` against 22,864 and the Chinese 近2.3万名员工 (a translation's turned
// qualifier). Song Hau Seafood: the CEO's export turnover `rose 14.2%` for 12.4 (283.5 -> 318.6 US$ million; Table 2's Change
// 12.4); Table 3's value-added pangasius products 6,480 for 6,840 (the Total 72,400 no longer adds, its Change 15.5 was computed
// on 6,840); the solar share 5.2% -> 8.6% `up 4.3 percentage points` for 3.4; women `held 41 of the 112 management positions, a
// share of 39.3%` for 36.6 (last year's 44 of 112); the CEO's `our 11,240 employees`, the 2023 headcount, against 11,870 in
// section 4 and the key indicators. 启帆重工: 表1's 液化气船 占比 5.6 for 6.5 (38.4 of 586.4; the column then adds to 99.1); the
// 致辞's `新接订单金额达到62.35亿元` for 623.5 (一（二）; the decimal point moved); 表3's 天然气 同比 +3.2 for -3.2 (6.32 -> 6.12; the
// sign turned); the 关键绩效表's 2024 单位完工载重吨综合能耗 50.2 for 45.8 (computed on 2023's 535.0万载重吨; 二（一） and the 致辞 say
// 45.8); the 致辞's `超1.5万名员工` against 14,826 在册员工 in 三（一） and the 关键绩效表 (a turned qualifier). Viña Cerro Alto: Table 1's 2023
// Total 8,150 for 8,050 (its parts and the key figures' 8.05 million say 8,050; its Change 4.6 and the CEO's `4.6% more` follow
// from 8,050, from 8,150 it would be 3.3); the CEO's `More than 80% of the grapes we crush come from our own vineyards` against
// 78.4% (98,400 of 125,500 tonnes in 2.1; a bound turned); winery water per litre `fell 9.8%` for 8.9 (2.46 -> 2.24; the drop
// taken over the new value, 0.22 / 2.24).
// Annotated as a reader sees them and committed before any run of the checks, the command line or extraction on them.
// Traps that must not be flagged: 永锦's 针织面料4.86亿米 beside 表1's 其他 2023 4.86亿元 (same digits and scale, another metric); the
// `其中：阿克苏基地` / `of which Aksu base` row under 色纺纱 (a part of one row, not of the table); 表2's rows in three units (万吨, 亿米,
// 万件: no total); 近2.3万名员工 against 22,864 and 女性员工接近六成 / `close to 60%` against 58.8% (they hold); 累计回用印染废水超过3,000万吨
// / `more than 30 million tonnes` since 2015 (cumulative); the 2030 75% and 30% (targets); 万元营业收入综合能耗 0.238 -> 0.257 and
// 单位面料用水量 with no rate stated; 万元 / 百米 against RMB million / 100 metres rightly converted (0.512吨/万元 = 51.2 per RMB
// million, 1,286.4万吨 = 12.864 million m³); the English Table 2's `million pieces` 31.26 for 3,126万件; the English
// 486 million metres of knitted fabric beside Table 1's Other 2023 486 RMB million (same digits and scale, another metric).
// Song Hau's Table 2 Japan and Korea 41.8 beside Other markets 41.6 and both shares 13.1 (right: 13.12 and 13.06); the CEO's 72,400 tonnes and 8.6% (they
// hold); `seven in ten of them women` (a round fraction); more than 1.2 million mangrove trees since 2015 (cumulative); Scope 3
// of 412,000 tCO2e (not in the total); 100% ASC-certified own farms and an FCR of 1.50 by 2027 (targets); the key indicators'
// 2023 employees 11,240, the same value as the CEO's stale figure (right in its column); the 2023 women's share 70.6% with no
// numerator given; emission and water intensities per tonne of finished product (Table 3's Total), not of live fish harvested.
// 启帆's `其中：绿色动力船舶` row (212.6, 36.3, 194.8, +9.1) under 合计 (not a part); 协作单位人员约2.6万人 (not employees, not in 表5);
// the ship counts 42艘 / 68艘 / 132艘 beside the 载重吨; 可保障生产至2028年 (a year); the 2030 80% and 20% (targets); 新获授权专利216项;
// the 关键绩效表's 2023 新接订单 684.2, 手持订单 1,398.6, 研发投入 15.92 and 在册员工 14,352 with no rate stated; 单位完工载重吨综合能耗
// `下降4.4%` (4.4 on the rounded 47.9 -> 45.8 and on the exact figures alike); 表1's 液化气船 同比 +28.9 (right: it is the 占比 that slipped);
// the 致辞's date in Chinese numerals (二〇二五年三月二十六日). Cerro Alto's Other markets Change 9.8 and renewable electricity `up 9.8
// percentage points` beside the planted `fell 9.8%` (right); `a quarter of our 4,860 planted hectares` against 25.5% (it holds);
// exports' 76.2% (the volume outside Chile, 6,416 = 8,420 - 2,004); `Brazil became our fourth market` (a rank: 1,018 against China's
// 862, 902 against 904 in 2023; Other markets is no market); 2,620 seasonal workers (not in the permanent headcount); Scope 3 of 118,400 tCO2e
// (reported separately); the 2030 aims (targets); the key figures' 2023 8.05 million cases (right: the 2023 Table 1 Total slipped);
// kg per case over cases sold, not grapes crushed; the 750 ml bottle (a size, not a claim).

import type { Engagement } from './key';
import { across, B, engagements, entry, K, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b46';
const YJ_ZH = 'yongjin-textile-esg-2024-zh.txt';
const YJ_EN = 'yongjin-textile-esg-2024-en.txt';
const SH = 'song-hau-seafood-sustainability-report-2024.txt';
const SHIP = 'qifan-heavy-industry-csr-2024-zh.txt';
const WINE = 'cerro-alto-wines-sustainability-report-2024.txt';

export const BATCH_46_ENGAGEMENTS: Engagement[] = engagements(DIR, [[YJ_ZH, YJ_EN], SH, SHIP, WINE]);

const Z1_YARN = '色纺纱                  68.32';
const Z1_GAR = '成衣                    26.48';
const Z1_OTHER = '其他                     5.14';
const Z1_TOTAL = '合计                   140.50';
const Z2_YARN = '色纺纱                      万吨';
const Z2_AKSU = '其中：阿克苏基地            万吨';
const Z2_FABRIC = '针织面料                    亿米';
const Z2_GAR = '成衣                        万件';
const Z3_OTHER = '其他                        0.68';
const Z3_TOTAL = '合计                       33.40';
const Z4_TOTAL = '合计                               72.00';
const Z5_TOTAL = '合计                   22,864';
const ZK_REV = '营业收入                          亿元';
const ZK_FABRIC = '针织面料产量                      亿米';
const ZK_ENERGY = '综合能源消耗                      万吨标准煤';
const ZK_EINT = '万元营业收入综合能耗              吨标准煤/万元';
const ZK_WATER = '用水总量                          万吨';
const ZK_WPER = '单位面料用水量                    吨/百米';
const ZK_REUSE = '印染废水回用率                    %';
const ZK_GHG = '范围一及范围二排放                万吨二氧化碳当量';
const ZK_CINT = '万元营业收入碳排放                吨二氧化碳当量/万元';
const ZK_STAFF = '员工总数                          人';
const E1_YARN = 'Colour-spun yarn        6,832';
const E1_GAR = 'Garments                2,468';
const E1_OTHER = 'Other                     514';
const E1_TOTAL = 'Total                  14,050';
const E2_YARN = 'Colour-spun yarn                thousand tonnes';
const E2_AKSU = 'of which Aksu base              thousand tonnes';
const E2_FABRIC = 'Knitted fabric                  million metres';
const E2_GAR = 'Garments                        million pieces';
const E3_OTHER = 'Other                        6.8';
const E3_TOTAL = 'Total                      334.0';
const E4_TOTAL = 'Total                       720,000';
const E5_TOTAL = 'Total                       22,864';
const EK_REV = 'Revenue                            RMB million';
const EK_YARN = 'Colour-spun yarn output            thousand tonnes';
const EK_FABRIC = 'Knitted fabric output              million metres';
const EK_ENERGY = 'Energy consumption                 thousand tce';
const EK_EINT = 'Energy intensity                   tce per RMB million';
const EK_WATER = 'Water withdrawal                   million m³';
const EK_WPER = 'Water per 100 metres of fabric     m³';
const EK_REUSE = 'Dyeing wastewater reuse rate       %';
const EK_GHG = 'Scope 1 and 2 emissions            tCO2e';
const EK_CINT = 'Carbon intensity                   tCO2e per RMB million';
const EK_STAFF = 'Employees                          persons';
const S1_PANG = 'Pangasius fillets                6,134';
const S1_SHRIMP = 'Shrimp                           2,216';
const S1_OTHER = 'Other                              418';
const S1_TOTAL = 'Total                            9,852';
const S2_US = 'United States            104.6';
const S2_CN = 'China                     72.4';
const S2_JK = 'Japan and Korea           41.8';
const S2_OTHER = 'Other markets             41.6';
const S2_TOTAL = 'Total                    318.6';
const S3_FIL = 'Frozen pangasius fillets               48,620';
const S3_VA = 'Value-added pangasius products          6,480';
const S3_SHRIMP = 'Shrimp (frozen and processed)           7,460';
const S3_MEAL = 'Fishmeal                                7,280';
const S3_OIL = 'Fish oil                                2,200';
const S3_TOTAL = 'Total                                  72,400';
const S4_TOTAL = 'Total Scope 1 and 2          65,280';
const S5_TOTAL = 'Total                            11,870';
const SK_OUTPUT = 'Finished products                           tonnes';
const SK_GHG = 'Scope 1 and 2 emissions                     tCO2e';
const SK_GHGINT = 'Emission intensity                          tCO2e/tonne';
const SK_WATER = 'Water withdrawal                            thousand m³';
const SK_WINT = 'Water intensity                             m³/tonne';
const SK_STAFF = 'Employees                                   persons';

const Q1_BULK = '散货船                   186.2';
const Q1_TANK = '油船                     204.6';
const Q1_BOX = '集装箱船                 142.4';
const Q1_GAS = '液化气船                  38.4';
const Q1_OTHER = '其他                      14.8';
const Q1_TOTAL = '合计                     586.4';
const Q1_GREEN = '其中：绿色动力船舶       212.6';
const Q2_SHIP = '造船                    412.36';
const Q2_OTHER = '其他                     13.90';
const Q2_TOTAL = '合计                    486.72';
const Q3_GAS = '天然气                      6.12';
const Q3_TOTAL = '合计                       26.84';
const Q4_TOTAL = '合计                               64.80';
const Q5_TOTAL = '合计                   14,826';
const QK_DONE = '完工交付                          万载重吨';
const QK_ENERGY = '综合能源消耗                      万吨标准煤';
const QK_INT = '单位完工载重吨综合能耗            千克标准煤/载重吨';
const QK_STAFF = '在册员工                          人';

const C1_CL = 'Chile                 2,004';
const C1_CN = 'China                   862';
const C1_BR = 'Brazil                1,018';
const C1_OTHER = 'Other markets         1,928';
const C1_TOTAL = 'Total                 8,420';
const C2_PREM = 'Premium and icon wines      148,620';
const C2_OTHER = 'Other                        17,220';
const C2_TOTAL = 'Total                       412,680';
const C3_TOTAL = 'Total Scope 1 and 2                  9,960';
const CK_VOL = 'Sales volume                        million cases';
const CK_GHG = 'Scope 1 and 2 emissions             tCO2e';
const CK_INT = 'Emissions per case                  kg CO2e';

export const BATCH_46_KEY: KeyEntry[] = [
  // 永锦纺织 / Yongjin Textile: a Chinese textile and apparel maker's ESG report in simplified Chinese and English, checked together (2024)
  entry(YJ_ZH, 'sum', false, [[140.5 * YI, Z1_TOTAL], [68.32 * YI, Z1_YARN], 42.36 * YI, [26.48 * YI, Z1_GAR], [5.14 * YI, Z1_OTHER]], 'planted: 表1 2024年 68.32 + 42.36 + 26.48 + 5.14 = 142.30亿元, its 合计 140.50 (成衣 24.68 mistyped 26.48)'),
  entry(YJ_ZH, 'sum', true, [[126.4 * YI, Z1_TOTAL], 61.18 * YI, 39.84 * YI, [20.52 * YI, Z1_GAR], [4.86 * YI, Z1_OTHER]], '表1 2023年: 61.18 + 39.84 + 20.52 + 4.86 = 126.40亿元'),
  entry(YJ_ZH, 'ratio', true, [[68.32 * YI, Z1_YARN], [140.5 * YI, Z1_TOTAL], [48.6, Z1_YARN]], '色纺纱 68.32 of 140.50 is its 48.6%'),
  entry(YJ_ZH, 'ratio', true, [42.36 * YI, [140.5 * YI, Z1_TOTAL], 30.1], '针织面料 42.36 of 140.50 is its 30.1%'),
  entry(YJ_ZH, 'ratio', false, [[26.48 * YI, Z1_GAR], [140.5 * YI, Z1_TOTAL], [17.6, Z1_GAR]], 'the same slip: 成衣 26.48 of 140.50 is 18.8%, its 占比 17.6 (computed on 24.68)'),
  entry(YJ_ZH, 'ratio', true, [[5.14 * YI, Z1_OTHER], [140.5 * YI, Z1_TOTAL], [3.7, Z1_OTHER]], '其他 5.14 of 140.50 is its 3.7%'),
  entry(YJ_ZH, 'sum', true, [[100, Z1_TOTAL], [48.6, Z1_YARN], 30.1, [17.6, Z1_GAR], [3.7, Z1_OTHER]], '表1 占比 column: 48.6 + 30.1 + 17.6 + 3.7 = 100.0'),
  entry(YJ_ZH, 'change', true, [[61.18 * YI, Z1_YARN], [68.32 * YI, Z1_YARN], [11.7, Z1_YARN]], '色纺纱 61.18 -> 68.32 is its +11.7'),
  entry(YJ_ZH, 'change', true, [39.84 * YI, 42.36 * YI, 6.3], '针织面料 39.84 -> 42.36 is its +6.3'),
  entry(YJ_ZH, 'change', false, [[20.52 * YI, Z1_GAR], [26.48 * YI, Z1_GAR], [20.3, Z1_GAR]], 'the same slip: 成衣 20.52 -> 26.48 is +29.0%, its 同比 +20.3 (computed on 24.68)'),
  entry(YJ_ZH, 'change', true, [[4.86 * YI, Z1_OTHER], [5.14 * YI, Z1_OTHER], [5.8, Z1_OTHER]], '其他 4.86 -> 5.14 is its +5.8'),
  entry(YJ_ZH, 'change', true, [[126.4 * YI, Z1_TOTAL], [140.5 * YI, Z1_TOTAL], [11.2, Z1_TOTAL]], '合计 126.40 -> 140.50 is its +11.2'),
  entry(YJ_ZH, 'consistency', false, [[26.48 * YI, Z1_GAR], [24.68 * YI, '成衣业务收入24.68亿元']], 'the same slip: 表1\'s 成衣 26.48亿元, 一（一）\'s 成衣业务收入24.68亿元'),
  across(YJ_ZH, [[26.48 * YI, Z1_GAR]], YJ_EN, [[2_468 * M, E1_GAR]], 'the same slip: the Chinese 表1\'s 成衣 26.48亿元, the English Table 1\'s Garments 2,468 RMB million'),
  entry(YJ_ZH, 'change', true, [[20.52 * YI, Z1_GAR], [24.68 * YI, '成衣业务收入24.68亿元'], [20.3, '同比增长20.3%']], '一（一）: 成衣业务收入24.68亿元，同比增长20.3% (20.52 -> 24.68)'),
  entry(YJ_ZH, 'change', true, [[61.18 * YI, Z1_YARN], [68.32 * YI, '色纺纱业务收入68.32亿元'], [11.7, '同比增长11.7%']], '一（一）: 色纺纱业务收入68.32亿元，同比增长11.7%'),
  entry(YJ_ZH, 'change', true, [[126.4 * YI, Z1_TOTAL], [140.5 * YI, '公司实现营业收入140.50亿元'], [11.2, '同比增长11.2%']], '一（一）: 营业收入140.50亿元，同比增长11.2%'),
  entry(YJ_ZH, 'change', false, [[126.4 * YI, Z1_TOTAL], [140.5 * YI, '全年实现营业收入140.50亿元'], [12.1, '同比增长12.1%']], 'planted: the 致辞\'s 营业收入140.50亿元 (126.40 in 2023) is +11.2%, it says 同比增长12.1% (digits swapped)'),
  entry(YJ_ZH, 'consistency', false, [[12.1, '同比增长12.1%'], [11.2, '同比增长11.2%']], 'the same slip: the 致辞\'s 营业收入同比增长12.1%, 一（一）\'s 同比增长11.2%'),
  entry(YJ_ZH, 'consistency', false, [[12.1, '同比增长12.1%'], [11.2, Z1_TOTAL]], 'the same slip: the 致辞\'s 同比增长12.1%, 表1\'s 合计 同比 +11.2'),
  across(YJ_ZH, [[12.1, '同比增长12.1%']], YJ_EN, [[11.2, 'an increase of 11.2%']], 'the same slip: the Chinese 致辞\'s revenue growth 12.1%, the English statement\'s an increase of 11.2%'),
  entry(YJ_ZH, 'ratio', true, [[63.27 * YI, '境外收入63.27亿元'], [140.5 * YI, Z1_TOTAL], [45.0, '占营业收入的45.0%']], '境外收入 63.27 of 140.50亿元 is the stated 45.0%'),
  entry(YJ_ZH, 'change', true, [[35.94 * WAN, Z2_YARN], [38.62 * WAN, Z2_YARN], [7.5, Z2_YARN]], '表2 色纺纱 35.94 -> 38.62万吨 is its +7.5'),
  entry(YJ_ZH, 'change', true, [[20.12 * WAN, Z2_AKSU], [22.46 * WAN, Z2_AKSU], [11.6, Z2_AKSU]], '表2 其中：阿克苏基地 20.12 -> 22.46 is its +11.6'),
  entry(YJ_ZH, 'change', true, [[4.48 * YI, Z2_FABRIC], [4.86 * YI, Z2_FABRIC], [8.5, Z2_FABRIC]], '表2 针织面料 4.48 -> 4.86亿米 is its +8.5'),
  entry(YJ_ZH, 'change', true, [[2_684 * WAN, Z2_GAR], [3_126 * WAN, Z2_GAR], [16.5, Z2_GAR]], '表2 成衣 2,684 -> 3,126万件 is its +16.5'),
  entry(YJ_ZH, 'ratio', true, [[22.46 * WAN, '生产色纺纱22.46万吨'], [38.62 * WAN, Z2_YARN], [58.2, '总产量的58.2%']], '阿克苏基地 22.46 of 38.62万吨 is the stated 58.2%'),
  entry(YJ_ZH, 'sum', true, [[33.4 * WAN, Z3_TOTAL], 18.64 * WAN, 9.82 * WAN, 4.26 * WAN, [0.68 * WAN, Z3_OTHER]], '表3 2024年: 18.64 + 9.82 + 4.26 + 0.68 = 33.40万吨标准煤'),
  entry(YJ_ZH, 'sum', true, [[32.48 * WAN, Z3_TOTAL], 17.92 * WAN, 9.46 * WAN, 4.38 * WAN, [0.72 * WAN, Z3_OTHER]], '表3 2023年: 17.92 + 9.46 + 4.38 + 0.72 = 32.48'),
  entry(YJ_ZH, 'change', true, [17.92 * WAN, 18.64 * WAN, 4.0], '电力 17.92 -> 18.64 is its +4.0'),
  entry(YJ_ZH, 'change', true, [9.46 * WAN, 9.82 * WAN, 3.8], '外购蒸汽 9.46 -> 9.82 is its +3.8'),
  entry(YJ_ZH, 'change', true, [4.38 * WAN, 4.26 * WAN, -2.7], '天然气 4.38 -> 4.26 is its -2.7'),
  entry(YJ_ZH, 'change', true, [[0.72 * WAN, Z3_OTHER], [0.68 * WAN, Z3_OTHER], [-5.6, Z3_OTHER]], '其他 0.72 -> 0.68 is its -5.6'),
  entry(YJ_ZH, 'change', true, [[32.48 * WAN, Z3_TOTAL], [33.4 * WAN, Z3_TOTAL], [2.8, Z3_TOTAL]], '合计 32.48 -> 33.40 is its +2.8'),
  entry(YJ_ZH, 'change', true, [[32.48 * WAN, Z3_TOTAL], [33.4 * WAN, '综合能源消耗33.40万吨标准煤'], [2.8, '同比增长2.8%']], '二（一）: 综合能源消耗33.40万吨标准煤，同比增长2.8%'),
  entry(YJ_ZH, 'ratio', true, [[33.4 * WAN, '综合能源消耗33.40万吨标准煤'], [140.5 * YI, '公司实现营业收入140.50亿元'], [0.238, '综合能耗0.238吨']], '二（一）: 33.40万吨标准煤 over 140.50亿元 is the stated 0.238吨标准煤/万元'),
  entry(YJ_ZH, 'ratio', true, [[33.4 * WAN, ZK_ENERGY], [140.5 * YI, ZK_REV], [0.238, ZK_EINT]], '关键绩效表 2024: 33.40 over 140.50 is its 0.238 (the 注\'s definition)'),
  entry(YJ_ZH, 'ratio', true, [[32.48 * WAN, ZK_ENERGY], [126.4 * YI, ZK_REV], [0.257, ZK_EINT]], '关键绩效表 2023: 32.48 over 126.40 is its 0.257'),
  entry(YJ_ZH, 'change', true, [[1_248.6 * WAN, ZK_WATER], [1_286.4 * WAN, '用水总量1,286.4万吨'], [3.0, '同比增长3.0%']], '用水总量 1,248.6 -> 1,286.4万吨 is the stated 同比增长3.0%'),
  entry(YJ_ZH, 'ratio', true, [[1_286.4 * WAN, '用水总量1,286.4万吨'], [4.86 * YI, Z2_FABRIC], [2.65, '单位面料用水量2.65吨/百米']], '二（二）: 1,286.4万吨 over 4.86亿米 is the stated 2.65吨/百米'),
  entry(YJ_ZH, 'ratio', true, [[1_286.4 * WAN, ZK_WATER], [4.86 * YI, ZK_FABRIC], [2.65, ZK_WPER]], '关键绩效表 2024: 1,286.4 over 4.86 is its 2.65 (the 注\'s definition)'),
  entry(YJ_ZH, 'ratio', true, [[1_248.6 * WAN, ZK_WATER], [4.48 * YI, ZK_FABRIC], [2.79, ZK_WPER]], '关键绩效表 2023: 1,248.6 over 4.48 is its 2.79'),
  entry(YJ_ZH, 'ratio', true, [[548.9 * WAN, '回用548.9万吨'], [868.5 * WAN, '印染废水868.5万吨'], [63.2, '回用率为63.2%']], '印染废水 548.9 of 868.5万吨 reused is the stated 63.2%'),
  entry(YJ_ZH, 'change', false, [[58.4, ZK_REUSE], [63.2, '回用率为63.2%'], [5.8, '提升5.8个百分点']], 'planted: 印染废水回用率 58.4% -> 63.2% is 4.8 points, the text says 提升5.8个百分点'),
  across(YJ_ZH, [[5.8, '提升5.8个百分点']], YJ_EN, [[4.8, 'up 4.8 percentage points']], 'the same slip: the Chinese 提升5.8个百分点, the English up 4.8 percentage points'),
  entry(YJ_ZH, 'sum', true, [[72 * WAN, Z4_TOTAL], 12.86 * WAN, 59.14 * WAN], '表4 2024年: 12.86 + 59.14 = 72.00万吨'),
  entry(YJ_ZH, 'sum', true, [[70.9 * WAN, Z4_TOTAL], 13.42 * WAN, 57.48 * WAN], '表4 2023年: 13.42 + 57.48 = 70.90万吨'),
  entry(YJ_ZH, 'change', true, [[70.9 * WAN, Z4_TOTAL], [72 * WAN, '排放合计72.00万吨'], [1.6, '同比上升1.6%']], '范围一及范围二 70.90 -> 72.00万吨 is the stated 同比上升1.6%'),
  entry(YJ_ZH, 'ratio', true, [[72 * WAN, '排放合计72.00万吨'], [140.5 * YI, '公司实现营业收入140.50亿元'], [0.512, '营业收入碳排放0.512吨']], '二（三）: 72.00万吨 over 140.50亿元 is the stated 0.512吨/万元'),
  entry(YJ_ZH, 'ratio', true, [[70.9 * WAN, Z4_TOTAL], [126.4 * YI, Z1_TOTAL], [0.561, '较上年的\n0.561吨']], '二（三）: 2023 70.90万吨 over 126.40亿元 is the stated 0.561吨'),
  entry(YJ_ZH, 'ratio', true, [[72 * WAN, ZK_GHG], [140.5 * YI, ZK_REV], [0.512, ZK_CINT]], '关键绩效表 2024: 72.00 over 140.50 is its 0.512 (the 注\'s definition)'),
  entry(YJ_ZH, 'ratio', true, [[70.9 * WAN, ZK_GHG], [126.4 * YI, ZK_REV], [0.561, ZK_CINT]], '关键绩效表 2023: 70.90 over 126.40 is its 0.561'),
  entry(YJ_ZH, 'ratio', true, [[72 * WAN, Z4_TOTAL], [140.5 * YI, '全年实现营业收入140.50亿元'], [0.512, '碳排放降至0.512吨']], 'the 致辞\'s 万元营业收入碳排放0.512吨: 72.00万吨 over 140.50亿元'),
  entry(YJ_ZH, 'change', true, [[21_942, ZK_STAFF], [22_864, '公司共有员工22,864人'], [4.2, '同比增长4.2%']], '员工 21,942 -> 22,864 is the stated 同比增长4.2%'),
  entry(YJ_ZH, 'ratio', true, [[13_452, '女性员工13,452人'], [22_864, '公司共有员工22,864人'], [58.8, '员工总数的58.8%']], '女性员工 13,452 of 22,864 is the stated 58.8%'),
  entry(YJ_ZH, 'sum', true, [[22_864, Z5_TOTAL], 9_846, 6_218, 6_800], '表5: 9,846 + 6,218 + 6,800 = 22,864人'),
  entry(YJ_ZH, 'ratio', true, [9_846, [22_864, Z5_TOTAL], 43.1], '浙江绍兴 9,846 of 22,864 is its 43.1%'),
  entry(YJ_ZH, 'ratio', true, [6_218, [22_864, Z5_TOTAL], 27.2], '新疆阿克苏 6,218 of 22,864 is its 27.2%'),
  entry(YJ_ZH, 'ratio', true, [6_800, [22_864, Z5_TOTAL], 29.7], '越南西宁 6,800 of 22,864 is its 29.7%'),
  entry(YJ_ZH, 'sum', true, [[100, Z5_TOTAL], 43.1, 27.2, 29.7], '表5 占比 column: 43.1 + 27.2 + 29.7 = 100.0'),
  entry(YJ_ZH, 'ratio', true, [[14, '损工事故14起'], [4_862 * WAN, '总工时4,862万小时'], [0.29, '损工事故率0.29']], '百万工时损工事故率: 14 over 4,862万工时 is the stated 0.29'),
  entry(YJ_ZH, 'ratio', true, [[19, '2023年：19起'], [4_618 * WAN, '4,618万小时'], [0.41, '4,618万小时，0.41']], '2023 19 over 4,618万工时 is the stated 0.41'),

  entry(YJ_EN, 'sum', true, [[14_050 * M, E1_TOTAL], [6_832 * M, E1_YARN], 4_236 * M, [2_468 * M, E1_GAR], [514 * M, E1_OTHER]], 'English Table 1 2024: 6,832 + 4,236 + 2,468 + 514 = 14,050 RMB million'),
  entry(YJ_EN, 'sum', true, [[12_640 * M, E1_TOTAL], 6_118 * M, 3_984 * M, [2_052 * M, E1_GAR], [486 * M, E1_OTHER]], 'English Table 1 2023: 6,118 + 3,984 + 2,052 + 486 = 12,640'),
  entry(YJ_EN, 'ratio', true, [[6_832 * M, E1_YARN], [14_050 * M, E1_TOTAL], [48.6, E1_YARN]], 'Colour-spun yarn 6,832 of 14,050 is its 48.6%'),
  entry(YJ_EN, 'ratio', true, [4_236 * M, [14_050 * M, E1_TOTAL], 30.1], 'Knitted fabric 4,236 of 14,050 is its 30.1%'),
  entry(YJ_EN, 'ratio', true, [[2_468 * M, E1_GAR], [14_050 * M, E1_TOTAL], [17.6, E1_GAR]], 'Garments 2,468 of 14,050 is its 17.6%'),
  entry(YJ_EN, 'ratio', true, [[514 * M, E1_OTHER], [14_050 * M, E1_TOTAL], [3.7, E1_OTHER]], 'Other 514 of 14,050 is its 3.7%'),
  entry(YJ_EN, 'sum', true, [[100, E1_TOTAL], [48.6, E1_YARN], 30.1, [17.6, E1_GAR], [3.7, E1_OTHER]], 'English Table 1 Share column: 48.6 + 30.1 + 17.6 + 3.7 = 100.0'),
  entry(YJ_EN, 'change', true, [[6_118 * M, E1_YARN], [6_832 * M, E1_YARN], [11.7, E1_YARN]], 'Colour-spun yarn 6,118 -> 6,832 is its +11.7'),
  entry(YJ_EN, 'change', true, [3_984 * M, 4_236 * M, 6.3], 'Knitted fabric 3,984 -> 4,236 is its +6.3'),
  entry(YJ_EN, 'change', true, [[2_052 * M, E1_GAR], [2_468 * M, E1_GAR], [20.3, E1_GAR]], 'Garments 2,052 -> 2,468 is its +20.3'),
  entry(YJ_EN, 'change', true, [[486 * M, E1_OTHER], [514 * M, E1_OTHER], [5.8, E1_OTHER]], 'Other 486 -> 514 is its +5.8'),
  entry(YJ_EN, 'change', true, [[12_640 * M, E1_TOTAL], [14_050 * M, E1_TOTAL], [11.2, E1_TOTAL]], 'Total 12,640 -> 14,050 is its +11.2'),
  entry(YJ_EN, 'change', true, [[12_640 * M, E1_TOTAL], [14_050 * M, 'revenue of RMB14,050 million'], [11.2, 'an increase of 11.2%']], 'the statement\'s revenue of RMB14,050 million, an increase of 11.2%'),
  entry(YJ_EN, 'change', true, [[12_640 * M, E1_TOTAL], [14_050 * M, 'Revenue was RMB14,050 million'], [11.2, 'up 11.2% year on year']], '1.1: revenue RMB14,050 million, up 11.2% year on year'),
  entry(YJ_EN, 'change', true, [[6_118 * M, E1_YARN], [6_832 * M, 'brought in RMB6,832 million'], [11.7, '11.7% more']], '1.1: colour-spun yarn RMB6,832 million, 11.7% more'),
  entry(YJ_EN, 'change', true, [[2_052 * M, E1_GAR], [2_468 * M, 'garments RMB2,468 million'], [20.3, 'up 20.3%']], '1.1: garments RMB2,468 million, up 20.3%'),
  entry(YJ_EN, 'ratio', true, [[6_327 * M, 'Overseas revenue was RMB6,327'], [14_050 * M, E1_TOTAL], [45.0, 'or 45.0% of the total']], 'overseas revenue 6,327 of 14,050 RMB million is the stated 45.0%'),
  entry(YJ_EN, 'change', true, [[359.4 * K, E2_YARN], [386.2 * K, E2_YARN], [7.5, E2_YARN]], 'Table 2 colour-spun yarn 359.4 -> 386.2 thousand tonnes is its +7.5'),
  entry(YJ_EN, 'change', true, [[201.2 * K, E2_AKSU], [224.6 * K, E2_AKSU], [11.6, E2_AKSU]], 'Table 2 of which Aksu base 201.2 -> 224.6 is its +11.6'),
  entry(YJ_EN, 'change', true, [[448 * M, E2_FABRIC], [486 * M, E2_FABRIC], [8.5, E2_FABRIC]], 'Table 2 knitted fabric 448 -> 486 million metres is its +8.5'),
  entry(YJ_EN, 'change', true, [[26.84 * M, E2_GAR], [31.26 * M, E2_GAR], [16.5, E2_GAR]], 'Table 2 garments 26.84 -> 31.26 million pieces is its +16.5'),
  entry(YJ_EN, 'ratio', true, [[224.6 * K, 'spun 224.6 thousand tonnes'], [386.2 * K, E2_YARN], [58.2, '58.2% of our']], 'the Aksu base 224.6 of 386.2 thousand tonnes is the stated 58.2%'),
  entry(YJ_EN, 'consistency', false, [[38_620, 'We produced 38.62 thousand tonnes'], [386_200, E2_YARN]], 'planted: the statement\'s 38.62 thousand tonnes of colour-spun yarn (38.62万吨 read as thousands), Table 2\'s 386.2 thousand tonnes'),
  entry(YJ_EN, 'consistency', false, [[38_620, 'We produced 38.62 thousand tonnes'], [386_200, EK_YARN]], 'the same slip: the statement\'s 38.62 thousand tonnes, the key table\'s 386.2'),
  across(YJ_EN, [[38_620, 'We produced 38.62 thousand tonnes']], YJ_ZH, [[38.62 * WAN, '全年生产色纺纱38.62万吨']], 'the same slip: the English 38.62 thousand tonnes, the Chinese 致辞\'s 色纺纱38.62万吨 (386,200 tonnes; a scale slip)'),
  entry(YJ_EN, 'sum', true, [[334 * K, E3_TOTAL], 186.4 * K, 98.2 * K, 42.6 * K, [6.8 * K, E3_OTHER]], 'English Table 3 2024: 186.4 + 98.2 + 42.6 + 6.8 = 334.0 thousand tce'),
  entry(YJ_EN, 'sum', true, [[324.8 * K, E3_TOTAL], 179.2 * K, 94.6 * K, 43.8 * K, [7.2 * K, E3_OTHER]], 'English Table 3 2023: 179.2 + 94.6 + 43.8 + 7.2 = 324.8'),
  entry(YJ_EN, 'change', true, [179.2 * K, 186.4 * K, 4.0], 'Electricity 179.2 -> 186.4 is its +4.0'),
  entry(YJ_EN, 'change', true, [94.6 * K, 98.2 * K, 3.8], 'Purchased steam 94.6 -> 98.2 is its +3.8'),
  entry(YJ_EN, 'change', true, [43.8 * K, 42.6 * K, -2.7], 'Natural gas 43.8 -> 42.6 is its -2.7'),
  entry(YJ_EN, 'change', true, [[7.2 * K, E3_OTHER], [6.8 * K, E3_OTHER], [-5.6, E3_OTHER]], 'Other 7.2 -> 6.8 is its -5.6'),
  entry(YJ_EN, 'change', true, [[324.8 * K, E3_TOTAL], [334 * K, E3_TOTAL], [2.8, E3_TOTAL]], 'Total 324.8 -> 334.0 is its +2.8'),
  entry(YJ_EN, 'change', true, [[324.8 * K, E3_TOTAL], [334 * K, 'rose 2.8% to 334.0'], [2.8, 'rose 2.8%']], '2.1: energy consumption rose 2.8% to 334.0 thousand tce'),
  entry(YJ_EN, 'ratio', true, [[334 * K, 'rose 2.8% to 334.0'], [14_050 * M, E1_TOTAL], [23.8, 'energy intensity was 23.8']], '2.1: 334.0 thousand tce over RMB14,050 million is the stated 23.8 tce per RMB million'),
  entry(YJ_EN, 'ratio', true, [[324.8 * K, E3_TOTAL], [12_640 * M, E1_TOTAL], [25.7, 'against 25.7 in 2023']], '2.1: 2023 324.8 over 12,640 is the stated 25.7'),
  entry(YJ_EN, 'ratio', true, [[334 * K, EK_ENERGY], [14_050 * M, EK_REV], [23.8, EK_EINT]], 'key table 2024: 334.0 over 14,050 is its 23.8 (the note\'s definition)'),
  entry(YJ_EN, 'ratio', true, [[324.8 * K, EK_ENERGY], [12_640 * M, EK_REV], [25.7, EK_EINT]], 'key table 2023: 324.8 over 12,640 is its 25.7'),
  entry(YJ_EN, 'change', true, [[12.486 * M, EK_WATER], [12.864 * M, 'We withdrew 12.864 million m³'], [3.0, '3.0% more']], 'water 12.486 -> 12.864 million m³ is the stated 3.0% more'),
  entry(YJ_EN, 'ratio', true, [[12.864 * M, 'We withdrew 12.864 million m³'], [486 * M, E2_FABRIC], [2.65, 'or 2.65 m³']], '2.2: 12.864 million m³ over 486 million metres is the stated 2.65 m³ per 100 metres'),
  entry(YJ_EN, 'ratio', true, [[12.864 * M, EK_WATER], [486 * M, EK_FABRIC], [2.65, EK_WPER]], 'key table 2024: 12.864 over 486 is its 2.65 (the note\'s definition)'),
  entry(YJ_EN, 'ratio', true, [[12.486 * M, EK_WATER], [448 * M, EK_FABRIC], [2.79, EK_WPER]], 'key table 2023: 12.486 over 448 is its 2.79'),
  entry(YJ_EN, 'ratio', true, [[5.489 * M, 'of which 5.489 million m³'], [8.685 * M, 'generated 8.685 million m³'], [63.2, 'a reuse\nrate of 63.2%']], '2.2: 5.489 of 8.685 million m³ reused is the stated 63.2%'),
  entry(YJ_EN, 'change', true, [[58.4, EK_REUSE], [63.2, 'a reuse\nrate of 63.2%'], [4.8, 'up 4.8 percentage points']], 'reuse rate 58.4% -> 63.2% is the stated up 4.8 percentage points'),
  entry(YJ_EN, 'sum', true, [[720_000, E4_TOTAL], 128_600, 591_400], 'English Table 4 2024: 128,600 + 591,400 = 720,000 tCO2e'),
  entry(YJ_EN, 'sum', true, [[709_000, E4_TOTAL], 134_200, 574_800], 'English Table 4 2023: 134,200 + 574,800 = 709,000'),
  entry(YJ_EN, 'change', true, [[709_000, E4_TOTAL], [720_000, 'emissions were 720,000'], [1.6, '1.6% higher']], 'Scope 1 and 2 709,000 -> 720,000 tCO2e is the stated 1.6% higher'),
  entry(YJ_EN, 'ratio', true, [[720_000, 'emissions were 720,000'], [14_050 * M, E1_TOTAL], [51.2, 'Carbon intensity fell to 51.2']], '2.3: 720,000 tCO2e over RMB14,050 million is the stated 51.2'),
  entry(YJ_EN, 'ratio', true, [[709_000, E4_TOTAL], [12_640 * M, E1_TOTAL], [56.1, '(2023: 56.1)']], '2.3: 2023 709,000 over 12,640 is the stated 56.1'),
  entry(YJ_EN, 'ratio', true, [[720_000, E4_TOTAL], [14_050 * M, 'revenue of RMB14,050 million'], [51.2, 'fell\nto 51.2']], 'the statement\'s carbon intensity 51.2: 720,000 over RMB14,050 million'),
  entry(YJ_EN, 'ratio', true, [[720_000, EK_GHG], [14_050 * M, EK_REV], [51.2, EK_CINT]], 'key table 2024: 720,000 over 14,050 is its 51.2 (the note\'s definition)'),
  entry(YJ_EN, 'ratio', false, [[709_000, EK_GHG], [12_640 * M, EK_REV], [65.1, EK_CINT]], 'planted: key table 2023 carbon intensity 709,000 over 12,640 is 56.1, its cell 65.1 (digits swapped)'),
  entry(YJ_EN, 'consistency', false, [[65.1, EK_CINT], [56.1, '(2023: 56.1)']], 'the same slip: the key table\'s 2023 carbon intensity 65.1, 2.3\'s (2023: 56.1)'),
  across(YJ_EN, [[65.1, EK_CINT]], YJ_ZH, [[0.561, ZK_CINT]], 'the same slip: the English key table\'s 2023 65.1 tCO2e per RMB million, the Chinese 关键绩效表\'s 0.561吨/万元 (56.1 per million)'),
  entry(YJ_EN, 'change', true, [[21_942, EK_STAFF], [22_864, 'we had 22,864 employees'], [4.2, '4.2% more']], 'employees 21,942 -> 22,864 is the stated 4.2% more'),
  entry(YJ_EN, 'ratio', true, [[13_452, '13,452 of them'], [22_864, 'we had 22,864 employees'], [58.8, 'or 58.8%']], 'women 13,452 of 22,864 is the stated 58.8%'),
  entry(YJ_EN, 'sum', true, [[22_864, E5_TOTAL], 9_846, 6_218, 6_800], 'English Table 5: 9,846 + 6,218 + 6,800 = 22,864'),
  entry(YJ_EN, 'ratio', true, [9_846, [22_864, E5_TOTAL], 43.1], 'Shaoxing 9,846 of 22,864 is its 43.1%'),
  entry(YJ_EN, 'ratio', true, [6_218, [22_864, E5_TOTAL], 27.2], 'Aksu 6,218 of 22,864 is its 27.2%'),
  entry(YJ_EN, 'ratio', true, [6_800, [22_864, E5_TOTAL], 29.7], 'Tay Ninh 6,800 of 22,864 is its 29.7%'),
  entry(YJ_EN, 'sum', true, [[100, E5_TOTAL], 43.1, 27.2, 29.7], 'English Table 5 Share column: 43.1 + 27.2 + 29.7 = 100.0'),
  entry(YJ_EN, 'consistency', false, [[23_000, 'more than 23,000 employees'], [22_864, 'we had 22,864 employees']], 'planted: the statement\'s more than 23,000 employees, 22,864 at the end of 2024 in 3.1'),
  entry(YJ_EN, 'consistency', false, [[23_000, 'more than 23,000 employees'], [22_864, EK_STAFF]], 'the same slip: the statement\'s more than 23,000 employees, the key table\'s 22,864'),
  across(YJ_EN, [[23_000, 'more than 23,000 employees']], YJ_ZH, [[2.3 * WAN, '公司近2.3万名员工']], 'the same slip: the English more than 23,000 employees, the Chinese 致辞\'s 近2.3万名员工 (a translation\'s turned qualifier)'),
  entry(YJ_EN, 'ratio', true, [[14, 'There were 14'], [48.62 * M, 'over 48.62 million hours'], [0.29, 'LTIFR) of\n0.29']], 'LTIFR: 14 over 48.62 million hours is the stated 0.29'),
  entry(YJ_EN, 'ratio', true, [[19, '(2023: 19 injuries'], [46.18 * M, '46.18 million hours'], [0.41, 'million hours, 0.41']], '2023 19 over 46.18 million hours is the stated 0.41'),

  // Song Hau Seafood: a Vietnamese pangasius and shrimp processor's sustainability report in English (2024)
  entry(SH, 'sum', true, [[9_852 * B, S1_TOTAL], [6_134 * B, S1_PANG], [2_216 * B, S1_SHRIMP], 1_084 * B, [418 * B, S1_OTHER]], 'Table 1 2024: 6,134 + 2,216 + 1,084 + 418 = 9,852 VND billion'),
  entry(SH, 'sum', true, [[9_058 * B, S1_TOTAL], 5_742 * B, 1_986 * B, 968 * B, [362 * B, S1_OTHER]], 'Table 1 2023: 5,742 + 1,986 + 968 + 362 = 9,058'),
  entry(SH, 'ratio', true, [[6_134 * B, S1_PANG], [9_852 * B, S1_TOTAL], [62.3, S1_PANG]], 'Pangasius fillets 6,134 of 9,852 is its 62.3%'),
  entry(SH, 'ratio', true, [[2_216 * B, S1_SHRIMP], [9_852 * B, S1_TOTAL], [22.5, S1_SHRIMP]], 'Shrimp 2,216 of 9,852 is its 22.5%'),
  entry(SH, 'ratio', true, [1_084 * B, [9_852 * B, S1_TOTAL], 11.0], 'By-products 1,084 of 9,852 is its 11.0%'),
  entry(SH, 'ratio', true, [[418 * B, S1_OTHER], [9_852 * B, S1_TOTAL], [4.2, S1_OTHER]], 'Other 418 of 9,852 is its 4.2%'),
  entry(SH, 'sum', true, [[100, S1_TOTAL], [62.3, S1_PANG], [22.5, S1_SHRIMP], 11.0, [4.2, S1_OTHER]], 'Table 1 Share column: 62.3 + 22.5 + 11.0 + 4.2 = 100.0'),
  entry(SH, 'change', true, [[5_742 * B, S1_PANG], [6_134 * B, S1_PANG], [6.8, S1_PANG]], 'Pangasius fillets 5,742 -> 6,134 is its 6.8'),
  entry(SH, 'change', true, [[1_986 * B, S1_SHRIMP], [2_216 * B, S1_SHRIMP], [11.6, S1_SHRIMP]], 'Shrimp 1,986 -> 2,216 is its 11.6'),
  entry(SH, 'change', true, [968 * B, 1_084 * B, 12.0], 'By-products 968 -> 1,084 is its 12.0'),
  entry(SH, 'change', true, [[362 * B, S1_OTHER], [418 * B, S1_OTHER], [15.5, S1_OTHER]], 'Other 362 -> 418 is its 15.5'),
  entry(SH, 'change', true, [[9_058 * B, S1_TOTAL], [9_852 * B, S1_TOTAL], [8.8, S1_TOTAL]], 'Total 9,058 -> 9,852 is its 8.8'),
  entry(SH, 'change', true, [[9_058 * B, S1_TOTAL], [9_852 * B, 'reached VND 9,852 billion'], [8.8, '8.8% more']], 'the CEO\'s net revenue VND 9,852 billion, 8.8% more than in 2023'),
  entry(SH, 'sum', true, [[318.6 * M, S2_TOTAL], [104.6 * M, S2_US], 58.2 * M, [72.4 * M, S2_CN], [41.8 * M, S2_JK], [41.6 * M, S2_OTHER]], 'Table 2 2024: 104.6 + 58.2 + 72.4 + 41.8 + 41.6 = 318.6 US$ million'),
  entry(SH, 'sum', true, [[283.5 * M, S2_TOTAL], 96.8 * M, 55.4 * M, 61.2 * M, 37.6 * M, 32.5 * M], 'Table 2 2023: 96.8 + 55.4 + 61.2 + 37.6 + 32.5 = 283.5'),
  entry(SH, 'ratio', true, [[104.6 * M, S2_US], [318.6 * M, S2_TOTAL], [32.8, S2_US]], 'United States 104.6 of 318.6 is its 32.8%'),
  entry(SH, 'ratio', true, [58.2 * M, [318.6 * M, S2_TOTAL], 18.3], 'European Union 58.2 of 318.6 is its 18.3%'),
  entry(SH, 'ratio', true, [[72.4 * M, S2_CN], [318.6 * M, S2_TOTAL], [22.7, S2_CN]], 'China 72.4 of 318.6 is its 22.7%'),
  entry(SH, 'ratio', true, [[41.8 * M, S2_JK], [318.6 * M, S2_TOTAL], [13.1, S2_JK]], 'Japan and Korea 41.8 of 318.6 is its 13.1%'),
  entry(SH, 'ratio', true, [[41.6 * M, S2_OTHER], [318.6 * M, S2_TOTAL], [13.1, S2_OTHER]], 'Other markets 41.6 of 318.6 is its 13.1%'),
  entry(SH, 'sum', true, [[100, S2_TOTAL], [32.8, S2_US], 18.3, [22.7, S2_CN], [13.1, S2_JK], [13.1, S2_OTHER]], 'Table 2 Share column: 32.8 + 18.3 + 22.7 + 13.1 + 13.1 = 100.0'),
  entry(SH, 'change', true, [[96.8 * M, S2_US], [104.6 * M, S2_US], [8.1, S2_US]], 'United States 96.8 -> 104.6 is its 8.1'),
  entry(SH, 'change', true, [55.4 * M, 58.2 * M, 5.1], 'European Union 55.4 -> 58.2 is its 5.1'),
  entry(SH, 'change', true, [[61.2 * M, S2_CN], [72.4 * M, S2_CN], [18.3, S2_CN]], 'China 61.2 -> 72.4 is its 18.3'),
  entry(SH, 'change', true, [[37.6 * M, S2_JK], [41.8 * M, S2_JK], [11.2, S2_JK]], 'Japan and Korea 37.6 -> 41.8 is its 11.2'),
  entry(SH, 'change', true, [[32.5 * M, S2_OTHER], [41.6 * M, S2_OTHER], [28.0, S2_OTHER]], 'Other markets 32.5 -> 41.6 is its 28.0'),
  entry(SH, 'change', true, [[283.5 * M, S2_TOTAL], [318.6 * M, S2_TOTAL], [12.4, S2_TOTAL]], 'Total 283.5 -> 318.6 is its 12.4'),
  entry(SH, 'change', true, [[61.2 * M, S2_CN], [72.4 * M, S2_CN], [18.3, 'up by 18.3%']], '1.2: China\'s purchases up by 18.3% (61.2 -> 72.4)'),
  entry(SH, 'change', true, [[32.5 * M, S2_OTHER], [41.6 * M, S2_OTHER], [28.0, 'rose 28.0%']], '1.2: Other markets rose 28.0% (32.5 -> 41.6)'),
  entry(SH, 'change', false, [[283.5 * M, S2_TOTAL], [318.6 * M, 'to US$ 318.6 million'], [14.2, 'rose 14.2%']], 'planted: export turnover 283.5 -> 318.6 US$ million is +12.4%, the CEO says rose 14.2% (digits swapped)'),
  entry(SH, 'consistency', false, [[14.2, 'rose 14.2%'], [12.4, S2_TOTAL]], 'the same slip: the CEO\'s export turnover rose 14.2%, Table 2\'s Total Change 12.4'),
  entry(SH, 'sum', false, [[72_400, S3_TOTAL], [48_620, S3_FIL], [6_480, S3_VA], [7_460, S3_SHRIMP], [7_280, S3_MEAL], [2_200, S3_OIL]], 'planted: Table 3 2024 48,620 + 6,480 + 7,460 + 7,280 + 2,200 = 72,040 tonnes, its Total 72,400 (value-added products 6,840 mistyped 6,480)'),
  entry(SH, 'sum', true, [[67_000, S3_TOTAL], 45_180, 5_920, 6_880, 6_940, 2_080], 'Table 3 2023: 45,180 + 5,920 + 6,880 + 6,940 + 2,080 = 67,000'),
  entry(SH, 'change', true, [[45_180, S3_FIL], [48_620, S3_FIL], [7.6, S3_FIL]], 'Frozen pangasius fillets 45,180 -> 48,620 is its 7.6'),
  entry(SH, 'change', false, [[5_920, S3_VA], [6_480, S3_VA], [15.5, S3_VA]], 'the same slip: value-added products 5,920 -> 6,480 is +9.5%, its Change 15.5 (computed on 6,840)'),
  entry(SH, 'change', true, [[6_880, S3_SHRIMP], [7_460, S3_SHRIMP], [8.4, S3_SHRIMP]], 'Shrimp 6,880 -> 7,460 is its 8.4'),
  entry(SH, 'change', true, [[6_940, S3_MEAL], [7_280, S3_MEAL], [4.9, S3_MEAL]], 'Fishmeal 6,940 -> 7,280 is its 4.9'),
  entry(SH, 'change', true, [[2_080, S3_OIL], [2_200, S3_OIL], [5.8, S3_OIL]], 'Fish oil 2,080 -> 2,200 is its 5.8'),
  entry(SH, 'change', true, [[67_000, S3_TOTAL], [72_400, S3_TOTAL], [8.1, S3_TOTAL]], 'Total 67,000 -> 72,400 is its 8.1'),
  entry(SH, 'ratio', true, [[31_240, '31,240 tonnes, or'], [48_620, 'Of the 48,620 tonnes'], [64.3, 'or 64.3%']], '31,240 of 48,620 tonnes of fillets from ASC-certified farms is the stated 64.3%'),
  entry(SH, 'ratio', true, [[27_860, '(2023: 27,860 tonnes'], [45_180, S3_FIL], [61.7, '27,860 tonnes, 61.7%']], '2023 27,860 of 45,180 is the stated 61.7%'),
  entry(SH, 'ratio', true, [[98_200, 'supplied 98,200 tonnes'], [168_400, 'harvested 168,400 tonnes'], [58.3, 'or\n58.3%']], 'own farms 98,200 of the 168,400 tonnes harvested is the stated 58.3%'),
  entry(SH, 'ratio', true, [[262_700, 'raised on 262,700 tonnes'], [168_400, 'harvested 168,400 tonnes'], [1.56, 'ratio (FCR) of 1.56']], 'FCR: 262,700 tonnes of feed over 168,400 tonnes harvested is the stated 1.56 (the note\'s definition)'),
  entry(SH, 'ratio', true, [[248_900, '(248,900 tonnes of feed)'], [156_200, '(2023: 156,200 tonnes)'], [1.59, 'down from 1.59']], '2023 248,900 over 156,200 is the stated 1.59'),
  entry(SH, 'ratio', true, [[5.8, 'of which 5.8 GWh'], [67.4, 'We consumed 67.4 GWh'], [8.6, '8.6% of the total']], 'solar 5.8 of 67.4 GWh is the stated 8.6%'),
  entry(SH, 'ratio', true, [[3.3, '(3.3 of 63.8 GWh)'], [63.8, '(3.3 of 63.8 GWh)'], [5.2, 'against\n5.2%']], '2023 solar 3.3 of 63.8 GWh is the stated 5.2%'),
  entry(SH, 'change', false, [[5.2, 'against\n5.2%'], [8.6, '8.6% of the total'], [4.3, 'up 4.3 percentage points']], 'planted: the solar share 5.2% -> 8.6% is 3.4 points, the text says up 4.3 percentage points'),
  entry(SH, 'sum', true, [[65_280, S4_TOTAL], 18_420, 46_860], 'Table 4 2024: 18,420 + 46,860 = 65,280 tCO2e'),
  entry(SH, 'sum', true, [[63_940, S4_TOTAL], 17_960, 45_980], 'Table 4 2023: 17,960 + 45,980 = 63,940'),
  entry(SH, 'change', true, [[63_940, S4_TOTAL], [65_280, S4_TOTAL], [2.1, 'emissions rose 2.1%']], 'Scope 1 and 2 63,940 -> 65,280 tCO2e is the stated rose 2.1%'),
  entry(SH, 'ratio', true, [[65_280, S4_TOTAL], [72_400, S3_TOTAL], [0.9, 'fell to 0.90']], '3.1: 65,280 tCO2e over 72,400 tonnes is the stated 0.90'),
  entry(SH, 'ratio', true, [[63_940, S4_TOTAL], [67_000, S3_TOTAL], [0.95, 'from\n0.95']], '3.1: 2023 63,940 over 67,000 is the stated 0.95'),
  entry(SH, 'ratio', true, [[65_280, SK_GHG], [72_400, SK_OUTPUT], [0.9, SK_GHGINT]], 'key indicators 2024: 65,280 over 72,400 is its 0.90 (the note\'s definition)'),
  entry(SH, 'ratio', true, [[63_940, SK_GHG], [67_000, SK_OUTPUT], [0.95, SK_GHGINT]], 'key indicators 2023: 63,940 over 67,000 is its 0.95'),
  entry(SH, 'change', true, [[2_536 * K, '(2023: 2,536 thousand m³)'], [2_468 * K, 'to 2,468 thousand m³'], [2.7, 'fell 2.7%']], 'water 2,536 -> 2,468 thousand m³ is the stated fell 2.7%'),
  entry(SH, 'ratio', true, [[2_468 * K, 'to 2,468 thousand m³'], [72_400, S3_TOTAL], [34.1, 'or 34.1 m³']], '3.2: 2,468 thousand m³ over 72,400 tonnes is the stated 34.1 m³'),
  entry(SH, 'ratio', true, [[2_536 * K, '(2023: 2,536 thousand m³)'], [67_000, S3_TOTAL], [37.9, '(2023: 37.9 m³)']], '3.2: 2023 2,536 over 67,000 is the stated 37.9'),
  entry(SH, 'ratio', true, [[2_468 * K, SK_WATER], [72_400, SK_OUTPUT], [34.1, SK_WINT]], 'key indicators 2024: 2,468 thousand m³ over 72,400 tonnes is its 34.1'),
  entry(SH, 'ratio', true, [[2_536 * K, SK_WATER], [67_000, SK_OUTPUT], [37.9, SK_WINT]], 'key indicators 2023: 2,536 over 67,000 is its 37.9'),
  entry(SH, 'change', true, [[11_240, SK_STAFF], [11_870, 'employed 11,870 people'], [5.6, 'up 5.6%']], 'employees 11,240 -> 11,870 is the stated up 5.6%'),
  entry(SH, 'ratio', true, [[8_436, '(8,436\npeople)'], [11_870, 'employed 11,870 people'], [71.1, 'make up 71.1%']], 'women 8,436 of 11,870 is the stated 71.1%'),
  entry(SH, 'ratio', false, [[41, 'held 41 of the 112'], [112, 'of the 112 management'], [39.3, 'a share of 39.3%']], 'planted: women 41 of 112 management positions is 36.6%, the text says 39.3% (last year\'s 44 of 112)'),
  entry(SH, 'sum', true, [[11_870, S5_TOTAL], 5_214, 3_862, 2_416, 378], 'Table 5: 5,214 + 3,862 + 2,416 + 378 = 11,870'),
  entry(SH, 'ratio', true, [5_214, [11_870, S5_TOTAL], 43.9], 'Can Tho 5,214 of 11,870 is its 43.9%'),
  entry(SH, 'ratio', true, [3_862, [11_870, S5_TOTAL], 32.5], 'Hau Giang 3,862 of 11,870 is its 32.5%'),
  entry(SH, 'ratio', true, [2_416, [11_870, S5_TOTAL], 20.4], 'Farms and feed mill 2,416 of 11,870 is its 20.4%'),
  entry(SH, 'ratio', true, [378, [11_870, S5_TOTAL], 3.2], 'Head office 378 of 11,870 is its 3.2%'),
  entry(SH, 'sum', true, [[100, S5_TOTAL], 43.9, 32.5, 20.4, 3.2], 'Table 5 Share column: 43.9 + 32.5 + 20.4 + 3.2 = 100.0'),
  entry(SH, 'consistency', false, [[11_240, 'our 11,240 employees'], [11_870, 'employed 11,870 people']], 'planted: the CEO\'s our 11,240 employees (the 2023 headcount), 11,870 at the end of 2024 in section 4'),
  entry(SH, 'consistency', false, [[11_240, 'our 11,240 employees'], [11_870, SK_STAFF]], 'the same slip: the CEO\'s 11,240 employees, the key indicators\' 2024 11,870'),
  entry(SH, 'ratio', true, [[9, 'We recorded 9'], [24.86 * M, 'over 24.86 million'], [0.36, 'rate of 0.36']], 'LTIFR: 9 over 24.86 million hours is the stated 0.36'),
  entry(SH, 'ratio', true, [[13, '(2023: 13 injuries'], [23.42 * M, 'over 23.42 million'], [0.56, 'million hours, 0.56']], '2023 13 over 23.42 million hours is the stated 0.56'),

  // 启帆重工: a Chinese shipbuilder's 社会责任报告 in simplified Chinese only (2024)
  entry(SHIP, 'sum', true, [[586.4 * WAN, Q1_TOTAL], [186.2 * WAN, Q1_BULK], [204.6 * WAN, Q1_TANK], [142.4 * WAN, Q1_BOX], [38.4 * WAN, Q1_GAS], [14.8 * WAN, Q1_OTHER]], '表1 2024年: 186.2 + 204.6 + 142.4 + 38.4 + 14.8 = 586.4万载重吨'),
  entry(SHIP, 'sum', true, [[535 * WAN, Q1_TOTAL], 201.4 * WAN, 168.2 * WAN, 118.6 * WAN, 29.8 * WAN, 17 * WAN], '表1 2023年: 201.4 + 168.2 + 118.6 + 29.8 + 17.0 = 535.0万载重吨'),
  entry(SHIP, 'ratio', true, [[186.2 * WAN, Q1_BULK], [586.4 * WAN, Q1_TOTAL], [31.8, Q1_BULK]], '散货船 186.2 of 586.4 is its 31.8%'),
  entry(SHIP, 'ratio', true, [[204.6 * WAN, Q1_TANK], [586.4 * WAN, Q1_TOTAL], [34.9, Q1_TANK]], '油船 204.6 of 586.4 is its 34.9%'),
  entry(SHIP, 'ratio', true, [[142.4 * WAN, Q1_BOX], [586.4 * WAN, Q1_TOTAL], [24.3, Q1_BOX]], '集装箱船 142.4 of 586.4 is its 24.3%'),
  entry(SHIP, 'ratio', false, [[38.4 * WAN, Q1_GAS], [586.4 * WAN, Q1_TOTAL], [5.6, Q1_GAS]], 'planted: 液化气船 38.4 of 586.4 is 6.5%, its 占比 5.6 (digits swapped)'),
  entry(SHIP, 'ratio', true, [[14.8 * WAN, Q1_OTHER], [586.4 * WAN, Q1_TOTAL], [2.5, Q1_OTHER]], '其他 14.8 of 586.4 is its 2.5%'),
  entry(SHIP, 'sum', false, [[100, Q1_TOTAL], [31.8, Q1_BULK], [34.9, Q1_TANK], [24.3, Q1_BOX], [5.6, Q1_GAS], [2.5, Q1_OTHER]], 'the same slip: 表1\'s 占比 column adds to 99.1, its 合计 100.0 (液化气船 5.6 for 6.5)'),
  entry(SHIP, 'ratio', true, [[212.6 * WAN, Q1_GREEN], [586.4 * WAN, Q1_TOTAL], [36.3, Q1_GREEN]], '其中：绿色动力船舶 212.6 of 586.4 is its 36.3%'),
  entry(SHIP, 'ratio', true, [[212.6 * WAN, '绿色动力船舶完工212.6万载重吨'], [586.4 * WAN, '合计586.4万载重吨，同比增长9.6%。其中'], [36.3, '占完工总量的36.3%']], '一（一）: 绿色动力船舶完工212.6万载重吨，占完工总量的36.3% (of 586.4)'),
  entry(SHIP, 'change', true, [[201.4 * WAN, Q1_BULK], [186.2 * WAN, Q1_BULK], [-7.5, Q1_BULK]], '散货船 201.4 -> 186.2 is its -7.5'),
  entry(SHIP, 'change', true, [[168.2 * WAN, Q1_TANK], [204.6 * WAN, Q1_TANK], [21.6, Q1_TANK]], '油船 168.2 -> 204.6 is its +21.6'),
  entry(SHIP, 'change', true, [[118.6 * WAN, Q1_BOX], [142.4 * WAN, Q1_BOX], [20.1, Q1_BOX]], '集装箱船 118.6 -> 142.4 is its +20.1'),
  entry(SHIP, 'change', true, [[29.8 * WAN, Q1_GAS], [38.4 * WAN, Q1_GAS], [28.9, Q1_GAS]], '液化气船 29.8 -> 38.4 is its +28.9'),
  entry(SHIP, 'change', true, [[17 * WAN, Q1_OTHER], [14.8 * WAN, Q1_OTHER], [-12.9, Q1_OTHER]], '其他 17.0 -> 14.8 is its -12.9'),
  entry(SHIP, 'change', true, [[535 * WAN, Q1_TOTAL], [586.4 * WAN, Q1_TOTAL], [9.6, Q1_TOTAL]], '合计 535.0 -> 586.4 is its +9.6'),
  entry(SHIP, 'change', true, [[194.8 * WAN, Q1_GREEN], [212.6 * WAN, Q1_GREEN], [9.1, Q1_GREEN]], '其中：绿色动力船舶 194.8 -> 212.6 is its +9.1'),
  entry(SHIP, 'change', true, [[535 * WAN, Q1_TOTAL], [586.4 * WAN, '合计586.4万载重吨，同比增长9.6%。其中'], [9.6, '同比增长9.6%。其中']], '一（一）: 完工交付586.4万载重吨，同比增长9.6%'),
  entry(SHIP, 'change', true, [[535 * WAN, Q1_TOTAL], [586.4 * WAN, '合计586.4万载重吨，同比增长\n9.6%'], [9.6, '同比增长\n9.6%']], 'the 致辞\'s 完工交付586.4万载重吨，同比增长9.6%'),
  entry(SHIP, 'change', true, [[168.2 * WAN, Q1_TANK], [204.6 * WAN, '油船完工204.6万载重吨'], [21.6, '同比增长21.6%']], '一（一）: 油船完工204.6万载重吨，同比增长21.6%'),
  entry(SHIP, 'ratio', true, [[528.2 * WAN, '绿色动力船舶528.2万载重吨'], [812.6 * WAN, '新接订单68艘、812.6万载重吨，新接订单金额623.5'], [65.0, '占新接订单的65.0%']], '一（二）: 绿色动力船舶 528.2 of 812.6万载重吨 of new orders is the stated 65.0%'),
  entry(SHIP, 'consistency', false, [[62.35 * YI, '新接订单金额达到62.35亿元'], [623.5 * YI, '新接订单金额623.5亿元']], 'planted: the 致辞\'s 新接订单金额达到62.35亿元, 一（二）\'s 新接订单金额623.5亿元 (the decimal point moved)'),
  entry(SHIP, 'sum', true, [[486.72 * YI, Q2_TOTAL], [412.36 * YI, Q2_SHIP], 28.64 * YI, 31.82 * YI, [13.9 * YI, Q2_OTHER]], '表2 2024年: 412.36 + 28.64 + 31.82 + 13.90 = 486.72亿元'),
  entry(SHIP, 'sum', true, [[425.86 * YI, Q2_TOTAL], 358.42 * YI, 24.86 * YI, 29.14 * YI, [13.44 * YI, Q2_OTHER]], '表2 2023年: 358.42 + 24.86 + 29.14 + 13.44 = 425.86亿元'),
  entry(SHIP, 'ratio', true, [[412.36 * YI, Q2_SHIP], [486.72 * YI, Q2_TOTAL], [84.7, Q2_SHIP]], '造船 412.36 of 486.72 is its 84.7%'),
  entry(SHIP, 'ratio', true, [28.64 * YI, [486.72 * YI, Q2_TOTAL], 5.9], '修船及改装 28.64 of 486.72 is its 5.9%'),
  entry(SHIP, 'ratio', true, [31.82 * YI, [486.72 * YI, Q2_TOTAL], 6.5], '海洋工程 31.82 of 486.72 is its 6.5%'),
  entry(SHIP, 'ratio', true, [[13.9 * YI, Q2_OTHER], [486.72 * YI, Q2_TOTAL], [2.9, Q2_OTHER]], '其他 13.90 of 486.72 is its 2.9%'),
  entry(SHIP, 'sum', true, [[100, Q2_TOTAL], [84.7, Q2_SHIP], 5.9, 6.5, [2.9, Q2_OTHER]], '表2 占比 column: 84.7 + 5.9 + 6.5 + 2.9 = 100.0'),
  entry(SHIP, 'change', true, [[358.42 * YI, Q2_SHIP], [412.36 * YI, Q2_SHIP], [15.0, Q2_SHIP]], '造船 358.42 -> 412.36 is its +15.0'),
  entry(SHIP, 'change', true, [24.86 * YI, 28.64 * YI, 15.2], '修船及改装 24.86 -> 28.64 is its +15.2'),
  entry(SHIP, 'change', true, [29.14 * YI, 31.82 * YI, 9.2], '海洋工程 29.14 -> 31.82 is its +9.2'),
  entry(SHIP, 'change', true, [[13.44 * YI, Q2_OTHER], [13.9 * YI, Q2_OTHER], [3.4, Q2_OTHER]], '其他 13.44 -> 13.90 is its +3.4'),
  entry(SHIP, 'change', true, [[425.86 * YI, Q2_TOTAL], [486.72 * YI, Q2_TOTAL], [14.3, Q2_TOTAL]], '合计 425.86 -> 486.72 is its +14.3'),
  entry(SHIP, 'change', true, [[425.86 * YI, Q2_TOTAL], [486.72 * YI, '实现营业收入486.72亿元'], [14.3, '同比增长14.3%']], 'the 致辞\'s 营业收入486.72亿元，同比增长14.3%'),
  entry(SHIP, 'change', true, [[358.42 * YI, Q2_SHIP], [412.36 * YI, '造船业务收入412.36亿元'], [15.0, '同比增长15.0%']], '一（三）: 造船业务收入412.36亿元，同比增长15.0%'),
  entry(SHIP, 'ratio', true, [[412.36 * YI, '造船业务收入412.36亿元'], [486.72 * YI, Q2_TOTAL], [84.7, '占营业收入的84.7%']], '一（三）: 造船 412.36 of 486.72亿元 is the stated 84.7%'),
  entry(SHIP, 'ratio', true, [[18.64 * YI, '研发投入18.64亿元'], [486.72 * YI, Q2_TOTAL], [3.8, '占营业收入的3.8%']], '研发投入 18.64 of 486.72亿元 is the stated 3.8%'),
  entry(SHIP, 'sum', true, [[26.84 * WAN, Q3_TOTAL], 14.26 * WAN, [6.12 * WAN, Q3_GAS], 3.84 * WAN, 2.62 * WAN], '表3 2024年: 14.26 + 6.12 + 3.84 + 2.62 = 26.84万吨标准煤'),
  entry(SHIP, 'sum', true, [[25.62 * WAN, Q3_TOTAL], 13.48 * WAN, [6.32 * WAN, Q3_GAS], 3.56 * WAN, 2.26 * WAN], '表3 2023年: 13.48 + 6.32 + 3.56 + 2.26 = 25.62'),
  entry(SHIP, 'change', true, [13.48 * WAN, 14.26 * WAN, 5.8], '电力 13.48 -> 14.26 is its +5.8'),
  entry(SHIP, 'change', false, [[6.32 * WAN, Q3_GAS], [6.12 * WAN, Q3_GAS], [3.2, Q3_GAS]], 'planted: 天然气 6.32 -> 6.12 is -3.2%, its 同比 +3.2 (the sign turned)'),
  entry(SHIP, 'change', true, [3.56 * WAN, 3.84 * WAN, 7.9], '柴油 3.56 -> 3.84 is its +7.9'),
  entry(SHIP, 'change', true, [2.26 * WAN, 2.62 * WAN, 15.9], '外购热力 2.26 -> 2.62 is its +15.9'),
  entry(SHIP, 'change', true, [[25.62 * WAN, Q3_TOTAL], [26.84 * WAN, Q3_TOTAL], [4.8, Q3_TOTAL]], '合计 25.62 -> 26.84 is its +4.8'),
  entry(SHIP, 'change', true, [[25.62 * WAN, Q3_TOTAL], [26.84 * WAN, '综合能源消耗26.84万吨标准煤'], [4.8, '同比增长4.8%']], '二（一）: 综合能源消耗26.84万吨标准煤，同比增长4.8%'),
  entry(SHIP, 'ratio', true, [[26.84 * WAN, '综合能源消耗26.84万吨标准煤'], [586.4 * WAN, Q1_TOTAL], [45.8, '综合能耗45.8千克']], '二（一）: 26.84万吨标准煤 over 586.4万载重吨 is the stated 45.8千克标准煤/载重吨'),
  entry(SHIP, 'ratio', true, [[25.62 * WAN, Q3_TOTAL], [535 * WAN, Q1_TOTAL], [47.9, '较上年的47.9千克']], '二（一）: 2023 25.62 over 535.0 is the stated 47.9'),
  entry(SHIP, 'change', true, [[47.9, '较上年的47.9千克'], [45.8, '综合能耗45.8千克'], [4.4, '下降4.4%']], '单位完工载重吨综合能耗 47.9 -> 45.8 is the stated 下降4.4%'),
  entry(SHIP, 'ratio', true, [[26.84 * WAN, Q3_TOTAL], [586.4 * WAN, '合计586.4万载重吨，同比增长\n9.6%'], [45.8, '综合能耗降至45.8千克']], 'the 致辞\'s 单位完工载重吨综合能耗45.8千克: 26.84万吨标准煤 over 586.4万载重吨'),
  entry(SHIP, 'ratio', false, [[26.84 * WAN, QK_ENERGY], [586.4 * WAN, QK_DONE], [50.2, QK_INT]], 'planted: 关键绩效表 2024 单位完工载重吨综合能耗 26.84 over 586.4 is 45.8, its cell 50.2 (computed on 2023\'s 535.0)'),
  entry(SHIP, 'ratio', true, [[25.62 * WAN, QK_ENERGY], [535 * WAN, QK_DONE], [47.9, QK_INT]], '关键绩效表 2023: 25.62 over 535.0 is its 47.9 (the 注\'s definition)'),
  entry(SHIP, 'consistency', false, [[50.2, QK_INT], [45.8, '综合能耗45.8千克']], 'the same slip: the 关键绩效表\'s 2024 50.2千克标准煤/载重吨, 二（一）\'s 45.8'),
  entry(SHIP, 'consistency', false, [[50.2, QK_INT], [45.8, '综合能耗降至45.8千克']], 'the same slip: the 关键绩效表\'s 2024 50.2, the 致辞\'s 45.8'),
  entry(SHIP, 'change', true, [[1_462, '（2023年：1,462吨）'], [1_286, '排放1,286吨'], [12.0, '同比下降12.0%']], 'VOCs 1,462 -> 1,286吨 is the stated 同比下降12.0%'),
  entry(SHIP, 'sum', true, [[64.8 * WAN, Q4_TOTAL], 18.42 * WAN, 46.38 * WAN], '表4 2024年: 18.42 + 46.38 = 64.80万吨'),
  entry(SHIP, 'sum', true, [[62.88 * WAN, Q4_TOTAL], 17.86 * WAN, 45.02 * WAN], '表4 2023年: 17.86 + 45.02 = 62.88万吨'),
  entry(SHIP, 'change', true, [[62.88 * WAN, Q4_TOTAL], [64.8 * WAN, '排放合计64.80万吨'], [3.1, '同比增加3.1%']], '范围一及范围二 62.88 -> 64.80万吨 is the stated 同比增加3.1%'),
  entry(SHIP, 'sum', true, [[14_826, Q5_TOTAL], 10_962, 2_418, 1_446], '表5: 10,962 + 2,418 + 1,446 = 14,826人'),
  entry(SHIP, 'ratio', true, [10_962, [14_826, Q5_TOTAL], 73.9], '生产人员 10,962 of 14,826 is its 73.9%'),
  entry(SHIP, 'ratio', true, [2_418, [14_826, Q5_TOTAL], 16.3], '技术研发人员 2,418 of 14,826 is its 16.3%'),
  entry(SHIP, 'ratio', true, [1_446, [14_826, Q5_TOTAL], [9.8, '管理人员']], '管理人员 1,446 of 14,826 is its 9.8%'),
  entry(SHIP, 'sum', true, [[100, Q5_TOTAL], 73.9, 16.3, [9.8, '管理人员']], '表5 占比 column: 73.9 + 16.3 + 9.8 = 100.0'),
  entry(SHIP, 'consistency', false, [[1.5 * WAN, '公司超1.5万名员工'], [14_826, '在册员工14,826人']], 'planted: the 致辞\'s 超1.5万名员工, 14,826 在册员工 at the end of 2024 in 三（一） (a turned qualifier)'),
  entry(SHIP, 'consistency', false, [[1.5 * WAN, '公司超1.5万名员工'], [14_826, QK_STAFF]], 'the same slip: the 致辞\'s 超1.5万名员工, the 关键绩效表\'s 14,826'),
  entry(SHIP, 'ratio', true, [[11, '损工事故11起'], [3_264 * WAN, '总工时3,264万小时'], [0.34, '损工事故率0.34']], '百万工时损工事故率: 11 over 3,264万工时 is the stated 0.34 (the 注\'s definition)'),
  entry(SHIP, 'ratio', true, [[15, '2023年：15起'], [3_108 * WAN, '3,108万小时'], [0.48, '3,108万小时，0.48']], '2023 15 over 3,108万工时 is the stated 0.48'),

  // Viña Cerro Alto: a Chilean wine producer's sustainability report in English (2024)
  entry(WINE, 'sum', true, [[8_420 * K, C1_TOTAL], [2_004 * K, C1_CL], 1_482 * K, 1_126 * K, [862 * K, C1_CN], [1_018 * K, C1_BR], [1_928 * K, C1_OTHER]], 'Table 1 2024: 2,004 + 1,482 + 1,126 + 862 + 1,018 + 1,928 = 8,420 thousand cases'),
  entry(WINE, 'sum', false, [[8_150 * K, C1_TOTAL], [1_986 * K, C1_CL], 1_404 * K, 1_098 * K, [904 * K, C1_CN], [902 * K, C1_BR], [1_756 * K, C1_OTHER]], 'planted: Table 1 2023 1,986 + 1,404 + 1,098 + 904 + 902 + 1,756 = 8,050 thousand cases, its Total 8,150 (the key figures say 8.05 million)'),
  entry(WINE, 'ratio', true, [[2_004 * K, C1_CL], [8_420 * K, C1_TOTAL], [23.8, C1_CL]], 'Chile 2,004 of 8,420 is its 23.8%'),
  entry(WINE, 'ratio', true, [1_482 * K, [8_420 * K, C1_TOTAL], 17.6], 'United States 1,482 of 8,420 is its 17.6%'),
  entry(WINE, 'ratio', true, [1_126 * K, [8_420 * K, C1_TOTAL], 13.4], 'United Kingdom 1,126 of 8,420 is its 13.4%'),
  entry(WINE, 'ratio', true, [[862 * K, C1_CN], [8_420 * K, C1_TOTAL], [10.2, C1_CN]], 'China 862 of 8,420 is its 10.2%'),
  entry(WINE, 'ratio', true, [[1_018 * K, C1_BR], [8_420 * K, C1_TOTAL], [12.1, C1_BR]], 'Brazil 1,018 of 8,420 is its 12.1%'),
  entry(WINE, 'ratio', true, [[1_928 * K, C1_OTHER], [8_420 * K, C1_TOTAL], [22.9, C1_OTHER]], 'Other markets 1,928 of 8,420 is its 22.9%'),
  entry(WINE, 'sum', true, [[100, C1_TOTAL], [23.8, C1_CL], 17.6, 13.4, [10.2, C1_CN], [12.1, C1_BR], [22.9, C1_OTHER]], 'Table 1 Share column: 23.8 + 17.6 + 13.4 + 10.2 + 12.1 + 22.9 = 100.0'),
  entry(WINE, 'change', true, [[1_986 * K, C1_CL], [2_004 * K, C1_CL], [0.9, C1_CL]], 'Chile 1,986 -> 2,004 is its 0.9'),
  entry(WINE, 'change', true, [1_404 * K, 1_482 * K, 5.6], 'United States 1,404 -> 1,482 is its 5.6'),
  entry(WINE, 'change', true, [1_098 * K, 1_126 * K, 2.6], 'United Kingdom 1,098 -> 1,126 is its 2.6'),
  entry(WINE, 'change', true, [[904 * K, C1_CN], [862 * K, C1_CN], [-4.6, C1_CN]], 'China 904 -> 862 is its -4.6'),
  entry(WINE, 'change', true, [[902 * K, C1_BR], [1_018 * K, C1_BR], [12.9, C1_BR]], 'Brazil 902 -> 1,018 is its 12.9'),
  entry(WINE, 'change', true, [[1_756 * K, C1_OTHER], [1_928 * K, C1_OTHER], [9.8, C1_OTHER]], 'Other markets 1,756 -> 1,928 is its 9.8'),
  entry(WINE, 'change', false, [[8_150 * K, C1_TOTAL], [8_420 * K, C1_TOTAL], [4.6, C1_TOTAL]], 'the same slip: Table 1\'s Total 8,150 -> 8,420 is +3.3%, its Change 4.6 (computed on 8,050)'),
  entry(WINE, 'change', false, [[8_150 * K, C1_TOTAL], [8.42 * M, 'we sold 8.42 million'], [4.6, '4.6% more']], 'the same slip: the CEO\'s 8.42 million cases, 4.6% more, against Table 1\'s 2023 Total 8,150 (+3.3%)'),
  entry(WINE, 'change', true, [[8.05 * M, CK_VOL], [8.42 * M, 'we sold 8.42 million'], [4.6, '4.6% more']], 'the CEO\'s 8.42 million cases, 4.6% more than the key figures\' 8.05 million'),
  entry(WINE, 'consistency', false, [[8_150 * K, C1_TOTAL], [8.05 * M, CK_VOL]], 'the same slip: Table 1\'s 2023 Total 8,150 thousand cases, the key figures\' 8.05 million'),
  entry(WINE, 'change', true, [[904 * K, C1_CN], [862 * K, C1_CN], [4.6, 'China fell 4.6%']], '1.1: sales in China fell 4.6% (904 -> 862)'),
  entry(WINE, 'change', true, [[902 * K, C1_BR], [1_018 * K, C1_BR], [12.9, 'Brazil grew 12.9%']], '1.1: Brazil grew 12.9% (902 -> 1,018)'),
  entry(WINE, 'ratio', true, [[6_416 * K, 'Exports, 6,416 thousand'], [8_420 * K, C1_TOTAL], [76.2, 'were 76.2% of volume']], '1.1: exports 6,416 of 8,420 thousand cases is the stated 76.2%'),
  entry(WINE, 'sum', true, [[412_680 * M, C2_TOTAL], [148_620 * M, C2_PREM], 214_380 * M, 32_460 * M, [17_220 * M, C2_OTHER]], 'Table 2 2024: 148,620 + 214,380 + 32,460 + 17,220 = 412,680 CLP million'),
  entry(WINE, 'sum', true, [[382_500 * M, C2_TOTAL], 131_840 * M, 203_760 * M, 30_120 * M, [16_780 * M, C2_OTHER]], 'Table 2 2023: 131,840 + 203,760 + 30,120 + 16,780 = 382,500'),
  entry(WINE, 'change', true, [[131_840 * M, C2_PREM], [148_620 * M, C2_PREM], [12.7, C2_PREM]], 'Premium and icon wines 131,840 -> 148,620 is its 12.7'),
  entry(WINE, 'change', true, [203_760 * M, 214_380 * M, 5.2], 'Varietal wines 203,760 -> 214,380 is its 5.2'),
  entry(WINE, 'change', true, [30_120 * M, 32_460 * M, 7.8], 'Bulk wine 30,120 -> 32,460 is its 7.8'),
  entry(WINE, 'change', true, [[16_780 * M, C2_OTHER], [17_220 * M, C2_OTHER], [2.6, C2_OTHER]], 'Other 16,780 -> 17,220 is its 2.6'),
  entry(WINE, 'change', true, [[382_500 * M, C2_TOTAL], [412_680 * M, C2_TOTAL], [7.9, C2_TOTAL]], 'Total 382,500 -> 412,680 is its 7.9'),
  entry(WINE, 'change', true, [[382_500 * M, C2_TOTAL], [412_680 * M, 'to CLP 412,680'], [7.9, 'revenue rose 7.9%']], 'the CEO\'s revenue rose 7.9% to CLP 412,680 million'),
  entry(WINE, 'ratio', true, [[148_620 * M, 'brought in CLP 148,620'], [412_680 * M, C2_TOTAL], [36.0, '36.0% of revenue']], '1.2: premium and icon wines 148,620 of 412,680 is the stated 36.0%'),
  entry(WINE, 'change', true, [[131_840 * M, C2_PREM], [148_620 * M, 'brought in CLP 148,620'], [12.7, 'up 12.7%']], '1.2: premium and icon wines CLP 148,620 million, up 12.7%'),
  entry(WINE, 'ratio', true, [[1_240, 'of which 1,240 hectares'], [4_860, 'We farm 4,860'], [25.5, 'or 25.5%']], '2.1: 1,240 of 4,860 hectares certified organic is the stated 25.5%'),
  entry(WINE, 'ratio', true, [[98_400, 'supplied 98,400 tonnes'], [125_500, 'crushed\n125,500 tonnes'], [78.4, '78.4% of the grapes']], '2.1: own vineyards 98,400 of 125,500 tonnes crushed is the stated 78.4%'),
  entry(WINE, 'consistency', false, [[80, 'More than 80% of the grapes'], [78.4, '78.4% of the grapes']], 'planted: the CEO\'s more than 80% of the grapes from our own vineyards, 2.1\'s 78.4% (98,400 of 125,500 tonnes)'),
  entry(WINE, 'change', false, [[2.46, '(2023: 2.46 litres)'], [2.24, 'fell 9.8% to\n2.24 litres'], [9.8, 'fell 9.8%']], 'planted: winery water per litre 2.46 -> 2.24 is -8.9%, the text says fell 9.8% (the drop taken on the new value)'),
  entry(WINE, 'ratio', true, [[24.6, 'of which 24.6 GWh'], [28.4, 'We used 28.4 GWh'], [86.6, '86.6% of the total']], '2.3: renewable 24.6 of 28.4 GWh is the stated 86.6%'),
  entry(WINE, 'ratio', true, [[21.2, '(21.2 of 27.6 GWh)'], [27.6, '(21.2 of 27.6 GWh)'], [76.8, 'from 76.8% in 2023']], '2.3: 2023 21.2 of 27.6 GWh is the stated 76.8%'),
  entry(WINE, 'change', true, [[76.8, 'from 76.8% in 2023'], [86.6, '86.6% of the total'], [9.8, 'up 9.8 percentage points']], 'renewable share 76.8% -> 86.6% is the stated up 9.8 percentage points'),
  entry(WINE, 'change', true, [[438, '(2023: 438 grams)'], [412, 'fell 5.9% to 412 grams'], [5.9, 'fell 5.9%']], 'bottle weight 438 -> 412 grams is the stated fell 5.9%'),
  entry(WINE, 'sum', true, [[9_960, C3_TOTAL], 8_640, 1_320], 'Table 3 2024: 8,640 + 1,320 = 9,960 tCO2e'),
  entry(WINE, 'sum', true, [[10_480, C3_TOTAL], 9_180, 1_300], 'Table 3 2023: 9,180 + 1,300 = 10,480'),
  entry(WINE, 'change', true, [[10_480, C3_TOTAL], [9_960, 'fell 5.0% to 9,960'], [5.0, 'emissions fell 5.0%']], 'Scope 1 and 2 10,480 -> 9,960 tCO2e is the stated fell 5.0%'),
  entry(WINE, 'ratio', true, [[9_960, 'fell 5.0% to 9,960'], [8_420 * K, C1_TOTAL], [1.18, 'or 1.18 kg']], '2.3: 9,960 tCO2e over 8,420 thousand cases is the stated 1.18 kg per case'),
  entry(WINE, 'ratio', true, [[9_960, CK_GHG], [8.42 * M, CK_VOL], [1.18, CK_INT]], 'key figures 2024: 9,960 over 8.42 million cases is its 1.18 kg (the note\'s definition)'),
  entry(WINE, 'ratio', true, [[10_480, CK_GHG], [8.05 * M, CK_VOL], [1.3, CK_INT]], 'key figures 2023: 10,480 over 8.05 million is its 1.30 (Table 1\'s 8,150 would give 1.29)'),
  entry(WINE, 'change', true, [[1_792, '(1,792)'], [1_846, 'we had 1,846 permanent'], [3.0, '3.0% more']], 'permanent employees 1,792 -> 1,846 is the stated 3.0% more'),
  entry(WINE, 'ratio', true, [[709, 'Women hold 709'], [1_846, 'we had 1,846 permanent'], [38.4, 'or 38.4%']], 'women 709 of 1,846 permanent employees is the stated 38.4%'),
  entry(WINE, 'ratio', true, [[14, 'We recorded 14'], [6.12 * M, 'over 6.12 million'], [2.29, 'rate of 2.29']], 'LTIFR: 14 over 6.12 million hours is the stated 2.29'),
  entry(WINE, 'ratio', true, [[19, '(2023: 19 over'], [5.86 * M, '5.86 million hours'], [3.24, 'million hours, 3.24']], '2023 19 over 5.86 million hours is the stated 3.24'),
];
