import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a ferry operator's report: the sentence gives the fuel and the distance, then the rate they make
const ferries = (fuel: string, rate: string) =>
  [
    '2. Fuel',
    '',
    `Our ferries burned ${fuel} million litres of marine diesel to sail 1.9 million km, ${rate} litres per km.`,
    '',
    'Key figures              2024      2023',
    'Ferries in service          14        13',
  ].join('\n');

describe('a rate whose own sentence states just its two inputs before it', () => {
  it('holds when they give it', () => {
    expect(intensities(ferries('41.8', '22.0'))).toEqual([[true, [41_800_000, 1_900_000, 22]]]);
  });

  it('is a mismatch when they do not, however far off', () => {
    expect(intensities(ferries('418.0', '22.0'))).toEqual([[false, [418_000_000, 1_900_000, 22]]]);
  });

  it('reads no mismatch when the sentence holds a third figure', () => {
    const text = ferries('418.0', '22.0').replace('Our ferries', 'Our 14 ferries');
    expect(intensities(text).filter(([holds]) => !holds)).toEqual([]);
  });
});
