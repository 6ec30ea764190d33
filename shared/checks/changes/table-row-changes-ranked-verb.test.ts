import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A row named, its verb ranked against the others, then its rate after a comma: `Water services grew most, up 12.4%`.
const page = (said: string) => `Revenue rose 5.1% to $84.2 million. ${said}

Table 2: Revenue by segment ($ thousand)

Segment                      2024         2023      Change
Water services             31,480       28,010      +12.4%
Roads and bridges          29,640       29,120       +1.8%
Buildings                  23,080       22,990       +0.4%
Total                      84,200       80,120       +5.1%
`;

const ofRow = (text: string) => [...checksOf('change', text), ...checksOf('consistency', text)].filter((c) => c.rule === 'change.table-row-rate' || c.rule === 'consistency.change-column');

describe('a row\'s rate said after its ranked verb and a comma', () => {
  it('is read against the row, and its change cell', () => {
    const checks = ofRow(page('Water services grew most, up 12.4%, as councils renewed their networks.'));
    expect(checks.map((c) => [c.rule, c.holds])).toEqual(expect.arrayContaining([['change.table-row-rate', true], ['consistency.change-column', true]]));
  });

  it('flags a rate with its digits swapped against the row and its change cell', () => {
    const checks = ofRow(page('Water services grew fastest, up 21.4%, as councils renewed their networks.'));
    expect(checks.filter((c) => !c.holds).map((c) => c.rule).sort()).toEqual(['change.table-row-rate', 'consistency.change-column']);
  });
});
