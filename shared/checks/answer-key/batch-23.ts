// The twenty-third blind batch: three engagements of report kinds outside batches 1–22, written as their
// published reports read (PDF text: wrapped lines, page footers, tables flattened to tabs or spaces): a Chinese
// coal-to-chemicals group's ESG report (a 关键绩效 block the text restates, 表1-1 revenue by segment with a 同比变动
// column, 表2-1 chemical output over two years, 表3-1 over 2021–2023 with a 单位 column and `其中：` breakdowns of
// energy and GHG, 表4-1 water under `单位：万吨`, 其中 lists with and without `及其他`, 表6-1 staff with `其中：女性` and
// `女性占比` columns, changes against a bracketed year before); an English university's sustainability report (an
// at-a-glance block, a foreword, Scope 1/2/3 over three years aligned by spaces with a Change column, Scope 3 by
// category with a Share column, per-student, per-m2 and per-staff intensities, energy in GWh, a `comprised`
// sentence, waste by route with a Share column, water); a Singapore bank's sustainable financing summary in English
// and Chinese in two files (S$ billion / 亿新元, MtCO2e / 万吨二氧化碳当量; a space table in English, a tab table in
// Chinese).
// Planted (as real drafts slip): one metric two ways (原煤产量 3,265 in the 关键绩效 block, 3,256 万吨 in the text;
// 范围二 332.2 in the text, 322.2 in 表3-1; 技术人员 6,842 in the text, 6,824 in 表6-1; Scope 1 and 2 21,840 at a glance,
// 21,480 tCO2e in the text and table; 28,460 students in the foreword, 28,640 elsewhere); sums that miss (表2-1 2022
// 268.9 + 132.8 + 91.4 + 122.5 under 621.0; 表3-1 2021 968.4 + 421.6 + 105.2 under 1,486.2; 危险废物 4.86 of 2.14 +
// 0.86 + 1.68 + 0.26 及其他; 乡村振兴 2.48 of 1.26 + 0.52 + 0.46 + 0.14 及其他; Table 1 2018/19 14,260 + 13,480 under
// 28,100; £18.6 million comprised 9.4 + 5.8 + 2.9; the English Table 1 2022 8.6 + 9.4 + 4.1 + 3.8 + 4.8 under 30.3);
// changes that do not compute (表1-1 其他 46.3 -> 51.5, its cell 12.1%; 乙二醇 91.4 -> 86.2 `同比下降6.9%`; 原料煤 992.1
// -> 1,018.3 `同比增长3.6%`; 安全生产投入 16.8 -> 18.6 `同比增长12.4%`; Scope 3 58,760 -> 60,940 `rose 7.3%`; energy
// 104.6 -> 98.6 GWh `fell 4.2%`; transport 4.1 -> 5.9 `rose 34.9%`; 房地产 94 -> 108 `增长19.4%`); shares that do not
// compute (地表水 4,987 of 8,418 `60.4%`, last year's share; 表6-1 管理人员 968 of 3,562 `22.7%`; business travel
// 8,420 of 60,940 `18.3%`; landfill 382 of 4,158 `(8.2%)`; 4.91 tCO2e per staff FTE for 4.20; Manufacturing 4.6 of
// 38.6 `19.1%`; 12.4% of total loans for 13.5%); slips in translation (S$286.2 billion / 28,620 亿新元, so 13.5% no
// longer computes in the Chinese; 14.9% / 19.4%; 34.9% / 43.9%; 12.4% / 13.5%; more than / 近 1,200 clients; Other
// 2022 4.8 / 44; 19.1% / 11.9%).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).
// Traps that must not be flagged: 11,320 twice in Table 1 (Scope 1 2022/23, Scope 2 2021/22); 86.2 万吨 twice in the
// text of 乙二醇 and 表2-1; 7.3% as Scope 3's planted rise and landfill's fall; 6.2% as revenue's fall and no other;
// 16.8 as 女性占比 and 2022's 安全生产投入 16.8 亿元; the 2021 and 2022 columns beside the text's 2023 figures.

import type { Engagement } from './key';
import { across, B, engagements, entry, M, WAN, YI } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b23';
const JINCHANG = 'jinchang-coal-chemical-esg-2023.txt';
const NORTHMOOR = 'northmoor-university-sustainability-2022-23.txt';
const HARBOUR_EN = 'straits-harbour-bank-sustainable-financing-2023-en.txt';
const HARBOUR_ZH = 'straits-harbour-bank-sustainable-financing-2023-zh.txt';

export const BATCH_23_ENGAGEMENTS: Engagement[] = engagements(DIR, [JINCHANG, NORTHMOOR, [HARBOUR_EN, HARBOUR_ZH]]);

const ENERGY = '综合能源消耗量\t万吨标准煤\t';
const GHG = '温室气体排放总量\t万吨二氧化碳当量\t';
const REVENUE = '实现营业收入';

