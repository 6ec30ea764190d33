import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const transposed = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.transposed-digits');

describe('digits transposed between a table cell and a figure that names another row', () => {
  it('are no slip between two tables\' rows of two metrics (Thermal energy intensity 3.48 against Water intensity 34.8)', () => {
    const text = [
      'Table 3: Energy use (million GJ)',
      '                                              2023        2022      Change',
      'Coal and petcoke                              61.2        64.8       -5.6%',
      'Alternative fuels                             18.4        15.2      +21.1%',
      'Total fuel energy                             79.6        80.0       -0.5%',
      'Thermal energy intensity (GJ per tonne',
      '  of clinker)                                 3.52        3.48       +1.1%',
      '',
      'Table 4: Water (million m³)',
      '                                              2023        2022      Change',
      'Water withdrawn                               14.2        15.1       -6.0%',
      'Water intensity (litres per tonne',
      '  of cement)                                  33.6        34.8       -3.4%',
    ].join('\n');
    expect(transposed(text)).toEqual([]);
  });

  const climate = (sentence: string) =>
    [
      '2. CLIMATE',
      '',
      'In 2023 our Scope 1 emissions were 1.52 Mt CO2e and our Scope 2 emissions from grid losses were 0.61 Mt CO2e.',
      sentence,
      '',
      'Table 3: GHG emissions by region (kt CO2e)',
      '                                        2023        2022        2021',
      'Scope 1',
      '  Northern region                        846         872         901',
      '  Southern region                        674         690         702',
      'Total Scope 1                          1,520       1,562       1,603',
      'Scope 2 (location-based)',
      '  Northern region                        247         262         270',
      '  Southern region                        363         371         380',
      'Total Scope 2                            610         633         650',
    ].join('\n');

  it('are no slip between a text figure and a row its clause does not name (SF6 274 kt CO2e against the row Northern region 247 under Scope 2)', () => {
    expect(transposed(climate('Fugitive SF6 emissions were\n274 kt CO2e, or 1.8% of Scope 1, as we replaced older switchgear at three substations.'))).toEqual([]);
  });

  it('are still a slip when the text names the row (the Southern region\'s 764 kt CO2e against its 2023 cell 674)', () => {
    expect(transposed(climate('Scope 1 emissions of our Southern region were 764 kt CO2e in 2023, after a cold winter.'))).toHaveLength(1);
  });
});

describe("digits transposed between a text figure and another row's cell, the text naming an `of which` row", () => {
  it('are no slip (`of this, certified coffee earned USD 86.4 million` against another row’s 2023 cell, USD 84.6 million)', () => {
    const text = [
      'Green coffee sales reached USD 240.6 million, up 6.2%; of this, certified coffee earned USD 86.4 million, up 12.1%.',
      '',
      'Table 1: Revenue by product (USD million)',
      '',
      'Product                                 2024     2023   Change (%)',
      'Green coffee                           240.6    226.6         +6.2',
      'of which certified coffee               86.4     77.1        +12.1',
      'Roasted coffee                          92.3     84.6         +9.1',
      'Total                                  332.9    311.2         +7.0',
    ].join('\n');
    expect(transposed(text)).toEqual([]);
  });
});
