import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shareOf = (text: string, stated: number) => checksOf('ratio', text).filter((c) => c.stated === stated).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a share of a part said as `N of them` or `N of our <noun>`', () => {
  it('reads `2,302 of them …, N% of the concerns raised` over the figure `them` points back to, not the year before in brackets', () => {
    const text = (share: string) =>
      `Speaking up\nOur hotline logged 2,480 concerns in 2024 (2023: 2,614), and 2,302 of them were closed within 30 days, ${share}% of the concerns raised. Each case is reviewed by the ethics office.\n`;
    expect(shareOf(text('92.8'), 92.8)).toEqual([[true, [2_302, 2_480, 92.8]]]);
    expect(shareOf(text('88.1'), 88.1)).toEqual([[false, [2_302, 2_480, 88.1]]]);
  });

  it('reads `286 of our drivers, N% of the driving workforce` over the count of drivers, not all the people employed', () => {
    const text = (share: string) =>
      `Our people\nAt year end we employed 4,260 people: 3,180 drivers and 1,080 staff in depots and offices. Women work as 286 of our drivers, ${share}% of the driving workforce.\n`;
    expect(shareOf(text('9.0'), 9)).toEqual([[true, [286, 3_180, 9]]]);
    expect(shareOf(text('6.7'), 6.7)).toEqual([[false, [286, 3_180, 6.7]]]);
  });
});
