import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// an elder-care operator's key performance table, a unit column naming what each count counts
const table = (women: string) =>
  [
    '关键绩效表',
    '',
    '指标                  单位          2024年       2023年',
    '营业收入              万元          18,640       17,220',
    '养老机构              家                42           38',
    '入住老人              人             3,118        2,904',
    '床位总数              张             3,460        3,210',
    '男性员工              人             1,204        1,150',
    `女性员工              人             ${women}        2,010`,
    '员工总数              人             3,316        3,160',
    '用电量                万千瓦时         286          271',
  ].join('\n');

const columnSums = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.table-column');

describe('a key table\'s total row over counts of other things, each named in its unit column (`家`, `人` over `张`)', () => {
  it('sums no counts of another thing into it', () => {
    expect(columnSums(table('2,112')).filter((c) => c.stated === 3_460 || c.stated === 3_210)).toEqual([]);
  });

  it('still sums the counts of its own thing, and flags a slip among them', () => {
    expect(columnSums(table('2,112'))).toContainEqual(expect.objectContaining({ holds: true, stated: 3_316 }));
    expect(columnSums(table('2,121'))).toContainEqual(expect.objectContaining({ holds: false, stated: 3_316, expected: 3_325 }));
  });
});
