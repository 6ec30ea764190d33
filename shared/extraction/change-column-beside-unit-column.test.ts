import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe('a change column beside a unit column, the table set for the eye', () => {
  it('gives the change cells its header\'s %, not the row\'s unit, though the rows\' labels are longer than the header\'s', () => {
    // columns aligned by the width characters show: a Chinese character is two digits wide
    const table = [
      '表3 水资源绩效',
      '指标                     单位              2024年       2023年      变动（%）',
      '新鲜水取水总量           万立方米          1,286.4      1,342.0      (4.1)',
      '废水处理总量            万吨            8,462.0      7,931.0       6.7',
      '',
    ].join('\n');
    expect(figures(table)).toEqual([
      ['1,286.4', 12864000, 'm3'],
      ['1,342.0', 13420000, 'm3'],
      ['(4.1)', -4.1, '%'],
      ['8,462.0', 84620000, 't'],
      ['7,931.0', 79310000, 't'],
      ['6.7', 6.7, '%'],
    ]);
  });
});

describe('a change column of a table set a few places out of line by its long Chinese labels', () => {
  it('gives every row\'s last cell the header\'s %, the row having a cell under every header cell', () => {
    // each row set by the width its label shows but one place left of the header's columns, so a long label's cells
    // stand under no header cell by characters, and by shown width just short of `变动%`
    const table = [
      '表2  分区域客运量',
      '单位：万人次',
      '区域                              2024年      2023年        占比%        变动%',
      '主城区                           4,862      4,518       61.2       +7.6',
      '城郊及开发区线路                 2,086      2,214       26.3       -5.8',
      '跨市城际                           992        874       12.5      +13.5',
      '',
    ].join('\n');
    expect(figures(table).filter((f) => !f[0].includes(','))).toEqual([
      ['61.2', 61.2, '%'],
      ['7.6', 7.6, '%'],
      ['26.3', 26.3, '%'],
      ['-5.8', -5.8, '%'],
      ['992', 9920000, '人次'],
      ['874', 8740000, '人次'],
      ['12.5', 12.5, '%'],
      ['13.5', 13.5, '%'],
    ]);
  });
});
