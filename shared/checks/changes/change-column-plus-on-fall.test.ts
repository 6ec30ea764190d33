import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const columnChanges = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.year-on-year-column').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a change cell written with a plus on a row that fell', () => {
  it('says a rise, a turned sign (同比 column)', () => {
    const table = `表2：货运量按运输方式划分（单位：万吨）

运输方式              2024年        2023年        同比（%）
公路                  86.40         78.20          +10.5
铁路                  12.30         13.10           +6.1
水路                   4.20          3.80          +10.5
`;
    const checks = columnChanges(table);
    expect(checks).toContainEqual([false, [131_000, 123_000, 6.1]]);
    expect(checks).toContainEqual([true, [782_000, 864_000, 10.5]]);
  });

  it('says a rise in English too (Change column), and a bare size stays the change’s size', () => {
    const table = (cell: string) => `Table 4: Fuel consumed by fleet (kt)

Fleet                          2024        2023      Change (%)
Container ships               131.8       127.5           +3.4
Bulk carriers                  84.2        90.6           ${cell}
`;
    expect(columnChanges(table('+7.1'))).toContainEqual([false, [90.6, 84.2, 7.1]]);
    expect(columnChanges(table(' 7.1'))).toContainEqual([true, [90.6, 84.2, 7.1]]);
    expect(columnChanges(table('-7.1'))).toContainEqual([true, [90.6, 84.2, -7.1]]);
  });
});
