import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a scope row above its own `其中` rows, in a table`s last column', () => {
  const table = (total2022: string) => `表3  经营活动温室气体排放
指标                              单位                      2023年         2022年
范围一排放                        吨二氧化碳当量            1,842.6        1,968.4
  其中：公务车辆                  吨二氧化碳当量              624.8          702.6
        食堂及锅炉天然气          吨二氧化碳当量            1,217.8        1,265.8
范围二排放（外购电力）            吨二氧化碳当量           18,426.4       19,248.2
温室气体排放总量                  吨二氧化碳当量           20,269.0       ${total2022}
`;
  const scoped = (text: string) =>
    checksOf('sum', text)
      .filter((c) => c.rule === 'sum.scoped-parts')
      .map((c) => [c.holds, c.stated])
      .sort((a, b) => Number(a[1]) - Number(b[1]));

  it('is still a part of the total below, as in the columns before it', () => {
    expect(scoped(table('21,216.6'))).toEqual([[true, 20_269], [true, 21_216.6]]);
    expect(scoped(table('21,252.6'))).toEqual([[true, 20_269], [false, 21_252.6]]);
  });
});
