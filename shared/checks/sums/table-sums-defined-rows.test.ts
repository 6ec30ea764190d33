import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a note under a table that defines an `of which` row by the rows above', () => {
  const report = (diverted: string) =>
    [
      'Waste by treatment (tonnes)',
      '',
      '                         FY2024     FY2023',
      'Recycling                 8,412      7,951',
      'Composting                1,306      1,218',
      'Reuse                       744        690',
      'Incineration              2,087      2,311',
      'Landfill                  1,195      1,562',
      'Total                    13,744     13,732',
      `  of which diverted      ${diverted}      9,859`,
      '',
      'Diverted: recycling, composting and reuse. Landfill includes inert construction waste.',
      '',
    ].join('\n');
  it('adds the rows the note names to the row it defines, in each column', () => {
    expect(sums(report('10,462'))).toEqual(expect.arrayContaining([[true, [10_462, 8_412, 1_306, 744]], [true, [9_859, 7_951, 1_218, 690]]]));
  });
  it('reports a defined row the named rows do not add up to', () => {
    expect(sums(report('10,642'))).toEqual(expect.arrayContaining([[false, [10_642, 8_412, 1_306, 744]]]));
  });
});
