import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe('N大X where X opens with 类', () => {
  it('counts 类型 and 类别, and keeps 大类 alone a measure word', () => {
    expect(figures('包括两大类型：')).toEqual([['两大', 2, '类型']]);
    expect(figures('分为三大类别，')).toEqual([['三大', 3, '类别']]);
    expect(figures('分为两大类，')).toEqual([['两大类', 2, '大类']]);
  });
});

describe("a pair's unit stated once, after its second value", () => {
  it('gives the first, bare in 万, the unit', () => {
    expect(figures('最高一笔 5.3 万，最低 800 元。')).toEqual([
      ['5.3 万', 53000, 'CNY'],
      ['800 元', 800, 'CNY'],
    ]);
    expect(figures('多则3万，少则5000元。')[0]).toEqual(['3万', 30000, 'CNY']);
  });

  it('leaves a clause that is no such pair alone', () => {
    expect(figures('覆盖3万，其中800元')[0]).toEqual(['3万', 30000, '']);
  });
});

describe("a row label's unit in brackets", () => {
  it('reads (years) as a duration', () => {
    expect(figures('Fleet            FY2022     FY2023\nAverage fleet age (years)      9.4        8.9\n').map(([, v, u]) => [v, u])).toEqual([
      [9.4, 'years'],
      [8.9, 'years'],
    ]);
  });

  it('reads the unit after the last comma in the brackets', () => {
    expect(figures('Operations            FY2022     FY2023\nOn-time departures (within 15 minutes, %)      76.4        79.2\n').map(([, v, u]) => [v, u])).toEqual([
      [76.4, '%'],
      [79.2, '%'],
    ]);
    expect(figures('CO2 emissions by region (Scope 1+2, thousand t-CO2)\nRegion\tFY2022\tFY2023\nJapan\t668\t611\n').map(([, v, u]) => [v, u])).toEqual([
      [668000, 'tCO2'],
      [611000, 'tCO2'],
    ]);
  });
});

describe("an earlier period's value with the figure's year between", () => {
  it('takes the noun of the figure', () => {
    expect(figures('We completed 11,284 homes in 2023 (2022: 14,906), including 2,418 affordable homes.')[1]).toEqual(['14,906', 14906, 'homes']);
  });
});

describe('a caption over a header wrapped on three lines', () => {
  it("gives the cells the caption's unit", () => {
    const table = [
      'U.S. workforce by race/ethnicity (%)',
      '                                   Total          Exec./Sr.         First/Mid-level',
      '                                   workforce      officials &       officials &',
      '                                                  managers          managers',
      'White                                 55.1            71.8               60.3',
      '',
    ].join('\n');
    expect(figures(table).map(([, , u]) => u)).toEqual(['%', '%', '%']);
  });
});

describe('rows indented under a row stating its unit', () => {
  const table = [
    '                                                    FY2022          FY2023',
    'CO2 emissions (Scope 1 and 2) (kt-CO2)               1,371           1,284',
    '   Japan                                               764             706',
    '   Overseas                                            607             578',
    'Energy consumption (TJ)                             24,180          22,960',
    '',
  ].join('\n');

  it("take the row's unit", () => {
    expect(figures(table).map(([, , u]) => u)).toEqual(['ktCO2', 'ktCO2', 'ktCO2', 'ktCO2', 'ktCO2', 'ktCO2', 'TJ', 'TJ']);
  });

  it('take none from a row stating a share', () => {
    const shares = 'Women in the workforce (%)          34.2         35.1\n   of which in leadership           612          640\n';
    expect(figures(shares).map(([, , u]) => u)).toEqual(['%', '%', '', '']);
  });
});

describe("a count's row under a caption of a measure", () => {
  it('takes no unit from the caption', () => {
    const table = [
      'Water (ML unless stated)                                     FY2022        FY2023',
      'Water consumed                                               40,980        39,170',
      'Operations in water-stressed areas                                4             5',
      'Number of spills                                                  2             1',
      '',
    ].join('\n');
    expect(figures(table).map(([, , u]) => u)).toEqual(['ML', 'ML', '', '', '', '']);
  });
});
