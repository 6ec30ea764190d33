import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const averages = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.average-over-head-count' || c.rule === 'rate.average-per-head').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a water utility's key table: the 2023 column's training per head holds over its hours and head count rows
const table = (perHead: string) =>
  [
    'Key figures                    Unit          2024        2023',
    'Training hours                 hours       96,300      88,200',
    'Employees                      number       2,140       2,100',
    `Training per employee          hours         ${perHead}        42.0`,
    '',
  ].join('\n');

describe("a table average per head no pair of its column gives, the row's other year holding", () => {
  it("is a mismatch over the same rows' cells of its year (96,300 hours over 2,140 employees is 45.0, stated 41.2)", () => {
    expect(averages(table('41.2'))).toEqual([
      [false, [96_300, 2_140, 41.2]],
      [true, [88_200, 2_100, 42]],
    ]);
  });

  it('holds as before when its column gives it', () => {
    expect(averages(table('45.0'))).toEqual([
      [true, [96_300, 2_140, 45]],
      [true, [88_200, 2_100, 42]],
    ]);
  });

  it("says nothing when the row's other year holds over no pair either (which rows it divides is not known)", () => {
    expect(averages(table('41.2').replace('42.0', '47.5'))).toEqual([]);
  });
});
