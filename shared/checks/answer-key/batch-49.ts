// The forty-ninth blind batch (written blind by W49, session 40): four engagements (5 files) of report kinds and sectors outside
// batches 1–48, written as their published reports read (aligned tables with `（单位：亿元）` / `(RMB million)` / `(CHF thousand)` /
// `(MWh)` captions, a `单位` / `Unit` column in a key performance table, `其中` / `of which` rows, share and change columns, notes
// defining the KPIs, a letter restating the year): a Chinese toll expressway operator's ESG 报告 and its English version in a
// second file, checked together (营业收入 亿元 / RMB million by business with 占比 / Share and 同比 / Change and an `其中：加油站` /
// `of which fuel stations` row, 路网通行量 万辆次 / million vehicle trips by vehicle type with an `其中：新能源车` / `of which new
// energy vehicles` row, ETC usage with 个百分点 / percentage points, 综合能源消耗 吨标准煤 / tce by source with 光伏 against 用电量 in
// 万千瓦时 / GWh and 万元营业收入综合能耗 千克标准煤/万元 / tce per RMB million, 范围一 / 范围二 tCO2e with emissions per km of toll road,
// 员工 by 类别 with 占比 and 女性 share, 人均培训, LTIFR, a 关键绩效表 / key performance table with a 注 / note); a Chinese city gas
// distributor's 社会责任报告 in simplified Chinese only (天然气销售量 万立方米 by 用户类别 with 占比 and 同比, 供销差率 with 个百分点,
// 营业收入 亿元 by 业务, 居民用户 万户 and 管网 公里, 入户安检 and 安全投入 shares, 温室气体 by source with 甲烷逸散's share of 范围一 and
// 每万立方米售气量排放, 员工 by 类别 with 占比 and 女性 share, 百万工时损工事故率, 本地采购, a 关键绩效表 with a 单位 column and a 注); a
// Moroccan phosphate fertiliser maker's sustainability report in English (production in thousand tonnes by product with Share and
// Change, revenue in MAD million by destination with Share and Change and a two-region sum in the text, local sourcing, energy in TJ
// by source with the recovered-heat share and percentage points, water with the desalinated share and m³ per tonne, Scope 1 / 2
// tCO2e with kg per tonne, phosphogypsum reused, employees by category with Share and Change and women's shares, LTIFR, key
// figures with a Unit column and notes); a Swiss colocation data-centre operator's sustainability report in English (IT capacity
// in MW by campus with Share and Change, revenue in CHF thousand by service, energy in MWh by use with Share and Change and the PUE,
// heat delivered to district heating, water with the WUE, Scope 1 / 2 tCO2e, supply-chain spend, employees by function with Share
// and Change and women's share, key figures with a Unit column and notes).
// Planted (as real drafts slip). 岚峰高速 / Lanfeng Expressway: the Chinese 表1's 服务区经营 2024 6.48 for 6.84亿元 (digits swapped:
// the 合计 60.58 no longer adds (60.22), its 占比 11.3 and 同比 +13.6 were computed on 6.84; 一（一） says 6.84, the English Table 1
// RMB684 million); the English Chairman's `toll revenue of RMB48.36 billion` for RMB4,836 million (48.36亿元 read as billions; its
// `up 7.2%` then does not compute); the Chinese 致辞's 新能源车 `占总通行量的9.2%` for 8.7 (2,186 taken over 2023's 23,718: the wrong
// denominator; 一（二） and the English say 8.7%); the Chinese 二（二）'s 范围二排放68,420吨 `同比下降4.8%` (it rose: the direction
// turned; 表4 says +4.8, the English rose 4.8%); the English 1.2's ETC `up 6.5 percentage points` for 5.6 (digits swapped; the
// Chinese says 提升5.6个百分点); the English key table's 2024 Energy intensity 3.76, last year's value restated (21,502 tce over
// RMB6,058 million is 3.55, as 2.1, the Chairman and the Chinese 35.5千克标准煤/万元 say); the English Chairman's `nearly 30% are
// women` against 30.4% in 3.1 and the key table (a turned qualifier; the Chinese 致辞's 超过30% holds). 澜港燃气: 表1's 2023 合计 198,500
// for 195,800万立方米 (digits swapped: the 2023 column no longer adds, its 同比 +5.0 was computed on 195,800, the 关键绩效表 says
// 195,800); 一（一）'s 居民用气 `占销售总量的24.8%` for 23.7 (48,620 taken over 2023's 195,800: the wrong denominator); the 致辞's
// `销售天然气19.58亿立方米`, 2023's figure, against 20.55亿 in 一（一） and 205,500万 in 表1 and the 关键绩效表; the 致辞's `居民用户超过
// 260万户` against 258.6万户 in 一（三） and the 关键绩效表 (超过 written for 近); 一（二）'s 燃气销售收入 `同比增长3.6%` for 6.3 (digits
// swapped; 表2 says +6.3); 表4's 客户服务 占比 25.3 for 23.5 (digits swapped; the column adds to 101.8). Oum Rbia: the Chief
// Executive's `We produced 4.28 million tonnes ... 3.3% more`, 2023's 4,280.0 thousand restated, against Table 1's 4,420.0; Table
// 2's 2024 Europe 4,286 for 4,268 MAD million (digits swapped: the Total 21,346 no longer adds (21,364), its Share 20.0 and Change
// -7.1 were computed on 4,268; 1.2 says MAD 4,268 million); the Chief Executive's desalinated seawater `more than 40% of the water`
// against 39.6% in 2.2 and the key figures (a turned qualifier); 3.1's women `148 of the 624 management and support positions,
// 3.0%` for 23.7 (taken over all 4,914 employees: the wrong denominator). Alpstream: Table 2's 2024 Managed services 61,280 for
// 62,180 CHF thousand (digits swapped: the Total 397,240 no longer adds (396,340), its Share 15.7 and Change +6.4 were computed on
// 62,180); the Chief Executive's `cooling energy fell 4.6%` (it rose: the direction turned; Table 3 and 2.1 say +4.6); the key
// figures' 2024 PUE 1.28, last year's value restated (615,900 over 486,240 MWh is 1.27, as 2.1 and the Chief Executive say); the
// Chief Executive's `we delivered 4.26 GWh of heat` against 42,640 MWh in 2.2 and the key figures (a scale slip).
// Traps that must not be flagged: 岚峰's `其中：加油站` / `of which fuel stations` and `其中：新能源车` / `of which new energy vehicles`
// rows (parts of one row, not of the 合计 / Total; their shares 6.8 and 8.7 are of the whole and not in the 100.0); the 表1 note
// saying so; 25,070万辆次 against 250.70 million vehicle trips, 60.58亿元 against RMB6,058 million, 11,624万千瓦时 / 2,864万千瓦时
// against 116.24 / 28.64 GWh, 22.6万小时 against 226 thousand hours, 1,246万小时 against 12.46 million hours, 42.6万吨 against 426
// thousand tonnes, 超过120亿元 against more than RMB12 billion, 35.5千克标准煤/万元 against 3.55 tce per RMB million (all rightly
// converted); the Chinese 致辞's 超过30% (holds: 30.4%); 光伏发电量同比增长47.9% (2023's generation not printed); 新建充电桩412个
// beside 加油站 RMB412 million; 1,062万辆次 free trips; 累计派发现金红利超过120亿元
// (cumulative); the 2027 and 2030 aims (targets); 2023's per-km intensity over 2023's 1,326 km (not 1,348). 澜港's 燃气销售 占比 82.7
// beside the 合计 82.70亿元 (same digits, another metric); 表1's 占比 column adding to 100.1 and 表2's to 99.9 (rounding); 20.55亿
// 立方米 against 205,500万立方米 (rightly converted); 同比增长5.0% on the 关键绩效表's 195,800 (right); 净增12.4万户 (holds);
// 工商业用户同比增长4.0% and the 致辞's 范围一同比下降10.7% (2023's figures not printed; both right); 供销差率 from 购气量 in the text and
// the 注 (a difference over a whole); 女性员工1,486人 beside 用电1,486万千瓦时 (another metric); 累计超过300万户 (cumulative); the 2027
// 2.5% and 2030 aims (targets); 客服热线接通率98.6%, 办结率99.2%, 满意度93.6分, 线上办理78.2% (no numerator). Oum Rbia's US$2.14
// billion at MAD 9.98 (rightly converted); Africa's MAD 6,842 million beside recovered heat 6,842.0 TJ, and phosphogypsum 9.86 million
// tonnes beside 9.86 million hours worked (same digits, other metrics); 1.2's `MAD 4,268 million, 7.1% less` (right where the table
// slipped); 2.2's 2023 34.9% (its numerator not printed); 28.4% of farmers women (no numerator); more than 48,000 farms since 2018
// (cumulative); the 2027 and 2030 aims (targets). Alpstream's `CHF 397.2 million, 11.8%` and `CHF 48.6 million, up 15.3%` (right
// within the rounding of the text's millions); Table 3's Share column adding to 99.9 (rounding); Lugano's 0.0 change; 81.7% a
// year earlier (56.2 MW not printed); PUE `improved to 1.27 from 1.28` (right); WUE 0.38 L per kWh from m³ and MWh (rightly
// converted); 3,600 homes, 99.9996% availability, 14 of the 20 largest banks, 81.4% of spend (no stated relation); the 2026 PUE
// 1.20 and 2035 net zero (targets); more than CHF 1.1 billion invested since 2019 (cumulative).

