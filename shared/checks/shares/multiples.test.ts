import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const multiples = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.multiple');
const said = (text: string) => multiples(text).map((c) => c.message);

describe('a multiple stated with the two figures it relates', () => {
  it('recomputes `是…的 N 倍` and `N times the` as the larger figure over the smaller', () => {
    expect(said('2022 年平台用户从 120 万增至 300 万，是去年的 2.5 倍。')).toEqual(['✓ 300 / 120 = 2.5 times']);
    expect(said('Revenue reached RMB300 million, 2.5 times the RMB120 million of 2020.')).toEqual(['✓ 300 / 120 = 2.5 times']);
    expect(said('We planted three times as many trees as in 2020: 3,600 against 1,200.')).toEqual(['✓ 3,600 / 1,200 = 3.0 times']);
    // (300 and 120 may be rounded to their tens and hundreds: figures written to the unit tell more)
    expect(multiples('Revenue reached RMB312 million, 2.8 times the RMB124 million of 2020.')).toMatchObject([{ holds: false, stated: 2.8 }]);
    expect(multiples('Revenue reached RMB312 million, 2.5 times the RMB124 million of 2020.')).toMatchObject([{ holds: true }]);
  });

  it('holds a growth of `N 倍` on either reading (new / old − 1, or new / old), and only a value matching neither is a mismatch', () => {
    const grew = (n: string) => multiples(`活跃用户增长了 ${n} 倍，从 120 万人增至 300 万人。`);
    expect(grew('1.5')).toMatchObject([{ holds: true, message: '✓ 300 / 120 − 1 = 1.5 times' }]);
    expect(grew('2.5')).toMatchObject([{ holds: true, message: '✓ 300 / 120 = 2.5 times' }]);
    expect(grew('3.5')).toMatchObject([{ holds: false, message: '✗ 300 / 120 = 2.5 times, stated 3.5 times' }]);
    // a growth under one: 增长了 0.5 倍 from 124 to 186 is new / old − 1; a comparison under one is the smaller over the larger
    expect(multiples('活跃用户增长了 0.5 倍，从 124 万人增至 186 万人。')).toMatchObject([{ holds: true, message: '✓ 186 / 124 − 1 = 0.5 times' }]);
    expect(multiples('2022 年用户 93 万人，是上年 186 万人的 0.5 倍。')).toMatchObject([{ holds: true, message: '✓ 93 / 186 = 0.5 times' }]);
    // a comparison (`是…的`) has one reading only: 1.5 is not 300 / 120
    expect(multiples('2022 年用户 312 万人，是上年 124 万人的 1.5 倍。')).toMatchObject([{ holds: false }]);
    expect(multiples('2022 年用户 312 万人，是上年 124 万人的 2.5 倍。')).toMatchObject([{ holds: true }]);
  });

  it('reads `doubled`, `tripled`, `翻了一番`, `翻两番` as the change from the old value to the new: new / old, never new / old − 1', () => {
    const doubled = (to: string) => multiples(`Waste to landfill doubled from 1,210 tonnes in 2021 to ${to} tonnes in 2023.`);
    expect(doubled('2,430')).toMatchObject([{ holds: true, message: '✓ 2,430 / 1,210 = 2.0 times' }]);
    expect(doubled('3,630')).toMatchObject([{ holds: false, message: '✗ 3,630 / 1,210 = 3.0 times, stated 2 times' }]);
    expect(multiples('The number of volunteers tripled, from 1,210 in 2021 to 2,430 in 2023.')).toMatchObject([{ holds: false, stated: 3 }]);
    expect(multiples('平台用户由 2020 年的 121 万人翻了一番，增至 2023 年的 243 万人。')).toMatchObject([{ holds: true }]);
    // 翻两番 is four times: 1,210 to 6,050 is five (on the growth reading, 5 − 1 = 4, it would hold)
    expect(multiples('志愿者人数从 2021 年的 1,210 人增至 6,050 人，翻了两番。')).toMatchObject([{ holds: false, stated: 4 }]);
  });

  it('reads a multiple said as a bound (`more than doubled`) as one side of it', () => {
    const more = (to: string) => multiples(`Waste to landfill more than doubled from 1,210 tonnes in 2021 to ${to} tonnes in 2023.`);
    expect(more('4,030')).toMatchObject([{ holds: true }]);
    expect(more('2,030')).toMatchObject([{ holds: false }]);
  });

  it('takes the two figures from the footnote its mark points to', () => {
    const text = '2021年，中国城镇居民的人均可支配收入是农村居民的2.5倍¹。\n\n城乡差距仍然突出。\n\n¹ 来源：2021年，中国城镇居民人均可支配收入为47,412元，农村居民人均可支配收入为18,931元。';
    expect(said(text)).toEqual(['✓ 47,412 / 18,931 = 2.5 times']);
  });

  it('takes the other figure from the sentence before when the multiple\'s own names one', () => {
    expect(said('2022 年平台用户达 312 万人。这是上年 124 万人的 2.5 倍。')).toEqual(['✓ 312 / 124 = 2.5 times']);
    // a sentence naming neither side is not completed by two figures before it
    expect(multiples('去年营收 312 万元，利润 124 万元。效率提高了 3.5 倍。')).toEqual([]);
  });

  it('says nothing of a multiple with no second figure, or figures of two kinds, or two growths side by side', () => {
    expect(multiples('Our renewable capacity is now 3 times that of 2019.')).toEqual([]);
    expect(multiples('平台服务用户 300 万人，是去年的 2.5 倍，带动就业增长 15%。')).toEqual([]);
    expect(multiples('无人机喷洒将农药利用率提高了 1.5 倍，工作效率提高了 60 倍。')).toEqual([]);
    expect(multiples('投入 300 万元，服务 120 万人，效率是过去的 4 倍。')).toEqual([]);
    // two amounts neither of which the multiple compares with: R&D is 1.3 times a last year not stated
    expect(multiples('2022 年营收 312 亿元，研发投入 124 亿元，是上年的 1.3 倍。')).toEqual([]);
  });

  it('says nothing of a target (`将`, `by 2030`)', () => {
    expect(multiples('By 2030 our capacity will reach 300 MW, 2.8 times the 120 MW of 2020.')).toEqual([]);
  });
});
