import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from '../metrics/index';
import { runChecks } from './index';
import type { Check } from './types';

const doc = (name: string, text: string) => ({ name, text, figures: describeFigures(text, extractFigures(text)) });
const checksOf = (...texts: string[]) => runChecks(texts.map((text, i) => doc(`doc${i}.txt`, text)));
const values = (c: Check) => c.figures.map((f) => `${f.role}:${f.value}`);

describe('sum', () => {
  const text = (scope3: string) =>
    `2022 财年，温室气体总排放量为 1324.9 万吨。其中，直接温室气体排放（即范围 1）为 92.7 万吨，外购电力产生的（即范围 2）温室气体排放为 444.5 万吨。价值链上下游间接（即范围 3）的排放量约为 ${scope3} 万吨。`;

  it('holds when the scopes add up to the stated total', () => {
    const [sum] = checksOf(text('787.7')).filter((c) => c.kind === 'sum');
    expect(sum).toMatchObject({ holds: true, message: '✓ 92.7 + 444.5 + 787.7 = 1,324.9 万吨', expected: 13_249_000, stated: 13_249_000 });
    expect(values(sum!)).toEqual(['total:13249000', 'part:927000', 'part:4445000', 'part:7877000']);
  });

  it('is a mismatch, with the sum of the scopes, when they do not', () => {
    const [sum] = checksOf(text('778.7')).filter((c) => c.kind === 'sum');
    expect(sum).toMatchObject({ holds: false, expected: 13_159_000, stated: 13_249_000 });
  });

  it('adds up a table: a total row and the rows under it', () => {
    const table = '指标\t单位\t2022 财年\n能源消耗总量\t兆瓦时\t8,786,584\n直接能源消耗量\t兆瓦时\t1,721,483\n间接能源消耗量\t兆瓦时\t7,065,101\n';
    const [sum] = checksOf(table).filter((c) => c.kind === 'sum');
    expect(sum).toMatchObject({ holds: true, expected: 8_786_584 });
  });

  it('adds up each year\'s column of a table on its own', () => {
    const table = 'Indicator\tFY2021\tFY2022\nTotal emissions (Scope 1, 2 and 3)\t1,300\t1,410\nScope 1 emissions\t100\t110\nScope 2 emissions\t400\t450\nScope 3 emissions\t800\t850\n';
    const sums = checksOf(table).filter((c) => c.kind === 'sum');
    expect(sums.map((c) => [c.holds, c.stated, c.expected])).toEqual([
      [true, 1300, 1300],
      [true, 1410, 1410],
    ]);
  });

  it('finds the parts above a total row, and lets either Scope 2 make the sum hold', () => {
    const table = 'Indicator\tFY2022\nScope 1 emissions\t2,140\nScope 2 emissions (location-based)\t5,310\nScope 2 emissions (market-based)\t4,870\nTotal Scope 1 and 2 emissions (market-based)\t7,010\n';
    expect(checksOf(table).filter((c) => c.kind === 'sum')).toMatchObject([{ holds: true, expected: 7010, rule: 'sum.scoped-parts' }]);
    const wrong = table.replace('7,010', '7,900');
    expect(checksOf(wrong).filter((c) => c.kind === 'sum')).toEqual([]);
  });

  it('says nothing of a total followed by figures that are not its parts', () => {
    expect(checksOf('In total, 1,200 volunteers joined. They planted 300 trees and cleaned 45 beaches.').filter((c) => c.kind === 'sum')).toEqual([]);
  });
});

