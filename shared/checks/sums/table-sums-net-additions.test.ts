import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.table-net-additions').map((c) => [c.holds, c.figures.map((f) => f.value)]);

const report = (added: string) =>
  [
    'Public charging points in operation at 31 December',
    '',
    '                        2024        2023',
    'Rapid (50 kW+)          4,412       2,814',
    'Fast (7-22 kW)          2,188       1,960',
    'Destination               512         402',
    'Total                   7,112       5,176',
    '',
    `Over the year we added a net ${added} charging points, most of them rapid chargers at motorway services.`,
    '',
  ].join('\n');

describe("a table's total in two years and the net addition the text says under it", () => {
  it("adds the year before's total and the net addition to the year's", () => {
    expect(sums(report('1,936'))).toEqual([[true, [7_112, 5_176, 1_936]]]);
  });
  it('reports a net addition that does not make the difference', () => {
    expect(sums(report('1,396'))).toEqual([[false, [7_112, 5_176, 1_396]]]);
  });
  it('only holds an addition not said net (others may have closed)', () => {
    expect(sums(report('1,396').replace('added a net', 'added'))).toEqual([]);
  });
});

describe('a level said with its net change above a table of fiscal years', () => {
  const text = (more: string) =>
    [
      `At 30 June 2024 the trust ran 1,482 hospital beds, a net ${more} more than a year earlier, as two wards reopened.`,
      '',
      'Beds by site                 2023/24     2022/23',
      'Northgate General              812          790',
      'Riverside Community            436          428',
      'St Anne\'s                      234          220',
      'Total                        1,482        1,438',
      '',
    ].join('\n');
  it("adds the year before's total and the net change to the level said", () => {
    expect(sums(text('44'))).toEqual([[true, [1_482, 1_438, 44]]]);
  });
  it('reports a net change that does not make the difference', () => {
    expect(sums(text('34'))).toEqual([[false, [1_482, 1_438, 34]]]);
  });
});
