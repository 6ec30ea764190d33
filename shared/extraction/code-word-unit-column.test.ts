import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe('a unit column ending in a code word (`双` of `双11`), the cell after it', () => {
  it('reads the cell after `万双` and `千克标准煤/万双` as a figure, not a code', () => {
    const table = [
      '指标                      单位                   2024年       2023年',
      '袜品产量                    万双                  58,620      56,340',
      '单位产品综合能耗                千克标准煤/万双             486.5       506.9',
      '',
    ].join('\n');
    expect(figures(table).map(([text]) => text)).toEqual(['58,620', '56,340', '486.5', '506.9']);
    expect(figures(table)[0]).toEqual(['58,620', 586_200_000, '双']);
  });

  it('still reads `双11` in running text as the festival, not a count', () => {
    expect(figures('“双11”期间，线上销售额同比增长32%。')).toEqual([['32%', 32, '%']]);
  });
});
