import { describe, expect, it } from 'vitest';
import { layoutSheets } from '../../../../shared/evidence/sheet-layout';
import { sheetExcerpt, textExcerpt } from './evidence-excerpt';

describe('a candidate shown in place', () => {
  it('marks a text candidate within its line', () => {
    const text = 'Heading\nMobile payment users reached 765 million, accounting for 85.3%.\nNext line';
    const start = text.indexOf('765 million');
    expect(textExcerpt(text, start, start + 11)).toEqual({
      kind: 'text',
      before: 'Mobile payment users reached ',
      match: '765 million',
      after: ', accounting for 85.3%.',
    });
  });

  it("shows a cell among its sheet's rows and columns, with both cells of a ratio marked", () => {
    const layout = layoutSheets([
      {
        name: 'Users',
        merges: [],
        cells: [
          { row: 1, column: 1, text: 'Indicator' }, { row: 1, column: 2, text: 'Users' },
          { row: 2, column: 1, text: 'Mobile' }, { row: 2, column: 2, text: '897,000,000', value: 897e6 },
          { row: 3, column: 1, text: 'Mobile payment' }, { row: 3, column: 2, text: '765,000,000', value: 765e6 },
        ],
      },
    ]);
    const excerpt = sheetExcerpt(layout.text, layout.cells, 'Users', 'B3/B2');
    expect(excerpt?.columns).toEqual(['A', 'B']);
    expect(excerpt?.rows.map((row) => [row.number, ...row.cells.map((cell) => (cell.marked ? `[${cell.text}]` : cell.text))])).toEqual([
      [1, 'Indicator', 'Users'],
      [2, 'Mobile', '[897,000,000]'],
      [3, 'Mobile payment', '[765,000,000]'],
    ]);
    expect(sheetExcerpt(layout.text, layout.cells, 'Other', 'B2')).toBeUndefined();
  });
});
