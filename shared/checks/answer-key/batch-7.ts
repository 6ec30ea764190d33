// The seventh blind batch: slices of the three seed reports that neither key.ts nor the dev passages
// cover (their seed offsets in the file names), copied verbatim, because the held-back key is most
// likely read from such slices: the Alibaba 2022 ESG report's operations section (2022 财年, 万度,
// 万吨), its employment section, its board and ESG 关键绩效表; the Ant Financial 2016 report's
// bilingual customer-service and public-service pages; the Alipay 2019/2020 report's Ant Forest pages,
// two columns interleaved as its PDF text gives them. Real reports invite few complete relations, so
// three engagements carry planted mutations as the fixtures README does: an English translation of
// the operations slice (written for this batch, faithful but for a 万 scale slip, a `近` dropped and
// `超过` turned `nearly`), a copy of the board-and-KPI slice with a part of a total, a share and a
// sentence's part altered, and a copy of the Ant slice with a `近` dropped and a figure's digits
// swapped in translation. Annotated as a reader sees them and committed with the checks' blind score
// before any rule was written for them (README.md). Traps that must not be flagged: a US$1 billion
// bond `其中` US$352 + 451 million (a partial breakdown); 17 stores of new refrigerant and 17 stores
// of solar panels; 3.2 hectares and 3.2 万吨; `约173.1万` and `173.1万`; every faithful translation of
// 万 and 亿 (2,000 万度 / 20 million kWh, 2.69 亿度 / 269 million kWh); 150 million biometric users
// beside 1.5 亿 public-service users; 550+ million Ant Forest users of May 2020 beside 500 million
// of 2019; empty share cells of the employee table.

import type { Engagement } from './key';
import { across, engagements, entry, M, miss, WAN } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b7';
const OPS = 'alibaba-2022-esg_16300-21800.txt';
const OPS_EN = 'alibaba-2022-esg_16300-21800-en.txt';
const JOBS = 'alibaba-2022-esg_62009-68117.txt';
const KPI = 'alibaba-2022-esg_86378-94182.txt';
const KPI_P = 'alibaba-2022-esg_86378-94182-planted.txt';
const ANT = 'ant-financial-2016_133559-144620.txt';
const ANT_P = 'ant-financial-2016_133559-144620-planted.txt';
const FOREST = 'alipay-2019-2020_77205-88073.txt';

export const BATCH_7_ENGAGEMENTS: Engagement[] = engagements(DIR, [
  [OPS, OPS_EN],
  JOBS,
  KPI,
  KPI_P,
  ANT,
  ANT_P,
  FOREST,
]);

const GWP = '`R448A (GWP=1273)` and `R404A (GWP=3943)` give no figures 1273 and 3943';

/** The board and the KPI table's sums, which hold in the slice and in its planted copy alike. */
const kpiHolds = (doc: string): KeyEntry[] => [
  entry(doc, 'sum', true, [[15.5, '收入	15.5'], [1.1, '范围 1 排放强度'], [5.2, '范围 2 排放强度'], [9.2, '范围 3 排放强度']], 'GHG intensity 15.5 = scope 1 1.1 + scope 2 5.2 + scope 3 9.2 t per RMB million of revenue'),
  entry(doc, 'sum', true, [8_786_584, 1_721_483, 7_065_101], 'total energy 8,786,584 MWh = direct 1,721,483 + purchased electricity 7,065,101'),
];

