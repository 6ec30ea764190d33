// The second blind batch: five engagements in the style of real reports (a Hong Kong insurer's ESG
// report, a Chinese rural bank's CSR report, a bilingual Hong Kong shipping report with each
// paragraph followed by its translation, a UK water company's annual report and fact sheet, a
// Chinese food maker's ESG report with a year-on-year table), annotated as a reader sees them and
// committed with the checks' blind score before any rule was written for them (README.md).

import type { Engagement } from './key';
import { engagements, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b2';
const HARBOURLINE = 'harbourline-insurance-esg-2023.txt';
const JIANGNAN = 'jiangnan-rcb-csr-2023.txt';
const PACIFIC = 'pacific-rim-shipping-esg-2023.txt';
const SEVERN_AR = 'severn-vale-annual-report-2023.txt';
const SEVERN_FS = 'severn-vale-fact-sheet-2023.txt';
const RUIFENG = 'ruifeng-foods-esg-2023.txt';

export const BATCH_2_ENGAGEMENTS: Engagement[] = engagements(DIR, [
  HARBOURLINE,
  JIANGNAN,
  PACIFIC,
  [SEVERN_AR, SEVERN_FS],
  RUIFENG,
]);

type Fig = number | [number, string];
const figs = (xs: Fig[]) => xs.map((x) => (typeof x === 'number' ? { value: x } : { value: x[0], context: x[1] }));
const entry = (doc: string, kind: KeyEntry['kind'], holds: boolean, xs: Fig[], why: string): KeyEntry => ({ doc, kind, holds, figures: figs(xs), why });

export const BATCH_2_KEY: KeyEntry[] = [
  // Harbourline: a workforce table with two breakdowns, changes stated against the year before in brackets
  entry(HARBOURLINE, 'ratio', true, [[4, 'of whom'], [11, 'comprises'], 36], '4 independent directors of a Board of 11 is the stated 36%'),
  entry(HARBOURLINE, 'ratio', true, [[2_012, '(2,012'], [3_846, 'we employed'], 52.3], '2,012 women of 3,846 employees is the stated 52.3%'),
  entry(HARBOURLINE, 'sum', true, [[3_846, 'Total employees'], [2_012, 'Female'], [1_834, 'Male']], '2023: 2,012 female + 1,834 male = 3,846 employees'),
  entry(HARBOURLINE, 'sum', true, [[3_702, 'Total employees'], 1_921, 1_781], '2022: 1,921 + 1,781 = 3,702 employees'),
  entry(HARBOURLINE, 'sum', true, [[3_846, 'Total employees'], 842, 2_305, 699], '2023: 842 + 2,305 + 699 by age = 3,846 employees'),
  entry(HARBOURLINE, 'sum', true, [[3_702, 'Total employees'], 815, 2_214, 673], '2022: 815 + 2,214 + 673 by age = 3,702 employees'),
  entry(HARBOURLINE, 'change', true, [50.5, 41.3, 18.2], 'paper 50.5 -> 41.3 tonnes is the stated decrease of 18.2%'),
  entry(HARBOURLINE, 'change', false, [425, 612, 35], 'planted: business travel 425 -> 612 tCO2e is +44.0%, stated 35.0%'),
  entry(HARBOURLINE, 'consistency', false, [1.26 * M, 1.62 * M], 'planted: 1.26 million customers under About Harbourline, 1.62 million under Community'),

  // Jiangnan: balances grown since the start of the year, a share column, a donations table of three years
  entry(JIANGNAN, 'change', true, [152.36 * YI, 198.47 * YI, 30.26], 'green loans 152.36 -> 198.47 亿元 is the stated +30.26%'),
  entry(JIANGNAN, 'change', true, [412.8 * YI, 58.6 * YI, 16.5], 'inclusive SME loans 412.8 亿元, up 58.6 亿元 on the start of the year, is the stated +16.5%'),
  entry(JIANGNAN, 'change', false, [687.5 * YI, 72.4 * YI, 13.2], 'planted: agricultural loans 687.5 亿元, up 72.4 亿元, is +11.8%, stated 13.2%'),
  entry(JIANGNAN, 'sum', true, [[4_268, '员工总数'], [2_049, '男性员工'], [2_219, '女性员工']], '4,268 employees = 2,049 men + 2,219 women'),
  entry(JIANGNAN, 'ratio', true, [[2_219, '女性员工'], [4_268, '员工总数'], 52.0], '2,219 women of 4,268 is the stated 52.0%'),
  entry(JIANGNAN, 'sum', true, [[4_268, '合计'], 1_126, 2_375, 767], 'age table: 1,126 + 2,375 + 767 = 4,268'),
  entry(JIANGNAN, 'ratio', true, [1_126, [4_268, '合计'], 26.4], 'under 30: 1,126 of 4,268 is the stated 26.4%'),
  entry(JIANGNAN, 'ratio', true, [2_375, [4_268, '合计'], 55.6], '30-50: 2,375 of 4,268 is the stated 55.6%'),
  entry(JIANGNAN, 'ratio', true, [767, [4_268, '合计'], 18.0], 'over 50: 767 of 4,268 is the stated 18.0%'),
  entry(JIANGNAN, 'sum', true, [856.3 * WAN, 412.0 * WAN, 216.5 * WAN, 227.8 * WAN], '2021 donations 856.3 万元 = 412.0 + 216.5 + 227.8'),
  entry(JIANGNAN, 'sum', true, [912.7 * WAN, 455.3 * WAN, 230.1 * WAN, 227.3 * WAN], '2022 donations 912.7 万元 = 455.3 + 230.1 + 227.3'),
  entry(JIANGNAN, 'sum', true, [1_024.5 * WAN, 530.8 * WAN, 250.2 * WAN, 243.5 * WAN], '2023 donations 1,024.5 万元 = 530.8 + 250.2 + 243.5'),
  entry(JIANGNAN, 'consistency', false, [126, 162], 'planted: 126 个营业网点 in About us, 162 个 in the closing paragraph'),
  entry(JIANGNAN, 'consistency', false, [[300 * WAN, '服务客户超'], [300 * WAN, '为近']], 'planted: customers 超 300 万户 (over) and 近 300 万户 (nearly)'),

  // Pacific Rim: each Chinese paragraph followed by its English translation
  entry(PACIFIC, 'change', true, [4_482_000, [4_216_000, '较 2022 年的'], 5.9], 'GHG 448.2 -> 421.6 万吨 is the stated -5.9% (Chinese)'),
  entry(PACIFIC, 'change', true, [[4_482_000, 'down 5.9% from'], [4_216_000, 'Total GHG emissions were'], [5.9, 'CO2e, down']], 'GHG 4.482 -> 4.216 million tonnes is the stated -5.9% (English)'),
  entry(PACIFIC, 'ratio', true, [[1_741, '其中海员'], [2_318, '员工总数'], [75.1, '占']], '1,741 seafarers of 2,318 employees is the stated 75.1% (Chinese)'),
  entry(PACIFIC, 'ratio', true, [[1_741, 'including'], [2_318, 'the Group had'], [75.1, 'accounting for']], '1,741 seafarers of 2,318 employees is the stated 75.1% (English)'),
  entry(PACIFIC, 'consistency', false, [7.12 * M, 71.2 * M], 'planted: 总运力 712 万载重吨 in Chinese, "71.2 million dwt" in the English (a scale slip)'),
  entry(PACIFIC, 'consistency', false, [15_630, 15_360], 'planted: safety training 15,630 人次 in Chinese, 15,360 participants in the English'),

  // Severn Vale: an annual report and its fact sheet
  entry(SEVERN_AR, 'change', true, [172.4, 158.9, 7.8], 'leakage 172.4 -> 158.9 Ml/d is the stated 7.8% reduction'),
  entry(SEVERN_AR, 'change', false, [81, 64, 25], 'planted: pollution incidents 81 -> 64 is a reduction of 21%, stated 25%'),
  entry(SEVERN_AR, 'sum', true, [816 * M, [412 * M, 'Water network'], 356 * M, 48 * M], 'capital investment £816m = 412 + 356 + 48'),
  entry(SEVERN_AR, 'ratio', true, [1_460, 5_214, 28], '1,460 women of 5,214 employees is the stated 28%'),
  { ...entry(SEVERN_AR, 'consistency', false, [3.1 * M], 'planted: 3.1 million customers in the annual report, 3.4 million in the fact sheet'), figures: [{ value: 3.1 * M }, { value: 3.4 * M, doc: SEVERN_FS }] },

  // Ruifeng: a table of two years with a year-on-year column, a row of regions adding up to a total column
  entry(RUIFENG, 'change', true, [[38_620, '能源消耗总量（吨标准煤）'], [36_915, '能源消耗总量（吨标准煤）'], -4.4], 'energy 38,620 -> 36,915 tce is the stated -4.4%'),
  entry(RUIFENG, 'change', false, [[212.6 * WAN, '用水总量（万吨）'], [198.3 * WAN, '用水总量（万吨）'], -7.6], 'planted: water 212.6 -> 198.3 万吨 is -6.7%, stated -7.6%'),
  entry(RUIFENG, 'change', true, [15_482, [14_206, '废弃物总量（吨）'], -8.2], 'waste 15,482 -> 14,206 t is the stated -8.2%'),
  entry(RUIFENG, 'sum', true, [15_482, 326, 15_156], '2022 waste 15,482 = hazardous 326 + general 15,156'),
  entry(RUIFENG, 'sum', true, [[14_206, '废弃物总量（吨）'], 298, 13_908], '2023 waste 14,206 = 298 + 13,908'),
  entry(RUIFENG, 'ratio', true, [3_120, [6_935, '共有员工'], 45.0], '3,120 women of 6,935 employees is the stated 45.0%'),
  entry(RUIFENG, 'ratio', true, [86, 312, 27.6], '86 women of 312 managers is the stated 27.6%'),
  entry(RUIFENG, 'sum', true, [[6_935, '人数'], 3_412, 1_906, 1_617], 'employees by region: 3,412 + 1,906 + 1,617 = 6,935'),
  entry(RUIFENG, 'ratio', false, [18.6 * YI, 42.3 * YI, 46.3], 'planted: local purchases 18.6 of 42.3 亿元 is 44.0%, stated 46.3%'),
];
