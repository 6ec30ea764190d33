import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a table\'s total row written with a digit dropped (2,736 for its rows\' 27,360)', () => {
  it('adds the rows under it though each is larger than the total as written', () => {
    const table = (total: string) =>
      `Table 4: Waste (tonnes)\n                                   2023        2022\nTotal waste generated             ${total}      27,860\n  Hazardous waste                  4,120       4,310\n  Non-hazardous waste             23,240      23,550\n`;
    expect(sums(table('2,736'))).toContainEqual([false, [2_736, 4_120, 23_240]]);
    expect(sums(table('27,360'))).toContainEqual([true, [27_360, 4_120, 23_240]]);
  });

  it('says nothing of rows whose sum is no power of ten from the total', () => {
    const table = `Table 4: Waste (tonnes)\n                                   2023        2022\nTotal waste generated              2,841      27,860\n  Hazardous waste                  4,120       4,310\n  Non-hazardous waste             23,240      23,550\n`;
    expect(sums(table).filter(([, figures]) => (figures as number[])[0] === 2_841)).toEqual([]);
  });
});
