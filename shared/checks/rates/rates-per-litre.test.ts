import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a dairy's report: energy and water per litre of milk processed, over the litres its production section gives; water in
// cubic metres, its rate in litres (a thousand litres to the m³)
const dairy = (water: string) =>
  [
    '2. Production',
    '',
    'We processed 1,250 million litres of milk in 2024, 2.0% more than in 2023, across our four creameries.',
    '',
    '3. Energy and water',
    '',
    'We used 92,500 MWh of energy in 2024. Energy per litre of milk processed was 0.074 kWh.',
    `We withdrew 1,825,000 m3 of water in 2024. Water use per litre of milk processed was ${water} litres.`,
  ].join('\n');

describe('an intensity per litre of a liquid made', () => {
  it('divides energy and water by the litres made, water in m³ read in litres', () => {
    expect(intensities(dairy('1.46'))).toEqual([
      [true, [92_500, 1_250_000_000, 0.074]],
      [true, [1_825_000, 1_250_000_000, 1.46]],
    ]);
  });

  it('reports a rate in litres with two digits swapped', () => {
    expect(intensities(dairy('1.64'))).toContainEqual([false, [1_825_000, 1_250_000_000, 1.64]]);
  });
});
