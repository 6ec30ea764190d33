import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const averages = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.average-per-head').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// An average per head that holds only over a part of the group its paragraph counts (`其中一线操作人员2,680人`, `including
// 1,820 production workers`), its own sentence naming no word of that part, was worked over the wrong group: the
// mismatch of its total over the whole.
describe('an average per head worked over a part of the group', () => {
  const zh = (named: string) => `截至2024年末，公司共有员工3,420人，其中一线操作人员2,680人。全年员工培训总时长102,600小时，${named}人均培训38.3小时。`;

  it('reports 人均培训38.3小时 (102,600小时 over the 2,680 operators) where over the 3,420 employees it is 30.0', () => {
    expect(averages(zh(''))).toEqual([[false, [102_600, 3_420, 38.3]]]);
  });

  it('holds over the part its sentence names', () => {
    expect(averages(zh('一线操作人员'))).toEqual([[true, [102_600, 2_680, 38.3]]]);
  });

  it('reads the part said after its count', () => {
    const en = 'Our workforce was 2,460 people, including 1,820 production workers. Training totalled 49,200 hours, an average of 27.0 hours per employee.';
    expect(averages(en)).toEqual([[false, [49_200, 2_460, 27]]]);
  });
});
