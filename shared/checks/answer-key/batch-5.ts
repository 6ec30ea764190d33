// The fifth blind batch: four engagements written as the text a PDF gives of a designed report
// page (highlight blocks with the figure on a line of its own, sentences wrapped mid-clause, page
// footers, KPI appendix tables flattened to tabs, to aligned columns or to one cell a line), from
// Chinese internet, fintech and consumer groups: a payment platform's sustainability report in
// Chinese and its English translation in another file; a delivery platform's ESG report with each
// Chinese paragraph followed by its English (as in the Ant Financial seed); a games group's ESG
// report in Chinese and English files; a tea-drink chain's English ESG report with its annual
// report. Annotated as a reader sees them and committed with the checks' blind score before any
// rule was written for them (README.md).

import type { Engagement } from './key';
import { B, engagements, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b5';
const QT_ZH = 'qiantang-pay-esg-2023-zh.txt';
const QT_EN = 'qiantang-pay-esg-2023-en.txt';
const HEXIAN = 'hexian-life-esg-2023.txt';
const XY_ZH = 'xingyao-interactive-esg-2023-zh.txt';
const XY_EN = 'xingyao-interactive-esg-2023-en.txt';
const MY_ESG = 'mingyue-tea-esg-2023.txt';
const MY_AR = 'mingyue-tea-annual-report-2023.txt';

export const BATCH_5_ENGAGEMENTS: Engagement[] = engagements(DIR, [
  [QT_ZH, QT_EN],
  HEXIAN,
  [XY_ZH, XY_EN],
  [MY_ESG, MY_AR],
]);

type Fig = number | [number, string];
const figs = (xs: Fig[]) => xs.map((x) => (typeof x === 'number' ? { value: x } : { value: x[0], context: x[1] }));
const entry = (doc: string, kind: KeyEntry['kind'], holds: boolean, xs: Fig[], why: string): KeyEntry => ({ doc, kind, holds, figures: figs(xs), why });

export const BATCH_5_KEY: KeyEntry[] = [
  // Qiantang Pay: a payment platform's report in Chinese, highlight blocks, a tab-flattened KPI appendix
  entry(QT_ZH, 'change', true, [6.05 * YI, [6.48 * YI, '月活跃用户达'], 7.1], 'MAU 6.05 -> 6.48 亿 is the stated +7.1%'),
  entry(QT_ZH, 'ratio', true, [5_830 * WAN, [6.48 * YI, '月活跃用户达'], 9.0], 'users 60+: 5,830 万 of 6.48 亿 MAU is the stated 9.0%'),
  entry(QT_ZH, 'ratio', true, [1_426 * WAN, [3_860 * WAN, '平台服务小微经营者'], [36.9, '1,426 万户，占比']], 'county businesses 1,426 of 3,860 万户 is the stated 36.9%'),
  entry(QT_ZH, 'ratio', true, [1_737 * WAN, [3_860 * WAN, '平台服务小微经营者'], [45.0, '1,737 万户，占比']], 'women-run businesses 1,737 of 3,860 万户 is the stated 45.0%'),
  entry(QT_ZH, 'sum', true, [21.46 * WAN, 0.82 * WAN, 14.37 * WAN, 6.27 * WAN], 'GHG 21.46 万吨 = 范围一 0.82 + 范围二 14.37 + 范围三 6.27 (sentence)'),
  entry(QT_ZH, 'change', true, [35.8, 42.3, 6.5], 'renewable share 35.8% -> 42.3% is the stated 6.5 个百分点'),
  entry(QT_ZH, 'change', false, [10.8 * YI, [12.6 * YI, '全年募捐'], 18.5], 'planted: donations 10.8 -> 12.6 亿元 is +16.7%, stated 增长 18.5%'),
  entry(QT_ZH, 'sum', true, [[12.6 * YI, '全年募捐'], 5.4 * YI, 3.9 * YI, 3.3 * YI], 'donations 12.6 亿元 = 5.4 + 3.9 + 3.3'),
  entry(QT_ZH, 'change', true, [15_480, [16_920, '公司员工总数'], 9.3], 'employees 15,480 (the KPI table) -> 16,920 is the stated +9.3%'),
  entry(QT_ZH, 'ratio', true, [[10_380, '其中研发人员'], [16_920, '公司员工总数'], 61.3], 'R&D staff 10,380 of 16,920 is the stated 61.3%'),
  entry(QT_ZH, 'ratio', true, [[7_280, '女性员工 7,280'], [16_920, '公司员工总数'], [43.0, '7,280 人，占比']], 'women 7,280 of 16,920 is the stated 43.0%'),
  entry(QT_ZH, 'sum', true, [186_240, 7_960, 128_410, 49_870], 'KPI table 2021: 7,960 + 128,410 + 49,870 = 186,240'),
  entry(QT_ZH, 'sum', false, [198_530, 8_130, 135_620, 55_780], 'planted: KPI table 2022 总量 198,530, yet 8,130 + 135,620 + 55,780 = 199,530'),
  entry(QT_ZH, 'sum', true, [[214_600, '温室气体排放总量\t'], [8_200, '范围一排放\t'], [143_700, '范围二排放\t'], [62_700, '范围三排放\t']], 'KPI table 2023: 8,200 + 143,700 + 62,700 = 214,600'),
  entry(QT_ZH, 'sum', true, [15_480, 8_950, 6_530], 'KPI table 2022: men 8,950 + women 6,530 = 15,480 (the R&D row below is no part)'),
  entry(QT_ZH, 'sum', true, [[16_920, '员工总数\t'], 9_640, [7_280, '女性员工\t']], 'KPI table 2023: men 9,640 + women 7,280 = 16,920'),
  entry(QT_ZH, 'ratio', true, [6_530, 15_480, 42.2], 'KPI table 2022: women 6,530 of 15,480 is the stated 42.2%'),
  entry(QT_ZH, 'ratio', true, [[7_280, '女性员工\t'], [16_920, '员工总数\t'], [43.0, '女性员工占比\t']], 'KPI table 2023: women 7,280 of 16,920 is the stated 43.0%'),
  {
    ...entry(QT_ZH, 'consistency', false, [12.6 * WAN], 'planted: 数字经营培训 12.6 万人次 in Chinese, "12.6 million times" in the English (万 read as million)'),
    figures: [{ value: 12.6 * WAN }, { value: 12.6 * M, doc: QT_EN }],
  },
  {
    ...entry(QT_ZH, 'consistency', false, [9.2 * YI], 'planted: 服务用户超 9.2 亿 (over) in Chinese, "nearly 920 million users" in the English'),
    figures: [{ value: 9.2 * YI }, { value: 920 * M, doc: QT_EN }],
  },

  // Qiantang Pay in English: the same report translated, the KPI appendix in aligned columns
  entry(QT_EN, 'change', true, [605 * M, [648 * M, 'with'], 7.1], 'MAU 605 -> 648 million is the stated +7.1%'),
  entry(QT_EN, 'ratio', true, [58.3 * M, [648 * M, 'with'], 9.0], 'users 60+: 58.3 of 648 million is the stated 9.0%'),
  entry(QT_EN, 'ratio', true, [[14.26 * M, 'of which'], [38.6 * M, 'served 38.6'], 36.9], 'county businesses 14.26 of 38.6 million is the stated 36.9%'),
  entry(QT_EN, 'ratio', true, [17.37 * M, [38.6 * M, 'served 38.6'], 45.0], 'women-run businesses 17.37 of 38.6 million is the stated 45.0%'),
  entry(QT_EN, 'sum', true, [[214_600, 'emissions were'], [8_200, 'Scope 1 emissions of'], [143_700, 'emissions of 143'], [62_700, 'Scope 3 emissions of']], 'GHG 214,600 t = 8,200 + 143,700 + 62,700 (sentence)'),
  entry(QT_EN, 'change', true, [35.8, 42.3, 6.5], 'renewable share 35.8% -> 42.3% is the stated 6.5 percentage points'),
  entry(QT_EN, 'sum', true, [[1.26 * B, 'reached'], 540 * M, 390 * M, 330 * M], 'donations RMB1.26 billion = 540 + 390 + 330 million'),
  entry(QT_EN, 'ratio', true, [[10_380, 'including 10,380'], [16_920, 'had 16,920'], 61.3], 'R&D staff 10,380 of 16,920 is the stated 61.3%'),
  entry(QT_EN, 'ratio', true, [[7_280, 'and 7,280'], [16_920, 'had 16,920'], [43.0, 'women, or']], 'women 7,280 of 16,920 is the stated 43.0%'),
  entry(QT_EN, 'sum', true, [186_240, 7_960, 128_410, 49_870], 'KPI table 2021 adds to 186,240'),
  entry(QT_EN, 'sum', false, [198_530, 8_130, 135_620, 55_780], 'planted (carried into the translation): KPI table 2022 total 198,530, yet the scopes add to 199,530'),
  entry(QT_EN, 'sum', true, [[214_600, 'Total GHG'], [8_200, 'Scope 1 emissions  '], [143_700, 'Scope 2 emissions  '], [62_700, 'Scope 3 emissions  ']], 'KPI table 2023 adds to 214,600'),
  entry(QT_EN, 'sum', true, [15_480, 8_950, 6_530], 'KPI table 2022: 8,950 + 6,530 = 15,480'),
  entry(QT_EN, 'sum', true, [[16_920, 'Total employees'], 9_640, [7_280, 'Female employees']], 'KPI table 2023: 9,640 + 7,280 = 16,920'),
  entry(QT_EN, 'ratio', true, [6_530, 15_480, 42.2], 'KPI table 2022: 6,530 of 15,480 is the stated 42.2%'),
  entry(QT_EN, 'ratio', true, [[7_280, 'Female employees'], [16_920, 'Total employees'], [43.0, 'Proportion of female']], 'KPI table 2023: 7,280 of 16,920 is the stated 43.0%'),

  // Hexian Life: a delivery platform's report, each Chinese paragraph followed by its English
  entry(HEXIAN, 'change', true, [124.6 * YI, [139.8 * YI, '完成即时配送订单'], 12.2], 'orders 124.6 -> 139.8 亿单 is the stated +12.2%'),
  entry(HEXIAN, 'change', true, [12.46 * B, [13.98 * B, 'completed'], 12.2], 'orders 12.46 -> 13.98 billion is the stated +12.2%'),
  entry(HEXIAN, 'ratio', true, [486 * WAN, [742 * WAN, '年度活跃商家 742'], 65.5], 'restaurants 486 of 742 万家 is the stated 65.5%'),
  entry(HEXIAN, 'ratio', true, [4.86 * M, [7.42 * M, 'It had'], 65.5], 'restaurants 4.86 of 7.42 million is the stated 65.5%'),
  entry(HEXIAN, 'sum', true, [[126.4 * WAN, '年度活跃骑手 126.4'], [38.2 * WAN, '全职骑手 38.2'], [88.2 * WAN, '兼职骑手 88.2']], 'riders 126.4 万 = full-time 38.2 + part-time 88.2'),
  entry(HEXIAN, 'ratio', true, [[38.2 * WAN, '全职骑手 38.2'], [126.4 * WAN, '年度活跃骑手 126.4'], 30.2], 'full-time 38.2 of 126.4 万 is the stated 30.2%'),
  entry(HEXIAN, 'sum', true, [1.264 * M, 382_000, 882_000], 'riders 1.264 million = 382,000 + 882,000'),
  entry(HEXIAN, 'ratio', true, [382_000, 1.264 * M, 30.2], 'full-time 382,000 of 1.264 million is the stated 30.2%'),
  entry(HEXIAN, 'ratio', false, [18.6 * WAN, [126.4 * WAN, '年度活跃骑手 126.4'], 14.2], 'planted: women riders 18.6 of 126.4 万 is 14.7%, stated 14.2% (the whole in an earlier section)'),
  entry(HEXIAN, 'sum', false, [1.86 * WAN, 1.12 * WAN, 0.58 * WAN, 0.13 * WAN], 'planted: plastic cut 1.86 万吨, yet 1.12 + 0.58 + 0.13 = 1.83'),
  entry(HEXIAN, 'ratio', true, [21.4 * YI, 139.8 * YI, 15.3], '"no cutlery" orders 21.4 of 139.8 亿单 is the stated 15.3% (the whole in an earlier paragraph)'),
  entry(HEXIAN, 'ratio', true, [2.14 * B, 13.98 * B, 15.3], '"no cutlery" orders 2.14 of 13.98 billion is the stated 15.3%'),
  entry(HEXIAN, 'sum', true, [115.3 * WAN, 35.1 * WAN, 80.2 * WAN], 'KPI table 2022: riders 35.1 + 80.2 = 115.3 万'),
  entry(HEXIAN, 'sum', true, [[126.4 * WAN, 'Annually active riders'], [38.2 * WAN, 'Full-time riders'], [88.2 * WAN, 'Part-time riders']], 'KPI table 2023: riders 38.2 + 88.2 = 126.4 万'),
  entry(HEXIAN, 'change', true, [683 * WAN, [742 * WAN, '年度活跃商家 742'], 8.6], 'merchants 683 (the KPI table\'s 2022) -> 742 万 is the stated +8.6%'),
  {
    ...entry(HEXIAN, 'consistency', false, [742 * WAN, 752 * WAN], 'planted: 年度活跃商家 742 万家 in the highlights and the text (7.42 million in English), 752 in the KPI table'),
    figures: [{ value: 742 * WAN, context: '年度活跃商家 742' }, { value: 752 * WAN }],
  },
  {
    ...entry(HEXIAN, 'consistency', false, [2_000, 2_000], 'planted: 近 2,000 个县区 (nearly) in Chinese, "covers 2,000 counties and districts" in the English beside it'),
    figures: [{ value: 2_000, context: '近 2,000' }, { value: 2_000, context: 'covers 2,000' }],
  },

  // Xingyao Interactive: a games group's ESG report in Chinese with its English version
  entry(XY_ZH, 'ratio', true, [186.4 * YI, 863.0 * YI, 21.6], 'R&D 186.4 of 863.0 亿元 revenue is the stated 21.6%'),
  entry(XY_ZH, 'change', false, [168.2 * YI, 186.4 * YI, 12.8], 'planted: R&D 168.2 -> 186.4 亿元 is +10.8%, stated 增长 12.8%'),
  entry(XY_ZH, 'ratio', true, [7_125, 8_460, 84.2], 'invention patents 7,125 of 8,460 is the stated 84.2%'),
  entry(XY_ZH, 'sum', true, [[31_250, '共有员工'], [26_480, '中国内地 26,480'], [1_320, '港澳台地区 1,320'], [3_450, '海外 3,450']], 'employees 31,250 = 26,480 + 1,320 + 3,450 (sentence)'),
  entry(XY_ZH, 'ratio', true, [11_380, [31_250, '共有员工'], 36.4], 'women 11,380 of 31,250 is the stated 36.4%'),
  entry(XY_ZH, 'sum', true, [26_790, 22_960, 1_150, 2_680], 'table 2021: 22,960 + 1,150 + 2,680 = 26,790'),
  entry(XY_ZH, 'sum', false, [29_160, 24_870, 1_240, 3_150], 'planted: table 2022 员工总数 29,160, yet 24,870 + 1,240 + 3,150 = 29,260'),
  entry(XY_ZH, 'sum', true, [[31_250, '员工总数\t'], [26_480, '中国内地\t'], [1_320, '港澳台地区\t'], [3_450, '海外\t']], 'table 2023: 26,480 + 1,320 + 3,450 = 31,250'),
  entry(XY_ZH, 'sum', true, [46.82 * WAN, 1.35 * WAN, 45.47 * WAN], 'GHG 46.82 万吨 = 范围一 1.35 + 范围二 45.47'),
  entry(XY_ZH, 'sum', true, [9.85 * YI, 4.12 * YI, 3.36 * YI, 2.37 * YI], 'giving 9.85 亿元 = 4.12 + 3.36 + 2.37 (`3.36⏎亿元` split over a line)'),
  {
    ...entry(XY_ZH, 'consistency', false, [2_340 * WAN], 'planted: 拦截未成年人超时登录 2,340 万次 in Chinese, "23.7 million" in the English'),
    figures: [{ value: 2_340 * WAN }, { value: 23.7 * M, doc: XY_EN }],
  },
  entry(XY_EN, 'ratio', true, [18.64 * B, 86.3 * B, 21.6], 'R&D 18.64 of 86.30 billion revenue is the stated 21.6%'),
  entry(XY_EN, 'change', false, [16.82 * B, 18.64 * B, 12.8], 'planted (carried into the translation): R&D 16.82 -> 18.64 billion is +10.8%, stated up 12.8%'),
  entry(XY_EN, 'ratio', true, [7_125, 8_460, 84.2], 'invention patents 7,125 of 8,460 is the stated 84.2%'),
  entry(XY_EN, 'sum', true, [31_250, 26_480, 1_320, 3_450], 'employees 31,250 = 26,480 + 1,320 + 3,450'),
  entry(XY_EN, 'ratio', true, [11_380, 31_250, 36.4], 'women 11,380 of 31,250 is the stated 36.4%'),
  entry(XY_EN, 'sum', true, [468_200, 13_500, 454_700], 'GHG 468,200 t = 13,500 + 454,700'),
  entry(XY_EN, 'sum', true, [985 * M, 412 * M, 336 * M, 237 * M], 'giving RMB985 million = 412 + 336 + 237'),

  // Mingyue Tea: a tea-drink chain's English ESG report (highlight blocks, a one-cell-a-line KPI table) and annual report
  entry(MY_ESG, 'change', true, [6_915, [7_860, 'we had 7,860'], 13.7], 'stores 6,915 -> 7,860 is the stated +13.7%'),
  {
    ...entry(MY_ESG, 'sum', true, [[7_860, 'we had 7,860'], 312, 7_548], 'stores 7,860 = 312 directly operated + 7,548 franchised'),
    extractionMiss: '`of which 312 were directly operated` gives no figure 312',
  },
  entry(MY_ESG, 'ratio', true, [3_639, [7_860, 'we had 7,860'], [46.3, 'stores, or 46.3']], '3,639 of 7,860 stores in lower-tier cities is the stated 46.3%'),
  entry(MY_ESG, 'ratio', true, [11_400, 18_240, 62.5], 'tea from partner gardens 11,400 of 18,240 t is the stated 62.5% (in brackets)'),
  entry(MY_ESG, 'sum', false, [[48_620, 'we used 48,620'], 30_160, [12_480, '12,480 tonnes of plastic'], 5_890], 'planted: packaging 48,620 t comprising 30,160 + 12,480 + 5,890 = 48,530'),
  entry(MY_ESG, 'change', true, [[251.8, '2022: 251.8'], [286.4, 'Electricity use was'], [13.7, 'an increase of']], 'electricity 251.8 (in brackets) -> 286.4 GWh is the stated +13.7%'),
  entry(MY_ESG, 'sum', true, [[9_426, 'We had 9,426'], 7_312, 2_114], 'employees 9,426 = 7,312 in stores + 2,114 in offices'),
  entry(MY_ESG, 'ratio', true, [6_118, [9_426, 'We had 9,426'], 64.9], 'women 6,118 of 9,426 is the stated 64.9% (in brackets)'),
  {
    ...entry(MY_ESG, 'consistency', false, [130 * M], 'planted: "over 130 million registered members" in the ESG report, 126.5 million in the annual report'),
    figures: [{ value: 130 * M }, { value: 126.5 * M, doc: MY_AR }],
  },
  entry(MY_AR, 'change', true, [13_216 * M, [15_842 * M, 'increased by'], 19.9], 'revenue 13,216 -> 15,842 million is the stated +19.9%'),
  entry(MY_AR, 'ratio', true, [5_386 * M, 15_842 * M, 34.0], 'gross margin: 5,386 of 15,842 million is the stated 34.0%'),
];
