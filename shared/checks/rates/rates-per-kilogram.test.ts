import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a coffee roaster's report: water in cubic metres, its rate per kilogram of coffee roasted in litres (a thousand litres to
// the m³, a thousand kilograms to the tonne), in the text and in the key figures' row named `per kg`
const roaster = (rate: string) =>
  [
    '2. Water',
    '',
    'We roasted 5,400 tonnes of coffee in 2024, up from the 5,000 tonnes of 2023.',
    `We withdrew 48,600 m3 of water in 2024, up from 47,500 m3 in 2023. That is ${rate} litres per kilogram of coffee roasted.`,
    '',
    'Key figures                  Unit        2024       2023',
    'Coffee roasted               tonnes      5,400      5,000',
    'Water withdrawal             m3         48,600     47,500',
    'Water per kg of coffee       litres        9.0        9.5',
  ].join('\n');

describe('a rate in litres per kilogram of output over water in m³ and output in tonnes', () => {
  it('holds in the text and in the key figures', () => {
    const found = intensities(roaster('9.0'));
    expect(found).toContainEqual([true, [48_600, 5_400, 9]]);
    expect(found).toContainEqual([true, [47_500, 5_000, 9.5]]);
  });

  it('is a mismatch when the text worked it over the year before’s output', () => {
    expect(intensities(roaster('9.7'))).toContainEqual([false, [48_600, 5_400, 9.7]]);
  });

  it('reads no mass per kilogram of output: a product’s footprint, worked over its life cycle', () => {
    const text = 'Our farms emitted 1.2 million tCO2e in 2024 and produced 800,000 tonnes of milk, or 0.91 kg CO2e per kilogram of milk.';
    expect(intensities(text)).toEqual([]);
  });
});
