import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.defined-ratio-row';
const ratios = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a ratio row whose note says its formula with `over` (`FCR is feed used over fish harvested`)', () => {
  // a fish farmer's key figures: the ratio is one row over another, said in words under the table
  const report = (cell2023: string) => `Key figures

Indicator                          Unit          2024        2023
Feed used                          tonnes      60,480      55,440
Fish harvested                     tonnes      52,600      46,200
Feed conversion ratio (FCR)        ratio         1.15        ${cell2023}

Note: FCR is feed used over fish harvested.
`;

  it('divides the rows as the note says: each year holds', () => {
    expect(ratios(report('1.20'))).toEqual([
      [true, [60_480, 52_600, 1.15]],
      [true, [55_440, 46_200, 1.2]],
    ]);
  });

  it('calls a cell that does not come out a mismatch', () => {
    expect(ratios(report('1.02'))).toContainEqual([false, [55_440, 46_200, 1.02]]);
  });
});
