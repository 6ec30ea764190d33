import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a tea maker's revenue by product: its shares, each rounded on its own, add up to 99.9, which its total row says
const table = (cell: string) =>
  [
    '表1  营业收入按产品构成（单位：万元）',
    '',
    '产品                  2024年        2023年      占比（%）',
    '绿茶                  21,460        19,880        50.6',
    '红茶                  12,380        11,640        29.2',
    `乌龙茶                 ${cell}         6,020        20.1`,
    '合计                  42,380        37,540        99.9',
    '注：占比因四舍五入，合计为99.9%。',
  ].join('\n');

const shareColumn = (cell: string) => checksOf('ratio', table(cell)).filter((c) => c.rule === 'ratio.table-share-column');

describe('a share column whose total row says what its rounded shares add up to (`99.9`)', () => {
  it('is read as the shares of the total row', () => {
    expect(shareColumn('8,540').map((c) => c.holds)).toEqual([true, true, true]);
  });

  it('finds a share its row`s amount no longer gives (`8,450` for 8,540)', () => {
    expect(shareColumn('8,450').filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value))).toEqual([[84_500_000, 423_800_000, 20.1]]);
  });
});
