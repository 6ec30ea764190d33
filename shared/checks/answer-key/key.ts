// Tickmark's own answer key for the automatic checks, annotated by reading the dev passages
// (../shared/eval/dev/text), the seed reports (../shared/seeds) and the fixtures built from them
// (../shared/fixtures/README.md). Each entry is what a reader of the report sees: a relation that
// holds, or two statements that disagree. The mutations at the end plant one error each into a
// copy of a dev passage, for the kinds of mismatch the real texts do not contain.

import { M } from './entries';
import type { KeyEntry } from './score';

/** An engagement: the files checked together (paths relative to the project root), and what to plant in a copy of the first one. */
export interface Engagement {
  files: string[];
  plant?: { as: string; replace: string; by: string };
}

const DEV = '../shared/eval/dev/text';
const SEEDS = '../shared/seeds';
const PDF = '../shared/fixtures/pdf';

export const ENGAGEMENTS: Engagement[] = [
  { files: [`${DEV}/000_19956-30040.txt`] },
  { files: [`${DEV}/001_9944-20073.txt`] },
  { files: [`${DEV}/002_9968-16057.txt`] },
  { files: [`${PDF}/alipay-2019-2020-excerpt.pdf`] },
  { files: [`${PDF}/alibaba-esg-2022-excerpt.pdf`] },
  { files: [`${PDF}/ant-financial-2016-bilingual-excerpt.pdf`] },
  { files: ['../shared/fixtures/docx/alipay-2019-2020-excerpt.docx'] },
  { files: [`${SEEDS}/alibaba-2022-esg-report.txt`] },
  { files: [`${SEEDS}/alipay-2019-2020-sustainability-report.txt`] },
  { files: [`${SEEDS}/ant-financial-2016-sustainability-report.txt`] },
  { files: [`${DEV}/002_9968-16057.txt`], plant: { as: 'planted-sum.txt', replace: '787.7 万吨', by: '778.7 万吨' } },
  { files: [`${DEV}/002_9968-16057.txt`], plant: { as: 'planted-ratio.txt', replace: '成功率 98.5%', by: '成功率 95.8%' } },
  { files: [`${DEV}/001_9944-20073.txt`], plant: { as: 'planted-share.txt', replace: 'accounting for 44.0%', by: 'accounting for 48.0%' } },
  { files: [`${DEV}/000_19956-30040.txt`], plant: { as: 'planted-slip.txt', replace: 'over 730,000', by: 'over 73,000,000' } },
  {
    files: [`${DEV}/002_9968-16057.txt`],
    plant: {
      as: 'planted-qualifier.txt',
      replace: '截至3月31日，超过**28,000名**员工申请，有更多时间陪伴家人。',
      by: `陪伴假制度生效后，近 28,000 名员工申请陪伴假。\n\n${'员工关怀与福利。\n\n'.repeat(40)}陪伴假制度生效后，28,000 名员工申请陪伴假。`,
    },
  },
];

const shares001 = (doc: string): KeyEntry => ({
  doc,
  kind: 'ratio',
  holds: true,
  figures: [897, 694, 768, 398, 710].map((n) => ({ value: n * M })).concat([99.3, 76.8, 85, 44, 78.6].map((value) => ({ value }))),
  atLeast: 8,
  why: 'each "N million users, X% of the total internet users" implies one total of about 904 million',
});
const mobilePayment = (doc: string): KeyEntry => ({
  doc,
  kind: 'ratio',
  holds: true,
  figures: [{ value: 765 * M }, { value: 897 * M }, { value: 85.3 }],
  why: '765 million mobile payment users are 85.3% of the 897 million mobile Internet users',
});
const emissions = (doc: string): KeyEntry => ({
  doc,
  kind: 'sum',
  holds: true,
  figures: [13_249_000, 927_000, 4_445_000, 7_877_000].map((value) => ({ value })),
  why: 'total emissions 1324.9 万吨 = scope 1 92.7 + scope 2 444.5 + scope 3 787.7 万吨',
});
const children = (doc: string, context?: string): KeyEntry => ({
  doc,
  kind: 'ratio',
  holds: true,
  figures: [4960, 5038, 98.5].map((value) => ({ value, context })),
  why: '4,960 of 5,038 missing children found is the stated 98.5% success rate',
});
const takeout = (doc: string): KeyEntry => ({
  doc,
  kind: 'consistency',
  holds: false,
  figures: [{ value: 398 * M }, { value: 389 * M }],
  why: 'the text says 398 million users ordered takeout online, the KPI table 389 million',
});
const ofInternetUsers = (numerator: number, share: number): KeyEntry => ({
  doc: 'alipay-2019-2020-sustainability-report.txt',
  kind: 'ratio',
  holds: true,
  figures: [{ value: numerator * M }, { value: 904 * M, context: 'had reached 904 million' }, { value: share }],
  why: `${numerator} of the 904 million Internet users is the stated ${share}% (inputs rounded to millions)`,
});
const ALIBABA = 'alibaba-2022-esg-report.txt';

