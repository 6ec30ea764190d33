import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// "A share in the year before's bracket is that year's": `a loss rate of 4.0% (2023: 4.6%)` after this year's
// pair gives the pair's share and the year before's, which is no quotient of this year's figures.

const ratios = (text: string) => checksOf('ratio', text).map((c) => ({ holds: c.holds, stated: c.stated }));

describe("a share in the year before's bracket after this year's pair and share", () => {
  it("recomputes this year's share and leaves the year before's (`4.0% (2023: 4.6%)`)", () => {
    const text = 'Our hatcheries placed 18.6 million chicks in 2024 and lost 0.74 million of them before transfer, a loss rate of 4.0% (2023: 4.6%).';
    expect(ratios(text)).toEqual([{ holds: true, stated: 4 }]);
  });

  it('still calls this year\'s own share a mismatch when it does not come out', () => {
    const text = 'Our hatcheries placed 18.6 million chicks in 2024 and lost 0.74 million of them before transfer, a loss rate of 4.4% (2023: 4.6%).';
    expect(ratios(text)).toEqual([{ holds: false, stated: 4.4 }]);
  });
});
