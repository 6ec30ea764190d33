import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Held-out batch 50's misses and false figures, each as a rule over any text of its kind.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit, f.qualifier] as const);

describe('a change column of percentage points', () => {
  it('reads a cell in brackets with its points after them as a negative', () => {
    const text = [
      'Operating data                  2023/24      2022/23     Var. (%)',
      'Own cane (%)                       61.3         63.0    (1.7) p.p.',
      'Sugar mills (number)                 11           10         10.0',
    ].join('\n');
    expect(figures(text).slice(0, 3)).toEqual([
      ['61.3', 61.3, '%', 'exact'],
      ['63.0', 63, '%', 'exact'],
      ['(1.7) p.p.', -1.7, 'pp', 'exact'],
    ]);
  });

  it('leaves the points ending the row below to that row\'s own number, under the cell above them', () => {
    const text = [
      'Energy exported (GWh)                   2,184.3      1,902.6        14.8',
      'Mechanized harvesting (%)                  99.7         99.5     0.2 p.p.',
    ].join('\n');
    expect(figures(text)).toEqual([
      ['2,184.3', 2184.3, 'GWh', 'exact'],
      ['1,902.6', 1902.6, 'GWh', 'exact'],
      ['14.8', 14.8, 'GWh', 'exact'],
      ['99.7', 99.7, '%', 'exact'],
      ['99.5', 99.5, '%', 'exact'],
      ['0.2 p.p.', 0.2, 'pp', 'exact'],
    ]);
  });
});

describe('a unit the unit tables do not know, stated for a table', () => {
  it('keeps the scale before its abbreviation in a unit column or a caption', () => {
    const text = [
      'Key figures          Unit              2023        2022',
      'New orders           million CGT       3.86        4.12',
      'Energy consumption   million MMBTU     96.4       101.8',
      '',
      'Orders won (million CGT)     1.25    0.98',
    ].join('\n');
    expect(figures(text)).toEqual([
      ['3.86', 3860000, 'CGT', 'exact'],
      ['4.12', 4120000, 'CGT', 'exact'],
      ['96.4', 96400000, 'MMBTU', 'exact'],
      ['101.8', 101800000, 'MMBTU', 'exact'],
      ['1.25', 1250000, 'CGT', 'exact'],
      ['0.98', 980000, 'CGT', 'exact'],
    ]);
  });

  it('takes an abbreviation alone in the Unit column as the unit of the values after it', () => {
    const text = [
      'Environmental data          Unit               2023        2022',
      'Production                  KTA               3,112       3,245',
    ].join('\n');
    expect(figures(text)).toEqual([
      ['3,112', 3112, 'KTA', 'exact'],
      ['3,245', 3245, 'KTA', 'exact'],
    ]);
  });
});

describe('a row naming standard coal under a caption of tonnes', () => {
  it('measures tonnes of standard coal', () => {
    const text = ['表2  环境绩效                       单位：万吨', '指标                 2023年      2022年', '节约标准煤             2,980       3,197'].join('\n');
    expect(figures(text)).toEqual([
      ['2,980', 29800000, 'tce', 'exact'],
      ['3,197', 31970000, 'tce', 'exact'],
    ]);
  });
});

describe('tenths then a digit', () => {
  it('reads 一成五 as 15 %', () => {
    expect(figures('流域来水较多年平均偏少约一成五；女性员工占两成3。')).toEqual([
      ['一成五', 15, '%', 'about'],
      ['两成3', 23, '%', 'exact'],
    ]);
  });

  it('leaves a digit that opens an amount of its own', () => {
    expect(figures('收入增长一成五万元。')).toEqual([
      ['一成', 10, '%', 'exact'],
      ['五万元', 50000, 'CNY', 'exact'],
    ]);
  });
});

describe('numbers that set the frame of another claim', () => {
  it('drops the years a yearly rate is averaged over', () => {
    expect(figures('The option returned 9.1% for the year and 8.3% a year over 10 years.')).toEqual([
      ['9.1%', 9.1, '%', 'exact'],
      ['8.3%', 8.3, '%', 'exact'],
    ]);
  });

  it('drops the amount a worked example\'s holder has', () => {
    expect(figures('Total fees for a member with a A$50,000 balance were A$412, or 0.82% of the balance.')).toEqual([
      ['A$412', 412, 'AUD', 'exact'],
      ['0.82%', 0.82, '%', 'exact'],
    ]);
  });

  it('drops the size of a ranked list after `the`', () => {
    expect(figures('We engaged with 68 of the 100 highest-emitting companies and each of our 9 largest treatment works.').map((f) => f[0])).toEqual(['68', '9']);
  });
});

describe('what a table or a list states once, reached past a short row or a wrapped label', () => {
  it('scales the bullets of `Label: value` under a heading that states a spec in brackets', () => {
    const text = ['Financial highlights (SAR million)', '- Revenue: 42,618', '- Capital expenditure: 486', '', 'Capital expenditure was SAR 4.86 billion.'].join('\n');
    expect(figures(text)).toEqual([
      ['42,618', 42618000000, 'SAR', 'exact'],
      ['486', 486000000, 'SAR', 'exact'],
      ['SAR 4.86 billion', 4860000000, 'SAR', 'exact'],
    ]);
  });

  it('carries a header\'s unit past a row label whose bracket closes on the line under it', () => {
    const text = [
      '                                              2023-24       2022-23',
      '                                              tCO2e         tCO2e',
      '  Scope 3 (business travel, outsourced         26,140        25,880',
      '    activities and chemicals)',
      '  Gross operational emissions                 167,240       175,980',
    ].join('\n');
    expect(figures(text).map((f) => f[2])).toEqual(['tCO2e', 'tCO2e', 'tCO2e', 'tCO2e']);
  });

  it('reads a row short of the last column under the header cell over its value, not the one counted from the right', () => {
    const text = [
      'Net Sales by Segment',
      '(Billions of yen)',
      '                                   FY2022      FY2023      vs. previous     Share of',
      '                                                           year (%)         total (%)',
      'Other                               40.6        42.2         3.9              2.3',
      'Total                            1,742.6     1,864.2         7.0',
    ].join('\n');
    expect(figures(text).slice(4)).toEqual([
      ['1,742.6', 1742600000000, 'JPY', 'exact'],
      ['1,864.2', 1864200000000, 'JPY', 'exact'],
      ['7.0', 7, '%', 'exact'],
    ]);
  });
});
