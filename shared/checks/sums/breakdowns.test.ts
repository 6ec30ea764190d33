import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a total whose breakdown opens right after it, in its sentence', () => {
  it('adds up `X，其中 A …，占 P%，B …` (a share between the parts)', () => {
    const text = '2023 年，平台年度活跃骑手 126.4 万名，其中全职骑手 38.2 万名，占 30.2%，兼职骑手 88.2 万名。';
    expect(checksOf('sum', text)).toMatchObject([{ holds: true, stated: 1_264_000 }]);
  });

  it('adds up parts that name no unit of their own after `including` or a colon', () => {
    expect(checksOf('sum', 'The Group had 31,250 employees, including 26,480 in Mainland China, 1,320 in Hong Kong and 3,450 overseas.')).toMatchObject([{ holds: true }]);
    expect(checksOf('sum', 'We had 9,426 employees at year end: 7,312 in stores and 2,114 in offices and logistics.')).toMatchObject([{ holds: true }]);
  });

  it('takes parts in a bare 元 for the currency of their total (`港幣38.6億元，其中…21.4億元、…`)', () => {
    const text = (rest: string) => `年內資本開支為港幣38.6億元，其中輸電及配電網絡21.4億元、發電設施12.8億元、客戶服務及其他${rest}億元。`;
    expect(checksOf('sum', text('4.4'))).toMatchObject([{ holds: true, stated: 3.86e9 }]);
    expect(checksOf('sum', text('4.8'))).toMatchObject([{ holds: false, stated: 3.86e9 }]);
  });

  it('calls a list a colon opens and `and` closes a mismatch when it misses (`totalled 48.6 GL: 21.4 GL …, 18.9 GL … and 7.6 GL …`)', () => {
    const text = (total: string) => `Water withdrawn totalled ${total} GL: 21.4 GL of groundwater, 18.9 GL of surface water and 7.6 GL of third-party water.`;
    expect(checksOf('sum', text('47.9'))).toMatchObject([{ holds: true }]);
    expect(checksOf('sum', text('48.6'))).toMatchObject([{ holds: false, expected: 47.9 }]);
  });

  it('calls a breakdown whose last part is the rest (`及其他`) a mismatch when it misses', () => {
    const text = (straws: string) => `全年减少塑料使用 1.86 万吨，其中餐盒 1.12 万吨、包装袋 0.58 万吨、吸管及其他 ${straws} 万吨。`;
    expect(checksOf('sum', text('0.16'))).toMatchObject([{ holds: true }]);
    expect(checksOf('sum', text('0.13'))).toMatchObject([{ holds: false, expected: 18_300 }]);
  });

  it('reads `N 名X中，a 名…，b 名…，剩余 c 名…` as the whole broken down, certain with its rest', () => {
    const text = (partners: string) => `截至本报告发布时，我们的 12 名董事会成员中，7 名为独立董事，${partners} 名由合伙人提名，剩余 1 名由主要股东提名。`;
    expect(checksOf('sum', text('4'))).toMatchObject([{ holds: true, stated: 12 }]);
    expect(checksOf('sum', text('5'))).toMatchObject([{ holds: false, expected: 13, stated: 12 }]);
  });

  it('does not say a round total of one digit holds over parts a fifth short of it (`US$1 billion, of which 352 + 451 million`)', () => {
    const text = (second: string) => `In February 2021 we issued a US$1 billion sustainability bond, of which US$352 million is for green buildings and US$${second} million for energy-efficient data centers.`;
    expect(checksOf('sum', text('451'))).toEqual([]);
    expect(checksOf('sum', text('648'))).toMatchObject([{ holds: true, stated: 1e9, message: '✓ 0.352 + 0.648 = 1 US$ billion' }]);
  });

  it('says parts written at a smaller scale than their total at their own precision (`1.2 + 1.3 = 2.5 US$ billion`)', () => {
    const text = 'The Group had US$2.5 billion of green bonds outstanding, of which US$1.2 billion financed buildings and US$1,300 million data centres.';
    expect(checksOf('sum', text)).toMatchObject([{ holds: true, message: '✓ 1.2 + 1.3 = 2.5 US$ billion' }]);
  });

  it('says nothing when the breakdown without the rest misses: it may be partial', () => {
    const text = '全年减少塑料使用 1.86 万吨，其中餐盒 1.12 万吨、包装袋 0.58 万吨、吸管 0.13 万吨。';
    expect(checksOf('sum', text).filter((c) => !c.holds)).toEqual([]);
  });

  it('takes no breakdown in words for a total (`92.7 万吨，包括固定源燃烧、逸散性排放`)', () => {
    const text = '温室气体总排放量为 1324.9 万吨。其中，直接排放（即范围 1）为 92.7 万吨，包括固定源燃烧、逸散性排放。外购电力（即范围 2）的排放为 444.5 万吨。价值链（即范围 3）排放约为 787.7 万吨。';
    expect(checksOf('sum', text)).toMatchObject([{ holds: true, stated: 13_249_000 }]);
  });
});

describe("last year's amount, compared with", () => {
  it('is no part of the total it is compared with: `12.6 亿元，较上年的 10.8 亿元增长 18.5%。其中 …`', () => {
    const text = '公益平台全年募捐 12.6 亿元，较上年的 10.8 亿元增长 16.7%。其中，乡村振兴项目 5.4 亿元，教育项目 3.9 亿元，医疗救助项目 3.3 亿元。';
    expect(checksOf('sum', text)).toMatchObject([{ holds: true, figures: [{ value: 1.26e9 }, { value: 5.4e8 }, { value: 3.9e8 }, { value: 3.3e8 }] }]);
  });

  it("is no share's numerator: `186.4 亿元，较 2022 年的 168.2 亿元增长 10.8%，占总收入的 21.6%`", () => {
    const text = '2023 年，集团实现总收入 863.0 亿元。集团研发投入 186.4 亿元，较 2022 年的 168.2 亿元增长 10.8%，占总收入的 21.6%。';
    expect(checksOf('ratio', text)).toMatchObject([{ holds: true, figures: [{ value: 1.864e10 }, { value: 8.63e10 }, { value: 21.6 }] }]);
  });
});

describe('an amount said with what it went to', () => {
  it('calls a list of uses whose last part is the rest (`主要用于A…、B…及其他D`) a mismatch when it misses', () => {
    const text = (rest: string) => `全年环保投入3.42亿元，主要用于废水处理升级1.68亿元、锅炉改造1.05亿元、资源化利用0.52亿元及其他${rest}亿元。`;
    expect(checksOf('sum', text('0.17'))).toMatchObject([{ holds: true, stated: 3.42e8 }]);
    expect(checksOf('sum', text('0.26'))).toMatchObject([{ holds: false, stated: 3.42e8 }]);
    const english = (rest: string) => `Capital expenditure was £84.2 million, mainly spent on fleet £46.3 million, stations £22.6 million and other projects £${rest} million.`;
    expect(checksOf('sum', english('15.3'))).toMatchObject([{ holds: true }]);
    expect(checksOf('sum', english('14.3'))).toMatchObject([{ holds: false }]);
  });

  it('says nothing when the list of uses has no rest: it may be partial', () => {
    const text = '全年环保投入3.42亿元，主要用于废水处理升级1.68亿元、锅炉改造1.05亿元、资源化利用0.52亿元。';
    expect(checksOf('sum', text).filter((c) => !c.holds)).toEqual([]);
  });
});
