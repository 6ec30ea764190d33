import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('ratio', text).filter((c) => !c.holds);

describe('a share `of the total` after an amount its sentence joins by `and`', () => {
  it('is no share of that sibling (`grid electricity fell 3.0% to 3,600 MWh, and the solar array supplied 1,260 MWh, or 15.0% of the total`)', () => {
    expect(mismatches('We used 8,400 MWh of energy in 2024. Grid electricity fell 3.0% to 3,600 MWh, and the solar array supplied 1,260 MWh, or 15.0% of the total.')).toEqual([]);
  });

  it('but of a whole the sentence breaks down (`5,106 employees, including 1,860 women, or 38.4% of the total`: 36.4%)', () => {
    expect(mismatches('At year end we had 5,106 employees, including 1,860 women, or 38.4% of the total.')).toMatchObject([{ figures: [{ value: 1_860 }, { value: 5_106 }, { value: 38.4 }] }]);
  });
});
