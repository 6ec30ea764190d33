import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a row labelled by initials the sentence says in full', () => {
  const report = (said: string) => `Managing Director's review
Our total recordable injury frequency rate improved 9.4% to ${said} per million hours worked this year.

Key data
                                             FY2024         FY2023
Hours worked (million)                        48.6           46.2
TRIFR (per million hours worked)              4.62           5.10
`;

  it("reads the rate over the row's year before", () => {
    expect(checksOf('change', report('4.62')).filter((c) => c.rule === 'change.against-table-prior-year')).toMatchObject([{ holds: true, figures: [{ value: 5.1 }, { value: 4.62 }, { value: 9.4 }] }]);
  });

  it('finds the rate of a figure slipped from its cell', () => {
    expect(checksOf('change', report('4.26')).filter((c) => !c.holds)).toMatchObject([{ rule: 'change.against-table-prior-year', figures: [{ value: 5.1 }, { value: 4.26 }, { value: 9.4 }] }]);
  });
});
