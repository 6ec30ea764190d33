import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.defined-ratio-row';
const ratios = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a defined KPI row said again in the text, last year\'s value after it (`, against 0.63 in 2023`)', () => {
  // a paper mill: the text says this year's intensity, then last year's with its year; the note defines the ratio
  const english = `2.1 Energy

Energy consumption fell 1.4% to 826.4 thousand GJ; energy intensity was 2.41 GJ per tonne of paper produced, against
2.63 in 2023.

KEY FIGURES

Indicator                          Unit              2024        2023
Paper produced                     thousand tonnes  342.6       318.1
Energy consumption                 thousand GJ      826.4       838.1
Energy intensity                   GJ per tonne      2.41        2.63

Note: energy intensity = energy consumption / paper produced.
`;

  it('divides this year\'s figure by this year\'s rows and last year\'s by last year\'s: every one holds', () => {
    const found = ratios(english);
    expect(found).toContainEqual([true, [826_400, 342_600, 2.41]]);
    expect(found.every(([holds]) => holds)).toBe(true);
  });

  // a ferry line: the prose names 2024, so the table's 2024 cells carry no year of their own (the report's), only 2023's do
  const ownYear = `2.1 Crossings

We carried 1,250 thousand passengers in 2024, against 1,180 thousand in 2023, and fares brought in £40,000 thousand.
Fare revenue per passenger was £32.00, against £31.40 in 2023.

Key figures

Indicator                      Unit              2024        2023
Passengers                     thousand         1,250       1,180
Fare revenue                   GBP thousand    40,000      37,052
Fare revenue per passenger     GBP              32.00       31.40

Note: fare revenue per passenger = fare revenue / passengers.
`;

  it('sets this year\'s figure over the undated column of the report\'s own year, not over last year\'s inputs', () => {
    const found = ratios(ownYear);
    expect(found.filter(([holds]) => !holds)).toEqual([]);
  });
});
