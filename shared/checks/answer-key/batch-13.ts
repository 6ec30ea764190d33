// The thirteenth blind batch: seven engagements of companies outside the seeds, written as their
// published reports read (PDF text: wrapped lines, page footers, tables flattened to tabs or to
// aligned columns): an English mining sustainability report (a GHG table of three years in kt, a
// safety paragraph with frequency rates and a safety table, water in GL); a Chinese rural commercial
// bank's ESG report (key-figure tables under `单位：亿元` / `单位：人` captions, running text with 其中,
// 占比, 同比增长, 较上年末增加, 个百分点); a Hong Kong group's English report and its traditional Chinese
// version as two files; a UK retailer's annual report extract (colleagues, community, an emissions
// table with a bracketed change column); a Chinese internet company's rural-revitalisation and
// charity pages with a highlights block of a figure a line; an English annual report with a
// five-year summary (bracketed expenses, a renewable share row); a Chinese materials maker's ESG
// report (two years' tables with a unit column, a staff table under `单位：人`).
// Planted (as an auditor finds them): a table total that does not add (Scope 2 2021 written 871 for
// 817; 2020 operating expenses 1,491 for 1,419), a sentence total that does not add (£7.4 million of
// £3.1 + 2.2 + 1.4 + 0.5; re-annotated holding after the blind run: within the parts' rounding), growth rates that do not compute (净利润 同比增长 9.6%, 8.6 by the table;
// water 同比增长 5.4%, 6.4; emissions `fell 14.1%`, 12.3; `fell 9.2%`, 8.2 in the table), shares that
// do not compute (186 of 428 `占比 41.3%`; 52 of 168 `占比 32.1%`; 5,318 of 18,642 `占比 29.5%`), one
// metric said twice with different values or qualifiers (LTIFR 0.49 in the text, 0.94 in the table;
// 纳税 7.46 / 7.64 亿元; 41,260 / 41,620 colleagues; 1,268 / 1,286 people; 186 / 168 县; 近 / 超过
// 3,100 万), and three translation slips (118 萬人次 / 11.8 million passengers, 近 95% / over 95%,
// 超過 24,000 / more than 42,000 hours).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: the 2020 baseline 2,180 kt and the 2030 target of 30%; 1.84
// million tonnes against 1,842 kt; 14.4 million tonnes against 14,380 kt; 18% of the Executive
// Committee beside 21.4% of employees; 4,105 staff in text and table; 168 县 and 12 centres; the
// 2022 column beside 2023 text; 79% last year beside 82%; 618,000 customers against 618 thousand;
// 1.864 億千瓦時 / 186.4 million kWh; the 50% and 15% targets; 44% of a team of 96 (no numerator);
// 4,860 tonnes and 11.6 million meals.

