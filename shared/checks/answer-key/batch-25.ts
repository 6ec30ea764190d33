// The twenty-fifth blind batch: three engagements of report kinds outside batches 1–24, written as their
// published reports read (PDF text: wrapped lines, page footers, tables flattened to tabs or spaces): a Chinese
// securities firm's ESG report (a chair's letter, 表1 revenue by business with 2022 / 2023 / 同比变动 columns, running
// text that restates an appendix 关键绩效表 over 2021–2023 with a 单位 column and 经济 / 环境 / 社会绩效 sub-headings, 其中
// lists of 万户, 万吨 and 万元 under 亿 / 万 totals, a percentage-point change against a cell); an English logistics
// company's sustainability report (a highlights page of `label  value  up X%` lines, running text with shares of
// revenue and of emissions, a space-aligned GHG table by scope with a Total row and a bracketed Change column, an
// intensity with its year before, a fleet share and a points change); a hospital group's short sustainability
// summary in Chinese and English in two files (万人次 / million visits, 亿元 / RMB million, 万吨 / tCO2e and tonnes; a
// tab table with a 占比 column in Chinese, a space table with a Share column in English).
// Planted (as real drafts slip): totals that no longer add after a part was revised (表1 2022 资产管理 25.8 under
// 272.0; the 关键绩效表's 2022 范围二 4.86 under 5.18; Table 2's 2023 Scope 1 468,200 under 2,184,600; the English
// Table 1's South China 5,840 under 18,640; 214 sites of 126 + 72 + 18); a change cell left from the old value
// (资产管理 25.8 -> 26.5 `6.9%`; Scope 1 486,200 -> 468,200 `(4.8%)`); shares on the wrong whole or year (机构服务
// 91.6 亿元 `33.7%` on 2022's 272.0; Contract Logistics `24.9% of revenue` on 2022's 3,666.6; Scope 1 `21.6%` is 2022's
// share; the English nurses' 43.8% of the Chinese 16,842; South China's 29.4% cell under 5,840); rates that do not
// compute (女性管理者占比 37.8 -> 38.6 `提高1.2个百分点`; turnover 18.6% -> 16.2% `down 2.6 percentage points`; the English
// visits 11.889 -> 12.864 million `rose 2.8%`; 出院患者 81.2 -> 86.4 万人次 `同比增长5.6%`); text against table (绿色债券
// 326.8 / 362.8 亿元; Scope 1 462,800 / 468,200; parcels 486.2m / 468.2 million); 超过 / 近 (超过 / 近 1,200 万户;
// 近500万人 / over 5 million); scale slips (用水量 28.64 万吨 / the table's 2.864 万吨; community investment £2.48m /
// £248,000; 用水量 862 万吨 / 86.2 million tonnes); slips in translation (8.2% / 2.8%; 5.6% / 6.4%; 18,620 / 18,260
// beds; 护士 16,842 / 16,482 nurses; 华南 54.8 亿元 / RMB 5,840 million).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: 7.0% as 投资银行's rate in the text and its cell; 41.2 亿元 of revenue and 41,260
// employees; 1,296 vehicles and up 50.0% from 864; the 2021 and 2022 columns beside the text's 2023; 4.86 万吨 of
// GHG in 2023 and the planted 4.86 of 2022's 范围二; 1.26 亿元 over parts adding to 12,560 万元; 48.6 million and 4,860
// 万元 (the same); the Chinese 门急诊 8.2% without its year before.

