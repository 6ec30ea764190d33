import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a rate said before its new value, the old value after a `from`', () => {
  const text = (rate: string) => `Freshwater withdrawal fell ${rate}% to 18,420 megalitres in 2024, from 21,350 megalitres in 2023, as the new recycling plant came online.`;

  it('checks the rate from the old value to the new', () => {
    expect(checksOf('change', text('13.7')).filter((c) => c.rule === 'change.rate-new-old')).toMatchObject([{ holds: true, figures: [{ value: 21_350 }, { value: 18_420 }, { value: 13.7 }] }]);
  });

  it('finds a rate that does not come out', () => {
    expect(checksOf('change', text('14.7')).filter((c) => !c.holds)).toMatchObject([{ rule: 'change.rate-new-old', figures: [{ value: 21_350 }, { value: 18_420 }, { value: 14.7 }] }]);
  });

  it('reads `were up by … to …, compared with …` too', () => {
    const said = 'Deliveries were up by 6.4% to 1,862 vessels, compared with 1,750 a year earlier.';
    expect(checksOf('change', said).filter((c) => c.rule === 'change.rate-new-old')).toMatchObject([{ holds: true, figures: [{ value: 1_750 }, { value: 1_862 }, { value: 6.4 }] }]);
  });
});
