import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Held-out batch 44's misses, each as a rule over any text of its kind.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe('a bare m glued to a highlights line’s figure', () => {
  it('is millions after a label that names no length', () => {
    expect(figures('Parcels delivered  486.2m  up 6.4%')).toEqual([
      ['486.2m', 486200000, ''],
      ['6.4%', 6.4, '%'],
    ]);
    expect(figures('Highlights\n\nPassenger journeys          612.4m          (2023/24: 625.6m)\nVehicle miles operated²     298.6m')).toEqual([
      ['612.4m', 612400000, ''],
      ['625.6m', 625600000, ''],
      ['298.6m', 298600000, ''],
    ]);
  });

  it('is metres after a label that names a length, its earlier period’s value too', () => {
    expect(figures('Average stop spacing        412m            (2023/24: 405m)')).toEqual([
      ['412m', 412, 'm'],
      ['405m', 405, 'm'],
    ]);
    expect(figures('Sea level rise  0.5m')).toEqual([['0.5m', 0.5, 'm']]);
  });

  it('is neither in running text, where a glued m stays unread', () => {
    expect(figures('The pool is 50m long.')).toEqual([]);
  });
});

describe('a minus in brackets in running text', () => {
  it('reads `(1.6)%` negative, a percent sign after the bracket', () => {
    expect(figures('Margin fell in Metro to (1.6)%, a loss of £5.0m.')).toEqual([
      ['(1.6)%', -1.6, '%'],
      ['£5.0m', 5000000, 'GBP'],
    ]);
  });

  it('reads an amount between its currency sign and its scale negative', () => {
    expect(figures('a £(4.2)m loss on the sale')).toEqual([['£(4.2)m', -4200000, 'GBP']]);
    expect(figures('Net losses on fuel swaps were $(12.4) million (2023: gains).')).toEqual([['$(12.4) million', -12400000, 'USD']]);
  });
});

describe('a minus sign written as a dash', () => {
  it('reads an en dash glued to a cell after a column gap as a minus', () => {
    expect(figures('Scope 1          1,846       1,702          –7.8%').at(-1)).toEqual(['–7.8%', -7.8, '%']);
  });

  it('reads a hyphen after Chinese words as a minus, not after a number’s words (a range)', () => {
    expect(figures('系列酒销量增速为-4.6%。')).toEqual([['-4.6%', -4.6, '%']]);
    expect(figures('同比变化：-2.6%')).toEqual([['-2.6%', -2.6, '%']]);
    expect(figures('单价30万-50万元')).toEqual([['30万-50万元', 300000, 'CNY']]);
  });
});

describe('units', () => {
  it('reads 千升 as kilolitres, so 万 before it scales alone', () => {
    expect(figures('基酒产量5.62万千升，较上年减少约1,800千升')).toEqual([
      ['5.62万千升', 56200, 'kL'],
      ['1,800千升', 1800, 'kL'],
    ]);
  });
});

describe('an acronym’s measure', () => {
  it('keeps a decimal after an acronym when an earlier period’s value follows in brackets', () => {
    expect(figures('自建数据中心 PUE 1.24（2023: 1.29）')).toEqual([
      ['1.24', 1.24, ''],
      ['1.29', 1.29, ''],
    ]);
    expect(figures('Data centre PUE 1.24 (2023: 1.29)')[0]).toEqual(['1.24', 1.24, '']);
    expect(figures('We moved to TLS 1.2 in 2019.')).toEqual([]);
  });
});

describe('an earlier value restated', () => {
  it('takes the unit of the figure it was restated to (`restated from 9.4`)', () => {
    expect(figures('The FY23 figure was 9.3 kgCO2e per kgFPCM, restated from 9.4 after a change.')).toEqual([
      ['9.3 kgCO2e', 9.3, 'kgCO2e'],
      ['9.4', 9.4, 'kgCO2e'],
    ]);
  });
});

describe('a later target of the same count', () => {
  it('takes the noun of the target before it (`5 million people by 2025 and 10 million by 2030`)', () => {
    expect(figures('We aim to help 5 million people by 2025 and 10 million by 2030.')).toEqual([
      ['5 million', 5000000, 'people'],
      ['10 million', 10000000, 'people'],
    ]);
  });
});
