import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => c.message);

// a pulp mill's report for its 2024/25 financial year (April to March): the text leaves this year's rates undated, last year's in brackets
const report = (letterTonnes: string) => `LETTER FROM THE CEO

We produced ${letterTonnes} million tonnes of pulp in 2024/25, a record for the mill.


1. PRODUCTION

Table 1: Output

                                  2024/25     2023/24
Pulp (million tonnes)                3.86        3.71
Paper (million tonnes)               1.12        1.09


2. ENERGY

Table 2: Electricity from black liquor (GWh)

                                  2024/25     2023/24
Sold to the grid                      742         698
Used at the mill                    1,315       1,286

Every tonne of pulp produced gave 192.2 kWh of electricity sold to the grid (2023/24: 188.1 kWh).


3. WATER

Effluent fell 2.0% to 98.42 million m³ (2023/24: 100.43 million m³), or 25.5 m³ per tonne of pulp (2023/24: 27.1 m³).
`;

describe('a rate the text leaves undated, and the year before\'s in its bracket', () => {
  it('reads an undated rate as the report year\'s, over a base of that year anywhere', () => {
    expect(intensities(report('3.86'))).toContain('✓ 98,420,000 / 3,860,000 = 25.5');
  });

  it('reads the bracket\'s rate over the bracket\'s amount of its year', () => {
    expect(intensities(report('3.86'))).toContain('✓ 100,430,000 / 3,710,000 = 27.1');
  });

  it('reads a paragraph under a table over that table\'s figures of the year, `every tonne` as per tonne', () => {
    const found = intensities(report('3.86'));
    expect(found).toContain('✓ 742,000,000 / 3,860,000 = 192.2');
    expect(found).toContain('✓ 698,000,000 / 3,710,000 = 188.1');
  });

  it('takes the table\'s base over the letter\'s rounded one', () => {
    expect(intensities(report('3.9')).filter((m) => m.includes('742,000,000'))).toEqual(['✓ 742,000,000 / 3,860,000 = 192.2']);
  });
});
