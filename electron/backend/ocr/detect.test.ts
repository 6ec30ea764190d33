import { describe, expect, it } from 'vitest';
import { regions } from './detect';

/** A probability map with the given rectangles at 0.9 (x0, y0, x1, y1 exclusive), optionally sheared by `skew` rows per column. */
function map(width: number, height: number, rects: [number, number, number, number][], skew = 0): Float32Array {
  const probability = new Float32Array(width * height);
  for (const [x0, y0, x1, y1] of rects) {
    for (let x = x0; x < x1; x++) {
      const shift = Math.round((x - x0) * skew);
      for (let y = y0 + shift; y < y1 + shift; y++) probability[y * width + x] = 0.9;
    }
  }
  return probability;
}

describe('regions', () => {
  it('finds each text region and grows it back by the unclip distance', () => {
    const quads = regions(map(200, 60, [[10, 10, 110, 20], [130, 10, 190, 20], [10, 40, 12, 41]]), 200, 60);
    expect(quads).toHaveLength(2); // the 2 × 1 speck is noise
    const [first] = quads.sort((a, b) => a[0][0] - b[0][0]);
    // 100 × 10, grown by 100 · 10 · 1.5 / (2 · 110) ≈ 6.8 on each side.
    expect(first![0][0]).toBeCloseTo(10 - 6.82, 1);
    expect(first![0][1]).toBeCloseTo(10 - 6.82, 1);
    expect(first![2][0]).toBeCloseTo(110 + 6.82, 1);
    expect(first![2][1]).toBeCloseTo(20 + 6.82, 1);
  });

  it('turns every region by the page\'s skew, measured on its long lines', () => {
    const skew = 0.02; // about 1.1°
    const quads = regions(map(400, 80, [[10, 10, 310, 20], [10, 40, 310, 50], [330, 10, 350, 20]], skew), 400, 80);
    for (const [topLeft, topRight] of quads) {
      expect((topRight[1] - topLeft[1]) / (topRight[0] - topLeft[0])).toBeCloseTo(skew, 2);
    }
  });

  it('drops regions the detector is unsure of', () => {
    const probability = map(100, 40, [[10, 10, 90, 20]]).map((value) => (value > 0 ? 0.5 : 0));
    expect(regions(probability, 100, 40)).toEqual([]);
  });
});
