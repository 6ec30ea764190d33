import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';
import { cellPlaces, tableBlocks } from './table-blocks';

// a bakery's fuel table: its header leaves the label column blank and glues two percentage columns' names by one space
const table = [
  'Table 3 Fuel use',
  'MWh',
  '                                     2024       2023  Share (%) Change (%)',
  'Grid electricity                   8,420      8,160       71.4       +3.2',
  'Natural gas                        3,370      3,610       28.6       -6.6',
  'Total                             11,790     11,770      100.0       +0.2',
];

describe('a header set in past the label column, two percentage columns` names glued by one space', () => {
  it('heads the rows` columns after their label, each name over its own', () => {
    const head = tableBlocks(checkDoc('t.txt', table.join('\n')))[0]!.find((r) => r.header)!;
    expect(head.texts).toEqual(['', '2024', '2023', 'Share (%)', 'Change (%)']);
  });

  it('heads each cell by the name over it, its names apart or glued (`Share %  Change %`, `Share (%) Change (%)`)', () => {
    for (const header of [table[2]!, '                                     2024       2023    Share %   Change %']) {
      const doc = checkDoc('t.txt', [...table.slice(0, 2), header, ...table.slice(3)].join('\n'));
      const places = cellPlaces(doc);
      const headOf = (value: number) => places.get(doc.figures.findIndex((f) => f.value === value))?.head;
      expect([headOf(28.6), headOf(-6.6), headOf(3_610)], header).toEqual([expect.stringMatching(/^Share/), expect.stringMatching(/^Change/), '']);
    }
  });

  it('lets a text rate be read against its row`s year before (`Natural gas … rose 6.6% to 3,370 MWh`)', () => {
    const text = ['2.1 Energy', 'Natural gas, burned in the ovens, rose 6.6% to 3,370 MWh.', '', ...table].join('\n');
    expect(checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year').map((c) => [c.holds, c.figures.slice(0, 3).map((f) => f.value)])).toEqual([[false, [3610, 3370, 6.6]]]);
  });
});
