import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a translation that rounds as it converts (`38.46 万` developers as `385,000`), its scale slipped too: the Chinese tells the
// clinic story before the platform's numbers, the English the other way round, with a long passage between them
const filler = (n: number, s: string) => Array.from({ length: n }, () => s).join(' ');
const zh = [
  '云桥健康与三家药企合作三年，服务了 412 家诊所，日均问诊 2,640 人次。',
  filler(60, '患者可以方便地通过小程序预约、问诊、支付和查看处方。'),
  '截至 2024 年 6 月，开放平台上注册开发者 38.46 万，合作药店超 1.2 万家。',
].join('\n\n');
const en = (developers: string) =>
  [
    `As of June 2024, there are ${developers} registered developers and more than 12,000 partner pharmacies on the Open Platform.`,
    filler(40, 'Patients can book, consult, pay and read their prescriptions through the mini-program.'),
    'In three years with three drug makers, Yunqiao Health has served 412 clinics, with 2,640 consultations a day.',
  ].join('\n\n');
const slips = (developers: string) => checksOf('consistency', ['h-zh.txt', zh], ['h-en.txt', en(developers)]).filter((c) => !c.holds);

describe('a translated amount rounded as it was converted, a power of ten off (38.46 万 / 3.85 million)', () => {
  it('is a scale slip in translation', () => {
    expect(slips('3.85 million')).toMatchObject([{ rule: 'consistency.translation-scale', figures: [{ value: 384_600 }, { value: 3_850_000 }] }]);
  });

  it('says nothing of the rounding at the right scale', () => {
    expect(slips('385,000')).toEqual([]);
  });
});
