import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A quotient holding over a table's year-before column, worked out over the latest column where a row's latest cell
// repeats its year before and the text gives the year another value the table's own rate stands on.

const overStale = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.rule === 'ratio.over-stale-cell')
    .map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);

const table = (water: string, perRevenue: string) =>
  '\n\nKey figures\n\nIndicator                        Unit              2024       2023\nRevenue                          EUR million       84.0       80.0\n' +
  `Water withdrawal                 m3              ${water}     20,000\nWater per EUR million revenue    m3                 ${perRevenue}        250\n`;

describe("a quotient over a latest cell that is last year's left in place", () => {
  const text = '2.3 Water\n\nWater withdrawal fell 6.0% to 18,800 m3 as we reused rinse water in both dye houses.';

  it("does not hold over the cell when the table's rate stands on the text's value (`224` over 18,800, not 20,000)", () => {
    expect(overStale(text + table('20,000', '224'))).toEqual([[false, [20_000, 84_000_000, 224]]]);
  });

  it('is not worked out when the latest cell is the text\'s value', () => {
    expect(overStale(text + table('18,800', '224'))).toEqual([]);
  });

  it('is not reported when the rate stands on neither value (a rate of its own definition)', () => {
    expect(overStale(text + table('20,000', '201'))).toEqual([]);
  });
});

describe("a per-head row over a head count that is last year's left in place", () => {
  const text = (hours: string) =>
    `三、员工\n\n截至2024年末，公司共有员工2,420人，全年开展培训共计${hours}小时，覆盖全体员工。\n\n关键绩效表\n\n` +
    '指标                 单位        2024年      2023年\n员工总数             人          2,310       2,310\n人均培训时长         小时         40.0        38.5\n';

  it("does not hold over the cell when it is the paragraph's amount over the text's count (`96,800小时` over 2,420, not 2,310)", () => {
    expect(overStale(text('96,800'))).toEqual([[false, [96_800, 2310, 40]]]);
  });

  it("is not reported when the row stands on neither count", () => {
    expect(overStale(text('90,000'))).toEqual([]);
  });
});