export const BATCH_7_KEY: KeyEntry[] = [
  // Alibaba 2022, operations (Chinese, real) and its English translation (planted)
  miss(entry(OPS, 'change', false, [[3943, 'GWP=3943'], [1273, 'GWP=1273'], [70, '降低了 70%']], 'R448A (GWP 1273) against R404A (GWP 3943) is 67.7% lower, stated 降低了 70% (exact inputs, no 约)'), GWP),
  miss(entry(OPS_EN, 'change', false, [[3943, 'GWP=3943'], [1273, 'GWP=1273'], [70, '70% lower']], 'the translation keeps it: GWP 1273 against 3943 is 67.7% lower, stated 70%'), GWP),
  across(OPS_EN, [[53.4 * M, 'total of 53.4']], OPS, [[53.4 * WAN, '总计减排 53.4']], 'planted: 总计减排 53.4 万吨 (534,000 t) translated "53.4 million tonnes"'),
  across(OPS_EN, [[70_000, 'nearly 70,000']], OPS, [[70_000, '超过 7 万名']], 'planted: 超过 7 万名员工 (over) translated "nearly 70,000 employees"'),
  across(OPS_EN, [[1.13 * M, 'completed 1.13']], OPS, [[113 * WAN, '近 113 万次']], 'planted: 近 113 万次减碳行为 (nearly) translated a bare "1.13 million low-carbon actions"'),

  // Alibaba 2022, employment (Chinese, real)
  entry(JOBS, 'ratio', true, [47_412, 18_931, [2.5, '农村居民的2.5']], 'urban disposable income 47,412 元 is 2.50 times the rural 18,931 元, the stated 2.5 倍'),

  // Alibaba 2022, board and ESG 关键绩效表 (Chinese, real)
  entry(KPI, 'ratio', true, [[7, '其中 7 名是'], [12, '目前有 12 名'], [58, '占比 58%']], '7 independent directors of a board of 12 is the stated 58%'),
  entry(KPI, 'sum', true, [[12, '我们的 12 名'], [7, '7 名为独立'], [4, '4 名由'], [1, '剩余 1 名']], 'the 12 directors: 7 independent + 4 nominated by the partnership + the remaining 1 by a major shareholder'),
  entry(KPI, 'sum', true, [13_249_439, 926_779, 4_445_238, 7_877_422], 'GHG total 13,249,439 = scope 1 926,779 + scope 2 4,445,238 + scope 3 7,877,422 tCO2e'),
  ...kpiHolds(KPI),

  // its planted copy
  entry(KPI_P, 'ratio', false, [[7, '其中 7 名是'], [12, '目前有 12 名'], [63, '占比 63%']], 'planted: 7 independent directors of 12 is 58.3%, stated 63%'),
  entry(KPI_P, 'sum', false, [[12, '我们的 12 名'], [7, '7 名为独立'], [5, '5 名由'], [1, '剩余 1 名']], 'planted: the 12 directors as 7 + 5 + 1 = 13'),
  entry(KPI_P, 'sum', false, [13_249_439, 926_779, 4_454_238, 7_877_422], 'planted: scope 2 4,454,238, so 926,779 + 4,454,238 + 7,877,422 = 13,258,439, not the total 13,249,439'),
  ...kpiHolds(KPI_P),

  // Ant Financial 2016, Chinese and English paragraphs (real) and a planted copy
  ...[ANT, ANT_P].map((doc) =>
    miss(
      {
        ...entry(doc, 'consistency', false, [[150 * M, 'users(million)'], [1.5e8, '为超过 1.5 亿的用户'], [150 * M, 'More than 150 million users']], 'public services: the infographic says a bare 150 million users, the text 超过 1.5 亿 / more than 150 million'),
        atLeast: 2,
      },
      'the infographic cell `150` under `用户（百万）⏎users(million)` (after the cells 357 and 380) gives no figure',
    ),
  ),
  entry(ANT_P, 'consistency', false, [[80 * WAN, '共收集了 80 万'], [800_000, 'nearly 800,000']], 'planted: 共收集了 80 万份用户反馈 (bare, its 近 dropped) against "nearly 800,000 users" in the English'),
  entry(ANT_P, 'consistency', false, [[1500 * WAN, '1500 多万人次'], [51 * M, 'more than 51']], 'planted: 1500 多万人次 payments in Chinese, "more than 51 million payments" in the English'),

  // Alipay 2019/2020, Ant Forest (English, real)
  { ...entry(FOREST, 'consistency', false, [[500 * M, 'over 500 million users of Ant Forest'], [500 * M, 'Ant Forest enables 500 million']], 'Ant Forest: "over 500 million users" in 2019 in the text, a bare "enables 500 million people" in the SDG table'), atLeast: 2 },
];
