import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.rule === 'ratio.table-column-intensity')
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a cement maker's kilns, each row its clinker, its fuel energy and their quotient in the heading's GJ/t
const table = (rossmoor: string) =>
  'Table 3: Kiln performance by plant\n' +
  '                         Clinker produced    Fuel energy     Thermal energy\n' +
  "                         ('000 t)            (TJ)            (GJ/t)\n" +
  '  Hallam Ridge              2,840              9,372           3.30\n' +
  `  Rossmoor                  1,615              5,814           ${rossmoor}\n` +
  '  Dunstable Cut             1,204              4,455           3.70\n' +
  '  Wexcombe                    980              3,332           3.40\n';

describe('a table column headed by an intensity unit over the row’s other columns', () => {
  it('divides each row’s numerator cell by its denominator cell in the heading’s units (TJ over thousand tonnes in GJ/t)', () => {
    expect(intensities(table('3.60'))).toEqual([
      [true, [9_372, 2_840_000, 3.3]],
      [true, [5_814, 1_615_000, 3.6]],
      [true, [4_455, 1_204_000, 3.7]],
      [true, [3_332, 980_000, 3.4]],
    ]);
  });

  it('reports a row whose cell its own inputs do not give while the other rows hold', () => {
    expect(intensities(table('3.06'))).toContainEqual([false, [5_814, 1_615_000, 3.06]]);
  });
});
