import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rates = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.table-row-rate').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a rate said alone of a table row, `improved` or after its clause\'s year', () => {
  const english = (rate: string) => `Table 5: Service performance
Measure                     2022        2023
Mains bursts (number)       3,412       3,105
Customer contacts           48,260      51,930

Mains bursts improved ${rate}% after we replaced 186 km of cast-iron pipe.
`;

  it('reads `improved N%` as the row\'s change whichever way its values went (its size is checked)', () => {
    expect(rates(english('9.0'))).toEqual([[true, [3412, 3105, 9]]]);
    expect(rates(english('11.2'))).toEqual([[false, [3412, 3105, 11.2]]]);
  });

  const chinese = (year: string, rate: string) => `表3 供水运营数据
指标	2022年	2023年
售水量（万立方米）	28,640	29,812
管网漏损率（%）	9.86	9.12

${year}年售水量同比增长${rate}%，主要受新增供水片区带动。
`;

  it('reads `2023年售水量同比增长N%`, the clause opening on the table\'s latest year', () => {
    expect(rates(chinese('2023', '4.1'))).toEqual([[true, [286_400_000, 298_120_000, 4.1]]]);
    expect(rates(chinese('2023', '5.1'))).toEqual([[false, [286_400_000, 298_120_000, 5.1]]]);
  });

  it('pairs no row when the clause names another year than the latest', () => {
    expect(rates(chinese('2022', '4.1'))).toEqual([]);
  });
});
