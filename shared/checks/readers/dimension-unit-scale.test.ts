import { describe, expect, it } from 'vitest';
import { unitScale } from './dimension';

// One table of physical units for the checks that divide one measure by another (`table-column-intensities.ts`).

describe('unitScale', () => {
  it('reads a prefixed unit as its base unit times the prefix, case kept', () => {
    expect(unitScale('kg')).toEqual({ measure: 'mass', scale: 1e3 });
    expect(unitScale('Mt')).toEqual({ measure: 'mass', scale: 1e12 });
    expect(unitScale('TWh')).toEqual({ measure: 'energy', scale: 1e9 });
    expect(unitScale('GJ')).toEqual({ measure: 'energy', scale: 1e3 / 3.6 });
    expect(unitScale(' ML ')).toEqual({ measure: 'volume', scale: 1e6 });
  });

  it('reads named units and leaves a milli- or an unknown unit alone', () => {
    expect(unitScale('tonnes')).toEqual({ measure: 'mass', scale: 1e6 });
    expect(unitScale('m³')).toEqual({ measure: 'volume', scale: 1e3 });
    expect(unitScale('mL')).toBeUndefined();
    expect(unitScale('mt')).toBeUndefined();
    expect(unitScale('boe')).toBeUndefined();
  });
});
