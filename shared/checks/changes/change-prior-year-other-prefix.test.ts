import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year').map((c) => c.message);

describe('a text figure in another prefix of its table row\'s unit (`2.41 GWh` beside a row in MWh) is read in the row\'s unit', () => {
  const report = (rate: string) =>
    [
      'Energy',
      `Our purchased electricity use fell ${rate} to 2.41 GWh as the new chillers at the Lisbon data centre came on line.`,
      '',
      'Table 3: Energy use (MWh)',
      '                                     2024        2023        2022',
      'Purchased electricity               2,412.6     2,655.0     2,701.8',
      'Natural gas                           986.4     1,012.2     1,044.0',
      'Diesel for backup generators           42.8        40.6        44.2',
    ].join('\n');

  it('reads the rate from the row\'s 2023 cell: 2,655.0 -> 2.41 GWh is -9.2%, not the stated 6.8%', () => {
    expect(changes(report('6.8%'))).toEqual(['✗ 2,655 → 2.41 = −9.2 %, stated 6.8 %']);
  });

  it('and holds a rate the row gives', () => {
    expect(changes(report('9.1%'))).toEqual(['✓ 2,655 → 2,412.6 = −9.1 %']);
  });
});
