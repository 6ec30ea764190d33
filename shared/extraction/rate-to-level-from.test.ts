import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const read = (text: string) => extractFigures(text).map((f) => [f.value, f.valueMax]);

describe('a change\'s rate, the level it came to and the level it came from', () => {
  it('are three figures, no range (`rose 2.4% to 31.6% from 29.2%`, `fell 1.8% to 24.0%, against 25.8%`)', () => {
    expect(read('Its share of revenue rose 2.4% to 31.6% from 29.2%.')).toEqual([
      [2.4, undefined],
      [31.6, undefined],
      [29.2, undefined],
    ]);
    expect(read('Occupancy fell 1.8% to 24.0%, against 25.8% a year earlier.')).toEqual([
      [1.8, undefined],
      [24, undefined],
      [25.8, undefined],
    ]);
  });

  it('a rise of a range is still one (`grew by 25% to 50% from a low base`)', () => {
    expect(read('Online orders grew by 25% to 50% from a low base.')).toEqual([[25, 50]]);
  });
});
