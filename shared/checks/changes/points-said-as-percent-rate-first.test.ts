import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a water hygiene company: a business's share of revenue said as its change first, then the level it came to and the
// level it came from; the change is the points between them, written as a per cent
const said = (sentence: string) => checksOf('change', `Cooling tower treatment earned ₹38.60 crore; ${sentence} Tank cleaning grew 8.7%.`).filter((c) => c.rule === 'change.points-said-as-percent');

describe('a share\'s change said as a per cent before its two levels', () => {
  it('is checked as the per cent it says (`rose 2.4% to 31.6% from 29.2%`: 8.2%)', () => {
    expect(said('its share of revenue rose 2.4% to 31.6% from 29.2%.')).toMatchObject([{ holds: false, figures: [{ value: 29.2 }, { value: 31.6 }, { value: 2.4 }] }]);
  });

  it('with the earlier level after `against` (`fell 1.8% to 24.0%, against 25.8% a year earlier`)', () => {
    expect(said('its share of revenue fell 1.8% to 24.0%, against 25.8% a year earlier.')).toMatchObject([{ holds: false, figures: [{ value: 25.8 }, { value: 24 }, { value: 1.8 }] }]);
  });

  it('not when the rate is the levels\' change as a per cent (`rose 8.2% to 31.6% from 29.2%`)', () => {
    expect(said('its share of revenue rose 8.2% to 31.6% from 29.2%.')).toEqual([]);
  });
});
