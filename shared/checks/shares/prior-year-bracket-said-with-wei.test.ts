import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const ratios = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);

describe('the year before`s figure in brackets said with `为`', () => {
  it('is no numerator of the share after it (`绿色电力1,520吨标准煤（2022年为610吨标准煤）…占外购电力的53.1%`)', () => {
    const text = '2024年外购电力2,860吨标准煤，占综合能源消耗的87.6%；其中绿色电力1,520吨标准煤（2022年为610吨标准煤），较上年增长55.1%，占外购电力的53.1%。';
    expect(ratios(text)).toContainEqual([true, [1520, 2860, 53.1]]);
    expect(ratios(text).filter(([, values]) => (values as number[]).includes(610))).toEqual([]);
  });
});
