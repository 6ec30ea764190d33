import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sameMetric = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.same-metric');

describe('one claim restated in two paragraphs of running text', () => {
  const report = (overview: string) =>
    `一、年度概况\n本行运用人民银行碳减排支持工具，累计发放碳减排贷款42.86亿元；绿色贷款客户${overview}户。\n\n二、绿色信贷\n截至2023年末，本行绿色贷款客户2,146户，较年初增加418户。`;

  it('is read against itself though the two stand close (`近2,000户` in an overview, `2,146户` in its section)', () => {
    expect(sameMetric(report('近2,000')).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 2_000 }, { value: 2_146 }] }]);
    expect(sameMetric(report('超过2,100')).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a rate whose metric says only the change (`較2022年減少`)', () => {
  const report = [
    '2023年本公司合併營收新臺幣1,286.4億元，較2022年減少4.2%。',
    '2023年範疇一及範疇二排放量合計393,050公噸CO2e，較2022年減少5.6%。',
    '廢棄物總量5,734公噸，較2022年減少7.2%；回收再利用率92.4%。',
  ].join('\n\n');

  it('is of the figure before it in its sentence: three metrics\' rates are no one claim', () => {
    expect(sameMetric(report).filter((c) => c.figures.some((f) => f.value === 4.2))).toEqual([]);
  });
});
