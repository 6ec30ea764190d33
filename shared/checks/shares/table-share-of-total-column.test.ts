import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-share-of-column').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a share column named for a column, over the total column when the column before it is not its whole', () => {
  it('divides `% women` by the Total column of its row, not by Men', () => {
    const en = (board: string) => `Workforce by grade, 31 December 2023
Grade                     Men      Women      Total    % women
Senior leadership          86         34        120      ${board}%
Middle management         412        236        648      36.4%
Professional staff      2,184      1,862      4,046      46.0%
Total                   2,682      2,132      4,814      44.3%
`;
    expect(shares(en('28.3'))).toEqual([
      [true, [34, 120, 28.3]],
      [true, [236, 648, 36.4]],
      [true, [1_862, 4_046, 46]],
      [true, [2_132, 4_814, 44.3]],
    ]);
    expect(shares(en('23.8'))[0]).toEqual([false, [34, 120, 23.8]]);
  });

  it('reads a Chinese table by 职级 with 合计 before 女性占比', () => {
    const zh = `表4 员工构成（按职级及性别）
职级          男性        女性        合计        女性占比
高级管理层      46          12          58        20.7%
中层管理      1,268         584       1,852        31.5%
基层员工      9,842       7,316      17,158        42.6%
合计         11,156       7,912      19,068        41.5%
`;
    expect(shares(zh).map(([holds]) => holds)).toEqual([true, true, true, true]);
  });
});
