import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const spans = (text: string): string[] => extractFigures(text).map((f) => text.slice(f.start, f.end));

describe('a return period', () => {
  it('is a setting of a design, no figure, in Chinese', () => {
    expect(spans('项目场地完成面高于百年一遇洪水位标高，确保在暴雨等极端工况下排水。')).toEqual([]);
    expect(spans('防洪标准按千年一遇设计，覆盖 32 个园区。')).toEqual(['32 个']);
  });

  it('and in English, where `1 in 100` would read as a ratio', () => {
    expect(spans('The site is designed for a 1 in 100 year flood event across 12 sites.')).toEqual(['12']);
  });

  it('leaves a ratio and a count of years that are claims', () => {
    expect(spans('We hired 1 in 100 applicants in 2023.')).toEqual(['1 in 100']);
    expect(spans('连续50年为社区提供服务')).toEqual(['50年']);
  });
});
