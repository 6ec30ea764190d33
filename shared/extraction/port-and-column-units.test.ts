import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe("a port's units: containers in TEU, ship calls", () => {
  it('applies a unit column of 万标准箱 and 万艘次 to its cells', () => {
    const table =
      '指标　　　　　　单位　　　　　2022年　　　2023年\n集装箱吞吐量　　万标准箱　　　　338.4　　　　365.1\n到港船舶　　　　万艘次　　　　　4.36　　　　　4.58\n';
    expect(figures(table)).toEqual([
      ['338.4', 3384000, 'TEU'],
      ['365.1', 3651000, 'TEU'],
      ['4.36', 43600, '艘次'],
      ['4.58', 45800, '艘次'],
    ]);
  });

  it('applies a unit column of thousand TEU, and a column headed by it', () => {
    expect(figures('Indicator\tUnit\t2022\t2023\nContainer throughput\tthousand TEU\t12,230\t13,260\n')).toEqual([
      ['12,230', 12230000, 'TEU'],
      ['13,260', 13260000, 'TEU'],
    ]);
    expect(figures('Trade lane\tVolume (thousand TEU)\tShare of volume (%)\nAsia-Europe\t3,412\t38.4\n')).toEqual([
      ['3,412', 3412000, 'TEU'],
      ['38.4', 38.4, '%'],
    ]);
  });

  it('reads TEU after a figure in prose, in either script', () => {
    expect(figures('we carried 8.89m TEU (2022: 9.42m TEU); 集装箱吞吐量365.1万标准箱')).toEqual([
      ['8.89m TEU', 8890000, 'TEU'],
      ['9.42m TEU', 9420000, 'TEU'],
      ['365.1万标准箱', 3651000, 'TEU'],
    ]);
  });
});

describe('Macao patacas', () => {
  it('reads MOP and 澳門元 in prose and a column headed in thousands of them', () => {
    expect(figures('contributed MOP28.7 million, 合共2,871.5萬澳門元.')).toEqual([
      ['MOP28.7 million', 28700000, 'MOP'],
      ['2,871.5萬澳門元', 28715000, 'MOP'],
    ]);
  });
});

describe('a bilingual table whose Chinese rows each have an English line under them', () => {
  it('takes no unit from the English line above for the last column', () => {
    const table = [
      '指標 Indicator                              單位 Unit                 2023年        2022年',
      '用電量                                      百萬千瓦時                  286.4         241.7',
      '  Electricity consumption                   million kWh',
      '溫室氣體排放（範圍一及二）                  公噸二氧化碳當量          158,320       136,870',
      '  GHG emissions (Scope 1 and 2)             tCO2e',
      '用水量                                      千立方米                    2,846         1,962',
      '',
    ].join('\n');
    expect(figures(table).map(([, v, u]) => [v, u])).toEqual([
      [286400000, 'kWh'],
      [241700000, 'kWh'],
      [158320, 'tCO2e'],
      [136870, 'tCO2e'],
      [2846000, 'm3'],
      [1962000, 'm3'],
    ]);
  });

  it("reads a header line's first cell over the values as its own column's, not the table's", () => {
    const table = [
      '項目 Item                          金額（千澳門元）          受惠人次',
      "                                   Amount (MOP'000)          Beneficiaries",
      '教育 Education                          12,460                   8,420',
      '',
    ].join('\n');
    expect(figures(table)).toEqual([
      ['12,460', 12460000, 'MOP'],
      ['8,420', 8420, '人次'],
    ]);
  });
});

describe('a change column headed `% change`', () => {
  it('is no figure 2,022% in `Total 2022<TAB>% change`, and gives its cells %', () => {
    const table = 'Region\tTotal 2023\tTotal 2022\t% change\nNorth\t3,126\t4,208\t(25.7)\n';
    expect(figures(table)).toEqual([
      ['3,126', 3126, ''],
      ['4,208', 4208, ''],
      ['(25.7)', -25.7, '%'],
    ]);
  });

  it('keeps a percent sign glued to its number, or in a unit cell at the end of its row', () => {
    expect(figures('Total 2022 rose 12.5% change')[0]).toEqual(['12.5%', 12.5, '%']);
    expect(figures('Renewable share\t34.2\t%\n')).toEqual([['34.2\t%', 34.2, '%']]);
  });
});

describe('a column of standard coal stated as tonnes', () => {
  it('gives its cells tce', () => {
    const table = '能源种类　　　　消耗量　　　　折标准煤（吨）　　占比（%）\n柴油（吨）　　　6,218　　　　9,060.4　　　　　36.4\n';
    expect(figures(table)).toEqual([
      ['6,218', 6218, 't'],
      ['9,060.4', 9060.4, 'tce'],
      ['36.4', 36.4, '%'],
    ]);
  });
});

describe('bare counts a sentence states', () => {
  it('reads the count a total was brought to, across a wrap', () => {
    const text = 'adding 18 shore power berths in the year to bring the total to\n126, covering 72.4% of our 174 berths.';
    expect(figures(text).map(([t, v]) => [t, v])).toEqual([['18', 18], ['126', 126], ['72.4%', 72.4], ['174', 174]]);
    expect(figures('taking the number of dual-fuel vessels in service to\n58. The fleet').map(([t]) => t)).toEqual(['58']);
  });

  it('reads the count in brackets after a share of them', () => {
    expect(figures('We completed 1,126 new homes, and 38.4% of\nthem (432) were for social rent.').map(([t]) => t)).toEqual(['1,126', '38.4%', '432']);
  });

  it('still drops a bare number after `to` or in brackets elsewhere', () => {
    expect(figures('Turn to 12 for details (see note 4).')).toEqual([]);
  });
});