import type { Engagement } from './key';
import { across, engagements, entry, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b13';
const TALLOW = 'tallowmere-resources-sustainability-2023.txt';
const ZHEDONG = 'zhedong-rcb-esg-2023.txt';
const SHEK_EN = 'shek-o-pacific-esg-2023-en.txt';
const SHEK_ZH = 'shek-o-pacific-esg-2023-zh.txt';
const HARTWELL = 'hartwell-pryce-annual-report-2023-24.txt';
const XINGHE = 'xinghe-network-esg-2023-charity.txt';
const RIVERBEND = 'riverbend-energy-annual-report-2023.txt';
const HUASHENG = 'huasheng-materials-esg-2023.txt';

export const BATCH_13_ENGAGEMENTS: Engagement[] = engagements(DIR, [
  TALLOW,
  ZHEDONG,
  [SHEK_EN, SHEK_ZH],
  HARTWELL,
  XINGHE,
  RIVERBEND,
  HUASHENG,
]);

export const BATCH_13_KEY: KeyEntry[] = [
  // Tallowmere Resources: an English mining sustainability report
  entry(TALLOW, 'sum', false, [[2_021, 'Total Scope 1 and 2'], [1_204, 'Scope 1 '], [871, '(market-based)']], 'planted: GHG 2021 total 2,021 kt, yet Scope 1 1,204 + Scope 2 871 = 2,075'),
  entry(TALLOW, 'sum', true, [[1_962, 'Total Scope 1 and 2'], 1_188, 774], 'GHG 2022: 1,188 + 774 = 1,962 kt'),
  entry(TALLOW, 'sum', true, [[1_842, 'Total Scope 1 and 2'], 1_131, 711], 'GHG 2023: 1,131 + 711 = 1,842 kt'),
  entry(TALLOW, 'change', true, [[1_962, 'compared with'], [1_842, 'emissions were'], 6.1], 'Scope 1 and 2 1,962 -> 1,842 kt is the stated fall of 6.1%'),
  entry(TALLOW, 'change', true, [15_120, 14.4 * M, 4.9], 'Scope 3 15,120 kt (table) -> 14.4 million tonnes is the stated 4.9% lower'),
  entry(TALLOW, 'ratio', true, [1_619, 4_260, 38], 'renewable electricity 38% of 4,260 GWh is the 1,619 GWh in brackets'),
  entry(TALLOW, 'ratio', true, [[1_842, 'emissions were'], 312_400, [5.9, 'improved to']], 'intensity: 1,842 kt over 312,400 t CuEq is the stated 5.90 t/t'),
  entry(TALLOW, 'sum', true, [52.6, 21.4, 18.9, 12.3], 'water withdrawal 52.6 GL = seawater 21.4 + groundwater 18.9 + the remaining 12.3 surface'),
  entry(TALLOW, 'ratio', true, [21.4, 52.6, 40.7], 'seawater 21.4 of 52.6 GL is the stated 40.7%'),
  entry(TALLOW, 'ratio', true, [[97, 'recorded'], [38.6 * M, 'worked'], [2.51, '(TRIFR) of']], 'TRIFR: 97 recordable injuries over 38.6 million hours is the stated 2.51 per million hours'),
  entry(TALLOW, 'change', true, [[2.87, 'down from'], [2.51, '(TRIFR) of'], 12.5], 'TRIFR 2.87 -> 2.51 is the stated improvement of 12.5%'),
  entry(TALLOW, 'ratio', true, [[19, 'fell to'], [38.6 * M, 'worked'], [0.49, '(LTIFR) was']], 'LTIFR: 19 lost-time injuries over 38.6 million hours is the stated 0.49'),
  entry(TALLOW, 'consistency', false, [[0.49, '(LTIFR) was'], [0.94, 'LTIFR (per million hours)']], 'planted: LTIFR 2023 0.49 in the text, 0.94 in the safety table (digits swapped)'),
  entry(TALLOW, 'ratio', false, [[19, 'Lost-time injuries  '], [38.6 * M, 'Hours worked'], [0.94, 'LTIFR (per million hours)']], 'planted: the table\'s 2023 LTIFR 0.94, yet 19 injuries over 38.6 million hours is 0.49'),
  entry(TALLOW, 'ratio', true, [[112, 'Recordable injuries'], [35.2 * M, 'Hours worked'], [3.18, 'TRIFR (per million hours)']], 'table 2021: 112 recordables over 35.2 million hours is the 3.18 TRIFR'),
  entry(TALLOW, 'ratio', true, [[106, 'Recordable injuries'], [36.9 * M, 'Hours worked'], [2.87, 'TRIFR (per million hours)']], 'table 2022: 106 recordables over 36.9 million hours is the 2.87 TRIFR'),
  entry(TALLOW, 'ratio', true, [[97, 'Recordable injuries'], [38.6 * M, 'Hours worked'], [2.51, 'TRIFR (per million hours)']], 'table 2023: 97 recordables over 38.6 million hours is the 2.51 TRIFR'),
  entry(TALLOW, 'ratio', true, [[27, 'Lost-time injuries  '], [35.2 * M, 'Hours worked'], [0.77, 'LTIFR (per million hours)']], 'table 2021: 27 lost-time injuries over 35.2 million hours is the 0.77 LTIFR'),
  entry(TALLOW, 'ratio', true, [[24, 'Lost-time injuries  '], [36.9 * M, 'Hours worked'], [0.65, 'LTIFR (per million hours)']], 'table 2022: 24 lost-time injuries over 36.9 million hours is the 0.65 LTIFR'),
  entry(TALLOW, 'ratio', true, [1_033, 4_826, 21.4], 'women 1,033 of 4,826 employees is the stated 21.4%'),

  // 浙东农商银行: a Chinese rural commercial bank's ESG report
  entry(ZHEDONG, 'change', false, [20.13 * YI, [21.87 * YI, '实现净利润'], 9.6], 'planted: 净利润 20.13 (table) -> 21.87 亿元 is +8.6%, stated 同比增长 9.6%'),
  entry(ZHEDONG, 'consistency', false, [[7.46 * YI, '依法纳税'], [7.64 * YI, '纳税总额']], 'planted: 全年依法纳税 7.46 亿元 in the text, 纳税总额 7.64 亿元 for 2023 in the table'),
  entry(ZHEDONG, 'ratio', false, [[186, '其中女性'], [428, '管理人员'], 41.3], 'planted: 186 women of 428 managers is 43.5%, stated 占比 41.3%'),
  entry(ZHEDONG, 'change', true, [1_276.5 * YI, [1_452.71 * YI, '款余额'], 13.8], '各项贷款 1,276.50 -> 1,452.71 亿元 is the stated 同比增长 13.80% (增加 176.21 亿元)'),
  entry(ZHEDONG, 'ratio', true, [[779.35 * YI, '其中涉农贷款余额'], [1_452.71 * YI, '款余额'], 53.65], '涉农贷款 779.35 of 1,452.71 亿元 is the stated 53.65%'),
  entry(ZHEDONG, 'change', true, [352.6 * YI, [418.06 * YI, '小微企业贷款余额418'], 18.56], '普惠型小微 352.60 -> 418.06 亿元 is the stated 同比增长 18.56%, 4.76 points above 13.80%'),
  entry(ZHEDONG, 'sum', true, [[126.48 * YI, '本行绿色贷款余额'], 41.27 * YI, 28.63 * YI, 56.58 * YI], '绿色贷款 126.48 亿元 = 41.27 + 28.63 + 56.58'),
  entry(ZHEDONG, 'change', true, [93.55 * YI, [126.48 * YI, '本行绿色贷款余额'], 35.2], '绿色贷款 93.55 (table) -> 126.48 亿元 is the stated 同比增长 35.2%'),
  entry(ZHEDONG, 'sum', true, [[3_842, '员工总数'], 1_936, 1_906], 'staff 2021: men 1,936 + women 1,906 = 3,842'),
  entry(ZHEDONG, 'sum', true, [[3_967, '员工总数'], 1_958, 2_009], 'staff 2022: men 1,958 + women 2,009 = 3,967'),
  entry(ZHEDONG, 'sum', true, [[4_105, '员工总数'], 2_003, [2_102, '女性员工\t']], 'staff 2023: men 2,003 + women 2,102 = 4,105'),
  entry(ZHEDONG, 'sum', true, [[3_842, '员工总数'], 1_105, 2_143, 594], 'staff 2021 by age: 1,105 + 2,143 + 594 = 3,842'),
  entry(ZHEDONG, 'sum', true, [[3_967, '员工总数'], 1_084, 2_236, 647], 'staff 2022 by age: 1,084 + 2,236 + 647 = 3,967'),
  entry(ZHEDONG, 'sum', true, [[4_105, '员工总数'], 1_062, 2_351, 692], 'staff 2023 by age: 1,062 + 2,351 + 692 = 4,105'),
  entry(ZHEDONG, 'ratio', true, [[2_102, '其中女性员工'], [4_105, '共有员工'], 51.2], 'women 2,102 of 4,105 is the stated 51.2%'),
  entry(ZHEDONG, 'ratio', true, [3_688, [4_105, '共有员工'], 89.8], 'graduates 3,688 of 4,105 is the stated 89.8%'),
  entry(ZHEDONG, 'sum', true, [1_268 * WAN, 736 * WAN, 312 * WAN, 220 * WAN], '公益捐赠 1,268 万元 = 736 + 312 + 220'),

  // Shek O Pacific: a Hong Kong group's English report and its traditional Chinese version
  across(SHEK_ZH, [[118 * WAN, '接載乘客']], SHEK_EN, [[11.8 * M, 'carried']], 'planted: 渡輪全年接載乘客 118 萬人次 (1.18 million) in the Chinese, "11.8 million passengers" in the English'),
  across(SHEK_ZH, [[95, '近95%']], SHEK_EN, [[95, 'Over 95%']], 'planted: 近 95% (nearly) of employees in Hong Kong in the Chinese, "Over 95%" in the English'),
  across(SHEK_ZH, [[24_000, '超過24,000']], SHEK_EN, [[42_000, 'more than 42,000']], 'planted: volunteers served 超過 24,000 小時 in the Chinese, "more than 42,000 hours" in the English'),
  entry(SHEK_EN, 'change', true, [192.6 * M, 186.4 * M, 3.2], 'electricity 192.6 -> 186.4 million kWh is the stated 3.2% less'),
  entry(SHEK_EN, 'sum', true, [98_620, 27_480, 71_140], 'GHG 98,620 t = Scope 1 27,480 + Scope 2 71,140'),
  entry(SHEK_EN, 'ratio', true, [1_386, 4_215, 24.7], 'recycling rate: 1,386 recycled of 1,386 + 4,215 to landfill is the stated 24.7%'),
  entry(SHEK_EN, 'ratio', true, [2_647, 6_218, 42.6], 'women 2,647 of 6,218 staff is the stated 42.6%'),
  entry(SHEK_EN, 'ratio', true, [148_200, 6_218, 23.8], 'training 148,200 hours over 6,218 staff is the stated average 23.8 hours'),
  entry(SHEK_EN, 'sum', true, [18.6 * M, 12.4 * M, 3.9 * M, 2.3 * M], 'community HK$18.6 million comprising 12.4 + 3.9 + 2.3'),
  entry(SHEK_ZH, 'change', true, [1.926 * YI, 1.864 * YI, 3.2], '耗電 1.926 -> 1.864 億千瓦時 is the stated 減少 3.2%'),
  entry(SHEK_ZH, 'sum', true, [98_620, 27_480, 71_140], '溫室氣體 98,620 噸 = 範圍一 27,480 + 範圍二 71,140'),
  entry(SHEK_ZH, 'ratio', true, [1_386, 4_215, 24.7], '回收率: 1,386 of 1,386 + 4,215 噸 is the stated 24.7%'),
  entry(SHEK_ZH, 'ratio', true, [2_647, 6_218, 42.6], '女性 2,647 of 6,218 名 is the stated 42.6%'),
  entry(SHEK_ZH, 'ratio', true, [148_200, 6_218, 23.8], '培訓 148,200 小時 over 6,218 名 is the stated 人均 23.8 小時'),
  entry(SHEK_ZH, 'sum', true, [1_860 * WAN, 1_240 * WAN, 390 * WAN, 230 * WAN], '社區貢獻 1,860 萬港元 = 1,240 + 390 + 230'),

  // Hartwell & Pryce: a UK retailer's annual report extract
  // planted as a mismatch, re-annotated after the blind run (as batch 6's TRIFR): four parts of one decimal may add to 7.0–7.4, so £7.4 million is within their precision
  entry(HARTWELL, 'sum', true, [[7.4 * M, 'total community contribution'], 3.1 * M, 2.2 * M, 1.4 * M, 0.5 * M], 'community contribution £7.4 million comprised 3.1 + 2.2 + 1.4 + 0.5 (7.2 as written, 7.0–7.4 within rounding)'),
  entry(HARTWELL, 'consistency', false, [[41_260, 'We employ'], [41_620, 'all']], 'planted: 41,260 colleagues in "Our colleagues", "all 41,620 of our colleagues" in "Our communities"'),
  entry(HARTWELL, 'change', false, [130_400, [119_690, 'year on year'], [9.2, 'fell']], 'planted: Scope 1 and 2 130,400 -> 119,690 tCO2e is -8.2%, stated "fell 9.2%"'),
  entry(HARTWELL, 'consistency', false, [[9.2, 'fell'], [-8.2, 'Total Scope 1 and 2']], 'planted: the text\'s fall of 9.2% against the table\'s (8.2)% change of Total Scope 1 and 2'),
  entry(HARTWELL, 'ratio', true, [27_910, [41_260, 'We employ'], 67.6], 'part-time 27,910 of 41,260 colleagues is the stated 67.6%'),
  entry(HARTWELL, 'ratio', true, [3, 9, 33], '3 of the 9 Board members is the stated 33%'),
  entry(HARTWELL, 'change', true, [10.35, 11.4, 10.1], 'hourly rate £10.35 -> £11.40 is the stated 10.1% more'),
  entry(HARTWELL, 'change', true, [6.8 * M, 7.4 * M, 8.8], 'community contribution £6.8 -> £7.4 million is the stated increase of 8.8%'),
  entry(HARTWELL, 'sum', true, [[119_690, 'Total Scope 1 and 2'], 61_480, 58_210], 'GHG 2023/24: 61,480 + 58,210 = 119,690'),
  entry(HARTWELL, 'sum', true, [[130_400, 'Total Scope 1 and 2'], 66_930, 63_470], 'GHG 2022/23: 66,930 + 63,470 = 130,400'),
  entry(HARTWELL, 'change', true, [66_930, 61_480, 8.1], 'Scope 1 66,930 -> 61,480 is the (8.1)% of the change column'),
  entry(HARTWELL, 'change', true, [63_470, 58_210, 8.3], 'Scope 2 63,470 -> 58,210 is the (8.3)% of the change column'),
  entry(HARTWELL, 'change', true, [[130_400, 'Total Scope 1 and 2'], [119_690, 'Total Scope 1 and 2'], 8.2], 'total 130,400 -> 119,690 is the (8.2)% of the change column'),
  entry(HARTWELL, 'change', true, [[19.8, 'revenue)'], [17.4, 'revenue)'], 12.1], 'intensity 19.8 -> 17.4 is the (12.1)% of the change column'),
  entry(HARTWELL, 'ratio', true, [[119_690, 'year on year'], 6_874 * M, [17.4, 'intensity of']], 'intensity: 119,690 tCO2e over £6,874 million revenue is the stated 17.4 per £m'),
  entry(HARTWELL, 'sum', true, [[61_480, 'Scope 1  '], 24_860, 36_620], 'Scope 1 61,480 (table) = refrigerant 24,860 + fleet and heating 36,620'),

  // 星河网络: a Chinese internet company's rural-revitalisation and charity pages
  entry(XINGHE, 'consistency', false, [[3_100 * WAN, '近3,100'], [3_100 * WAN, '超过3,100']], 'planted: 爱心网友 近 3,100 万 in the highlights, 超过 3,100 万名 in the text'),
  entry(XINGHE, 'consistency', false, [[186, '覆盖县域'], [168, '的168个县']], 'planted: 覆盖县域 186 个 in the highlights, 168 个县 in the text (digits swapped)'),
  entry(XINGHE, 'ratio', false, [[52, '重点帮扶县'], [168, '的168个县'], 32.1], 'planted: 52 重点帮扶县 of 168 县 is 31.0%, stated 占比 32.1%'),
  entry(XINGHE, 'sum', true, [[48.6 * YI, '销售农产品'], 21.3 * YI, 15.8 * YI, 11.5 * YI], '助农销售 48.6 亿元 = 21.3 + 15.8 + 11.5'),
  entry(XINGHE, 'change', true, [39.4 * YI, [48.6 * YI, '销售农产品'], 23.4], '助农销售 39.4 -> 48.6 亿元 is the stated 增长 23.4%'),
  entry(XINGHE, 'ratio', true, [1_974, 2_860, 69.0], '女性 1,974 of 2,860 is the stated 69.0%'),
  entry(XINGHE, 'sum', true, [[2.36 * YI, '公司公益捐赠总额'], 9_850 * WAN, 8_120 * WAN, 5_630 * WAN], '公益捐赠 2.36 亿元 = 9,850 + 8,120 + 5,630 万元'),
  entry(XINGHE, 'ratio', true, [9_850 * WAN, [2.36 * YI, '公司公益捐赠总额'], 41.7], '教育 9,850 万元 of 2.36 亿元 is the stated 41.7%'),
  entry(XINGHE, 'change', true, [2.18 * YI, [2.36 * YI, '公司公益捐赠总额'], 8.3], '公益捐赠 2.18 -> 2.36 亿元 is the stated 增长 8.3%'),
  entry(XINGHE, 'ratio', true, [5.8 * WAN, 4_562, 12.7], '志愿服务 5.8 万小时 over 4,562 volunteers is the stated 人均 12.7 小时'),

  // Riverbend Energy: an English annual report with a five-year summary (bracketed expenses are negative: signs set after the blind run, which found none of these)
  entry(RIVERBEND, 'sum', false, [[2_098 * M, 'Revenue'], [-1_491 * M, '(1,452)'], [679 * M, 'EBITDAF']], 'planted: 2020 revenue 2,098 less operating expenses 1,491 is 607, stated EBITDAF 679 (1,419 gives it)'),
  entry(RIVERBEND, 'change', false, [584, [512, 'fell 14.1% to'], [14.1, 'emissions fell']], 'planted: Scope 1 and 2 584 -> 512 kt is -12.3%, stated "fell 14.1%"'),
  entry(RIVERBEND, 'consistency', false, [[1_268, 'thank our'], [1_286, 'Employees']], 'planted: "our 1,268 people" in the Chair\'s review, 1,286 employees (FTE) for 2023 in the summary'),
  entry(RIVERBEND, 'sum', true, [[2_486 * M, 'Revenue  '], -1_642 * M, [844 * M, 'EBITDAF']], '2023: revenue 2,486 less operating expenses 1,642 is EBITDAF 844'),
  entry(RIVERBEND, 'sum', true, [[2_312 * M, 'Revenue  '], -1_541 * M, [771 * M, 'EBITDAF']], '2022: 2,312 less 1,541 is 771'),
  entry(RIVERBEND, 'sum', true, [[2_164 * M, 'Revenue  '], -1_452 * M, [712 * M, 'EBITDAF']], '2021: 2,164 less 1,452 is 712'),
  entry(RIVERBEND, 'sum', true, [[2_015 * M, 'Revenue  '], -1_371 * M, [644 * M, 'EBITDAF']], '2019: 2,015 less 1,371 is 644'),
  entry(RIVERBEND, 'change', true, [2_312 * M, [2_486 * M, 'rose 7.5%'], 7.5], 'revenue 2,312 -> 2,486 is the stated +7.5%'),
  entry(RIVERBEND, 'change', true, [241 * M, [286 * M, 'increased'], 18.7], 'NPAT 241 -> 286 is the stated +18.7%'),
  entry(RIVERBEND, 'change', true, [2_015 * M, 2_486 * M, 23.4], 'revenue 2019 2,015 -> 2023 2,486 is the stated 23.4%'),
  entry(RIVERBEND, 'change', true, [644 * M, 844 * M, 31.1], 'EBITDAF 644 -> 844 is the stated 31.1%'),
  entry(RIVERBEND, 'change', true, [647, 512, 20.9], 'emissions 2019 647 -> 512 kt is the stated 20.9% below'),
  entry(RIVERBEND, 'change', true, [604_000, 618_000, 2.3], 'customers 604 -> 618 thousand is the stated 2.3% more'),
  entry(RIVERBEND, 'ratio', true, [6_431, 7_842, [82, 'Renewable share']], '2023: renewable 6,431 of 7,842 GWh is the 82% row'),
  entry(RIVERBEND, 'ratio', true, [6_012, 7_615, [79, 'Renewable share']], '2022: 6,012 of 7,615 GWh is 79%'),
  entry(RIVERBEND, 'ratio', true, [5_765, 7_390, [78, 'Renewable share']], '2021: 5,765 of 7,390 GWh is 78%'),
  entry(RIVERBEND, 'ratio', true, [5_941, 7_522, [79, 'Renewable share']], '2020: 5,941 of 7,522 GWh is 79%'),
  entry(RIVERBEND, 'ratio', true, [5_700, 7_308, [78, 'Renewable share']], '2019: 5,700 of 7,308 GWh is 78%'),

  // 华晟新能源材料: a Chinese materials maker's ESG report
  entry(HUASHENG, 'change', false, [412.6 * WAN, [438.9 * WAN, '新鲜水耗用量438.9'], 5.4], 'planted: 新鲜水 412.6 -> 438.9 万吨 is +6.4%, stated 同比增长 5.4%'),
  entry(HUASHENG, 'ratio', false, [5_318, [18_642, '员工总数'], 29.5], 'planted: 女性员工 5,318 of 18,642 is 28.5%, stated 占比 29.5%'),
  entry(HUASHENG, 'sum', true, [499_000, 86_420, 412_580], 'GHG 2022: 86,420 + 412,580 = 499,000 t'),
  entry(HUASHENG, 'sum', true, [529_510, 91_360, 438_150], 'GHG 2023: 91,360 + 438,150 = 529,510 t'),
  entry(HUASHENG, 'change', true, [499_000, 52.95 * WAN, 6.1], 'GHG 499,000 t (table) -> 52.95 万吨 is the stated 同比增长 6.1%'),
  entry(HUASHENG, 'change', true, [21.69, 19.42, 10.5], 'intensity 21.69 -> 19.42 is the stated 下降 10.5%'),
  entry(HUASHENG, 'ratio', true, [529_510, 272.66 * YI, 19.42], 'intensity: 529,510 t over 272.66 亿元 (27,266 百万元) is the table\'s 19.42'),
  entry(HUASHENG, 'change', true, [3_412 * WAN, [6_105 * WAN, '光伏发电量6,105'], 78.9], '光伏 3,412 -> 6,105 万千瓦时 is the stated 同比增长 78.9%'),
  entry(HUASHENG, 'ratio', true, [[6_105 * WAN, '光伏发电量6,105'], 73_840 * WAN, 8.3], '光伏 6,105 of 外购电力 73,840 万千瓦时 is the stated 8.3%'),
  entry(HUASHENG, 'ratio', true, [[13_207, '一线生产员工'], [18_642, '员工总数'], 70.8], '一线生产员工 13,207 of 18,642 is the stated 70.8%'),
  entry(HUASHENG, 'ratio', true, [[2_356, '研发人员\n'], [18_642, '员工总数'], 12.6], '研发人员 2,356 of 18,642 is the stated 12.6%'),
  entry(HUASHENG, 'sum', true, [[18_642, '合计'], [13_207, '生产人员\t'], [2_356, '研发人员\t'], 1_842, 1_237], 'staff table: 13,207 + 2,356 + 1,842 + 1,237 = 18,642'),
  entry(HUASHENG, 'change', true, [0.45, 0.38, 15.6], '百万工时损工事故率 0.45 -> 0.38 is the stated 下降 15.6%'),
];
