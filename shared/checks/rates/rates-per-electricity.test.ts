import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an intensity per unit of electricity', () => {
  const report = [
    'Table 2: Electricity generated (GWh)',
    '                        2024        2023',
    'Coal                  18,420      21,960',
    'Gas                   12,110      11,480',
    'Wind and solar        10,750       8,310',
    'Total                 41,280      41,750',
    '',
    'Our Scope 1 emissions were 12,950,000 tCO2e in 2024. The carbon intensity of our generation in 2024 was 313.7 gCO2e/kWh.',
    '',
    'We consumed 28.4 million m³ of water in 2024, or 0.69 m³ per MWh generated.',
  ].join('\n');

  it('divides grams of CO2 per kWh by the GWh generated in the year, in kWh', () => {
    expect(intensities(report)).toContainEqual([true, [12_950_000, 41_280, 313.7]]);
  });

  it('divides cubic metres per MWh by the GWh generated, in MWh', () => {
    expect(intensities(report)).toContainEqual([true, [28_400_000, 41_280, 0.69]]);
  });
});
