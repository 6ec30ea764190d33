import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a freight railway's revenue section: a commodity's revenue and its rise said on `the 2023 season's` volumes; the year
// is the comparison's, not the revenue's, which the table gives for 2024
const report = (base: string) =>
  [
    '1.1 Revenue',
    '',
    `Revenue rose 4.0% to C$52.0 million in 2024. Potash and fertilizer brought in C$21.45 million, up 5.2% on ${base} movements.`,
    '',
    'Table 1: Revenue by commodity (C$ thousand)',
    'Commodity                          2024       2023    Change %',
    'Potash and fertilizer            21,450     20,390        +5.2',
    'Grain                            18,310     17,650        +3.7',
    'Other                            12,240     11,960        +2.3',
    'Total revenue                    52,000     50,000        +4.0',
  ].join('\n');

const againstTheRow = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.figures.some((f) => f.value === 21_450_000));

describe('a year after `% on the`', () => {
  it('is the base the rate is said on, not the period of the figure before (`up 5.2% on the 2023 season\'s`)', () => {
    expect(againstTheRow(report("the 2023 season's"))).toEqual([]);
  });

  it('as after `% on` (`up 5.2% on 2023`)', () => {
    expect(againstTheRow(report('2023'))).toEqual([]);
  });
});
