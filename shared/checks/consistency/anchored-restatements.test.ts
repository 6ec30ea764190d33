import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const anchored = (...texts: Array<string | [string, string]>) => checksOf('consistency', ...texts).filter((c) => c.rule === 'consistency.anchored-restatement');

const summary = (countries: string) => `菜鸟携手合作伙伴，向${countries}多个国家和地区运输超过2.6亿件医疗物资，包括通过冷链先后向11个发展中国家运送疫苗。`;
const chapter = (countries: string, items = '2.6') => `抗击疫情两年多来，菜鸟国际货运协同 50 多家全球物流服务商共同工作，免费服务了全球 ${countries} 多个国家和地区，承担了超过 ${items} 亿件医疗相关物资运输。`;

describe('a claim restated beside a figure restated alike', () => {
  it('flags a summary and its chapter that count the same words differently beside an agreeing amount: 150 / 160 多个国家和地区, both beside 2.6 亿件', () => {
    expect(anchored(['summary.txt', summary('150')], ['chapter.txt', chapter('160')])).toMatchObject([
      { holds: false, figures: [{ doc: 'summary.txt', value: 150 }, { doc: 'chapter.txt', value: 160 }] },
    ]);
  });

  it('says nothing when the two agree', () => {
    expect(anchored(['summary.txt', summary('150')], ['chapter.txt', chapter('150')])).toEqual([]);
  });

  it('says nothing without a neighbour restated alike: the same words may count another thing', () => {
    expect(anchored(['summary.txt', summary('150')], ['chapter.txt', chapter('160', '3.1')])).toEqual([]);
  });

  it('flags a sentence and the infographic below it that repeats its figures line by line: 14 / 16 位优秀的“公益之星” after 10 个 projects', () => {
    const text = (stars: string) =>
      `由300多位内外部评审委员共同遴选出了10个最感人、最具价值的公益项目和14位优秀的“公益之星”。阿里还设立了1亿元的“橙点公益孵化基金”。\n\n10个\n\n最感人最具价值\n\n的公益项目\n\n${stars}位\n\n优秀的\n\n“公益之星”\n`;
    expect(anchored(text('16'))).toMatchObject([{ holds: false, figures: [{ value: 14 }, { value: 16 }] }]);
    expect(anchored(text('14'))).toEqual([]);
  });

  it('says nothing of two years: the same words counted in 2021 and 2022', () => {
    const year = (y: string, n: string) => `${y}年，菜鸟向${n}多个国家和地区运输超过2.6亿件医疗物资。`;
    expect(anchored(['a.txt', year('2021', '150')], ['b.txt', year('2022', '160')])).toEqual([]);
  });

  it('says nothing of values too far apart to be one number slipped: 3 and 30 个国家和地区', () => {
    expect(anchored(['summary.txt', summary('3')], ['chapter.txt', chapter('30')])).toEqual([]);
  });

  it('says nothing of a target beside the present claim: 计划…160 多个国家和地区', () => {
    const target = '我们计划未来三年免费服务全球 160 多个国家和地区，承担超过 2.6 亿件医疗相关物资运输。';
    expect(anchored(['summary.txt', summary('150')], ['plan.txt', target])).toEqual([]);
  });

  it('flags an English highlight bullet against the text beside an agreeing count: 3.4 / 3.6 million water customers after 1.9 million power customers', () => {
    const text = (water: string) =>
      `At a glance\n\n•  1.9 million power customers and ${water} million water customers\n•  6,120 employees\n\nAbout us\n\nWe serve 1.9 million power customers and 3.6 million water customers in two provinces.\n`;
    expect(anchored(text('3.4'))).toMatchObject([{ holds: false, figures: [{ value: 3_400_000 }, { value: 3_600_000 }], message: expect.stringContaining('water customers:') }]);
    expect(anchored(text('3.6'))).toEqual([]);
  });
});
