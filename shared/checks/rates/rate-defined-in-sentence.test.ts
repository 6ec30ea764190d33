import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rule = 'ratio.rate-defined-in-sentence';
const rates = (text: string) => checksOf('ratio', text).filter((c) => c.rule === rule).map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a salmon farmer's feed conversion ratio, its formula said in the sentence and its inputs in the key figures
const report = (ratio: string) =>
  'Farming\n\n' +
  `We harvested 52,600 tonnes of salmon in 2024. Our economic feed conversion ratio (eFCR), feed used divided by fish harvested, was ${ratio}, ` +
  'against 1.20 in 2023, as lice treatments were fewer.\n\n' +
  'Key figures\n\nIndicator                   Unit        2024      2023\nFeed used                   tonnes    60,480    55,440\nFish harvested              tonnes    52,600    46,200\n';

describe('a ratio whose sentence names what it divides', () => {
  it('is this year\'s named rows over each other', () => {
    expect(rates(report('1.15'))).toEqual([
      [true, [60_480, 52_600, 1.15]],
      [true, [55_440, 46_200, 1.2]],
    ]);
  });
  it('is a mismatch when it holds only over last year\'s input (60,480 over 2023\'s 46,200 is 1.31)', () => {
    expect(rates(report('1.31'))[0]).toEqual([false, [60_480, 52_600, 1.31]]);
  });
  it('is none when a side names no row', () => {
    const text = report('1.15').replace('Fish harvested              tonnes', 'Salmon sold                 tonnes');
    expect(rates(text)).toEqual([]);
  });
});
