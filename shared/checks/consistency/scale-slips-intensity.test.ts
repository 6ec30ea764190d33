import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const far = '\n\n' + 'The rest of this report describes our governance and risk management.\n\n'.repeat(20);
const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value));

describe('an amount per unit of something whose digits are a total\'s', () => {
  it('is the intensity the total makes over its output, no slip of the total\'s scale', () => {
    const text = `We used 254,300 MWh of electricity in 2024, 2.6% less than in 2023. Electricity per tonne of paper was 25.43 kWh, against 26.02 kWh in 2023.`;
    expect(mismatches(text)).toEqual([]);
  });

  it('still reads a total restated at another scale as a slip', () => {
    const text = `We used 254,300 MWh of electricity in 2024, 2.6% less than in 2023.${far}Electricity used in 2024 was 25.43 GWh.`;
    expect(mismatches(text)).toEqual([[254300, 25.43]]);
  });
});
