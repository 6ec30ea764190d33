import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('a text change said after its amount (`EUR 12.4 million on digital services, 15.8% more than in 2023`) is of that amount, not a headcount row\'s share or change', () => {
  const staff = [
    'Table 5: Staff by function',
    '',
    'Function                        2024   Share (%)      2023   Change (%)',
    'Branch network                 1,842        61.4     1,901         -3.1',
    'Digital services                 486        16.2       412        +18.0',
    'Risk and compliance              372        12.4       358         +3.9',
    'Head office                      300        10.0       296         +1.4',
    'Total                          3,000       100.0     2,967         +1.1',
    '',
  ];

  it('takes the spend\'s 15.8% more for no share of the Digital services headcount row', () => {
    const report = [...staff, 'We spent EUR 12.4 million on digital services, 15.8% more than in 2023 and 2.6% of operating income.'].join('\n');
    expect(mismatches(report)).toEqual([]);
  });

  it('takes it for no change of that headcount row either', () => {
    const report = [...staff, 'We spent EUR 12.4 million on digital services, 17.4% more than in 2023 and 2.6% of operating income.'].join('\n');
    expect(mismatches(report)).toEqual([]);
  });
});
