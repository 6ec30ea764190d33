import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string) => extractFigures(text).map((f) => f.value);

describe('the bounds of groups', () => {
  it('are no figures in a KPI paragraph a PDF flattened, whose values it lost', () => {
    const flattened = '指标单位 2022 年 3 月 31 日员工总人数人254,941 按年龄划分的员工比例 < 35 % 35-49 % ≥ 50 % 中国内地 % 存在身体障碍的员工人数人';
    expect(values(flattened)).toEqual([254941]);
  });

  it('are no figures in a sentence, where the shares given for the groups are', () => {
    expect(values('员工年龄 <30 岁的占 42%，30-50 岁的占 51%，>50 岁的占 7%。')).toEqual([42, 51, 7]);
    expect(values('Employees by age: < 30 years 28%, 30–50 years 60%, > 50 years 12%.')).toEqual([28, 60, 12]);
  });

  it('leave one open bound alone, and a range with no open group beside it', () => {
    expect(values('Waste sent to landfill was < 5% of the total.')).toEqual([5]);
    expect(values('We cut emissions by 35-49% across sites, and by over 50% at the head office.')).toEqual([35, 50]);
  });
});
