import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// the Chinese tells the hospital story before the open platform's numbers, the English the other way
// round, with a long passage between them
const filler = (n: number, s: string) => Array.from({ length: n }, () => s).join(' ');
const zh = (providers: string) =>
  [
    '海鷀科技与蚂蚁金服合作两年多，服务了 236 家医院，日均挂号 3,870 人次。',
    filler(60, '患者可以方便地通过支付宝挂号、候诊、支付和查询报告。'),
    `截至 2017 年 4 月，开放平台上注册开发者 38 万，服务商超 ${providers}。`,
    '一名收银员每天工作 10 个小时，家乐福有 5 万名员工。',
  ].join('\n\n');
const en = (providers: string) =>
  [
    `As of April 2017, there are 380,000 registered developers and more than ${providers} service providers on the Open Platform.`,
    filler(40, 'Patients can register, wait, pay and read their reports through Alipay.'),
    'In more than two years with Ant Financial, Haici Technology has served 236 hospitals, with 3,870 registrations a day.',
    'A cashier works 10 hours a day, and Carrefour has 50,000 employees.',
  ].join('\n\n');
const slips = (zhProviders: string, enProviders: string) => checksOf('consistency', ['r-zh.txt', zh(zhProviders)], ['r-en.txt', en(enProviders)]).filter((c) => !c.holds);

describe('a slipped translation the other file states out of order', () => {
  it('says nothing where the translation agrees', () => {
    expect(slips('1.5 万', '15,000')).toEqual([]);
  });

  it('flags a scale slip pages from where the landmarks place it (超 1.5 万 / more than 1,500)', () => {
    expect(slips('1.5 万', '1,500')).toMatchObject([{ rule: 'consistency.translation-scale', figures: [{ value: 15_000 }, { value: 1_500 }] }]);
  });
});

describe('a changed figure the other file states out of order', () => {
  // the hospital count and the employees stand in the English after the open platform's figures,
  // which the Chinese states after them
  const zhOf = (hospitals: string, staff: string) =>
    [
      `海鷀科技与蚂蚁金服合作两年多，服务了${hospitals}家医院，日均挂号 3,870 人次。`,
      filler(60, '患者可以方便地通过支付宝挂号、候诊、支付和查询报告。'),
      `截至 2017 年 4 月，开放平台上注册开发者 38 万，服务商 1.5 万。家乐福有 ${staff}名员工。`,
    ].join('\n\n');
  const enOf = (hospitals: string, staff: string) =>
    [
      `As of April 2017, there are 380,000 registered developers and 15,000 service providers on the Open Platform. Carrefour has ${staff} employees.`,
      filler(40, 'Patients can register, wait, pay and read their reports through Alipay.'),
      `In more than two years with Ant Financial, Haici Technology has served ${hospitals} hospitals, with 3,870 registrations a day.`,
    ].join('\n\n');
  const changes = (zhHospitals: string, zhStaff: string, enHospitals: string, enStaff: string) =>
    checksOf('consistency', ['r-zh.txt', zhOf(zhHospitals, zhStaff)], ['r-en.txt', enOf(enHospitals, enStaff)]).filter((c) => !c.holds);

  it('says nothing where the translation agrees', () => {
    expect(changes('超过 236 ', '52,400', 'more than 236', '52,400')).toEqual([]);
  });

  it('flags a qualifier turned (近 236 家 / more than 236) and one digit changed (52,400 / 58,400)', () => {
    expect(changes('近 236 ', '52,400', 'more than 236', '58,400')).toMatchObject([
      { rule: 'consistency.translation-qualifier', figures: [{ value: 236 }, { value: 236 }] },
      { rule: 'consistency.translation-value', figures: [{ value: 52_400 }, { value: 58_400 }] },
    ]);
  });
});

describe('a changed figure whose would-be counterpart is another figure\'s translation', () => {
  // the Chinese says this year's steam per tonne and last year's in one clause, the English turns the clause
  // round; this year's figure differs (186.4 / 191.2), last year's is the same in both (196.4)
  const zhText =
    '二、环境\n\n2024年公司蒸汽消耗量42,630吨，较上年的40,120吨增长6.3%，主要因无锡工厂新增一条干燥线；单位产品蒸汽耗用186.4千克/吨，较上年的196.4千克/吨下降2.6%。外购蒸汽31,240吨，占蒸汽消耗量的73.3%。\n';
  const enText =
    '2. Environment\n\nWe used 42,630 tonnes of steam in 2024, 6.3% more than the 40,120 tonnes of 2023, mainly because of a new drying line at Wuxi; steam per tonne of product was 191.2 kg, 2.6% less than the 196.4 kg of 2023. Purchased steam, at 31,240 tonnes, was 73.3% of the total.\n';

  it('takes no changed digit of this year\'s figure from last year\'s, which the Chinese states alike', () => {
    const wrong = checksOf('consistency', ['r-zh.txt', zhText], ['r-en.txt', enText]).filter((c) => !c.holds && c.figures.some((f) => f.value === 186.4) && c.figures.some((f) => f.value === 196.4));
    expect(wrong).toEqual([]);
  });
});
