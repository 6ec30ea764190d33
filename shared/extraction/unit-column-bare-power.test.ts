import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('a power of ten alone in a unit column', () => {
  it('scales the bare values after it (`万户` put into English as `10,000`), and is no figure of its own', () => {
    const table = [
      'Key figures',
      'Indicator                        Unit                      2024       2023',
      'Households served                10,000                    2.41       2.17',
      'Total energy                     tce                      3,294      3,206',
      '',
    ].join('\n');
    expect(values(table)).toEqual([
      ['2.41', 24_100, ''],
      ['2.17', 21_700, ''],
      ['3,294', 3294, 'tce'],
      ['3,206', 3206, 'tce'],
    ]);
  });

  it('stays a value in a column of values', () => {
    const table = [
      'Indicator                        2024       2023      2022',
      'Households served              10,000      9,200     8,700',
      '',
    ].join('\n');
    expect(values(table).map(([t, v]) => [t, v])).toEqual([
      ['10,000', 10_000],
      ['9,200', 9200],
      ['8,700', 8700],
    ]);
  });
});
