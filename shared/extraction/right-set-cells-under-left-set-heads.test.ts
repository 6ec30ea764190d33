import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// a table whose numbers are set right and whose column names are set left: a narrow cell of one column can stand wholly
// under the next column's name (`680` under `Change (%)`), yet the header names one cell a column
const table = (header: string) =>
  [
    'Table 3  Employees by role (headcount)',
    header,
    'Centre nurses                     1,126      1,048       +7.4',
    'Home nurses                         612        680      +11.1',
    'Kitchen staff                       298        305       -2.3',
    'Total employees                   2,036      2,033       +0.1',
    '',
  ].join('\n');

const units = (text: string) => extractFigures(text).map((f) => [f.text, f.unit]);

describe('right-set cells under left-set column names', () => {
  it('heads each cell by its place in the row where the header names one cell a column', () => {
    for (const header of ['Role                           2024       2023 Change (%)', 'Role                           2024       2023  Change (%)'])
      expect(units(table(header))).toEqual([
        ['1,126', ''], ['1,048', ''], ['7.4', '%'],
        ['612', ''], ['680', ''], ['11.1', '%'],
        ['298', ''], ['305', ''], ['-2.3', '%'],
        ['2,036', ''], ['2,033', ''], ['0.1', '%'],
      ]);
  });
});
