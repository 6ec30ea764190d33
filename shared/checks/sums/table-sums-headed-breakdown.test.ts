import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A row broken down a second time under a line of words naming it (`Revenue by business line`), in the next block of rows
const table = (retail: string) => `Financial highlights
Item                          Unit          2022        2023        2024
Revenue                       €m           4,210.5     4,486.2     4,702.8
  Domestic                    €m           2,904.1     3,020.6     3,114.4
  Export                      €m           1,306.4     1,465.6     1,588.4
Revenue by business line
  Wholesale                   €m           2,115.3     2,240.8     2,318.6
  Retail                      €m           ${retail}     1,604.2     1,702.5
  Services                    €m             582.6       641.2       681.7
Operating margin              %               8.4         8.9         9.2
`;

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a row broken down again under a line naming it (`Revenue by business line`)', () => {
  it('adds the rows set in under that line up to the named row, column by column', () => {
    const found = sums(table('1,512.6'));
    expect(found).toContainEqual([true, [4_210.5e6, 2_115.3e6, 1_512.6e6, 582.6e6]]);
    expect(found).toContainEqual([true, [4_486.2e6, 2_240.8e6, 1_604.2e6, 641.2e6]]);
  });

  it('calls a cell one slip away a mismatch (1,521.6 for 1,512.6)', () => {
    expect(sums(table('1,521.6'))).toContainEqual([false, [4_210.5e6, 2_115.3e6, 1_521.6e6, 582.6e6]]);
  });
});
