import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const averages = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.average-over-head-count');

describe('an average said `N hours each on average` over the head count stated away from it', () => {
  const text = (average: string) =>
    ['Our people', 'At 31 March we had 3,420 employees in nine depots.', '', 'Learning', `Colleagues completed 92,340 hours of training in the year, ${average} hours each on average.`].join('\n');

  it('reads the average over the head count, reported when it holds', () => {
    expect(averages(text('27.0')).map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[true, [92_340, 3_420, 27]]]);
    expect(averages(text('29.0'))).toEqual([]);
  });
});
