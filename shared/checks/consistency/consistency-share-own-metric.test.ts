import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const report = (rate: string) =>
  [
    'Message from the Managing Director',
    '',
    'We commissioned the second processing train on schedule and without a lost-time injury, and our local hiring rate',
    'reached 74.6%, well ahead of the commitment we made to the provincial government.',
    '',
    'Signed on behalf of the Board',
    '',
    '4. OUR PEOPLE',
    '',
    'We employed 3,412 people at the end of 2023, most of them from the communities around our operations.',
    '',
    'Table 4.1  Workforce                          2023        2022',
    'Employees                                    3,412       3,106',
    'Local hiring rate (%)                         76.4        72.9',
    'Women in the workforce (%)                    18.2        17.5',
  ]
    .join('\n')
    .replace('74.6%', rate);

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('a running-text share whose clause says more than its metric (`our local hiring rate reached 74.6%, well ahead of …`)', () => {
  it('restates the table row its own metric names: a different value is flagged', () => {
    expect(mismatches(report('74.6%'))).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 74.6 }, { value: 76.4 }] }]);
  });

  it('agrees with the latest year\'s cell, and is not read against the year before\'s', () => {
    expect(mismatches(report('76.4%'))).toEqual([]);
    expect(mismatches(report('72.9%'))).toMatchObject([{ figures: [{ value: 72.9 }, { value: 76.4 }] }]);
  });
});
