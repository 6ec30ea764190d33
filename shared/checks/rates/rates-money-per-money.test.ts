import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a pomelo grower's report: what it paid its contract farmers in 亿元, the average price per kilogram, other sums of money nearby
const report = [
  '一、经营概况',
  '',
  '公司蜜柚鲜果收入41,260万元，同比增长7.1%，其中礼品果收入6,840万元。',
  '',
  '公司向订单果农收购蜜柚鲜果8.64万吨，较上年的7.92万吨增长9.1%，全年支付收购款3.46亿元，平均收购价每公斤4.0元，高于周边市场均价约0.3元。',
  '',
].join('\n');

describe('a price per kilogram in a sentence that states a sum in 亿元', () => {
  it('reads no intensity of money per 亿元 of money (0.3元 over 6,840万元 as 4.0 with its digits swapped)', () => {
    expect(checksOf('ratio', report).filter((c) => c.rule === 'rate.intensity' && !c.holds)).toEqual([]);
  });
});
