import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('scoped parts in a later paragraph', () => {
  it('are no parts of a total said in the running text of another', () => {
    const text = ['全年销售水泥4,286万吨，其中袋装水泥1,124万吨。', '', '（二）应对气候变化', '温室气体排放总量3,286.4万吨，其中范围一排放2,912.6万吨，范围二排放373.8万吨。', ''].join('\n');
    expect(sums(text).filter(([holds]) => !holds)).toEqual([]);
  });
});
