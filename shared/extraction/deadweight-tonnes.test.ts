import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A ship's deadweight as a unit: `载重吨` in Chinese, `dwt` / `DWT` / `deadweight tonnes` in English, in running text,
// a caption's `（单位：万载重吨）`, a unit column's `万载重吨` and a header's `(million dwt)`, with its scale.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe('deadweight tonnes as a unit', () => {
  it('reads 载重吨 and dwt in running text, with its scale', () => {
    expect(figures('截至2023年末，本集团自有船队运力达1,086.5万载重吨。')).toEqual([['1,086.5万载重吨', 10865000, 'dwt']]);
    expect(figures('The owned fleet totalled 10.87 million dwt, up from 9.42 million DWT.')).toEqual([
      ['10.87 million dwt', 10870000, 'dwt'],
      ['9.42 million DWT', 9420000, 'dwt'],
    ]);
  });

  it('scales a table by its caption `（单位：万载重吨）`', () => {
    const table = ['表3：自有船队运力按船型划分（单位：万载重吨）', '', '船型              2023年        2022年', '油轮              412.6         398.0', '干散货船          673.9         544.2'].join('\n');
    expect(figures(table)).toEqual([
      ['412.6', 4126000, 'dwt'],
      ['398.0', 3980000, 'dwt'],
      ['673.9', 6739000, 'dwt'],
      ['544.2', 5442000, 'dwt'],
    ]);
  });

  it('scales a row by its unit cell `万载重吨` and reads no figure in it', () => {
    const table = ['指标              单位            2023年       2022年', '船队运力          万载重吨       1,086.5        942.2', '新造船交付        艘                  14           11'].join('\n');
    expect(figures(table)).toEqual([
      ['1,086.5', 10865000, 'dwt'],
      ['942.2', 9422000, 'dwt'],
      ['14', 14, '艘'],
      ['11', 11, '艘'],
    ]);
  });

  it('scales a row by its label’s `(million dwt)`', () => {
    const table = ['Fleet                         2023      2022', 'Owned capacity (million dwt)  10.87      9.42'].join('\n');
    expect(figures(table)).toEqual([
      ['10.87', 10870000, 'dwt'],
      ['9.42', 9420000, 'dwt'],
    ]);
  });
});
