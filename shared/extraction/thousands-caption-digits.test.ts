import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// `000` standing first in a table's caption or a row label's brackets is the scale `thousands`, as `'000` is:
// mining and agricultural reports write `(000 tonnes)`, `(000 oz)` without the apostrophe.
const cells = (text: string) => extractFigures(text).map((f) => ({ text: text.slice(f.start, f.end), value: f.value, unit: f.unit }));

describe('a caption or row label of `000` and a unit', () => {
  it('scales the cells under a numbered title line `(000 tonnes)`', () => {
    const text = [
      'Table 3  Coal sold by colliery                                  (000 tonnes)',
      'Colliery                       FY2025         FY2024',
      'Kestrel North                   4,218          4,006',
      'Moranbah West                   2,964          3,118',
      'Total                           7,182          7,124',
      '',
    ].join('\n');
    const got = cells(text).filter((c) => c.text === '7,182' || c.text === '4,218');
    expect(got).toEqual([
      { text: '4,218', value: 4_218_000, unit: 't' },
      { text: '7,182', value: 7_182_000, unit: 't' },
    ]);
  });

  it('scales a row whose label ends in `(000 oz)`', () => {
    const text = [
      'Operating data                         2025          2024',
      'Ore processed (000 t)                 8,412         8,106',
      'Gold produced (000 oz)                  486.2         471.9',
      'All-in sustaining cost (US$/oz)         1,214         1,187',
      '',
    ].join('\n');
    const gold = cells(text).find((c) => c.text === '486.2');
    expect(gold).toMatchObject({ value: 486_200 });
    expect(cells(text).find((c) => c.text === '8,412')).toMatchObject({ value: 8_412_000, unit: 't' });
  });
});

describe('a number whose last group is 000', () => {
  it('is no scale: a rate per 200,000 hours or per 1,000 km keeps its cells as they are', () => {
    const text = [
      'Safety                                   2024        2023',
      'Hours worked (millions)                  18.2        17.6',
      'TRIR (per 200,000 hours)                 0.42        0.51',
      'Leaks (per 1,000 km of main)             94.6       101.3',
      '',
    ].join('\n');
    expect(cells(text).find((c) => c.text === '0.42')).toMatchObject({ value: 0.42 });
    expect(cells(text).find((c) => c.text === '94.6')).toMatchObject({ value: 94.6 });
  });
});
