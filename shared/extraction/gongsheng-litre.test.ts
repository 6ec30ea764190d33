import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// 公升, the litre as Taiwan and Hong Kong write it, in running text and in a table's unit cell.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe('公升 as a litre', () => {
  it('reads an amount in running text in litres', () => {
    expect(figures('本年度物流車隊共使用汽油312萬公升。')).toEqual([['312萬公升', 3120000, 'L']]);
  });

  it('scales a table row by its unit cell `千公升` and reads no figure in it', () => {
    const table = ['項目            單位          2024年       2023年', '汽油使用量      千公升       1,248.6      1,302.4', '柴油使用量      百萬公升        4.82         5.06'].join('\n');
    expect(figures(table)).toEqual([
      ['1,248.6', 1248600, 'L'],
      ['1,302.4', 1302400, 'L'],
      ['4.82', 4820000, 'L'],
      ['5.06', 5060000, 'L'],
    ]);
  });
});
