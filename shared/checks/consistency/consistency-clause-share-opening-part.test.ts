import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a hotel group's report: the section names a segment's share of revenue in its own words, its table gives each segment a row
// with a share column under a caption naming revenue, the currency and scale on a line of their own
const report = (said: string) =>
  [
    '2. Our business',
    '',
    said,
    '',
    'Table 2: Revenue by segment',
    'EUR thousand',
    'Segment                         2024        2023     Share %    Change %',
    'Rooms                         31,240      29,850        52.1        +4.7',
    'Food and beverage             17,560      16,920        29.3        +3.8',
    'Spa and leisure                6,980       6,410        11.6        +8.9',
    'Other                          4,180       4,020         7.0        +4.0',
    'Total                         59,960      57,200       100.0        +4.8',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');
const values = (text: string) => mismatches(text).map((c) => c.figures.map((f) => f.value).sort((a, b) => a - b));

describe('a share whose clause opens with its part and says more of it (`food and beverage sales made up 44.0% of revenue`)', () => {
  it('is the share of the part\'s row, though worked over a subtotal, half as large again', () => {
    expect(values(report('Rooms still lead, and food and beverage sales made up 44.0% of revenue as banqueting recovered.'))).toEqual([[29.3, 44]]);
  });

  it('holds when the two agree', () => {
    expect(mismatches(report('Rooms still lead, and food and beverage sales made up 29.3% of revenue as banqueting recovered.'))).toEqual([]);
  });

  it('is no share of one row when its clause names another row too (`Rooms and spa and leisure together brought in`)', () => {
    expect(mismatches(report('Rooms and spa and leisure together brought in EUR 38.2 million, 63.7% of revenue.'))).toEqual([]);
  });
});

describe('a share appended to an amount whose clause opens the sentence before a colon (`Rooms remain our core business: EUR 31.2 million, accounting for 55.0% of revenue`)', () => {
  it('is the share of the row the sentence opens with', () => {
    expect(values(report('Rooms remain our core business: EUR 31.2 million, accounting for 55.0% of revenue.'))).toEqual([[52.1, 55]]);
  });

  it('holds when the two agree', () => {
    expect(mismatches(report('Rooms remain our core business: EUR 31.2 million, accounting for 52.1% of revenue.'))).toEqual([]);
  });
});
