import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A value assumed to model something is a scenario setting (GUIDELINES.md, "Exclude"); what the
// model gives is a claim (noise-assumptions.ts).

const figs = (text: string): Array<[string, number, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('assumed settings', () => {
  it('drops the values a scenario assumes and keeps the result it gives', () => {
    expect(
      figs(
        'Under the 1.5°C scenario we assume a carbon price in China of RMB 200 per tonne by 2030 and RMB 600 per\ntonne by 2060. On that basis, carbon costs could reach RMB 3.8 billion a year by 2030.',
      ),
    ).toEqual([['RMB 3.8 billion', 3.8e9, 'CNY']]);
  });
  it('drops an assumed lifetime, and Chinese 假设 as English assume', () => {
    expect(figs('about 41 tCO2e per vehicle over an assumed lifetime of 200,000 km')).toEqual([['41 tCO2e', 41, 'tCO2e']]);
    expect(figs('假设碳价为200元/吨')).toEqual([]);
  });
  it('ends the setting at its clause: what follows a comma is claimed', () => {
    expect(figs('Assuming full take-up, the scheme will save 12,000 tonnes of CO2e a year')).toEqual([['12,000 tonnes of CO2e', 12000, 'tCO2e']]);
    expect(figs('The model assumes a discount rate of 8% and a useful life of 25 years.')).toEqual([]);
  });
});
