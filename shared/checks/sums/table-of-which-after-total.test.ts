import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const values = (kind: 'sum' | 'ratio', text: string) => checksOf(kind, text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an `of which` row after a table total: the rows it names, summed, and its share of the total', () => {
  const english = (abroad: string, share: string) =>
    [
      'Table 4: Net sales by market (EUR million)',
      '',
      'Market                      2024     Share (%)      2023',
      'Germany                    1,426         41.2     1,388',
      'Rest of Europe               982         28.4       941',
      'Americas                     694         20.0       652',
      'Asia-Pacific                 360         10.4       327',
      'Total                      3,462        100.0     3,308',
      `of which outside Germany  ${abroad}         ${share}     1,920`,
      '',
    ].join('\n');

  it('adds the rows it names (those not naming Germany) in each column', () => {
    expect(values('sum', english('2,036', '58.8'))).toEqual(expect.arrayContaining([[true, [2_036e6, 982e6, 694e6, 360e6]], [true, [1_920e6, 941e6, 652e6, 327e6]]]));
    expect(values('sum', english('2,063', '58.8'))).toEqual(expect.arrayContaining([[false, [2_063e6, 982e6, 694e6, 360e6]]]));
  });

  it('reads its share column over the total', () => {
    expect(values('ratio', english('2,036', '58.8'))).toEqual(expect.arrayContaining([[true, [2_036e6, 3_462e6, 58.8]]]));
    expect(values('ratio', english('2,036', '60.1'))).toEqual(expect.arrayContaining([[false, [2_036e6, 3_462e6, 60.1]]]));
  });

  const domestic = (home: string) =>
    [
      'Deliveries (thousand units)         2024    Share (%)     2023',
      'Hatchbacks (domestic)              212.4         38.6    198.2',
      'Sedans (domestic)                  141.8         25.8    150.6',
      'SUVs (domestic)                    118.3         21.5     96.4',
      'Exports                             77.5         14.1     70.9',
      'Total                              550.0        100.0    516.1',
      `  of which domestic                ${home}         85.9    445.2`,
      '',
    ].join('\n');

  it('adds the rows whose labels carry its word', () => {
    expect(values('sum', domestic('472.5'))).toEqual(expect.arrayContaining([[true, [472_500, 212_400, 141_800, 118_300]], [true, [445_200, 198_200, 150_600, 96_400]]]));
  });

  const chinese = (abroad: string) =>
    [
      '表5：营业收入按区域划分（单位：亿元）',
      '',
      '区域                  2024年      占比（%）      2023年',
      '中国内地               86.42         52.7        80.16',
      '东南亚                 41.36         25.2        35.08',
      '中东及非洲             22.84         13.9        19.62',
      '其他地区               13.38          8.2        11.40',
      '合计                  164.00        100.0       146.26',
      `其中：境外             ${abroad}         47.3        66.10`,
      '',
    ].join('\n');

  it('reads 境外 as the rows other than the home market, and its share of 合计', () => {
    expect(values('sum', chinese('77.58'))).toEqual(expect.arrayContaining([[true, [77.58e8, 41.36e8, 22.84e8, 13.38e8]], [true, [66.1e8, 35.08e8, 19.62e8, 11.4e8]]]));
    expect(values('ratio', chinese('77.58'))).toEqual(expect.arrayContaining([[true, [77.58e8, 164e8, 47.3]]]));
  });

  it('reads a `其中` row whose parts the table does not give as no sum, its share still of the total', () => {
    const sites = [
      '表2：门店数按区域划分（单位：家）',
      '',
      '区域                  2024年      占比（%）      2023年',
      '华东                    412         38.1          398',
      '华南                    286         26.5          271',
      '华北                    383         35.4          366',
      '合计                  1,081        100.0        1,035',
      '其中：直营门店          624         57.7          590',
      '',
    ].join('\n');
    expect(values('sum', sites).filter(([, v]) => (v as number[])[0] === 624 || (v as number[])[0] === 590)).toEqual([]);
    expect(values('ratio', sites)).toEqual(expect.arrayContaining([[true, [624, 1_081, 57.7]]]));
  });
});
