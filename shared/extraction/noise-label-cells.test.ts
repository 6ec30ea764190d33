import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string) => extractFigures(text).map((f) => [f.value, f.unit]);

const HEADER = '指标\t单位\t2022 年 3 月 31 日';

describe('a number in the label cells of a KPI table with its unit column before the values', () => {
  it('is no figure when the unit cell ends the row (an age group whose value the text lost)', () => {
    expect(values([HEADER, '员工总人数\t人\t254,941', '按年龄划分的 员工比例\t< 35\t%', '\t35-49\t%', '\t≥ 50\t%'].join('\n'))).toEqual([[254941, '人']]);
  });

  it('is a figure when a value follows its unit, or when no header puts the unit column first', () => {
    expect(values([HEADER, '工伤人数\t人\t25'].join('\n'))).toEqual([[25, '人']]);
    expect(values(['Metric\tValue\tUnit', 'Scope 1\t1,234\ttCO2e'].join('\n'))).toEqual([[1234, 'tCO2e']]);
  });
});
