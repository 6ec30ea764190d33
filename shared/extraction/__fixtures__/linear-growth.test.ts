import { describe, expect, it } from 'vitest';
import { doublingTimes, grewLinearly } from './linear-growth';

// The measure the linear-time tests stand on must tell the two growths apart.

const linear = (size: number) => () => {
  let sum = 0;
  for (let i = 0; i < size * 4000; i++) sum += i % 7;
  return sum;
};

const quadratic = (size: number) => () => {
  let sum = 0;
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) sum += (i ^ j) & 1;
  return sum;
};

describe('doublingTimes', () => {
  it('finds work that doubles with its input linear', () => {
    expect(doublingTimes(linear, 16_000)).toSatisfy(grewLinearly);
  });

  it('finds work that quadruples with its input not linear', () => {
    // a pair stops being measured once it looks linear, so on a loaded machine one slow run of the
    // smaller size can make quadratic work look linear; of three measures, one must see it
    const verdicts = [0, 1, 2].map(() => grewLinearly(doublingTimes(quadratic, 16_000)));
    expect(verdicts).toContain(false);
    // three quadratic measures take 10-20 s on an idle machine, over 30 s at a load of 8
  }, 120_000);
});
