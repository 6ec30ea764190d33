import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.share-column').map((c) => [c.holds, c.figures.map((f) => f.value)]);
const table = (asia: string, share: string) =>
  ['Sales by region (EUR million)      2023      Share (%)      2022', 'Europe                            3,412        48.6       3,286', `Asia-Pacific                      ${asia}        ${share}       1,902`, 'Americas                          1,566        22.3       1,498', 'Total                             7,022       100.0       6,686', ''].join('\n');

describe('a share column over a total row of 100', () => {
  it('adds up to its 100, each share rounded', () => {
    expect(sums(table('2,044', '29.1'))).toEqual([[true, [100, 48.6, 29.1, 22.3]]]);
  });
  it('is a mismatch when its shares miss 100 by more than their rounding', () => {
    expect(sums(table('2,044', '28.1'))).toEqual([[false, [100, 48.6, 28.1, 22.3]]]);
  });
});
