import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.defined-ratio-row';
const ratios = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a colocation provider's key data: `IT energy` is no row the numerator's `reused energy` names, though `IT` is no word to
// the metric's tokens (read alone, the label would be `energy`, which both sides say)
const KEY_DATA = (erf2024: string) => `Key data                         Unit          2024        2023
IT energy                        MWh         212,400     198,600
Reused energy                    MWh          31,860      27,800
Energy reuse factor (ERF)        ratio          ${erf2024}        0.14

Note: ERF = reused energy / IT energy.
`;

describe('a defined ratio row over a row labelled with an abbreviation in capitals', () => {
  it('divides the reused energy by the IT energy, and calls the column that does not come out a mismatch', () => {
    expect(ratios(KEY_DATA('0.17'))).toEqual([
      [false, [31_860, 212_400, 0.17]],
      [true, [27_800, 198_600, 0.14]],
    ]);
  });

  it('holds where both columns come out', () => {
    expect(ratios(KEY_DATA('0.15'))).toEqual([
      [true, [31_860, 212_400, 0.15]],
      [true, [27_800, 198_600, 0.14]],
    ]);
  });
});
