// The forty-eighth blind batch (written blind by W48, session 39): four engagements (5 files) of report kinds outside batches 1–47,
// written as their published reports read (aligned tables with `（单位：亿元）` / `(RMB million)` / `(EUR thousand)` captions, a `单位` /
// `Unit` column in a key performance table, `其中` / `of which` rows, share and change columns, notes defining the KPIs, a letter
// restating the year): a Chinese float, solar and energy-saving glass maker's ESG 报告 and its English version in a second file,
// checked together (营业收入 亿元 / RMB million by product with 占比 / Share and 同比 / Change, 主要产品产量 in 万重量箱 / 万平方米 (million
// weight boxes / million m²) with an `其中：Low-E玻璃` / `of which Low-E glass` row, 研发投入 with its share and rate, 本地采购 share,
// 综合能源消耗 万吨标准煤 / thousand tce by fuel with 万元营业收入综合能耗 吨标准煤/万元 / tce per RMB million, 范围一 / 范围二 万吨 / thousand
// tCO2e with an `其中：工艺排放` / `of which process emissions` row and the carbon intensity, 碎玻璃 share of the batch with 个百分点, 用水总量
// with a rate, 员工 by 类别 with 占比 and 女性 share, LTIFR, a 关键绩效表 / key performance table with a 注 / note); a Chinese cold-chain
// logistics operator's 社会责任报告 in simplified Chinese only (冷库库容 万吨 by 区域 with 占比 and 同比, 营业收入 亿元 by 业务 with 占比 and
// 同比 and an `其中：医药冷链仓储` row, 冷链运输量, 冷藏车 with the 新能源 share and 个百分点, 用电量 万千瓦时 by 用途 with 光伏 and 单位库容制冷
// 耗电 千瓦时/吨, 温室气体 吨 by source with 合计 and 每万元营业收入碳排放, 货损率 with 个百分点, 员工 by 类别 with 占比 and 女性 share, 百万工时
// 损工事故率 and 百万公里事故率, a 关键绩效表 with a 单位 column and a 注); a Ghanaian cocoa grinder's sustainability report in English for
// the year to 30 September (`FY2024 FY2023`: beans purchased in tonnes by region with Share and Change, the certified share with
// percentage points, premiums, farmers with women's share, child-labour cases remediated, beans ground against capacity, revenue in
// GHS million by product with Change and shares in the text, energy in TJ by source with the biomass share, Scope 1 / 2 tCO2e with kg
// per tonne ground, water per tonne, employees with a rate and women's share, LTIFR, key figures with a Unit column and notes); a
// Greek island ferry operator's sustainability report in English (passengers in thousand by route network with Share and Change,
// cars and trucks with rates, revenue in EUR thousand by source with Change, fuel in tonnes by type with the LNG share and
// percentage points, Scope 1 / 2 tCO2e with kg per nautical mile, employees by category with Share and Change and women's shares,
// LTIFR, key figures with a Unit column and notes).
// Planted (as real drafts slip). 澄屿玻璃 / Chengyu Glass: the Chinese 表3's 天然气 2024 64.28 for 62.48万吨标准煤 (digits swapped: the
// 合计 87.50 no longer adds (89.30), its 同比 +3.9 was computed on 62.48; the English Table 3 says 624.8 thousand tce); the English
// Chairman's statement's `revenue of RMB86.42 billion` for RMB8,642 million (86.42亿元 read as billions; its `up 6.3%` then does
// not compute); the English statement's cullet `more than 30% of the batch` against 29.6% in 2.3 and the key table (a turned
// qualifier; the Chinese 致辞 says 近30%); the Chinese 关键绩效表's 2024 万元营业收入综合能耗 1.07, last year's value restated (87.50万吨标准煤
// over 86.42亿元 is 1.01, as 二（一）, the 致辞 and the English 101.2 tce per RMB million say); the English 1.1's solar glass `29.1% of
// revenue` for 27.4 (2,368 taken over 2023's 8,130; Table 1 and the Chinese 一（一） say 27.4); the Chinese 二（四）'s 用水总量 1,316.2 ->
// 1,248.6万吨 `同比上升5.1%` (it fell: the direction turned; the English says 5.1% less); the Chinese 致辞's 光伏玻璃产量超过1.3亿平方米
// against 12,864万平方米 in 表2 and the 关键绩效表 (1.2864亿: 超过 written for 近; the English statement's `nearly 130 million m²` holds).
// 凌川冷链: 表2's 2023 合计 61.78 for 61.87亿元 (digits swapped: the 2023 column no longer adds, its 同比 +11.8 was computed on 61.87, the
// 关键绩效表 says 61.87); the 致辞's 营业收入 `同比增长18.1%` for 11.8 (digits swapped; 一（二） and 表2 say 11.8); the 致辞's 自有冷藏车1,286辆,
// 2023's figure, against 1,412 in 一（三） and the 关键绩效表; 光伏发电量1,864万千瓦时 `占总用电量的8.6%` (taken over 冷库制冷 21,640, the
// wrong denominator: over 用电总量 24,680 it is 7.6%); 货损率 0.24% -> 0.18% `下降0.6个百分点` for 0.06 (a decimal slip); 表5's 仓储作业人员
// 占比 46.8 for 48.6 (digits swapped; the column adds to 98.2). Birim Valley: the Chief Executive's beans bought `6.4% more` for
// 4.6 (digits swapped; Table 1's Total Change says 4.6); the Chief Executive's `More than 65% of the beans` certified against
// 64.2% in 1.2 and the key figures (a turned qualifier); Table 4's FY2024 Scope 2 12,462 for 12,642 tCO2e (digits swapped: the
// Total 16,128 no longer adds; 3.2 says 12,642); 1.4's `1,032 of them had been remediated, 86.1% of the cases identified` for
// 82.8 (taken over FY2023's 1,198 cases: the wrong denominator). Kyklades Lines: 2's `On-board sales of EUR 2.86 million` for
// 28.6 (Table 2's 28,640 EUR thousand: a scale slip; its `up 9.4%` then does not compute); Table 3's 2023 MGO 24,620 for 26,420
// tonnes (digits swapped: the 2023 Total 141,560 no longer adds, the row's Change -5.9 was computed on 26,420); LNG 7.7% -> 10.4%
// `up 7.2 percentage points` for 2.7 (digits swapped); the Chief Executive's `our 1,486 seafarers`, 2023's figure, against 4's
// 1,532; women `124 of our seafarers, 6.6% of the crews` for 8.1 (taken over all 1,892 employees: the wrong denominator).
// Traps that must not be flagged: 澄屿's 表2 / Table 2 rows in three units with no total; the `其中：Low-E玻璃` / `of which Low-E
// glass` row and the `其中：工艺排放` / `of which process emissions` row (parts of one row, not of the 合计 / Total); 1.01吨标准煤/万元
// against 101.2 tce per RMB million and 2.95吨/万元 against 294.6 tCO2e per RMB million, 10,286万重量箱 against 102.86 million weight
// boxes, 87.50万吨标准煤 against 875.0 thousand tce, 254.6万吨 against 2,546 thousand tCO2e (all rightly converted); the 致辞's 近30% and
// the English statement's `nearly 130 million m²` (they hold); 屋顶光伏 3,862万千瓦时 / 38.62 GWh beside 节能玻璃 2023 3,862万平方米 /
// 38.62 million m² (same digits, another metric); 光伏玻璃与节能建筑玻璃 53.6%, 提升4.2个百分点 / `4.2 percentage points more` (right: 2023
// 40.14 of 81.30 is 49.4%) beside 研发投入's 4.2%; 累计有效专利超过860项, 累计带动就业超过3,000人 (cumulative); the 2030 30% (a target);
// 约3.1% of purchased electricity, 循环水利用率97.6%, 综合利用率98.2% (no numerator given); the 关键绩效表's 2023 column (1.07 right there).
// 凌川's `其中：医药冷链仓储` row and its 占比 7.0 (not a part of the 100.0); 一（二）'s 同比增长11.8% (right, on the 关键绩效表's 61.87); the
// 致辞's 近8,000名凌川人 (holds: 7,950); 新增库容21.2万吨 and 净增冷藏车126辆 (they hold); 约占用电总量的八成以上 (87.7%); 范围一 同比下降6.3%
// (right: 2023's 54,980 is not printed); 制冷剂补充量同比下降12.6% (no figures); 驾驶员 1,486人 beside 2023's 1,486万小时 (another metric);
// 累计预冷库超过160座 (cumulative); the 2030 80% (a target); 温控达标率99.6%, 客户满意度92.4分; 二〇二五年四月二十二日 in Chinese numerals.
// Birim Valley's US$349.4 million at GHS 13.42 (rightly converted); `cocoa butter still more than half of our sales` (holds: 53.0%);
// biomass +14.5 beside LPG and diesel -14.5 (two rows); 3.2's Scope 2 12,642 and its sum with 3,486 to 16,128 (right where the table
// slipped), and every intensity over 16,128; 87.4% of the 90,000-tonne capacity (holds); 640 casual workers (not in the headcount);
// more than 2.4 million seedlings since 2016 (cumulative); the 2027 70% and the halved LTIFR (targets); 36,280 households visited.
// Kyklades' 3.24 million passengers with 3.8% (the rounded 3,240.0 thousand); EUR 414.2 million against 414,200 EUR thousand (rightly
// converted); fuel consumption fell 2.7% beside the planted 7.2 points (another metric, right); the ETS's 40% and EUR 8.6 million
// (no numerator); the 2030 25% (a target); nine vessels since 2015 (cumulative); 94.6% on time against 93.8%, 112 sailings cancelled;
// 1,240 tonnes of garbage beside 1,240 free medical transfers and school trips (two metrics); Officers 486 beside Saronic Gulf 486.2
// and cars 486.4; 4's `a year earlier (1,486)` (2023's seafarers, right in its place); the key figures' 2023 Sailings 18,310 and
// Employees 1,834 (no rate stated); `a fifth of its summer peak` (no figures).

