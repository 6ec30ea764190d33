import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

describe('a unit column of kilograms of standard coal', () => {
  it('gives its cells kgce, as `kgce` in running text is', () => {
    const text =
      'Key figures\nIndicator                          Unit                  2024       2023\n' +
      'Energy per tonne of output         kgce                 42.6       44.1\n' +
      'Water per tonne of output          m3                    3.8        4.0\n';
    const cell = extractFigures(text).find((f) => f.text === '42.6');
    expect([cell?.value, cell?.unit]).toEqual([42.6, 'kgce']);
    expect(extractFigures('Energy per tonne of output was 42.6 kgce.').map((f) => f.unit)).toEqual(['kgce']);
  });
});
