import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rule = (rule: string, checks: ReturnType<typeof checksOf>) => checks.filter((c) => c.rule === rule);

describe('a change said in a clause of the figure\'s own after its year (`… 1,284 megalitres in 2024, which rose 2.0% on the year`)', () => {
  // a water utility's report: the text gives the year's withdrawal and its change by a relative clause, the table the year before
  const utility = (clause: string) =>
    [
      '4.2 Water',
      '',
      `Water we abstracted for treatment came to 1,284 megalitres (ML) in 2024, ${clause} on the year after a dry summer.`,
      '',
      'Table 4: Water abstracted by source (ML)',
      'Source                      2024        2023',
      'Rivers                       812         796',
      'Boreholes                    472         463',
      'Total                      1,284       1,259',
    ].join('\n');

  it('recomputes the change from the row\'s cell of the year before', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', utility('which rose 2.0%')))).toMatchObject([{ holds: true }]);
  });

  it('flags the direction turned (`which fell 2.0%` where the table rose)', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', utility('which fell 2.0%')))).toMatchObject([{ holds: false }]);
  });
});
