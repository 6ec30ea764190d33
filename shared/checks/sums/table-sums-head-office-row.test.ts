import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// `总` of `总部` (head office), `总经理`, `总裁` names a chief or a head office, not a total: a site's row `杭州总部`
// is a part of its column, and the 合计 under it totals it with the rows after it
const table = (total: string) =>
  [
    '表3：电池产量按基地划分（单位：万只）',
    '',
    '生产基地                 2024年      2023年',
    `杭州总部                 6,420       5,980`,
    '宜宾基地                 3,860       3,410',
    '越南海防工厂             1,240       1,050',
    `合计                     ${total}      10,440`,
    '',
  ].join('\n');
const sums = (text: string) => checksOf('sum', text).filter((c) => c.figures[0]!.value >= 10_000 * 10_000).map((c) => [c.holds, c.figures.map((f) => f.value / 10_000)]);

describe('a head office\'s row under a 合计', () => {
  it('is a part of the column\'s sum', () => {
    expect(sums(table('11,520'))).toContainEqual([true, [11_520, 6_420, 3_860, 1_240]]);
  });

  it('so a total that no longer adds is a mismatch', () => {
    expect(sums(table('11,250'))).toContainEqual([false, [11_250, 6_420, 3_860, 1_240]]);
  });
});
