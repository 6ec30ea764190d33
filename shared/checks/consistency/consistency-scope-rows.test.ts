import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a brewery's report: the section gives each scope a figure it stands at; the key table gives each scope a row named by it alone
const report = (scope2: string) =>
  [
    '2.2 Emissions',
    '',
    `Our brewery emitted 12,480 tCO2e in 2024, with Scope 1 at 3,120 tCO2e and Scope 2 at ${scope2} tCO2e, down 4.2% on 2023.`,
    '',
    '6. Key figures',
    '',
    'Indicator                     Unit          2024        2023',
    'Total GHG emissions           tCO2e       12,480      13,030',
    'Scope 1                       tCO2e        3,120       3,210',
    'Scope 2                       tCO2e        9,360       9,820',
    '',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');

describe('an English figure in CO2e whose metric is a scope alone (`Scope 2 at 9,630 tCO2e`, the row `Scope 2`)', () => {
  it('is that scope\'s emissions: the text\'s that differs from the key table\'s row is flagged', () => {
    expect(mismatches(report('9,630'))).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 9630 }), expect.objectContaining({ value: 9360 })]) }]);
  });

  it('flags nothing when they agree, and never one scope against another', () => {
    expect(mismatches(report('9,360'))).toEqual([]);
  });
});