export const KEY: KeyEntry[] = [
  shares001('001_9944-20073.txt'),
  mobilePayment('001_9944-20073.txt'),
  emissions('002_9968-16057.txt'),
  children('002_9968-16057.txt'),
  takeout('alipay-2019-2020-excerpt.pdf'),
  shares001('alipay-2019-2020-excerpt.pdf'),
  mobilePayment('alipay-2019-2020-excerpt.pdf'),
  takeout('alipay-2019-2020-excerpt.docx'),
  shares001('alipay-2019-2020-excerpt.docx'),
  mobilePayment('alipay-2019-2020-excerpt.docx'),
  emissions('alibaba-esg-2022-excerpt.pdf'),
  children('alibaba-esg-2022-excerpt.pdf'),
  emissions(ALIBABA),
  children(ALIBABA, '过去六年间'),
  children(ALIBABA, '累计发布过 5,038 名失踪儿童'),
  children(ALIBABA, '该系统发布过5,038条'),
  {
    doc: ALIBABA,
    kind: 'sum',
    holds: true,
    figures: [13_249_439, 926_779, 4_445_238, 7_877_422].map((value) => ({ value })),
    why: 'the KPI table: GHG total (scopes 1, 2, 3) 13,249,439 = 926,779 + 4,445,238 + 7,877,422 tCO2e',
  },
  {
    doc: ALIBABA,
    kind: 'sum',
    holds: true,
    figures: [8_786_584, 1_721_483, 7_065_101].map((value) => ({ value })),
    why: 'the KPI table: total energy 8,786,584 MWh = direct 1,721,483 + purchased electricity 7,065,101',
  },
  {
    doc: ALIBABA,
    kind: 'ratio',
    holds: true,
    figures: [7, 12, 58].map((value) => ({ value, context: '董事会目前有 12 名成员，其中 7 名是独立董事，占比 58%' })),
    why: '7 independent directors of a board of 12 is the stated 58%',
  },
  {
    doc: ALIBABA,
    kind: 'consistency',
    holds: false,
    figures: [{ value: 330, context: '帮助到 **330 家**' }, { value: 330, context: '帮助了330多家' }, { value: 330, context: '连接330多家' }],
    atLeast: 2,
    why: '码上公益 helped 330 charities in the highlights, "330多家" (over 330) in the body',
  },
  {
    doc: ALIBABA,
    kind: 'consistency',
    holds: false,
    figures: [{ value: 6000, context: '6000名程序员' }, { value: 6000, context: '**6,000 多** 名' }, { value: 6000, context: '6,000多名爱心极客' }],
    atLeast: 2,
    why: '码上公益 connects 6000 programmers in the overview, "6,000多名" (over 6,000) geeks elsewhere',
  },
  {
    doc: ALIBABA,
    kind: 'consistency',
    holds: false,
    figures: [{ value: 50_000, context: '建立了近 5 万个乡村服务站' }, { value: 50_000, context: '已建成 5 万个乡村服务站' }, { value: 50_000, context: '**5 万** 多个' }],
    atLeast: 2,
    why: 'Cainiao rural service stations: "近 5 万" (nearly), "5 万" and "5 万多" (over) in three places',
  },
  {
    doc: ALIBABA,
    kind: 'consistency',
    holds: false,
    figures: [{ value: 4_000_000, context: '为全球 **400万** 企业' }, { value: 4_000_000, context: '超过400万家企业' }],
    why: 'Alibaba Cloud serves 400万 enterprises in the highlights, "超过400万家" (over) in the body',
  },
  ...(
    [
      [897, 99.3],
      [694, 76.8],
      [768, 85],
      [398, 44],
      [710, 78.6],
    ] as const
  ).map(([n, s]) => ofInternetUsers(n, s)),
  { ...mobilePayment('alipay-2019-2020-sustainability-report.txt') },
  {
    doc: 'alipay-2019-2020-sustainability-report.txt',
    kind: 'consistency',
    holds: false,
    figures: [{ value: 1.2e9, context: 'serving 1.2 billion users' }, { value: 1.2e9, context: 'over 1.2 billion users' }],
    why: 'a heading says Alipay serves 1.2 billion users worldwide, its paragraph "over 1.2 billion"',
  },
  {
    doc: 'alipay-2019-2020-sustainability-report.txt',
    kind: 'consistency',
    holds: false,
    figures: [{ value: 500 * M, context: 'over 500 million users of Ant Forest' }, { value: 500 * M, context: 'Ant Forest enables 500 million' }],
    why: 'Ant Forest: "over 500 million users" in 2019 in the text, a bare "enables 500 million people" in the SDG table (found by batch 7, a slice of this report)',
  },
  {
    doc: 'ant-financial-2016-sustainability-report.txt',
    kind: 'consistency',
    holds: false,
    figures: [{ value: 400_000 }, { value: 40_000_000 }],
    why: 'registered developers on the Open Platform: 近 40 万 in Chinese, "nearly 40 million" in the English translation (a scale slip)',
  },
  {
    doc: 'ant-financial-2016-sustainability-report.txt',
    kind: 'consistency',
    holds: false,
    figures: [{ value: 15_000, context: '存栏 1.5 万只' }, { value: 150_000, context: 'including \n150,000 sheep' }],
    why: "Liu Xing's third farm: 存栏 1.5 万只 (15,000 sheep) in Chinese, \"150,000 sheep\" in the English translation (a scale slip)",
  },
  {
    doc: 'ant-financial-2016-sustainability-report.txt',
    kind: 'consistency',
    holds: false,
    figures: [{ value: 6_400_000, context: '理赔总计近 640' }, { value: 6_400_000, context: 'total amount of 6.4 million yuan' }],
    why: 'poverty-relief insurance claims paid: 理赔总计近 640 万元 (nearly) in Chinese, "a total amount of 6.4 million yuan" (bare) in the English translation',
  },
  {
    doc: 'ant-financial-2016-sustainability-report.txt',
    kind: 'consistency',
    holds: false,
    figures: [{ value: 40_000, context: '的 4 万多名' }, { value: 40_000, context: 'insurance for 40,000' }],
    why: '新晃的 4 万多名儿童 (more than 40,000) in Chinese, "insurance for 40,000 kids" (bare) in the English translation: the qualifier dropped, as blind batch 11 annotates the same passage',
  },
  {
    doc: 'ant-financial-2016-sustainability-report.txt',
    kind: 'consistency',
    holds: false,
    figures: [{ value: 20, context: '每天 20 多元' }, { value: 20, context: '20 yuan of fishing' }],
    why: 'a fisherman\'s daily income: 每天 20 多元钱 (more than 20) in Chinese, "20 yuan of fishing every day" (bare) in the English translation: the qualifier dropped',
  },
  { ...emissions('planted-sum.txt'), holds: false, figures: [13_249_000, 927_000, 4_445_000, 7_787_000].map((value) => ({ value })), why: 'planted: scope 3 changed to 778.7 万吨' },
  { ...children('planted-ratio.txt'), holds: false, figures: [4960, 5038, 95.8].map((value) => ({ value })), why: 'planted: the success rate changed to 95.8%' },
  { ...shares001('planted-share.txt'), holds: false, atLeast: 2, figures: [{ value: 398 * M }, { value: 48 }], why: 'planted: 398 million stated as 48.0% of the total, which implies another total' },
  {
    doc: 'planted-slip.txt',
    kind: 'consistency',
    holds: false,
    figures: [{ value: 730_000 }, { value: 73_000_000 }],
    why: 'planted: the English translation of 超过 73 万人 written as over 73,000,000',
  },
  {
    doc: 'planted-qualifier.txt',
    kind: 'consistency',
    holds: false,
    figures: [{ value: 28_000 }, { value: 28_000 }],
    why: 'planted: 近 28,000 员工 in one paragraph and 28,000 名 in another',
  },
];