export const BATCH_23_KEY: KeyEntry[] = [
  // 晋昌煤化集团 Jinchang Coal Chemical Group: a Chinese coal-to-chemicals group's ESG report
  entry(JINCHANG, 'consistency', false, [3_265 * WAN, 3_256 * WAN], 'planted: 原煤产量 3,265 万吨 in the 关键绩效 block, 3,256 in the text (digits swapped)'),
  entry(JINCHANG, 'change', false, [[46.3 * YI, '其他\t'], [51.5 * YI, '其他\t46.3\t'], [12.1, '其他\t46.3\t51.5\t']], 'planted: 表1-1 其他 46.3 -> 51.5 亿元 is +11.2%, its 同比变动 cell 12.1% (digits swapped)'),
  entry(JINCHANG, 'change', false, [91.4 * WAN, 86.2 * WAN, 6.9], 'planted: 乙二醇 91.4 (表2-1 2022) -> 86.2 万吨 is -5.7%, stated 同比下降 6.9%'),
  entry(JINCHANG, 'sum', false, [[621.0 * WAN, '合计\t'], 268.9 * WAN, 132.8 * WAN, 91.4 * WAN, 122.5 * WAN], 'planted: 表2-1 2022 268.9 + 132.8 + 91.4 + 122.5 = 615.6, its 合计 621.0 (烯烃 138.2 swapped to 132.8)'),
  entry(JINCHANG, 'consistency', false, [332.2 * WAN, 322.2 * WAN], 'planted: 范围二排放 332.2 万吨 in the text, 322.2 in 表3-1 for 2023'),
  entry(JINCHANG, 'sum', false, [[2_184.6 * WAN, '温室气体排放总量2,184.6'], [1_862.4 * WAN, '范围一排放'], [332.2 * WAN, '范围二排放']], 'added after the blind run: the text\'s 范围一 1,862.4 + 范围二 332.2 = 2,194.6 under its 2,184.6 万吨 (the planted 332.2, which the annotator missed as a sum)'),
  entry(JINCHANG, 'sum', false, [[1_486.2 * WAN, ENERGY], 968.4 * WAN, 421.6 * WAN, 105.2 * WAN], 'planted: 表3-1 2021 968.4 + 421.6 + 105.2 = 1,495.2, its total 1,486.2 (燃料煤 412.6 swapped to 421.6)'),
  entry(JINCHANG, 'change', false, [992.1 * WAN, [1_018.3 * WAN, '其中原料煤'], 3.6], 'planted: 原料煤 992.1 (表3-1 2022) -> 1,018.3 万吨标准煤 is +2.6%, stated 同比增长 3.6%'),
  entry(JINCHANG, 'ratio', false, [[4_987 * WAN, '其中地表水'], [8_418 * WAN, '取水总量8,418'], 60.4], 'planted: 地表水 4,987 of 8,418 万吨 is 59.2%, stated 60.4% (2022\'s share)'),
  entry(JINCHANG, 'sum', false, [4.86 * WAN, 2.14 * WAN, 0.86 * WAN, 1.68 * WAN, 0.26 * WAN], 'planted: 危险废物 4.86 万吨 of 2.14 + 0.86 + 1.68 + 0.26 (及其他) = 4.94'),
  entry(JINCHANG, 'ratio', false, [[968, '管理人员\t3,562\t'], [3_562, '管理人员\t'], 22.7], 'planted: 表6-1 管理人员 968 of 3,562 is 27.2%, its 女性占比 cell 22.7% (digits swapped)'),
  entry(JINCHANG, 'consistency', false, [[6_842, '技术人员6,842'], [6_824, '技术人员\t']], 'planted: 技术人员 6,842 in the text, 6,824 in 表6-1 (digits swapped)'),
  entry(JINCHANG, 'change', false, [16.8 * YI, 18.6 * YI, 12.4], 'planted: 安全生产投入 16.8 -> 18.6 亿元 is +10.7%, stated 同比增长 12.4%'),
  entry(JINCHANG, 'sum', false, [2.48 * YI, 1.26 * YI, 0.52 * YI, 0.46 * YI, 0.14 * YI], 'planted: 乡村振兴投入 2.48 亿元 of 1.26 + 0.52 + 0.46 + 0.14 (及其他) = 2.38'),
  entry(JINCHANG, 'sum', true, [[586.4 * YI, REVENUE], [248.6 * YI, '煤炭板块收入\n'], [286.3 * YI, '化工板块收入'], [51.5 * YI, '其他业务收入']], '营业收入 586.4 亿元 = 248.6 + 286.3 + 51.5'),
  entry(JINCHANG, 'sum', true, [2_864 * WAN, 1_601 * WAN, 1_263 * WAN], '商品煤销量 2,864 万吨 = 外销 1,601 + 内部转化 1,263'),
  entry(JINCHANG, 'sum', true, [[625.2 * YI, '合计\t'], 286.5 * YI, 292.4 * YI, [46.3 * YI, '其他\t']], '表1-1 2022: 286.5 + 292.4 + 46.3 = 625.2 亿元'),
  entry(JINCHANG, 'sum', true, [[586.4 * YI, '合计\t625.2\t'], [248.6 * YI, '煤炭\t286.5\t'], [286.3 * YI, '化工\t292.4\t'], [51.5 * YI, '其他\t46.3\t']], '表1-1 2023: 248.6 + 286.3 + 51.5 = 586.4 亿元'),
  entry(JINCHANG, 'sum', true, [[642.8 * WAN, '化工产品产量642.8'], [286.4 * WAN, '其中甲醇'], [142.6 * WAN, '烯烃142.6'], [86.2 * WAN, '乙二醇86.2'], [127.6 * WAN, '尿素127.6']], '化工产品产量 642.8 万吨 = 286.4 + 142.6 + 86.2 + 127.6'),
  entry(JINCHANG, 'sum', true, [[642.8 * WAN, '合计\t621.0\t'], [286.4 * WAN, '甲醇\t268.9\t'], [142.6 * WAN, '烯烃\t132.8\t'], [86.2 * WAN, '乙二醇\t91.4\t'], [127.6 * WAN, '尿素\t122.5\t']], '表2-1 2023: 286.4 + 142.6 + 86.2 + 127.6 = 642.8 万吨'),
  entry(JINCHANG, 'sum', true, [[1_528.6 * WAN, `${ENERGY}1,486.2\t`], 992.1 * WAN, 421.8 * WAN, 114.7 * WAN], '表3-1 2022: 992.1 + 421.8 + 114.7 = 1,528.6 万吨标准煤'),
  entry(JINCHANG, 'sum', true, [[1_562.4 * WAN, `${ENERGY}1,486.2\t1,528.6\t`], [1_018.3 * WAN, '原料煤\t万吨标准煤\t968.4\t992.1\t'], 426.5 * WAN, [117.6 * WAN, '外购电力\t万吨标准煤\t105.2\t114.7\t']], '表3-1 2023: 1,018.3 + 426.5 + 117.6 = 1,562.4 万吨标准煤'),
  entry(JINCHANG, 'sum', true, [[2_086.3 * WAN, GHG], 1_798.5 * WAN, 287.8 * WAN], '表3-1 2021: 1,798.5 + 287.8 = 2,086.3 万吨'),
  entry(JINCHANG, 'sum', true, [[2_142.8 * WAN, `${GHG}2,086.3\t`], 1_836.2 * WAN, 306.6 * WAN], '表3-1 2022: 1,836.2 + 306.6 = 2,142.8 万吨'),
  entry(JINCHANG, 'sum', true, [[2_184.6 * WAN, `${GHG}2,086.3\t2,142.8\t`], [1_862.4 * WAN, '范围一\t万吨二氧化碳当量\t1,798.5\t1,836.2\t'], 322.2 * WAN], '表3-1 2023: 1,862.4 + 322.2 = 2,184.6 万吨'),
  entry(JINCHANG, 'sum', true, [68.5 * WAN, 42.3 * WAN, 26.2 * WAN], '二氧化碳捕集量 68.5 万吨 = 42.3 + 26.2'),
  entry(JINCHANG, 'sum', true, [[8_642 * WAN, '取水总量\t'], [5_216 * WAN, '地表水\t'], 1_284 * WAN, 2_142 * WAN], '表4-1 2022: 5,216 + 1,284 + 2,142 = 8,642 万吨'),
  entry(JINCHANG, 'sum', true, [[8_418 * WAN, '取水总量\t8,642\t'], [4_987 * WAN, '地表水\t5,216\t'], [1_146 * WAN, '地下水\t1,284\t'], [2_285 * WAN, '矿井水\t2,142\t']], '表4-1 2023: 4,987 + 1,146 + 2,285 = 8,418 万吨'),
  entry(JINCHANG, 'sum', true, [[1_286.4 * WAN, '产生量1,286.4'], 742.8 * WAN, 386.2 * WAN, 157.4 * WAN], '一般工业固体废物 1,286.4 万吨 = 742.8 + 386.2 + 157.4'),
  entry(JINCHANG, 'sum', true, [[48_326, '集团员工总数'], 26_842, 17_358, 4_126], '员工总数 48,326 = 26,842 + 17,358 + 4,126'),
  entry(JINCHANG, 'sum', true, [[48_326, '合计\t'], 36_418, [6_824, '技术人员\t'], [3_562, '管理人员\t'], 1_522], '表6-1 员工人数: 36,418 + 6,824 + 3,562 + 1,522 = 48,326'),
  entry(JINCHANG, 'sum', true, [[8_100, '合计\t48,326\t'], 4_862, 1_586, [968, '管理人员\t3,562\t'], 684], '表6-1 女性: 4,862 + 1,586 + 968 + 684 = 8,100'),
  entry(JINCHANG, 'ratio', true, [[248.6 * YI, '煤炭板块收入\n'], [586.4 * YI, REVENUE], 42.4], '煤炭板块 248.6 of 586.4 亿元 is the stated 42.4%'),
  entry(JINCHANG, 'ratio', true, [[286.3 * YI, '化工板块收入'], [586.4 * YI, REVENUE], 48.8], '化工板块 286.3 of 586.4 亿元 is the stated 48.8%'),
  entry(JINCHANG, 'ratio', true, [[1_018.3 * WAN, '其中原料煤'], [1_562.4 * WAN, '综合能源消耗量1,562.4'], 65.2], '原料煤 1,018.3 of 1,562.4 万吨标准煤 is the stated 65.2%'),
  entry(JINCHANG, 'ratio', true, [[117.6 * WAN, '外购电力117.6'], [1_562.4 * WAN, '综合能源消耗量1,562.4'], 7.5], '外购电力 117.6 of 1,562.4 万吨标准煤 is the stated 7.5%'),
  entry(JINCHANG, 'ratio', true, [[1_862.4 * WAN, '范围一排放'], [2_184.6 * WAN, '温室气体排放总量2,184.6'], 85.3], '范围一 1,862.4 of 2,184.6 万吨 is the stated 85.3%'),
  entry(JINCHANG, 'ratio', true, [[2_285 * WAN, '矿井水利用量'], [8_418 * WAN, '取水总量8,418'], 27.1], '矿井水 2,285 of 8,418 万吨 is the stated 27.1%'),
  entry(JINCHANG, 'ratio', true, [1_052.6 * WAN, 1_286.4 * WAN, 81.8], '综合利用 1,052.6 of 1,286.4 万吨 is the stated 综合利用率 81.8%'),
  entry(JINCHANG, 'ratio', true, [[8_100, '女性员工'], [48_326, '集团员工总数'], [16.8, '占员工']], '女性员工 8,100 of 48,326 is the stated 16.8%'),
  entry(JINCHANG, 'ratio', true, [4_862, 36_418, 13.4], '表6-1 生产人员 4,862 of 36,418 is its 13.4%'),
  entry(JINCHANG, 'ratio', true, [1_586, [6_824, '技术人员\t'], 23.2], '表6-1 技术人员 1,586 of 6,824 is its 23.2%'),
  entry(JINCHANG, 'ratio', true, [684, 1_522, 44.9], '表6-1 其他人员 684 of 1,522 is its 44.9%'),
  entry(JINCHANG, 'ratio', true, [[8_100, '合计\t48,326\t'], [48_326, '合计\t'], [16.8, '合计\t48,326\t8,100\t']], '表6-1 合计 8,100 of 48,326 is its 16.8%'),
  entry(JINCHANG, 'ratio', true, [1_562.4 * WAN, 586.4 * YI, [2.66, '万元产值综合能耗2.66']], '1,562.4 万吨标准煤 over 586.4 亿元 is the stated 2.66 吨标准煤/万元'),
  entry(JINCHANG, 'change', true, [625.2 * YI, [586.4 * YI, REVENUE], [6.2, '同比下降']], '营业收入 625.2 -> 586.4 亿元 is the stated 同比下降 6.2%'),
  entry(JINCHANG, 'change', true, [3_107 * WAN, 3_256 * WAN, 4.8], '原煤产量 3,107 -> 3,256 万吨 is the stated 同比增长 4.8%'),
  entry(JINCHANG, 'change', true, [286.5 * YI, [248.6 * YI, '煤炭\t286.5\t'], -13.2], '表1-1 煤炭 286.5 -> 248.6 is its -13.2%'),
  entry(JINCHANG, 'change', true, [292.4 * YI, [286.3 * YI, '化工\t292.4\t'], -2.1], '表1-1 化工 292.4 -> 286.3 is its -2.1%'),
  entry(JINCHANG, 'change', true, [[625.2 * YI, '合计\t'], [586.4 * YI, '合计\t625.2\t'], -6.2], '表1-1 合计 625.2 -> 586.4 is its -6.2%'),
  entry(JINCHANG, 'change', true, [621.0 * WAN, [642.8 * WAN, '化工产品产量642.8'], 3.5], '化工产品产量 621.0 (表2-1 2022) -> 642.8 万吨 is the stated 同比增长 3.5%'),
  entry(JINCHANG, 'change', true, [268.9 * WAN, 286.4 * WAN, 6.5], '甲醇 268.9 (表2-1 2022) -> 286.4 万吨 is the stated 同比增长 6.5%'),
  entry(JINCHANG, 'change', true, [1_528.6 * WAN, [1_562.4 * WAN, '综合能源消耗量1,562.4'], 2.2], '综合能源消耗量 1,528.6 (表3-1 2022) -> 1,562.4 is the stated 同比增长 2.2%'),
  entry(JINCHANG, 'change', true, [2.45, [2.66, '万元产值综合能耗2.66'], 8.6], '万元产值综合能耗 2.45 -> 2.66 is the stated 同比上升 8.6%'),
  entry(JINCHANG, 'change', true, [2_142.8 * WAN, [2_184.6 * WAN, '温室气体排放总量2,184.6'], [2.0, '同比增长']], '温室气体排放总量 2,142.8 (表3-1 2022) -> 2,184.6 is the stated 同比增长 2.0%'),
  entry(JINCHANG, 'change', true, [8_642 * WAN, [8_418 * WAN, '取水总量8,418'], 2.6], '取水总量 8,642 (表4-1 2022) -> 8,418 万吨 is the stated 同比下降 2.6%'),
  entry(JINCHANG, 'change', true, [1_284 * WAN, [1_146 * WAN, '地下水1,146'], 10.7], '地下水 1,284 -> 1,146 万吨 is the stated 同比下降 10.7%'),
  entry(JINCHANG, 'change', true, [39.3, 42.6, 8.4], '人均培训 39.3 -> 42.6 小时 is the stated 同比增长 8.4%'),

  // Northmoor University: an English university's sustainability report
  entry(NORTHMOOR, 'consistency', false, [21_840, 21_480], 'planted: Scope 1 and 2 21,840 tCO2e at a glance, 21,480 in the foreword and Table 1 (digits swapped)'),
  entry(NORTHMOOR, 'consistency', false, [28_460, 28_640], 'planted: 28,460 students in the foreword, 28,640 at a glance and in the text (digits swapped)'),
  entry(NORTHMOOR, 'sum', false, [[28_100, 'Total Scope 1 and 2 '], 14_260, 13_480], 'planted: Table 1 2018/19 14,260 + 13,480 = 27,740, its total 28,100 (Scope 2 13,840 swapped to 13,480)'),
  entry(NORTHMOOR, 'ratio', false, [21_480, 5_120, 4.91], 'planted: 21,480 tCO2e over 5,120 staff FTE is 4.20, stated 4.91 tCO2e per staff FTE'),
  entry(NORTHMOOR, 'change', false, [58_760, [60_940, 'rose 7.3% to '], [7.3, 'Scope 3 emissions rose ']], 'planted: Scope 3 58,760 (Table 1 2021/22) -> 60,940 is +3.7%, stated rose 7.3% (Table 1 has 3.7%)'),
  // (added in session 42: a pair of the planted slip the key had left out, one change or quotient stated twice with two results)
  entry(NORTHMOOR, 'consistency', false, [[7.3, 'Scope 3 emissions rose '], [3.7, 'Scope 3 (reported categories)']], 'the same slip: Scope 3 `rose 7.3%` in the text, Table 1\'s 3.7%'),
  entry(NORTHMOOR, 'ratio', false, [8_420, 60_940, 18.3], 'planted: Table 2 business travel 8,420 of 60,940 is 13.8%, its Share 18.3%'),
  { ...entry(NORTHMOOR, 'sum', false, [100, 57.2, 18.3, 20.8, 2, 6.1], 'the same slip: Table 2\'s Share column 57.2 + 18.3 + 20.8 + 2.0 + 6.1 = 104.4, its Total 100.0%'), atLeast: 5 },
  entry(NORTHMOOR, 'change', false, [104.6, [98.6, 'consumption was '], [4.2, 'Energy use fell ']], 'planted: energy 104.6 -> 98.6 GWh is -5.7%, stated fell 4.2%'),
  entry(NORTHMOOR, 'sum', false, [18.6 * M, 9.4 * M, 5.8 * M, 2.9 * M], 'planted: capital investment £18.6 million comprised 9.4 + 5.8 + 2.9 = 18.1'),
  entry(NORTHMOOR, 'ratio', false, [[382, 'Only '], 4_158, [8.2, 'tonnes (']], 'planted: landfill 382 of 4,158 tonnes is 9.2% (Table 3\'s share), stated (8.2%)'),
  entry(NORTHMOOR, 'sum', true, [[23_500, 'Total Scope 1 and 2 '], [12_180, 'Scope 1 '], [11_320, 'Scope 2 (location-based)']], 'Table 1 2021/22: 12,180 + 11,320 = 23,500 tCO2e'),
  entry(NORTHMOOR, 'sum', true, [[21_480, 'Total Scope 1 and 2 '], [11_320, 'Scope 1 '], 10_160], 'Table 1 2022/23: 11,320 + 10,160 = 21,480 tCO2e'),
  entry(NORTHMOOR, 'sum', true, [[60_940, 'Total  '], 34_860, 8_420, 12_680, 1_240, 3_740], 'Table 2: 34,860 + 8,420 + 12,680 + 1,240 + 3,740 = 60,940 tCO2e'),
  entry(NORTHMOOR, 'sum', true, [[4_150, 'Total '], 2_184, 286, 1_268, 412], 'Table 3 2021/22: 2,184 + 286 + 1,268 + 412 = 4,150 tonnes'),
  entry(NORTHMOOR, 'sum', true, [[4_158, 'Total '], 2_312, 318, 1_146, [382, 'Landfill  ']], 'Table 3 2022/23: 2,312 + 318 + 1,146 + 382 = 4,158 tonnes'),
  entry(NORTHMOOR, 'sum', true, [[98.6, 'consumption was '], 46.2, 50.8, 1.6], 'energy 98.6 GWh = electricity 46.2 + gas 50.8 + fleet fuel 1.6'),
  entry(NORTHMOOR, 'ratio', true, [21_480, 28_640, 0.75], '21,480 tCO2e over 28,640 students FTE is the stated 0.75 tCO2e'),
  entry(NORTHMOOR, 'ratio', true, [21_480, 642_800, 33.4], '21,480 tCO2e over 642,800 m2 is the stated 33.4 kgCO2e per square metre'),
  entry(NORTHMOOR, 'ratio', true, [34_860, 60_940, [57.2, 'or ']], 'purchased goods 34,860 of 60,940 tCO2e is the stated 57.2% of Scope 3'),
  entry(NORTHMOOR, 'ratio', true, [34_860, 60_940, [57.2, '34,860     ']], 'Table 2 purchased goods 34,860 of 60,940 is its 57.2%'),
  entry(NORTHMOOR, 'ratio', true, [12_680, 60_940, 20.8], 'Table 2 commuting 12,680 of 60,940 is its 20.8%'),
  entry(NORTHMOOR, 'ratio', true, [1_240, 60_940, 2.0], 'Table 2 waste and water 1,240 of 60,940 is its 2.0%'),
  entry(NORTHMOOR, 'ratio', true, [3_740, 60_940, 6.1], 'Table 2 capital goods 3,740 of 60,940 is its 6.1%'),
  entry(NORTHMOOR, 'ratio', true, [6_920, 8_420, 82.2], 'flights 6,920 of 8,420 tCO2e of business travel is the stated 82.2%'),
  entry(NORTHMOOR, 'ratio', true, [46.2, [98.6, 'consumption was '], 46.9], 'electricity 46.2 of 98.6 GWh is the stated (46.9%)'),
  entry(NORTHMOOR, 'ratio', true, [8.4, 46.2, 18.2], 'on-site generation 8.4 of 46.2 GWh of electricity is the stated 18.2%'),
  entry(NORTHMOOR, 'ratio', true, [2_312, [4_158, 'Total '], 55.6], 'Table 3 recycled 2,312 of 4,158 is its 55.6%'),
  entry(NORTHMOOR, 'ratio', true, [318, [4_158, 'Total '], 7.6], 'Table 3 composted 318 of 4,158 is its 7.6%'),
  entry(NORTHMOOR, 'ratio', true, [1_146, [4_158, 'Total '], 27.6], 'Table 3 energy recovery 1,146 of 4,158 is its 27.6%'),
  entry(NORTHMOOR, 'ratio', true, [[382, 'Landfill  '], [4_158, 'Total '], 9.2], 'Table 3 landfill 382 of 4,158 is its 9.2%'),
  entry(NORTHMOOR, 'ratio', true, [[4_158, 'generated '], 28_640, 145.2], '4,158 tonnes over 28,640 students is the stated 145.2 kg per student'),
  entry(NORTHMOOR, 'ratio', true, [412_600, 28_640, 14.4], '412,600 m3 over 28,640 students is the stated 14.4 m3 per student'),
  entry(NORTHMOOR, 'ratio', true, [6_412, 28_640, 22.4], '6,412 international of 28,640 students is the stated (22.4%)'),
  entry(NORTHMOOR, 'ratio', true, [2_786, 5_120, 54.4], '2,786 women of 5,120 staff FTE is the stated (54.4%)'),
  entry(NORTHMOOR, 'change', true, [[12_180, 'Scope 1 '], [11_320, 'Scope 1 '], -7.1], 'Table 1 Scope 1 12,180 -> 11,320 is its -7.1%'),
  entry(NORTHMOOR, 'change', true, [[11_320, 'Scope 2 (location-based)'], 10_160, -10.2], 'Table 1 Scope 2 11,320 -> 10,160 is its -10.2%'),
  entry(NORTHMOOR, 'change', true, [[23_500, 'Total Scope 1 and 2 '], [21_480, 'Total Scope 1 and 2 '], -8.6], 'Table 1 total 23,500 -> 21,480 is its -8.6%'),
  entry(NORTHMOOR, 'change', true, [58_760, [60_940, 'Scope 3 (reported categories)'], 3.7], 'Table 1 Scope 3 58,760 -> 60,940 is its 3.7%'),
  entry(NORTHMOOR, 'change', true, [23_500, [21_480, 'by 8.6% to '], [8.6, 'emissions by ']], 'Scope 1 and 2 23,500 (Table 1 2021/22) -> 21,480 is the stated cut of 8.6%'),
  entry(NORTHMOOR, 'change', true, [28_100, [21_480, 'by 8.6% to '], 23.6], 'Scope 1 and 2 28,100 (2018/19) -> 21,480 is the stated 23.6% below the baseline'),
  entry(NORTHMOOR, 'change', true, [6_760, [8_420, 'rose 24.6% to '], 24.6], 'business travel 6,760 -> 8,420 tCO2e is the stated rise of 24.6%'),
  entry(NORTHMOOR, 'change', true, [0.84, 0.75, 10.7], 'per student 0.84 -> 0.75 tCO2e is the stated reduction of 10.7%'),
  entry(NORTHMOOR, 'change', true, [4_150, [4_158, 'generated '], 0.2], 'waste 4,150 -> 4,158 tonnes is the stated 0.2% more'),
  entry(NORTHMOOR, 'change', true, [412, [382, 'Only '], [7.3, 'down ']], 'landfill 412 (Table 3 2021/22) -> 382 tonnes is the stated down 7.3%'),
  entry(NORTHMOOR, 'change', true, [428_900, 412_600, 3.8], 'water 428,900 -> 412,600 m3 is the stated down 3.8%'),
  entry(NORTHMOOR, 'change', true, [27_980, 28_640, 2.4], 'students 27,980 -> 28,640 is the stated growth of 2.4%'),

  // Straits Harbour Bank: a Singapore bank's sustainable financing summary, in English and Chinese
  entry(HARBOUR_EN, 'ratio', false, [4.6 * B, [38.6 * B, 'Total  '], 19.1], 'planted: Table 1 Manufacturing 4.6 of 38.6 S$ billion is 11.9%, its Share 19.1% (digits swapped)'),
  { ...entry(HARBOUR_EN, 'sum', false, [100, 29, 28, 15.3, 19.1, 15.8], 'the same slip: Table 1\'s Share of 2023 column 29.0 + 28.0 + 15.3 + 19.1 + 15.8 = 107.2, its Total 100.0%'), atLeast: 5 },
  entry(HARBOUR_EN, 'sum', false, [[30.3 * B, 'Total  '], 8.6 * B, 9.4 * B, 4.1 * B, 3.8 * B, 4.8 * B], 'planted: Table 1 2022 8.6 + 9.4 + 4.1 + 3.8 + 4.8 = 30.7, its Total 30.3 (Other 4.4 slipped to 4.8)'),
  entry(HARBOUR_EN, 'change', false, [4.1 * B, [5.9 * B, 'rose 34.9% to S$'], 34.9], 'planted: transport 4.1 -> 5.9 S$ billion is +43.9%, stated rose 34.9% (digits swapped)'),
  entry(HARBOUR_EN, 'ratio', false, [38.6 * B, 286.2 * B, 12.4], 'planted: S$38.6 of 286.2 billion of total loans is 13.5%, stated 12.4%'),
  across(HARBOUR_EN, [286.2 * B], HARBOUR_ZH, [28_620 * YI], 'planted: total loans S$286.2 billion in the English, 28,620 亿新元 (S$2.862 trillion) in the Chinese (a scale slip)'),
  entry(HARBOUR_ZH, 'ratio', false, [[386 * YI, '达到'], 28_620 * YI, 13.5], 'planted: the Chinese 386 of 28,620 亿新元 is 1.35%, stated 13.5% (the total loans\' scale slip)'),
  across(HARBOUR_EN, [[14.9, 'real estate rose ']], HARBOUR_ZH, [[19.4, '房地产融资增长']], 'planted: real estate rose 14.9% in the English, 房地产融资增长 19.4% in the Chinese (digits swapped)'),
  entry(HARBOUR_ZH, 'change', false, [94 * YI, 108 * YI, 19.4], 'planted: the Chinese 房地产 94 -> 108 亿新元 is +14.9%, stated 增长 19.4%'),
  across(HARBOUR_EN, [[34.9, 'Transport financing rose ']], HARBOUR_ZH, [[43.9, '交通运输融资增长']], 'planted: transport rose 34.9% in the English, 增长 43.9% in the Chinese'),
  across(HARBOUR_EN, [[12.4, 'financing was ']], HARBOUR_ZH, [[13.5, '亿新元的']], 'planted: 12.4% of total loans in the English, 13.5% in the Chinese'),
  across(HARBOUR_EN, [[1_200, 'more than ']], HARBOUR_ZH, [[1_200, '近']], 'planted: more than 1,200 corporate clients in the English, 近 1,200 家 in the Chinese (a turned qualifier)'),
  across(HARBOUR_EN, [[4.8 * B, 'Other  ']], HARBOUR_ZH, [[44 * YI, '其他\t']], 'planted: Other 2022 S$4.8 billion in the English table, 44 亿新元 in the Chinese'),
  across(HARBOUR_EN, [[19.1, 'Manufacturing  ']], HARBOUR_ZH, [[11.9, '制造业\t']], 'planted: Manufacturing share 19.1% in the English table, 11.9% in the Chinese'),
  entry(HARBOUR_EN, 'sum', true, [[38.6 * B, 'reached S$'], 21.4 * B, 11.8 * B, 2.6 * B, 2.8 * B], 'portfolio S$38.6 billion comprised 21.4 + 11.8 + 2.6 + 2.8'),
  entry(HARBOUR_EN, 'sum', true, [[38.6 * B, 'Total  '], 11.2 * B, 10.8 * B, 5.9 * B, 4.6 * B, 6.1 * B], 'Table 1 2023: 11.2 + 10.8 + 5.9 + 4.6 + 6.1 = 38.6 S$ billion'),
  entry(HARBOUR_EN, 'sum', true, [12.46, 7.82, 3.18, 1.46], 'financed emissions 12.46 MtCO2e = 7.82 + 3.18 + 1.46'),
  entry(HARBOUR_EN, 'ratio', true, [21.4 * B, [38.6 * B, 'reached S$'], 55.4], 'green loans 21.4 of 38.6 S$ billion is the stated 55.4%'),
  entry(HARBOUR_EN, 'ratio', true, [[38.6 * B, 'reached S$'], 50 * B, 77.2], 'S$38.6 of the S$50 billion target is the stated 77.2%'),
  entry(HARBOUR_EN, 'ratio', true, [11.2 * B, [38.6 * B, 'Total  '], 29.0], 'Table 1 renewable energy 11.2 of 38.6 is its 29.0%'),
  entry(HARBOUR_EN, 'ratio', true, [10.8 * B, [38.6 * B, 'Total  '], 28.0], 'Table 1 real estate 10.8 of 38.6 is its 28.0%'),
  entry(HARBOUR_EN, 'ratio', true, [5.9 * B, [38.6 * B, 'Total  '], 15.3], 'Table 1 transport 5.9 of 38.6 is its 15.3%'),
  entry(HARBOUR_EN, 'ratio', true, [6.1 * B, [38.6 * B, 'Total  '], 15.8], 'Table 1 other 6.1 of 38.6 is its 15.8%'),
  entry(HARBOUR_EN, 'ratio', true, [7.82, 12.46, 62.8], 'power 7.82 of 12.46 MtCO2e is the stated 62.8%'),
  entry(HARBOUR_EN, 'change', true, [30.3 * B, [38.6 * B, 'reached S$'], 27.4], 'portfolio 30.3 -> 38.6 S$ billion is the stated up 27.4%'),
  entry(HARBOUR_EN, 'change', true, [8.6 * B, 11.2 * B, 30.2], 'renewable energy 8.6 -> 11.2 is the stated grew 30.2%'),
  entry(HARBOUR_EN, 'change', true, [9.4 * B, 10.8 * B, 14.9], 'real estate 9.4 -> 10.8 is the stated rose 14.9%'),
  entry(HARBOUR_EN, 'change', true, [0.42, 0.386, 8.1], 'power intensity 0.420 -> 0.386 tCO2e/MWh is the stated down 8.1%'),
  entry(HARBOUR_ZH, 'sum', true, [[386 * YI, '达到'], 214 * YI, 118 * YI, 26 * YI, 28 * YI], '可持续融资 386 亿新元 = 214 + 118 + 26 + 28'),
  entry(HARBOUR_ZH, 'sum', true, [[303 * YI, '合计\t'], 86 * YI, 94 * YI, 41 * YI, 38 * YI, 44 * YI], '表1 2022: 86 + 94 + 41 + 38 + 44 = 303 亿新元'),
  entry(HARBOUR_ZH, 'sum', true, [[386 * YI, '合计\t303\t'], 112 * YI, 108 * YI, 59 * YI, 46 * YI, 61 * YI], '表1 2023: 112 + 108 + 59 + 46 + 61 = 386 亿新元'),
  entry(HARBOUR_ZH, 'sum', true, [1_246 * WAN, 782 * WAN, 318 * WAN, 146 * WAN], '融资排放 1,246 万吨 = 782 + 318 + 146'),
  entry(HARBOUR_ZH, 'ratio', true, [214 * YI, [386 * YI, '达到'], 55.4], '绿色贷款 214 of 386 亿新元 is the stated 55.4%'),
  entry(HARBOUR_ZH, 'ratio', true, [[386 * YI, '达到'], 500 * YI, 77.2], '386 of the 500 亿新元 target is the stated 77.2%'),
  entry(HARBOUR_ZH, 'ratio', true, [112 * YI, [386 * YI, '合计\t303\t'], 29.0], '表1 可再生能源 112 of 386 is its 29.0%'),
  entry(HARBOUR_ZH, 'ratio', true, [108 * YI, [386 * YI, '合计\t303\t'], 28.0], '表1 房地产 108 of 386 is its 28.0%'),
  entry(HARBOUR_ZH, 'ratio', true, [59 * YI, [386 * YI, '合计\t303\t'], 15.3], '表1 交通运输 59 of 386 is its 15.3%'),
  entry(HARBOUR_ZH, 'ratio', true, [46 * YI, [386 * YI, '合计\t303\t'], 11.9], '表1 制造业 46 of 386 is its 11.9%'),
  entry(HARBOUR_ZH, 'ratio', true, [61 * YI, [386 * YI, '合计\t303\t'], 15.8], '表1 其他 61 of 386 is its 15.8%'),
  entry(HARBOUR_ZH, 'ratio', true, [782 * WAN, 1_246 * WAN, 62.8], '电力 782 of 1,246 万吨 is the stated 62.8%'),
  entry(HARBOUR_ZH, 'change', true, [303 * YI, [386 * YI, '达到'], 27.4], '可持续融资 303 -> 386 亿新元 is the stated 增长 27.4%'),
  entry(HARBOUR_ZH, 'change', true, [86 * YI, 112 * YI, 30.2], '可再生能源 86 -> 112 亿新元 is the stated 增长 30.2%'),
  entry(HARBOUR_ZH, 'change', true, [41 * YI, 59 * YI, 43.9], '交通运输 41 -> 59 亿新元 is the stated 增长 43.9%'),
  entry(HARBOUR_ZH, 'change', true, [0.42, 0.386, 8.1], '电力排放强度 0.420 -> 0.386 is the stated 下降 8.1%'),
];
