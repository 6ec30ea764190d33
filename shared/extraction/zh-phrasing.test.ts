import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string): Array<[string, number, string, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit, f.qualifier]);

describe('Chinese phrasings around a figure', () => {
  it('reads 最高可达 as up to', () => {
    expect(figures('单户授信额度最高可达300万元。')).toEqual([['300万元', 3e6, 'CNY', 'up_to']]);
  });
  it('reads 约占 before a base ending in 总数 as about', () => {
    expect(figures('参与志愿服务的员工约占员工总数的三分之一。')[0]?.slice(2)).toEqual(['%', 'about']);
  });
  it('reads 毫米 as millimetres and no adverb as a counted noun', () => {
    expect(figures('快递袋厚度由0.06毫米降至0.045毫米')).toEqual([
      ['0.06毫米', 0.06, 'mm', 'exact'],
      ['0.045毫米', 0.045, 'mm', 'exact'],
    ]);
    expect(figures('较2022年的1.26进一步下降')[0]?.slice(1, 3)).toEqual([1.26, '']);
  });
});
