import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const cells = (text: string, ...texts: string[]) => extractFigures(text).filter((f) => texts.includes(f.text)).map((f) => [f.text, f.value, f.unit]);

describe('a caption stating its cells in a currency and a power of ten in digits', () => {
  it('scales the cells by it (`(RMB 10,000)`, 万元 put into English)', () => {
    const text =
      'Table 3  Sales by channel (RMB 10,000)\n' +
      'Channel                         2024       2023\n' +
      'Distributors                  15,260     14,080\n' +
      'Online stores                  6,430      5,110\n' +
      'Total sales                   21,690     19,190\n';
    expect(cells(text, '15,260', '21,690')).toEqual([['15,260', 152_600_000, 'CNY'], ['21,690', 216_900_000, 'CNY']]);
  });
  it('scales them by a thousand glued to the currency (`(HKD1,000)`)', () => {
    const text = 'Table 1  Rental income by property (HKD1,000)\nProperty                 2024       2023\nHarbour Tower          48,120     46,310\nKwun Tong Plaza        21,560     22,040\n';
    expect(cells(text, '48,120')).toEqual([['48,120', 48_120_000, 'HKD']]);
  });
});
