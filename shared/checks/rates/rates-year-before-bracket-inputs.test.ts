import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rates = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.injury-frequency').map((c) => [c.holds, ...c.figures.map((f) => f.value)]);

describe('a frequency rate of the year before, its inputs before it in its own bracket', () => {
  it('reads `事故率为0.31（2023年：12起，3,420万小时，0.35）` as 12 over 3,420万小时', () => {
    const text = '2024年，公司发生损工事故11起，总工时3,786万小时，百万工时损工事故率为0.29（2023年：12起，3,420万小时，0.35）。';
    expect(rates(text)).toContainEqual([true, 12, 34_200_000, 0.35]);
  });

  it('reads `(2023: 31 injuries, 58.4 million hours, 0.53)` in English', () => {
    const text = 'We recorded 24 lost-time injuries in 61.2 million hours worked, a lost-time injury frequency rate of 0.39 (2023: 31 injuries, 58.4 million hours, 0.53).';
    expect(rates(text)).toContainEqual([true, 31, 58_400_000, 0.53]);
  });
});
