import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string) => extractFigures(text).map((f) => [f.text, f.value] as const);

describe('a row label closed by its scale in brackets, its first value one space after (a label longer than its column)', () => {
  const table = (gap: string) =>
    ['Table 2  Freight', '                                      2022       2023', 'Cargo carried (million tonnes)        84.26      91.72', `Container throughput (million TEU)${gap}12.47      13.05`].join('\n');

  it('scales that first value as the row\'s others, as with a column gap', () => {
    expect(values(table(' '))).toEqual(values(table('    ')));
    expect(values(table(' ')).slice(2)).toEqual([
      ['12.47', 12_470_000],
      ['13.05', 13_050_000],
    ]);
  });
});
