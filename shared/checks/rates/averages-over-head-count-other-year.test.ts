import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// This year's total and last year's said together, then the average per head: of this year's total only (the report's year
// read from its key figures' columns).
const text = (average: string) => `Tarn Valley Foods Sustainability Report 2024

At the end of 2024 we employed 1,450 people.

Water use was 58,000 m³ in 2024 against 61,600 m³ in 2023, down 5.8%. Water use per employee was ${average} m³.

Key figures                        2024        2023
Employees                         1,450       1,410
Energy use (MWh)                  9,820      10,140
`;

const averages = (t: string) => checksOf('ratio', t).filter((c) => c.rule === 'rate.average-over-head-count');

describe('an average per head after this year\'s total and last year\'s', () => {
  it('holds over this year\'s total', () => {
    expect(averages(text('40.0')).map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[true, [58_000, 1_450, 40]]]);
  });

  it('is not read over last year\'s total, which would hide a slip of it (61,600 over 1,450 is 42.5)', () => {
    expect(averages(text('42.5')).filter((c) => c.holds)).toEqual([]);
  });
});