import type { Engagement } from './key';
import { across, B, engagements, entry, K, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b48';
const GZ = 'chengyu-glass-esg-2024-zh.txt';
const GE = 'chengyu-glass-esg-2024-en.txt';
const LC = 'lingchuan-cold-chain-csr-2024-zh.txt';
const BV = 'birim-valley-cocoa-sustainability-report-fy2024.txt';
const KY = 'kyklades-coastal-lines-sustainability-report-2024.txt';

export const BATCH_48_ENGAGEMENTS: Engagement[] = engagements(DIR, [[GZ, GE], LC, BV, KY]);

const GZ1_FL = '浮法玻璃                    31.86';
const GZ1_EE = '节能建筑玻璃                22.64';
const GZ1_PV = '光伏玻璃                    23.68';
const GZ1_EL = '电子玻璃                     4.86';
const GZ1_OT = '其他                         3.38';
const GZ1_TOTAL = '合计                        86.42';
const GZ2_FL = '浮法玻璃                      万重量箱          10,286';
const GZ2_PV = '光伏玻璃                      万平方米          12,864';
const GZ2_EE = '节能玻璃                      万平方米           4,126';
const GZ2_LOWE = '其中：Low-E玻璃               万平方米           2,684';
const GZ3_GAS = '天然气                     64.28';
const GZ3_COKE = '石油焦                      8.62';
const GZ3_EL = '电力                       14.26';
const GZ3_OT = '其他                        2.14';
const GZ3_TOTAL = '合计                       87.50';
const GZ4_S1 = '范围一                             186.4';
const GZ4_S2 = '范围二                              68.2';
const GZ4_TOTAL = '合计                               254.6';
const GZ5_PROD = '生产人员                      4,868';
const GZ5_TECH = '技术研发人员                  1,246';
const GZ5_SALES = '销售人员                        486';
const GZ5_MGT = '管理及职能人员                  526';
const GZ5_TOTAL = '合计                          7,126';
const GZK_REV = '营业收入                          亿元';
const GZK_PV = '光伏玻璃产量                      万平方米';
const GZK_RD = '研发投入                          亿元';
const GZK_RDS = '研发投入占营业收入比例            %';
const GZK_ENERGY = '综合能源消耗                      万吨标准煤';
const GZK_EINT = '万元营业收入综合能耗              吨标准煤/万元';
const GZK_GHG = '范围一及范围二排放                万吨二氧化碳当量';
const GZK_CINT = '万元营业收入碳排放                吨二氧化碳当量/万元';
const GZK_CULLET = '碎玻璃使用比例                    %';
const GZK_WATER = '用水总量                          万吨';
const GZK_STAFF = '在册员工                          人';
const GZK_WOMEN = '女性员工占比                      %';

const GE1_FL = 'Float glass                       3,186';
const GE1_EE = 'Energy-saving glass               2,264';
const GE1_PV = 'Solar glass                       2,368';
const GE1_EL = 'Electronic glass                    486';
const GE1_OT = 'Other                               338';
const GE1_TOTAL = 'Total                             8,642';
const GE2_FL = 'Float glass                     million weight boxes      102.86';
const GE2_PV = 'Solar glass                     million m²                128.64';
const GE2_EE = 'Energy-saving glass             million m²                 41.26';
const GE2_LOWE = 'of which Low-E glass            million m²                 26.84';
const GE3_GAS = 'Natural gas                   624.8';
const GE3_COKE = 'Petroleum coke                 86.2';
const GE3_EL = 'Electricity                   142.6';
const GE3_OT = 'Other                          21.4';
const GE3_TOTAL = 'Total                         875.0';
const GE4_S1 = 'Scope 1                                1,864';
const GE4_S2 = 'Scope 2                                  682';
const GE4_TOTAL = 'Total Scope 1 and 2                    2,546';
const GE5_PROD = 'Production                       4,868';
const GE5_TECH = 'Technical and R&D                1,246';
const GE5_SALES = 'Sales                              486';
const GE5_MGT = 'Management and support             526';
const GE5_TOTAL = 'Total                            7,126';
const GEK_REV = 'Revenue                            RMB million';
const GEK_RD = 'R&D spending                       RMB million';
const GEK_RDS = 'R&D spending as share of revenue   %';
const GEK_ENERGY = 'Energy consumption                 thousand tce';
const GEK_EINT = 'Energy intensity                   tce per RMB million';
const GEK_GHG = 'Scope 1 and 2 emissions            thousand tCO2e';
const GEK_CINT = 'Carbon intensity                   tCO2e per RMB million';
const GEK_CULLET = 'Cullet share of batch              %';
const GEK_STAFF = 'Employees                          persons';
const GEK_WOMEN = 'Women employees                    %';

const L1_EAST = '华东                      86.6';
const L1_SOUTH = '华南                      52.6';
const L1_CENTRAL = '华中                      38.2';
const L1_SW = '西南                      26.8';
const L1_NORTH = '华北                      20.4';
const L1_TOTAL = '合计                     224.6';
const L2_STORE = '冷库仓储                 28.64';
const L2_PHARMA = '其中：医药冷链仓储        4.86';
const L2_TRUNK = '干线运输                 19.86';
const L2_CITY = '城市配送                 14.28';
const L2_SCM = '供应链服务                6.42';
const L2_TOTAL = '合计                     69.20';
const L3_COOL = '冷库制冷                21,640';
const L3_EV = '车辆充电                 1,862';
const L3_OFFICE = '办公及其他               1,178';
const L3_TOTAL = '合计                    24,680';
const L4_DIESEL = '范围一：冷藏车柴油                   42,860';
const L4_REFR = '范围一：制冷剂逸散                    8,640';
const L4_S2 = '范围二：外购电力                    130,120';
const L4_TOTAL = '合计                                181,620';
const L5_WH = '仓储作业人员            3,864';
const L5_DRV = '驾驶员                  1,486';
const L5_DEL = '配送人员                1,128';
const L5_MGT = '技术及管理人员          1,472';
const L5_TOTAL = '合计                    7,950';
const LK_REV = '营业收入                      亿元';
const LK_CAP = '冷库总库容                    万吨';
const LK_VOL = '冷链运输量                    万吨';
const LK_TRUCKS = '自有冷藏车                    辆';
const LK_NEV = '新能源冷藏车占比              %';
const LK_KWH = '单位库容制冷耗电              千瓦时/吨';
const LK_GHG = '温室气体排放总量              吨二氧化碳当量';
const LK_CINT = '每万元营业收入碳排放          吨二氧化碳当量/万元';
const LK_STAFF = '员工总数                      人';

const B1_ASH = 'Ashanti                      24,860';
const B1_WN = 'Western North                21,620';
const B1_EAST = 'Eastern                      14,280';
const B1_BONO = 'Bono and Ahafo               12,460';
const B1_CV = 'Central and Volta             9,220';
const B1_TOTAL = 'Total                        82,440';
const B2_BUTTER = 'Cocoa butter                   2,486.4';
const B2_POWDER = 'Cocoa powder                   1,124.6';
const B2_LIQUOR = 'Cocoa liquor                     865.4';
const B2_CAKE = 'Cake and other                   212.8';
const B2_TOTAL = 'Total                          4,689.2';
const B3_SHELL = 'Cocoa shell biomass              186.4';
const B3_GRID = 'Grid electricity                 124.6';
const B3_LPG = 'LPG and diesel                    48.2';
const B3_TOTAL = 'Total                            359.2';
const B4_S1 = 'Scope 1                            3,486';
const B4_S2 = 'Scope 2                           12,462';
const B4_TOTAL = 'Total Scope 1 and 2               16,128';
const BK_BOUGHT = 'Beans purchased                        tonnes';
const BK_GROUND = 'Beans ground                           tonnes';
const BK_CERT = 'Certified beans                        % of purchases';
const BK_REN = 'Renewable share of energy              %';
const BK_GHG = 'Scope 1 and 2 emissions                tCO2e';
const BK_GPER = 'Emissions per tonne ground             kg CO2e per tonne';
const BK_WPER = 'Water per tonne ground                 m³ per tonne';

const Y1_CYC = 'Cyclades                    1,286.4';
const Y1_DOD = 'Dodecanese                    642.8';
const Y1_CRETE = 'Crete                         824.6';
const Y1_SAR = 'Saronic Gulf                  486.2';
const Y1_TOTAL = 'Total                       3,240.0';
const Y2_PAX = 'Passenger tickets              268,420';
const Y2_VEH = 'Vehicles                        64,280';
const Y2_FRT = 'Freight                         52,860';
const Y2_ONB = 'On-board sales                  28,640';
const Y2_TOTAL = 'Total                          414,200';
const Y3_VLSFO = 'VLSFO                            98,640';
const Y3_MGO = 'Marine gas oil (MGO)             24,860';
const Y3_LNG = 'LNG                              14,280';
const Y3_TOTAL = 'Total                           137,780';
const Y4_OFF = 'Officers                             486';
const Y4_RAT = 'Ratings                            1,046';
const Y4_SHORE = 'Staff ashore                         360';
const Y4_TOTAL = 'Total                              1,892';
const YK_FUEL = 'Fuel consumption                     tonnes';
const YK_LNG = 'LNG share of fuel                    %';
const YK_S1 = 'Scope 1 emissions                    tCO2e';
const YK_S12 = 'Scope 1 and 2 emissions              tCO2e';
const YK_NM = 'CO2 per nautical mile                kg CO2e';
const YK_WOMEN = 'Women employees                      %';

export const BATCH_48_KEY: KeyEntry[] = [
  // 澄屿玻璃 / Chengyu Glass: a Chinese float, solar and energy-saving glass maker's ESG 报告 (zh) and its English version (2024)
  entry(GZ, 'sum', true, [[86.42 * YI, GZ1_TOTAL], [31.86 * YI, GZ1_FL], [22.64 * YI, GZ1_EE], [23.68 * YI, GZ1_PV], [4.86 * YI, GZ1_EL], [3.38 * YI, GZ1_OT]], '表1 2024年: 31.86 + 22.64 + 23.68 + 4.86 + 3.38 = 86.42亿元'),
  entry(GZ, 'sum', true, [[81.3 * YI, GZ1_TOTAL], [33.42 * YI, GZ1_FL], [20.18 * YI, GZ1_EE], [19.96 * YI, GZ1_PV], [4.48 * YI, GZ1_EL], [3.26 * YI, GZ1_OT]], '表1 2023年: 33.42 + 20.18 + 19.96 + 4.48 + 3.26 = 81.30亿元'),
  entry(GZ, 'ratio', true, [[31.86 * YI, GZ1_FL], [86.42 * YI, GZ1_TOTAL], [36.9, GZ1_FL]], '浮法玻璃 31.86 of 86.42 is its 36.9%'),
  entry(GZ, 'ratio', true, [[22.64 * YI, GZ1_EE], [86.42 * YI, GZ1_TOTAL], [26.2, GZ1_EE]], '节能建筑玻璃 22.64 of 86.42 is its 26.2%'),
  entry(GZ, 'ratio', true, [[23.68 * YI, GZ1_PV], [86.42 * YI, GZ1_TOTAL], [27.4, GZ1_PV]], '光伏玻璃 23.68 of 86.42 is its 27.4%'),
  entry(GZ, 'ratio', true, [[4.86 * YI, GZ1_EL], [86.42 * YI, GZ1_TOTAL], [5.6, GZ1_EL]], '电子玻璃 4.86 of 86.42 is its 5.6%'),
  entry(GZ, 'ratio', true, [[3.38 * YI, GZ1_OT], [86.42 * YI, GZ1_TOTAL], [3.9, GZ1_OT]], '其他 3.38 of 86.42 is its 3.9%'),
  entry(GZ, 'sum', true, [[100, GZ1_TOTAL], [36.9, GZ1_FL], [26.2, GZ1_EE], [27.4, GZ1_PV], [5.6, GZ1_EL], [3.9, GZ1_OT]], '表1 占比 column: 36.9 + 26.2 + 27.4 + 5.6 + 3.9 = 100.0'),
  entry(GZ, 'change', true, [[33.42 * YI, GZ1_FL], [31.86 * YI, GZ1_FL], [-4.7, GZ1_FL]], '浮法玻璃 33.42 -> 31.86 is its -4.7'),
  entry(GZ, 'change', true, [[20.18 * YI, GZ1_EE], [22.64 * YI, GZ1_EE], [12.2, GZ1_EE]], '节能建筑玻璃 20.18 -> 22.64 is its +12.2'),
  entry(GZ, 'change', true, [[19.96 * YI, GZ1_PV], [23.68 * YI, GZ1_PV], [18.6, GZ1_PV]], '光伏玻璃 19.96 -> 23.68 is its +18.6'),
  entry(GZ, 'change', true, [[4.48 * YI, GZ1_EL], [4.86 * YI, GZ1_EL], [8.5, GZ1_EL]], '电子玻璃 4.48 -> 4.86 is its +8.5'),
  entry(GZ, 'change', true, [[3.26 * YI, GZ1_OT], [3.38 * YI, GZ1_OT], [3.7, GZ1_OT]], '其他 3.26 -> 3.38 is its +3.7'),
  entry(GZ, 'change', true, [[81.3 * YI, GZ1_TOTAL], [86.42 * YI, GZ1_TOTAL], [6.3, GZ1_TOTAL]], '合计 81.30 -> 86.42 is its +6.3'),
  entry(GZ, 'change', true, [[81.3 * YI, GZ1_TOTAL], [86.42 * YI, '全年实现营业收入86.42亿元'], [6.3, '同比增长6.3%；光伏玻璃产量']], 'the 致辞\'s 营业收入86.42亿元，同比增长6.3%'),
  entry(GZ, 'change', true, [[81.3 * YI, GZ1_TOTAL], [86.42 * YI, '公司实现营业收入86.42亿元'], [6.3, '同比增长6.3%。受房地产']], '一（一）: 营业收入86.42亿元，同比增长6.3%'),
  entry(GZ, 'change', true, [[33.42 * YI, GZ1_FL], [31.86 * YI, '浮法玻璃收入31.86亿元'], [4.7, '同比下降4.7%']], '一（一）: 浮法玻璃收入31.86亿元，同比下降4.7%'),
  entry(GZ, 'ratio', true, [[31.86 * YI, '浮法玻璃收入31.86亿元'], [86.42 * YI, GZ1_TOTAL], [36.9, '占营业收入的36.9%']], '一（一）: 浮法玻璃 31.86 of 86.42亿元 is the stated 36.9%'),
  entry(GZ, 'change', true, [[19.96 * YI, GZ1_PV], [23.68 * YI, '光伏玻璃收入23.68亿元'], [18.6, '同比增长18.6%']], '一（一）: 光伏玻璃收入23.68亿元，同比增长18.6%'),
  entry(GZ, 'ratio', true, [[23.68 * YI, '光伏玻璃收入23.68亿元'], [86.42 * YI, GZ1_TOTAL], [27.4, '占营业收入的27.4%']], '一（一）: 光伏玻璃 23.68 of 86.42亿元 is the stated 27.4%'),
  entry(GZ, 'change', true, [[20.18 * YI, GZ1_EE], [22.64 * YI, '节能建筑玻璃收入22.64亿元'], [12.2, '同比增长12.2%']], '一（一）: 节能建筑玻璃收入22.64亿元，同比增长12.2%'),
  entry(GZ, 'sum', true, [[46.32 * YI, '合计实现收入46.32亿元'], [23.68 * YI, GZ1_PV], [22.64 * YI, GZ1_EE]], '光伏玻璃与节能建筑玻璃 23.68 + 22.64 = the stated 46.32亿元'),
  entry(GZ, 'ratio', true, [[46.32 * YI, '合计实现收入46.32亿元'], [86.42 * YI, GZ1_TOTAL], [53.6, '占营业收入的53.6%']], '46.32 of 86.42亿元 is the stated 53.6% (2023: 40.14 of 81.30 = 49.4%, so 提升4.2个百分点 holds)'),
  entry(GZ, 'change', true, [[10_642 * WAN, GZ2_FL], [10_286 * WAN, GZ2_FL], [-3.3, GZ2_FL]], '表2 浮法玻璃 10,642 -> 10,286万重量箱 is its -3.3'),
  entry(GZ, 'change', true, [[10_418 * WAN, GZ2_PV], [12_864 * WAN, GZ2_PV], [23.5, GZ2_PV]], '表2 光伏玻璃 10,418 -> 12,864万平方米 is its +23.5'),
  entry(GZ, 'change', true, [[3_862 * WAN, GZ2_EE], [4_126 * WAN, GZ2_EE], [6.8, GZ2_EE]], '表2 节能玻璃 3,862 -> 4,126 is its +6.8'),
  entry(GZ, 'change', true, [[2_356 * WAN, GZ2_LOWE], [2_684 * WAN, GZ2_LOWE], [13.9, GZ2_LOWE]], '表2 其中：Low-E玻璃 2,356 -> 2,684 is its +13.9'),
  entry(GZ, 'change', true, [[10_418 * WAN, GZ2_PV], [12_864 * WAN, GZ2_PV], [23.5, '光伏玻璃产量因此同比增长23.5%']], '一（二）: 光伏玻璃产量同比增长23.5%'),
  entry(GZ, 'ratio', true, [[2_684 * WAN, '镀膜玻璃产量2,684万平方米'], [4_126 * WAN, GZ2_EE], [65.1, '占节能玻璃产量的65.1%']], '一（二）: Low-E 2,684 of 节能玻璃 4,126万平方米 is the stated 65.1%'),
  entry(GZ, 'consistency', false, [[1.3 * YI, '光伏玻璃产量超过1.3亿平方米'], [12_864 * WAN, GZ2_PV]], 'planted: the 致辞\'s 光伏玻璃产量超过1.3亿平方米, 表2\'s 12,864万平方米 (1.2864亿: a turned qualifier, 近 written 超过)'),
  entry(GZ, 'consistency', false, [[1.3 * YI, '光伏玻璃产量超过1.3亿平方米'], [12_864 * WAN, GZK_PV]], 'the same slip: the 致辞\'s 超过1.3亿平方米, the 关键绩效表\'s 12,864万平方米'),
  across(GZ, [[1.3 * YI, '光伏玻璃产量超过1.3亿平方米']], GE, [[128.64 * M, GE2_PV]], 'the same slip: the Chinese 致辞\'s 超过1.3亿平方米, the English Table 2\'s 128.64 million m² (the English statement\'s nearly 130 million holds)'),
  entry(GZ, 'change', true, [[3.22 * YI, GZK_RD], [3.64 * YI, '公司研发投入3.64亿元'], [13.0, '同比增长13.0%']], '一（三）: 研发投入 3.22 -> 3.64亿元 is the stated 同比增长13.0%'),
  entry(GZ, 'ratio', true, [[3.64 * YI, '公司研发投入3.64亿元'], [86.42 * YI, GZ1_TOTAL], [4.2, '占营业收入的4.2%（2023年']], '一（三）: 研发投入 3.64 of 86.42亿元 is the stated 4.2%'),
  entry(GZ, 'ratio', true, [[3.22 * YI, GZK_RD], [81.3 * YI, GZ1_TOTAL], [4.0, '（2023年：4.0%）']], '一（三）: 2023 3.22 of 81.30亿元 is the stated 4.0%'),
  entry(GZ, 'ratio', true, [[3.64 * YI, '研发投入3.64亿元，\n占营业收入'], [86.42 * YI, '全年实现营业收入86.42亿元'], [4.2, '占营业收入的4.2%。\n\n玻璃']], 'the 致辞\'s 研发投入3.64亿元，占营业收入的4.2%'),
  entry(GZ, 'ratio', true, [[3.64 * YI, GZK_RD], [86.42 * YI, GZK_REV], [4.2, GZK_RDS]], '关键绩效表 2024: 3.64 over 86.42 is its 4.2 (the 注\'s definition)'),
  entry(GZ, 'ratio', true, [[3.22 * YI, GZK_RD], [81.3 * YI, GZK_REV], [4.0, GZK_RDS]], '关键绩效表 2023: 3.22 over 81.30 is its 4.0'),
  entry(GZ, 'ratio', true, [[42.6 * YI, '供应商采购42.6亿元'], [58.4 * YI, '采购总额58.4亿元'], [72.9, '本地采购比例为72.9%']], '一（四）: 本地采购 42.6 of 58.4亿元 is the stated 72.9%'),
  entry(GZ, 'sum', false, [[87.5 * WAN, GZ3_TOTAL], [64.28 * WAN, GZ3_GAS], [8.62 * WAN, GZ3_COKE], [14.26 * WAN, GZ3_EL], [2.14 * WAN, GZ3_OT]], 'planted: 表3 2024年 64.28 + 8.62 + 14.26 + 2.14 = 89.30万吨标准煤, its 合计 87.50 (天然气 62.48 printed 64.28, digits swapped)'),
  entry(GZ, 'sum', true, [[86.9 * WAN, GZ3_TOTAL], [60.12 * WAN, GZ3_GAS], [10.84 * WAN, GZ3_COKE], [13.58 * WAN, GZ3_EL], [2.36 * WAN, GZ3_OT]], '表3 2023年: 60.12 + 10.84 + 13.58 + 2.36 = 86.90'),
  entry(GZ, 'change', false, [[60.12 * WAN, GZ3_GAS], [64.28 * WAN, GZ3_GAS], [3.9, GZ3_GAS]], 'the same slip: 天然气 60.12 -> 64.28 is +6.9%, its 同比 +3.9 (computed on 62.48)'),
  across(GZ, [[64.28 * WAN, GZ3_GAS]], GE, [[624.8 * K, GE3_GAS]], 'the same slip: the Chinese 表3\'s 天然气 64.28万吨标准煤, the English Table 3\'s Natural gas 624.8 thousand tce'),
  entry(GZ, 'change', true, [[10.84 * WAN, GZ3_COKE], [8.62 * WAN, GZ3_COKE], [-20.5, GZ3_COKE]], '石油焦 10.84 -> 8.62 is its -20.5'),
  entry(GZ, 'change', true, [[13.58 * WAN, GZ3_EL], [14.26 * WAN, GZ3_EL], [5.0, GZ3_EL]], '电力 13.58 -> 14.26 is its +5.0'),
  entry(GZ, 'change', true, [[2.36 * WAN, GZ3_OT], [2.14 * WAN, GZ3_OT], [-9.3, GZ3_OT]], '其他 2.36 -> 2.14 is its -9.3'),
  entry(GZ, 'change', true, [[86.9 * WAN, GZ3_TOTAL], [87.5 * WAN, GZ3_TOTAL], [0.7, GZ3_TOTAL]], '合计 86.90 -> 87.50 is its +0.7'),
  entry(GZ, 'change', true, [[10.84 * WAN, GZ3_COKE], [8.62 * WAN, GZ3_COKE], [20.5, '石油焦消耗同比下降20.5%']], '二（一）: 石油焦消耗同比下降20.5%'),
  entry(GZ, 'change', true, [[86.9 * WAN, GZ3_TOTAL], [87.5 * WAN, '综合能源消耗87.50万吨'], [0.7, '同比增长0.7%']], '二（一）: 综合能源消耗87.50万吨标准煤，同比增长0.7%'),
  entry(GZ, 'ratio', true, [[87.5 * WAN, '综合能源消耗87.50万吨'], [86.42 * YI, GZ1_TOTAL], [1.01, '综合能耗1.01吨标准煤']], '二（一）: 87.50万吨标准煤 over 86.42亿元 is the stated 1.01吨标准煤/万元'),
  entry(GZ, 'ratio', true, [[86.9 * WAN, GZ3_TOTAL], [81.3 * YI, GZ1_TOTAL], [1.07, '上年为1.07吨']], '二（一）: 2023 86.90 over 81.30亿元 is the stated 1.07'),
  entry(GZ, 'ratio', true, [[87.5 * WAN, GZ3_TOTAL], [86.42 * YI, '全年实现营业收入86.42亿元'], [1.01, '综合能耗降至1.01吨']], 'the 致辞\'s 万元营业收入综合能耗降至1.01吨标准煤: 87.50万 over 86.42亿元'),
  entry(GZ, 'ratio', false, [[87.5 * WAN, GZK_ENERGY], [86.42 * YI, GZK_REV], [1.07, GZK_EINT]], 'planted: 关键绩效表 2024: 87.50万吨标准煤 over 86.42亿元 is 1.01 (the 注\'s definition), its 2024 cell 1.07 (last year\'s value restated)'),
  entry(GZ, 'ratio', true, [[86.9 * WAN, GZK_ENERGY], [81.3 * YI, GZK_REV], [1.07, GZK_EINT]], '关键绩效表 2023: 86.90 over 81.30 is its 1.07'),
  entry(GZ, 'consistency', false, [[1.07, GZK_EINT], [1.01, '综合能耗1.01吨标准煤']], 'the same slip: the 关键绩效表\'s 2024 1.07, 二（一）\'s 1.01吨标准煤'),
  entry(GZ, 'consistency', false, [[1.07, GZK_EINT], [1.01, '综合能耗降至1.01吨']], 'the same slip: the 关键绩效表\'s 2024 1.07, the 致辞\'s 降至1.01吨标准煤'),
  across(GZ, [[1.07, GZK_EINT]], GE, [[101.2, GEK_EINT]], 'the same slip: the Chinese 关键绩效表\'s 2024 1.07吨标准煤/万元, the English key table\'s 101.2 tce per RMB million (1.01 per 万元)'),
  entry(GZ, 'sum', true, [[254.6 * WAN, GZ4_TOTAL], [186.4 * WAN, GZ4_S1], [68.2 * WAN, GZ4_S2]], '表4 2024年: 范围一 186.4 + 范围二 68.2 = 254.6万吨 (the 其中 row not a part)'),
  entry(GZ, 'sum', true, [[249.2 * WAN, GZ4_TOTAL], [184.2 * WAN, GZ4_S1], [65 * WAN, GZ4_S2]], '表4 2023年: 184.2 + 65.0 = 249.2'),
  entry(GZ, 'change', true, [[249.2 * WAN, GZ4_TOTAL], [254.6 * WAN, '排放合计254.6万吨'], [2.2, '同比上升2.2%']], '二（二）: 范围一及范围二 249.2 -> 254.6万吨 is the stated 同比上升2.2%'),
  entry(GZ, 'ratio', true, [[254.6 * WAN, '排放合计254.6万吨'], [86.42 * YI, GZ1_TOTAL], [2.95, '碳排放2.95吨']], '二（二）: 254.6万吨 over 86.42亿元 is the stated 2.95吨/万元'),
  entry(GZ, 'ratio', true, [[249.2 * WAN, GZ4_TOTAL], [81.3 * YI, GZ1_TOTAL], [3.07, '上年为\n3.07吨']], '二（二）: 2023 249.2 over 81.30 is the stated 3.07'),
  entry(GZ, 'ratio', true, [[254.6 * WAN, GZK_GHG], [86.42 * YI, GZK_REV], [2.95, GZK_CINT]], '关键绩效表 2024: 254.6 over 86.42 is its 2.95 (the 注\'s definition)'),
  entry(GZ, 'ratio', true, [[249.2 * WAN, GZK_GHG], [81.3 * YI, GZK_REV], [3.07, GZK_CINT]], '关键绩效表 2023: 249.2 over 81.30 is its 3.07'),
  entry(GZ, 'ratio', true, [[42.6 * WAN, '工艺排放42.6万吨'], [186.4 * WAN, GZ4_S1], [22.9, '占范围一排放的22.9%']], '二（二）: 工艺排放 42.6 of 范围一 186.4万吨 is the stated 22.9%'),
  entry(GZ, 'ratio', true, [[148.6 * WAN, '使用碎玻璃148.6万吨'], [502 * WAN, '配合料总量502.0万吨'], [29.6, '万吨的29.6%']], '二（三）: 碎玻璃 148.6 of 配合料 502.0万吨 is the stated 29.6%'),
  entry(GZ, 'change', true, [[28.1, '较上年的28.1%'], [29.6, '万吨的29.6%'], [1.5, '提升1.5个百分点']], '二（三）: 碎玻璃使用比例 28.1% -> 29.6% is the stated 提升1.5个百分点'),
  entry(GZ, 'ratio', true, [[148.6 * WAN, '使用碎玻璃148.6万吨'], [502 * WAN, '配合料总量502.0万吨'], [29.6, GZK_CULLET]], '关键绩效表 2024: 碎玻璃 148.6 over 502.0 is its 29.6 (the 注\'s definition)'),
  entry(GZ, 'change', false, [[1_316.2 * WAN, '较上年的1,316.2万吨'], [1_248.6 * WAN, '用水总量1,248.6万吨'], [5.1, '同比上升5.1%']], 'planted: 用水总量 1,316.2 -> 1,248.6万吨 fell 5.1%, the text says 同比上升5.1% (the direction turned; the English says 5.1% less)'),
  entry(GZ, 'change', false, [[1_316.2 * WAN, GZK_WATER], [1_248.6 * WAN, GZK_WATER], [5.1, '同比上升5.1%']], 'the same slip: the 关键绩效表\'s 用水总量 1,316.2 -> 1,248.6万吨 fell 5.1%, 二（四） says 同比上升5.1%'),
  entry(GZ, 'sum', true, [[7_126, GZ5_TOTAL], [4_868, GZ5_PROD], [1_246, GZ5_TECH], [486, GZ5_SALES], [526, GZ5_MGT]], '表5: 4,868 + 1,246 + 486 + 526 = 7,126人'),
  entry(GZ, 'ratio', true, [[4_868, GZ5_PROD], [7_126, GZ5_TOTAL], [68.3, GZ5_PROD]], '生产人员 4,868 of 7,126 is its 68.3%'),
  entry(GZ, 'ratio', true, [[1_246, GZ5_TECH], [7_126, GZ5_TOTAL], [17.5, GZ5_TECH]], '技术研发人员 1,246 of 7,126 is its 17.5%'),
  entry(GZ, 'ratio', true, [[486, GZ5_SALES], [7_126, GZ5_TOTAL], [6.8, GZ5_SALES]], '销售人员 486 of 7,126 is its 6.8%'),
  entry(GZ, 'ratio', true, [[526, GZ5_MGT], [7_126, GZ5_TOTAL], [7.4, GZ5_MGT]], '管理及职能人员 526 of 7,126 is its 7.4%'),
  entry(GZ, 'sum', true, [[100, GZ5_TOTAL], [68.3, GZ5_PROD], [17.5, GZ5_TECH], [6.8, GZ5_SALES], [7.4, GZ5_MGT]], '表5 占比 column: 68.3 + 17.5 + 6.8 + 7.4 = 100.0'),
  entry(GZ, 'change', true, [[6_884, GZK_STAFF], [7_126, '共有在册员工7,126人，同比'], [3.5, '同比增长3.5%']], '三（一）: 在册员工 6,884 -> 7,126 is the stated 同比增长3.5%'),
  entry(GZ, 'ratio', true, [[1_562, '其中女性员工1,562人'], [7_126, GZ5_TOTAL], [21.9, '占员工总数的21.9%']], '三（一）: 女性员工 1,562 of 7,126 is the stated 21.9%'),
  entry(GZ, 'ratio', true, [[1_562, '其中女性员工1,562人'], [7_126, GZK_STAFF], [21.9, GZK_WOMEN]], '关键绩效表 2024: 女性员工 1,562 of 7,126 is its 21.9'),
  entry(GZ, 'change', true, [[21.2, '较上年的21.2%'], [21.9, '占员工总数的21.9%'], [0.7, '提升0.7个百分点']], '三（一）: 女性员工占比 21.2% -> 21.9% is the stated 提升0.7个百分点'),
  entry(GZ, 'ratio', true, [[24.6 * WAN, '培训总时长24.6万小时'], [7_126, GZ5_TOTAL], [34.5, '人均培训34.5小时']], '三（一）: 24.6万小时 over 7,126人 is the stated 人均34.5小时'),
  entry(GZ, 'ratio', true, [[4, '发生损工事故4起'], [1_486 * WAN, '总工时1,486万小时'], [0.27, '损工事故率0.27']], '百万工时损工事故率: 4 over 1,486万工时 is the stated 0.27 (the 注\'s definition)'),
  entry(GZ, 'ratio', true, [[6, '2023年：6起'], [1_428 * WAN, '1,428万小时'], [0.42, '1,428万小时，0.42']], '2023 6 over 1,428万工时 is the stated 0.42'),

  entry(GE, 'sum', true, [[8_642 * M, GE1_TOTAL], [3_186 * M, GE1_FL], [2_264 * M, GE1_EE], [2_368 * M, GE1_PV], [486 * M, GE1_EL], [338 * M, GE1_OT]], 'English Table 1 2024: 3,186 + 2,264 + 2,368 + 486 + 338 = 8,642 RMB million'),
  entry(GE, 'sum', true, [[8_130 * M, GE1_TOTAL], [3_342 * M, GE1_FL], [2_018 * M, GE1_EE], [1_996 * M, GE1_PV], [448 * M, GE1_EL], [326 * M, GE1_OT]], 'English Table 1 2023: 3,342 + 2,018 + 1,996 + 448 + 326 = 8,130'),
  entry(GE, 'ratio', true, [[3_186 * M, GE1_FL], [8_642 * M, GE1_TOTAL], [36.9, GE1_FL]], 'Float glass 3,186 of 8,642 is its 36.9%'),
  entry(GE, 'ratio', true, [[2_264 * M, GE1_EE], [8_642 * M, GE1_TOTAL], [26.2, GE1_EE]], 'Energy-saving glass 2,264 of 8,642 is its 26.2%'),
  entry(GE, 'ratio', true, [[2_368 * M, GE1_PV], [8_642 * M, GE1_TOTAL], [27.4, GE1_PV]], 'Solar glass 2,368 of 8,642 is its 27.4%'),
  entry(GE, 'ratio', true, [[486 * M, GE1_EL], [8_642 * M, GE1_TOTAL], [5.6, GE1_EL]], 'Electronic glass 486 of 8,642 is its 5.6%'),
  entry(GE, 'ratio', true, [[338 * M, GE1_OT], [8_642 * M, GE1_TOTAL], [3.9, GE1_OT]], 'Other 338 of 8,642 is its 3.9%'),
  entry(GE, 'sum', true, [[100, GE1_TOTAL], [36.9, GE1_FL], [26.2, GE1_EE], [27.4, GE1_PV], [5.6, GE1_EL], [3.9, GE1_OT]], 'English Table 1 Share column: 36.9 + 26.2 + 27.4 + 5.6 + 3.9 = 100.0'),
  entry(GE, 'change', true, [[3_342 * M, GE1_FL], [3_186 * M, GE1_FL], [-4.7, GE1_FL]], 'Float glass 3,342 -> 3,186 is its -4.7'),
  entry(GE, 'change', true, [[2_018 * M, GE1_EE], [2_264 * M, GE1_EE], [12.2, GE1_EE]], 'Energy-saving glass 2,018 -> 2,264 is its 12.2'),
  entry(GE, 'change', true, [[1_996 * M, GE1_PV], [2_368 * M, GE1_PV], [18.6, GE1_PV]], 'Solar glass 1,996 -> 2,368 is its 18.6'),
  entry(GE, 'change', true, [[448 * M, GE1_EL], [486 * M, GE1_EL], [8.5, GE1_EL]], 'Electronic glass 448 -> 486 is its 8.5'),
  entry(GE, 'change', true, [[326 * M, GE1_OT], [338 * M, GE1_OT], [3.7, GE1_OT]], 'Other 326 -> 338 is its 3.7'),
  entry(GE, 'change', true, [[8_130 * M, GE1_TOTAL], [8_642 * M, GE1_TOTAL], [6.3, GE1_TOTAL]], 'Total 8,130 -> 8,642 is its 6.3'),
  entry(GE, 'consistency', false, [[86.42 * B, 'achieved revenue of RMB86.42'], [8_642 * M, GE1_TOTAL]], 'planted: the statement\'s revenue of RMB86.42 billion (86.42亿元 read as billions), Table 1\'s Total 8,642 RMB million'),
  entry(GE, 'consistency', false, [[86.42 * B, 'achieved revenue of RMB86.42'], [8_642 * M, GEK_REV]], 'the same slip: the statement\'s RMB86.42 billion, the key table\'s 8,642 RMB million'),
  entry(GE, 'consistency', false, [[86.42 * B, 'achieved revenue of RMB86.42'], [8_642 * M, 'Revenue was RMB8,642 million']], 'the same slip: the statement\'s RMB86.42 billion, 1.1\'s `Revenue was RMB8,642 million` (key upkeep, session 44: read from the text)'),
  across(GE, [[86.42 * B, 'achieved revenue of RMB86.42']], GZ, [[86.42 * YI, '全年实现营业收入86.42亿元']], 'the same slip: the English RMB86.42 billion, the Chinese 致辞\'s 营业收入86.42亿元 (RMB8.642 billion; a scale slip in translation)'),
  entry(GE, 'change', false, [[8_130 * M, GE1_TOTAL], [86.42 * B, 'achieved revenue of RMB86.42'], [6.3, 'up 6.3% on 2023']], 'the same slip: RMB8,130 million -> RMB86.42 billion is not up 6.3% (the rate was computed on 8,642 million)'),
  entry(GE, 'change', true, [[8_130 * M, GE1_TOTAL], [8_642 * M, 'Revenue was RMB8,642'], [6.3, 'million in 2024, up 6.3%']], '1.1: revenue RMB8,642 million, up 6.3%'),
  entry(GE, 'change', true, [[3_342 * M, GE1_FL], [3_186 * M, 'fell 4.7% to RMB3,186'], [4.7, 'revenue fell 4.7%']], '1.1: float glass revenue fell 4.7% to RMB3,186 million'),
  entry(GE, 'ratio', true, [[3_186 * M, 'fell 4.7% to RMB3,186'], [8_642 * M, GE1_TOTAL], [36.9, 'million, 36.9% of revenue']], '1.1: float glass 3,186 of 8,642 RMB million is the stated 36.9%'),
  entry(GE, 'change', true, [[1_996 * M, GE1_PV], [2_368 * M, 'up 18.6% to RMB2,368'], [18.6, 'grew fastest, up 18.6%']], '1.1: solar glass up 18.6% to RMB2,368 million'),
  entry(GE, 'ratio', false, [[2_368 * M, 'up 18.6% to RMB2,368'], [8_642 * M, GE1_TOTAL], [29.1, 'or 29.1% of revenue']], 'planted: solar glass 2,368 of 8,642 RMB million is 27.4%, 1.1 says 29.1% of revenue (taken over 2023\'s 8,130)'),
  entry(GE, 'consistency', false, [[29.1, 'or 29.1% of revenue'], [27.4, GE1_PV]], 'the same slip: 1.1\'s 29.1% of revenue, Table 1\'s Solar glass share 27.4'),
  across(GE, [[29.1, 'or 29.1% of revenue']], GZ, [[27.4, '占营业收入的27.4%']], 'the same slip: the English 29.1% of revenue, the Chinese 一（一）\'s 光伏玻璃 占营业收入的27.4%'),
  entry(GE, 'change', true, [[2_018 * M, GE1_EE], [2_264 * M, 'rose 12.2% to RMB2,264'], [12.2, 'glass rose 12.2%']], '1.1: energy-saving architectural glass rose 12.2% to RMB2,264 million'),
  entry(GE, 'sum', true, [[4_632 * M, 'together brought in RMB4,632'], [2_368 * M, GE1_PV], [2_264 * M, GE1_EE]], 'solar and energy-saving glass 2,368 + 2,264 = the stated RMB4,632 million'),
  entry(GE, 'ratio', true, [[4_632 * M, 'together brought in RMB4,632'], [8_642 * M, GE1_TOTAL], [53.6, 'million, 53.6% of revenue']], '4,632 of 8,642 RMB million is the stated 53.6% (2023: 4,014 of 8,130 = 49.4%, so 4.2 points more holds)'),
  entry(GE, 'change', true, [[106.42 * M, GE2_FL], [102.86 * M, GE2_FL], [-3.3, GE2_FL]], 'Table 2 Float glass 106.42 -> 102.86 million weight boxes is its -3.3'),
  entry(GE, 'change', true, [[104.18 * M, GE2_PV], [128.64 * M, GE2_PV], [23.5, GE2_PV]], 'Table 2 Solar glass 104.18 -> 128.64 million m² is its 23.5'),
  entry(GE, 'change', true, [[38.62 * M, GE2_EE], [41.26 * M, GE2_EE], [6.8, GE2_EE]], 'Table 2 Energy-saving glass 38.62 -> 41.26 is its 6.8'),
  entry(GE, 'change', true, [[23.56 * M, GE2_LOWE], [26.84 * M, GE2_LOWE], [13.9, GE2_LOWE]], 'Table 2 of which Low-E glass 23.56 -> 26.84 is its 13.9'),
  entry(GE, 'change', true, [[104.18 * M, GE2_PV], [128.64 * M, GE2_PV], [23.5, 'lifting solar glass output by 23.5%']], '1.2: solar glass output up 23.5%'),
  entry(GE, 'ratio', true, [[26.84 * M, 'coated glass reached 26.84'], [41.26 * M, GE2_EE], [65.1, 'million m², 65.1%']], '1.2: Low-E 26.84 of energy-saving 41.26 million m² is the stated 65.1%'),
  entry(GE, 'change', true, [[322 * M, GEK_RD], [364 * M, 'rose 13.0% to RMB364'], [13.0, 'R&D spending rose 13.0%']], '1.3: R&D 322 -> 364 RMB million is the stated rose 13.0%'),
  entry(GE, 'ratio', true, [[364 * M, 'rose 13.0% to RMB364'], [8_642 * M, GE1_TOTAL], [4.2, 'million, 4.2% of revenue (2023']], '1.3: R&D 364 of 8,642 RMB million is the stated 4.2%'),
  entry(GE, 'ratio', true, [[322 * M, GEK_RD], [8_130 * M, GE1_TOTAL], [4.0, '(2023: 4.0%)']], '1.3: 2023 322 of 8,130 is the stated 4.0%'),
  entry(GE, 'ratio', true, [[364 * M, 'RMB364 million in research'], [8_642 * M, GE1_TOTAL], [4.2, 'development, 4.2% of revenue']], 'the statement\'s RMB364 million of R&D, 4.2% of revenue'),
  entry(GE, 'ratio', true, [[364 * M, GEK_RD], [8_642 * M, GEK_REV], [4.2, GEK_RDS]], 'key table 2024: 364 over 8,642 is its 4.2 (the note\'s definition)'),
  entry(GE, 'ratio', true, [[322 * M, GEK_RD], [8_130 * M, GEK_REV], [4.0, GEK_RDS]], 'key table 2023: 322 over 8,130 is its 4.0'),
  entry(GE, 'ratio', true, [[4_260 * M, 'RMB4,260 million'], [5_840 * M, 'Of our RMB5,840'], [72.9, 'or 72.9%']], '1.4: local purchases 4,260 of 5,840 RMB million is the stated 72.9%'),
  entry(GE, 'sum', true, [[875 * K, GE3_TOTAL], [624.8 * K, GE3_GAS], [86.2 * K, GE3_COKE], [142.6 * K, GE3_EL], [21.4 * K, GE3_OT]], 'English Table 3 2024: 624.8 + 86.2 + 142.6 + 21.4 = 875.0 thousand tce'),
  entry(GE, 'sum', true, [[869 * K, GE3_TOTAL], [601.2 * K, GE3_GAS], [108.4 * K, GE3_COKE], [135.8 * K, GE3_EL], [23.6 * K, GE3_OT]], 'English Table 3 2023: 601.2 + 108.4 + 135.8 + 23.6 = 869.0'),
  entry(GE, 'change', true, [[601.2 * K, GE3_GAS], [624.8 * K, GE3_GAS], [3.9, GE3_GAS]], 'Natural gas 601.2 -> 624.8 is its 3.9'),
  entry(GE, 'change', true, [[108.4 * K, GE3_COKE], [86.2 * K, GE3_COKE], [-20.5, GE3_COKE]], 'Petroleum coke 108.4 -> 86.2 is its -20.5'),
  entry(GE, 'change', true, [[135.8 * K, GE3_EL], [142.6 * K, GE3_EL], [5.0, GE3_EL]], 'Electricity 135.8 -> 142.6 is its 5.0'),
  entry(GE, 'change', true, [[23.6 * K, GE3_OT], [21.4 * K, GE3_OT], [-9.3, GE3_OT]], 'Other 23.6 -> 21.4 is its -9.3'),
  entry(GE, 'change', true, [[869 * K, GE3_TOTAL], [875 * K, GE3_TOTAL], [0.7, GE3_TOTAL]], 'Total 869.0 -> 875.0 is its 0.7'),
  entry(GE, 'change', true, [[108.4 * K, GE3_COKE], [86.2 * K, GE3_COKE], [20.5, 'use fell 20.5%']], '2.1: petroleum coke use fell 20.5%'),
  entry(GE, 'change', true, [[869 * K, GE3_TOTAL], [875 * K, 'rose 0.7% to 875.0'], [0.7, 'Energy consumption rose 0.7%']], '2.1: energy consumption rose 0.7% to 875.0 thousand tce'),
  entry(GE, 'ratio', true, [[875 * K, 'rose 0.7% to 875.0'], [8_642 * M, GE1_TOTAL], [101.2, 'Energy intensity was 101.2']], '2.1: 875.0 thousand tce over RMB8,642 million is the stated 101.2 tce per RMB million'),
  entry(GE, 'ratio', true, [[869 * K, GE3_TOTAL], [8_130 * M, GE1_TOTAL], [106.9, 'against 106.9']], '2.1: 2023 869.0 over 8,130 is the stated 106.9'),
  entry(GE, 'ratio', true, [[875 * K, GEK_ENERGY], [8_642 * M, GEK_REV], [101.2, GEK_EINT]], 'key table 2024: 875.0 over 8,642 is its 101.2 (the note\'s definition)'),
  entry(GE, 'ratio', true, [[869 * K, GEK_ENERGY], [8_130 * M, GEK_REV], [106.9, GEK_EINT]], 'key table 2023: 869.0 over 8,130 is its 106.9'),
  entry(GE, 'ratio', true, [[875 * K, GE3_TOTAL], [8_642 * M, GE1_TOTAL], [101.2, 'fell to 101.2 tce']], 'the statement\'s energy intensity fell to 101.2 tce per RMB million: 875.0 over 8,642'),
  entry(GE, 'sum', true, [[2_546 * K, GE4_TOTAL], [1_864 * K, GE4_S1], [682 * K, GE4_S2]], 'English Table 4 2024: Scope 1 1,864 + Scope 2 682 = 2,546 thousand tCO2e (the of which row not a part)'),
  entry(GE, 'sum', true, [[2_492 * K, GE4_TOTAL], [1_842 * K, GE4_S1], [650 * K, GE4_S2]], 'English Table 4 2023: 1,842 + 650 = 2,492'),
  entry(GE, 'change', true, [[2_492 * K, GE4_TOTAL], [2_546 * K, 'emissions were 2,546'], [2.2, '2.2% higher']], '2.2: Scope 1 and 2 2,492 -> 2,546 thousand tCO2e is the stated 2.2% higher'),
  entry(GE, 'ratio', true, [[2_546 * K, 'emissions were 2,546'], [8_642 * M, GE1_TOTAL], [294.6, 'carbon intensity was 294.6']], '2.2: 2,546 thousand tCO2e over 8,642 RMB million is the stated 294.6'),
  entry(GE, 'ratio', true, [[2_492 * K, GE4_TOTAL], [8_130 * M, GE1_TOTAL], [306.5, '(2023: 306.5)']], '2.2: 2023 2,492 over 8,130 is the stated 306.5'),
  entry(GE, 'ratio', true, [[2_546 * K, GEK_GHG], [8_642 * M, GEK_REV], [294.6, GEK_CINT]], 'key table 2024: 2,546 over 8,642 is its 294.6 (the note\'s definition)'),
  entry(GE, 'ratio', true, [[2_492 * K, GEK_GHG], [8_130 * M, GEK_REV], [306.5, GEK_CINT]], 'key table 2023: 2,492 over 8,130 is its 306.5'),
  entry(GE, 'ratio', true, [[426 * K, 'Process emissions of 426'], [1_864 * K, GE4_S1], [22.9, 'were 22.9% of Scope 1']], '2.2: process emissions 426 of Scope 1 1,864 thousand tCO2e is the stated 22.9%'),
  entry(GE, 'ratio', true, [[1.486 * M, 'we used 1.486 million tonnes'], [5.02 * M, 'the 5.020 million tonnes'], [29.6, 'of cullet, 29.6%']], '2.3: cullet 1.486 of 5.020 million tonnes of batch is the stated 29.6%'),
  entry(GE, 'change', true, [[28.1, 'percentage points from 28.1%'], [29.6, 'of cullet, 29.6%'], [1.5, 'up 1.5 percentage points']], '2.3: cullet share 28.1% -> 29.6% is the stated up 1.5 percentage points'),
  entry(GE, 'ratio', true, [[1.486 * M, 'we used 1.486 million tonnes'], [5.02 * M, 'the 5.020 million tonnes'], [29.6, GEK_CULLET]], 'key table 2024: cullet 1.486 over 5.020 is its 29.6 (the note\'s definition)'),
  entry(GE, 'consistency', false, [[30, 'made up more than 30%'], [29.6, 'of cullet, 29.6%']], 'planted: the statement\'s cullet `more than 30% of the batch`, 2.3\'s 29.6% (a turned qualifier; the Chinese 致辞 says 近30%)'),
  entry(GE, 'consistency', false, [[30, 'made up more than 30%'], [29.6, GEK_CULLET]], 'the same slip: the statement\'s more than 30%, the key table\'s 29.6'),
  across(GE, [[30, 'made up more than 30%']], GZ, [[29.6, '万吨的29.6%']], 'the same slip: the English statement\'s more than 30% of the batch, the Chinese 二（三）\'s 29.6%'),
  entry(GE, 'change', true, [[13.162 * M, 'than the 13.162 million'], [12.486 * M, 'We used 12.486 million'], [5.1, '5.1% less']], '2.4: water 13.162 -> 12.486 million m³ is the stated 5.1% less'),
  across(GE, [[5.1, '5.1% less']], GZ, [[5.1, '同比上升5.1%']], 'the same slip: the English water 5.1% less, the Chinese 二（四）\'s 同比上升5.1% (the direction turned in the Chinese)'),
  entry(GE, 'sum', true, [[7_126, GE5_TOTAL], [4_868, GE5_PROD], [1_246, GE5_TECH], [486, GE5_SALES], [526, GE5_MGT]], 'English Table 5: 4,868 + 1,246 + 486 + 526 = 7,126'),
  entry(GE, 'ratio', true, [[4_868, GE5_PROD], [7_126, GE5_TOTAL], [68.3, GE5_PROD]], 'Production 4,868 of 7,126 is its 68.3%'),
  entry(GE, 'ratio', true, [[1_246, GE5_TECH], [7_126, GE5_TOTAL], [17.5, GE5_TECH]], 'Technical and R&D 1,246 of 7,126 is its 17.5%'),
  entry(GE, 'ratio', true, [[486, GE5_SALES], [7_126, GE5_TOTAL], [6.8, GE5_SALES]], 'Sales 486 of 7,126 is its 6.8%'),
  entry(GE, 'ratio', true, [[526, GE5_MGT], [7_126, GE5_TOTAL], [7.4, GE5_MGT]], 'Management and support 526 of 7,126 is its 7.4%'),
  entry(GE, 'sum', true, [[100, GE5_TOTAL], [68.3, GE5_PROD], [17.5, GE5_TECH], [6.8, GE5_SALES], [7.4, GE5_MGT]], 'English Table 5 Share column: 68.3 + 17.5 + 6.8 + 7.4 = 100.0'),
  entry(GE, 'change', true, [[6_884, GEK_STAFF], [7_126, 'At the end of 2024 we had 7,126'], [3.5, '3.5% more']], '3.1: employees 6,884 -> 7,126 is the stated 3.5% more'),
  entry(GE, 'ratio', true, [[1_562, 'Women numbered 1,562'], [7_126, GE5_TOTAL], [21.9, 'or 21.9% of employees']], '3.1: women 1,562 of 7,126 is the stated 21.9%'),
  entry(GE, 'ratio', true, [[1_562, 'Women numbered 1,562'], [7_126, GEK_STAFF], [21.9, GEK_WOMEN]], 'key table 2024: women 1,562 of 7,126 employees is its 21.9'),
  entry(GE, 'change', true, [[21.2, 'percentage points from 21.2%'], [21.9, 'or 21.9% of employees'], [0.7, 'up 0.7 percentage points']], '3.1: women\'s share 21.2% -> 21.9% is the stated up 0.7 percentage points'),
  entry(GE, 'ratio', true, [[246 * K, 'received 246,000 hours'], [7_126, GE5_TOTAL], [34.5, '34.5 hours each']], '3.1: 246,000 hours over 7,126 employees is the stated 34.5 hours each'),
  entry(GE, 'ratio', true, [[4, 'There were 4 lost-time'], [14.86 * M, 'over 14.86 million hours'], [0.27, '(LTIFR) of 0.27']], 'LTIFR: 4 over 14.86 million hours is the stated 0.27'),
  entry(GE, 'ratio', true, [[6, '(2023: 6 injuries'], [14.28 * M, '14.28 million hours'], [0.42, 'million hours, 0.42']], '2023 6 over 14.28 million hours is the stated 0.42'),

  // 凌川冷链: a Chinese cold-chain logistics operator's 社会责任报告 in simplified Chinese only (2024)
  entry(LC, 'sum', true, [[224.6 * WAN, L1_TOTAL], [86.6 * WAN, L1_EAST], [52.6 * WAN, L1_SOUTH], [38.2 * WAN, L1_CENTRAL], [26.8 * WAN, L1_SW], [20.4 * WAN, L1_NORTH]], '表1 2024年: 86.6 + 52.6 + 38.2 + 26.8 + 20.4 = 224.6万吨'),
  entry(LC, 'sum', true, [[203.4 * WAN, L1_TOTAL], [78.2 * WAN, L1_EAST], [48.4 * WAN, L1_SOUTH], [34.6 * WAN, L1_CENTRAL], [22.4 * WAN, L1_SW], [19.8 * WAN, L1_NORTH]], '表1 2023年: 78.2 + 48.4 + 34.6 + 22.4 + 19.8 = 203.4万吨'),
  entry(LC, 'ratio', true, [[86.6 * WAN, L1_EAST], [224.6 * WAN, L1_TOTAL], [38.6, L1_EAST]], '华东 86.6 of 224.6 is its 38.6%'),
  entry(LC, 'ratio', true, [[52.6 * WAN, L1_SOUTH], [224.6 * WAN, L1_TOTAL], [23.4, L1_SOUTH]], '华南 52.6 of 224.6 is its 23.4%'),
  entry(LC, 'ratio', true, [[38.2 * WAN, L1_CENTRAL], [224.6 * WAN, L1_TOTAL], [17.0, L1_CENTRAL]], '华中 38.2 of 224.6 is its 17.0%'),
  entry(LC, 'ratio', true, [[26.8 * WAN, L1_SW], [224.6 * WAN, L1_TOTAL], [11.9, L1_SW]], '西南 26.8 of 224.6 is its 11.9%'),
  entry(LC, 'ratio', true, [[20.4 * WAN, L1_NORTH], [224.6 * WAN, L1_TOTAL], [9.1, L1_NORTH]], '华北 20.4 of 224.6 is its 9.1%'),
  entry(LC, 'sum', true, [[100, L1_TOTAL], [38.6, L1_EAST], [23.4, L1_SOUTH], [17.0, L1_CENTRAL], [11.9, L1_SW], [9.1, L1_NORTH]], '表1 占比 column: 38.6 + 23.4 + 17.0 + 11.9 + 9.1 = 100.0'),
  entry(LC, 'change', true, [[78.2 * WAN, L1_EAST], [86.6 * WAN, L1_EAST], [10.7, L1_EAST]], '华东 78.2 -> 86.6 is its +10.7'),
  entry(LC, 'change', true, [[48.4 * WAN, L1_SOUTH], [52.6 * WAN, L1_SOUTH], [8.7, L1_SOUTH]], '华南 48.4 -> 52.6 is its +8.7'),
  entry(LC, 'change', true, [[34.6 * WAN, L1_CENTRAL], [38.2 * WAN, L1_CENTRAL], [10.4, L1_CENTRAL]], '华中 34.6 -> 38.2 is its +10.4'),
  entry(LC, 'change', true, [[22.4 * WAN, L1_SW], [26.8 * WAN, L1_SW], [19.6, L1_SW]], '西南 22.4 -> 26.8 is its +19.6'),
  entry(LC, 'change', true, [[19.8 * WAN, L1_NORTH], [20.4 * WAN, L1_NORTH], [3.0, L1_NORTH]], '华北 19.8 -> 20.4 is its +3.0'),
  entry(LC, 'change', true, [[203.4 * WAN, L1_TOTAL], [224.6 * WAN, L1_TOTAL], [10.4, L1_TOTAL]], '合计 203.4 -> 224.6 is its +10.4'),
  entry(LC, 'change', true, [[203.4 * WAN, L1_TOTAL], [224.6 * WAN, '公司冷库总库容224.6万吨'], [10.4, '同比增长10.4%']], '一（一）: 冷库总库容224.6万吨，同比增长10.4%'),
  entry(LC, 'ratio', true, [[86.6 * WAN, '其中华东区域86.6万吨'], [224.6 * WAN, L1_TOTAL], [38.6, '占总库容的\n38.6%']], '一（一）: 华东 86.6 of 224.6万吨 is the stated 38.6%'),
  entry(LC, 'change', true, [[22.4 * WAN, L1_SW], [26.8 * WAN, L1_SW], [19.6, '库容同比增长19.6%']], '一（一）: 西南 库容同比增长19.6%'),
  entry(LC, 'sum', true, [[224.6 * WAN, '冷库总库容达到224.6万吨'], [203.4 * WAN, L1_TOTAL], [21.2 * WAN, '新增库容21.2万吨']], 'the 致辞\'s 新增库容21.2万吨: 203.4 + 21.2 = 224.6万吨'),
  entry(LC, 'ratio', true, [[128.4 * WAN, '冷库库容128.4万吨'], [224.6 * WAN, L1_TOTAL], [57.2, '占总库容的57.2%']], '一（一）: 天然工质 128.4 of 224.6万吨 is the stated 57.2%'),
  entry(LC, 'sum', true, [[69.2 * YI, L2_TOTAL], [28.64 * YI, L2_STORE], [19.86 * YI, L2_TRUNK], [14.28 * YI, L2_CITY], [6.42 * YI, L2_SCM]], '表2 2024年: 28.64 + 19.86 + 14.28 + 6.42 = 69.20亿元 (the 其中 row not a part)'),
  entry(LC, 'sum', false, [[61.78 * YI, L2_TOTAL], [25.82 * YI, L2_STORE], [18.26 * YI, L2_TRUNK], [11.96 * YI, L2_CITY], [5.83 * YI, L2_SCM]], 'planted: 表2 2023年 25.82 + 18.26 + 11.96 + 5.83 = 61.87亿元, its 合计 61.78 (digits swapped)'),
  entry(LC, 'change', false, [[61.78 * YI, L2_TOTAL], [69.2 * YI, L2_TOTAL], [11.8, L2_TOTAL]], 'the same slip: 表2 合计 61.78 -> 69.20 is +12.0%, its 同比 +11.8 (computed on 61.87)'),
  entry(LC, 'consistency', false, [[61.78 * YI, L2_TOTAL], [61.87 * YI, LK_REV]], 'the same slip: 表2\'s 2023 合计 61.78, the 关键绩效表\'s 2023 营业收入 61.87'),
  entry(LC, 'ratio', true, [[28.64 * YI, L2_STORE], [69.2 * YI, L2_TOTAL], [41.4, L2_STORE]], '冷库仓储 28.64 of 69.20 is its 41.4%'),
  entry(LC, 'ratio', true, [[4.86 * YI, L2_PHARMA], [69.2 * YI, L2_TOTAL], [7.0, L2_PHARMA]], '其中：医药冷链仓储 4.86 of 69.20 is its 7.0%'),
  entry(LC, 'ratio', true, [[19.86 * YI, L2_TRUNK], [69.2 * YI, L2_TOTAL], [28.7, L2_TRUNK]], '干线运输 19.86 of 69.20 is its 28.7%'),
  entry(LC, 'ratio', true, [[14.28 * YI, L2_CITY], [69.2 * YI, L2_TOTAL], [20.6, L2_CITY]], '城市配送 14.28 of 69.20 is its 20.6%'),
  entry(LC, 'ratio', true, [[6.42 * YI, L2_SCM], [69.2 * YI, L2_TOTAL], [9.3, L2_SCM]], '供应链服务 6.42 of 69.20 is its 9.3%'),
  entry(LC, 'sum', true, [[100, L2_TOTAL], [41.4, L2_STORE], [28.7, L2_TRUNK], [20.6, L2_CITY], [9.3, L2_SCM]], '表2 占比 column: 41.4 + 28.7 + 20.6 + 9.3 = 100.0 (the 其中 row\'s 7.0 not a part)'),
  entry(LC, 'change', true, [[25.82 * YI, L2_STORE], [28.64 * YI, L2_STORE], [10.9, L2_STORE]], '冷库仓储 25.82 -> 28.64 is its +10.9'),
  entry(LC, 'change', true, [[3.92 * YI, L2_PHARMA], [4.86 * YI, L2_PHARMA], [24.0, L2_PHARMA]], '其中：医药冷链仓储 3.92 -> 4.86 is its +24.0'),
  entry(LC, 'change', true, [[18.26 * YI, L2_TRUNK], [19.86 * YI, L2_TRUNK], [8.8, L2_TRUNK]], '干线运输 18.26 -> 19.86 is its +8.8'),
  entry(LC, 'change', true, [[11.96 * YI, L2_CITY], [14.28 * YI, L2_CITY], [19.4, L2_CITY]], '城市配送 11.96 -> 14.28 is its +19.4'),
  entry(LC, 'change', true, [[5.83 * YI, L2_SCM], [6.42 * YI, L2_SCM], [10.1, L2_SCM]], '供应链服务 5.83 -> 6.42 is its +10.1'),
  entry(LC, 'change', true, [[61.87 * YI, LK_REV], [69.2 * YI, '公司实现营业收入69.20亿元'], [11.8, '同比增长11.8%']], '一（二）: 营业收入69.20亿元，同比增长11.8% (on the 关键绩效表\'s 2023 61.87)'),
  entry(LC, 'change', true, [[11.96 * YI, L2_CITY], [14.28 * YI, L2_CITY], [19.4, '收入同比增长19.4%']], '一（二）: 城市配送 收入同比增长19.4%'),
  entry(LC, 'ratio', true, [[4.86 * YI, '医药冷链仓储收入4.86亿元'], [28.64 * YI, L2_STORE], [17.0, '占冷库仓储收入的17.0%']], '一（二）: 医药冷链仓储 4.86 of 冷库仓储 28.64亿元 is the stated 17.0%'),
  entry(LC, 'change', false, [[61.87 * YI, LK_REV], [69.2 * YI, '全年实现营业收入69.20亿元'], [18.1, '18.1%；冷库总库容']], 'planted: the 致辞\'s 营业收入69.20亿元 同比增长18.1%; 61.87 -> 69.20 is +11.8% (digits swapped)'),
  entry(LC, 'consistency', false, [[18.1, '18.1%；冷库总库容'], [11.8, '同比增长11.8%。城市配送']], 'the same slip: the 致辞\'s 同比增长18.1%, 一（二）\'s 营业收入同比增长11.8%'),
  entry(LC, 'consistency', false, [[18.1, '18.1%；冷库总库容'], [11.8, L2_TOTAL]], 'the same slip: the 致辞\'s 18.1%, 表2\'s 合计 同比 +11.8'),
  entry(LC, 'change', true, [[428.6 * WAN, LK_VOL], [486.2 * WAN, '完成冷链运输量486.2万吨'], [13.4, '同比增长13.4%']], '一（三）: 冷链运输量 428.6 -> 486.2万吨 is the stated 同比增长13.4%'),
  entry(LC, 'ratio', true, [[582, '新能源冷藏车582辆'], [1_412, '拥有自有冷藏车1,412辆'], [41.2, '占比41.2%']], '一（三）: 新能源冷藏车 582 of 1,412辆 is the stated 41.2%'),
  entry(LC, 'change', true, [[33.6, '较上年的33.6%'], [41.2, '占比41.2%'], [7.6, '提升7.6个百分点']], '一（三）: 新能源冷藏车占比 33.6% -> 41.2% is the stated 提升7.6个百分点'),
  entry(LC, 'ratio', true, [[582, '新能源冷藏车582辆'], [1_412, LK_TRUCKS], [41.2, LK_NEV]], '关键绩效表 2024: 582 over 1,412 is its 41.2 (the 注\'s definition)'),
  entry(LC, 'sum', true, [[1_412, '拥有自有冷藏车1,412辆'], [1_286, LK_TRUCKS], [126, '全年净增冷藏车126辆']], '一（三）: 1,286 + 净增 126 = 1,412辆'),
  entry(LC, 'consistency', false, [[1_286, '拥有自有冷藏车1,286辆'], [1_412, '拥有自有冷藏车1,412辆']], 'planted: the 致辞\'s 自有冷藏车1,286辆 (2023\'s figure restated), 一（三）\'s 1,412辆'),
  entry(LC, 'consistency', false, [[1_286, '拥有自有冷藏车1,286辆'], [1_412, LK_TRUCKS]], 'the same slip: the 致辞\'s 1,286辆, the 关键绩效表\'s 2024 1,412'),
  entry(LC, 'sum', true, [[24_680 * WAN, L3_TOTAL], [21_640 * WAN, L3_COOL], [1_862 * WAN, L3_EV], [1_178 * WAN, L3_OFFICE]], '表3 2024年: 21,640 + 1,862 + 1,178 = 24,680万千瓦时'),
  entry(LC, 'sum', true, [[22_200 * WAN, L3_TOTAL], [19_820 * WAN, L3_COOL], [1_248 * WAN, L3_EV], [1_132 * WAN, L3_OFFICE]], '表3 2023年: 19,820 + 1,248 + 1,132 = 22,200'),
  entry(LC, 'change', true, [[19_820 * WAN, L3_COOL], [21_640 * WAN, L3_COOL], [9.2, L3_COOL]], '冷库制冷 19,820 -> 21,640 is its +9.2'),
  entry(LC, 'change', true, [[1_248 * WAN, L3_EV], [1_862 * WAN, L3_EV], [49.2, L3_EV]], '车辆充电 1,248 -> 1,862 is its +49.2'),
  entry(LC, 'change', true, [[1_132 * WAN, L3_OFFICE], [1_178 * WAN, L3_OFFICE], [4.1, L3_OFFICE]], '办公及其他 1,132 -> 1,178 is its +4.1'),
  entry(LC, 'change', true, [[22_200 * WAN, L3_TOTAL], [24_680 * WAN, L3_TOTAL], [11.2, L3_TOTAL]], '合计 22,200 -> 24,680 is its +11.2'),
  entry(LC, 'change', true, [[22_200 * WAN, L3_TOTAL], [24_680 * WAN, '公司用电总量24,680万千瓦时'], [11.2, '同比增长11.2%']], '二（一）: 用电总量24,680万千瓦时，同比增长11.2%'),
  entry(LC, 'ratio', false, [[1_864 * WAN, '屋顶光伏发电量1,864万'], [24_680 * WAN, '公司用电总量24,680万千瓦时'], [8.6, '占总用电量的8.6%']], 'planted: 光伏 1,864 of 总用电量 24,680万千瓦时 is 7.6%, the text says 8.6% (taken over 冷库制冷 21,640: the wrong denominator)'),
  entry(LC, 'ratio', true, [[21_640 * WAN, L3_COOL], [224.6 * WAN, L1_TOTAL], [96.3, '单位库容制冷耗电96.3']], '二（一）: 冷库制冷 21,640万千瓦时 over 224.6万吨 is the stated 96.3千瓦时/吨'),
  entry(LC, 'ratio', true, [[19_820 * WAN, L3_COOL], [203.4 * WAN, L1_TOTAL], [97.4, '上年为97.4']], '二（一）: 2023 19,820 over 203.4 is the stated 97.4'),
  entry(LC, 'ratio', true, [[21_640 * WAN, L3_COOL], [224.6 * WAN, LK_CAP], [96.3, LK_KWH]], '关键绩效表 2024: 21,640 over 224.6 is its 96.3 (the 注\'s definition)'),
  entry(LC, 'ratio', true, [[19_820 * WAN, L3_COOL], [203.4 * WAN, LK_CAP], [97.4, LK_KWH]], '关键绩效表 2023: 19,820 over 203.4 is its 97.4'),
  entry(LC, 'sum', true, [[181_620, L4_TOTAL], [42_860, L4_DIESEL], [8_640, L4_REFR], [130_120, L4_S2]], '表4 2024年: 42,860 + 8,640 + 130,120 = 181,620吨二氧化碳当量'),
  entry(LC, 'sum', true, [[175_200, L4_TOTAL], [45_120, L4_DIESEL], [9_860, L4_REFR], [120_220, L4_S2]], '表4 2023年: 45,120 + 9,860 + 120,220 = 175,200'),
  entry(LC, 'sum', true, [[51_500, '公司范围一排放51,500吨'], [42_860, L4_DIESEL], [8_640, L4_REFR]], '二（二）: 范围一 42,860 + 8,640 = the stated 51,500吨'),
  entry(LC, 'change', true, [[120_220, L4_S2], [130_120, L4_S2], [8.2, '同比上升8.2%']], '二（二）: 范围二 120,220 -> 130,120 is the stated 同比上升8.2%'),
  entry(LC, 'change', true, [[175_200, L4_TOTAL], [181_620, '排放总量181,620吨'], [3.7, '同比上升3.7%']], '二（二）: 温室气体排放总量 175,200 -> 181,620 is the stated 同比上升3.7%'),
  entry(LC, 'ratio', true, [[181_620, '排放总量181,620吨'], [69.2 * YI, L2_TOTAL], [0.262, '碳排放0.262吨']], '二（二）: 181,620吨 over 69.20亿元 is the stated 0.262吨/万元'),
  entry(LC, 'ratio', true, [[175_200, L4_TOTAL], [61.87 * YI, LK_REV], [0.283, '上年为0.283吨']], '二（二）: 2023 175,200 over 61.87亿元 is the stated 0.283'),
  entry(LC, 'ratio', true, [[181_620, LK_GHG], [69.2 * YI, LK_REV], [0.262, LK_CINT]], '关键绩效表 2024: 181,620 over 69.20 is its 0.262 (the 注\'s definition)'),
  entry(LC, 'ratio', true, [[175_200, LK_GHG], [61.87 * YI, LK_REV], [0.283, LK_CINT]], '关键绩效表 2023: 175,200 over 61.87 is its 0.283'),
  entry(LC, 'change', false, [[0.24, '较上年的0.24%'], [0.18, '货损率0.18%，较上年'], [0.6, '下降0.6个百分点']], 'planted: 货损率 0.24% -> 0.18% is down 0.06 个百分点, the text says 下降0.6个百分点 (a decimal slip)'),
  entry(LC, 'sum', true, [[7_950, L5_TOTAL], [3_864, L5_WH], [1_486, L5_DRV], [1_128, L5_DEL], [1_472, L5_MGT]], '表5: 3,864 + 1,486 + 1,128 + 1,472 = 7,950人'),
  entry(LC, 'ratio', false, [[3_864, L5_WH], [7_950, L5_TOTAL], [46.8, L5_WH]], 'planted: 仓储作业人员 3,864 of 7,950 is 48.6%, its 占比 46.8 (digits swapped)'),
  entry(LC, 'ratio', true, [[1_486, L5_DRV], [7_950, L5_TOTAL], [18.7, L5_DRV]], '驾驶员 1,486 of 7,950 is its 18.7%'),
  entry(LC, 'ratio', true, [[1_128, L5_DEL], [7_950, L5_TOTAL], [14.2, L5_DEL]], '配送人员 1,128 of 7,950 is its 14.2%'),
  entry(LC, 'ratio', true, [[1_472, L5_MGT], [7_950, L5_TOTAL], [18.5, L5_MGT]], '技术及管理人员 1,472 of 7,950 is its 18.5%'),
  entry(LC, 'sum', false, [[100, L5_TOTAL], [46.8, L5_WH], [18.7, L5_DRV], [14.2, L5_DEL], [18.5, L5_MGT]], 'the same slip: 表5 占比 column 46.8 + 18.7 + 14.2 + 18.5 = 98.2, stated 100.0'),
  entry(LC, 'change', true, [[7_486, LK_STAFF], [7_950, '共有员工7,950人'], [6.2, '同比增长6.2%']], '三（二）: 员工 7,486 -> 7,950 is the stated 同比增长6.2%'),
  entry(LC, 'ratio', true, [[2_146, '女性员工2,146人'], [7_950, L5_TOTAL], [27.0, '占员工总数的27.0%']], '三（二）: 女性员工 2,146 of 7,950 is the stated 27.0%'),
  entry(LC, 'ratio', true, [[7, '发生损工事故7起'], [1_624 * WAN, '总工时1,624万小时'], [0.43, '损工事故率0.43']], '百万工时损工事故率: 7 over 1,624万工时 is the stated 0.43 (the 注\'s definition)'),
  entry(LC, 'ratio', true, [[9, '2023年：9起'], [1_486 * WAN, '1,486万小时'], [0.61, '1,486万小时，0.61']], '2023 9 over 1,486万工时 is the stated 0.61'),
  entry(LC, 'ratio', true, [[12, '一般交通事故12起'], [8_640 * WAN, '行驶8,640万公里'], [0.14, '百万公里事故率0.14']], '百万公里事故率: 12 over 8,640万公里 is the stated 0.14'),
  entry(LC, 'ratio', true, [[15, '2023年：15起'], [7_820 * WAN, '7,820万公里'], [0.19, '7,820万公里，0.19']], '2023 15 over 7,820万公里 is the stated 0.19'),

  // Birim Valley: a Ghanaian cocoa grinder's sustainability report in English (FY2024, year to 30 September)
  entry(BV, 'sum', true, [[82_440, B1_TOTAL], [24_860, B1_ASH], [21_620, B1_WN], [14_280, B1_EAST], [12_460, B1_BONO], [9_220, B1_CV]], 'Table 1 FY2024: 24,860 + 21,620 + 14,280 + 12,460 + 9,220 = 82,440 tonnes'),
  entry(BV, 'sum', true, [[78_830, B1_TOTAL], [23_420, B1_ASH], [20_980, B1_WN], [14_820, B1_EAST], [11_240, B1_BONO], [8_370, B1_CV]], 'Table 1 FY2023: 23,420 + 20,980 + 14,820 + 11,240 + 8,370 = 78,830'),
  entry(BV, 'ratio', true, [[24_860, B1_ASH], [82_440, B1_TOTAL], [30.2, B1_ASH]], 'Ashanti 24,860 of 82,440 is its 30.2%'),
  entry(BV, 'ratio', true, [[21_620, B1_WN], [82_440, B1_TOTAL], [26.2, B1_WN]], 'Western North 21,620 of 82,440 is its 26.2%'),
  entry(BV, 'ratio', true, [[14_280, B1_EAST], [82_440, B1_TOTAL], [17.3, B1_EAST]], 'Eastern 14,280 of 82,440 is its 17.3%'),
  entry(BV, 'ratio', true, [[12_460, B1_BONO], [82_440, B1_TOTAL], [15.1, B1_BONO]], 'Bono and Ahafo 12,460 of 82,440 is its 15.1%'),
  entry(BV, 'ratio', true, [[9_220, B1_CV], [82_440, B1_TOTAL], [11.2, B1_CV]], 'Central and Volta 9,220 of 82,440 is its 11.2%'),
  entry(BV, 'sum', true, [[100, B1_TOTAL], [30.2, B1_ASH], [26.2, B1_WN], [17.3, B1_EAST], [15.1, B1_BONO], [11.2, B1_CV]], 'Table 1 Share column: 30.2 + 26.2 + 17.3 + 15.1 + 11.2 = 100.0'),
  entry(BV, 'change', true, [[23_420, B1_ASH], [24_860, B1_ASH], [6.1, B1_ASH]], 'Ashanti 23,420 -> 24,860 is its 6.1'),
  entry(BV, 'change', true, [[20_980, B1_WN], [21_620, B1_WN], [3.1, B1_WN]], 'Western North 20,980 -> 21,620 is its 3.1'),
  entry(BV, 'change', true, [[14_820, B1_EAST], [14_280, B1_EAST], [-3.6, B1_EAST]], 'Eastern 14,820 -> 14,280 is its -3.6'),
  entry(BV, 'change', true, [[11_240, B1_BONO], [12_460, B1_BONO], [10.9, B1_BONO]], 'Bono and Ahafo 11,240 -> 12,460 is its 10.9'),
  entry(BV, 'change', true, [[8_370, B1_CV], [9_220, B1_CV], [10.2, B1_CV]], 'Central and Volta 8,370 -> 9,220 is its 10.2'),
  entry(BV, 'change', true, [[78_830, B1_TOTAL], [82_440, B1_TOTAL], [4.6, B1_TOTAL]], 'Total 78,830 -> 82,440 is its 4.6'),
  entry(BV, 'change', true, [[11_240, B1_BONO], [12_460, B1_BONO], [10.9, 'Bono and Ahafo grew 10.9%']], '1.1: purchases from Bono and Ahafo grew 10.9%'),
  entry(BV, 'change', true, [[14_820, B1_EAST], [14_280, B1_EAST], [3.6, 'supplied 3.6% less']], '1.1: the Eastern region supplied 3.6% less'),
  entry(BV, 'change', false, [[78_830, B1_TOTAL], [82_440, 'we bought 82,440 tonnes'], [6.4, '6.4% more']], 'planted: the Chief Executive\'s 82,440 tonnes of beans, 6.4% more; 78,830 -> 82,440 is 4.6% more (digits swapped)'),
  entry(BV, 'consistency', false, [[6.4, '6.4% more'], [4.6, B1_TOTAL]], 'the same slip: the letter\'s 6.4% more, Table 1\'s Total Change 4.6'),
  entry(BV, 'ratio', true, [[52_940, 'came to 52,940 tonnes'], [82_440, B1_TOTAL], [64.2, 'tonnes, 64.2% of our purchases']], '1.2: certified 52,940 of 82,440 tonnes is the stated 64.2%'),
  entry(BV, 'ratio', true, [[48_960, '(48,960 tonnes)'], [78_830, B1_TOTAL], [62.1, 'points from 62.1%']], '1.2: FY2023 certified 48,960 of 78,830 tonnes is the stated 62.1%'),
  entry(BV, 'change', true, [[62.1, 'points from 62.1%'], [64.2, 'tonnes, 64.2% of our purchases'], [2.1, 'up 2.1 percentage points']], '1.2: certified share 62.1% -> 64.2% is the stated up 2.1 percentage points'),
  entry(BV, 'ratio', true, [[52_940, 'came to 52,940 tonnes'], [82_440, BK_BOUGHT], [64.2, BK_CERT]], 'key figures FY2024: 52,940 over 82,440 is its 64.2 (the note\'s definition)'),
  entry(BV, 'ratio', true, [[48_960, '(48,960 tonnes)'], [78_830, BK_BOUGHT], [62.1, BK_CERT]], 'key figures FY2023: 48,960 over 78,830 is its 62.1'),
  entry(BV, 'consistency', false, [[65, 'More than 65% of the beans'], [64.2, 'tonnes, 64.2% of our purchases']], 'planted: the Chief Executive\'s `More than 65% of the beans we bought were certified`, 1.2\'s 64.2% (a turned qualifier)'),
  entry(BV, 'consistency', false, [[65, 'More than 65% of the beans'], [64.2, BK_CERT]], 'the same slip: the letter\'s more than 65%, the key figures\' 64.2'),
  entry(BV, 'ratio', true, [[86.4 * M, 'We paid GHS 86.4 million'], [4_689.2 * M, B2_TOTAL], [1.8, '1.8% of revenue']], '1.2: premiums 86.4 of 4,689.2 GHS million is the stated 1.8%'),
  entry(BV, 'change', true, [[37_120, 'than the 37,120'], [38_640, 'We bought from 38,640 farmers'], [4.1, '4.1% more']], '1.3: farmers 37,120 -> 38,640 is the stated 4.1% more'),
  entry(BV, 'ratio', true, [[11_862, 'Women farm 11,862'], [38_640, 'We bought from 38,640 farmers'], [30.7, '30.7% of the total']], '1.3: women 11,862 of 38,640 farmers is the stated 30.7%'),
  entry(BV, 'ratio', false, [[1_032, 'by the year end 1,032'], [1_246, 'identified 1,246 cases'], [86.1, '86.1% of the cases']], 'planted: 1,032 of the 1,246 cases identified is 82.8%, 1.4 says 86.1% (taken over FY2023\'s 1,198 cases: the wrong denominator)'),
  entry(BV, 'change', true, [[74_280, 'than the 74,280 tonnes'], [78_640, 'We ground 78,640 tonnes'], [5.9, '5.9% more']], '2: beans ground 74,280 -> 78,640 tonnes is the stated 5.9% more'),
  entry(BV, 'ratio', true, [[78_640, 'We ground 78,640 tonnes'], [90_000, 'of its 90,000-tonne'], [87.4, 'factory at\n87.4%']], '2: 78,640 of the 90,000-tonne capacity is the stated 87.4%'),
  entry(BV, 'sum', true, [[4_689.2 * M, B2_TOTAL], [2_486.4 * M, B2_BUTTER], [1_124.6 * M, B2_POWDER], [865.4 * M, B2_LIQUOR], [212.8 * M, B2_CAKE]], 'Table 2 FY2024: 2,486.4 + 1,124.6 + 865.4 + 212.8 = 4,689.2 GHS million'),
  entry(BV, 'sum', true, [[4_152 * M, B2_TOTAL], [2_014.8 * M, B2_BUTTER], [1_068.2 * M, B2_POWDER], [842.6 * M, B2_LIQUOR], [226.4 * M, B2_CAKE]], 'Table 2 FY2023: 2,014.8 + 1,068.2 + 842.6 + 226.4 = 4,152.0'),
  entry(BV, 'change', true, [[2_014.8 * M, B2_BUTTER], [2_486.4 * M, B2_BUTTER], [23.4, B2_BUTTER]], 'Cocoa butter 2,014.8 -> 2,486.4 is its 23.4'),
  entry(BV, 'change', true, [[1_068.2 * M, B2_POWDER], [1_124.6 * M, B2_POWDER], [5.3, B2_POWDER]], 'Cocoa powder 1,068.2 -> 1,124.6 is its 5.3'),
  entry(BV, 'change', true, [[842.6 * M, B2_LIQUOR], [865.4 * M, B2_LIQUOR], [2.7, B2_LIQUOR]], 'Cocoa liquor 842.6 -> 865.4 is its 2.7'),
  entry(BV, 'change', true, [[226.4 * M, B2_CAKE], [212.8 * M, B2_CAKE], [-6.0, B2_CAKE]], 'Cake and other 226.4 -> 212.8 is its -6.0'),
  entry(BV, 'change', true, [[4_152 * M, B2_TOTAL], [4_689.2 * M, B2_TOTAL], [12.9, B2_TOTAL]], 'Total 4,152.0 -> 4,689.2 is its 12.9'),
  entry(BV, 'change', true, [[4_152 * M, B2_TOTAL], [4_689.2 * M, 'grew 12.9% to GHS 4,689.2'], [12.9, 'Revenue grew 12.9%']], 'the Chief Executive\'s revenue grew 12.9% to GHS 4,689.2 million'),
  entry(BV, 'ratio', true, [[2_486.4 * M, 'brought in GHS 2,486.4'], [4_689.2 * M, B2_TOTAL], [53.0, 'million, 53.0% of revenue']], '2: cocoa butter 2,486.4 of 4,689.2 GHS million is the stated 53.0%'),
  entry(BV, 'ratio', true, [[1_124.6 * M, B2_POWDER], [4_689.2 * M, B2_TOTAL], [24.0, 'Cocoa powder was\n24.0%']], '2: cocoa powder 1,124.6 of 4,689.2 is the stated 24.0%'),
  entry(BV, 'ratio', true, [[865.4 * M, B2_LIQUOR], [4_689.2 * M, B2_TOTAL], [18.5, 'cocoa liquor 18.5%']], '2: cocoa liquor 865.4 of 4,689.2 is the stated 18.5%'),
  entry(BV, 'sum', true, [[359.2, B3_TOTAL], [186.4, B3_SHELL], [124.6, B3_GRID], [48.2, B3_LPG]], 'Table 3 FY2024: 186.4 + 124.6 + 48.2 = 359.2 TJ'),
  entry(BV, 'sum', true, [[340.4, B3_TOTAL], [162.8, B3_SHELL], [121.2, B3_GRID], [56.4, B3_LPG]], 'Table 3 FY2023: 162.8 + 121.2 + 56.4 = 340.4'),
  entry(BV, 'change', true, [[162.8, B3_SHELL], [186.4, B3_SHELL], [14.5, B3_SHELL]], 'Cocoa shell biomass 162.8 -> 186.4 is its 14.5'),
  entry(BV, 'change', true, [[121.2, B3_GRID], [124.6, B3_GRID], [2.8, B3_GRID]], 'Grid electricity 121.2 -> 124.6 is its 2.8'),
  entry(BV, 'change', true, [[56.4, B3_LPG], [48.2, B3_LPG], [-14.5, B3_LPG]], 'LPG and diesel 56.4 -> 48.2 is its -14.5'),
  entry(BV, 'change', true, [[340.4, B3_TOTAL], [359.2, B3_TOTAL], [5.5, B3_TOTAL]], 'Total 340.4 -> 359.2 is its 5.5'),
  entry(BV, 'ratio', true, [[186.4, B3_SHELL], [359.2, B3_TOTAL], [51.9, 'cocoa shells supplied 51.9%']], '3.1: biomass 186.4 of 359.2 TJ is the stated 51.9%'),
  entry(BV, 'ratio', true, [[162.8, B3_SHELL], [340.4, B3_TOTAL], [47.8, 'points from 47.8%']], '3.1: FY2023 162.8 of 340.4 TJ is the stated 47.8%'),
  entry(BV, 'change', true, [[47.8, 'points from 47.8%'], [51.9, 'cocoa shells supplied 51.9%'], [4.1, 'up 4.1 percentage points']], '3.1: renewable share 47.8% -> 51.9% is the stated up 4.1 percentage points'),
  entry(BV, 'ratio', true, [[186.4, B3_SHELL], [359.2, B3_TOTAL], [51.9, BK_REN]], 'key figures FY2024: 186.4 over 359.2 is its 51.9 (the note\'s definition)'),
  entry(BV, 'ratio', true, [[162.8, B3_SHELL], [340.4, B3_TOTAL], [47.8, BK_REN]], 'key figures FY2023: 162.8 over 340.4 is its 47.8'),
  entry(BV, 'ratio', true, [[186.4, B3_SHELL], [359.2, B3_TOTAL], [51.9, 'boiler supplied 51.9%']], 'the Chief Executive\'s 51.9% of our energy: 186.4 of 359.2 TJ'),
  entry(BV, 'sum', false, [[16_128, B4_TOTAL], [3_486, B4_S1], [12_462, B4_S2]], 'planted: Table 4 FY2024 3,486 + 12,462 = 15,948 tCO2e, its Total 16,128 (Scope 2 12,642 printed 12,462, digits swapped)'),
  entry(BV, 'sum', true, [[16_410, B4_TOTAL], [4_092, B4_S1], [12_318, B4_S2]], 'Table 4 FY2023: 4,092 + 12,318 = 16,410'),
  entry(BV, 'consistency', false, [[12_462, B4_S2], [12_642, 'grid electricity were 12,642']], 'the same slip: Table 4\'s Scope 2 12,462, 3.2\'s 12,642 tCO2e'),
  entry(BV, 'sum', true, [[16_128, 'fell 1.7% to 16,128'], [3_486, 'Scope 1 emissions fell to 3,486'], [12_642, 'grid electricity were 12,642']], '3.2: Scope 1 3,486 + Scope 2 12,642 = the stated total 16,128 tCO2e'),
  entry(BV, 'change', true, [[16_410, B4_TOTAL], [16_128, 'fell 1.7% to 16,128'], [1.7, 'emissions fell 1.7%']], '3.2: Scope 1 and 2 16,410 -> 16,128 tCO2e is the stated fell 1.7%'),
  entry(BV, 'ratio', true, [[16_128, 'fell 1.7% to 16,128'], [78_640, BK_GROUND], [205.1, 'or 205.1 kg']], '3.2: 16,128 tCO2e over 78,640 tonnes ground is the stated 205.1 kg per tonne'),
  entry(BV, 'ratio', true, [[16_410, B4_TOTAL], [74_280, BK_GROUND], [220.9, '(FY2023: 220.9 kg)']], '3.2: FY2023 16,410 over 74,280 tonnes is the stated 220.9 kg'),
  entry(BV, 'ratio', true, [[16_128, BK_GHG], [78_640, BK_GROUND], [205.1, BK_GPER]], 'key figures FY2024: 16,128 over 78,640 is its 205.1 (the note\'s definition)'),
  entry(BV, 'ratio', true, [[16_410, BK_GHG], [74_280, BK_GROUND], [220.9, BK_GPER]], 'key figures FY2023: 16,410 over 74,280 is its 220.9'),
  entry(BV, 'ratio', true, [[16_128, BK_GHG], [78_640, 'and ground 78,640 tonnes'], [205.1, 'fell to 205.1 kg']], 'the Chief Executive\'s 205.1 kg CO2e per tonne ground: 16,128 over 78,640'),
  entry(BV, 'change', true, [[192_600, 'than the 192,600'], [186_400, 'drew 186,400 m³'], [3.2, '3.2% less']], '3.3: water 192,600 -> 186,400 m³ is the stated 3.2% less'),
  entry(BV, 'ratio', true, [[186_400, 'drew 186,400 m³'], [78_640, BK_GROUND], [2.37, ': 2.37 m³ per tonne']], '3.3: 186,400 m³ over 78,640 tonnes is the stated 2.37 m³ per tonne'),
  entry(BV, 'ratio', true, [[192_600, 'than the 192,600'], [74_280, BK_GROUND], [2.59, 'against 2.59 m³']], '3.3: FY2023 192,600 over 74,280 is the stated 2.59'),
  entry(BV, 'ratio', true, [[186_400, 'drew 186,400 m³'], [78_640, BK_GROUND], [2.37, BK_WPER]], 'key figures FY2024: 186,400 over 78,640 is its 2.37 (the note\'s definition)'),
  entry(BV, 'ratio', true, [[192_600, 'than the 192,600'], [74_280, BK_GROUND], [2.59, BK_WPER]], 'key figures FY2023: 192,600 over 74,280 is its 2.59'),
  entry(BV, 'change', true, [[1_772, '(1,772)'], [1_846, 'we had 1,846 employees'], [4.2, '4.2% more']], '4: employees 1,772 -> 1,846 is the stated 4.2% more'),
  entry(BV, 'ratio', true, [[486, 'and 486 of them'], [1_846, 'we had 1,846 employees'], [26.3, 'or 26.3%']], '4: women 486 of 1,846 employees is the stated 26.3%'),
  entry(BV, 'ratio', true, [[2, 'We recorded 2 lost-time'], [3.84 * M, 'over 3.84 million hours'], [0.52, 'rate of 0.52']], 'LTIFR: 2 over 3.84 million hours is the stated 0.52'),
  entry(BV, 'ratio', true, [[4, '(FY2023: 4 over'], [3.72 * M, '3.72 million hours'], [1.08, 'million hours, 1.08']], 'FY2023 4 over 3.72 million hours is the stated 1.08'),

  // Kyklades Coastal Lines: a Greek island ferry operator's sustainability report in English (2024)
  entry(KY, 'sum', true, [[3_240 * K, Y1_TOTAL], [1_286.4 * K, Y1_CYC], [642.8 * K, Y1_DOD], [824.6 * K, Y1_CRETE], [486.2 * K, Y1_SAR]], 'Table 1 2024: 1,286.4 + 642.8 + 824.6 + 486.2 = 3,240.0 thousand passengers'),
  entry(KY, 'sum', true, [[3_122 * K, Y1_TOTAL], [1_214.8 * K, Y1_CYC], [618.6 * K, Y1_DOD], [846.2 * K, Y1_CRETE], [442.4 * K, Y1_SAR]], 'Table 1 2023: 1,214.8 + 618.6 + 846.2 + 442.4 = 3,122.0'),
  entry(KY, 'ratio', true, [[1_286.4 * K, Y1_CYC], [3_240 * K, Y1_TOTAL], [39.7, Y1_CYC]], 'Cyclades 1,286.4 of 3,240.0 is its 39.7%'),
  entry(KY, 'ratio', true, [[642.8 * K, Y1_DOD], [3_240 * K, Y1_TOTAL], [19.8, Y1_DOD]], 'Dodecanese 642.8 of 3,240.0 is its 19.8%'),
  entry(KY, 'ratio', true, [[824.6 * K, Y1_CRETE], [3_240 * K, Y1_TOTAL], [25.5, Y1_CRETE]], 'Crete 824.6 of 3,240.0 is its 25.5%'),
  entry(KY, 'ratio', true, [[486.2 * K, Y1_SAR], [3_240 * K, Y1_TOTAL], [15.0, Y1_SAR]], 'Saronic Gulf 486.2 of 3,240.0 is its 15.0%'),
  entry(KY, 'sum', true, [[100, Y1_TOTAL], [39.7, Y1_CYC], [19.8, Y1_DOD], [25.5, Y1_CRETE], [15.0, Y1_SAR]], 'Table 1 Share column: 39.7 + 19.8 + 25.5 + 15.0 = 100.0'),
  entry(KY, 'change', true, [[1_214.8 * K, Y1_CYC], [1_286.4 * K, Y1_CYC], [5.9, Y1_CYC]], 'Cyclades 1,214.8 -> 1,286.4 is its 5.9'),
  entry(KY, 'change', true, [[618.6 * K, Y1_DOD], [642.8 * K, Y1_DOD], [3.9, Y1_DOD]], 'Dodecanese 618.6 -> 642.8 is its 3.9'),
  entry(KY, 'change', true, [[846.2 * K, Y1_CRETE], [824.6 * K, Y1_CRETE], [-2.6, Y1_CRETE]], 'Crete 846.2 -> 824.6 is its -2.6'),
  entry(KY, 'change', true, [[442.4 * K, Y1_SAR], [486.2 * K, Y1_SAR], [9.9, Y1_SAR]], 'Saronic Gulf 442.4 -> 486.2 is its 9.9'),
  entry(KY, 'change', true, [[3_122 * K, Y1_TOTAL], [3_240 * K, Y1_TOTAL], [3.8, Y1_TOTAL]], 'Total 3,122.0 -> 3,240.0 is its 3.8'),
  entry(KY, 'change', true, [[3_122 * K, Y1_TOTAL], [3.24 * M, 'ships carried 3.24 million'], [3.8, '3.8% more']], 'the Chief Executive\'s 3.24 million passengers, 3.8% more (Table 1\'s 3,240.0 thousand rounded)'),
  entry(KY, 'ratio', true, [[1_286.4 * K, Y1_CYC], [3_240 * K, Y1_TOTAL], [39.7, 'with 39.7% of passengers']], '1.1: the Cyclades 1,286.4 of 3,240.0 thousand is the stated 39.7%'),
  entry(KY, 'change', true, [[846.2 * K, Y1_CRETE], [824.6 * K, Y1_CRETE], [2.6, 'Crete carried 2.6% fewer']], '1.1: Crete carried 2.6% fewer passengers'),
  entry(KY, 'change', true, [[462.8 * K, 'than the 462.8 thousand'], [486.4 * K, 'We carried 486.4 thousand'], [5.1, '5.1% more']], '1.2: cars 462.8 -> 486.4 thousand is the stated 5.1% more'),
  entry(KY, 'change', true, [[118.2 * K, 'from 118.2 thousand'], [124.6 * K, 'and 124.6 thousand trucks and trailers, up'], [5.4, 'up 5.4%']], '1.2: trucks and trailers 118.2 -> 124.6 thousand is the stated up 5.4%'),
  entry(KY, 'ratio', true, [[612.4 * K, 'residents made 612.4 thousand'], [3_240 * K, Y1_TOTAL], [18.9, '18.9% of all passengers']], '3.4: residents\' 612.4 of 3,240.0 thousand trips is the stated 18.9%'),
  entry(KY, 'sum', true, [[414_200 * K, Y2_TOTAL], [268_420 * K, Y2_PAX], [64_280 * K, Y2_VEH], [52_860 * K, Y2_FRT], [28_640 * K, Y2_ONB]], 'Table 2 2024: 268,420 + 64,280 + 52,860 + 28,640 = 414,200 EUR thousand'),
  entry(KY, 'sum', true, [[387_600 * K, Y2_TOTAL], [251_860 * K, Y2_PAX], [60_140 * K, Y2_VEH], [49_420 * K, Y2_FRT], [26_180 * K, Y2_ONB]], 'Table 2 2023: 251,860 + 60,140 + 49,420 + 26,180 = 387,600'),
  entry(KY, 'change', true, [[251_860 * K, Y2_PAX], [268_420 * K, Y2_PAX], [6.6, Y2_PAX]], 'Passenger tickets 251,860 -> 268,420 is its 6.6'),
  entry(KY, 'change', true, [[60_140 * K, Y2_VEH], [64_280 * K, Y2_VEH], [6.9, Y2_VEH]], 'Vehicles 60,140 -> 64,280 is its 6.9'),
  entry(KY, 'change', true, [[49_420 * K, Y2_FRT], [52_860 * K, Y2_FRT], [7.0, Y2_FRT]], 'Freight 49,420 -> 52,860 is its 7.0'),
  entry(KY, 'change', true, [[26_180 * K, Y2_ONB], [28_640 * K, Y2_ONB], [9.4, Y2_ONB]], 'On-board sales 26,180 -> 28,640 is its 9.4'),
  entry(KY, 'change', true, [[387_600 * K, Y2_TOTAL], [414_200 * K, Y2_TOTAL], [6.9, Y2_TOTAL]], 'Total 387,600 -> 414,200 is its 6.9'),
  entry(KY, 'change', true, [[387_600 * K, Y2_TOTAL], [414.2 * M, 'rose 6.9% to EUR 414.2'], [6.9, 'Revenue rose 6.9%']], 'the Chief Executive\'s revenue rose 6.9% to EUR 414.2 million'),
  entry(KY, 'ratio', true, [[268_420 * K, Y2_PAX], [414_200 * K, Y2_TOTAL], [64.8, 'brought in 64.8% of revenue']], '2: passenger tickets 268,420 of 414,200 is the stated 64.8%'),
  entry(KY, 'consistency', false, [[2.86 * M, 'On-board sales of EUR 2.86'], [28_640 * K, Y2_ONB]], 'planted: 2\'s on-board sales of EUR 2.86 million, Table 2\'s 28,640 EUR thousand (EUR 28.6 million: a scale slip)'),
  entry(KY, 'change', false, [[26_180 * K, Y2_ONB], [2.86 * M, 'On-board sales of EUR 2.86'], [9.4, 'grew fastest, up 9.4%']], 'the same slip: EUR 26,180 thousand -> EUR 2.86 million is not up 9.4% (the rate was computed on 28,640 thousand)'),
  entry(KY, 'sum', true, [[137_780, Y3_TOTAL], [98_640, Y3_VLSFO], [24_860, Y3_MGO], [14_280, Y3_LNG]], 'Table 3 2024: 98,640 + 24,860 + 14,280 = 137,780 tonnes'),
  entry(KY, 'sum', false, [[141_560, Y3_TOTAL], [104_280, Y3_VLSFO], [24_620, Y3_MGO], [10_860, Y3_LNG]], 'planted: Table 3 2023 104,280 + 24,620 + 10,860 = 139,760 tonnes, its Total 141,560 (MGO 26,420 printed 24,620, digits swapped)'),
  entry(KY, 'change', false, [[24_620, Y3_MGO], [24_860, Y3_MGO], [-5.9, Y3_MGO]], 'the same slip: MGO 24,620 -> 24,860 is +1.0%, its Change -5.9 (computed on 26,420)'),
  entry(KY, 'change', true, [[104_280, Y3_VLSFO], [98_640, Y3_VLSFO], [-5.4, Y3_VLSFO]], 'VLSFO 104,280 -> 98,640 is its -5.4'),
  entry(KY, 'change', true, [[10_860, Y3_LNG], [14_280, Y3_LNG], [31.5, Y3_LNG]], 'LNG 10,860 -> 14,280 is its 31.5'),
  entry(KY, 'change', true, [[141_560, Y3_TOTAL], [137_780, Y3_TOTAL], [-2.7, Y3_TOTAL]], 'Total 141,560 -> 137,780 is its -2.7'),
  entry(KY, 'change', true, [[141_560, Y3_TOTAL], [137_780, Y3_TOTAL], [2.7, 'fuel consumption fell 2.7%']], 'the Chief Executive\'s fuel consumption fell 2.7%'),
  entry(KY, 'ratio', true, [[14_280, Y3_LNG], [137_780, Y3_TOTAL], [10.4, 'LNG made up 10.4%']], '3.1: LNG 14,280 of 137,780 tonnes is the stated 10.4%'),
  entry(KY, 'ratio', true, [[10_860, Y3_LNG], [141_560, Y3_TOTAL], [7.7, 'points from 7.7%']], '3.1: 2023 LNG 10,860 of 141,560 tonnes is the stated 7.7%'),
  entry(KY, 'change', false, [[7.7, 'points from 7.7%'], [10.4, 'LNG made up 10.4%'], [7.2, 'up 7.2 percentage points']], 'planted: LNG share 7.7% -> 10.4% is up 2.7 percentage points, the text says up 7.2 (digits swapped)'),
  entry(KY, 'change', false, [[7.7, YK_LNG], [10.4, YK_LNG], [7.2, 'up 7.2 percentage points']], 'the same slip: the key figures\' LNG share 7.7 -> 10.4 is up 2.7 percentage points, 3.1 says up 7.2'),
  entry(KY, 'ratio', true, [[14_280, Y3_LNG], [137_780, YK_FUEL], [10.4, YK_LNG]], 'key figures 2024: LNG 14,280 over 137,780 is its 10.4 (the note\'s definition)'),
  entry(KY, 'ratio', true, [[10_860, Y3_LNG], [141_560, YK_FUEL], [7.7, YK_LNG]], 'key figures 2023: 10,860 over 141,560 is its 7.7'),
  entry(KY, 'change', true, [[442_180, '(2023: 442,180 tCO2e)'], [428_640, 'fuel were 428,640'], [3.1, '3.1% less']], '3.2: Scope 1 442,180 -> 428,640 tCO2e is the stated 3.1% less'),
  entry(KY, 'sum', true, [[431_100, 'we emitted 431,100'], [428_640, 'fuel were 428,640'], [2_460, 'shore power were 2,460']], '3.2: Scope 1 428,640 + Scope 2 2,460 = the stated 431,100 tCO2e'),
  entry(KY, 'sum', true, [[444_360, 'than the\n444,360'], [442_180, '(2023: 442,180 tCO2e)'], [2_180, '(2023: 2,180)']], '3.2: 2023 442,180 + 2,180 = the stated 444,360'),
  entry(KY, 'change', true, [[444_360, 'than the\n444,360'], [431_100, 'we emitted 431,100'], [3.0, '3.0% less']], '3.2: Scope 1 and 2 444,360 -> 431,100 tCO2e is the stated 3.0% less'),
  entry(KY, 'sum', true, [[431_100, YK_S12], [428_640, YK_S1], [2_460, 'shore power were 2,460']], 'key figures 2024: Scope 1 and 2 431,100 = Scope 1 428,640 + Scope 2 2,460'),
  entry(KY, 'sum', true, [[444_360, YK_S12], [442_180, YK_S1], [2_180, '(2023: 2,180)']], 'key figures 2023: 444,360 = 442,180 + 2,180'),
  entry(KY, 'ratio', true, [[428_640, 'fuel were 428,640'], [1.864 * M, 'sailed 1.864 million'], [230.0, 'emitted 230.0 kg']], '3.2: Scope 1 428,640 tCO2e over 1.864 million nautical miles is the stated 230.0 kg'),
  entry(KY, 'ratio', true, [[442_180, '(2023: 442,180 tCO2e)'], [1.912 * M, '(2023: 1.912 million)'], [231.3, 'against 231.3 kg']], '3.2: 2023 442,180 over 1.912 million nautical miles is the stated 231.3 kg'),
  entry(KY, 'ratio', true, [[428_640, YK_S1], [1.864 * M, 'sailed 1.864 million'], [230.0, YK_NM]], 'key figures 2024: 428,640 over 1.864 million nautical miles is its 230.0 (the note\'s definition)'),
  entry(KY, 'ratio', true, [[442_180, YK_S1], [1.912 * M, '(2023: 1.912 million)'], [231.3, YK_NM]], 'key figures 2023: 442,180 over 1.912 million is its 231.3'),
  entry(KY, 'sum', true, [[1_892, 'we employed 1,892 people'], [1_532, '1,532 seafarers'], [360, 'and 360 staff ashore']], '4: 1,532 seafarers + 360 staff ashore = the stated 1,892 people'),
  entry(KY, 'change', true, [[1_486, 'a year earlier (1,486)'], [1_532, '1,532 seafarers'], [3.1, '3.1% more']], '4: seafarers 1,486 -> 1,532 is the stated 3.1% more'),
  entry(KY, 'consistency', false, [[1_486, 'our 1,486 seafarers'], [1_532, '1,532 seafarers']], 'planted: the Chief Executive\'s `our 1,486 seafarers` (2023\'s figure restated), 4\'s 1,532 seafarers'),
  entry(KY, 'ratio', true, [[412, 'Women hold 412'], [1_892, 'we employed 1,892 people'], [21.8, '21.8% of the total']], '4: women 412 of 1,892 is the stated 21.8%'),
  entry(KY, 'ratio', true, [[412, 'Women hold 412'], [1_892, Y4_TOTAL], [21.8, YK_WOMEN]], 'key figures 2024: women 412 of 1,892 employees is its 21.8'),
  entry(KY, 'ratio', false, [[124, 'serve as 124 of our seafarers'], [1_532, '1,532 seafarers'], [6.6, '6.6% of the crews']], 'planted: women 124 of the 1,532 seafarers is 8.1%, 4 says 6.6% of the crews (taken over all 1,892 employees: the wrong denominator)'),
  entry(KY, 'sum', true, [[1_892, Y4_TOTAL], [486, Y4_OFF], [1_046, Y4_RAT], [360, Y4_SHORE]], 'Table 4 2024: 486 + 1,046 + 360 = 1,892'),
  entry(KY, 'sum', true, [[1_834, Y4_TOTAL], [468, Y4_OFF], [1_018, Y4_RAT], [348, Y4_SHORE]], 'Table 4 2023: 468 + 1,018 + 348 = 1,834'),
  entry(KY, 'ratio', true, [[486, Y4_OFF], [1_892, Y4_TOTAL], [25.7, Y4_OFF]], 'Officers 486 of 1,892 is its 25.7%'),
  entry(KY, 'ratio', true, [[1_046, Y4_RAT], [1_892, Y4_TOTAL], [55.3, Y4_RAT]], 'Ratings 1,046 of 1,892 is its 55.3%'),
  entry(KY, 'ratio', true, [[360, Y4_SHORE], [1_892, Y4_TOTAL], [19.0, Y4_SHORE]], 'Staff ashore 360 of 1,892 is its 19.0%'),
  entry(KY, 'sum', true, [[100, Y4_TOTAL], [25.7, Y4_OFF], [55.3, Y4_RAT], [19.0, Y4_SHORE]], 'Table 4 Share column: 25.7 + 55.3 + 19.0 = 100.0'),
  entry(KY, 'change', true, [[468, Y4_OFF], [486, Y4_OFF], [3.8, Y4_OFF]], 'Officers 468 -> 486 is its 3.8'),
  entry(KY, 'change', true, [[1_018, Y4_RAT], [1_046, Y4_RAT], [2.8, Y4_RAT]], 'Ratings 1,018 -> 1,046 is its 2.8'),
  entry(KY, 'change', true, [[348, Y4_SHORE], [360, Y4_SHORE], [3.4, Y4_SHORE]], 'Staff ashore 348 -> 360 is its 3.4'),
  entry(KY, 'change', true, [[1_834, Y4_TOTAL], [1_892, Y4_TOTAL], [3.2, Y4_TOTAL]], 'Total 1,834 -> 1,892 is its 3.2'),
  entry(KY, 'sum', true, [[1_532, '1,532 seafarers'], [486, Y4_OFF], [1_046, Y4_RAT]], '4: the 1,532 seafarers are Table 4\'s Officers 486 + Ratings 1,046'),
  entry(KY, 'ratio', true, [[9, 'We recorded 9 lost-time'], [4.26 * M, 'over 4.26 million hours'], [2.11, 'rate of 2.11']], 'LTIFR: 9 over 4.26 million hours is the stated 2.11'),
  entry(KY, 'ratio', true, [[11, '(2023: 11 over'], [4.12 * M, '4.12 million hours'], [2.67, 'million hours, 2.67']], '2023 11 over 4.12 million hours is the stated 2.67'),
];
