import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rates = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-extraction-rate').map((c) => [c.holds, c.stated]);

const table = (recovery: string) =>
  `Table 3  Milling (tonnes)\n                                   2023          2022\nCane crushed                  4,126,800     3,984,200\nRaw sugar produced              498,600       476,300\nMolasses                        162,400       158,900\nSugar recovery rate, %            ${recovery}         11.95\n`;

describe('a table\'s extraction or recovery rate row over its product and input rows', () => {
  it('computes each column as the product row over the processed row (498,600 / 4,126,800 = 12.08%)', () => {
    expect(rates(table('12.08'))).toEqual([
      [true, 12.08],
      [true, 11.95],
    ]);
    expect(rates(table('12.80'))).toEqual([
      [false, 12.8],
      [true, 11.95],
    ]);
  });

  it('says nothing when no column holds (the rows are not what the rate is of)', () => {
    expect(rates(table('12.80').replace('11.95', '10.95'))).toEqual([]);
  });
});
