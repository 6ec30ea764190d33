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

// a printer's report: the text gives Scope 2 its basis in a bracket before the figure, the key table a row of its own
const bracketed = (scope2: string) =>
  [
    '3. Emissions',
    '',
    'Our emissions were 4,210 tCO2e, down 6.1% from 4,480 tCO2e: Scope 1 emissions were 1,350 tCO2e and Scope 2 emissions',
    `(market-based) ${scope2} tCO2e. Most of it is the electricity of the presses.`,
    '',
    'Key figures                   Unit          2024        2023',
    'Scope 1 emissions             tCO2e        1,350       1,420',
    'Scope 2 emissions             tCO2e        2,860       3,060',
    'Total GHG emissions           tCO2e        4,210       4,480',
    '',
  ].join('\n');

describe('a figure in CO2e its scope names, a bracket leaving it no metric (`Scope 2 emissions (market-based) 2,680 tCO2e`)', () => {
  it("is that scope's emissions: flagged against the key table's row that differs", () => {
    expect(mismatches(bracketed('2,680'))).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 2680 }), expect.objectContaining({ value: 2860 })]) }]);
  });

  it('flags nothing when they agree', () => {
    expect(mismatches(bracketed('2,860'))).toEqual([]);
  });
});
