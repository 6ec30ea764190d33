import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Held-out batch 41's misses and units, each as a rule over any text of its kind.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.valueMax, f.unit] as const);

describe('a Chinese range wrapped before its connector', () => {
  it('reads `10⏎至30个基点` as one range', () => {
    expect(figures('较同类贷款低10\n至30个基点。')).toEqual([['10\n至30个基点', 10, 30, 'bp']]);
    expect(figures('年均增长5\n到8个百分点')).toEqual([['5\n到8个百分点', 5, 8, 'pp']]);
  });

  it('leaves a table row opening with 至 apart from an English cell above', () => {
    expect(figures('Total 10\n至30个基点').map(([t]) => t)).toEqual(['10', '30个基点']);
  });
});

describe('a mean age', () => {
  it('keeps `average age 7.4 years` and drops a person’s age', () => {
    expect(figures('Fleet: 126 aircraft, average age 7.4 years')).toContainEqual(['7.4 years', 7.4, undefined, 'years']);
    expect(figures('children aged 7 and above')).toEqual([]);
    expect(figures('volunteers of age 70')).toEqual([]);
  });
});

describe('a duration at the current rate', () => {
  it('keeps how long something lasts at current rates', () => {
    expect(figures('capacity for 2.1 million tonnes, or 11 to 12 years\nat current rates of filling.')).toContainEqual(['11 to 12 years', 11, 12, 'years']);
    expect(figures("a mine life of 9 years at today's prices")).toEqual([['9 years', 9, undefined, 'years']]);
  });

  it('still drops a framing period', () => {
    expect(figures('over the next 5 years at current prices')).toEqual([]);
  });
});

describe('a criterion picking the members of a share', () => {
  it('drops the threshold after `% of … with over`', () => {
    expect(figures('(approx. 31% of our stations with over\n100,000 passengers a day)').map(([t]) => t)).toEqual(['31%']);
    expect(figures('the share of households with more than 2 cars fell').map(([t]) => t)).toEqual([]);
  });

  it('keeps a count that is no criterion', () => {
    expect(figures('it has funded dozens of environmental NGOs with more than 200 projects').map(([, v]) => v)).toContain(200);
    expect(figures('We operate 300 stores with over 10,000 employees.').map(([, v]) => v)).toContain(10000);
  });
});

describe("a counted noun's head", () => {
  it('reads past a compound modifier ending in -s (`landfill-gas`, `new-series`)', () => {
    expect(figures('Our two landfill-gas engines ran')[0]?.[3]).toBe('landfill-gas engines');
    expect(figures('the 320 new-series cars use less energy')[0]?.[3]).toBe('new-series cars');
  });

  it('ends at a collective noun before `and` another count (`5,870 cabin crew and 1,186 pilots`)', () => {
    expect(figures('including 5,870 cabin crew and 1,186 pilots').map(([, v, , u]) => [v, u])).toEqual([
      [5870, 'cabin crew'],
      [1186, 'pilots'],
    ]);
  });
});

describe('grams', () => {
  it('reads a spaced g before a rate’s base, and in the earlier period’s brackets after it', () => {
    expect(figures('CO2 intensity: 88.6 g per revenue passenger kilometre (2022-23: 91.2 g)').map(([t, v, , u]) => [t, v, u])).toEqual([
      ['88.6 g', 88.6, 'g'],
      ['91.2 g', 91.2, 'g'],
    ]);
    expect(figures('new cars emit 95 g/km')[0]?.[3]).toBe('g');
  });

  it('reads a hyphenated `g-CO2` in a row label', () => {
    const table = 'Item                          FY2021      FY2022\nCO2 emissions per passenger-km (g-CO2)     17.8        17.1\n';
    expect(figures(table).map(([, v, , u]) => [v, u])).toEqual([
      [17.8, 'gCO2'],
      [17.1, 'gCO2'],
    ]);
  });
});
