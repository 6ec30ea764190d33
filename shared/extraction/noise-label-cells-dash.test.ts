import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string) => extractFigures(text).map((f) => f.value);

describe('a KPI table with a unit column, a row whose earlier year is left out', () => {
  // a dash or n/a in the last column is the missing year's value, not a unit cell: the number before it is the row's value
  const table = (missing: string) =>
    [
      'Indicator\tUnit\t2023\t2022',
      'Total workforce\tpersons\t12,418\t11,906',
      'By contract: Permanent\tpersons\t10,262\t' + missing,
      'Temporary\tpersons\t2,156\t' + missing,
      'Employees who left\tpersons\t1,874\t1,792',
    ].join('\n');

  it('reads the value beside a dash', () => {
    expect(values(table('—'))).toEqual([12418, 11906, 10262, 2156, 1874, 1792]);
    expect(values(table('-'))).toEqual([12418, 11906, 10262, 2156, 1874, 1792]);
  });

  it('reads the value beside n/a', () => {
    expect(values(table('N/A'))).toEqual([12418, 11906, 10262, 2156, 1874, 1792]);
  });
});
