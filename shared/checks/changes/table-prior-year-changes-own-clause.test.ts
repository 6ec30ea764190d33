import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) =>
  [...checksOf('change', text), ...checksOf('consistency', text)].filter((c) => !c.holds && (c.rule === 'change.against-table-prior-year' || c.rule === 'consistency.change-column')).map((c) => c.message);

describe('a rate of its own clause after a clause naming a table\'s total', () => {
  const text = (clause: string) =>
    `Rental income rose 3.0% to S$512 million, ${clause} grew 6.0% to S$402.6 million.\n\nTable 4  Rental income by centre (S$ million)\nCentre                 FY2024       FY2023     Change (%)\nNorthgate             301.2      290.4           +3.7\nRiverside             211.2      206.6           +2.2\nTotal                 512.4      497.0           +3.1\n`;
  it('reads `and net operating income grew 6.0%` as no change of the caption\'s Total row', () => {
    expect(mismatches(text('and net operating income'))).toEqual([]);
  });
});
