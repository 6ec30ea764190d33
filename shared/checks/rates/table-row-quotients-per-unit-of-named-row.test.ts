import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const quotients = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.rule === 'ratio.table-row-quotient')
    .map((c) => [c.holds, c.figures[2]!.value, c.figures.map((f) => text.slice(text.lastIndexOf('\n', f.start) + 1, f.start).trim().split(/\s{2,}/)[0])]);

describe('an intensity row per a unit of what a named row measures (`GJ per tonne crushed`)', () => {
  // a sugar miller's key data: two rows in tonnes, the intensity's words after its unit name the one it is per
  const report = (energy2024: string) => `Key performance data                              FY2024         FY2023
Cane crushed (000 t)                               4,862          4,615
Sugar produced (000 t)                               586            552
Energy used (TJ)                                   9,480          9,160
Energy intensity (GJ per tonne crushed)             ${energy2024}           1.98
Water withdrawn (ML)                               6,240          6,105
Water intensity (m³ per tonne crushed)              1.28           1.32
`;

  it('divides the energy and water rows by the row the words after the unit name, not by the other row in tonnes', () => {
    const found = quotients(report('1.95'));
    expect(found).toContainEqual([true, 1.95, ['Energy used (TJ)', 'Cane crushed (000 t)', 'Energy intensity (GJ per tonne crushed)']]);
    expect(found).toContainEqual([true, 1.98, ['Energy used (TJ)', 'Cane crushed (000 t)', 'Energy intensity (GJ per tonne crushed)']]);
    expect(found).toContainEqual([true, 1.28, ['Water withdrawn (ML)', 'Cane crushed (000 t)', 'Water intensity (m³ per tonne crushed)']]);
    expect(found).toContainEqual([true, 1.32, ['Water withdrawn (ML)', 'Cane crushed (000 t)', 'Water intensity (m³ per tonne crushed)']]);
  });

  it('shows the formula over the figures as written: TJ over thousand tonnes is GJ per tonne, no factor', () => {
    const energy = checksOf('ratio', report('1.95')).find((c) => c.rule === 'ratio.table-row-quotient' && c.stated === 1.95);
    expect(energy?.message).toBe('✓ 9,480 / 4,862 = 1.95');
  });

  it('calls a cell with its digits turned a mismatch when the other year holds', () => {
    expect(quotients(report('1.59'))).toContainEqual([false, 1.59, ['Energy used (TJ)', 'Cane crushed (000 t)', 'Energy intensity (GJ per tonne crushed)']]);
  });
});