import type { Engagement } from './key';
import { across, B, engagements, entry, K, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b49';
const LZ = 'lanfeng-expressway-esg-2024-zh.txt';
const LE = 'lanfeng-expressway-esg-2024-en.txt';
const LG = 'langang-city-gas-csr-2024-zh.txt';
const OR = 'oum-rbia-fertilisers-sustainability-report-2024.txt';
const AD = 'alpstream-data-centres-sustainability-report-2024.txt';

export const BATCH_49_ENGAGEMENTS: Engagement[] = engagements(DIR, [[LZ, LE], LG, OR, AD]);

const LZ1_TOLL = '通行费收入                 48.36';
const LZ1_SA = '服务区经营                  6.48';
const LZ1_FUEL = '其中：加油站                4.12';
const LZ1_AD = '广告及其他                  1.92';
const LZ1_MAINT = '工程养护服务                3.46';
const LZ1_TOTAL = '合计                       60.58';
const LZ2_CAR = '客车                      18,642';
const LZ2_TRUCK = '货车                       6,428';
const LZ2_TOTAL = '合计                      25,070';
const LZ2_NEV = '其中：新能源车             2,186';
const LZ3_EL = '电力                      14,286';
const LZ3_PETROL = '汽油                       2,146';
const LZ3_DIESEL = '柴油                       3,862';
const LZ3_GAS = '天然气                     1,208';
const LZ3_TOTAL = '合计                      21,502';
const LZ4_S1 = '范围一                    16,842';
const LZ4_S2 = '范围二                    68,420';
const LZ4_TOTAL = '合计                      85,262';
const LZ5_TOLL = '收费人员                   3,264';
const LZ5_MAINT = '养护人员                   1,186';
const LZ5_PATROL = '路政及应急救援               842';
const LZ5_MGT = '管理及技术人员             1,028';
const LZ5_TOTAL = '合计                       6,320';
const LZK_REV = '营业收入                          亿元';
const LZK_KM = '收费公路里程                      公里';
const LZK_ENERGY = '综合能源消耗                      吨标准煤';
const LZK_EINT = '万元营业收入综合能耗              千克标准煤/万元';
const LZK_GHG = '温室气体排放总量                  吨二氧化碳当量';
const LZK_KMINT = '每公里温室气体排放                吨二氧化碳当量/公里';
const LZK_STAFF = '员工总数                          人';
const LZK_WOMEN = '女性员工占比                      %';

const LE1_TOLL = 'Tolls                         4,836';
const LE1_SA = 'Service areas                   684';
const LE1_FUEL = 'of which fuel stations          412';
const LE1_AD = 'Advertising and other           192';
const LE1_MAINT = 'Road maintenance services       346';
const LE1_TOTAL = 'Total                         6,058';
const LE2_CAR = 'Passenger vehicles           186.42';
const LE2_TRUCK = 'Trucks                        64.28';
const LE2_TOTAL = 'Total                        250.70';
const LE2_NEV = 'of which new energy vehicles  21.86';
const LE3_EL = 'Electricity                  14,286';
const LE3_PETROL = 'Petrol                        2,146';
const LE3_DIESEL = 'Diesel                        3,862';
const LE3_GAS = 'Natural gas                   1,208';
const LE3_TOTAL = 'Total                        21,502';
const LE4_S1 = 'Scope 1                      16,842';
const LE4_S2 = 'Scope 2                      68,420';
const LE4_TOTAL = 'Total                        85,262';
const LE5_TOLL = 'Toll collection               3,264';
const LE5_MAINT = 'Road maintenance              1,186';
const LE5_PATROL = 'emergency response              842';
const LE5_MGT = 'Management and technical      1,028';
const LE5_TOTAL = 'Total                         6,320';
const LEK_REV = 'Revenue                                  RMB million';
const LEK_TOLL = 'Toll revenue                             RMB million';
const LEK_KM = 'Toll road length                         km';
const LEK_ENERGY = 'Energy consumption                       tce';
const LEK_EINT = 'Energy intensity                         tce per RMB million';
const LEK_GHG = 'Scope 1 and 2 emissions                  tCO2e';
const LEK_KMINT = 'Emissions per km of toll road            tCO2e per km';
const LEK_STAFF = 'Employees                                persons';
const LEK_WOMEN = 'Women employees                          %';

const G1_RES = '居民                      48,620';
const G1_IND = '工商业                    86,240';
const G1_POWER = '电厂及供热                62,180';
const G1_CNG = '车用                       8,460';
const G1_TOTAL = '合计                     205,500';
const G2_GAS = '燃气销售                   68.42';
const G2_CONN = '接驳安装                    9.86';
const G2_VAS = '增值服务                    3.24';
const G2_OT = '其他                        1.18';
const G2_TOTAL = '合计                       82.70';
const G3_CH4 = '范围一：管网甲烷逸散                  38,620';
const G3_FUEL = '范围一：自用燃料燃烧                   6,420';
const G3_S2 = '范围二：外购电力                      12,860';
const G3_TOTAL = '合计                                  57,900';
const G4_OPS = '运行维护                   2,486';
const G4_CS = '客户服务                   1,264';
const G4_ENG = '工程安装                     948';
const G4_MGT = '管理及职能                   682';
const G4_TOTAL = '合计                       5,380';
const GK_VOL = '天然气销售量                      万立方米';
const GK_USERS = '居民用户                          万户';
const GK_GHG = '温室气体排放总量                  吨二氧化碳当量';
const GK_INT = '每万立方米售气量温室气体排放      千克二氧化碳当量/万立方米';
const GK_STAFF = '员工总数                          人';
const GK_WOMEN = '女性员工占比                      %';

const O1_DAP = 'DAP                           1,864.6';
const O1_MAP = 'MAP                           1,126.4';
const O1_NPK = 'NPK blends                      942.8';
const O1_TSP = 'TSP                             486.2';
const O1_TOTAL = 'Total                         4,420.0';
const O2_AF = 'Africa                          6,842';
const O2_EU = 'Europe                          4,286';
const O2_SA = 'South Asia                      5,126';
const O2_LA = 'Latin America                   3,864';
const O2_NA = 'North America                   1,246';
const O2_TOTAL = 'Total                          21,346';
const O3_HEAT = 'Recovered heat (steam)          6,842.0';
const O3_HFO = 'Heavy fuel oil                  2,186.4';
const O3_GAS = 'Natural gas                     1,124.6';
const O3_GRID = 'Grid electricity                  862.8';
const O3_TOTAL = 'Total                          11,015.8';
const O4_S1 = 'Scope 1                         486,420';
const O4_S2 = 'Scope 2                         124,680';
const O4_TOTAL = 'Total                           611,100';
const O5_OPS = 'Operators and technicians       2,864';
const O5_ENG = 'Engineers and specialists       1,426';
const O5_MGT = 'Management and support            624';
const O5_TOTAL = 'Total                           4,914';
const OK_PROD = 'Fertiliser production                    thousand tonnes';
const OK_ENERGY = 'Energy consumption                       TJ';
const OK_HEAT = 'Recovered heat share of energy           %';
const OK_WATER = 'Water use                                million m³';
const OK_DESAL = 'Desalinated share of water               %';
const OK_GHG = 'Scope 1 and 2 emissions                  tCO2e';
const OK_INT = 'Emissions per tonne of product           kg CO2e per tonne';
const OK_STAFF = 'Employees                                persons';
const OK_WOMEN = 'Women employees                          %';

const A1_ZH = 'Zurich-Glattbrugg                42.4';
const A1_GE = 'Geneva-Meyrin                    18.4';
const A1_BS = 'Basel-Pratteln                   12.8';
const A1_LU = 'Lugano                            6.2';
const A1_TOTAL = 'Total                            79.8';
const A2_COLO = 'Colocation                    286,420';
const A2_IC = 'Interconnection                48,640';
const A2_MS = 'Managed services               61,280';
const A2_TOTAL = 'Total                         397,240';
const A3_IT = 'IT load                       486,240';
const A3_COOL = 'Cooling                        98,620';
const A3_LOSS = 'Power distribution losses      24,860';
const A3_OT = 'Offices and other               6,180';
const A3_TOTAL = 'Total facility energy         615,900';
const A4_OPS = 'Operations and engineering        268';
const A4_SALES = 'Sales and customer service         96';
const A4_CORP = 'Corporate functions                48';
const A4_TOTAL = 'Total                             412';
const AK_ENERGY = 'Total facility energy                    MWh';
const AK_IT = 'IT energy                                MWh';
const AK_PUE = 'Power usage effectiveness (PUE)          ratio';
const AK_HEAT = 'Heat delivered to district heating       MWh';
const AK_WUE = 'Water usage effectiveness (WUE)          L per kWh';
const AK_GHG = 'Scope 1 and 2 emissions                  tCO2e';
const AK_STAFF = 'Employees                                persons';
const AK_WOMEN = 'Women employees                          %';

export const BATCH_49_KEY: KeyEntry[] = [
  // 岚峰高速 / Lanfeng Expressway: a Chinese toll expressway operator's ESG 报告 (zh) and its English version (2024)
  entry(LZ, 'sum', false, [[60.58 * YI, LZ1_TOTAL], [48.36 * YI, LZ1_TOLL], [6.48 * YI, LZ1_SA], [1.92 * YI, LZ1_AD], [3.46 * YI, LZ1_MAINT]], 'planted: 表1 2024年 48.36 + 6.48 + 1.92 + 3.46 = 60.22亿元, its 合计 60.58 (服务区经营 6.84 printed 6.48, digits swapped; the 其中 row not a part)'),
  entry(LZ, 'sum', true, [[56.3 * YI, LZ1_TOTAL], [45.12 * YI, LZ1_TOLL], [6.02 * YI, LZ1_SA], [2.06 * YI, LZ1_AD], [3.1 * YI, LZ1_MAINT]], '表1 2023年: 45.12 + 6.02 + 2.06 + 3.10 = 56.30亿元'),
  entry(LZ, 'ratio', true, [[48.36 * YI, LZ1_TOLL], [60.58 * YI, LZ1_TOTAL], [79.8, LZ1_TOLL]], '通行费收入 48.36 of 60.58 is its 79.8%'),
  entry(LZ, 'ratio', false, [[6.48 * YI, LZ1_SA], [60.58 * YI, LZ1_TOTAL], [11.3, LZ1_SA]], 'the same slip: 服务区经营 6.48 of 60.58 is 10.7%, its 占比 11.3 (computed on 6.84)'),
  entry(LZ, 'ratio', true, [[4.12 * YI, LZ1_FUEL], [60.58 * YI, LZ1_TOTAL], [6.8, LZ1_FUEL]], '其中：加油站 4.12 of 60.58 is its 6.8% (a part of 服务区经营, not of the 100.0)'),
  entry(LZ, 'ratio', true, [[1.92 * YI, LZ1_AD], [60.58 * YI, LZ1_TOTAL], [3.2, LZ1_AD]], '广告及其他 1.92 of 60.58 is its 3.2%'),
  entry(LZ, 'ratio', true, [[3.46 * YI, LZ1_MAINT], [60.58 * YI, LZ1_TOTAL], [5.7, LZ1_MAINT]], '工程养护服务 3.46 of 60.58 is its 5.7%'),
  entry(LZ, 'sum', true, [[100, LZ1_TOTAL], [79.8, LZ1_TOLL], [11.3, LZ1_SA], [3.2, LZ1_AD], [5.7, LZ1_MAINT]], '表1 占比 column: 79.8 + 11.3 + 3.2 + 5.7 = 100.0 (the 其中 row\'s 6.8 not a part)'),
  entry(LZ, 'change', true, [[45.12 * YI, LZ1_TOLL], [48.36 * YI, LZ1_TOLL], [7.2, LZ1_TOLL]], '通行费收入 45.12 -> 48.36 is its +7.2'),
  entry(LZ, 'change', false, [[6.02 * YI, LZ1_SA], [6.48 * YI, LZ1_SA], [13.6, LZ1_SA]], 'the same slip: 服务区经营 6.02 -> 6.48 is +7.6%, its 同比 +13.6 (computed on 6.84)'),
  entry(LZ, 'change', true, [[3.68 * YI, LZ1_FUEL], [4.12 * YI, LZ1_FUEL], [12.0, LZ1_FUEL]], '其中：加油站 3.68 -> 4.12 is its +12.0'),
  entry(LZ, 'change', true, [[2.06 * YI, LZ1_AD], [1.92 * YI, LZ1_AD], [-6.8, LZ1_AD]], '广告及其他 2.06 -> 1.92 is its -6.8'),
  entry(LZ, 'change', true, [[3.1 * YI, LZ1_MAINT], [3.46 * YI, LZ1_MAINT], [11.6, LZ1_MAINT]], '工程养护服务 3.10 -> 3.46 is its +11.6'),
  entry(LZ, 'change', true, [[56.3 * YI, LZ1_TOTAL], [60.58 * YI, LZ1_TOTAL], [7.6, LZ1_TOTAL]], '合计 56.30 -> 60.58 is its +7.6'),
  entry(LZ, 'change', true, [[56.3 * YI, '较上年的56.30亿元'], [60.58 * YI, '本公司实现营业收入60.58亿元'], [7.6, '增长7.6%。通行费']], '一（一）: 营业收入 56.30 -> 60.58亿元 is the stated 增长7.6%'),
  entry(LZ, 'change', true, [[56.3 * YI, LZ1_TOTAL], [60.58 * YI, '公司实现营业收入\n60.58亿元'], [7.6, '同比增长7.6%，其中']], 'the 致辞\'s 营业收入60.58亿元，同比增长7.6%'),
  entry(LZ, 'change', true, [[45.12 * YI, LZ1_TOLL], [48.36 * YI, '其中通行费收入48.36亿元'], [7.2, '同比增长7.2%。']], 'the 致辞\'s 通行费收入48.36亿元，同比增长7.2%'),
  entry(LZ, 'ratio', true, [[48.36 * YI, LZ1_TOLL], [60.58 * YI, '本公司实现营业收入60.58亿元'], [79.8, '占营业收入的79.8%']], '一（一）: 通行费收入 48.36 of 60.58亿元 is the stated 79.8%'),
  entry(LZ, 'change', true, [[6.02 * YI, LZ1_SA], [6.84 * YI, '服务区经营收入6.84亿元'], [13.6, '同比增长13.6%，其中']], '一（一）: 服务区经营收入 6.02 -> 6.84亿元 is the stated 同比增长13.6%'),
  entry(LZ, 'ratio', true, [[4.12 * YI, '其中加油站收入4.12亿元'], [6.84 * YI, '服务区经营收入6.84亿元'], [60.2, '占服务区经营收入的60.2%']], '一（一）: 加油站 4.12 of 服务区经营 6.84亿元 is the stated 60.2%'),
  entry(LZ, 'consistency', false, [[6.48 * YI, LZ1_SA], [6.84 * YI, '服务区经营收入6.84亿元']], 'the same slip: 表1\'s 服务区经营 6.48亿元, 一（一）\'s 6.84亿元'),
  across(LZ, [[6.48 * YI, LZ1_SA]], LE, [[684 * M, LE1_SA]], 'the same slip: the Chinese 表1\'s 服务区经营 6.48亿元, the English Table 1\'s Service areas RMB684 million'),
  entry(LZ, 'sum', true, [[25_070 * WAN, LZ2_TOTAL], [18_642 * WAN, LZ2_CAR], [6_428 * WAN, LZ2_TRUCK]], '表2 2024年: 客车 18,642 + 货车 6,428 = 25,070万辆次 (the 其中 row not a part)'),
  entry(LZ, 'sum', true, [[23_718 * WAN, LZ2_TOTAL], [17_206 * WAN, LZ2_CAR], [6_512 * WAN, LZ2_TRUCK]], '表2 2023年: 17,206 + 6,512 = 23,718'),
  entry(LZ, 'ratio', true, [[18_642 * WAN, LZ2_CAR], [25_070 * WAN, LZ2_TOTAL], [74.4, LZ2_CAR]], '客车 18,642 of 25,070 is its 74.4%'),
  entry(LZ, 'ratio', true, [[6_428 * WAN, LZ2_TRUCK], [25_070 * WAN, LZ2_TOTAL], [25.6, LZ2_TRUCK]], '货车 6,428 of 25,070 is its 25.6%'),
  entry(LZ, 'sum', true, [[100, LZ2_TOTAL], [74.4, LZ2_CAR], [25.6, LZ2_TRUCK]], '表2 占比 column: 74.4 + 25.6 = 100.0'),
  entry(LZ, 'ratio', true, [[2_186 * WAN, LZ2_NEV], [25_070 * WAN, LZ2_TOTAL], [8.7, LZ2_NEV]], '其中：新能源车 2,186 of 25,070 is its 8.7%'),
  entry(LZ, 'change', true, [[17_206 * WAN, LZ2_CAR], [18_642 * WAN, LZ2_CAR], [8.3, LZ2_CAR]], '客车 17,206 -> 18,642 is its +8.3'),
  entry(LZ, 'change', true, [[6_512 * WAN, LZ2_TRUCK], [6_428 * WAN, LZ2_TRUCK], [-1.3, LZ2_TRUCK]], '货车 6,512 -> 6,428 is its -1.3'),
  entry(LZ, 'change', true, [[23_718 * WAN, LZ2_TOTAL], [25_070 * WAN, LZ2_TOTAL], [5.7, LZ2_TOTAL]], '合计 23,718 -> 25,070 is its +5.7'),
  entry(LZ, 'change', true, [[1_324 * WAN, LZ2_NEV], [2_186 * WAN, LZ2_NEV], [65.1, LZ2_NEV]], '其中：新能源车 1,324 -> 2,186 is its +65.1'),
  entry(LZ, 'change', true, [[17_206 * WAN, LZ2_CAR], [18_642 * WAN, LZ2_CAR], [8.3, '客车通行量同比增长8.3%']], '一（二）: 客车通行量同比增长8.3%'),
  entry(LZ, 'change', true, [[6_512 * WAN, LZ2_TRUCK], [6_428 * WAN, LZ2_TRUCK], [1.3, '同比下降1.3%']], '一（二）: 货车通行量同比下降1.3%'),
  entry(LZ, 'change', true, [[1_324 * WAN, LZ2_NEV], [2_186 * WAN, '新能源车通行量2,186万辆次'], [65.1, '同比增长\n65.1%']], '一（二）: 新能源车通行量 1,324 -> 2,186万辆次 is the stated 同比增长65.1%'),
  entry(LZ, 'ratio', true, [[2_186 * WAN, '新能源车通行量2,186万辆次'], [25_070 * WAN, LZ2_TOTAL], [8.7, '占总通行量的8.7%']], '一（二）: 新能源车 2,186 of 25,070万辆次 is the stated 8.7%'),
  entry(LZ, 'ratio', true, [[1_324 * WAN, LZ2_NEV], [23_718 * WAN, LZ2_TOTAL], [5.6, '上年为5.6%']], '一（二）: 2023 1,324 of 23,718 is the stated 5.6%'),
  entry(LZ, 'change', true, [[23_718 * WAN, LZ2_TOTAL], [25_070 * WAN, '全年路网通行量25,070万辆次'], [5.7, '同比增长5.7%。公司']], 'the 致辞\'s 路网通行量25,070万辆次，同比增长5.7%'),
  entry(LZ, 'ratio', false, [[2_186 * WAN, '全年新能源车通行2,186万辆次'], [25_070 * WAN, '全年路网通行量25,070万辆次'], [9.2, '占总通行量的9.2%']], 'planted: the 致辞\'s 新能源车 2,186 of 25,070万辆次 is 8.7%, it says 9.2% (taken over 2023\'s 23,718: the wrong denominator)'),
  entry(LZ, 'consistency', false, [[9.2, '占总通行量的9.2%'], [8.7, '占总通行量的8.7%']], 'the same slip: the 致辞\'s 新能源车 9.2% of traffic, 一（二）\'s 8.7%'),
  across(LZ, [[9.2, '占总通行量的9.2%']], LE, [[8.7, 'trips on the network, 8.7%']], 'the same slip: the Chinese 致辞\'s 9.2%, the English statement\'s 8.7% of all traffic'),
  entry(LZ, 'consistency', false, [[9.2, '占总通行量的9.2%'], [8.7, '其中：新能源车             2,186           8.7']], 'the same slip: the 致辞\'s 新能源车 9.2% of traffic, 表2\'s 占比 8.7 (a check the rules named from the first, keyed in session 50)'),
  entry(LZ, 'change', true, [[78.6, '较上年的78.6%'], [84.2, 'ETC使用率达到84.2%'], [5.6, '提升5.6个百分点']], '一（二）: ETC使用率 78.6% -> 84.2% is the stated 提升5.6个百分点'),
  entry(LZ, 'sum', true, [[21_502, LZ3_TOTAL], [14_286, LZ3_EL], [2_146, LZ3_PETROL], [3_862, LZ3_DIESEL], [1_208, LZ3_GAS]], '表3 2024年: 14,286 + 2,146 + 3,862 + 1,208 = 21,502吨标准煤'),
  entry(LZ, 'sum', true, [[21_164, LZ3_TOTAL], [13_624, LZ3_EL], [2_318, LZ3_PETROL], [4_126, LZ3_DIESEL], [1_096, LZ3_GAS]], '表3 2023年: 13,624 + 2,318 + 4,126 + 1,096 = 21,164'),
  entry(LZ, 'change', true, [[13_624, LZ3_EL], [14_286, LZ3_EL], [4.9, LZ3_EL]], '电力 13,624 -> 14,286 is its +4.9'),
  entry(LZ, 'change', true, [[2_318, LZ3_PETROL], [2_146, LZ3_PETROL], [-7.4, LZ3_PETROL]], '汽油 2,318 -> 2,146 is its -7.4'),
  entry(LZ, 'change', true, [[4_126, LZ3_DIESEL], [3_862, LZ3_DIESEL], [-6.4, LZ3_DIESEL]], '柴油 4,126 -> 3,862 is its -6.4'),
  entry(LZ, 'change', true, [[1_096, LZ3_GAS], [1_208, LZ3_GAS], [10.2, LZ3_GAS]], '天然气 1,096 -> 1,208 is its +10.2'),
  entry(LZ, 'change', true, [[21_164, LZ3_TOTAL], [21_502, LZ3_TOTAL], [1.6, LZ3_TOTAL]], '合计 21,164 -> 21,502 is its +1.6'),
  entry(LZ, 'change', true, [[21_164, LZ3_TOTAL], [21_502, '公司综合能源消耗21,502吨'], [1.6, '同比增长1.6%，增幅']], '二（一）: 综合能源消耗 21,164 -> 21,502吨标准煤 is the stated 同比增长1.6%'),
  entry(LZ, 'ratio', true, [[14_286, '其中电力折标14,286吨'], [21_502, '公司综合能源消耗21,502吨'], [66.4, '占66.4%']], '二（一）: 电力 14,286 of 21,502吨标准煤 is the stated 66.4%'),
  entry(LZ, 'ratio', true, [[2_864 * WAN, '光伏发电2,864万千瓦时，相当于'], [11_624 * WAN, '全年用电量11,624万千瓦时'], [24.6, '相当于用电量的24.6%']], '二（一）: 光伏 2,864 of 用电量 11,624万千瓦时 is the stated 24.6%'),
  entry(LZ, 'change', true, [[4_126, LZ3_DIESEL], [3_862, LZ3_DIESEL], [6.4, '柴油消耗同比下降6.4%']], '二（一）: 养护车辆柴油消耗同比下降6.4%'),
  entry(LZ, 'ratio', true, [[21_502, LZ3_TOTAL], [60.58 * YI, LZ1_TOTAL], [35.5, '综合能耗为35.5千克']], '二（一）: 21,502吨标准煤 over 60.58亿元 is the stated 35.5千克标准煤/万元'),
  entry(LZ, 'ratio', true, [[21_164, LZ3_TOTAL], [56.3 * YI, LZ1_TOTAL], [37.6, '上年为37.6千克']], '二（一）: 2023 21,164 over 56.30亿元 is the stated 37.6'),
  entry(LZ, 'ratio', true, [[21_502, LZ3_TOTAL], [60.58 * YI, '公司实现营业收入\n60.58亿元'], [35.5, '综合能耗降至35.5千克']], 'the 致辞\'s 万元营业收入综合能耗降至35.5千克标准煤: 21,502 over 60.58亿元'),
  entry(LZ, 'ratio', true, [[21_502, LZK_ENERGY], [60.58 * YI, LZK_REV], [35.5, LZK_EINT]], '关键绩效表 2024: 21,502 over 60.58亿元 is its 35.5 (the 注\'s definition)'),
  entry(LZ, 'ratio', true, [[21_164, LZK_ENERGY], [56.3 * YI, LZK_REV], [37.6, LZK_EINT]], '关键绩效表 2023: 21,164 over 56.30亿元 is its 37.6'),
  entry(LZ, 'sum', true, [[85_262, LZ4_TOTAL], [16_842, LZ4_S1], [68_420, LZ4_S2]], '表4 2024年: 16,842 + 68,420 = 85,262吨'),
  entry(LZ, 'sum', true, [[83_266, LZ4_TOTAL], [17_986, LZ4_S1], [65_280, LZ4_S2]], '表4 2023年: 17,986 + 65,280 = 83,266'),
  entry(LZ, 'change', true, [[17_986, LZ4_S1], [16_842, LZ4_S1], [-6.4, LZ4_S1]], '范围一 17,986 -> 16,842 is its -6.4'),
  entry(LZ, 'change', true, [[65_280, LZ4_S2], [68_420, LZ4_S2], [4.8, LZ4_S2]], '范围二 65,280 -> 68,420 is its +4.8'),
  entry(LZ, 'change', true, [[83_266, LZ4_TOTAL], [85_262, LZ4_TOTAL], [2.4, LZ4_TOTAL]], '合计 83,266 -> 85,262 is its +2.4'),
  entry(LZ, 'change', true, [[17_986, LZ4_S1], [16_842, LZ4_S1], [6.4, '同比下降6.4%。范围二']], '二（二）: 范围一同比下降6.4%'),
  entry(LZ, 'change', false, [[65_280, LZ4_S2], [68_420, '范围二排放68,420吨'], [4.8, '同比下降4.8%']], 'planted: 范围二 65,280 -> 68,420吨 rose 4.8%, 二（二） says 同比下降4.8% (the direction turned; 表4 says +4.8, the English rose 4.8%)'),
  across(LZ, [[4.8, '同比下降4.8%']], LE, [[4.8, 'rose 4.8% to 68,420']], 'the same slip: the Chinese 范围二 同比下降4.8%, the English Scope 2 rose 4.8%'),
  // (added in session 42, a relation of the planted slip the key had left out: the text's rate against the row's own 同比 cell, as batch 50 keys it)
  entry(LZ, 'consistency', false, [[4.8, '同比下降4.8%'], [4.8, LZ4_S2]], 'the same slip: 二（二）\'s 范围二 同比下降4.8%, 表4\'s 同比 +4.8'),
  entry(LZ, 'ratio', true, [[85_262, LZ4_TOTAL], [1_348, LZK_KM], [63.3, '每公里温室气体排放63.3吨']], '二（二）: 85,262吨 over 1,348公里 is the stated 63.3吨'),
  entry(LZ, 'ratio', true, [[83_266, LZ4_TOTAL], [1_326, LZK_KM], [62.8, '上年为62.8吨']], '二（二）: 2023 83,266 over 1,326公里 is the stated 62.8'),
  entry(LZ, 'ratio', true, [[85_262, LZK_GHG], [1_348, LZK_KM], [63.3, LZK_KMINT]], '关键绩效表 2024: 85,262 over 1,348 is its 63.3 (the 注\'s definition)'),
  entry(LZ, 'ratio', true, [[83_266, LZK_GHG], [1_326, LZK_KM], [62.8, LZK_KMINT]], '关键绩效表 2023: 83,266 over 1,326 is its 62.8'),
  entry(LZ, 'sum', true, [[6_320, LZ5_TOTAL], [3_264, LZ5_TOLL], [1_186, LZ5_MAINT], [842, LZ5_PATROL], [1_028, LZ5_MGT]], '表5 2024年: 3,264 + 1,186 + 842 + 1,028 = 6,320人'),
  entry(LZ, 'sum', true, [[6_308, LZ5_TOTAL], [3_312, LZ5_TOLL], [1_204, LZ5_MAINT], [806, LZ5_PATROL], [986, LZ5_MGT]], '表5 2023年: 3,312 + 1,204 + 806 + 986 = 6,308'),
  entry(LZ, 'ratio', true, [[3_264, LZ5_TOLL], [6_320, LZ5_TOTAL], [51.6, LZ5_TOLL]], '收费人员 3,264 of 6,320 is its 51.6%'),
  entry(LZ, 'ratio', true, [[1_186, LZ5_MAINT], [6_320, LZ5_TOTAL], [18.8, LZ5_MAINT]], '养护人员 1,186 of 6,320 is its 18.8%'),
  entry(LZ, 'ratio', true, [[842, LZ5_PATROL], [6_320, LZ5_TOTAL], [13.3, LZ5_PATROL]], '路政及应急救援 842 of 6,320 is its 13.3%'),
  entry(LZ, 'ratio', true, [[1_028, LZ5_MGT], [6_320, LZ5_TOTAL], [16.3, LZ5_MGT]], '管理及技术人员 1,028 of 6,320 is its 16.3%'),
  entry(LZ, 'sum', true, [[100, LZ5_TOTAL], [51.6, LZ5_TOLL], [18.8, LZ5_MAINT], [13.3, LZ5_PATROL], [16.3, LZ5_MGT]], '表5 占比 column: 51.6 + 18.8 + 13.3 + 16.3 = 100.0'),
  entry(LZ, 'change', true, [[3_312, LZ5_TOLL], [3_264, LZ5_TOLL], [-1.4, LZ5_TOLL]], '收费人员 3,312 -> 3,264 is its -1.4'),
  entry(LZ, 'change', true, [[1_204, LZ5_MAINT], [1_186, LZ5_MAINT], [-1.5, LZ5_MAINT]], '养护人员 1,204 -> 1,186 is its -1.5'),
  entry(LZ, 'change', true, [[806, LZ5_PATROL], [842, LZ5_PATROL], [4.5, LZ5_PATROL]], '路政及应急救援 806 -> 842 is its +4.5'),
  entry(LZ, 'change', true, [[986, LZ5_MGT], [1_028, LZ5_MGT], [4.3, LZ5_MGT]], '管理及技术人员 986 -> 1,028 is its +4.3'),
  entry(LZ, 'change', true, [[6_308, LZ5_TOTAL], [6_320, LZ5_TOTAL], [0.2, LZ5_TOTAL]], '合计 6,308 -> 6,320 is its +0.2'),
  entry(LZ, 'ratio', true, [[1_921, '其中女性员工1,921人'], [6_320, '公司在册员工6,320人'], [30.4, '占员工总数的30.4%']], '三（一）: 女性员工 1,921 of 6,320 is the stated 30.4%'),
  entry(LZ, 'ratio', true, [[1_921, '其中女性员工1,921人'], [6_320, LZK_STAFF], [30.4, LZK_WOMEN]], '关键绩效表 2024: 女性 1,921 of 6,320 is its 30.4 (the 注\'s definition)'),
  entry(LZ, 'change', true, [[29.4, '较上年的29.4%'], [30.4, '占员工总数的30.4%'], [1.0, '提升1.0个百分点']], '三（一）: 女性员工占比 29.4% -> 30.4% is the stated 提升1.0个百分点'),
  entry(LZ, 'ratio', true, [[22.6 * WAN, '培训总时长22.6万小时'], [6_320, '公司在册员工6,320人'], [35.8, '人均培训35.8小时']], '三（一）: 22.6万小时 over 6,320人 is the stated 人均35.8小时'),
  entry(LZ, 'ratio', true, [[3, '发生损工事故3起'], [1_246 * WAN, '总工时1,246万小时'], [0.24, '损工事故率为0.24']], '三（二）: 3 over 1,246万工时 is the stated 0.24 (the 注\'s definition)'),
  entry(LZ, 'ratio', true, [[5, '2023年：5起'], [1_208 * WAN, '1,208万小时'], [0.41, '1,208万小时，0.41']], '三（二）: 2023 5 over 1,208万工时 is the stated 0.41'),

  entry(LE, 'sum', true, [[6_058 * M, LE1_TOTAL], [4_836 * M, LE1_TOLL], [684 * M, LE1_SA], [192 * M, LE1_AD], [346 * M, LE1_MAINT]], 'English Table 1 2024: 4,836 + 684 + 192 + 346 = 6,058 RMB million (the of-which row not a part)'),
  entry(LE, 'sum', true, [[5_630 * M, LE1_TOTAL], [4_512 * M, LE1_TOLL], [602 * M, LE1_SA], [206 * M, LE1_AD], [310 * M, LE1_MAINT]], 'English Table 1 2023: 4,512 + 602 + 206 + 310 = 5,630'),
  entry(LE, 'ratio', true, [[4_836 * M, LE1_TOLL], [6_058 * M, LE1_TOTAL], [79.8, LE1_TOLL]], 'Tolls 4,836 of 6,058 is its 79.8%'),
  entry(LE, 'ratio', true, [[684 * M, LE1_SA], [6_058 * M, LE1_TOTAL], [11.3, LE1_SA]], 'Service areas 684 of 6,058 is its 11.3%'),
  entry(LE, 'ratio', true, [[412 * M, LE1_FUEL], [6_058 * M, LE1_TOTAL], [6.8, LE1_FUEL]], 'of which fuel stations 412 of 6,058 is its 6.8%'),
  entry(LE, 'ratio', true, [[192 * M, LE1_AD], [6_058 * M, LE1_TOTAL], [3.2, LE1_AD]], 'Advertising and other 192 of 6,058 is its 3.2%'),
  entry(LE, 'ratio', true, [[346 * M, LE1_MAINT], [6_058 * M, LE1_TOTAL], [5.7, LE1_MAINT]], 'Road maintenance services 346 of 6,058 is its 5.7%'),
  entry(LE, 'sum', true, [[100, LE1_TOTAL], [79.8, LE1_TOLL], [11.3, LE1_SA], [3.2, LE1_AD], [5.7, LE1_MAINT]], 'English Table 1 Share column: 79.8 + 11.3 + 3.2 + 5.7 = 100.0'),
  entry(LE, 'change', true, [[4_512 * M, LE1_TOLL], [4_836 * M, LE1_TOLL], [7.2, LE1_TOLL]], 'Tolls 4,512 -> 4,836 is its +7.2'),
  entry(LE, 'change', true, [[602 * M, LE1_SA], [684 * M, LE1_SA], [13.6, LE1_SA]], 'Service areas 602 -> 684 is its +13.6'),
  entry(LE, 'change', true, [[368 * M, LE1_FUEL], [412 * M, LE1_FUEL], [12.0, LE1_FUEL]], 'of which fuel stations 368 -> 412 is its +12.0'),
  entry(LE, 'change', true, [[206 * M, LE1_AD], [192 * M, LE1_AD], [-6.8, LE1_AD]], 'Advertising and other 206 -> 192 is its -6.8'),
  entry(LE, 'change', true, [[310 * M, LE1_MAINT], [346 * M, LE1_MAINT], [11.6, LE1_MAINT]], 'Road maintenance services 310 -> 346 is its +11.6'),
  entry(LE, 'change', true, [[5_630 * M, LE1_TOTAL], [6_058 * M, LE1_TOTAL], [7.6, LE1_TOTAL]], 'Total 5,630 -> 6,058 is its +7.6'),
  entry(LE, 'change', true, [[5_630 * M, 'than the RMB5,630 million'], [6_058 * M, 'Revenue was RMB6,058 million'], [7.6, '7.6% more']], '1.1: revenue 5,630 -> 6,058 RMB million is the stated 7.6% more'),
  entry(LE, 'change', true, [[5_630 * M, LE1_TOTAL], [6_058 * M, 'grew 7.6% to RMB6,058 million'], [7.6, 'Revenue grew 7.6%']], 'the Chairman\'s `Revenue grew 7.6% to RMB6,058 million`'),
  entry(LE, 'ratio', true, [[4_836 * M, LE1_TOLL], [6_058 * M, 'Revenue was RMB6,058 million'], [79.8, 'at\n79.8% of the total']], '1.1: tolls 4,836 of 6,058 RMB million are the stated 79.8%'),
  entry(LE, 'change', true, [[602 * M, LE1_SA], [684 * M, 'grew 13.6% to RMB684 million'], [13.6, 'Service-area revenue grew 13.6%']], '1.1: service-area revenue 602 -> 684 RMB million is the stated 13.6%'),
  entry(LE, 'ratio', true, [[412 * M, 'brought in RMB412 million'], [684 * M, 'grew 13.6% to RMB684 million'], [60.2, '60.2% of\nthe service-area total']], '1.1: fuel stations 412 of 684 RMB million are the stated 60.2%'),
  entry(LE, 'consistency', false, [[48.36 * B, 'toll revenue of RMB48.36 billion'], [4_836 * M, LE1_TOLL]], 'planted: the Chairman\'s `toll revenue of RMB48.36 billion`, Table 1\'s Tolls RMB4,836 million (48.36亿元 read as billions: a scale slip)'),
  entry(LE, 'consistency', false, [[48.36 * B, 'toll revenue of RMB48.36 billion'], [4_836 * M, LEK_TOLL]], 'the same slip: `RMB48.36 billion`, the key table\'s Toll revenue 4,836 RMB million'),
  across(LE, [[48.36 * B, 'toll revenue of RMB48.36 billion']], LZ, [[48.36 * YI, '其中通行费收入48.36亿元']], 'the same slip: the English `RMB48.36 billion`, the Chinese 致辞\'s 通行费收入48.36亿元 (RMB4,836 million)'),
  entry(LE, 'change', false, [[4_512 * M, LE1_TOLL], [48.36 * B, 'toll revenue of RMB48.36 billion'], [7.2, 'was up 7.2%']], 'the same slip: RMB4,512 million -> RMB48.36 billion is not the stated `up 7.2%` (on 4,836 million it is)'),
  entry(LE, 'sum', true, [[250.7 * M, LE2_TOTAL], [186.42 * M, LE2_CAR], [64.28 * M, LE2_TRUCK]], 'English Table 2 2024: 186.42 + 64.28 = 250.70 million vehicle trips'),
  entry(LE, 'sum', true, [[237.18 * M, LE2_TOTAL], [172.06 * M, LE2_CAR], [65.12 * M, LE2_TRUCK]], 'English Table 2 2023: 172.06 + 65.12 = 237.18'),
  entry(LE, 'ratio', true, [[186.42 * M, LE2_CAR], [250.7 * M, LE2_TOTAL], [74.4, LE2_CAR]], 'Passenger vehicles 186.42 of 250.70 is its 74.4%'),
  entry(LE, 'ratio', true, [[64.28 * M, LE2_TRUCK], [250.7 * M, LE2_TOTAL], [25.6, LE2_TRUCK]], 'Trucks 64.28 of 250.70 is its 25.6%'),
  entry(LE, 'sum', true, [[100, LE2_TOTAL], [74.4, LE2_CAR], [25.6, LE2_TRUCK]], 'English Table 2 Share column: 74.4 + 25.6 = 100.0'),
  entry(LE, 'ratio', true, [[21.86 * M, LE2_NEV], [250.7 * M, LE2_TOTAL], [8.7, LE2_NEV]], 'of which new energy vehicles 21.86 of 250.70 is its 8.7%'),
  entry(LE, 'change', true, [[172.06 * M, LE2_CAR], [186.42 * M, LE2_CAR], [8.3, LE2_CAR]], 'Passenger vehicles 172.06 -> 186.42 is its +8.3'),
  entry(LE, 'change', true, [[65.12 * M, LE2_TRUCK], [64.28 * M, LE2_TRUCK], [-1.3, LE2_TRUCK]], 'Trucks 65.12 -> 64.28 is its -1.3'),
  entry(LE, 'change', true, [[237.18 * M, LE2_TOTAL], [250.7 * M, LE2_TOTAL], [5.7, LE2_TOTAL]], 'Total 237.18 -> 250.70 is its +5.7'),
  entry(LE, 'change', true, [[13.24 * M, LE2_NEV], [21.86 * M, LE2_NEV], [65.1, LE2_NEV]], 'of which new energy vehicles 13.24 -> 21.86 is its +65.1'),
  entry(LE, 'change', true, [[172.06 * M, LE2_CAR], [186.42 * M, LE2_CAR], [8.3, 'Passenger traffic rose 8.3%']], '1.2: passenger traffic rose 8.3%'),
  entry(LE, 'change', true, [[65.12 * M, LE2_TRUCK], [64.28 * M, LE2_TRUCK], [1.3, 'truck traffic fell 1.3%']], '1.2: truck traffic fell 1.3%'),
  entry(LE, 'change', true, [[13.24 * M, LE2_NEV], [21.86 * M, 'grew 65.1% to 21.86 million'], [65.1, 'vehicles grew 65.1%']], '1.2: trips by new energy vehicles 13.24 -> 21.86 million is the stated 65.1%'),
  entry(LE, 'ratio', true, [[21.86 * M, 'grew 65.1% to 21.86 million'], [250.7 * M, LE2_TOTAL], [8.7, '8.7% of all traffic against']], '1.2: 21.86 of 250.70 million trips is the stated 8.7%'),
  entry(LE, 'ratio', true, [[13.24 * M, LE2_NEV], [237.18 * M, LE2_TOTAL], [5.6, 'against 5.6% in 2023']], '1.2: 2023 13.24 of 237.18 is the stated 5.6%'),
  entry(LE, 'ratio', true, [[21.86 * M, 'They made 21.86 million trips'], [250.7 * M, 'rose 5.7% to 250.70'], [8.7, 'trips on the network, 8.7%']], 'the Chairman\'s 21.86 million trips, 8.7% of all traffic'),
  entry(LE, 'change', true, [[237.18 * M, LE2_TOTAL], [250.7 * M, 'rose 5.7% to 250.70'], [5.7, 'network rose 5.7%']], 'the Chairman\'s `traffic on our network rose 5.7% to 250.70 million vehicle trips`'),
  entry(LE, 'change', false, [[78.6, 'percentage points from 78.6%'], [84.2, 'used for 84.2% of trips'], [6.5, 'up 6.5 percentage points']], 'planted: ETC usage 78.6% -> 84.2% is up 5.6 percentage points, 1.2 says 6.5 (digits swapped)'),
  across(LE, [[6.5, 'up 6.5 percentage points']], LZ, [[5.6, '提升5.6个百分点']], 'the same slip: the English `up 6.5 percentage points`, the Chinese 提升5.6个百分点'),
  entry(LE, 'sum', true, [[21_502, LE3_TOTAL], [14_286, LE3_EL], [2_146, LE3_PETROL], [3_862, LE3_DIESEL], [1_208, LE3_GAS]], 'English Table 3 2024: 14,286 + 2,146 + 3,862 + 1,208 = 21,502 tce'),
  entry(LE, 'sum', true, [[21_164, LE3_TOTAL], [13_624, LE3_EL], [2_318, LE3_PETROL], [4_126, LE3_DIESEL], [1_096, LE3_GAS]], 'English Table 3 2023: 13,624 + 2,318 + 4,126 + 1,096 = 21,164'),
  entry(LE, 'change', true, [[13_624, LE3_EL], [14_286, LE3_EL], [4.9, LE3_EL]], 'Electricity 13,624 -> 14,286 is its +4.9'),
  entry(LE, 'change', true, [[2_318, LE3_PETROL], [2_146, LE3_PETROL], [-7.4, LE3_PETROL]], 'Petrol 2,318 -> 2,146 is its -7.4'),
  entry(LE, 'change', true, [[4_126, LE3_DIESEL], [3_862, LE3_DIESEL], [-6.4, LE3_DIESEL]], 'Diesel 4,126 -> 3,862 is its -6.4'),
  entry(LE, 'change', true, [[1_096, LE3_GAS], [1_208, LE3_GAS], [10.2, LE3_GAS]], 'Natural gas 1,096 -> 1,208 is its +10.2'),
  entry(LE, 'change', true, [[21_164, LE3_TOTAL], [21_502, LE3_TOTAL], [1.6, LE3_TOTAL]], 'Total 21,164 -> 21,502 is its +1.6'),
  entry(LE, 'change', true, [[21_164, LE3_TOTAL], [21_502, 'rose 1.6% to 21,502 tce'], [1.6, 'Energy consumption rose 1.6%']], '2.1: energy consumption rose 1.6% to 21,502 tce'),
  entry(LE, 'ratio', true, [[14_286, 'Electricity accounted for 14,286'], [21_502, 'rose 1.6% to 21,502 tce'], [66.4, 'tce, 66.4% of the total']], '2.1: electricity 14,286 of 21,502 tce is the stated 66.4%'),
  entry(LE, 'ratio', true, [[28.64, 'solar\ngenerated 28.64 GWh'], [116.24, 'We used 116.24 GWh'], [24.6, 'equal to 24.6% of it']], '2.1: solar 28.64 of 116.24 GWh is the stated 24.6%'),
  entry(LE, 'change', true, [[4_126, LE3_DIESEL], [3_862, LE3_DIESEL], [6.4, 'maintenance vehicles fell 6.4%']], '2.1: diesel use fell 6.4%'),
  entry(LE, 'ratio', true, [[21_502, LE3_TOTAL], [6_058 * M, LE1_TOTAL], [3.55, 'Energy intensity was 3.55']], '2.1: 21,502 tce over RMB6,058 million is the stated 3.55 tce per RMB million'),
  entry(LE, 'ratio', true, [[21_164, LE3_TOTAL], [5_630 * M, LE1_TOTAL], [3.76, 'against 3.76 tce in 2023']], '2.1: 2023 21,164 over 5,630 is the stated 3.76'),
  entry(LE, 'ratio', true, [[21_502, LE3_TOTAL], [6_058 * M, 'grew 7.6% to RMB6,058 million'], [3.55, 'fell to 3.55 tce']], 'the Chairman\'s energy use per RMB million of revenue fell to 3.55 tce'),
  entry(LE, 'ratio', false, [[21_502, LEK_ENERGY], [6_058 * M, LEK_REV], [3.76, LEK_EINT]], 'planted: key table 2024: 21,502 tce over RMB6,058 million is 3.55 (the note\'s definition), its 2024 cell 3.76 (last year\'s value restated)'),
  entry(LE, 'ratio', true, [[21_164, LEK_ENERGY], [5_630 * M, LEK_REV], [3.76, 'tce per RMB million         3.76          3.76']], 'key table 2023: 21,164 over 5,630 is its 3.76'),
  entry(LE, 'consistency', false, [[3.76, LEK_EINT], [3.55, 'Energy intensity was 3.55']], 'the same slip: the key table\'s 2024 3.76, 2.1\'s 3.55 tce per RMB million'),
  entry(LE, 'consistency', false, [[3.76, LEK_EINT], [3.55, 'fell to 3.55 tce']], 'the same slip: the key table\'s 2024 3.76, the Chairman\'s 3.55 tce'),
  across(LE, [[3.76, LEK_EINT]], LZ, [[35.5, LZK_EINT]], 'the same slip: the English key table\'s 2024 3.76 tce per RMB million, the Chinese 关键绩效表\'s 35.5千克标准煤/万元 (3.55 tce per RMB million)'),
  entry(LE, 'sum', true, [[85_262, LE4_TOTAL], [16_842, LE4_S1], [68_420, LE4_S2]], 'English Table 4 2024: 16,842 + 68,420 = 85,262 tCO2e'),
  entry(LE, 'sum', true, [[83_266, LE4_TOTAL], [17_986, LE4_S1], [65_280, LE4_S2]], 'English Table 4 2023: 17,986 + 65,280 = 83,266'),
  entry(LE, 'change', true, [[17_986, LE4_S1], [16_842, LE4_S1], [-6.4, LE4_S1]], 'Scope 1 17,986 -> 16,842 is its -6.4'),
  entry(LE, 'change', true, [[65_280, LE4_S2], [68_420, LE4_S2], [4.8, LE4_S2]], 'Scope 2 65,280 -> 68,420 is its +4.8'),
  entry(LE, 'change', true, [[83_266, LE4_TOTAL], [85_262, LE4_TOTAL], [2.4, LE4_TOTAL]], 'Total 83,266 -> 85,262 is its +2.4'),
  entry(LE, 'change', true, [[17_986, LE4_S1], [16_842, LE4_S1], [6.4, 'standby generators, fell 6.4%']], '2.2: Scope 1 fell 6.4%'),
  entry(LE, 'change', true, [[65_280, LE4_S2], [68_420, 'rose 4.8% to 68,420'], [4.8, 'emissions rose 4.8%']], '2.2: Scope 2 rose 4.8% to 68,420 tCO2e'),
  entry(LE, 'ratio', true, [[85_262, LE4_TOTAL], [1_348, LEK_KM], [63.3, 'emissions were 63.3 tCO2e']], '2.2: 85,262 tCO2e over 1,348 km is the stated 63.3'),
  entry(LE, 'ratio', true, [[83_266, LE4_TOTAL], [1_326, LEK_KM], [62.8, 'against 62.8 tCO2e in 2023']], '2.2: 2023 83,266 over 1,326 km is the stated 62.8'),
  entry(LE, 'ratio', true, [[85_262, LEK_GHG], [1_348, LEK_KM], [63.3, LEK_KMINT]], 'key table 2024: 85,262 over 1,348 is its 63.3 (the note\'s definition)'),
  entry(LE, 'ratio', true, [[83_266, LEK_GHG], [1_326, LEK_KM], [62.8, LEK_KMINT]], 'key table 2023: 83,266 over 1,326 is its 62.8'),
  entry(LE, 'sum', true, [[6_320, LE5_TOTAL], [3_264, LE5_TOLL], [1_186, LE5_MAINT], [842, LE5_PATROL], [1_028, LE5_MGT]], 'English Table 5 2024: 3,264 + 1,186 + 842 + 1,028 = 6,320'),
  entry(LE, 'sum', true, [[6_308, LE5_TOTAL], [3_312, LE5_TOLL], [1_204, LE5_MAINT], [806, LE5_PATROL], [986, LE5_MGT]], 'English Table 5 2023: 3,312 + 1,204 + 806 + 986 = 6,308'),
  entry(LE, 'ratio', true, [[3_264, LE5_TOLL], [6_320, LE5_TOTAL], [51.6, LE5_TOLL]], 'Toll collection 3,264 of 6,320 is its 51.6%'),
  entry(LE, 'ratio', true, [[1_186, LE5_MAINT], [6_320, LE5_TOTAL], [18.8, LE5_MAINT]], 'Road maintenance 1,186 of 6,320 is its 18.8%'),
  entry(LE, 'ratio', true, [[842, LE5_PATROL], [6_320, LE5_TOTAL], [13.3, LE5_PATROL]], 'Road administration and emergency response 842 of 6,320 is its 13.3%'),
  entry(LE, 'ratio', true, [[1_028, LE5_MGT], [6_320, LE5_TOTAL], [16.3, LE5_MGT]], 'Management and technical 1,028 of 6,320 is its 16.3%'),
  entry(LE, 'sum', true, [[100, LE5_TOTAL], [51.6, LE5_TOLL], [18.8, LE5_MAINT], [13.3, LE5_PATROL], [16.3, LE5_MGT]], 'English Table 5 Share column: 51.6 + 18.8 + 13.3 + 16.3 = 100.0'),
  entry(LE, 'change', true, [[3_312, LE5_TOLL], [3_264, LE5_TOLL], [-1.4, LE5_TOLL]], 'Toll collection 3,312 -> 3,264 is its -1.4'),
  entry(LE, 'change', true, [[1_204, LE5_MAINT], [1_186, LE5_MAINT], [-1.5, LE5_MAINT]], 'Road maintenance 1,204 -> 1,186 is its -1.5'),
  entry(LE, 'change', true, [[806, LE5_PATROL], [842, LE5_PATROL], [4.5, LE5_PATROL]], 'Road administration and emergency response 806 -> 842 is its +4.5'),
  entry(LE, 'change', true, [[986, LE5_MGT], [1_028, LE5_MGT], [4.3, LE5_MGT]], 'Management and technical 986 -> 1,028 is its +4.3'),
  entry(LE, 'change', true, [[6_308, LE5_TOTAL], [6_320, LE5_TOTAL], [0.2, LE5_TOTAL]], 'Total 6,308 -> 6,320 is its +0.2'),
  entry(LE, 'ratio', true, [[1_921, '1,921 of them women'], [6_320, 'we employed 6,320 people'], [30.4, 'women (30.4%']], '3.1: women 1,921 of 6,320 are the stated 30.4%'),
  entry(LE, 'ratio', true, [[1_921, '1,921 of them women'], [6_320, LEK_STAFF], [30.4, LEK_WOMEN]], 'key table 2024: women 1,921 of 6,320 is its 30.4 (the note\'s definition)'),
  entry(LE, 'change', true, [[29.4, 'percentage point from 29.4%'], [30.4, 'women (30.4%'], [1.0, 'up 1.0 percentage point']], '3.1: women 29.4% -> 30.4% is the stated up 1.0 percentage point'),
  entry(LE, 'consistency', false, [[30, 'nearly 30% are women'], [30.4, 'women (30.4%']], 'planted: the Chairman\'s `nearly 30% are women`, 3.1\'s 30.4% (a turned qualifier: more than 30%, as the Chinese 致辞\'s 超过30% says)'),
  entry(LE, 'consistency', false, [[30, 'nearly 30% are women'], [30.4, LEK_WOMEN]], 'the same slip: `nearly 30%`, the key table\'s 30.4'),
  across(LE, [[30, 'nearly 30% are women']], LZ, [[30.4, '占员工总数的30.4%']], 'the same slip: the English `nearly 30%`, the Chinese 三（一）\'s 30.4%'),
  entry(LE, 'ratio', true, [[226 * K, 'received 226 thousand hours'], [6_320, 'we employed 6,320 people'], [35.8, '35.8 hours each']], '3.1: 226 thousand hours over 6,320 employees is the stated 35.8'),
  entry(LE, 'ratio', true, [[3, 'We recorded 3 lost-time'], [12.46 * M, 'in 12.46 million hours'], [0.24, 'rate (LTIFR) of 0.24']], '3.2: 3 over 12.46 million hours is the stated 0.24 (the note\'s definition)'),
  entry(LE, 'ratio', true, [[5, '(2023: 5\ninjuries'], [12.08 * M, '12.08 million hours'], [0.41, 'million hours, 0.41']], '3.2: 2023 5 over 12.08 million hours is the stated 0.41'),

  // 澜港燃气: a Chinese city gas distributor's 社会责任报告 (zh only, 2024)
  entry(LG, 'sum', true, [[205_500 * WAN, G1_TOTAL], [48_620 * WAN, G1_RES], [86_240 * WAN, G1_IND], [62_180 * WAN, G1_POWER], [8_460 * WAN, G1_CNG]], '表1 2024年: 48,620 + 86,240 + 62,180 + 8,460 = 205,500万立方米'),
  entry(LG, 'sum', false, [[198_500 * WAN, G1_TOTAL], [46_180 * WAN, G1_RES], [82_460 * WAN, G1_IND], [57_840 * WAN, G1_POWER], [9_320 * WAN, G1_CNG]], 'planted: 表1 2023年 46,180 + 82,460 + 57,840 + 9,320 = 195,800万立方米, its 合计 198,500 (digits swapped; the 关键绩效表 says 195,800)'),
  entry(LG, 'ratio', true, [[48_620 * WAN, G1_RES], [205_500 * WAN, G1_TOTAL], [23.7, G1_RES]], '居民 48,620 of 205,500 is its 23.7%'),
  entry(LG, 'ratio', true, [[86_240 * WAN, G1_IND], [205_500 * WAN, G1_TOTAL], [42.0, G1_IND]], '工商业 86,240 of 205,500 is its 42.0%'),
  entry(LG, 'ratio', true, [[62_180 * WAN, G1_POWER], [205_500 * WAN, G1_TOTAL], [30.3, G1_POWER]], '电厂及供热 62,180 of 205,500 is its 30.3%'),
  entry(LG, 'ratio', true, [[8_460 * WAN, G1_CNG], [205_500 * WAN, G1_TOTAL], [4.1, G1_CNG]], '车用 8,460 of 205,500 is its 4.1%'),
  entry(LG, 'sum', true, [[100, G1_TOTAL], [23.7, G1_RES], [42.0, G1_IND], [30.3, G1_POWER], [4.1, G1_CNG]], '表1 占比 column: 23.7 + 42.0 + 30.3 + 4.1 = 100.1, its 100.0 (within the rounding of four shares)'),
  entry(LG, 'change', true, [[46_180 * WAN, G1_RES], [48_620 * WAN, G1_RES], [5.3, G1_RES]], '居民 46,180 -> 48,620 is its +5.3'),
  entry(LG, 'change', true, [[82_460 * WAN, G1_IND], [86_240 * WAN, G1_IND], [4.6, G1_IND]], '工商业 82,460 -> 86,240 is its +4.6'),
  entry(LG, 'change', true, [[57_840 * WAN, G1_POWER], [62_180 * WAN, G1_POWER], [7.5, G1_POWER]], '电厂及供热 57,840 -> 62,180 is its +7.5'),
  entry(LG, 'change', true, [[9_320 * WAN, G1_CNG], [8_460 * WAN, G1_CNG], [-9.2, G1_CNG]], '车用 9,320 -> 8,460 is its -9.2'),
  entry(LG, 'change', false, [[198_500 * WAN, G1_TOTAL], [205_500 * WAN, G1_TOTAL], [5.0, G1_TOTAL]], 'the same slip: 合计 198,500 -> 205,500 is +3.5%, its 同比 +5.0 (computed on 195,800)'),
  entry(LG, 'consistency', false, [[198_500 * WAN, G1_TOTAL], [195_800 * WAN, GK_VOL]], 'the same slip: 表1\'s 2023 合计 198,500万立方米, the 关键绩效表\'s 195,800'),
  entry(LG, 'change', true, [[195_800 * WAN, GK_VOL], [20.55 * YI, '天然气销售量20.55亿立方米'], [5.0, '同比增长5.0%。工商业']], '一（一）: 天然气销售量 195,800万 -> 20.55亿立方米 is the stated 同比增长5.0% (on the 关键绩效表\'s 2023 figure)'),
  entry(LG, 'ratio', true, [[86_240 * WAN, '工商业用户用气量86,240万立方米'], [205_500 * WAN, G1_TOTAL], [42.0, '占销售总量的42.0%']], '一（一）: 工商业 86,240 of 205,500万立方米 is the stated 42.0%'),
  entry(LG, 'change', true, [[57_840 * WAN, G1_POWER], [62_180 * WAN, G1_POWER], [7.5, '同比增长7.5%；车用']], '一（一）: 电厂及供热用气同比增长7.5%'),
  entry(LG, 'change', true, [[9_320 * WAN, G1_CNG], [8_460 * WAN, G1_CNG], [9.2, '同比下降9.2%。\n居民']], '一（一）: 车用天然气同比下降9.2%'),
  entry(LG, 'ratio', false, [[48_620 * WAN, '居民用气48,620万立方米'], [205_500 * WAN, G1_TOTAL], [24.8, '占销售总量的24.8%']], 'planted: 一（一）\'s 居民 48,620 of 205,500万立方米 is 23.7%, it says 24.8% (taken over 2023\'s 195,800: the wrong denominator)'),
  entry(LG, 'consistency', false, [[24.8, '占销售总量的24.8%'], [23.7, G1_RES]], 'the same slip: 一（一）\'s 居民 24.8%, 表1\'s 占比 23.7'),
  entry(LG, 'consistency', false, [[19.58 * YI, '全年销售天然气19.58亿立方米'], [20.55 * YI, '天然气销售量20.55亿立方米']], 'planted: the 致辞\'s 销售天然气19.58亿立方米 (2023\'s 195,800万 restated), 一（一）\'s 20.55亿立方米'),
  entry(LG, 'consistency', false, [[19.58 * YI, '全年销售天然气19.58亿立方米'], [205_500 * WAN, G1_TOTAL]], 'the same slip: the 致辞\'s 19.58亿立方米, 表1\'s 2024 合计 205,500万立方米'),
  entry(LG, 'consistency', false, [[19.58 * YI, '全年销售天然气19.58亿立方米'], [205_500 * WAN, GK_VOL]], 'the same slip: the 致辞\'s 19.58亿立方米, the 关键绩效表\'s 2024 205,500万立方米'),
  entry(LG, 'change', true, [[3.47, '较上年的3.47%'], [2.73, '供销差率2.73%，较上年'], [0.74, '下降0.74个百分点']], '一（一）: 供销差率 3.47% -> 2.73% is the stated 下降0.74个百分点'),
  entry(LG, 'sum', true, [[82.7 * YI, G2_TOTAL], [68.42 * YI, G2_GAS], [9.86 * YI, G2_CONN], [3.24 * YI, G2_VAS], [1.18 * YI, G2_OT]], '表2 2024年: 68.42 + 9.86 + 3.24 + 1.18 = 82.70亿元'),
  entry(LG, 'sum', true, [[79.18 * YI, G2_TOTAL], [64.36 * YI, G2_GAS], [11.02 * YI, G2_CONN], [2.68 * YI, G2_VAS], [1.12 * YI, G2_OT]], '表2 2023年: 64.36 + 11.02 + 2.68 + 1.12 = 79.18'),
  entry(LG, 'ratio', true, [[68.42 * YI, G2_GAS], [82.7 * YI, G2_TOTAL], [82.7, G2_GAS]], '燃气销售 68.42 of 82.70 is its 82.7% (the same digits as the 合计 82.70亿元)'),
  entry(LG, 'ratio', true, [[9.86 * YI, G2_CONN], [82.7 * YI, G2_TOTAL], [11.9, G2_CONN]], '接驳安装 9.86 of 82.70 is its 11.9%'),
  entry(LG, 'ratio', true, [[3.24 * YI, G2_VAS], [82.7 * YI, G2_TOTAL], [3.9, G2_VAS]], '增值服务 3.24 of 82.70 is its 3.9%'),
  entry(LG, 'ratio', true, [[1.18 * YI, G2_OT], [82.7 * YI, G2_TOTAL], [1.4, G2_OT]], '其他 1.18 of 82.70 is its 1.4%'),
  entry(LG, 'sum', true, [[100, G2_TOTAL], [82.7, G2_GAS], [11.9, G2_CONN], [3.9, G2_VAS], [1.4, G2_OT]], '表2 占比 column: 82.7 + 11.9 + 3.9 + 1.4 = 99.9, its 100.0 (within rounding)'),
  entry(LG, 'change', true, [[64.36 * YI, G2_GAS], [68.42 * YI, G2_GAS], [6.3, G2_GAS]], '燃气销售 64.36 -> 68.42 is its +6.3'),
  entry(LG, 'change', true, [[11.02 * YI, G2_CONN], [9.86 * YI, G2_CONN], [-10.5, G2_CONN]], '接驳安装 11.02 -> 9.86 is its -10.5'),
  entry(LG, 'change', true, [[2.68 * YI, G2_VAS], [3.24 * YI, G2_VAS], [20.9, G2_VAS]], '增值服务 2.68 -> 3.24 is its +20.9'),
  entry(LG, 'change', true, [[1.12 * YI, G2_OT], [1.18 * YI, G2_OT], [5.4, G2_OT]], '其他 1.12 -> 1.18 is its +5.4'),
  entry(LG, 'change', true, [[79.18 * YI, G2_TOTAL], [82.7 * YI, G2_TOTAL], [4.4, G2_TOTAL]], '合计 79.18 -> 82.70 is its +4.4'),
  entry(LG, 'change', true, [[79.18 * YI, G2_TOTAL], [82.7 * YI, '集团实现营业收入82.70亿元'], [4.4, '同比增长4.4%。其中']], '一（二）: 营业收入 79.18 -> 82.70亿元 is the stated 同比增长4.4%'),
  entry(LG, 'change', true, [[79.18 * YI, G2_TOTAL], [82.7 * YI, '实现营业收入82.70亿元，\n同比'], [4.4, '同比增长4.4%。\n\n安全']], 'the 致辞\'s 营业收入82.70亿元，同比增长4.4%'),
  entry(LG, 'change', false, [[64.36 * YI, G2_GAS], [68.42 * YI, '燃气销售收入68.42亿元'], [3.6, '同比增长3.6%']], 'planted: 燃气销售收入 64.36 -> 68.42亿元 is +6.3%, 一（二） says 同比增长3.6% (digits swapped)'),
  entry(LG, 'consistency', false, [[3.6, '同比增长3.6%'], [6.3, G2_GAS]], 'the same slip: 一（二）\'s 燃气销售 同比增长3.6%, 表2\'s 同比 +6.3'),
  entry(LG, 'change', true, [[11.02 * YI, G2_CONN], [9.86 * YI, G2_CONN], [10.5, '接驳安装收入同比下降10.5%']], '一（二）: 接驳安装收入同比下降10.5%'),
  entry(LG, 'change', true, [[2.68 * YI, G2_VAS], [3.24 * YI, G2_VAS], [20.9, '服务收入同比增长20.9%']], '一（二）: 增值服务收入同比增长20.9%'),
  entry(LG, 'ratio', true, [[3.24 * YI, G2_VAS], [82.7 * YI, '集团实现营业收入82.70亿元'], [3.9, '占营业收入的3.9%']], '一（二）: 增值服务 3.24 of 82.70亿元 is the stated 3.9%'),
  entry(LG, 'change', true, [[246.2 * WAN, '较上年末的246.2万户'], [258.6 * WAN, '居民用户258.6万户'], [5.0, '万户增长5.0%']], '一（三）: 居民用户 246.2 -> 258.6万户 is the stated 增长5.0%'),
  entry(LG, 'change', true, [[12_086, '较上年末的12,086公里'], [12_648, '管网总长度12,648公里'], [4.7, '公里增长4.7%']], '一（三）: 管网 12,086 -> 12,648公里 is the stated 增长4.7%'),
  entry(LG, 'consistency', false, [[260 * WAN, '居民用户超过260万户'], [258.6 * WAN, '居民用户258.6万户']], 'planted: the 致辞\'s 居民用户超过260万户, 一（三）\'s 258.6万户 (a turned qualifier: 近 written 超过)'),
  entry(LG, 'consistency', false, [[260 * WAN, '居民用户超过260万户'], [258.6 * WAN, GK_USERS]], 'the same slip: the 致辞\'s 超过260万户, the 关键绩效表\'s 258.6万户'),
  entry(LG, 'ratio', true, [[246.8 * WAN, '入户安检246.8万户'], [258.6 * WAN, '居民用户258.6万户'], [95.4, '占居民用户总数的95.4%']], '二: 入户安检 246.8 of 258.6万户 is the stated 95.4%'),
  entry(LG, 'ratio', true, [[186, '完成老旧管网改造186公里，占'], [12_648, '管网总长度12,648公里'], [1.5, '占管网总长度的1.5%']], '二: 老旧管网改造 186 of 12,648公里 is the stated 1.5%'),
  entry(LG, 'change', true, [[52, '较上年的52起'], [38, '破坏管网事件38起'], [26.9, '下降26.9%']], '二: 第三方施工破坏 52 -> 38起 is the stated 下降26.9%'),
  entry(LG, 'ratio', true, [[3.42 * YI, '安全生产投入3.42亿元'], [82.7 * YI, G2_TOTAL], [4.1, '占营业收入的4.1%。我们']], '二: 安全生产投入 3.42 of 82.70亿元 is the stated 4.1%'),
  entry(LG, 'sum', true, [[57_900, G3_TOTAL], [38_620, G3_CH4], [6_420, G3_FUEL], [12_860, G3_S2]], '表3 2024年: 38,620 + 6,420 + 12,860 = 57,900吨'),
  entry(LG, 'sum', true, [[62_700, G3_TOTAL], [44_280, G3_CH4], [6_180, G3_FUEL], [12_240, G3_S2]], '表3 2023年: 44,280 + 6,180 + 12,240 = 62,700'),
  entry(LG, 'change', true, [[44_280, G3_CH4], [38_620, G3_CH4], [-12.8, G3_CH4]], '管网甲烷逸散 44,280 -> 38,620 is its -12.8'),
  entry(LG, 'change', true, [[6_180, G3_FUEL], [6_420, G3_FUEL], [3.9, G3_FUEL]], '自用燃料燃烧 6,180 -> 6,420 is its +3.9'),
  entry(LG, 'change', true, [[12_240, G3_S2], [12_860, G3_S2], [5.1, G3_S2]], '外购电力 12,240 -> 12,860 is its +5.1'),
  entry(LG, 'change', true, [[62_700, G3_TOTAL], [57_900, G3_TOTAL], [-7.7, G3_TOTAL]], '合计 62,700 -> 57,900 is its -7.7'),
  entry(LG, 'sum', true, [[45_040, '范围一排放合计45,040吨'], [38_620, G3_CH4], [6_420, G3_FUEL]], '三（一）: 范围一 38,620 + 6,420 = the stated 45,040吨'),
  entry(LG, 'ratio', true, [[38_620, G3_CH4], [45_040, '范围一排放合计45,040吨'], [85.7, '甲烷逸散占85.7%']], '三（一）: 甲烷逸散 38,620 of 范围一 45,040吨 is the stated 85.7%'),
  entry(LG, 'ratio', true, [[57_900, G3_TOTAL], [205_500 * WAN, G1_TOTAL], [281.8, '温室气体排放281.8千克']], '三（一）: 57,900吨 over 205,500万立方米 is the stated 281.8千克/万立方米'),
  entry(LG, 'ratio', true, [[62_700, G3_TOTAL], [195_800 * WAN, GK_VOL], [320.2, '上年为320.2千克']], '三（一）: 2023 62,700 over the 关键绩效表\'s 195,800万立方米 is the stated 320.2'),
  entry(LG, 'ratio', true, [[57_900, GK_GHG], [205_500 * WAN, GK_VOL], [281.8, GK_INT]], '关键绩效表 2024: 57,900 over 205,500 is its 281.8 (the 注\'s definition)'),
  entry(LG, 'ratio', true, [[62_700, GK_GHG], [195_800 * WAN, GK_VOL], [320.2, GK_INT]], '关键绩效表 2023: 62,700 over 195,800 is its 320.2'),
  entry(LG, 'sum', true, [[5_380, G4_TOTAL], [2_486, G4_OPS], [1_264, G4_CS], [948, G4_ENG], [682, G4_MGT]], '表4 2024年: 2,486 + 1,264 + 948 + 682 = 5,380人'),
  entry(LG, 'sum', true, [[5_280, G4_TOTAL], [2_418, G4_OPS], [1_302, G4_CS], [896, G4_ENG], [664, G4_MGT]], '表4 2023年: 2,418 + 1,302 + 896 + 664 = 5,280'),
  entry(LG, 'ratio', true, [[2_486, G4_OPS], [5_380, G4_TOTAL], [46.2, G4_OPS]], '运行维护 2,486 of 5,380 is its 46.2%'),
  entry(LG, 'ratio', false, [[1_264, G4_CS], [5_380, G4_TOTAL], [25.3, G4_CS]], 'planted: 客户服务 1,264 of 5,380 is 23.5%, its 占比 25.3 (digits swapped)'),
  entry(LG, 'ratio', true, [[948, G4_ENG], [5_380, G4_TOTAL], [17.6, G4_ENG]], '工程安装 948 of 5,380 is its 17.6%'),
  entry(LG, 'ratio', true, [[682, G4_MGT], [5_380, G4_TOTAL], [12.7, G4_MGT]], '管理及职能 682 of 5,380 is its 12.7%'),
  entry(LG, 'sum', false, [[100, G4_TOTAL], [46.2, G4_OPS], [25.3, G4_CS], [17.6, G4_ENG], [12.7, G4_MGT]], 'the same slip: 表4 占比 column 46.2 + 25.3 + 17.6 + 12.7 = 101.8, its 100.0'),
  entry(LG, 'change', true, [[2_418, G4_OPS], [2_486, G4_OPS], [2.8, G4_OPS]], '运行维护 2,418 -> 2,486 is its +2.8'),
  entry(LG, 'change', true, [[1_302, G4_CS], [1_264, G4_CS], [-2.9, G4_CS]], '客户服务 1,302 -> 1,264 is its -2.9'),
  entry(LG, 'change', true, [[896, G4_ENG], [948, G4_ENG], [5.8, G4_ENG]], '工程安装 896 -> 948 is its +5.8'),
  entry(LG, 'change', true, [[664, G4_MGT], [682, G4_MGT], [2.7, G4_MGT]], '管理及职能 664 -> 682 is its +2.7'),
  entry(LG, 'change', true, [[5_280, G4_TOTAL], [5_380, G4_TOTAL], [1.9, G4_TOTAL]], '合计 5,280 -> 5,380 is its +1.9'),
  entry(LG, 'change', true, [[5_280, G4_TOTAL], [5_380, '集团员工总数5,380人'], [1.9, '同比增长1.9%；女性']], '四: 员工总数 5,280 -> 5,380人 is the stated 同比增长1.9%'),
  entry(LG, 'ratio', true, [[1_486, '女性员工1,486人'], [5_380, '集团员工总数5,380人'], [27.6, '占27.6%']], '四: 女性员工 1,486 of 5,380 is the stated 27.6%'),
  entry(LG, 'ratio', true, [[1_486, '女性员工1,486人'], [5_380, GK_STAFF], [27.6, GK_WOMEN]], '关键绩效表 2024: 女性 1,486 of 5,380 is its 27.6 (the 注\'s definition)'),
  entry(LG, 'change', true, [[26.6, '较上年的26.6%'], [27.6, '占27.6%'], [1.0, '提升1.0个百分点']], '四: 女性员工占比 26.6% -> 27.6% is the stated 提升1.0个百分点'),
  entry(LG, 'ratio', true, [[2, '损工事故2起'], [1_062 * WAN, '总工时1,062万小时'], [0.19, '损工事故率0.19']], '四: 2 over 1,062万工时 is the stated 0.19 (the 注\'s definition)'),
  entry(LG, 'ratio', true, [[4, '2023年：4起'], [1_038 * WAN, '1,038万小时'], [0.39, '1,038万小时，0.39']], '四: 2023 4 over 1,038万工时 is the stated 0.39'),
  entry(LG, 'ratio', true, [[18.42 * YI, '本地供应商采购额18.42亿元'], [71.36 * YI, '采购总额71.36亿元'], [25.8, '占采购总额的25.8%']], '五（一）: 本地采购 18.42 of 71.36亿元 is the stated 25.8%'),
  entry(LG, 'change', true, [[586 * WAN, '较上年的586万元'], [624 * WAN, '公益捐赠支出624万元'], [6.5, '增长6.5%']], '五（三）: 公益捐赠 586 -> 624万元 is the stated 增长6.5%'),

  // Oum Rbia Fertilisers: a Moroccan phosphate fertiliser maker's sustainability report (English only, 2024)
  entry(OR, 'sum', true, [[4_420 * K, O1_TOTAL], [1_864.6 * K, O1_DAP], [1_126.4 * K, O1_MAP], [942.8 * K, O1_NPK], [486.2 * K, O1_TSP]], 'Table 1 2024: 1,864.6 + 1,126.4 + 942.8 + 486.2 = 4,420.0 thousand tonnes'),
  entry(OR, 'sum', true, [[4_280 * K, O1_TOTAL], [1_742.8 * K, O1_DAP], [1_208.2 * K, O1_MAP], [816.4 * K, O1_NPK], [512.6 * K, O1_TSP]], 'Table 1 2023: 1,742.8 + 1,208.2 + 816.4 + 512.6 = 4,280.0'),
  entry(OR, 'ratio', true, [[1_864.6 * K, O1_DAP], [4_420 * K, O1_TOTAL], [42.2, O1_DAP]], 'DAP 1,864.6 of 4,420.0 is its 42.2%'),
  entry(OR, 'ratio', true, [[1_126.4 * K, O1_MAP], [4_420 * K, O1_TOTAL], [25.5, O1_MAP]], 'MAP 1,126.4 of 4,420.0 is its 25.5%'),
  entry(OR, 'ratio', true, [[942.8 * K, O1_NPK], [4_420 * K, O1_TOTAL], [21.3, O1_NPK]], 'NPK blends 942.8 of 4,420.0 is its 21.3%'),
  entry(OR, 'ratio', true, [[486.2 * K, O1_TSP], [4_420 * K, O1_TOTAL], [11.0, O1_TSP]], 'TSP 486.2 of 4,420.0 is its 11.0%'),
  entry(OR, 'sum', true, [[100, O1_TOTAL], [42.2, O1_DAP], [25.5, O1_MAP], [21.3, O1_NPK], [11.0, O1_TSP]], 'Table 1 Share column: 42.2 + 25.5 + 21.3 + 11.0 = 100.0'),
  entry(OR, 'change', true, [[1_742.8 * K, O1_DAP], [1_864.6 * K, O1_DAP], [7.0, O1_DAP]], 'DAP 1,742.8 -> 1,864.6 is its +7.0'),
  entry(OR, 'change', true, [[1_208.2 * K, O1_MAP], [1_126.4 * K, O1_MAP], [-6.8, O1_MAP]], 'MAP 1,208.2 -> 1,126.4 is its -6.8'),
  entry(OR, 'change', true, [[816.4 * K, O1_NPK], [942.8 * K, O1_NPK], [15.5, O1_NPK]], 'NPK blends 816.4 -> 942.8 is its +15.5'),
  entry(OR, 'change', true, [[512.6 * K, O1_TSP], [486.2 * K, O1_TSP], [-5.2, O1_TSP]], 'TSP 512.6 -> 486.2 is its -5.2'),
  entry(OR, 'change', true, [[4_280 * K, O1_TOTAL], [4_420 * K, O1_TOTAL], [3.3, O1_TOTAL]], 'Total 4,280.0 -> 4,420.0 is its +3.3'),
  entry(OR, 'change', true, [[4_280 * K, O1_TOTAL], [4_420 * K, 'rose 3.3% to 4,420.0'], [3.3, 'Production rose 3.3%']], '1.1: production rose 3.3% to 4,420.0 thousand tonnes'),
  entry(OR, 'change', true, [[816.4 * K, O1_NPK], [942.8 * K, O1_NPK], [15.5, 'fastest, up 15.5%']], '1.1: NPK blends up 15.5%'),
  entry(OR, 'change', true, [[1_208.2 * K, O1_MAP], [1_126.4 * K, O1_MAP], [6.8, 'output fell 6.8%']], '1.1: MAP output fell 6.8%'),
  entry(OR, 'ratio', true, [[1_864.6 * K, O1_DAP], [4_420 * K, O1_TOTAL], [42.2, 'product at 42.2% of output']], '1.1: DAP 1,864.6 of 4,420.0 is the stated 42.2%'),
  entry(OR, 'consistency', false, [[4.28 * M, 'We produced 4.28 million tonnes'], [4_420 * K, O1_TOTAL]], 'planted: the Chief Executive\'s `We produced 4.28 million tonnes` (2023\'s 4,280.0 thousand restated), Table 1\'s 4,420.0 thousand tonnes'),
  entry(OR, 'consistency', false, [[4.28 * M, 'We produced 4.28 million tonnes'], [4_420 * K, OK_PROD]], 'the same slip: `4.28 million tonnes`, the key figures\' 4,420.0 thousand tonnes'),
  entry(OR, 'change', false, [[4_280 * K, O1_TOTAL], [4.28 * M, 'We produced 4.28 million tonnes'], [3.3, '3.3% more than in 2023']], 'the same slip: 4,280.0 thousand -> 4.28 million tonnes is no change, the Chief Executive says 3.3% more'),
  entry(OR, 'sum', false, [[21_346 * M, O2_TOTAL], [6_842 * M, O2_AF], [4_286 * M, O2_EU], [5_126 * M, O2_SA], [3_864 * M, O2_LA], [1_246 * M, O2_NA]], 'planted: Table 2 2024 6,842 + 4,286 + 5,126 + 3,864 + 1,246 = 21,364 MAD million, its Total 21,346 (Europe 4,268 printed 4,286, digits swapped)'),
  entry(OR, 'sum', true, [[20_156 * M, O2_TOTAL], [6_014 * M, O2_AF], [4_592 * M, O2_EU], [4_738 * M, O2_SA], [3_510 * M, O2_LA], [1_302 * M, O2_NA]], 'Table 2 2023: 6,014 + 4,592 + 4,738 + 3,510 + 1,302 = 20,156'),
  entry(OR, 'ratio', true, [[6_842 * M, O2_AF], [21_346 * M, O2_TOTAL], [32.1, O2_AF]], 'Africa 6,842 of 21,346 is its 32.1%'),
  entry(OR, 'ratio', false, [[4_286 * M, O2_EU], [21_346 * M, O2_TOTAL], [20.0, O2_EU]], 'the same slip: Europe 4,286 of 21,346 is 20.1%, its Share 20.0 (computed on 4,268)'),
  entry(OR, 'ratio', true, [[5_126 * M, O2_SA], [21_346 * M, O2_TOTAL], [24.0, O2_SA]], 'South Asia 5,126 of 21,346 is its 24.0%'),
  entry(OR, 'ratio', true, [[3_864 * M, O2_LA], [21_346 * M, O2_TOTAL], [18.1, O2_LA]], 'Latin America 3,864 of 21,346 is its 18.1%'),
  entry(OR, 'ratio', true, [[1_246 * M, O2_NA], [21_346 * M, O2_TOTAL], [5.8, O2_NA]], 'North America 1,246 of 21,346 is its 5.8%'),
  entry(OR, 'sum', true, [[100, O2_TOTAL], [32.1, O2_AF], [20.0, O2_EU], [24.0, O2_SA], [18.1, O2_LA], [5.8, O2_NA]], 'Table 2 Share column: 32.1 + 20.0 + 24.0 + 18.1 + 5.8 = 100.0'),
  entry(OR, 'change', true, [[6_014 * M, O2_AF], [6_842 * M, O2_AF], [13.8, O2_AF]], 'Africa 6,014 -> 6,842 is its +13.8'),
  entry(OR, 'change', false, [[4_592 * M, O2_EU], [4_286 * M, O2_EU], [-7.1, O2_EU]], 'the same slip: Europe 4,592 -> 4,286 is -6.7%, its Change -7.1 (computed on 4,268)'),
  entry(OR, 'change', true, [[4_738 * M, O2_SA], [5_126 * M, O2_SA], [8.2, O2_SA]], 'South Asia 4,738 -> 5,126 is its +8.2'),
  entry(OR, 'change', true, [[3_510 * M, O2_LA], [3_864 * M, O2_LA], [10.1, O2_LA]], 'Latin America 3,510 -> 3,864 is its +10.1'),
  entry(OR, 'change', true, [[1_302 * M, O2_NA], [1_246 * M, O2_NA], [-4.3, O2_NA]], 'North America 1,302 -> 1,246 is its -4.3'),
  entry(OR, 'change', true, [[20_156 * M, O2_TOTAL], [21_346 * M, O2_TOTAL], [5.9, O2_TOTAL]], 'Total 20,156 -> 21,346 is its +5.9'),
  entry(OR, 'change', true, [[20_156 * M, O2_TOTAL], [21_346 * M, 'Revenue was MAD 21,346 million'], [5.9, '5.9% more than in 2023']], '1.2: revenue 20,156 -> 21,346 MAD million is the stated 5.9% more'),
  entry(OR, 'change', true, [[20_156 * M, O2_TOTAL], [21_346 * M, 'rose 5.9% to MAD 21,346 million'], [5.9, 'revenue rose 5.9%']], 'the Chief Executive\'s revenue rose 5.9% to MAD 21,346 million'),
  entry(OR, 'change', true, [[6_014 * M, O2_AF], [6_842 * M, 'Africa, at MAD 6,842 million'], [13.8, 'grew 13.8% on new']], '1.2: Africa 6,014 -> 6,842 MAD million is the stated 13.8%'),
  entry(OR, 'change', true, [[6_014 * M, O2_AF], [6_842 * M, O2_AF], [13.8, 'customers grew 13.8%']], 'the Chief Executive\'s sales to African customers grew 13.8%'),
  entry(OR, 'ratio', true, [[6_842 * M, O2_AF], [21_346 * M, 'rose 5.9% to MAD 21,346 million'], [32.1, 'account for 32.1% of revenue']], 'the Chief Executive\'s Africa 32.1% of revenue: 6,842 of 21,346'),
  entry(OR, 'change', true, [[4_592 * M, O2_EU], [4_268 * M, 'Sales to Europe were MAD 4,268 million'], [7.1, '7.1% less']], '1.2: Europe 4,592 -> 4,268 MAD million is the stated 7.1% less'),
  entry(OR, 'consistency', false, [[4_286 * M, O2_EU], [4_268 * M, 'Sales to Europe were MAD 4,268 million']], 'the same slip: Table 2\'s Europe 4,286, 1.2\'s MAD 4,268 million'),
  entry(OR, 'sum', true, [[8_990 * M, 'brought in MAD 8,990 million'], [5_126 * M, O2_SA], [3_864 * M, O2_LA]], '1.2: South Asia 5,126 + Latin America 3,864 = the stated 8,990 MAD million'),
  entry(OR, 'ratio', true, [[8_990 * M, 'brought in MAD 8,990 million'], [21_346 * M, 'Revenue was MAD 21,346 million'], [42.1, '42.1% of revenue']], '1.2: 8,990 of 21,346 MAD million is the stated 42.1%'),
  entry(OR, 'ratio', true, [[5_810 * M, '(MAD 5,810 million)'], [9_462 * M, 'We bought MAD 9,462 million'], [61.4, '61.4% of it']], '1.3: Moroccan suppliers 5,810 of 9,462 MAD million are the stated 61.4%'),
  entry(OR, 'sum', true, [[11_015.8, O3_TOTAL], [6_842, O3_HEAT], [2_186.4, O3_HFO], [1_124.6, O3_GAS], [862.8, O3_GRID]], 'Table 3 2024: 6,842.0 + 2,186.4 + 1,124.6 + 862.8 = 11,015.8 TJ'),
  entry(OR, 'sum', true, [[10_781.8, O3_TOTAL], [6_428.6, O3_HEAT], [2_462.2, O3_HFO], [986.4, O3_GAS], [904.6, O3_GRID]], 'Table 3 2023: 6,428.6 + 2,462.2 + 986.4 + 904.6 = 10,781.8'),
  entry(OR, 'change', true, [[6_428.6, O3_HEAT], [6_842, O3_HEAT], [6.4, O3_HEAT]], 'Recovered heat 6,428.6 -> 6,842.0 is its +6.4'),
  entry(OR, 'change', true, [[2_462.2, O3_HFO], [2_186.4, O3_HFO], [-11.2, O3_HFO]], 'Heavy fuel oil 2,462.2 -> 2,186.4 is its -11.2'),
  entry(OR, 'change', true, [[986.4, O3_GAS], [1_124.6, O3_GAS], [14.0, O3_GAS]], 'Natural gas 986.4 -> 1,124.6 is its +14.0'),
  entry(OR, 'change', true, [[904.6, O3_GRID], [862.8, O3_GRID], [-4.6, O3_GRID]], 'Grid electricity 904.6 -> 862.8 is its -4.6'),
  entry(OR, 'change', true, [[10_781.8, O3_TOTAL], [11_015.8, O3_TOTAL], [2.2, O3_TOTAL]], 'Total 10,781.8 -> 11,015.8 is its +2.2'),
  entry(OR, 'change', true, [[10_781.8, O3_TOTAL], [11_015.8, 'We used 11,015.8 TJ'], [2.2, '2.2% more than in 2023']], '2.1: energy 10,781.8 -> 11,015.8 TJ is the stated 2.2% more'),
  entry(OR, 'ratio', true, [[6_842, O3_HEAT], [11_015.8, 'We used 11,015.8 TJ'], [62.1, 'supplied 62.1% of it']], '2.1: recovered heat 6,842.0 of 11,015.8 TJ is the stated 62.1%'),
  entry(OR, 'ratio', true, [[6_428.6, O3_HEAT], [10_781.8, O3_TOTAL], [59.6, 'points from 59.6%']], '2.1: 2023 6,428.6 of 10,781.8 is the stated 59.6%'),
  entry(OR, 'change', true, [[59.6, 'points from 59.6%'], [62.1, 'supplied 62.1% of it'], [2.5, 'up 2.5 percentage points']], '2.1: recovered heat share 59.6% -> 62.1% is the stated 2.5 percentage points'),
  entry(OR, 'change', true, [[2_462.2, O3_HFO], [2_186.4, O3_HFO], [11.2, 'Heavy fuel oil fell 11.2%']], '2.1: heavy fuel oil fell 11.2%'),
  entry(OR, 'ratio', true, [[6_842, O3_HEAT], [11_015.8, O3_TOTAL], [62.1, 'units supplied 62.1% of the energy']], 'the Chief Executive\'s recovered steam 62.1% of the energy used'),
  entry(OR, 'ratio', true, [[6_842, O3_HEAT], [11_015.8, OK_ENERGY], [62.1, OK_HEAT]], 'key figures 2024: 6,842.0 of 11,015.8 TJ is its 62.1 (the note\'s definition)'),
  entry(OR, 'ratio', true, [[6_428.6, O3_HEAT], [10_781.8, OK_ENERGY], [59.6, OK_HEAT]], 'key figures 2023: 6,428.6 of 10,781.8 is its 59.6'),
  entry(OR, 'change', true, [[35.6 * M, '(2023: 35.60 million m³)'], [37.52 * M, 'We used 37.52 million m³'], [5.4, '5.4% more']], '2.2: water 35.60 -> 37.52 million m³ is the stated 5.4% more'),
  entry(OR, 'ratio', true, [[14.86 * M, 'supplied 14.86 million m³'], [37.52 * M, 'We used 37.52 million m³'], [39.6, 'million m³, 39.6% of']], '2.2: desalinated 14.86 of 37.52 million m³ is the stated 39.6%'),
  entry(OR, 'ratio', true, [[14.86 * M, 'supplied 14.86 million m³'], [37.52 * M, OK_WATER], [39.6, OK_DESAL]], 'key figures 2024: 14.86 of 37.52 million m³ is its 39.6 (the note\'s definition)'),
  entry(OR, 'ratio', true, [[37.52 * M, 'We used 37.52 million m³'], [4_420 * K, O1_TOTAL], [8.49, 'product was 8.49 m³']], '2.2: 37.52 million m³ over 4,420.0 thousand tonnes is the stated 8.49 m³ per tonne'),
  entry(OR, 'ratio', true, [[35.6 * M, '(2023: 35.60 million m³)'], [4_280 * K, O1_TOTAL], [8.32, '(2023: 8.32 m³)']], '2.2: 2023 35.60 million m³ over 4,280.0 thousand tonnes is the stated 8.32'),
  entry(OR, 'consistency', false, [[40, 'covered more than 40% of the water'], [39.6, 'million m³, 39.6% of']], 'planted: the Chief Executive\'s desalinated seawater `more than 40% of the water we use`, 2.2\'s 39.6% (a turned qualifier: nearly 40%)'),
  entry(OR, 'consistency', false, [[40, 'covered more than 40% of the water'], [39.6, OK_DESAL]], 'the same slip: `more than 40%`, the key figures\' 39.6'),
  entry(OR, 'sum', true, [[611_100, O4_TOTAL], [486_420, O4_S1], [124_680, O4_S2]], 'Table 4 2024: 486,420 + 124,680 = 611,100 tCO2e'),
  entry(OR, 'sum', true, [[599_500, O4_TOTAL], [468_260, O4_S1], [131_240, O4_S2]], 'Table 4 2023: 468,260 + 131,240 = 599,500'),
  entry(OR, 'change', true, [[468_260, O4_S1], [486_420, O4_S1], [3.9, O4_S1]], 'Scope 1 468,260 -> 486,420 is its +3.9'),
  entry(OR, 'change', true, [[131_240, O4_S2], [124_680, O4_S2], [-5.0, O4_S2]], 'Scope 2 131,240 -> 124,680 is its -5.0'),
  entry(OR, 'change', true, [[599_500, O4_TOTAL], [611_100, O4_TOTAL], [1.9, O4_TOTAL]], 'Total 599,500 -> 611,100 is its +1.9'),
  entry(OR, 'change', true, [[468_260, O4_S1], [486_420, O4_S1], [3.9, 'Scope 1 emissions rose 3.9%']], '2.3: Scope 1 rose 3.9%'),
  entry(OR, 'change', true, [[131_240, O4_S2], [124_680, O4_S2], [5.0, 'Scope 2 fell 5.0%']], '2.3: Scope 2 fell 5.0%'),
  entry(OR, 'ratio', true, [[611_100, O4_TOTAL], [4_420 * K, O1_TOTAL], [138.3, 'product were 138.3 kg']], '2.3: 611,100 tCO2e over 4,420.0 thousand tonnes is the stated 138.3 kg per tonne'),
  entry(OR, 'ratio', true, [[599_500, O4_TOTAL], [4_280 * K, O1_TOTAL], [140.1, 'against 140.1 kg']], '2.3: 2023 599,500 over 4,280.0 thousand tonnes is the stated 140.1'),
  entry(OR, 'ratio', true, [[611_100, O4_TOTAL], [4_420 * K, O1_TOTAL], [138.3, 'emissions were 138.3 kg']], 'the Chief Executive\'s 138.3 kg CO2e per tonne of product'),
  entry(OR, 'ratio', true, [[611_100, OK_GHG], [4_420 * K, OK_PROD], [138.3, OK_INT]], 'key figures 2024: 611,100 over 4,420.0 is its 138.3 (the note\'s definition)'),
  entry(OR, 'ratio', true, [[599_500, OK_GHG], [4_280 * K, OK_PROD], [140.1, OK_INT]], 'key figures 2023: 599,500 over 4,280.0 is its 140.1'),
  entry(OR, 'ratio', true, [[1.24 * M, '1.24 million tonnes of it'], [9.86 * M, 'We produced 9.86 million tonnes'], [12.6, 'it, 12.6%']], '2.4: phosphogypsum used 1.24 of 9.86 million tonnes is the stated 12.6%'),
  entry(OR, 'sum', true, [[4_914, O5_TOTAL], [2_864, O5_OPS], [1_426, O5_ENG], [624, O5_MGT]], 'Table 5 2024: 2,864 + 1,426 + 624 = 4,914'),
  entry(OR, 'sum', true, [[4_782, O5_TOTAL], [2_812, O5_OPS], [1_368, O5_ENG], [602, O5_MGT]], 'Table 5 2023: 2,812 + 1,368 + 602 = 4,782'),
  entry(OR, 'ratio', true, [[2_864, O5_OPS], [4_914, O5_TOTAL], [58.3, O5_OPS]], 'Operators and technicians 2,864 of 4,914 is its 58.3%'),
  entry(OR, 'ratio', true, [[1_426, O5_ENG], [4_914, O5_TOTAL], [29.0, O5_ENG]], 'Engineers and specialists 1,426 of 4,914 is its 29.0%'),
  entry(OR, 'ratio', true, [[624, O5_MGT], [4_914, O5_TOTAL], [12.7, O5_MGT]], 'Management and support 624 of 4,914 is its 12.7%'),
  entry(OR, 'sum', true, [[100, O5_TOTAL], [58.3, O5_OPS], [29.0, O5_ENG], [12.7, O5_MGT]], 'Table 5 Share column: 58.3 + 29.0 + 12.7 = 100.0'),
  entry(OR, 'change', true, [[2_812, O5_OPS], [2_864, O5_OPS], [1.8, O5_OPS]], 'Operators and technicians 2,812 -> 2,864 is its +1.8'),
  entry(OR, 'change', true, [[1_368, O5_ENG], [1_426, O5_ENG], [4.2, O5_ENG]], 'Engineers and specialists 1,368 -> 1,426 is its +4.2'),
  entry(OR, 'change', true, [[602, O5_MGT], [624, O5_MGT], [3.7, O5_MGT]], 'Management and support 602 -> 624 is its +3.7'),
  entry(OR, 'change', true, [[4_782, O5_TOTAL], [4_914, O5_TOTAL], [2.8, O5_TOTAL]], 'Total 4,782 -> 4,914 is its +2.8'),
  entry(OR, 'change', true, [[4_782, O5_TOTAL], [4_914, 'We employed 4,914 people'], [2.8, '2.8% more than a year']], '3.1: employees 4,782 -> 4,914 is the stated 2.8% more'),
  entry(OR, 'ratio', true, [[642, '642 of them were women'], [4_914, 'We employed 4,914 people'], [13.1, '13.1% of the workforce']], '3.1: women 642 of 4,914 are the stated 13.1%'),
  entry(OR, 'ratio', true, [[598, '(2023: 598'], [4_782, O5_TOTAL], [12.5, '598, 12.5%']], '3.1: 2023 598 of 4,782 is the stated 12.5%'),
  entry(OR, 'ratio', true, [[642, '642 of them were women'], [4_914, OK_STAFF], [13.1, OK_WOMEN]], 'key figures 2024: 642 of 4,914 is its 13.1 (the note\'s definition)'),
  entry(OR, 'ratio', true, [[598, '(2023: 598'], [4_782, OK_STAFF], [12.5, OK_WOMEN]], 'key figures 2023: 598 of 4,782 is its 12.5'),
  entry(OR, 'ratio', false, [[148, 'Women hold 148'], [624, 'of the 624 management'], [3.0, 'positions, 3.0%']], 'planted: women 148 of the 624 management and support positions is 23.7%, 3.1 says 3.0% (taken over all 4,914 employees: the wrong denominator)'),
  entry(OR, 'ratio', true, [[6, 'There were 6 lost-time'], [9.86 * M, 'injuries in 9.86 million hours'], [0.61, 'frequency rate of 0.61']], '3.2: 6 over 9.86 million hours is the stated 0.61 (the note\'s definition)'),
  entry(OR, 'ratio', true, [[9, '(2023: 9 injuries'], [9.62 * M, 'in 9.62 million hours'], [0.94, 'million hours, 0.94']], '3.2: 2023 9 over 9.62 million hours is the stated 0.94'),
  entry(OR, 'change', true, [[78.2 * M, '(2023: MAD 78.2 million)'], [86.4 * M, 'We spent MAD 86.4 million'], [10.5, '10.5% more']], '3.3: community spending 78.2 -> 86.4 MAD million is the stated 10.5% more'),

  // Alpstream Data Centres: a Swiss colocation data-centre operator's sustainability report (English only, 2024)
  entry(AD, 'sum', true, [[79.8, A1_TOTAL], [42.4, A1_ZH], [18.4, A1_GE], [12.8, A1_BS], [6.2, A1_LU]], 'Table 1 2024: 42.4 + 18.4 + 12.8 + 6.2 = 79.8 MW'),
  entry(AD, 'sum', true, [[68.8, A1_TOTAL], [36.8, A1_ZH], [16.2, A1_GE], [9.6, A1_BS], [6.2, A1_LU]], 'Table 1 2023: 36.8 + 16.2 + 9.6 + 6.2 = 68.8'),
  entry(AD, 'ratio', true, [[42.4, A1_ZH], [79.8, A1_TOTAL], [53.1, A1_ZH]], 'Zurich-Glattbrugg 42.4 of 79.8 is its 53.1%'),
  entry(AD, 'ratio', true, [[18.4, A1_GE], [79.8, A1_TOTAL], [23.1, A1_GE]], 'Geneva-Meyrin 18.4 of 79.8 is its 23.1%'),
  entry(AD, 'ratio', true, [[12.8, A1_BS], [79.8, A1_TOTAL], [16.0, A1_BS]], 'Basel-Pratteln 12.8 of 79.8 is its 16.0%'),
  entry(AD, 'ratio', true, [[6.2, A1_LU], [79.8, A1_TOTAL], [7.8, A1_LU]], 'Lugano 6.2 of 79.8 is its 7.8%'),
  entry(AD, 'sum', true, [[100, A1_TOTAL], [53.1, A1_ZH], [23.1, A1_GE], [16.0, A1_BS], [7.8, A1_LU]], 'Table 1 Share column: 53.1 + 23.1 + 16.0 + 7.8 = 100.0'),
  entry(AD, 'change', true, [[36.8, A1_ZH], [42.4, A1_ZH], [15.2, A1_ZH]], 'Zurich-Glattbrugg 36.8 -> 42.4 is its +15.2'),
  entry(AD, 'change', true, [[16.2, A1_GE], [18.4, A1_GE], [13.6, A1_GE]], 'Geneva-Meyrin 16.2 -> 18.4 is its +13.6'),
  entry(AD, 'change', true, [[9.6, A1_BS], [12.8, A1_BS], [33.3, A1_BS]], 'Basel-Pratteln 9.6 -> 12.8 is its +33.3'),
  entry(AD, 'change', true, [[68.8, A1_TOTAL], [79.8, A1_TOTAL], [16.0, A1_TOTAL]], 'Total 68.8 -> 79.8 is its +16.0'),
  entry(AD, 'change', true, [[68.8, A1_TOTAL], [79.8, 'rose 16.0% to 79.8 MW'], [16.0, 'in service rose 16.0%']], '1.1: IT capacity rose 16.0% to 79.8 MW'),
  entry(AD, 'sum', true, [[79.8, 'taking our total to 79.8 MW'], [68.8, A1_TOTAL], [11.0, 'We brought 11.0 MW']], 'the Chief Executive\'s 11.0 MW of new capacity, taking the total to 79.8 MW: 68.8 + 11.0'),
  entry(AD, 'sum', true, [[12.8, A1_BS], [9.6, A1_BS], [3.2, 'third hall (3.2 MW)']], '1.1: Basel 9.6 + its third hall\'s 3.2 MW = Table 1\'s 12.8'),
  entry(AD, 'sum', true, [[42.4, A1_ZH], [36.8, A1_ZH], [5.6, 'building C added 5.6 MW']], '1.1: Zurich 36.8 + building C\'s 5.6 MW = Table 1\'s 42.4'),
  entry(AD, 'ratio', true, [[64.8, 'had contracted 64.8 MW'], [79.8, 'rose 16.0% to 79.8 MW'], [81.2, '81.2% of capacity']], '1.1: 64.8 of 79.8 MW contracted is the stated 81.2%'),
  entry(AD, 'sum', false, [[397_240 * K, A2_TOTAL], [286_420 * K, A2_COLO], [48_640 * K, A2_IC], [61_280 * K, A2_MS]], 'planted: Table 2 2024 286,420 + 48,640 + 61,280 = 396,340 CHF thousand, its Total 397,240 (Managed services 62,180 printed 61,280, digits swapped)'),
  entry(AD, 'sum', true, [[355_460 * K, A2_TOTAL], [254_860 * K, A2_COLO], [42_180 * K, A2_IC], [58_420 * K, A2_MS]], 'Table 2 2023: 254,860 + 42,180 + 58,420 = 355,460'),
  entry(AD, 'ratio', true, [[286_420 * K, A2_COLO], [397_240 * K, A2_TOTAL], [72.1, A2_COLO]], 'Colocation 286,420 of 397,240 is its 72.1%'),
  entry(AD, 'ratio', true, [[48_640 * K, A2_IC], [397_240 * K, A2_TOTAL], [12.2, A2_IC]], 'Interconnection 48,640 of 397,240 is its 12.2%'),
  entry(AD, 'ratio', false, [[61_280 * K, A2_MS], [397_240 * K, A2_TOTAL], [15.7, A2_MS]], 'the same slip: Managed services 61,280 of 397,240 is 15.4%, its Share 15.7 (computed on 62,180)'),
  entry(AD, 'sum', true, [[100, A2_TOTAL], [72.1, A2_COLO], [12.2, A2_IC], [15.7, A2_MS]], 'Table 2 Share column: 72.1 + 12.2 + 15.7 = 100.0'),
  entry(AD, 'change', true, [[254_860 * K, A2_COLO], [286_420 * K, A2_COLO], [12.4, A2_COLO]], 'Colocation 254,860 -> 286,420 is its +12.4'),
  entry(AD, 'change', true, [[42_180 * K, A2_IC], [48_640 * K, A2_IC], [15.3, A2_IC]], 'Interconnection 42,180 -> 48,640 is its +15.3'),
  entry(AD, 'change', false, [[58_420 * K, A2_MS], [61_280 * K, A2_MS], [6.4, A2_MS]], 'the same slip: Managed services 58,420 -> 61,280 is +4.9%, its Change +6.4 (computed on 62,180)'),
  entry(AD, 'change', true, [[355_460 * K, A2_TOTAL], [397_240 * K, A2_TOTAL], [11.8, A2_TOTAL]], 'Total 355,460 -> 397,240 is its +11.8'),
  entry(AD, 'change', true, [[355_460 * K, A2_TOTAL], [397.2 * M, 'Revenue was CHF 397.2 million'], [11.8, '11.8% more than in 2023']], '1.2: revenue 355,460 CHF thousand -> CHF 397.2 million is the stated 11.8% more'),
  entry(AD, 'change', true, [[355_460 * K, A2_TOTAL], [397.2 * M, 'rose 11.8% to CHF 397.2 million'], [11.8, 'revenue rose 11.8%']], 'the Chief Executive\'s revenue rose 11.8% to CHF 397.2 million'),
  entry(AD, 'change', true, [[254_860 * K, A2_COLO], [286_420 * K, A2_COLO], [12.4, 'Colocation grew 12.4%']], '1.2: colocation grew 12.4%'),
  entry(AD, 'change', true, [[42_180 * K, A2_IC], [48.6 * M, 'up 15.3% to CHF 48.6 million'], [15.3, 'up 15.3%']], '1.2: interconnection 42,180 CHF thousand -> CHF 48.6 million is the stated 15.3% (48,640 rounded)'),
  entry(AD, 'sum', true, [[615_900, A3_TOTAL], [486_240, A3_IT], [98_620, A3_COOL], [24_860, A3_LOSS], [6_180, A3_OT]], 'Table 3 2024: 486,240 + 98,620 + 24,860 + 6,180 = 615,900 MWh'),
  entry(AD, 'sum', true, [[555_240, A3_TOTAL], [432_860, A3_IT], [94_280, A3_COOL], [22_140, A3_LOSS], [5_960, A3_OT]], 'Table 3 2023: 432,860 + 94,280 + 22,140 + 5,960 = 555,240'),
  entry(AD, 'ratio', true, [[486_240, A3_IT], [615_900, A3_TOTAL], [78.9, A3_IT]], 'IT load 486,240 of 615,900 is its 78.9%'),
  entry(AD, 'ratio', true, [[98_620, A3_COOL], [615_900, A3_TOTAL], [16.0, A3_COOL]], 'Cooling 98,620 of 615,900 is its 16.0%'),
  entry(AD, 'ratio', true, [[24_860, A3_LOSS], [615_900, A3_TOTAL], [4.0, A3_LOSS]], 'Power distribution losses 24,860 of 615,900 is its 4.0%'),
  entry(AD, 'ratio', true, [[6_180, A3_OT], [615_900, A3_TOTAL], [1.0, A3_OT]], 'Offices and other 6,180 of 615,900 is its 1.0%'),
  entry(AD, 'sum', true, [[100, A3_TOTAL], [78.9, A3_IT], [16.0, A3_COOL], [4.0, A3_LOSS], [1.0, A3_OT]], 'Table 3 Share column: 78.9 + 16.0 + 4.0 + 1.0 = 99.9, its 100.0 (within the rounding of four shares)'),
  entry(AD, 'change', true, [[432_860, A3_IT], [486_240, A3_IT], [12.3, A3_IT]], 'IT load 432,860 -> 486,240 is its +12.3'),
  entry(AD, 'change', true, [[94_280, A3_COOL], [98_620, A3_COOL], [4.6, A3_COOL]], 'Cooling 94,280 -> 98,620 is its +4.6'),
  entry(AD, 'change', true, [[22_140, A3_LOSS], [24_860, A3_LOSS], [12.3, A3_LOSS]], 'Power distribution losses 22,140 -> 24,860 is its +12.3'),
  entry(AD, 'change', true, [[5_960, A3_OT], [6_180, A3_OT], [3.7, A3_OT]], 'Offices and other 5,960 -> 6,180 is its +3.7'),
  entry(AD, 'change', true, [[555_240, A3_TOTAL], [615_900, A3_TOTAL], [10.9, A3_TOTAL]], 'Total facility energy 555,240 -> 615,900 is its +10.9'),
  entry(AD, 'change', true, [[555_240, A3_TOTAL], [615_900, 'rose 10.9% to 615,900 MWh'], [10.9, 'facility energy rose 10.9%']], '2.1: total facility energy rose 10.9% to 615,900 MWh'),
  entry(AD, 'change', true, [[432_860, A3_IT], [486_240, A3_IT], [12.3, 'which grew 12.3%']], '2.1: the IT load grew 12.3%'),
  entry(AD, 'ratio', true, [[615_900, A3_TOTAL], [486_240, A3_IT], [1.27, 'improved to 1.27 from']], '2.1: PUE 615,900 over 486,240 MWh is the stated 1.27'),
  entry(AD, 'ratio', true, [[555_240, A3_TOTAL], [432_860, A3_IT], [1.28, 'to 1.27 from 1.28']], '2.1: 2023 PUE 555,240 over 432,860 is the stated 1.28'),
  entry(AD, 'change', true, [[94_280, A3_COOL], [98_620, A3_COOL], [4.6, 'Cooling energy rose only 4.6%']], '2.1: cooling energy rose only 4.6%'),
  entry(AD, 'ratio', true, [[2_860, 'Rooftop solar produced 2,860 MWh'], [615_900, A3_TOTAL], [0.5, '0.5% of our consumption']], '2.1: solar 2,860 of 615,900 MWh is the stated 0.5%'),
  entry(AD, 'ratio', true, [[615_900, A3_TOTAL], [486_240, A3_IT], [1.27, 'improved\nto 1.27']], 'the Chief Executive\'s PUE improved to 1.27: 615,900 over 486,240'),
  entry(AD, 'change', true, [[432_860, A3_IT], [486_240, A3_IT], [12.3, 'host grew 12.3%']], 'the Chief Executive\'s IT load grew 12.3%'),
  entry(AD, 'change', false, [[94_280, A3_COOL], [98_620, A3_COOL], [4.6, 'cooling energy fell 4.6%']], 'planted: cooling energy 94,280 -> 98,620 MWh rose 4.6%, the Chief Executive says fell 4.6% (the direction turned; Table 3 and 2.1 say +4.6)'),
  entry(AD, 'consistency', false, [[4.6, 'cooling energy fell 4.6%'], [4.6, 'Cooling energy rose only 4.6%']], 'the same slip: the Chief Executive\'s cooling `fell 4.6%`, 2.1\'s `rose only 4.6%`'),
  // (added in session 42, as above: the rate against the row's own Change cell)
  entry(AD, 'consistency', false, [[4.6, 'cooling energy fell 4.6%'], [4.6, A3_COOL]], 'the same slip: the Chief Executive\'s cooling `fell 4.6%`, Table 3\'s Change +4.6'),
  entry(AD, 'ratio', false, [[615_900, AK_ENERGY], [486_240, AK_IT], [1.28, AK_PUE]], 'planted: key figures 2024: PUE 615,900 over 486,240 MWh is 1.27 (the note\'s definition), its 2024 cell 1.28 (last year\'s value restated)'),
  entry(AD, 'ratio', true, [[555_240, AK_ENERGY], [432_860, AK_IT], [1.28, 'ratio                    1.28          1.28']], 'key figures 2023: 555,240 over 432,860 is its 1.28'),
  entry(AD, 'consistency', false, [[1.28, AK_PUE], [1.27, 'improved to 1.27 from']], 'the same slip: the key figures\' 2024 PUE 1.28, 2.1\'s 1.27'),
  entry(AD, 'consistency', false, [[1.28, AK_PUE], [1.27, 'improved\nto 1.27']], 'the same slip: the key figures\' 2024 PUE 1.28, the Chief Executive\'s 1.27'),
  entry(AD, 'change', true, [[31_280, '(2023: 31,280 MWh)'], [42_640, 'We delivered 42,640 MWh'], [36.3, '36.3% more']], '2.2: heat delivered 31,280 -> 42,640 MWh is the stated 36.3% more'),
  entry(AD, 'ratio', true, [[42_640, 'We delivered 42,640 MWh'], [615_900, A3_TOTAL], [6.9, 'equal to 6.9% of the']], '2.2: 42,640 of 615,900 MWh is the stated 6.9%'),
  entry(AD, 'consistency', false, [[4.26, 'we delivered 4.26 GWh'], [42_640, 'We delivered 42,640 MWh']], 'planted: the Chief Executive\'s `we delivered 4.26 GWh of heat`, 2.2\'s 42,640 MWh (42.64 GWh: a scale slip)'),
  entry(AD, 'consistency', false, [[4.26, 'we delivered 4.26 GWh'], [42_640, AK_HEAT]], 'the same slip: `4.26 GWh`, the key figures\' 42,640 MWh'),
  entry(AD, 'change', true, [[172_600, '(2023: 172,600 m³)'], [186_400, 'used 186,400 m³'], [8.0, '8.0% more']], '2.3: water 172,600 -> 186,400 m³ is the stated 8.0% more'),
  entry(AD, 'ratio', true, [[186_400, 'used 186,400 m³'], [486_240, A3_IT], [0.38, 'effectiveness (WUE) was 0.38']], '2.3: WUE 186,400 m³ (litres) over 486,240 MWh (kWh) is the stated 0.38 L per kWh'),
  entry(AD, 'ratio', true, [[172_600, '(2023: 172,600 m³)'], [432_860, A3_IT], [0.4, '(2023: 0.40)']], '2.3: 2023 172,600 m³ over 432,860 MWh is the stated 0.40'),
  entry(AD, 'ratio', true, [[186_400, 'used 186,400 m³'], [486_240, AK_IT], [0.38, AK_WUE]], 'key figures 2024: WUE 0.38 (the note\'s definition)'),
  entry(AD, 'ratio', true, [[172_600, '(2023: 172,600 m³)'], [432_860, AK_IT], [0.4, AK_WUE]], 'key figures 2023: WUE 0.40'),
  entry(AD, 'change', true, [[1_986, '(2023: 1,986 tCO2e)'], [1_862, 'were 1,862 tCO2e'], [6.2, '6.2% less']], '2.4: Scope 1 1,986 -> 1,862 tCO2e is the stated 6.2% less'),
  entry(AD, 'change', true, [[1_318, 'than the 1,318 tCO2e'], [1_246, 'were 1,246 tCO2e'], [5.5, '5.5% less']], '2.4: Scope 2 1,318 -> 1,246 tCO2e is the stated 5.5% less'),
  entry(AD, 'sum', true, [[3_108, 'came to 3,108'], [1_862, 'were 1,862 tCO2e'], [1_246, 'were 1,246 tCO2e']], '2.4: Scope 1 1,862 + Scope 2 1,246 = the stated 3,108 tCO2e'),
  entry(AD, 'sum', true, [[3_304, 'than the 3,304 tCO2e'], [1_986, '(2023: 1,986 tCO2e)'], [1_318, 'than the 1,318 tCO2e']], '2.4: 2023 1,986 + 1,318 = the stated 3,304'),
  entry(AD, 'change', true, [[3_304, 'than the 3,304 tCO2e'], [3_108, 'came to 3,108'], [5.9, '5.9% less']], '2.4: Scope 1 and 2 3,304 -> 3,108 tCO2e is the stated 5.9% less'),
  entry(AD, 'sum', true, [[3_108, AK_GHG], [1_862, 'were 1,862 tCO2e'], [1_246, 'were 1,246 tCO2e']], 'key figures 2024: Scope 1 and 2 3,108 = 1,862 + 1,246'),
  entry(AD, 'ratio', true, [[112.4 * M, 'CHF 112.4 million of it'], [168.6 * M, 'We spent CHF 168.6 million'], [66.7, '(66.7%)']], '2.5: 112.4 of 168.6 CHF million is the stated 66.7%'),
  entry(AD, 'sum', true, [[412, A4_TOTAL], [268, A4_OPS], [96, A4_SALES], [48, A4_CORP]], 'Table 4 2024: 268 + 96 + 48 = 412'),
  entry(AD, 'sum', true, [[368, A4_TOTAL], [236, A4_OPS], [88, A4_SALES], [44, A4_CORP]], 'Table 4 2023: 236 + 88 + 44 = 368'),
  entry(AD, 'ratio', true, [[268, A4_OPS], [412, A4_TOTAL], [65.0, A4_OPS]], 'Operations and engineering 268 of 412 is its 65.0%'),
  entry(AD, 'ratio', true, [[96, A4_SALES], [412, A4_TOTAL], [23.3, A4_SALES]], 'Sales and customer service 96 of 412 is its 23.3%'),
  entry(AD, 'ratio', true, [[48, A4_CORP], [412, A4_TOTAL], [11.7, A4_CORP]], 'Corporate functions 48 of 412 is its 11.7%'),
  entry(AD, 'sum', true, [[100, A4_TOTAL], [65.0, A4_OPS], [23.3, A4_SALES], [11.7, A4_CORP]], 'Table 4 Share column: 65.0 + 23.3 + 11.7 = 100.0'),
  entry(AD, 'change', true, [[236, A4_OPS], [268, A4_OPS], [13.6, A4_OPS]], 'Operations and engineering 236 -> 268 is its +13.6'),
  entry(AD, 'change', true, [[88, A4_SALES], [96, A4_SALES], [9.1, A4_SALES]], 'Sales and customer service 88 -> 96 is its +9.1'),
  entry(AD, 'change', true, [[44, A4_CORP], [48, A4_CORP], [9.1, A4_CORP]], 'Corporate functions 44 -> 48 is its +9.1'),
  entry(AD, 'change', true, [[368, A4_TOTAL], [412, A4_TOTAL], [12.0, A4_TOTAL]], 'Total 368 -> 412 is its +12.0'),
  entry(AD, 'change', true, [[368, A4_TOTAL], [412, 'We employed 412 people'], [12.0, '12.0% more than a year']], '3: employees 368 -> 412 is the stated 12.0% more'),
  entry(AD, 'ratio', true, [[98, '98 of them were women'], [412, 'We employed 412 people'], [23.8, 'women, 23.8%']], '3: women 98 of 412 are the stated 23.8%'),
  entry(AD, 'ratio', true, [[86, '(2023: 86'], [368, A4_TOTAL], [23.4, '86, 23.4%']], '3: 2023 86 of 368 is the stated 23.4%'),
  entry(AD, 'ratio', true, [[98, '98 of them were women'], [412, AK_STAFF], [23.8, AK_WOMEN]], 'key figures 2024: 98 of 412 is its 23.8 (the note\'s definition)'),
  entry(AD, 'ratio', true, [[86, '(2023: 86'], [368, AK_STAFF], [23.4, AK_WOMEN]], 'key figures 2023: 86 of 368 is its 23.4'),
  entry(AD, 'ratio', true, [[14_860, 'completed 14,860 hours'], [412, 'We employed 412 people'], [36.1, '36.1 hours each']], '3: 14,860 training hours over 412 employees is the stated 36.1'),
];
