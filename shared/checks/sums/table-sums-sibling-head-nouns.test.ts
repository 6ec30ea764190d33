import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// Rows of a staff table that share a head noun (`人员`) and a closing 合计 they add up to are siblings: the first of them is no
// total of those under it, however its digits read against their sum (735 against 129 + 246 + 118 = 493).

const table = (first: string) =>
  [
    '表2：员工按岗位划分（单位：人）',
    '',
    '岗位                         2024年      占比（%）      2023年',
    '门店员工                       1,512         57.6       1,468',
    `仓储物流人员                     ${first}         28.0         702`,
    '采购人员                         129          4.9         121',
    '客服人员                         246          9.4         238',
    '合计                           2,622        100.0       2,529',
  ].join('\n');

describe('rows sharing a head noun above a closing total', () => {
  it('are siblings: the first is no total of the rows under it', () => {
    expect(checksOf('sum', table('735')).filter((c) => !c.holds)).toEqual([]);
  });

  it('leave the closing total to its own sum (a slipped cell still found)', () => {
    expect(checksOf('sum', table('753')).filter((c) => !c.holds)).toMatchObject([{ holds: false, stated: 2_622 }]);
  });
});
