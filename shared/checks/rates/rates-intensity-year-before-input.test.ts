import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// An intensity that no pair of its year gives, while its pair with one input of the year before (the table row's other
// cell) does, was worked over the wrong year's input: it is its year's pair's mismatch.
describe('an intensity that holds only with one input of the year before', () => {
  const report = (stated: string) =>
    [
      'We delivered 12,400 boats in 2024, 3.3% more than in 2023.',
      '',
      'Table 2: Deliveries',
      '',
      'Indicator                  2024        2023',
      'Boats delivered          12,400      12,000',
      'Energy use (MWh)         31,000      30,500',
      '',
      `We used 31,000 MWh of energy in 2024. Energy per boat delivered was ${stated} kWh.`,
    ].join('\n');

  it('reports 2,583 kWh per boat (31,000 MWh over 2023’s 12,000 boats) where over 2024’s 12,400 it is 2,500', () => {
    expect(intensities(report('2,583'))).toContainEqual([false, [31_000, 12_400, 2_583]]);
  });

  it('holds when worked over the year’s own figures', () => {
    expect(intensities(report('2,500'))).toContainEqual([true, [31_000, 12_400, 2_500]]);
  });

  it('reports nothing when no year’s input gives it', () => {
    expect(intensities(report('2,710'))).toEqual([]);
  });

  // (what it is per in the singular, its count's noun a plural in -es: `per torch`, `8,200 torches`)
  it('reads a count whose noun is a plural in -es', () => {
    const torches = [
      'We shipped 8,200 torches in 2024, up from 8,000 in 2023.',
      '',
      'Table 3: Shipments',
      '',
      'Indicator                  2024        2023',
      'Torches shipped           8,200       8,000',
      '',
      'Our emissions were 1,640 tCO2e in 2024. Emissions per torch shipped were 205 kg CO2e.',
    ].join('\n');
    expect(intensities(torches)).toContainEqual([false, [1_640, 8_200, 205]]);
  });
});
