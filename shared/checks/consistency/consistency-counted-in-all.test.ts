import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a logistics company's report: the chairman's letter bounds the headcount, the people section says it in all
const report = (letter: string) =>
  [
    '董事长致辞',
    '',
    `2023年，公司快递业务量稳步增长。${letter}奋战在分拣和配送一线，为千家万户送去便利。`,
    '',
    '三、员工权益',
    '',
    '截至2023年末，公司共有员工7,846人，同比增长4.2%，其中女性员工共有2,153人。',
    '',
    '关键绩效表',
    '指标                单位        2023年        2022年',
    '员工总数            人          7,846         7,530',
    '快递业务量          亿件        12.6          11.1',
  ].join('\n');

const mismatches = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds);

describe('a count said as all of its noun (`共有员工7,846人`) is the total a bound of that noun restates', () => {
  it('is named with the bound and the key table when the bound overstates it', () => {
    const [check, ...rest] = mismatches('公司超8,000名员工');
    expect(rest).toEqual([]);
    expect(check!.figures.map((f) => f.value).sort()).toEqual([7_846, 7_846, 8_000]);
  });

  it('holds when the bound is borne out', () => {
    expect(mismatches('公司超7,000名员工')).toEqual([]);
  });

  it('leaves a part counted in all (`女性员工共有2,153人`) out of the total', () => {
    const [check] = mismatches('公司超8,000名员工');
    expect(check!.figures.some((f) => f.value === 2_153)).toBe(false);
  });
});

// a dairy group's report: the chairman's letter and the people section each say the headcount in all
const twice = (letter: string) =>
  [
    '董事长致辞',
    '',
    `2024年，集团液态奶销量再创新高。截至2024年末，集团共有员工${letter}人，感谢每一位牧场和工厂的同事。`,
    '',
    '四、员工发展',
    '',
    '截至2024年末，集团共有员工15,342人，同比增长2.6%，其中一线员工共有9,870人。',
  ].join('\n');

describe('two counts said as all of one noun in one year (`共有员工15,342人`) are one total stated twice', () => {
  it('flags the letter that gives another count', () => {
    const [check, ...rest] = checksOf('consistency', twice('14,953')).filter((c) => !c.holds);
    expect(rest).toEqual([]);
    expect(check!.figures.map((f) => f.value).sort()).toEqual([14_953, 15_342]);
  });

  it('holds when they agree', () => {
    expect(checksOf('consistency', twice('15,342')).filter((c) => !c.holds)).toEqual([]);
  });
});

// a shopping-mall operator's report: the letter bounds its merchants, the leasing section counts them in all, the noun after the count
describe('a count said as all of the noun after it (`我们共有1,236家商户`) is the total a bound of that noun restates', () => {
  const mall = (letter: string) =>
    ['总经理致辞', '', `本年度，我们的三座购物中心为${letter}提供经营场所，客流持续回暖。`, '', '二、招商运营', '', '截至2024年末，我们共有1,236家商户（2023年：1,190家），出租率96.4%。'].join('\n');

  it('is flagged against a `近` bound below it', () => {
    expect(checksOf('consistency', mall('近1,200家商户')).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value))).toEqual([[1_200, 1_236]]);
  });

  it('holds an `超过` bound it bears out', () => {
    expect(checksOf('consistency', mall('超过1,200家商户')).filter((c) => !c.holds)).toEqual([]);
  });
});
