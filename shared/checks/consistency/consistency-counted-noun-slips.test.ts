import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a truck maker's report: the chief executive's letter, its deliveries table and a climate section naming the trucks by their noun
const report = (climate: string) =>
  [
    'Letter from the Chief Executive',
    '',
    'Deliveries rose 8.4% to 61,250 vehicles, and our electric truck volumes grew 41.2% to 12,600 units.',
    '',
    'Table 2: Deliveries (units)',
    '',
    '                          2024        2023',
    'Diesel trucks           48,650      48,110',
    'Electric trucks         12,600       8,923',
    'Total                   61,250      57,033',
    '',
    '5. Climate',
    '',
    `${climate} we estimate the emissions they avoid over their lives at 1.9 million tCO2e.`,
  ].join('\n');

const mismatches = (climate: string) => checksOf('consistency', report(climate)).filter((c) => !c.holds);

describe('a count whose noun is the metric of a count its digits restate a power of ten apart (`The 1,260 electric trucks` of `electric truck volumes … 12,600 units`)', () => {
  it('flags the slipped count against the letter and the table row', () => {
    const found = mismatches('The 1,260 electric trucks we delivered this year haul on regional routes;');
    expect(found).toHaveLength(1);
    expect(found[0]!.figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([1_260, 12_600, 12_600]);
  });

  it('holds the count said right', () => {
    expect(mismatches('The 12,600 electric trucks we delivered this year haul on regional routes;')).toEqual([]);
  });
});
