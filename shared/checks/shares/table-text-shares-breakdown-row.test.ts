import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A revenue table with a `其中：` row after its last category, and a letter whose sentence opens its share with 其中 (`其中线上收入
// 占营业收入的41.2%`): the sentence's 其中 names none of the table's rows, the `其中：` row's own words (预制菜) do.
const page = (share: string) => `2024年公司实现营业收入86,500万元，同比增长6.3%，其中线上收入占营业收入的${share}%。

表1　营业收入构成（单位：万元）

                          2024年      2023年    占比（%）
中式糕点                  41,200      38,900       47.6
冷冻面点                  28,700      27,300       33.2
饮品                      16,600      15,200       19.2
其中：预制菜              12,100      10,400       14.0
合计                      86,500      81,400      100.0
`;

const onRow = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-cell-of-text-total' && c.figures.some((f) => f.value === 41.2 || f.value === 14));

describe('a share whose sentence opens with 其中, beside a table with a `其中：` row', () => {
  it('is not read as that row\'s share: 其中 names no category', () => {
    expect(onRow(page('41.2'))).toEqual([]);
  });

  it('leaves a share naming the row by its own words to be read over it', () => {
    const named = page('41.2').replace('其中线上收入占营业收入的41.2%', '其中预制菜收入占营业收入的14.0%');
    expect(checksOf('ratio', named).some((c) => c.rule === 'ratio.table-cell-of-text-total' && c.holds && c.figures.some((f) => f.value === 12_100 * 1e4))).toBe(true);
  });
});
