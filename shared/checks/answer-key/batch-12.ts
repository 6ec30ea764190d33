// The twelfth blind batch: bilingual pairs as two files again, as batch 10 made them. Three stretches
// of the Ant Financial 2016 report that no key entry, blind batch (batch 11's slices included) or
// extraction fixture reads (offsets in the file names; none within 9944–30040), where each Chinese
// passage stands beside the report's own English translation, split line by line into a Chinese file
// and an English file, copied verbatim: the Zhima Credit pages (芝麻分 751 分, 26 岁, 3000 亩 / three
// thousand mu, 763 分, 提高了 1.5 倍 / 60 倍, 五分之二 / two fifths), the "calling card", Shenzhen
// traffic-police and accessibility pages (20 国, 10 年 / over 10 years, 约 200 万 / around two million,
// 约 1300 万 / around 13 million, 至少 600 万 / an estimated 6 million, 83%, 不到 15% / fewer than 15%),
// and the open-platform, hospital and Carrefour pages (超过 200 家医院, 近 40 万 developers, 超 1.5 万
// service providers, 10 个小时, 300 元, 5 万名员工). Two real pairs are engagements with nothing to flag:
// what the translation says differently there is no mismatch — 生活了 10 年 / `over 10 years`, 至少 600 万 /
// `an estimated 6 million` (a bound dropped or added on one side says no less), numbers in words
// (`three thousand mu`, `two million`, `seven or eight months`), 数以万计 / `tens of thousands`. The third
// real pair holds a slip of the report itself: 注册开发者近 40 万 against `nearly 40 million registered
// developers` (a scale slip of a hundred), a mismatch in both its engagements.
// Planted, each pair again with slips a translator makes:
// - in the English of the first (3): `a 751 Zhima Credit score` made 715 (swapped digits), `by 1.5
//   times` made `by 15 times` (a dropped decimal point), `by 60 times` made `by 60%` (提高了 60 倍: a unit
//   slip, a multiple said as a percentage);
// - in the Chinese of the second (4): 生活了 10 年 made 近 10 年 (`over 10 years`: a turned qualifier),
//   约 200 万注册用户 made 约 20 万 (`around two million`, in words: a scale slip), 约 1300 万视障人士 made
//   约 130 万 (`around 13 million`: a scale slip), 83% made 73% (a share changed);
// - in both languages of the third (2 + 2): the Chinese 超过 200 家医院 made 近 200 家 (`more than 200
//   hospitals`: a turned qualifier) and 5 万名员工 made 6 万 (`50,000 employees`: a changed digit); the
//   English `more than 15,000 service providers` made 1,500 (超 1.5 万: a scale slip) and `fined 300 yuan`
//   made `fined US$300` (300 元: a currency slip).
// Annotated as a reader sees them and committed before any run of the checks on them (README.md).

import type { Engagement } from './key';
import { across, engagements, M, miss, WAN } from './entries';
import type { KeyEntry } from './score';

const DIR = 'shared/checks/answer-key/blind/b12';
const ZHIMA = 'ant-financial-2016_30040-35207.txt';
const ZHIMA_EN = 'ant-financial-2016_30040-35207-en.txt';
const ZHIMA_EN_P = 'ant-financial-2016_30040-35207-en-planted.txt';
const CITY = 'ant-financial-2016_51331-63161.txt';
const CITY_P = 'ant-financial-2016_51331-63161-planted.txt';
const CITY_EN = 'ant-financial-2016_51331-63161-en.txt';
const OPEN = 'ant-financial-2016_101009-107517.txt';
const OPEN_P = 'ant-financial-2016_101009-107517-planted.txt';
const OPEN_EN = 'ant-financial-2016_101009-107517-en.txt';
const OPEN_EN_P = 'ant-financial-2016_101009-107517-en-planted.txt';

export const BATCH_12_ENGAGEMENTS: Engagement[] = engagements(DIR, [
  [ZHIMA, ZHIMA_EN],
  [ZHIMA, ZHIMA_EN_P],
  [CITY, CITY_EN],
  [CITY_P, CITY_EN],
  [OPEN, OPEN_EN],
  [OPEN_P, OPEN_EN_P],
]);

/** The report's own slip, in both engagements of the third pair. */
const developers = (en: string, zh: string): KeyEntry =>
  across(en, [[40 * M, 'nearly 40 million']], zh, [[40 * WAN, '近 40 万']], 'real: 注册开发者近 40 万 (400,000) in the Chinese, "nearly 40 million registered developers" in the report\'s own English (a scale slip of a hundred)');

export const BATCH_12_KEY: KeyEntry[] = [
  // the first pair, its English planted
  across(ZHIMA_EN_P, [[715, 'a 715']], ZHIMA, [[751, '芝麻分 751']], 'planted: Qiu Zhe\'s 芝麻分 751 分 translated "a 715 Zhima Credit score" (swapped digits)'),
  across(ZHIMA_EN_P, [[15, 'by 15 times']], ZHIMA, [[1.5, '提高了 1.5']], 'planted: 农药利用率提高了 1.5 倍 translated "by 15 times" (a dropped decimal point)'),
  across(ZHIMA_EN_P, [[60, 'by 60%']], ZHIMA, [[60, '提高了 60']], 'planted: 工作效率提高了 60 倍 (sixty-fold) translated "increased working efficiency by 60%" (a unit slip)'),

  // the second pair, its Chinese planted
  miss(
    across(CITY_P, [[10, '近 10 年']], CITY_EN, [[10, 'for over 10']], 'planted: Afu 在中国生活了近 10 年 against "living in China for over 10 years" (a turned qualifier)'),
    '`在中国生活了近 10 年的德国网红` gives no figure (nor does the real `生活了 10 年`), so there is nothing to set against `over 10 years` (marked after the blind run)',
  ),
  across(CITY_P, [[20 * WAN, '约 20 万']], CITY_EN, [[2 * M, 'around two million']], 'planted: the Shenzhen traffic-police platform\'s 约 20 万注册用户 against "around two million registered users" (a scale slip)'),
  across(CITY_P, [[130 * WAN, '约有 130 万']], CITY_EN, [[13 * M, 'around 13 million']], 'planted: 约有 130 万视障人士 in Chinese, "around 13 million people who are visually impaired" in the English (a scale slip)'),
  across(CITY_P, [[73, '中 73%']], CITY_EN, [[83, '83% of these users']], 'planted: 73% of visually impaired smartphone users rely on screen readers in Chinese, "83% of these users" in the English'),

  // the third pair as the report has it
  developers(OPEN_EN, OPEN),

  // the third pair, both languages planted
  developers(OPEN_EN_P, OPEN_P),
  across(OPEN_P, [[200, '近 200 家']], OPEN_EN_P, [[200, 'served more than 200']], 'planted: Haici 服务了近 200 家医院 in Chinese, "has served more than 200 hospitals" in the English (a turned qualifier)'),
  across(OPEN_P, [[6 * WAN, '6 万名员工']], OPEN_EN_P, [[50_000, 'Carrefour has 50,000']], 'planted: 家乐福有 6 万名员工 in Chinese, "Carrefour has 50,000 employees" in the English (a changed digit)'),
  across(OPEN_EN_P, [[1_500, 'developers and more than']], OPEN_P, [[1.5 * WAN, '超 1.5 万']], 'planted: 服务商超 1.5 万 (15,000) translated "more than 1,500 service providers" (a scale slip)'),
  across(OPEN_EN_P, [[300, 'fined US$300']], OPEN_P, [[300, '了 300 元']], 'planted: 被罚了 300 元 translated "fined US$300" (a currency slip)'),
];
