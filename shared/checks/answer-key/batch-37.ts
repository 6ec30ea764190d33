// The thirty-seventh blind batch: three engagements of report kinds outside batches 1–35, written as their published
// reports read (aligned and pipe tables, wrapped labels, bullet lists, `——` lists, footnotes, page footers): an
// Indonesian palm oil plantation group's English sustainability report (planted hectares by nucleus / plasma /
// independent smallholder scheme with a Total and mature / immature hectares, FFB harvested and purchased in tonnes, CPO
// and PK with the oil and kernel extraction rates, FFB yield in t/ha, RSPO-certified CPO and its share, POME treated with
// methane capture and biogas MWh, a GHG table in tCO2e with sequestration in brackets and net tCO2e per tonne of CPO,
// workers by gender in a Men / Women / Total table, US$ million with IDR billion and trillion at the year's average
// rate, an `FY2023 FY2022` layout, a President Commissioner's message restating the year); a Chinese photovoltaic
// manufacturer's ESG 报告 in simplified Chinese and its English version in a second file (组件出货量 GW with 海外 / 国内,
// 硅片产量 亿片 / `100 million pieces`, 营业收入 亿元 in tables / RMB billion in the English text / `RMB100 million` in the
// English tables, 研发投入 占营业收入比例, 单位产品综合能耗 in a `——` list, 万元营业收入综合能耗, 清洁电力使用占比 with 个百分点,
// 范围一 / 范围二 万吨 / `10,000 tCO2e` / tCO2e, 员工 by 性别 and 学历 with 占比 and a 合计 row, 同比); a New Zealand dairy
// co-operative's annual sustainability report for the year ended 31 July 2024 (`FY24 FY23`: milk solids in million kgMS
// by island, litres, farmer shareholders, the farmgate milk price in NZ$ per kgMS and the payout in NZ$ million and
// billion, on-farm kgCO2e/kgMS against FY18, coal boilers converted, energy in TJ with a signed `Change (%)` column,
// GJ per tonne of milk solids, Scope 1 / 2 / 3 with on-farm and other Scope 3 and a Total).
// Planted (as real drafts slip): totals that no longer add (TAL's FY2022 GHG column with POME 381,600 for 318,600; its
// contract workers' row 16,428 for 16,248, against the row's parts and in the Total column; 晶曜's 表1 2022 硅片 120.48 for
// 102.48; 表2 本科 14,260 for 14,620; Tarawera's energy table natural gas 6,128 for 6,218; its FY23 South Island 113.6 for
// 131.6); shares and intensities that do not compute (TAL's KER 4.39 for 4.93; 14 of 21 mills `(61.9%)` for 66.7; 本科
// 14,260 against its 占比 23.4; 研发投入 `占营业收入的4.84%` for 4.48; on-farm emissions `76.7% of our total footprint` for
// 66.7); change cells and rates (RSPO share `up 3.6 percentage points` for 2.6; 电池片单位产品综合能耗 `同比下降12.6%` for 10.6,
// in both languages; 清洁电力 `提高6.8个百分点` for 5.8; the milk price `down 4.2%` for 4.6; the energy table's electricity
// Change cell +3.8 for +8.4 and natural gas −2.0 against the mistyped 6,128; the message's FY2022 CPO 1,101,900 against
// section 1's `CPO production 4.1%`); one metric two ways (OER 21.8% in the
// President Commissioner's message / 21.6%; FY2022 CPO 1,101,900 in the message / 1,110,900; the Smallholder Inclusion
// Programme `IDR 48.6 million` at a glance / IDR 48.6 billion, a scale slip; `more than 5,000 independent smallholders` in
// the message / `nearly 5,000` and 4,862, a turned qualifier; 硅片 120.48 / 102.48 and 本科 14,260 / 14,620 across the
// pair; `864 million wafers` in the English / 86.4亿片 and `86.4 (100 million pieces)`, a scale slip; net profit `RMB7.46
// billion` in the English letter / 76.4亿元, digits swapped; 有效专利超过1,200项 / `nearly 1,200 valid patents`, a
// translation's qualifier; 4.84 / 4.48 of revenue; 提高6.8个百分点 / `up 5.8 percentage points`; `421 million litres` at a
// glance / 4.21 billion litres and 4,210 million litres, a scale slip; `nearly 4,300 farmer shareholders` in the Chair's
// letter / `More than 4,300` and 4,286; on-farm intensity 9.26 in the letter / 9.62; natural gas 6,218 TJ in the text /
// 6,128 in the table).
// Annotated as a reader sees them and committed before any run of the checks, the command line or extraction on them.
// Traps that must not be flagged: `some 204,000 hectares` beside 203,960; `1.16 million tonnes` beside 1,156,420; `85%`
// beside 85.0%; `more than 48,000 men and women` beside 48,090; `nearly 5,000` beside 4,862; US$1,486.2 million beside
// `IDR 22.6 trillion` and IDR 22,643.7 billion, IDR 48.6 billion beside US$3.2 million (rightly converted at 15,236);
// revenue `fell 8.5%` beside net emissions `fell 8.5%`; 70.0% of planted area (nucleus) beside 70.0% of POME treated;
// 48,620 ha of plasma beside 48,090 workers; RMB108.64 billion and RMB4.862 billion beside 1,086.42 and 48.62 (RMB100
// million); 28.64GW overseas beside 范围一 28.64万吨; 综合能耗186.42万吨标准煤 beside 总用电量186.24亿千瓦时; 1,864,200 tce,
// 286,400 / 4,864,200 / 5,150,600 tCO2e and 18.624 / 11.286 billion kWh in the English beside 万 and 亿 in the Chinese and
// `10,000 tCO2e` in the English table; `5.15 million tonnes` beside 515.06万吨; `above 4% of operating revenue` /
// 连续三年保持在营业收入的4%以上; 386.4 million kgMS beside 386,400 tonnes of milk solids; NZ$3,029.4 million beside
// NZ$3.03 billion; 4,186 TJ beside 1,163 GWh; the 30% and 50% targets, FY18 and 2037; `six coal boilers` beside `6 of 14`.

