import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string): Array<[string, number, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('a unit broken by a wrapped line of Chinese prose', () => {
  it('reads the unit on the next line, or the rest of it', () => {
    expect(figures('按2023年用量测算，每年可节约塑料约7,800\n吨；封箱胶带')).toEqual([['7,800\n吨', 7800, 't']]);
    expect(figures('全年自发自用光伏电量6,320万千瓦\n时；通过绿电交易')).toEqual([['6,320万千瓦\n时', 6.32e7, 'kWh']]);
  });
  it('leaves a table row alone', () => {
    expect(figures('排放量    7,800\n吨位统计')).not.toContainEqual(['7,800\n吨', 7800, 't']);
  });
});

describe('a scale word on the line after its number in Chinese prose', () => {
  it('scales the number (实现净利润 6.18⏎亿元)', () => {
    expect(figures('实现归属于上市公司股东的净利润 6.18\n亿元，同比增长 11.4%。')).toEqual([
      ['6.18\n亿元', 6.18e8, 'CNY'],
      ['11.4%', 11.4, '%'],
    ]);
  });
});
