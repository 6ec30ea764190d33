import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe("a header of years that carries its table's number and title on its line", () => {
  const table = (cell: string) =>
    `Table 2.3  Customer service measures             2023-24     2022-23      Change\nWritten complaints (per 10,000 connections)         18.6        21.4      -13.1%\nNew connections                                   14,286      13,912        2.7%\nCalls answered within 60 seconds (000s)            812.4       768.2        ${cell}\n`;
  const changes = (cell: string) => checksOf('change', table(cell)).filter((c) => c.rule === 'change.year-on-year-column');

  it('reads `Table 2.3  Customer service measures   2023-24   2022-23   Change` as the label column, two years and a change column', () => {
    expect(changes('5.8%').map((c) => [c.holds, c.stated])).toEqual([
      [true, -13.1],
      [true, 2.7],
      [true, 5.8],
    ]);
  });

  it('calls a change cell that does not come out a mismatch', () => {
    expect(changes('8.5%').filter((c) => !c.holds)).toMatchObject([{ holds: false, stated: 8.5, expected: expect.closeTo(5.75, 1) }]);
  });
});
