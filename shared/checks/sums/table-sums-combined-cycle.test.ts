import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a column whose rows name a combined-cycle or combined heat and power plant', () => {
  const table = (total: string) =>
    [
      'Power output by plant type (MWh)          2024         2023',
      'Combined-cycle gas turbines             412,306      455,870',
      'Combined heat and power                  96,514       88,203',
      'Onshore wind                            187,095      160,442',
      'Biomass                                  23,617       25,948',
      `Total                                   ${total}      730,463`,
      '',
    ].join('\n');
  it('takes them for parts, not for totals closing the rows above', () => {
    expect(sums(table('719,532'))).toEqual(expect.arrayContaining([[true, [719_532, 412_306, 96_514, 187_095, 23_617]], [true, [730_463, 455_870, 88_203, 160_442, 25_948]]]));
    expect(sums(table('719,352'))).toEqual(expect.arrayContaining([[false, [719_352, 412_306, 96_514, 187_095, 23_617]]]));
  });
});
