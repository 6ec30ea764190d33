import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a change`s way said by `up` or `down` alone, after its two values', () => {
  it('checks `fell to 3.82 kWh from 4.16 kWh, down 8.2%` and finds the rate taken over the new value', () => {
    expect(changes('Electricity per patient visit fell to 3.82 kWh from 4.16 kWh, down 8.2%.')).toEqual([[true, [4.16, 3.82, 8.2]]]);
    expect(changes('Electricity per patient visit fell to 3.82 kWh from 4.16 kWh, down 8.9%.')).toEqual([[false, [4.16, 3.82, 8.9]]]);
  });

  it('checks `rose from 6,240 in 2023 to 6,710 in 2024, up 7.5%`', () => {
    expect(changes('Hospital admissions rose from 6,240 in 2023 to 6,710 in 2024, up 7.5%.')).toEqual([[true, [6240, 6710, 7.5]]]);
  });
});

describe('a rate said after its verb, then the old value and the new', () => {
  it('checks `fell 8.2% from 4.16 kWh to 3.82 kWh` and finds a rate that does not come out', () => {
    expect(changes('Electricity per patient visit fell 8.2% from 4.16 kWh to 3.82 kWh.')).toEqual([[true, [4.16, 3.82, 8.2]]]);
    expect(changes('Hospital admissions rose 9.5% from 6,240 to 6,710.')).toEqual([[false, [6240, 6710, 9.5]]]);
  });
});
