import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const columnSums = (text: string) => checksOf('sum', text).filter((c) => c.rule.startsWith('sum.table-column')).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a pipe table whose cells are right-aligned to different widths', () => {
  it('adds each year down its own column', () => {
    const table = (total: string) => `| Capital expenditure (€m) |    FY24 |    FY23 |
|---------------------------|---------|---------|
| Networks                  |   784.2 |   702.6 |
| Generation                |    96.8 |   112.4 |
| Customer and digital      |    41.5 |    38.9 |
| Total                     | ${total} |   853.9 |
`;
    expect(columnSums(table('  922.5'))).toEqual([
      [true, [922.5e6, 784.2e6, 96.8e6, 41.5e6]],
      [true, [853.9e6, 702.6e6, 112.4e6, 38.9e6]],
    ]);
    expect(columnSums(table('  925.2'))[0]).toEqual([false, [925.2e6, 784.2e6, 96.8e6, 41.5e6]]);
  });
});
