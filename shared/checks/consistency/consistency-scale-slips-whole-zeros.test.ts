import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// `64.0亿元` against `64,000万元`: the section's whole number keeps its trailing zeros as far as the letter writes its decimal zero
const report = (letter: string) =>
  [
    '董事长致辞',
    `2024年，面对复杂的市场环境，公司实现营业收入${letter}，同比增长3.2%，经营保持稳健。`,
    '',
    '一、经营情况',
    '',
    '2024年，公司实现营业收入64,000万元，较上年的62,020万元增长3.2%。其中茶叶收入41,600万元，茶饮料收入22,400万元。',
  ].join('\n');

const slips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('an amount whose scale slipped, written with a decimal zero against a whole number (`64.0亿元` / `64,000万元`)', () => {
  it('is read as one figure slipped tenfold', () => {
    expect(slips(report('64.0亿元')).some((c) => c.figures.some((f) => f.value === 64e8) && c.figures.some((f) => f.value === 64_000e4))).toBe(true);
  });

  it('agrees when the letter says it at its scale (`6.40亿元`)', () => {
    expect(slips(report('6.40亿元'))).toEqual([]);
  });
});
