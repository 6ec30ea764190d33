import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A designed page as pdftotext -layout gives it: headline figures letter-spaced in cells of their own,
// their scale word or noun on the line below in their column (held-out batch 36, `227`, `231`).

const values = (text: string): number[] => extractFigures(text).map((f) => f.value);

describe('a letter-spaced figure in a cell of its own', () => {
  it('is read whole, its point, comma and percent spaced as its digits are', () => {
    const row = '    4 1 2                   1 8 . 6 %                2 7 , 3 0 0\n\n    hotels in 38 countries  reduction in energy use  tonnes of food waste\n';
    expect(values(row)).toEqual([412, 18.6, 27_300, 38]);
    expect(values('  Water withdrawn\n  4 2 . 7\n  gigalitres\n')).toEqual([42.7]);
  });

  it('is no heading number, and a decimal before `per` is a rate, no section', () => {
    expect(values('  Total recordable injury frequency\n  2 . 1 4\n  per million hours worked\n')).toEqual([2.14]);
    expect(values('fell to\n2.8 per million hours worked, from 3.4 in 2022.')).toEqual([2.8, 3.4]);
    expect(values('2.1 Our approach to safety\n')).toEqual([]);
  });

  it('leaves digits one space apart in prose, or after another number, as they were', () => {
    expect(values('under Scope 1 2 3 we report')).toEqual([]);
    expect(values('以 公 益 的 心 态\n\n0 1 50 1 4\n\n')).toEqual([]);
  });
});

describe('a scale beside or below a figure of a page in columns', () => {
  it('opens the line below in the figure\'s column, and is no scale of a figure in another column', () => {
    const page =
      '    1 . 4                     9 1 %                   2 3 0\n' +
      '    million                   of hotels have          hotels have removed\n' +
      '    cubic metres of water     eliminated straws       bathroom miniatures\n';
    expect(values(page)).toEqual([1.4e6, 91, 230]);
    expect(values('  Climate\n                                  1 . 8 6\n  Our people                      million tCO2e, down 9%\n')).toEqual([1.86e6, 9]);
  });

  it('still reaches a figure whose words are spaced in one column', () => {
    expect(values('more than  6.5\nmillion people\n\nmore than  800\nbillion yuan\n')).toEqual([6.5e6, 8e11]);
  });

  it('is a letter a space after a currency or after letter-spaced digits', () => {
    expect(values('    US$ 3.4 m                 950\n')).toEqual([3.4e6, 950]);
    expect(values('  Local procurement\n  A $ 1 . 1 2 b n\n  spent with suppliers\n')).toEqual([1.12e9]);
    expect(values('    1 . 2 m\n    hours of training\n')).toEqual([1.2e6]);
    // an integer's m may be metres
    expect(values('    4 8 0 m\n    tall\n')).toEqual([480]);
  });
});

describe('a scale opening the name of a rate', () => {
  it('is the rate\'s base, no count', () => {
    expect(values('百万工时损失工时事故率为0.06，较上年下降0.02。')).toEqual([0.06, 0.02]);
    expect(values('公司百万工时损工事故率0.38。')).toEqual([0.38]);
  });
});

const units = (text: string): Array<[number, string]> => extractFigures(text).map((f) => [f.value, f.unit]);

describe('the unit of a figure of a page in columns', () => {
  it('is a unit spelt out in its label below, not another column\'s words beside it', () => {
    const page =
      '  Indigenous employees                          6 1 2\n' +
      '  6 8 0                                         hectares, bringing the total to\n' +
      '  of whom 190 are trainees                      4,930 hectares since 2015\n';
    expect(units(page)).toEqual([[612, 'ha'], [680, ''], [190, 'trainees'], [4930, 'ha']]);
    expect(units('  Water withdrawn                   Climate\n  4 2 . 7                           1 . 8 6\n  gigalitres                        million tCO2e\n')).toEqual([
      [42.7, 'GL'],
      [1.86e6, 'tCO2e'],
    ]);
  });

  it('is its label past the blank line an infographic leaves', () => {
    expect(units('    4 1 2                   9 5 0\n\n    hotels in 38 countries  community partners\n')).toEqual([
      [412, 'hotels'],
      [950, 'community partners'],
      [38, 'countries'],
    ]);
  });
});

describe('a bare figure of an infographic', () => {
  it('takes its label past a line that is blank under it, another column\'s unit beside', () => {
    const page = '    318                       7.9\n                              kgCO2e\n    hotels with a green       per occupied room\n';
    expect(units(page)).toEqual([[318, 'hotels'], [7.9, 'kgCO2e']]);
  });
});

describe('a table whose header is set over lines in columns', () => {
  it('gives each value the unit its column states on any header line above it', () => {
    const table =
      'Data by region\n\n' +
      '              Electricity    of which     Natural gas    Scope 1     Water\n' +
      '              consumed       renewable    (MWh)          (tCO2e)     withdrawn\n' +
      '              (MWh)          (%)                                     (m³)\n' +
      'UK            184,220        100          21,460         5,106       112,400\n' +
      'Europe        96,310         87           8,740          1,897       0\n';
    expect(units(table).map((u) => u[1])).toEqual(['MWh', '%', 'MWh', 'tCO2e', 'm3', 'MWh', '%', 'MWh', 'tCO2e', 'm3']);
  });

  it('leaves a table parted by tabs to its header cells in order', () => {
    expect(units('Metric\tUnit\tFY2024\tFY2023\nIntensity\tkgCO₂e/MWh\t412\t447\n').map((u) => u[1])).toEqual(['', '']);
  });
});
