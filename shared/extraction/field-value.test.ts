import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A questionnaire's `Label: value` lines (CDP, data sheets).

const figures = (text: string): Array<[string, number, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe("a field's value", () => {
  it("takes the unit and scale its label states in brackets at its end", () => {
    expect(figures('Gross global Scope 1 emissions (metric tons CO2e): 48,213')).toEqual([['48,213', 48_213, 'tCO2e']]);
    expect(figures('Revenue (RMB million): 1,234')).toEqual([['1,234', 1_234_000_000, 'CNY']]);
    expect(figures('Metric numerator (Gross global combined Scope 1 and 2 emissions, metric tons CO2e): 136,730')).toEqual([['136,730', 136_730, 'tCO2e']]);
  });
  it('takes nothing from brackets that state no unit, or from a label that opens with %', () => {
    expect(figures('Payment (see note 3): 1,200')).toEqual([['1,200', 1200, '']]);
    expect(figures('% change from previous year (tCO2e): 18')).toEqual([['18', 18, '%']]);
  });
  it('ends its line before the next field, but not before the rest of a sentence a PDF wrapped', () => {
    expect(figures('Sites audited: 8\nFacilities in scope: 12')).toEqual([
      ['8', 8, ''],
      ['12', 12, ''],
    ]);
    const sentence = 'Service sectors: 8 industries including hotel and car renting.';
    expect(figures(sentence.replace('8 ', '8\n'))).toEqual(figures(sentence));
    expect(figures(sentence)).toEqual([['8', 8, 'industries']]);
  });
  it('is read bare when its year follows it, with the year before beside it (`Spills: 12 in 2024 (2023: 19)`)', () => {
    expect(figures('Reportable spills: 12 in 2024 (2023: 19), down 37%.').map(([t]) => t)).toEqual(['12', '19', '37%']);
    expect(figures('Reportable spills: 12 (2023: 19)').map(([t]) => t)).toEqual(['12', '19']);
  });
});
