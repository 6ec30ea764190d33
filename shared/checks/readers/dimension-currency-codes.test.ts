import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../extraction/index';
import { checksOf } from '../__fixtures__/check-docs';
import { dimensionOf } from './dimension';

// Three capitals are a currency only when they are an ISO 4217 code: a container terminal counts boxes in `TEU`, a
// distiller its spirit in `LPA`, an employer its people in `FTE`, and a quotient over them is a measure per unit.

describe('dimensionOf a unit of three capitals', () => {
  it('reads ISO 4217 codes as money, each its own currency', () => {
    expect(['KES', 'MOP', 'CLP', 'GBP'].map((unit) => dimensionOf({ unit }))).toEqual(['currency:KES', 'currency:MOP', 'currency:CLP', 'currency:GBP']);
  });

  it('reads every code extraction gives a figure as money', () => {
    // a Mozambican port's meticais and a Georgian winery's lari, which extraction reads as ISO codes in capitals
    const text = 'Port dues came to MZN 412.6 million, and the Tbilisi cellar earned GEL 18.4 million.';
    const units = extractFigures(text).map((f) => f.unit);
    expect(units).toEqual(['MZN', 'GEL']);
    expect(units.map((unit) => dimensionOf({ unit }))).toEqual(['currency:MZN', 'currency:GEL']);
  });

  it('reads any other three capitals as no currency', () => {
    for (const unit of ['TEU', 'LPA', 'FTE', 'SKU']) expect(dimensionOf({ unit })).not.toMatch(/^currency:/);
  });
});

// a port operator's energy per box handled, a row of kWh over a row of thousand TEU
const report = (perBox: string) =>
  [
    'We used 52,800 MWh of energy in 2024 and handled 2.4 million TEU, so energy per TEU was 22.0 kWh.',
    '',
    'Key figures',
    '',
    'Indicator                     Unit                       2024       2023',
    'Containers handled            thousand TEU              2,400      2,250',
    'Energy use                    MWh                      52,800     51,750',
    `Energy per TEU                kWh                     ${perBox}       23.0`,
  ].join('\n');

describe('an intensity over a count in TEU', () => {
  it('is recomputed as energy over boxes, not set aside as a sum of money', () => {
    const checks = checksOf('ratio', report('  22.0')).filter((c) => c.rule === 'rate.intensity');
    expect(checks.map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual(expect.arrayContaining([[true, [52_800, 2_400_000, 22.0]], [true, [51_750, 2_250_000, 23.0]]]));
  });

  it('is flagged when the printed intensity is off', () => {
    const checks = checksOf('ratio', report('  24.0')).filter((c) => c.rule === 'rate.intensity' && !c.holds);
    expect(checks.map((c) => c.figures.map((f) => f.value))).toContainEqual([52_800, 2_400_000, 24.0]);
  });
});
