import { describe, expect, it } from 'vitest';
import { scaledTimes, grewLinearly } from './linear-growth';

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

describe('scaledTimes', () => {
  it('finds work that triples with its input linear', () => {
    expect(scaledTimes(linear, 16_000)).toSatisfy(grewLinearly);
  });

  it('finds work that grows ninefold with its input not linear', () => {
    // a pair stops being measured once it looks linear, so on a loaded machine one slow run of the
    // smaller size can make quadratic work look linear; of three measures, one must see it
    const verdicts = [0, 1, 2].map(() => grewLinearly(scaledTimes(quadratic, 6_000)));
    expect(verdicts).toContain(false);
  }, 120_000);
});
