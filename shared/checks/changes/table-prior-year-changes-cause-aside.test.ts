import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const priorYear = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

describe('a text rate against a table\'s year before, a clause of its cause between the figure and its rate', () => {
  it('reads `42.8亿千瓦时，受来水偏枯影响，同比下降N%` (45.6 -> 42.8 is -6.1%), and its direction turned', () => {
    const report = (way: string, rate: string) =>
      `2023年，公司水电发电量42.8亿千瓦时，受来水偏枯影响，同比${way}${rate}%。\n\n表2 发电量（单位：亿千瓦时）\n电源类型\t2022年\t2023年\n水电\t45.6\t42.8\n风电\t18.2\t21.4\n`;
    expect(priorYear(report('下降', '6.1'))).toMatchObject([{ holds: true }]);
    expect(priorYear(report('增长', '6.1'))).toMatchObject([{ holds: false }]);
  });

  it('reads a Hong Kong report\'s `，由於部分門店裝修停業，較上年減少` (2,480 -> 2,316 is -6.6%)', () => {
    const report = (rate: string) => `年內客流量為2,316萬人次，由於部分門店裝修停業，較上年減少${rate}%。\n\n指標\t2022年\t2023年\n客流量（萬人次）\t2,480\t2,316\n`;
    expect(priorYear(report('6.6'))).toMatchObject([{ holds: true }]);
    expect(priorYear(report('9.6'))).toMatchObject([{ holds: false, stated: 9.6 }]);
  });
});
