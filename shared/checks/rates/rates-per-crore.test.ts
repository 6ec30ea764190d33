import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const inputs = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.rule === 'rate.intensity')
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an intensity per crore or lakh of rupees', () => {
  it('divides by the revenue in tens of millions (`tCO2e per ₹ crore`), its fiscal years read from the header', () => {
    const text =
      'Revenue (₹ crore)\n\n                                  FY 2024-25   FY 2023-24\nCement                                12,640       11,820\nTotal                                 14,230       13,120\n\n' +
      'Emissions (tCO2e)\n\n                                  FY 2024-25   FY 2023-24\nScope 1                              642,800      618,400\nScope 2                               84,260       80,120\nTotal                                727,060      698,520\nIntensity (tCO2e per ₹ crore)           51.09        53.24\n';
    expect(inputs(text)).toEqual(
      expect.arrayContaining([
        [true, [727_060, 142_300_000_000, 51.09]],
        [true, [698_520, 131_200_000_000, 53.24]],
      ]),
    );
  });
});
