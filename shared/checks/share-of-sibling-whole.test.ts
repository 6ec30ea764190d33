import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);
const text = (east: string) =>
  `2023年，集团供水量达28.64亿立方米。\n\n2023年，粤港澳大湾区供水量17.52亿立方米，占集团供水量的61.2%；华东地区供水量7.48亿立方米，占${east}%。`;

describe('a bare share after a share of its sentence that names its whole', () => {
  it('is of the same whole', () => {
    expect(shares(text('26.1'))).toEqual([
      [true, [17.52e8, 28.64e8, 61.2]],
      [true, [7.48e8, 28.64e8, 26.1]],
    ]);
    expect(shares(text('21.6'))).toContainEqual([false, [7.48e8, 28.64e8, 21.6]]);
  });
});

describe('a bare share after a share of another kind, its own pair before it', () => {
  it('is of its own pair, not of the other share\'s whole', () => {
    const text = '全年巨灾及天气指数保险保费收入16.85亿元，占绿色保险保费收入的36.4%，覆盖农户126.4万户，其中脱贫户31.8万户，占25.2%。';
    expect(checksOf('ratio', text).filter((c) => c.figures.some((f) => f.value === 25.2)).map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[true, [31.8e4, 126.4e4, 25.2]]]);
  });
});
