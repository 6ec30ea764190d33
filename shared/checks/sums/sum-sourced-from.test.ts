import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);
const text = (certificates: string) => `The 48,200 MWh of renewable electricity we used in 2023 came from on-site solar (6,140 MWh), wind power purchase agreements (29,870 MWh) and certificates (${certificates} MWh).`;

describe('a whole said to come from sources that `and` closes', () => {
  it('is the sum of those sources', () => {
    expect(sums(text('12,190'))).toEqual([[true, [48_200, 6_140, 29_870, 12_190]]]);
    expect(sums(text('12,910'))).toEqual([[false, [48_200, 6_140, 29_870, 12_910]]]);
  });
});
