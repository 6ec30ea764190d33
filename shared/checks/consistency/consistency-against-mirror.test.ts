import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a quarry operator's safety section: the year's injuries, hours and rate, then the year before's after `against`, and a five-year table
const report = (prior: string) =>
  [
    '5. Health and safety',
    '',
    'In 2024 our people and contractors recorded 28 recordable injuries in 9,412,000 hours worked, a total recordable injury',
    `frequency rate of 2.97 per million hours, against 31 injuries in 9,046,000 hours and ${prior} in 2023.`,
    '',
    'Table 5.1  Safety performance         2024      2023      2022      2021',
    'Total recordable injury frequency rate  2.97      3.43      3.86      4.12',
    'Fatalities                               0         0         1         0',
    '',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');

describe('the year before`s figure after `against`, its metric read past a number (`… in 9,046,000 hours and 3.34 in 2023`)', () => {
  it('is of the metric of its counterpart before `against`: the table`s 2023 rate says otherwise (digits swapped)', () => {
    expect(mismatches(report('3.34'))).toMatchObject([{ figures: [{ value: 3.34 }, { value: 3.43 }] }]);
  });

  it('agrees with the table`s 2023 rate', () => {
    expect(mismatches(report('3.43'))).toEqual([]);
  });
});
