import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a rate said of a table category', () => {
  const text = (after: string) => `截至2023年末，本公司共有员工8,412名，其中男性5,236名、女性3,176名。${after}

表3 员工构成
类别	2023年
男性	5,236
女性	3,176
合计	8,412
`;

  it('is no share of the category\'s head count: `男性流失率10.4%`', () => {
    const rates = checksOf('ratio', text('全年共有946名员工离职，员工流失率为11.2%，其中男性流失率10.4%，女性流失率12.5%。'));
    expect(rates.filter((c) => c.rule === 'ratio.table-cell-of-text-total')).toEqual([]);
  });

  it('while a share of it still is: `女性员工占比37.6%`', () => {
    expect(checksOf('ratio', text('女性员工占比37.6%。'))).toContainEqual(expect.objectContaining({ rule: 'ratio.table-cell-of-text-total', holds: false, stated: 37.6 }));
  });
});

describe('a change said with a word between its verb and its rate', () => {
  // a brewery's water: the Total's rate and a row's, `rose only 2.1%`, beside a table whose rows add up to the text's total
  const text = (rate: string) => `Table 2: Water use (thousand m³)

Use                      2024        2023     Change (%)
Brewing                 1,842       1,806          +2.0
Cleaning                  412         404          +2.0
Cooling and other         386         410          -5.9
Total                   2,640       2,620          +0.8

Total water use rose 0.8% to 2,640 thousand m³. Cleaning water ${rate}, as we reused the final rinse.
`;

  it('is no share of the row: `rose only 2.0%`, `grew just 2.0%`', () => {
    for (const rate of ['rose only 2.0%', 'grew just 2.0%'])
      expect(checksOf('ratio', text(rate)).filter((c) => c.rule === 'ratio.table-cell-of-text-total')).toEqual([]);
  });
});
