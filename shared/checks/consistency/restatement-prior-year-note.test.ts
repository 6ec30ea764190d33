import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a note\'s figure of a year before the report\'s', () => {
  it('restates no running-text figure said of no year, whose digits it swaps (`注：2023年女性员工1,325人`, `女性员工1,352人`)', () => {
    const text =
      '截至2024年末，公司共有员工2,360人。其中女性员工1,352人，占员工总数的57.3%。\n\n' +
      '表3  员工构成（单位：人）\n' +
      '类别                 2024年      2023年\n' +
      '生产人员              1,650       1,580\n' +
      '管理与技术人员          710         660\n' +
      '员工总数              2,360       2,240\n\n' +
      '注：2023年女性员工1,325人。\n';
    expect(checksOf('consistency', text).filter((c) => !c.holds).map((c) => c.message)).toEqual([]);
  });
});
