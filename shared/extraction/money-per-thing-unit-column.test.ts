import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

// `GBP thousand/customer` is money per thing counted: its cells are amounts of money at that scale (a per-customer revenue
// of £1.86 thousand is £1,860), as the text says them (`revenue per customer was £1,860`)
describe('a unit column of money per thing counted', () => {
  it('reads GBP thousand/customer and USD per tonne cells as amounts of that currency at that scale', () => {
    const table = ['Indicator                   Unit                     2024      2023', 'Revenue per customer        GBP thousand/customer    1.86      1.74', 'Cash cost                   USD per tonne            412.6     398.2', ''].join('\n');
    expect(figures(table)).toEqual([
      ['1.86', 1860, 'GBP'],
      ['1.74', 1740, 'GBP'],
      ['412.6', 412.6, 'USD'],
      ['398.2', 398.2, 'USD'],
    ]);
  });
});
