import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.year-on-year-column').map((c) => c.message);

describe('a space-aligned row of figures grouped in thousands by spaces (`1 482.6`, as European reports write them) is a table row', () => {
  it('reads a change column over cells of five digits and more', () => {
    const report = [
      'Energy intensity per net sales (MWh/SEK million)        2022        2023      Change (%)',
      'Total energy use per net sales                       1 482.6     1 391.2           -6.2',
      'Of which purchased heat per net sales                  212.4       198.6           -4.0',
      'Electricity use per net sales                        1 104.8     1 088.9           -4.0',
    ].join('\n');
    expect(changes(report).sort()).toEqual(['✓ 1,482.6 → 1,391.2 = −6.2 %', '✗ 1,104.8 → 1,088.9 = −1.4 %, stated -4.0 %', '✗ 212.4 → 198.6 = −6.5 %, stated -4.0 %']);
  });
});
