import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

// A table typed for the eye: its labels' Chinese characters each show twice a digit's width, so the cells stand under
// their years as shown, not as counted in characters.
const table = [
  '表2 分院区门诊量',
  '单位：万人次',
  '                              2024年      2023年',
  '东院区（含国际医疗部）        186.4       171.2',
  '西院区                        102.8        98.5',
].join('\n');

const periodsOf = (text: string) => describeFigures(text, extractFigures(text)).map((f) => [f.text, f.period]);

describe('a table whose labels show wider than they count', () => {
  it('dates each cell by the year standing over it as shown', () => {
    expect(periodsOf(table)).toEqual([
      ['186.4', '2024年'],
      ['171.2', '2023年'],
      ['102.8', '2024年'],
      ['98.5', '2023年'],
    ]);
  });
});
