import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.defined-ratio-row';
const ratios = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a KPI table\'s unit cell of a unit with a digit of its own, then words (`kgCO2e per tonne of cement`)', () => {
  // a cement maker's key figures: the intensity row's unit names its gas, the note defines the ratio
  const report = (cell2023: string) => `KEY FIGURES

Indicator                          Unit                             2024          2023
Cement produced                    thousand tonnes                 8,642         8,915
Scope 1 emissions                  tCO2e                       5,264,000     5,521,000
Emission intensity                 kgCO2e per tonne of cement        609           ${cell2023}
Employees                          persons                         3,412         3,508

Note: emission intensity = Scope 1 emissions / cement produced.
`;

  it('reads the row as its table\'s, and divides it as the note says: each year holds', () => {
    expect(ratios(report('619'))).toEqual([
      [true, [5_264_000, 8_642_000, 609]],
      [true, [5_521_000, 8_915_000, 619]],
    ]);
  });

  it('calls a cell with two digits swapped a mismatch', () => {
    expect(ratios(report('691'))).toContainEqual([false, [5_521_000, 8_915_000, 691]]);
  });
});
