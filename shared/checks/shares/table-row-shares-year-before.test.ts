import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-table-rows').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe("the year before's share of the same table rows, said after this year's (`against 7.0% in FY 2023-24`)", () => {
  const report = (before: string) =>
    [
      'Table 3: Passengers carried (million)',
      '',
      '                          2024        2023',
      'Domestic                  41.26       39.84',
      'International             18.62       15.48',
      '  of which long-haul       8.40        5.92',
      'Total                     59.88       55.32',
      '',
      `Long-haul passengers made up 45.1% of international passengers, against ${before} in 2023, as routes to Asia reopened.`,
      '',
    ].join('\n');

  it("reads it as the rows' cells in that year's column", () => {
    expect(shares(report('38.2%'))).toEqual(expect.arrayContaining([[true, [8.4e6, 18.62e6, 45.1]], [true, [5.92e6, 15.48e6, 38.2]]]));
    expect(shares(report('36.2%'))).toEqual(expect.arrayContaining([[false, [5.92e6, 15.48e6, 36.2]]]));
  });
});
