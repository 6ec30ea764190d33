import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';
import { runChecks } from '../index';

// A Chinese share whose words name its whole, before its part (`出口订单中纯电动汽车占比`) or after 占 (`占出口订单的`):
// a share of that whole, not of the Total of a table whose row it names when the table counts something else.
// And a share whose whole a table row names, stated before it in its paragraph too: the paragraph's figure is its whole.

const production = (said: string) => `2024年，公司全年生产汽车152.6万辆，同比增长8.4%。

表2：汽车产量按动力类型划分（单位：万辆）

动力类型                 2024年        2023年
燃油汽车                  88.4          92.6
插电混动汽车              35.2          28.4
纯电动汽车                29.0          19.8
合计                     152.6         140.8

2024年，${said}，较上年提高6.2个百分点。
`;

const shareFindings = (said: string) => checksOf('ratio', production(said)).filter((c) => c.figures.some((f) => f.role === 'result' && f.value !== 100)).map((c) => [c.rule, c.holds] as const);

describe('a Chinese share naming its own whole', () => {
  it('is no share of the Total of a table counting another thing', () => {
    expect(shareFindings('出口订单中纯电动汽车占比达到31.5%')).toEqual([]);
    expect(shareFindings('纯电动汽车占出口订单的31.5%')).toEqual([]);
  });

  it('is still of the Total when the table’s caption names its whole', () => {
    expect(shareFindings('汽车产量中纯电动汽车占比达到21.0%')).toEqual([['ratio.table-cell-of-text-total', false]]);
    expect(shareFindings('纯电动汽车占比达到21.0%')).toEqual([['ratio.table-cell-of-text-total', false]]);
  });
});

describe('a share whose whole a table row names', () => {
  it('cites the whole as its paragraph states it before the share and as the row states it', () => {
    const text = `2023年，公司新签订单86艘、1,240.5万载重吨；其中LNG动力船舶702.3万载重吨，占新签订单的56.6%。

五、关键绩效

指标                单位              2023年        2022年
新签订单            万载重吨         1,240.5         986.4
完工交付            万载重吨           712.8         655.0
`;
    const share = runChecks([checkDoc('report.txt', text)]).find((c) => c.kind === 'ratio' && c.figures.some((f) => f.role === 'result' && f.value === 56.6));
    expect(share?.holds).toBe(true);
    const wholes = share!.figures.filter((f) => f.role === 'denominator' || f.role === 'mention').map((f) => text.slice(f.start, f.end).trim());
    expect(wholes.sort()).toEqual(['1,240.5', '1,240.5万载重吨']);
  });
});
