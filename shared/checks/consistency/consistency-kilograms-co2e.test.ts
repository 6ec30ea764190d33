import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';
import { dimensionOf } from '../readers/dimension';

// a brewer's report: the chief executive's letter gives the emissions per hectolitre in kilograms, the
// environment section and the key figures in kilograms of CO2e, as a report says tonnes and tCO2e alike
const report = (letter: string) =>
  [
    'A letter from our chief executive',
    '',
    `We brewed more beer with less energy, and emissions per hectolitre fell to ${letter} kg.`,
    '',
    'Our brewers replaced the last of the coal-fired boilers at the river site with heat pumps, and the new canning line',
    'runs on electricity bought under a ten-year contract with a wind farm on the coast. We thank our suppliers, our',
    'growers and the people of the towns where we brew for another year of work together, and we will report again on',
    'the water we draw and return, on the barley we buy from local farms and on the packaging our customers send back.',
    '',
    '2.1 Climate',
    '',
    'Emissions per hectolitre were 6.42 kg CO2e in 2024 (2023: 6.87 kg).',
  ].join('\n');

const slips = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds);

describe('kilograms and kilograms of CO2e are one measure, as tonnes and tCO2e are', () => {
  it('reads kg and kgCO2e as one dimension', () => {
    expect(dimensionOf({ unit: 'kg' })).toBe(dimensionOf({ unit: 'kgCO2e' }));
    expect(dimensionOf({ unit: 't' })).toBe(dimensionOf({ unit: 'tCO2e' }));
  });

  it('flags the letter’s 6.24 kg against the section’s 6.42 kg CO2e', () => {
    expect(slips('6.24')).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 6.24 }, { value: 6.42 }] }]);
  });

  it('says nothing where the two agree', () => {
    expect(slips('6.42')).toEqual([]);
  });
});
