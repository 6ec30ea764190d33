import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A unit column whose cell is a scale and a plural noun of what the row counts (`million tyres`).

const values = (text: string) => extractFigures(text).map((f) => [f.text, f.value] as const);

describe('a unit column stating a scale of counted things', () => {
  it('scales the row’s values by it, as a caption `(thousand vehicles)` would', () => {
    const table = [
      'Metric                          Unit                  FY2025       FY2024',
      'Vehicles sold                   thousand vehicles      612.4        570.9',
      'Two-wheelers dispatched         lakh units              18.6         17.2',
      'Passenger trips                 million passenger trips   41.2      39.7',
      'Charging points installed       number                 1,240          980',
    ].join('\n');
    const got = values(table);
    expect(got).toContainEqual(['612.4', 612400]);
    expect(got).toContainEqual(['570.9', 570900]);
    expect(got).toContainEqual(['18.6', 1860000]);
    expect(got).toContainEqual(['41.2', 41200000]);
    expect(got).toContainEqual(['1,240', 1240]);
  });
});
