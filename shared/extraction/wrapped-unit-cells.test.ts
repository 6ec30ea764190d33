import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Held-out batch 42's misses, each as a rule over any text of its kind.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit, f.qualifier] as const);

describe('a unit cell a PDF wrapped onto the line under its row', () => {
  const table = [
    'Area        Item                     Unit          2022        2023',
    'Finance     Donations                KRW 100        41.5        52.0',
    '                                     million',
    'Carbon      Intensity                tCO2eq/KRW     3.81        3.42',
    '                                     1 billion',
    'Energy      Fuel use                 TJ              812         790',
  ].join('\n');

  it('scales the row by the whole cell and reads no figure in its rest', () => {
    const got = figures(table);
    expect(got).toContainEqual(['41.5', 4150000000, 'KRW', 'exact']);
    expect(got).toContainEqual(['52.0', 5200000000, 'KRW', 'exact']);
    expect(got.map(([t]) => t)).toEqual(['41.5', '52.0', '3.81', '3.42', '812', '790']);
  });

  it('leaves a scale standing under a value cell to that value', () => {
    expect(figures('Revenue                  12.5\n                         million').map(([, v]) => v)).toEqual([12500000]);
  });
});

describe('a contents page of chapter numbers without a stop', () => {
  it('reads no page number after `1  Title`', () => {
    const page = 'Contents\n1  Our approach                       3\n2  Climate metrics                   11\n3  Nature                          19\n\n2  Climate metrics\nWe cut emissions by 12%.';
    expect(figures(page).map(([t]) => t)).toEqual(['12%']);
  });
});

describe('a grid’s units', () => {
  it('reads 千伏安 as kVA and drops a voltage grade', () => {
    expect(figures('新增变电容量1,250万千伏安')).toEqual([['1,250万千伏安', 12500000, 'kVA', 'exact']]);
    expect(figures('新建220千伏及以上线路3,100公里，投运500千伏变电站4座')).toEqual([
      ['3,100公里', 3100, 'km', 'exact'],
      ['4座', 4, '座', 'exact'],
    ]);
  });
});

describe('`double` before a determiner', () => {
  it('is a multiplier of what follows', () => {
    expect(figures('sales of £2.4bn, more than double the £1.1bn of 2021')).toContainEqual(['double', 2, 'times', 'over']);
    expect(figures('a double materiality assessment')).toEqual([]);
  });
});

describe('a share after a tier’s number', () => {
  it('is no code of the list before it', () => {
    expect(figures('88% of Tier 1 and 63% of Tier 2 suppliers').map(([t]) => t)).toEqual(['88%', '63%']);
    expect(figures('Scope 1 and 2 emissions').map(([t]) => t)).toEqual([]);
  });
});

describe('a measure after a scope\'s number and `and`', () => {
  it('is a figure when written with a thousands separator, no next code of the list (`of Scope 1 and 2,358 tCO2e`)', () => {
    expect(figures('made up of 5,962 tCO2e of Scope 1 and 2,358 tCO2e of Scope 2').map(([t]) => t)).toEqual(['5,962 tCO2e', '2,358 tCO2e']);
    expect(figures('We report Scope 1 and 2 emissions; of Tier 1 and 2 suppliers, 86% have signed').map(([t]) => t)).toEqual(['86%']);
  });
});

describe('a count of a set named before', () => {
  it('keeps `N of them` with its noun unsaid', () => {
    expect(figures('we engaged the largest emitters, and 17 of them set targets.').map(([t, v]) => [t, v])).toEqual([['17', 17]]);
    expect(figures('at 5 of these sites').map(([t]) => t)).toEqual(['5']);
  });
});

describe('a class’s number inside a counted noun', () => {
  it('reads `Tier 1 factories` whole', () => {
    expect(figures('We audited 120 Tier 1 factories and installed 36 Level 2 chargers.').map(([, v, u]) => [v, u])).toEqual([
      [120, 'Tier 1 factories'],
      [36, 'Level 2 chargers'],
    ]);
  });
});
