import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const turned = (rule: string, ...texts: Array<string | [string, string]>) => checksOf('consistency', ...texts).filter((c) => c.rule === rule);

describe('one change said both ways in one report (change-directions.ts)', () => {
  // a brewery's report: the chair's letter and the water section say the change of one measure
  const report = (letter: string) =>
    [
      'Letter from the Chair',
      '',
      `We brewed 18.6 million hectolitres this year, and ${letter} as our new bottling line came on stream.`,
      '',
      '3. Water',
      '',
      'We withdrew 52,180 m³ of water across our three breweries. Water use per hectolitre rose 3.2%, as cleaning cycles ran longer.',
      'Scope 1 emissions fell 2.8%, while Scope 2 emissions rose 2.8% with the new line.',
    ].join('\n');
  const RULE = 'consistency.change-direction';

  it('flags a letter\'s `fell 3.2%` against the section\'s `rose 3.2%` of the same words', () => {
    expect(turned(RULE, report('water use per hectolitre fell 3.2%')).map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[false, [3.2, 3.2]]]);
  });

  it('is none when both say it rose', () => {
    expect(turned(RULE, report('water use per hectolitre rose only 3.2%'))).toEqual([]);
  });

  it('pairs no two measures the numbers of their names tell apart (Scope 1, Scope 2)', () => {
    expect(turned(RULE, report('water use per hectolitre rose 3.2%'))).toEqual([]);
  });

  it('reads a Chinese rate said after its amount (`，同比增长`) as of the clause before it', () => {
    const zh = (letter: string) =>
      `董事长致辞\n\n本年度，公司危险废物产生量1,286吨，同比${letter}4.5%。\n\n三、环境\n\n危险废物产生量1,286吨，同比增长4.5%，主要来自新建涂装线。`;
    expect(turned(RULE, zh('下降')).map((c) => c.figures.map((f) => f.value))).toEqual([[4.5, 4.5]]);
    expect(turned(RULE, zh('增长'))).toEqual([]);
  });
});

describe('a rate and its translation said to change opposite ways (translated-pair.ts)', () => {
  // a logistics company's report in two files, anchored by its fleet and its parcels
  const pair = (zh: string) =>
    turned(
      'consistency.translation-direction',
      ['fleet-zh.txt', `公司自有车辆3,418辆，全年配送包裹12.64亿件。柴油消耗量48,260吨，同比${zh}6.2%，主要受新能源车替换影响。员工总数21,530人。`],
      ['fleet-en.txt', 'We own 3,418 vehicles and delivered 1,264 million parcels in the year. Diesel use fell 6.2% to 48,260 tonnes as electric vans replaced older trucks. We employed 21,530 people.'],
    );

  it('flags 同比增长 translated `fell`', () => {
    expect(pair('增长').map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[false, [6.2, 6.2]]]);
  });

  it('is none when both say it fell', () => {
    expect(pair('下降')).toEqual([]);
  });
});

describe('a rate and its translation set out of order, said to change opposite ways', () => {
  // a hotel group's report in two files: the English energy section says its rate after the sentences the Chinese
  // says after it, so the rate is paired as a translation left over near its place, not anchored in order
  const pair = (en: string) =>
    turned(
      'consistency.translation-direction',
      [
        'hotel-zh.txt',
        '董事长致辞\n\n2024年，集团旗下酒店接待宾客612万人次，用电量28,640万千瓦时，同比增长5.1%。\n\n二、能源\n\n酒店的能源主要用于空调、照明及厨房。2024年本集团用电量较上年增长5.1%，主要来自新开业酒店；每间夜能耗下降3.8%，天然气消耗量1,862万立方米。\n',
      ],
      [
        'hotel-en.txt',
        `Chairman's letter\n\nIn 2024 our hotels welcomed 6.12 million guests, and electricity use rose 5.1% to 286.4 GWh.\n\n2. Energy\n\nOur hotels use energy for air-conditioning, lighting and kitchens. Energy per room night fell 3.8%, and we burned 18.62 million m³ of natural gas. Electricity use ${en} 5.1%, mainly at newly opened hotels.\n`,
      ],
    );

  it('flags the section\'s 增长5.1% translated `fell 5.1%`', () => {
    expect(pair('fell').map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[false, [5.1, 5.1]]]);
  });

  it('is none when both say it rose', () => {
    expect(pair('rose')).toEqual([]);
  });
});

describe('a rate whose way its comparison says after it (`6.4% more than the …`), against its translation', () => {
  // a paper mill's report in two files: the English says the way after the rate, the Chinese before it
  const pair = (en: string) =>
    turned(
      'consistency.translation-direction',
      ['mill-zh.txt', '2024年，公司纸及纸板产量186.2万吨。全年取水量2,214.6万立方米，较上年的2,366.0万立方米同比下降6.4%；水循环利用率94.2%。员工总数4,862人。'],
      ['mill-en.txt', `In 2024 we made 1.862 million tonnes of paper and board. We withdrew 22.146 million m³ of water, 6.4% ${en} than the 23.660 million m³ of 2023, and recycled 94.2% of process water. We employed 4,862 people.`],
    );

  it('flags 同比下降6.4% translated `6.4% more than`', () => {
    expect(pair('more').map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[false, [6.4, 6.4]]]);
  });

  it('is none when the English says `less than`', () => {
    expect(pair('less')).toEqual([]);
  });
});
