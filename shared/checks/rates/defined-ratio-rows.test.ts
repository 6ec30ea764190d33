import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.defined-ratio-row';
const ratios = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a ratio row whose note defines it as one row of its table over another', () => {
  // a poultry producer: the FCR row's formula only in the notes under the table
  const report = (fcr2022: string, note = 'FCR = feed delivered / live weight produced.') => `Production
                                        2023          2022
Birds placed (million)                  48.6          46.2
Feed delivered (tonnes)              412,600       398,200
Live weight produced (tonnes)        248,300       236,900
Feed conversion ratio (FCR)             1.66          ${fcr2022}

Notes: ${note} Birds placed include breeder flocks.
`;

  it('divides each column of the row by the rows the note names', () => {
    expect(ratios(report('1.68'))).toEqual([
      [true, [412_600, 248_300, 1.66]],
      [true, [398_200, 236_900, 1.68]],
    ]);
  });

  it('reads `divided by` as the slash', () => {
    expect(ratios(report('1.68', 'The FCR is feed delivered divided by live weight produced.'))).toHaveLength(2);
  });

  it('calls a column that does not come out a mismatch, the formula being named', () => {
    expect(ratios(report('1.86'))).toContainEqual([false, [398_200, 236_900, 1.86]]);
  });
});
