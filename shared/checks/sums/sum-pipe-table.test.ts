import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);
const table = (gas: string) =>
  [
    'Table 2: Energy consumption',
    'Indicator | Unit | 2022 | 2023',
    '--- | --- | --- | ---',
    'Energy consumption | tce | 86,420 | 104,860',
    'of which: purchased electricity | tce | 61,280 | 75,940',
    `natural gas | tce | 18,350 | ${gas}`,
    'petrol and diesel | tce | 6,790 | 7,250',
    '',
  ].join('\n');

describe('a pipe table breakdown under its total row', () => {
  it('adds each year down its own column, told apart by the pipes before the cells', () => {
    expect(sums(table('21,670'))).toEqual(
      expect.arrayContaining([
        [true, [86_420, 61_280, 18_350, 6_790]],
        [true, [104_860, 75_940, 21_670, 7_250]],
      ]),
    );
    expect(sums(table('21,760'))).toEqual(expect.arrayContaining([[false, [104_860, 75_940, 21_760, 7_250]]]));
  });
});
