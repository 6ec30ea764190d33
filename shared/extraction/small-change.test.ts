import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string): Array<[string, number, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('fen and jiao before 钱', () => {
  it('are money, a hundredth and a tenth of a yuan', () => {
    expect(figures('用 2 分钱的“公益宝贝”为留守儿童建立“童伴之家”，每单两毛钱，五角钱也行。')).toEqual([
      ['2 分钱', 0.02, 'CNY'],
      ['两毛钱', 0.2, 'CNY'],
      ['五角钱', 0.5, 'CNY'],
    ]);
  });
  it('leave points, minutes and corners alone', () => {
    expect(figures('平均得分 88.66 分，通话 3 分钟。')).toEqual([
      ['88.66 分', 88.66, '分'],
      ['3 分钟', 3, 'min'],
    ]);
  });
});
