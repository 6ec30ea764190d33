import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const inputs = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.rule === 'rate.intensity')
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);

const report = (of2024: string) =>
  'Revenue (£m)\n\n                                   2024        2023\nUK                                412.6       398.4\nEurope                            430.2       407.8\nTotal                             842.8       806.2\n\n' +
  'Water withdrawn (m3)\n\n                                   2024        2023\nFactories                        64,200      66,800\nOffices                           4,120       4,360\nTotal                            68,320      71,160\n' +
  `Water intensity (m3 per £m revenue)  ${of2024}        88.3\n`;

describe('a table intensity whose row holds in another year', () => {
  it('is checked over the same rows’ cells of its own year, a mismatch when they do not give it', () => {
    expect(inputs(report('91.4'))).toEqual(
      expect.arrayContaining([
        [true, [71_160, 806.2e6, 88.3]],
        [false, [68_320, 842.8e6, 91.4]],
      ]),
    );
  });

  it('holds over them when they give it', () => {
    expect(inputs(report('81.1'))).toContainEqual([true, [68_320, 842.8e6, 81.1]]);
  });
});
