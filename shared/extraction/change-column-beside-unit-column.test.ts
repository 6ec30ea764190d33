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
