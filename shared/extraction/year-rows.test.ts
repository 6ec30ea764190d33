import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string): Array<[string, number, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

const APPENDIX = [
  'Metric Unit FY2021 FY2022 FY2023',
  'Surface water withdrawn GL 11.8 12.9 12.4',
  'Total employees number 5,284 5,612 5,940',
  'Women % 18.0 19.0 20.0',
  'TRIFR per million hours 4.2 3.6 3.1',
  'Community investment A$ thousand 11,240 12,870 14,620',
].join('\n');

describe('a table row one space apart under a header of years', () => {
  it('gives every value the row unit, the first one after a unit word included', () => {
    const got = figures(APPENDIX);
    expect(got.slice(0, 3)).toEqual([['11.8', 11.8, 'GL'], ['12.9', 12.9, 'GL'], ['12.4', 12.4, 'GL']]);
    expect(got.slice(3, 6)).toEqual([['5,284', 5284, ''], ['5,612', 5612, ''], ['5,940', 5940, '']]);
    expect(got.slice(6, 9)).toEqual([['18.0', 18, '%'], ['19.0', 19, '%'], ['20.0', 20, '%']]);
  });

  it('leaves a rate per a scaled base bare, and applies a scale in the unit cell', () => {
    const got = figures(APPENDIX);
    expect(got.slice(9, 12)).toEqual([['4.2', 4.2, ''], ['3.6', 3.6, ''], ['3.1', 3.1, '']]);
    expect(got.slice(12)).toEqual([['11,240', 11_240_000, 'AUD'], ['12,870', 12_870_000, 'AUD'], ['14,620', 14_620_000, 'AUD']]);
  });

  it('reads a bracketed unit closing the label and a header of years alone', () => {
    expect(figures('FY2023 FY2022\nRevenue (A$m) 6,842 6,215')).toEqual([['6,842', 6.842e9, 'AUD'], ['6,215', 6.215e9, 'AUD']]);
  });

  it('reads a header of financial years across two calendar years', () => {
    expect(figures('Metric Unit FY2022/23 FY2023/24\nSurface water withdrawn GL 11.8 12.9')).toEqual([['11.8', 11.8, 'GL'], ['12.9', 12.9, 'GL']]);
  });

  it('scales Chinese rows by their unit cell, which is no figure itself', () => {
    expect(figures('指标 单位 2021 年 2022 年 2023 年\n营业收入 亿元 72.35 79.12 86.47')).toEqual([
      ['72.35', 7.235e9, 'CNY'],
      ['79.12', 7.912e9, 'CNY'],
      ['86.47', 8.647e9, 'CNY'],
    ]);
  });

  it('needs as many values as the header has years', () => {
    expect(figures('Metric Unit FY2022 FY2023\nSurface water withdrawn GL 11.8 12.9 12.4')).not.toContainEqual(['11.8', 11.8, 'GL']);
    expect(figures('Surface water withdrawn GL 11.8 12.9 12.4')).not.toContainEqual(['11.8', 11.8, 'GL']);
  });

  it('leaves prose with numbers one space apart alone', () => {
    expect(figures('FY2022 FY2023\nWe planted 1,200 trees in 3 4 regions')).not.toContainEqual(['3', 3, '']);
  });
});
