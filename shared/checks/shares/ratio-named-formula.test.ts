import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const ratios = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.named-formula').map((c) => [c.holds, c.figures.map((f) => f.value)]);
const report = (intensity: string) =>
  [
    '11. Turnover (revenue from operations)       ₹ 45,480 crore (FY 2022-23: ₹ 42,750 crore)',
    '',
    '3. Details of water withdrawal and consumption (in kilolitres):',
    '',
    'Parameter                                                   FY 2023-24      FY 2022-23',
    'Total volume of water withdrawal (i + ii)                     4,86,240        5,12,806',
    'Total water consumption                                       3,92,118        4,20,650',
    `Water intensity per rupee of turnover                             ${intensity}            9.84`,
    '(Total water consumption / Revenue from operations, KL per ₹ crore)',
    '',
  ].join('\n');

describe('an intensity row that spells out its formula', () => {
  it('divides the row its numerator names by the figure its denominator names, per its unit\'s scale', () => {
    expect(ratios(report('8.62'))).toEqual([
      [true, [392_118, 45_480e7, 8.62]],
      [true, [420_650, 42_750e7, 9.84]],
    ]);
    expect(ratios(report('8.26'))).toContainEqual([false, [392_118, 45_480e7, 8.26]]);
  });
});
