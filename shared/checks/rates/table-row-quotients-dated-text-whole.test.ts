import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const quotients = (text: string) => checksOf('ratio', text).map((c) => [c.rule, c.holds, c.figures.map((f) => f.value)]);

/** A KPI table by year whose intensity is per tonne of output, the output said only in the text, of one year. */
const report = `In FY2024 our kilns produced 1.86 million tonnes of clinker, 7.5% more than in FY2023.

Key environmental data
                                                FY2024         FY2023      Change
Energy consumed (GJ)                         5,580,000      5,210,000       +7.1%
Energy intensity (GJ per tonne)                   3.00           2.98       +0.7%
`;

describe('an intensity row over an output the text states for one year', () => {
  it('divides only that year\'s column by it, not the year before\'s (FY2024\'s 1.86 million tonnes is no output of FY2023)', () => {
    expect(quotients(report).filter(([rule]) => rule === 'ratio.table-row-quotient')).toEqual([['ratio.table-row-quotient', true, [5_580_000, 1_860_000, 3]]]);
  });

  it('reads an output said with no year as the report\'s, of the latest column only', () => {
    const undated = report.replace('In FY2024 our kilns produced 1.86 million tonnes of clinker, 7.5% more than in FY2023.', 'FY2024 was a year of steady demand. Our kilns produced 1.86 million tonnes of clinker.');
    expect(quotients(undated).filter(([, holds]) => !holds)).toEqual([]);
  });
});
