import { describe, expect, it } from 'vitest';
import { decodeCtc } from './recognise';

const NAMES = ['', 'a', 'b', ' '];

/** One row of class probabilities per step, the given class at 0.9. */
function steps(classes: number[]): Float32Array {
  const probabilities = new Float32Array(classes.length * NAMES.length).fill(0.1 / (NAMES.length - 1));
  classes.forEach((best, step) => (probabilities[step * NAMES.length + best] = 0.9));
  return probabilities;
}

describe('decodeCtc', () => {
  it('merges repeats, drops blanks and keeps a character read twice with a blank between', () => {
    const chars = decodeCtc(steps([1, 1, 0, 1, 2, 0, 3, 2]), 8, NAMES.length, NAMES, 1 / 8);
    expect(chars.map((char) => char.char).join('')).toBe('aab b');
  });

  it('places each character at the steps it was read, as shares of the line', () => {
    const [first, second] = decodeCtc(steps([0, 1, 1, 0, 2, 0, 0, 0]), 8, NAMES.length, NAMES, 1 / 8);
    expect(first).toEqual({ char: 'a', from: 1 / 8, to: 3 / 8, confidence: expect.closeTo(0.9, 5) });
    expect(second).toMatchObject({ char: 'b', from: 4 / 8, to: 5 / 8 });
  });

  it('ignores steps over the padding beyond a shorter line of a batch', () => {
    // The line is half the batch's width: each step is a quarter of it, and steps 4 on are padding.
    const chars = decodeCtc(steps([1, 0, 2, 0, 1, 1, 2, 2]), 8, NAMES.length, NAMES, 1 / 4);
    expect(chars.map((char) => char.char).join('')).toBe('ab');
  });
});
