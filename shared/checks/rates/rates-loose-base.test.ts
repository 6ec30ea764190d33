import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// A rate said exactly is not read over a base said loosely (`nearly 900 thousand tonnes`, more than a tenth of its value
// wide): over so wide a base a slipped figure holds by chance.
describe('an intensity over a base said loosely', () => {
  const report = (stated: string) =>
    [
      'Chairman’s letter',
      '',
      'In 2024 our furnaces made nearly 900 thousand tonnes of glass and tableware.',
      '',
      'Key figures',
      '',
      'Indicator                       Unit                 2024        2023',
      'Glass produced                  thousand tonnes     836.0       812.0',
      'Scope 1 emissions               tCO2e              21,400      21,150',
      'Total Scope 1 and 2             tCO2e              30,250      29,880',
      `GHG per tonne of glass          kgCO2e              ${stated}       36.80`,
    ].join('\n');

  it('holds over the year’s output', () => {
    expect(intensities(report('36.18'))).toContainEqual([true, [30_250, 836_000, 36.18]]);
  });

  it('does not hold 37.25 (2024’s emissions over 2023’s output) over the letter’s nearly 900 thousand tonnes', () => {
    expect(intensities(report('37.25'))).not.toContainEqual([true, [30_250, 900_000, 37.25]]);
    expect(intensities(report('37.25'))).toContainEqual([false, [30_250, 836_000, 37.25]]);
  });
});
