import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const points = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.percentage-points');

describe('points said of the last two of three shares in a sentence, one the year before\'s', () => {
  it('recomputes `准点率96.2%，退货率0.35%，较上年的0.42%下降N个百分点`', () => {
    const text = (pp: string) => `2024年，公司订单准点率96.2%，退货率0.35%，较上年的0.42%下降${pp}个百分点。`;
    expect(points(text('0.07'))).toMatchObject([{ holds: true, figures: [{ value: 0.42, role: 'old' }, { value: 0.35, role: 'new' }, { value: 0.07 }] }]);
    expect(points(text('0.7'))).toMatchObject([{ holds: false, stated: 0.7 }]);
  });

  it('recomputes `on-time 91.8% and lost baggage 0.46%, down from 0.58%, a fall of N percentage points`', () => {
    const text = (pp: string) => `Flights arrived on time 91.8% of the time and the lost-baggage rate was 0.46%, down from 0.58%, a fall of ${pp} percentage points.`;
    expect(points(text('0.12'))).toMatchObject([{ holds: true, figures: [{ value: 0.58, role: 'old' }, { value: 0.46, role: 'new' }, { value: 0.12 }] }]);
    expect(points(text('1.2'))).toMatchObject([{ holds: false, stated: 1.2 }]);
  });
});