describe('ratio', () => {
  it('recomputes a share from the two figures of its sentence', () => {
    const [ratio] = checksOf('截至 2022 年 5 月 15 日，累计发布过 5,038 名失踪儿童的信息，累计成功找回 4,960 个儿童，成功率 98.5%。').filter((c) => c.kind === 'ratio');
    expect(ratio).toMatchObject({ holds: true, message: '✓ 4,960 / 5,038 = 98.5 %' });
  });

  it('calls the only pair of a share sentence a mismatch when the share is wrong', () => {
    const [ratio] = checksOf('Of the 1,030 employees of the plant, 412 employees are women, a share of 45%.').filter((c) => c.kind === 'ratio');
    expect(ratio).toMatchObject({ holds: false, message: '✗ 412 / 1,030 = 40.0 %, stated 45 %', stated: 45 });
  });

  it('allows for inputs rounded to millions: 897 / 904 = 99.2 % does not contradict 99.3 %', () => {
    const [ratio] = checksOf(
      'As of March 2020, the number of Internet users in China had reached 904 million, among whom 897 million are mobile Internet users, accounting for 99.3% of the total.',
    ).filter((c) => c.kind === 'ratio');
    expect(ratio).toMatchObject({ holds: true, figures: [{ value: 897e6 }, { value: 904e6 }, { value: 99.3 }] });
  });

  it('finds shares of one unstated whole and flags the one that implies another total', () => {
    const passage = (takeout: string) =>
      `Among them, 694 million Internet users, or 76.8% of the total internet users, had access to online public services. The number of online payment users reached 768 million, accounting for 85.0% of the total internet users. 398 million Internet users ordered takeout online, accounting for ${takeout}% of the total internet users.`;
    expect(checksOf(passage('44.0')).filter((c) => c.kind === 'ratio')).toMatchObject([{ holds: true, rule: 'ratio.shares-of-one-whole' }]);
    expect(checksOf(passage('48.0')).filter((c) => c.kind === 'ratio')).toMatchObject([{ holds: false, rule: 'ratio.shares-of-one-whole' }]);
  });
});

describe('change', () => {
  it('recomputes a growth rate from its old and new values', () => {
    const check = (rate: string) => checksOf(`Renewable electricity rose from 1,240 MWh to 1,550 MWh, an increase of ${rate}%.`).filter((c) => c.kind === 'change');
    expect(check('25')).toMatchObject([{ holds: true, expected: 25 }]);
    expect(check('30')).toMatchObject([{ holds: false, stated: 30 }]);
  });
});

describe('consistency', () => {
  const far = '\n\n' + '本报告其余部分介绍公司的治理结构与风险管理。\n\n'.repeat(20);

  it('flags a metric stated nearly in one paragraph and bare in another', () => {
    const [c] = checksOf(`2021年，平台帮助近 3 亿乡村消费者购买农产品。${far}2021年，平台帮助 3 亿乡村消费者购买农产品。`).filter((k) => k.kind === 'consistency');
    expect(c).toMatchObject({ holds: false });
    expect(c!.message).toContain('qualified differently');
  });

  it('lets rounding and a qualifier explain a difference: 近 30 万 and 29.6 万', () => {
    const checks = checksOf(`2022财年，淘宝为近 30 万视障用户提供了无障碍购物服务。${far}2022财年，淘宝为 29.6 万视障用户提供了无障碍购物服务。`);
    expect(checks.filter((k) => k.kind === 'consistency')).toMatchObject([{ holds: true }]);
  });

  it('flags the same metric with another value across the documents of an engagement', () => {
    const checks = checksOf('398 million Internet users ordered takeout online in 2019.', 'Indicator\tValue\tUnit\nUsers who ordered takeout online\t389\tmillion\n');
    const [c] = checks.filter((k) => k.kind === 'consistency');
    expect(c).toMatchObject({ holds: false, figures: [{ doc: 'doc0.txt', value: 398e6, role: 'mention' }, { doc: 'doc1.txt', value: 389e6, role: 'mention' }] });
  });

  it('never groups figures that merely share a number', () => {
    const checks = checksOf(`The number of online payment users reached 768 million.${far}The number of mobile payment users reached 765 million.`);
    expect(checks.filter((k) => k.kind === 'consistency')).toEqual([]);
  });

  it('flags a scale slip between the two languages of a bilingual report', () => {
    const text = [
      '截至 2017 年 4 月，开放平台上注册开发者近 40 万，服务商超 1.5 万，覆盖 381 个城市，累计服务 2000 万用户。',
      'As of April 2017, there are nearly 40 million registered developers and more than 15,000 service providers, covering 381 cities and 20 million users.',
    ].join('\n\n');
    const [c] = checksOf(text).filter((k) => k.kind === 'consistency');
    expect(c).toMatchObject({ holds: false, rule: 'consistency.translation-scale', figures: [{ value: 400_000 }, { value: 40_000_000 }] });
  });
});
