import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

describe("a table's total row is named by the measure its caption names", () => {
  it('`售电量…同比增长N%` against the 合计 row of `表3 售电量构成（单位：亿千瓦时）`', () => {
    const grid = (rate: string) =>
      `2023年，公司完成售电量1,286.4亿千瓦时，同比增长${rate}%，其中第二产业用电保持增长。\n\n表3 售电量构成（单位：亿千瓦时）\n用电类别\t2022年\t2023年\t2023年占比\n第一产业\t18.6\t20.4\t1.6%\n第二产业\t812.4\t861.2\t66.9%\n第三产业\t196.8\t226.4\t17.6%\n城乡居民生活\t160.8\t178.4\t13.9%\n合计\t1,188.6\t1,286.4\t100.0%\n`;
    expect(changes(grid('8.2'))).toMatchObject([{ holds: true }]);
    expect(changes(grid('2.8'))).toMatchObject([{ holds: false, stated: 2.8 }]);
  });

  it('`Water put into supply rose N% to …` against the Total row of `Table 4 Water put into supply by region (Ml/d)`', () => {
    const water = (rate: string) =>
      `Water put into supply rose ${rate}% to 1,264.8 Ml/d as the hot summer lifted demand.\n\nTable 4 Water put into supply by region (Ml/d)\nRegion              2022-23     2023-24\nNorth                 512.6       528.4\nSouth                 486.2       502.6\nCoastal               222.0       233.8\nTotal               1,220.8     1,264.8\n`;
    expect(changes(water('3.6'))).toMatchObject([{ holds: true }]);
    expect(changes(water('6.3'))).toMatchObject([{ holds: false, stated: 6.3 }]);
  });

  it('not by a caption that is a sentence, nor a total row by words the text says of another measure', () => {
    const said = `Water put into supply rose 3.6% to 1,264.8 Ml/d as the hot summer lifted demand.\n\nThe regions' figures follow.\nRegion              2022-23     2023-24\nNorth                 512.6       528.4\nTotal               1,220.8     1,264.8\n`;
    expect(changes(said)).toEqual([]);
  });
});
