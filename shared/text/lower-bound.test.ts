import { describe, expect, it } from 'vitest';
import { lowerBound, lowerBoundBy } from './lower-bound';

describe('lowerBound', () => {
  it('finds the first index at least the value, the length past the last', () => {
    expect([0, 1, 2, 3, 4].map((v) => lowerBound([1, 1, 3], v))).toEqual([0, 0, 2, 2, 3]);
    expect(lowerBound([], 5)).toBe(0);
  });

  it('reads keys through a function (figures by their start)', () => {
    const starts = [{ start: 10 }, { start: 25 }, { start: 40 }];
    expect(lowerBoundBy(starts.length, (i) => starts[i]!.start, 26)).toBe(2);
    expect(lowerBoundBy(starts.length, (i) => starts[i]!.start, 10)).toBe(0);
  });
});
