import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe('a row label wrapped onto a second line', () => {
  it('keeps the caption above the table over the wrapped row and the rows after it', () => {
    const table = [
      'Freight moved by corridor (thousand tonnes)',
      'Corridor                        2023       2022',
      'Northern coast line             31.4       29.2',
      'Eastern valley and',
      'Lakeside loop                   12.6       11.9',
      'Inland spur                      4.1        3.8',
    ].join('\n');
    expect(figures(table).map(([text, value]) => [text, value])).toEqual([
      ['31.4', 31400],
      ['29.2', 29200],
      ['12.6', 12600],
      ['11.9', 11900],
      ['4.1', 4100],
      ['3.8', 3800],
    ]);
  });
});

describe('a caption at the right end of the title line', () => {
  it('scales the cells when a run of spaces parts it from the title', () => {
    const table = [
      'Key figures                                              (Thousands of euros)',
      '                               FY2022        FY2023      Change',
      'Revenue                        412,500       438,900       6.4%',
    ].join('\n');
    expect(figures(table)).toEqual([
      ['412,500', 412500000, 'EUR'],
      ['438,900', 438900000, 'EUR'],
      ['6.4%', 6.4, '%'],
    ]);
  });

  it('scales the cells of a table whose header row names its label column', () => {
    const table = ['Sales by region                                (Millions of dollars)', 'Region              FY2022      FY2023', 'Americas             518.2       547.9'].join('\n');
    expect(figures(table)).toEqual([
      ['518.2', 518200000, 'USD'],
      ['547.9', 547900000, 'USD'],
    ]);
  });
});

describe('a heading after a blank line', () => {
  it('is no wrapped label: the caption above it stops there', () => {
    const table = ['Fuel and emissions (thousand tonnes)', 'Jet fuel consumed                 2,146         2,918', '', 'Efficiency', 'Fuel burn per seat                 3.42          3.31'].join('\n');
    expect(figures(table).map(([text, value]) => [text, value])).toEqual([
      ['2,146', 2146000],
      ['2,918', 2918000],
      ['3.42', 3.42],
      ['3.31', 3.31],
    ]);
  });
});
