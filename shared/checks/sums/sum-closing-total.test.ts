import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a Chinese total closing the clauses of its sentence (`…，合计发电量6.9亿千瓦时`), each clause before it one figure of the
// measure it names: those figures are all its parts
const sentence = (total: string) => `2024年，华东工厂发电量3.2亿千瓦时，华南工厂发电量2.6亿千瓦时，西南工厂发电量1.1亿千瓦时，三家工厂合计发电量${total}亿千瓦时，较上年增长4.5%。\n`;
const closing = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.closing-total').map((c) => [c.holds, c.figures.map((f) => f.value / 1e8)]);

describe('a total closing the clauses of its sentence', () => {
  it('adds up the figure of its measure each clause before it says', () => {
    expect(closing(sentence('6.9'))).toEqual([[true, [6.9, 3.2, 2.6, 1.1]]]);
  });

  it('is a mismatch when they no longer add up to it', () => {
    expect(closing(sentence('7.2'))).toEqual([[false, [7.2, 3.2, 2.6, 1.1]]]);
  });

  it('takes no clause of another measure for a part', () => {
    expect(closing('2024年，华东工厂用电量3.2亿千瓦时，华南工厂发电量2.6亿千瓦时，合计发电量5.8亿千瓦时。\n')).toEqual([]);
  });
});
