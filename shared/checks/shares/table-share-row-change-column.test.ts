import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a share row of a data table with a change column in points', () => {
  const table = (ratio2023: string) =>
    [
      'Workforce',
      'Indicator                               Unit       2021       2022       2023     Change',
      'Employees in management                 FTE       2,418      2,466      2,530        +64',
      '  of which women                        FTE         652        698        741        +43',
      `Women in management                     %          27.0       28.3       ${ratio2023}     +1.0 pp`,
    ].join('\n');

  it('is the part row over the whole row in each year, its change cell aside', () => {
    const shares = checksOf('ratio', table('29.3')).filter((c) => c.rule === 'ratio.table-share-row-pair');
    expect(shares.map((c) => [c.holds, c.stated])).toEqual([
      [true, 27],
      [true, 28.3],
      [true, 29.3],
    ]);
  });

  it('finds a share cell the rows do not give', () => {
    expect(checksOf('ratio', table('28.6'))).toContainEqual(expect.objectContaining({ holds: false, rule: 'ratio.table-share-row-pair', stated: 28.6 }));
  });
});