import type { Engagement } from './key';
import { across, B, engagements, entry, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b37';
const TAL = 'tunas-agro-lestari-sustainability-report-2023.txt';
const JY_ZH = 'jingyao-solar-esg-2023-zh.txt';
const JY_EN = 'jingyao-solar-esg-2023-en.txt';
const TARAWERA = 'tarawera-dairy-annual-sustainability-report-fy24.txt';

export const BATCH_37_ENGAGEMENTS: Engagement[] = engagements(DIR, [TAL, [JY_ZH, JY_EN], TARAWERA]);

export const BATCH_37_KEY: KeyEntry[] = [
  // PT Tunas Agro Lestari Tbk: an Indonesian palm oil plantation group's English sustainability report (FY2023)
  entry(TAL, 'sum', false, [1_021_200, 438_900, 381_600, 152_400, 98_200, 13_100], 'planted: Table 4.1 FY2022 438,900 + 381,600 + 152,400 + 98,200 + 13,100 = 1,084,200, its Gross emissions 1,021,200 tCO2e (POME 318,600 mistyped 381,600)'),
  entry(TAL, 'ratio', false, [263_840, 5_353_800, 4.39], 'planted: PK 263,840 of 5,353,800 tonnes of FFB processed is a KER of 4.93%, its cell 4.39 (digits swapped)'),
  entry(TAL, 'ratio', false, [[14, '14 of our 21'], [21, '14 of our'], 61.9], 'planted: 14 of our 21 mills is 66.7%, stated (61.9%) (13 of 21)'),
  entry(TAL, 'sum', false, [16_428, 12_904, 3_344], 'planted: Table 5.1 contract and daily harvest workers 12,904 men + 3,344 women = 16,248, its Total 16,428'),
  entry(TAL, 'sum', false, [48_090, 31_842, 16_428], 'the same slip: the Total column 31,842 + 16,428 = 48,270, its Total 48,090'),
  entry(TAL, 'consistency', false, [[21.8, 'extraction rate of'], 21.6], 'planted: an oil extraction rate of 21.8% in the President Commissioner\'s message, 21.6% at a glance, in the text and in Table 1.2'),
  entry(TAL, 'consistency', false, [[48.6 * M, 'Inclusion Programme: IDR'], [48.6 * B, 'invested IDR']], 'planted: the Smallholder Inclusion Programme IDR 48.6 million at a glance, IDR 48.6 billion (US$3.2 million) in section 2 (a scale slip)'),
  entry(TAL, 'consistency', false, [[5_000, 'more than 5,000'], [5_000, 'nearly 5,000']], 'planted: more than 5,000 independent smallholders in the message, nearly 5,000 in section 2 (a turned qualifier)'),
  entry(TAL, 'consistency', false, [[5_000, 'more than 5,000'], [4_862, '4,862 at year end']], 'the same slip against the count: more than 5,000 smallholders, 4,862 at year end'),
  entry(TAL, 'consistency', false, [1_101_900, [1_110_900, 'Crude palm oil (CPO)']], 'planted: FY2022 CPO 1,101,900 tonnes in the message, 1,110,900 in Table 1.2'),
  entry(TAL, 'change', false, [1_101_900, [1_156_420, 'CPO production 4.1%, to'], 4.1], 'the same slip: the message\'s FY2022 1,101,900 -> 1,156,420 tonnes is +4.9%, section 1 says CPO production rose 4.1%'),
  entry(TAL, 'change', false, [82.4, [85, 'tonnes, 85.0'], [3.6, 'up 3.6']], 'planted: the RSPO-certified share 82.4% -> 85.0% is up 2.6 points, stated up 3.6 percentage points'),
  entry(TAL, 'sum', true, [203_960, 142_860, 48_620, 12_480], 'Table 1.1 FY2023: 142,860 + 48,620 + 12,480 = 203,960 hectares'),
  entry(TAL, 'sum', true, [201_520, 141_920, 48_340, 11_260], 'Table 1.1 FY2022: 141,920 + 48,340 + 11,260 = 201,520'),
  entry(TAL, 'sum', true, [[203_960, 'grew to'], 178_420, 25_540], 'the text: of 203,960 hectares, 178,420 mature + 25,540 immature'),
  entry(TAL, 'ratio', true, [142_860, 203_960, [70, 'account for']], 'nucleus 142,860 of 203,960 hectares is the text\'s 70.0%'),
  entry(TAL, 'ratio', true, [48_620, 203_960, 23.8], 'plasma 48,620 of 203,960 is the text\'s 23.8%'),
  entry(TAL, 'ratio', true, [12_480, 203_960, 6.1], 'independent smallholders 12,480 of 203,960 is the text\'s 6.1%'),
  entry(TAL, 'ratio', true, [[3_286_400, 'Nucleus estates harvested'], 124_680, 26.4], 'nucleus FFB 3,286,400 tonnes over 124,680 mature hectares is the stated yield of 26.4 t/ha'),
  entry(TAL, 'sum', true, [5_353_800, 3_286_400, 924_600, 1_142_800], 'Table 1.2 FY2023: 3,286,400 + 924,600 + 1,142,800 = 5,353,800 tonnes of FFB processed'),
  entry(TAL, 'sum', true, [5_191_100, 3_198_200, 906_400, 1_086_500], 'Table 1.2 FY2022: 3,198,200 + 906,400 + 1,086,500 = 5,191,100'),
  entry(TAL, 'ratio', true, [1_156_420, 5_353_800, 21.6], 'CPO 1,156,420 of FFB 5,353,800 tonnes is its OER 21.6% (table, text and glance)'),
  entry(TAL, 'ratio', true, [1_110_900, 5_191_100, 21.4], 'FY2022 CPO 1,110,900 of 5,191,100 is its OER 21.4'),
  entry(TAL, 'ratio', true, [252_600, 5_191_100, 4.87], 'FY2022 PK 252,600 of 5,191,100 is its KER 4.87'),
  entry(TAL, 'ratio', true, [982_960, 1_156_420, 85], 'RSPO-certified CPO 982,960 of 1,156,420 tonnes is the stated 85.0% (text and table)'),
  entry(TAL, 'ratio', true, [915_400, 1_110_900, 82.4], 'FY2022 915,400 of 1,110,900 is the stated 82.4%'),
  entry(TAL, 'ratio', true, [2_436_400, 3_480_600, [70, 'facilities (']], 'POME treated with methane capture 2,436,400 of 3,480,600 m3 is the stated (70.0%)'),
  entry(TAL, 'sum', true, [86_420, 55_160, 31_260], 'biogas electricity 86,420 MWh = 55,160 used in our mills + 31,260 exported'),
  entry(TAL, 'sum', true, [956_400, 412_600, 286_400, 148_200, 96_800, 12_400], 'Table 4.1 FY2023: 412,600 + 286,400 + 148,200 + 96,800 + 12,400 = 956,400 tCO2e gross'),
  entry(TAL, 'sum', true, [956_400, 737_800, 218_600], 'FY2023 gross 956,400 less sequestration (218,600) is the net 737,800 tCO2e'),
  entry(TAL, 'sum', true, [1_021_200, 806_400, 214_800], 'FY2022 gross 1,021,200 less (214,800) is the net 806,400'),
  entry(TAL, 'ratio', true, [737_800, 1_156_420, 0.64], 'net 737,800 tCO2e over 1,156,420 tonnes of CPO is its 0.64 tCO2e/t CPO (table, glance and message)'),
  entry(TAL, 'ratio', true, [806_400, 1_110_900, 0.73], 'FY2022 806,400 over 1,110,900 is its 0.73'),
  entry(TAL, 'sum', true, [31_842, 24_186, 7_656], 'Table 5.1 permanent employees: 24,186 + 7,656 = 31,842'),
  entry(TAL, 'sum', true, [37_090, 24_186, 12_904], 'Table 5.1 men: 24,186 + 12,904 = 37,090'),
  entry(TAL, 'sum', true, [11_000, 7_656, 3_344], 'Table 5.1 women: 7,656 + 3,344 = 11,000'),
  entry(TAL, 'sum', true, [[48_090, '37,090'], 37_090, 11_000], 'Table 5.1 Total row: 37,090 men + 11,000 women = 48,090'),
  entry(TAL, 'ratio', true, [11_000, 48_090, 22.9], 'women 11,000 of 48,090 is the text\'s 22.9%'),
  entry(TAL, 'ratio', true, [7_656, 31_842, 24], 'women 7,656 of 31,842 permanent employees is the text\'s 24.0%'),
  entry(TAL, 'sum', true, [1_486.2 * M, 1_248.6 * M, 186.4 * M, 51.2 * M], 'revenue FY2023: 1,248.6 + 186.4 + 51.2 = 1,486.2 US$ million'),
  entry(TAL, 'sum', true, [1_624.6 * M, 1_384.2 * M, 192.6 * M, 47.8 * M], 'revenue FY2022: 1,384.2 + 192.6 + 47.8 = 1,624.6'),
  entry(TAL, 'change', true, [5_191_100, 5_353_800, 3.1], 'FFB processed 5,191,100 -> 5,353,800 tonnes is the stated rose 3.1%'),
  entry(TAL, 'change', true, [1_110_900, 1_156_420, 4.1], 'CPO 1,110,900 -> 1,156,420 tonnes is the stated 4.1%'),
  entry(TAL, 'change', true, [21.4, 21.6, [0.2, 'improved 0.2']], 'OER 21.4% -> 21.6% is the stated improved 0.2 percentage points'),
  entry(TAL, 'change', true, [4_410, 4_862, 10.2], 'smallholders 4,410 -> 4,862 is the stated up 10.2%'),
  entry(TAL, 'change', true, [806_400, 737_800, [8.5, 'Net emissions fell']], 'net emissions 806,400 -> 737,800 tCO2e is the stated fell 8.5%'),
  entry(TAL, 'change', true, [1_624.6 * M, 1_486.2 * M, [8.5, 'Revenue fell']], 'revenue US$1,624.6 -> 1,486.2 million is the stated fell 8.5%'),

  // 晶曜新能源 Jingyao New Energy: a Chinese photovoltaic manufacturer's ESG 报告 (2023) and its English version
  entry(JY_ZH, 'sum', false, [826.84 * YI, 648.26 * YI, 120.48 * YI, 46.52 * YI, 29.58 * YI], 'planted: 表1 2022年 648.26 + 120.48 + 46.52 + 29.58 = 844.84, its 合计 826.84亿元 (硅片 102.48 mistyped 120.48)'),
  across(JY_ZH, [120.48 * YI], JY_EN, [102.48 * YI], 'the same slip across the pair: 2022 wafer revenue 120.48 in the Chinese 表1, 102.48 (RMB100 million) in the English Table 1'),
  entry(JY_ZH, 'sum', false, [62_486, [286, '博士'], 3_842, 14_260, 43_738], 'planted: 表2 按学历 286 + 3,842 + 14,260 + 43,738 = 62,126, its 合计 62,486 (本科 14,620 mistyped 14,260)'),
  entry(JY_ZH, 'ratio', false, [14_260, 62_486, 23.4], 'the same slip: 本科 14,260 of 62,486 is 22.8%, its 占比 23.4'),
  across(JY_ZH, [14_260], JY_EN, [14_620], 'the same slip across the pair: 本科 14,260 in the Chinese 表2, Bachelor\'s 14,620 in the English Table 2'),
  entry(JY_ZH, 'change', false, [[7.18, '电池片单位产品综合能耗'], [6.42, '电池片单位产品综合能耗'], [12.6, '同比下降12.6']], 'planted: 电池片单位产品综合能耗 7.18 (关键绩效表 2022) -> 6.42吨标准煤/MW is -10.6%, stated 同比下降12.6%'),
  { ...entry(JY_EN, 'change', false, [[7.18, 'Energy consumption per unit of cells'], [6.42, 'Energy consumption per unit of cells'], [6.42, '- cells: '], [12.6, 'down 12.6']], 'the same slip in the English: cells 7.18 (KPI table 2022) -> 6.42 tce/MW is -10.6%, stated down 12.6% (this year\'s 6.42 in the table or in the text before the rate; key widened in session 29: the two are the same figure)'), atLeast: 3 },
  { ...across(JY_EN, [[864 * M, 'produced'], [86.4 * YI, 'Wafer output']], JY_ZH, [[86.4 * YI, '硅片产量']], 'planted: 864 million wafers in the English text, 86.4 (100 million pieces) in its KPI table and 86.4亿片 in the Chinese (8.64 billion: a scale slip)'), atLeast: 2 },
  { ...across(JY_EN, [[7.46 * B, 'listed\ncompany was'], [76.4 * YI, 'Net profit attributable']], JY_ZH, [[76.4 * YI, '净利润']], 'planted: net profit RMB7.46 billion in the English Chairman\'s Statement, 76.4 (RMB100 million) in its KPI table and 76.4亿元 in the Chinese (digits swapped)'), atLeast: 2 },
  across(JY_ZH, [[1_200, '有效专利超过']], JY_EN, [[1_200, 'nearly 1,200']], 'planted: 有效专利超过1,200项 (over) in the Chinese, nearly 1,200 valid patents in the English (a translation\'s qualifier)'),
  entry(JY_ZH, 'ratio', false, [[48.62 * YI, '研发投入48.62'], [1_086.42 * YI, '营业收入1,086.42'], [4.84, '营业收入的4.84']], 'planted: 研发投入48.62 of 营业收入1,086.42亿元 is 4.48%, the text says 占营业收入的4.84%'),
  { ...across(JY_ZH, [[4.84, '营业收入的4.84'], [4.48, '研发投入占营业收入比例']], JY_EN, [[4.48, '4.48% of operating']], 'the same slip: 4.84% in the Chinese text, 4.48 in the Chinese 关键绩效表 and in the English text'), atLeast: 2 },
  entry(JY_ZH, 'change', false, [54.8, 60.6, [6.8, '提高6.8']], 'planted: 清洁电力使用占比 54.8% -> 60.6% is up 5.8 points, stated 提高6.8个百分点 (letter and text; key corrected after the one run: the letter\'s 占比达到60.6% and the table\'s 54.8 are the same figures)'),
  across(JY_ZH, [[6.8, '提高6.8']], JY_EN, [[5.8, 'up 5.8']], 'the same slip across the pair: 提高6.8个百分点 in the Chinese, up 5.8 percentage points in the English'),
  entry(JY_ZH, 'sum', true, [[68.42, '组件出货量68.42GW，其中'], 28.64, 39.78], '组件出货量68.42GW 其中 海外28.64 + 国内39.78'),
  entry(JY_ZH, 'ratio', true, [[28.64, '海外出货'], [68.42, '组件出货量68.42GW，其中'], 41.9], '海外 28.64 of 68.42GW is the stated 占比41.9%'),
  entry(JY_ZH, 'sum', true, [1_086.42 * YI, 862.48 * YI, 124.36 * YI, 58.72 * YI, 40.86 * YI], '表1 2023年: 862.48 + 124.36 + 58.72 + 40.86 = 1,086.42亿元'),
  entry(JY_ZH, 'ratio', true, [862.48 * YI, 1_086.42 * YI, 79.4], '组件 862.48 of 1,086.42 is its 占比 79.4'),
  entry(JY_ZH, 'ratio', true, [124.36 * YI, 1_086.42 * YI, 11.4], '硅片 124.36 of 1,086.42 is its 11.4'),
  entry(JY_ZH, 'ratio', true, [58.72 * YI, 1_086.42 * YI, 5.4], '电池片 58.72 of 1,086.42 is its 5.4'),
  entry(JY_ZH, 'ratio', true, [40.86 * YI, 1_086.42 * YI, 3.8], '其他 40.86 of 1,086.42 is its 3.8'),
  entry(JY_ZH, 'sum', true, [[100, '1,086.42 | '], 79.4, 11.4, 5.4, 3.8], '表1 占比 column: 79.4 + 11.4 + 5.4 + 3.8 = 100.0'),
  entry(JY_ZH, 'ratio', true, [[48.62 * YI, '| 研发投入 |'], [1_086.42 * YI, '| 营业收入 |'], [4.48, '研发投入占营业收入比例']], '关键绩效表 2023: 研发投入 48.62 of 营业收入 1,086.42亿元 is its 4.48%'),
  entry(JY_ZH, 'ratio', true, [36.84 * YI, 826.84 * YI, 4.46], '关键绩效表 2022: 36.84 of 826.84 is its 4.46%'),
  entry(JY_ZH, 'ratio', true, [[186.42 * WAN, '综合能耗186.42'], [1_086.42 * YI, '营业收入'], 0.172], '综合能耗186.42万吨标准煤 over 营业收入1,086.42亿元 is the stated 0.172吨标准煤/万元'),
  entry(JY_ZH, 'ratio', true, [158.64 * WAN, 826.84 * YI, 0.192], '2022 158.64万吨标准煤 over 826.84亿元 is the stated 0.192'),
  entry(JY_ZH, 'ratio', true, [112.86 * YI, 186.24 * YI, [60.6, '占比60.6']], '清洁电力 112.86 of 总用电量 186.24亿千瓦时 is the stated 占比60.6%'),
  entry(JY_ZH, 'sum', true, [112.86 * YI, 82.46 * YI, 24.18 * YI, 6.22 * YI], '清洁电力112.86亿千瓦时: 水电82.46 + 绿电交易24.18 + 分布式光伏6.22'),
  entry(JY_ZH, 'sum', true, [[515.06 * WAN, '合计515.06'], [28.64 * WAN, '范围一温室气体排放28.64'], 486.42 * WAN], '范围一28.64 + 范围二486.42 = 合计515.06万吨 (text and table)'),
  entry(JY_ZH, 'sum', true, [537.22 * WAN, 24.86 * WAN, 512.36 * WAN], '关键绩效表 2022: 24.86 + 512.36 = 537.22万吨'),
  entry(JY_ZH, 'sum', true, [62_486, 44_862, 17_624], '表2 按性别: 44,862 + 17,624 = 62,486'),
  entry(JY_ZH, 'ratio', true, [44_862, 62_486, 71.8], '男性 44,862 of 62,486 is its 71.8'),
  entry(JY_ZH, 'ratio', true, [17_624, 62_486, 28.2], '女性 17,624 of 62,486 is its 28.2'),
  entry(JY_ZH, 'ratio', true, [3_842, 62_486, 6.1], '硕士 3,842 of 62,486 is its 6.1'),
  entry(JY_ZH, 'ratio', true, [43_738, 62_486, 70], '大专及以下 43,738 of 62,486 is its 70.0'),
  entry(JY_ZH, 'ratio', true, [926, 4_286, 21.6], '女性管理人员 926 of 4,286 is the stated 占21.6%'),
  entry(JY_ZH, 'change', true, [46.86, 68.42, 46], '组件出货量 46.86 -> 68.42GW is the stated 同比增长46.0%'),
  entry(JY_ZH, 'change', true, [62.8 * YI, 86.4 * YI, 37.6], '硅片产量 62.8 -> 86.4亿片 is the stated 同比增长37.6%'),
  entry(JY_ZH, 'change', true, [826.84 * YI, 1_086.42 * YI, 31.4], '营业收入 826.84 -> 1,086.42亿元 is the stated 同比增长31.4%'),
  entry(JY_ZH, 'change', true, [58.2 * YI, 76.4 * YI, 31.3], '净利润 58.2 -> 76.4亿元 is the stated 同比增长31.3%'),
  entry(JY_ZH, 'change', true, [36.84 * YI, 48.62 * YI, 32], '研发投入 36.84 -> 48.62亿元 is the stated 同比增长32.0%'),
  entry(JY_ZH, 'change', true, [537.22 * WAN, 515.06 * WAN, 4.1], '范围一和范围二 537.22 -> 515.06万吨 is the stated 同比下降4.1%'),
  entry(JY_ZH, 'change', true, [55_842, 62_486, 11.9], '员工 55,842 -> 62,486 is the stated 同比增长11.9%'),
  entry(JY_EN, 'sum', true, [[68.42, 'module\nshipments reached'], 28.64, 39.78], 'the English: 68.42 GW shipped, of which 28.64 GW overseas and 39.78 GW in China'),
  entry(JY_EN, 'ratio', true, [28.64, [68.42, 'module\nshipments reached'], 41.9], 'overseas 28.64 of 68.42 GW is the stated (41.9%)'),
  entry(JY_EN, 'sum', true, [1_086.42 * YI, 862.48 * YI, 124.36 * YI, 58.72 * YI, 40.86 * YI], 'Table 1 2023: 862.48 + 124.36 + 58.72 + 40.86 = 1,086.42 (RMB100 million)'),
  entry(JY_EN, 'sum', true, [826.84 * YI, 648.26 * YI, 102.48 * YI, 46.52 * YI, 29.58 * YI], 'Table 1 2022: 648.26 + 102.48 + 46.52 + 29.58 = 826.84'),
  entry(JY_EN, 'ratio', true, [11.286 * B, 18.624 * B, 60.6], 'clean electricity 11.286 of 18.624 billion kWh is the stated (60.6%)'),
  entry(JY_EN, 'sum', true, [11.286 * B, 8.246 * B, 2.418 * B, 0.622 * B], 'clean electricity 11.286 = hydropower 8.246 + green power trading 2.418 + rooftop solar 0.622 billion kWh'),
  entry(JY_EN, 'sum', true, [5_150_600, 286_400, 4_864_200], 'Scope 1 286,400 + Scope 2 4,864,200 = 5,150,600 tCO2e in total'),
  entry(JY_EN, 'sum', true, [62_486, [286, 'Doctorate'], 3_842, 14_620, 43_738], 'Table 2 by education: 286 + 3,842 + 14,620 + 43,738 = 62,486'),
  entry(JY_EN, 'ratio', true, [14_620, 62_486, 23.4], 'Bachelor\'s 14,620 of 62,486 is its 23.4'),
  entry(JY_EN, 'ratio', true, [926, 4_286, 21.6], 'women hold 926 of 4,286 management positions, the stated (21.6%)'),
  entry(JY_EN, 'change', true, [46.86, 68.42, 46], 'module shipments 46.86 -> 68.42 GW is the stated up 46.0%'),
  entry(JY_EN, 'change', true, [54.8, 60.6, [5.8, 'up 5.8']], 'the clean share 54.8% (2022) -> 60.6% is the stated up 5.8 percentage points'),
  entry(JY_EN, 'change', true, [537.22 * WAN, 515.06 * WAN, 4.1], 'Scope 1 and 2 537.22 -> 515.06 (10,000 tCO2e) is the stated fell 4.1%'),
  entry(JY_EN, 'change', true, [55_842, 62_486, 11.9], 'employees 55,842 -> 62,486 is the stated 11.9% more'),

  // Tarawera Dairy Co-operative: a New Zealand dairy co-operative's annual sustainability report (year ended 31 July 2024)
  { ...entry(TARAWERA, 'consistency', false, [[421 * M, 'Milk collected: '], [4.21 * B, 'We collected'], [4_210 * M, 'Milk collected (million litres)']], 'planted: 421 million litres at a glance, 4.21 billion litres in section 1 and 4,210 million litres in its table (a scale slip)'), atLeast: 2 },
  entry(TARAWERA, 'change', false, [8.22, [7.84, 'The farmgate milk price of'], [4.2, 'down 4.2']], 'planted: the farmgate milk price NZ$8.22 -> 7.84 per kgMS is -4.6%, stated down 4.2%'),
  entry(TARAWERA, 'sum', false, [[20_742, 'Diesel and LPG'], [8_642, 'Coal    '], 6_128, 4_186, 1_284, 412], 'planted: Table 3.2 FY24 8,642 + 6,128 + 4,186 + 1,284 + 412 = 20,652, its Total 20,742 TJ (natural gas 6,218 mistyped 6,128)'),
  entry(TARAWERA, 'consistency', false, [[6_218, 'natural gas supplied'], 6_128], 'the same slip: natural gas 6,218 TJ in the text, 6,128 in Table 3.2'),
  entry(TARAWERA, 'change', false, [6_342, 6_128, -2], 'the same slip: natural gas 6,342 -> 6,128 TJ is -3.4%, its Change cell -2.0 (computed on 6,218)'),
  entry(TARAWERA, 'change', false, [3_862, [4_186, 'Electricity'], 3.8], 'planted: electricity 3,862 -> 4,186 TJ is +8.4%, its Change cell +3.8'),
  entry(TARAWERA, 'ratio', false, [[3_717_200, 'On-farm (purchased milk)'], 5_574_500, 76.7], 'planted: on-farm 3,717,200 of the total 5,574,500 tCO2e is 66.7%, stated make up 76.7% of our total footprint'),
  entry(TARAWERA, 'consistency', false, [[4_300, 'our nearly'], [4_300, 'More than']], 'planted: nearly 4,300 farmer shareholders in the Chair\'s letter, More than 4,300 in section 1 (a turned qualifier)'),
  { ...entry(TARAWERA, 'consistency', false, [[4_300, 'More than'], [4_286, 'we had'], [4_286, 'Farmer shareholders:']], 'the same slip against the count: More than 4,300 farmer shareholders, 4,286 supplying shareholders (or at a glance; key widened in session 29: the glance states the same count)'), atLeast: 2 },
  entry(TARAWERA, 'consistency', false, [9.26, 9.62], 'planted: on-farm emissions intensity 9.26 kgCO2e per kgMS in the Chair\'s letter, 9.62 in 3.1 (digits swapped)'),
  entry(TARAWERA, 'sum', false, [372.8 * M, 241.2 * M, 113.6 * M], 'planted: FY23 milk solids North Island 241.2 + South Island 113.6 = 354.8, its Total 372.8 million kgMS (131.6 mistyped 113.6)'),
  entry(TARAWERA, 'sum', true, [[386.4 * M, 'Total'], 248.6 * M, 137.8 * M], 'FY24 milk solids: 248.6 + 137.8 = 386.4 million kgMS'),
  entry(TARAWERA, 'ratio', true, [3_029.4 * M, [386.4 * M, 'containing'], [7.84, 'The farmgate milk price of']], 'NZ$3,029.4 million returned for 386.4 million kgMS is the milk price of NZ$7.84 per kgMS'),
  entry(TARAWERA, 'ratio', true, [[386.4 * M, 'containing'], [4_286, 'we had'], 90_154], '386.4 million kgMS over 4,286 supplying farms is the stated 90,154 kgMS per farm'),
  entry(TARAWERA, 'sum', true, [4_862 * M, 3_486 * M, 1_376 * M], 'revenue FY24: 3,486 + 1,376 = 4,862 NZ$ million'),
  entry(TARAWERA, 'sum', true, [5_124 * M, 3_742 * M, 1_382 * M], 'revenue FY23: 3,742 + 1,382 = 5,124'),
  entry(TARAWERA, 'ratio', true, [[3_717_200, 'On-farm (purchased milk)'], [386.4 * M, 'Total'], [9.62, 'On-farm emissions intensity was']], 'on-farm 3,717,200 tCO2e over 386.4 million kgMS is its 9.62 kgCO2e per kgMS'),
  entry(TARAWERA, 'ratio', true, [3_668_400, 372.8 * M, 9.84], 'FY23 3,668,400 tCO2e over 372.8 million kgMS is its 9.84'),
  entry(TARAWERA, 'ratio', true, [4_912, [20_742, 'used'], 23.7], 'renewable energy 4,912 of 20,742 TJ is the stated (23.7% of the total)'),
  entry(TARAWERA, 'sum', true, [4_912, [1_284, 'Biomass'], 3_628], 'renewable energy 4,912 TJ = biomass 1,284 (Table 3.2) + renewable electricity 3,628'),
  entry(TARAWERA, 'ratio', true, [3_628, [4_186, 'the 4,186'], 86.7], 'renewable electricity 3,628 of the 4,186 TJ of electricity is the stated 86.7%'),
  entry(TARAWERA, 'ratio', true, [[20_742, 'used'], 386_400, 53.7], '20,742 TJ over 386,400 tonnes of milk solids is the stated 53.7 GJ per tonne'),
  entry(TARAWERA, 'sum', true, [21_064, 9_486, 6_342, 3_862, 946, 428], 'Table 3.2 FY23: 9,486 + 6,342 + 3,862 + 946 + 428 = 21,064 TJ'),
  entry(TARAWERA, 'sum', true, [[1_011_000, 'Scope 1 and 2  '], 948_600, 62_400], 'Table 3.3 FY24: Scope 1 948,600 + Scope 2 62,400 = 1,011,000 tCO2e'),
  entry(TARAWERA, 'sum', true, [1_071_700, 1_012_800, 58_900], 'FY23: 1,012,800 + 58,900 = 1,071,700'),
  entry(TARAWERA, 'sum', true, [4_563_500, 3_717_200, 846_300], 'FY24 Scope 3: on-farm 3,717,200 + other 846,300 = 4,563,500'),
  entry(TARAWERA, 'sum', true, [4_530_500, 3_668_400, 862_100], 'FY23 Scope 3: 3,668,400 + 862,100 = 4,530,500'),
  entry(TARAWERA, 'sum', true, [5_574_500, [1_011_000, 'Scope 1 and 2  '], 4_563_500], 'FY24 total: Scope 1 and 2 1,011,000 + Scope 3 4,563,500 = 5,574,500'),
  entry(TARAWERA, 'sum', true, [5_602_200, 1_071_700, 4_530_500], 'FY23 total: 1,071,700 + 4,530,500 = 5,602,200'),
  entry(TARAWERA, 'ratio', true, [4_563_500, 5_574_500, 81.9], 'Scope 3 4,563,500 of 5,574,500 tCO2e is the stated 81.9%'),
  entry(TARAWERA, 'change', true, [372.8 * M, [386.4 * M, 'containing'], 3.6], 'milk solids 372.8 -> 386.4 million kgMS is the stated up 3.6%'),
  entry(TARAWERA, 'change', true, [4_412, [4_286, 'we had'], 2.9], 'supplying shareholders 4,412 -> 4,286 is the stated 2.9% fewer'),
  entry(TARAWERA, 'change', true, [5_124 * M, [4_862 * M, 'to NZ$'], 5.1], 'revenue NZ$5,124 -> 4,862 million is the stated fell 5.1%'),
  entry(TARAWERA, 'change', true, [9.84, [9.62, 'On-farm emissions intensity was'], 2.2], 'on-farm intensity 9.84 -> 9.62 is the stated 2.2% lower'),
  entry(TARAWERA, 'change', true, [10.42, [9.62, 'On-farm emissions intensity was'], 7.7], 'on-farm intensity 10.42 (FY18) -> 9.62 is the stated 7.7% below'),
  entry(TARAWERA, 'change', true, [9_486, [8_642, 'fell 8.9% to'], 8.9], 'coal 9,486 -> 8,642 TJ is the stated fell 8.9% (and the Change cell -8.9)'),
  entry(TARAWERA, 'change', true, [21_064, [20_742, 'used'], 1.5], 'energy 21,064 -> 20,742 TJ is the stated 1.5% less (and the Change cell -1.5)'),
  entry(TARAWERA, 'change', true, [946, 1_284, 35.7], 'biomass 946 -> 1,284 TJ is its Change cell +35.7'),
  entry(TARAWERA, 'change', true, [1_012_800, 948_600, 6.3], 'Scope 1 1,012,800 -> 948,600 tCO2e is the stated fell 6.3%'),
  entry(TARAWERA, 'change', true, [1_071_700, 1_011_000, 5.7], 'Scope 1 and 2 1,071,700 -> 1,011,000 is the stated 5.7%'),
];
