import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a breakdown opened by what it looks at the whole by (`分区域看，`)', () => {
  it('adds its clauses up to the whole said before it', () => {
    const text = '2023年，公司实现营业收入862.4亿元，同比增长6.2%；净利润74.6亿元。分区域看，华东地区收入412.6亿元，占47.8%；华南地区收入286.2亿元；其他地区收入163.6亿元。';
    expect(sums(text)).toEqual([[true, [862.4e8, 412.6e8, 286.2e8, 163.6e8]]]);
  });
});
