import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A unit column's abbreviation the unit tables do not know, opening in small letters with a capital after
// them (`mmBtu`, `kWp`): under a `Unit` header, before bare values, it is the row's unit.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.unit] as const);

describe('a unit column’s mixed-case abbreviation', () => {
  it('is the unit of the values after it', () => {
    const table = ['Metric\tUnit\tFY2025\tFY2024', 'Boiler fuel\tmmBtu\t1,204,300\t1,118,650', 'Rooftop solar capacity\tkWp\t4,820\t3,960'].join('\n');
    expect(figures(table)).toEqual([
      ['1,204,300', 'mmBtu'],
      ['1,118,650', 'mmBtu'],
      ['4,820', 'kWp'],
      ['3,960', 'kWp'],
    ]);
  });
});