import type { Engagement } from './key';
import { across, engagements, entry, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b25';
const DONGHENG = 'dongheng-securities-esg-2023.txt';
const NORTHWAY = 'northway-logistics-sustainability-2023.txt';
const KANGHUA_ZH = 'kanghua-healthcare-summary-2023-zh.txt';
const KANGHUA_EN = 'kanghua-healthcare-summary-2023-en.txt';

export const BATCH_25_ENGAGEMENTS: Engagement[] = engagements(DIR, [DONGHENG, NORTHWAY, [KANGHUA_ZH, KANGHUA_EN]]);

const GHG = '温室气体排放总量\t万吨二氧化碳当量\t';
const S1 = '范围一\t万吨二氧化碳当量\t';
const S2 = '范围二\t万吨二氧化碳当量\t';
const STAFF = '员工总数\t人\t';
const WOMEN = '女性员工\t人\t';

export const BATCH_25_KEY: KeyEntry[] = [
  // 东衡证券 Dongheng Securities: a Chinese securities firm's ESG report
  entry(DONGHENG, 'consistency', false, [[1_200 * WAN, '超过'], [1_200 * WAN, '近']], 'planted: 服务客户超过 1,200 万户 in the chair\'s letter, 近 1,200 万户 in the text'),
  entry(DONGHENG, 'sum', false, [[272.0 * YI, '合计\t'], 112.6 * YI, 38.5 * YI, 25.8 * YI, 87.6 * YI, 8.5 * YI], 'planted: 表1 2022 112.6 + 38.5 + 25.8 + 87.6 + 8.5 = 273.0, its 合计 272.0 (资产管理 24.8 revised to 25.8)'),
  entry(DONGHENG, 'change', false, [25.8 * YI, 26.5 * YI, 6.9], 'planted: 表1 资产管理 25.8 -> 26.5 is +2.7%, its 同比变动 cell 6.9% (computed on 24.8)'),
  entry(DONGHENG, 'ratio', false, [[91.6 * YI, '机构服务及投资业务收入'], 286.4 * YI, 33.7], 'planted: 机构服务及投资 91.6 of 286.4 亿元 is 32.0%, stated 占营业收入的 33.7% (on 2022\'s 272.0)'),
  entry(DONGHENG, 'consistency', false, [[326.8 * YI, '绿色债券承销规模'], [362.8 * YI, '绿色债券承销规模\t亿元\t']], 'planted: 绿色债券承销规模 326.8 亿元 in the text, 362.8 in the 关键绩效表 (digits swapped)'),
  entry(DONGHENG, 'consistency', false, [[28.64 * WAN, '用水量'], [2.864 * WAN, '用水量\t万吨\t']], 'planted: 用水量 28.64 万吨 in the text, 2.864 万吨 in the 关键绩效表 (a tenfold slip)'),
  entry(DONGHENG, 'change', false, [37.8, [38.6, '女性管理者占比38.6'], 1.2], 'planted: 女性管理者占比 37.8 (关键绩效表 2022) -> 38.6% is 0.8 points, stated 提高 1.2 个百分点'),
  entry(DONGHENG, 'sum', false, [[5.18 * WAN, `${GHG}5.42\t`], [0.34 * WAN, `${S1}0.36\t`], [4.86 * WAN, `${S2}5.06\t`]], 'planted: 关键绩效表 2022 0.34 + 4.86 = 5.20, its total 5.18 (范围二 4.84 revised to 4.86)'),
  entry(DONGHENG, 'sum', true, [[286.4 * YI, '合计\t272.0\t'], [118.4 * YI, '财富管理\t112.6\t'], [41.2 * YI, '投资银行\t38.5\t'], 26.5 * YI, [91.6 * YI, '机构服务及投资\t87.6\t'], 8.7 * YI], '表1 2023: 118.4 + 41.2 + 26.5 + 91.6 + 8.7 = 286.4 亿元'),
  entry(DONGHENG, 'sum', true, [[1_200 * WAN, '近'], 1_186.4 * WAN, 13.6 * WAN], '客户近 1,200 万户 = 个人 1,186.4 + 机构 13.6 万户'),
  entry(DONGHENG, 'sum', true, [[4.86 * WAN, '温室气体排放总量4.86'], [0.32 * WAN, '范围一0.32'], [4.54 * WAN, '范围二4.54']], 'the text\'s 温室气体排放总量 4.86 万吨 = 范围一 0.32 + 范围二 4.54'),
  entry(DONGHENG, 'sum', true, [[5.42 * WAN, GHG], 0.36 * WAN, 5.06 * WAN], '关键绩效表 2021: 0.36 + 5.06 = 5.42 万吨'),
  entry(DONGHENG, 'sum', true, [[4.86 * WAN, `${GHG}5.42\t5.18\t`], [0.32 * WAN, `${S1}0.36\t0.34\t`], [4.54 * WAN, `${S2}5.06\t4.86\t`]], '关键绩效表 2023: 0.32 + 4.54 = 4.86 万吨'),
  entry(DONGHENG, 'sum', true, [[16_420, '员工总数16,420'], 4_926, 10_218, 1_276], '员工总数 16,420 = 4,926 + 10,218 + 1,276 by age'),
  entry(DONGHENG, 'sum', true, [[1.26 * YI, '公益捐赠总额1.26'], 8_420 * WAN, 2_760 * WAN, 1_380 * WAN], '公益捐赠 1.26 亿元 = 8,420 + 2,760 + 1,380 万元 (12,560 万元, rounded)'),
  entry(DONGHENG, 'ratio', true, [[118.4 * YI, '财富管理业务收入'], 286.4 * YI, 41.3], '财富管理 118.4 of 286.4 亿元 is the stated 41.3%'),
  entry(DONGHENG, 'ratio', true, [[326.8 * YI, '绿色债券承销规模'], [4_826 * YI, '债券承销规模4,826'], 6.8], '绿色债券 326.8 of 债券承销 4,826 亿元 is the stated 6.8%'),
  entry(DONGHENG, 'ratio', true, [[8_046, '女性员工8,046'], [16_420, '员工总数16,420'], [49.0, '占49.0']], '女性员工 8,046 of 16,420 is the stated 49.0%'),
  entry(DONGHENG, 'ratio', true, [6_912, [16_420, '员工总数16,420'], 42.1], '硕士及以上 6,912 of 16,420 is the stated 42.1%'),
  entry(DONGHENG, 'ratio', true, [7_462, [15_284, STAFF], 48.8], '关键绩效表 2021 女性 7,462 of 15,284 is its 48.8%'),
  entry(DONGHENG, 'ratio', true, [7_812, 15_906, 49.1], '关键绩效表 2022 女性 7,812 of 15,906 is its 49.1%'),
  entry(DONGHENG, 'ratio', true, [[8_046, `${WOMEN}7,462\t7,812\t`], [16_420, `${STAFF}15,284\t15,906\t`], [49.0, '女性员工占比\t%\t48.8\t49.1\t']], '关键绩效表 2023 女性 8,046 of 16,420 is its 49.0%'),
  entry(DONGHENG, 'change', true, [[272.0 * YI, '营业收入\t亿元\t251.8\t'], [286.4 * YI, '实现营业收入286.4'], [5.3, '同比增长5.3']], '营业收入 272.0 (关键绩效表 / 表1 2022) -> 286.4 亿元 is the stated 同比增长 5.3%'),
  entry(DONGHENG, 'change', true, [65.5 * YI, [68.2 * YI, '净利润68.2'], 4.1], '净利润 65.5 (关键绩效表 2022) -> 68.2 亿元 is the stated 同比增长 4.1%'),
  entry(DONGHENG, 'change', true, [4_286 * YI, [4_826 * YI, '债券承销规模4,826'], 12.6], '债券承销规模 4,286 (关键绩效表 2022) -> 4,826 亿元 is the stated 同比增长 12.6%'),
  entry(DONGHENG, 'change', true, [276.0 * YI, [326.8 * YI, '绿色债券承销规模'], 18.4], '绿色债券 276.0 (关键绩效表 2022) -> 326.8 亿元 is the stated 同比增长 18.4%'),
  entry(DONGHENG, 'change', true, [[5.18 * WAN, `${GHG}5.42\t`], [4.86 * WAN, '温室气体排放总量4.86'], 6.2], '温室气体排放总量 5.18 -> 4.86 万吨 is the stated 同比下降 6.2%'),
  entry(DONGHENG, 'change', true, [7_768 * WAN, [7_486 * WAN, '用电量7,486'], 3.6], '用电量 7,768 -> 7,486 万千瓦时 is the stated 同比下降 3.6%'),
  entry(DONGHENG, 'change', true, [57.1, [62.4, '培训时长\n62.4'], 9.3], '人均培训时长 57.1 -> 62.4 小时 is the stated 同比增长 9.3%'),
  entry(DONGHENG, 'change', true, [11_240 * WAN, [1.26 * YI, '公益捐赠总额1.26'], 11.7], '公益捐赠 11,240 万 -> 1.26 亿元 (12,560 万) is the stated 同比增长 11.7%'),
  entry(DONGHENG, 'change', true, [112.6 * YI, [118.4 * YI, '财富管理\t112.6\t'], 5.2], '表1 财富管理 112.6 -> 118.4 is its 5.2%'),
  entry(DONGHENG, 'change', true, [38.5 * YI, [41.2 * YI, '投资银行\t38.5\t'], [7.0, '投资银行\t38.5\t']], '表1 投资银行 38.5 -> 41.2 is its 7.0%'),
  entry(DONGHENG, 'change', true, [87.6 * YI, [91.6 * YI, '机构服务及投资\t87.6\t'], 4.6], '表1 机构服务及投资 87.6 -> 91.6 is its 4.6%'),
  entry(DONGHENG, 'change', true, [8.5 * YI, 8.7 * YI, 2.4], '表1 其他 8.5 -> 8.7 is its 2.4%'),
  entry(DONGHENG, 'change', true, [[272.0 * YI, '合计\t'], [286.4 * YI, '合计\t272.0\t'], [5.3, '合计\t272.0\t']], '表1 合计 272.0 -> 286.4 is its 5.3%'),

  // Northway Logistics plc: an English logistics company's sustainability report
  entry(NORTHWAY, 'sum', false, [[2_184_600, 'Total  '], [468_200, 'Scope 1  '], [31_600, 'Scope 2 (market-based)  '], [1_690_200, 'Scope 3  ']], 'planted: Table 2 2023 468,200 + 31,600 + 1,690,200 = 2,190,000, its Total 2,184,600 (Scope 1 462,800 revised to 468,200)'),
  entry(NORTHWAY, 'change', false, [486_200, [468_200, 'Scope 1  '], [-4.8, 'Scope 1  ']], 'planted: Table 2 Scope 1 486,200 -> 468,200 is -3.7%, its Change cell (4.8%), a fall of 4.8% (computed on 462,800)'),
  entry(NORTHWAY, 'consistency', false, [[462_800, 'fell 4.8% to '], [468_200, 'Scope 1  ']], 'planted: Scope 1 462,800 tCO2e in the text, 468,200 in Table 2'),
  entry(NORTHWAY, 'ratio', false, [[462_800, 'fell 4.8% to '], [2_184_600, 'fell 3.1% to '], 21.6], 'planted: Scope 1 462,800 of 2,184,600 is 21.2%, stated 21.6% of total emissions (2022\'s share)'),
  entry(NORTHWAY, 'ratio', false, [911.6 * M, [3_842.6 * M, 'rose 4.8% to £'], 24.9], 'planted: Contract Logistics 911.6 of 3,842.6 is 23.7%, stated 24.9% of revenue (on 2022\'s 3,666.6)'),
  entry(NORTHWAY, 'consistency', false, [[2.48 * M, 'Community investment'], [248_000, 'invested £']], 'planted: community investment £2.48m in the highlights, £248,000 in the text (a thousand / million slip)'),
  entry(NORTHWAY, 'change', false, [18.6, 16.2, 2.6], 'planted: employee turnover 18.6% -> 16.2% is 2.4 points, stated down 2.6 percentage points'),
  entry(NORTHWAY, 'consistency', false, [[486.2 * M, 'Parcels delivered'], [468.2 * M, 'We delivered ']], 'planted: parcels delivered 486.2m in the highlights, 468.2 million in the text (digits swapped)'),
  entry(NORTHWAY, 'sum', false, [[214, 'from our\n'], 126, 72, 18], 'planted: 214 sites of 126 + 72 + 18 = 216'),
  entry(NORTHWAY, 'sum', true, [[2_254_400, 'Total  '], 486_200, 38_400, 1_729_800], 'Table 2 2022: 486,200 + 38,400 + 1,729,800 = 2,254,400 tCO2e'),
  entry(NORTHWAY, 'sum', true, [[3_842.6 * M, 'rose 4.8% to £'], 1_684.2 * M, [1_246.8 * M, 'Freight £'], 911.6 * M], 'revenue 3,842.6 = UK Parcels 1,684.2 + Freight 1,246.8 + Contract Logistics 911.6 £m'),
  entry(NORTHWAY, 'sum', true, [2_046, 1_712, 186, 148], 'energy 2,046 GWh = diesel 1,712 + electricity 186 + other fuels 148'),
  entry(NORTHWAY, 'ratio', true, [1_690_200, [2_184_600, 'fell 3.1% to '], 77.4], 'Scope 3 (Table 2\'s 1,690,200) of 2,184,600 is the stated 77.4%'),
  entry(NORTHWAY, 'ratio', true, [1_684.2 * M, [3_842.6 * M, 'rose 4.8% to £'], 43.8], 'UK Parcels 1,684.2 of 3,842.6 is the stated 43.8% of revenue'),
  entry(NORTHWAY, 'ratio', true, [[1_296, 'includes '], 8_640, 15.0], '1,296 of 8,640 vehicles is the stated 15.0% of the fleet'),
  entry(NORTHWAY, 'ratio', true, [142, [186, 'electricity '], 76.3], 'renewable 142 of 186 GWh of electricity is the stated 76.3%'),
  entry(NORTHWAY, 'ratio', true, [[41_260, 'We employ '], 11_718, 28.4], 'women 11,718 of 41,260 is the stated 28.4%'),
  entry(NORTHWAY, 'ratio', true, [2_184_600, 3_842.6 * M, 568.5], '2,184,600 tCO2e over £3,842.6 million is the stated 568.5 tCO2e per £ million; re-annotated after the blind run: any statement of either (the key had named the text\'s; the checks took Table 2\'s Total)'),
  entry(NORTHWAY, 'change', true, [3_666.6 * M, [3_842.6 * M, 'rose 4.8% to £'], [4.8, 'Revenue rose ']], 'revenue 3,666.6 -> 3,842.6 £m is the stated rose 4.8%'),
  entry(NORTHWAY, 'change', true, [[2_254_400, 'Total  '], [2_184_600, 'fell 3.1% to '], [3.1, 'Scopes 1, 2 and 3 fell ']], 'total emissions 2,254,400 (Table 2) -> 2,184,600 is the stated fell 3.1%'),
  entry(NORTHWAY, 'change', true, [[486_200, 'Scope 1  '], [462_800, 'fell 4.8% to '], [4.8, 'fleet, fell ']], 'the text\'s Scope 1 486,200 (Table 2 2022) -> 462,800 is the stated fell 4.8%'),
  entry(NORTHWAY, 'change', true, [38_400, 31_600, 17.7], 'Table 2 Scope 2 38,400 -> 31,600 is its (17.7%)'),
  entry(NORTHWAY, 'change', true, [1_729_800, [1_690_200, 'Scope 3  '], 2.3], 'Table 2 Scope 3 1,729,800 -> 1,690,200 is its (2.3%)'),
  entry(NORTHWAY, 'change', true, [[2_254_400, 'Total  '], [2_184_600, 'Total  '], [3.1, 'Total  ']], 'Table 2 Total 2,254,400 -> 2,184,600 is its (3.1%)'),
  entry(NORTHWAY, 'change', true, [614.9, 568.5, 7.5], 'emissions intensity 614.9 -> 568.5 is the stated down 7.5%'),
  entry(NORTHWAY, 'change', true, [864, [1_296, 'includes '], [50.0, 'up 50.0']], 'vehicles 864 -> 1,296 is the highlights\' up 50.0%'),
  entry(NORTHWAY, 'change', true, [456.9 * M, [486.2 * M, 'Parcels delivered'], 6.4], 'parcels 456.9 (the text\'s 2022) -> 486.2m is the highlights\' up 6.4%'),
  entry(NORTHWAY, 'change', true, [1_208.2 * M, [1_246.8 * M, 'Freight £'], 3.2], 'Freight 1,208.2 -> 1,246.8 £m is the stated grew 3.2%'),
  entry(NORTHWAY, 'change', true, [1.68, 1.42, 15.5], 'LTIFR 1.68 -> 1.42 is the stated reduction of 15.5%'),

  // 康华医疗 Kanghua Healthcare Group: a hospital group's sustainability summary, in Chinese and English
  across(KANGHUA_ZH, [[500 * WAN, '近']], KANGHUA_EN, [[5 * M, 'over\n']], 'planted: 服务患者近 500 万人 in the Chinese, over 5 million patients in the English (a turned qualifier)'),
  across(KANGHUA_ZH, [[8.2, '同比增长8.2']], KANGHUA_EN, [[2.8, 'rose ']], 'planted: 门急诊量 同比增长 8.2% in the Chinese, rose 2.8% in the English (digits swapped)'),
  entry(KANGHUA_EN, 'change', false, [11.889 * M, 12.864 * M, 2.8], 'planted: the English visits 11.889 -> 12.864 million is +8.2%, stated rose 2.8%'),
  entry(KANGHUA_ZH, 'change', false, [81.2 * WAN, [86.4 * WAN, '出院患者'], 5.6], 'planted: 出院患者 81.2 -> 86.4 万人次 is +6.4%, stated 同比增长 5.6%'),
  across(KANGHUA_ZH, [[5.6, '同比增长5.6']], KANGHUA_EN, [[6.4, 'up ']], 'planted: inpatients discharged 同比增长 5.6% in the Chinese, up 6.4% in the English'),
  across(KANGHUA_ZH, [[18_620, '开放床位']], KANGHUA_EN, [[18_260, 'with ']], 'planted: 开放床位 18,620 张 in the Chinese, 18,260 open beds in the English'),
  entry(KANGHUA_EN, 'sum', false, [[18_640 * M, 'Total  '], 8_620 * M, 5_840 * M, 4_540 * M], 'planted: the English Table 1 8,620 + 5,840 + 4,540 = 19,000, its Total 18,640 (South China 5,480 mistyped)'),
  across(KANGHUA_ZH, [[54.8 * YI, '华南\t']], KANGHUA_EN, [[5_840 * M, 'South China  ']], 'planted: 华南 54.8 亿元 in the Chinese table, RMB 5,840 million in the English'),
  entry(KANGHUA_EN, 'ratio', false, [5_840 * M, [18_640 * M, 'Total  '], [29.4, 'South China  ']], 'planted: the English South China 5,840 of 18,640 is 31.3%, its Share cell 29.4%'),
  across(KANGHUA_ZH, [[862 * WAN, '用水量']], KANGHUA_EN, [[86.2 * M, 'used ']], 'planted: 用水量 862 万吨 in the Chinese, 86.2 million tonnes in the English (ten times)'),
  across(KANGHUA_ZH, [[16_842, '护士']], KANGHUA_EN, [[16_482, 'and ']], 'planted: 护士 16,842 人 in the Chinese, 16,482 nurses in the English (digits swapped)'),
  entry(KANGHUA_EN, 'ratio', false, [[16_482, 'and '], [38_460, 'employs '], [43.8, 'nurses (']], 'planted: the English 16,482 nurses of 38,460 is 42.9%, stated (43.8%) (the Chinese 16,842\'s share)'),
  entry(KANGHUA_ZH, 'sum', true, [[42, '医院'], 28, 14], '医院 42 家 = 综合医院 28 + 专科医院 14'),
  entry(KANGHUA_ZH, 'sum', true, [[186.4 * YI, '合计\t'], 86.2 * YI, [54.8 * YI, '华南\t'], 45.4 * YI], '表1: 86.2 + 54.8 + 45.4 = 186.4 亿元'),
  entry(KANGHUA_ZH, 'sum', true, [[32.6 * WAN, '排放总量'], 4.8 * WAN, 27.8 * WAN], '温室气体排放总量 32.6 万吨 = 范围一 4.8 + 范围二 27.8'),
  entry(KANGHUA_ZH, 'ratio', true, [86.2 * YI, [186.4 * YI, '合计\t'], 46.2], '表1 华东 86.2 of 186.4 is its 46.2%'),
  entry(KANGHUA_ZH, 'ratio', true, [[54.8 * YI, '华南\t'], [186.4 * YI, '合计\t'], 29.4], '表1 华南 54.8 of 186.4 is its 29.4%'),
  entry(KANGHUA_ZH, 'ratio', true, [45.4 * YI, [186.4 * YI, '合计\t'], 24.4], '表1 西南 45.4 of 186.4 is its 24.4%'),
  entry(KANGHUA_ZH, 'ratio', true, [9_126, 38_460, 23.7], '医生 9,126 of 38,460 is the stated 23.7%'),
  entry(KANGHUA_ZH, 'ratio', true, [[16_842, '护士'], 38_460, 43.8], '护士 16,842 of 38,460 is the stated 43.8%'),
  entry(KANGHUA_ZH, 'change', true, [174.5 * YI, [186.4 * YI, '营业收入'], 6.8], '营业收入 174.5 -> 186.4 亿元 is the stated 同比增长 6.8%'),
  entry(KANGHUA_ZH, 'change', true, [33.4 * WAN, [32.6 * WAN, '排放总量'], 2.4], '温室气体排放 33.4 -> 32.6 万吨 is the stated 同比下降 2.4%'),
  entry(KANGHUA_EN, 'sum', true, [[42, 'operated '], 28, 14], '42 hospitals = 28 general + 14 specialist'),
  entry(KANGHUA_EN, 'sum', true, [[326_000, 'to '], 48_000, 278_000], 'GHG 326,000 tCO2e = Scope 1 48,000 + Scope 2 278,000'),
  entry(KANGHUA_EN, 'ratio', true, [8_620 * M, [18_640 * M, 'Total  '], 46.2], 'Table 1 East China 8,620 of 18,640 is its 46.2%'),
  entry(KANGHUA_EN, 'ratio', true, [4_540 * M, [18_640 * M, 'Total  '], 24.4], 'Table 1 Southwest China 4,540 of 18,640 is its 24.4%'),
  entry(KANGHUA_EN, 'ratio', true, [9_126, [38_460, 'employs '], 23.7], '9,126 doctors of 38,460 is the stated (23.7%)'),
  entry(KANGHUA_EN, 'change', true, [17_450 * M, [18_640 * M, 'to RMB '], 6.8], 'revenue RMB 17,450 -> 18,640 million is the stated grew 6.8%'),
  entry(KANGHUA_EN, 'change', true, [334_000, [326_000, 'to '], 2.4], 'GHG 334,000 -> 326,000 tCO2e is the stated fell 2.4%'),
  entry(KANGHUA_EN, 'change', true, [812_000, 864_000, 6.4], 'inpatients 812,000 -> 864,000 is the stated up 6.4%'),
];
