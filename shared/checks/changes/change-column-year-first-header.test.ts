import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a change column under a space-aligned header that opens with its first year', () => {
  const table = (cell: string) =>
    `Key figures                                                   (Unit: EUR million)\n                               2021          2022          2023     YoY (%)\nOrder intake                4,286.2       4,512.6       4,706.8         4.3\nEBIT                          412.8         468.4         502.6         ${cell}\n`;
  const changes = (cell: string) => checksOf('change', table(cell)).filter((c) => c.rule === 'change.year-on-year-column');

  it('reads `2021   2022   2023   YoY (%)` as the header of years and the change between the last two', () => {
    expect(changes('7.3').map((c) => [c.holds, c.stated])).toEqual([
      [true, 4.3],
      [true, 7.3],
    ]);
  });

  it('calls a change cell that does not come out a mismatch', () => {
    expect(changes('3.7')).toMatchObject([{ holds: false, stated: 3.7, expected: expect.closeTo(7.3, 1) }, { holds: true }]);
  });
});
