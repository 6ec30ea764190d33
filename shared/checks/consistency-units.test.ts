import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const consistency = (...texts: string[]) => checksOf('consistency', ...texts);
const scope1 = (amount: string) => `In 2023 our Scope 1 greenhouse gas emissions totalled ${amount}.`;
const letter = 'Our Scope 1 greenhouse gas emissions were 4.6 MtCO2e in 2023, up on the year.';

describe('one metric stated in units a power of ten apart (Mt and kt, GWh and MWh)', () => {
  it('compares 4.6 MtCO2e with 4,720 ktCO2e on one scale: a mismatch', () => {
    expect(consistency(letter, scope1('4,720 ktCO2e'))).toMatchObject([{ holds: false, figures: [{ value: 4.6 }, { value: 4_720 }] }]);
  });

  it('holds 4.6 MtCO2e and 4,600 ktCO2e as one amount', () => {
    expect(consistency(letter, scope1('4,600 ktCO2e'))).toMatchObject([{ holds: true, figures: [{ value: 4.6 }, { value: 4_600 }] }]);
  });

  it('never groups 4.6 MtCO2e with 4.6 ktCO2e, a thousandth of it, as the same amount', () => {
    expect(consistency(letter, scope1('4.6 ktCO2e')).filter((c) => c.holds)).toEqual([]);
  });

  it('reads energy the same way: 2.8 GWh against 2,950 MWh', () => {
    const used = (amount: string) => `Electricity consumption across our data centres was ${amount} in 2023.`;
    expect(consistency(used('2.8 GWh'), used('2,950 MWh'))).toMatchObject([{ holds: false, figures: [{ value: 2.8 }, { value: 2_950 }] }]);
  });
});
