import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a tea company's report: the letter rounds its output to a bound said by the verb and its object (`产茶`); the section and
// the key table state the output exactly
const report = (bound: string) =>
  [
    '董事长致辞',
    '',
    `2024年，公司坚持生态种植，全年产茶${bound}，带动茶农增收。`,
    '',
    '一、生产经营',
    '',
    '2024年，公司生产成品茶4,862吨，较上年的4,610吨增长5.5%。',
    '',
    '四、关键绩效表',
    '',
    '指标                  单位        2024年      2023年',
    '成品茶产量            吨           4,862       4,610',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');

describe('a Chinese bound of what the company made, said by its verb and object (`全年产茶超过5,000吨`)', () => {
  it('bounds that output stated exactly: on its wrong side, it is flagged against the section and the key table', () => {
    expect(mismatches(report('超过5,000吨'))).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 5000 }), expect.objectContaining({ value: 4862 })]) }]);
    expect(mismatches(report('超过5,000吨'))[0]!.figures).toHaveLength(3);
  });

  it('flags nothing when the bound holds (`近5,000吨`)', () => {
    expect(mismatches(report('近5,000吨'))).toEqual([]);
  });
});

// a chlor-alkali maker's report: the letter bounds the output of a product named in Latin letters and `产量` (`PVC产量`); the
// section says a plant made it (`宜宾基地生产PVC`), the key table gives its `PVC产量` row
const latinReport = (bound: string) =>
  [
    '董事长致辞',
    '',
    `2024年，公司氯碱装置保持满负荷运行；PVC产量${bound}，烧碱销量稳中有升。`,
    '',
    '二、生产经营',
    '',
    '宜宾基地生产PVC 59.20万吨，较上年的55.40万吨增长6.9%。',
    '',
    '五、关键绩效表',
    '',
    '指标                  单位        2024年      2023年',
    'PVC产量               万吨         59.20       55.40',
  ].join('\n');

describe('a Chinese bound of an output named by its product in Latin letters and `产量` (`PVC产量超过60万吨`)', () => {
  it('bounds the output a plant made and the key table states: on its wrong side, flagged against both', () => {
    const [check, ...rest] = mismatches(latinReport('超过60万吨'));
    expect(rest).toEqual([]);
    expect(check!.figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([592_000, 592_000, 600_000]);
  });

  it('flags nothing when the bound holds (`近60万吨`)', () => {
    expect(mismatches(latinReport('近60万吨'))).toEqual([]);
  });
});

// a dairy's report: the letter bounds the raw milk it takes in by the verb of processing, its name before it; the section says
// what it bought, and the key table names it by the buying
const dairy = (bound: string) =>
  [
    '董事长致辞',
    '',
    `2024年，北岭乳业全年加工生鲜乳${bound}，液态奶产品覆盖华北五省。`,
    '',
    '一、奶源管理',
    '',
    '2024年公司收购生鲜乳412,600吨，较上年的398,200吨增长3.6%，全部来自自有牧场和签约规模化牧场。',
    '',
    '四、关键绩效表',
    '',
    '指标                  单位        2024年      2023年',
    '生鲜乳收购量          吨         412,600     398,200',
  ].join('\n');

describe('a Chinese bound of what the company takes in a year, said by its verb of processing (`北岭乳业全年加工生鲜乳近40万吨`)', () => {
  it('bounds the intake stated exactly by the verb of buying: on its wrong side, it is flagged against the section and the key table', () => {
    const flagged = mismatches(dairy('近40万吨'));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([400_000, 412_600, 412_600]);
  });

  it('flags nothing when the bound holds (`超过41万吨`)', () => {
    expect(mismatches(dairy('超过41万吨'))).toEqual([]);
  });

  it('reads no capacity as an intake (`全年加工生鲜乳能力近40万吨`)', () => {
    expect(mismatches(dairy('能力近40万吨'))).toEqual([]);
  });
});

// a tyre maker's report: the letter bounds what it made by the two-character verb and a word of kinds before the object
// (`全年生产各类轮胎逾…万条`), counted in a measure word; the section and the key table state the output exactly by `轮胎产量`
const tyreReport = (bound: string) =>
  [
    '董事长致辞',
    '',
    `2024年，替换市场需求回暖，公司全年生产各类轮胎${bound}，海外工厂满产运行。`,
    '',
    '二、生产运营',
    '',
    '2024年公司轮胎产量2,956万条，较上年的2,710万条增长9.1%。',
    '',
    '五、关键绩效表',
    '',
    '指标                  单位        2024年      2023年',
    '轮胎产量              万条         2,956       2,710',
    '员工总数              人           3,020       2,984',
  ].join('\n');

// a motor maker's report: the section bounds its output by the verb and the object alone (`生产工业电机近…万台`)
const motorReport = (bound: string) =>
  `一、经营概况\n\n报告期内，公司生产工业电机${bound}，产品远销40余个国家。\n\n四、关键绩效表\n\n指标                  单位        2024年      2023年\n工业电机产量          万台         312.4       296.8\n`;

describe('a Chinese bound of what the company made, said by `生产` and its object, counted in a measure word', () => {
  const values = (text: string) => mismatches(text).map((c) => c.figures.map((f) => f.value).sort((a, b) => a - b));

  it('flags `全年生产各类轮胎逾3,000万条` against the section and the key table (2,956万条)', () => {
    expect(values(tyreReport('逾3,000万条'))).toEqual([[29_560_000, 29_560_000, 30_000_000]]);
  });

  it('holds `全年生产各类轮胎近3,000万条`, which the exact output bears out', () => {
    expect(values(tyreReport('近3,000万条'))).toEqual([]);
  });

  it('flags `生产工业电机近310万台` against the key table (312.4万台)', () => {
    expect(values(motorReport('近310万台'))).toEqual([[3_100_000, 3_124_000]]);
  });

  it('pairs no output counted in another measure word (`逾320万套` against 312.4万台)', () => {
    expect(values(motorReport('逾320万套'))).toEqual([]);
  });
});
