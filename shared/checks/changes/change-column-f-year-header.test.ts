import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a change column beside fiscal years written `F2024`', () => {
  const table = (cell: string) => `Table 2  Concentrate delivered                                  (000 tonnes)
Shaft                           F2024          F2023     Change (%)
Number 3 shaft                  1,284          1,216           +5.6
Number 5 shaft                    942            988         ${cell}
Total                           2,226          2,204           +1.0
`;

  it('reads each row from the year before to the year', () => {
    const checks = checksOf('change', table('-4.7')).filter((c) => c.rule === 'change.year-on-year-column');
    expect(checks.map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([
      [true, [1_216_000, 1_284_000, 5.6]],
      [true, [988_000, 942_000, -4.7]],
      [true, [2_204_000, 2_226_000, 1]],
    ]);
  });

  it('finds a cell that does not come out', () => {
    expect(checksOf('change', table('-7.4')).filter((c) => !c.holds)).toMatchObject([{ rule: 'change.year-on-year-column', figures: [{ value: 988_000 }, { value: 942_000 }, { value: -7.4 }] }]);
  });
});

describe('a sentence stating its year before as `(F2023: …)`', () => {
  it('is of the fiscal year the bracket names', async () => {
    const { periodOf } = await import('../../metrics/period');
    const text = 'Water withdrawn was 8,412 ML (F2023: 8,206 ML).';
    expect(periodOf(text, 0, text.length, text.indexOf('8,206'), text.indexOf('8,206') + 5)).toBe('F2023');
  });
});
