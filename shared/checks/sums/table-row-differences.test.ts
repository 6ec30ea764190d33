import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const summary = (opex2020: string) =>
  `Five-year summary\nYear ended 30 June                      2023      2022      2021      2020\nFinancial ($ million)\nRevenue                                2,486     2,312     2,164     2,098\nOperating expenses                    (1,642)   (1,541)   (1,452)   (${opex2020})\nEBITDAF                                  844       771       712       679\nNet profit after tax                     286       241       218       196\n`;
const rows = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.table-row-less-deductions');

describe('a table row that is the row above less a row of bracketed deductions', () => {
  it('holds column by column: revenue less operating expenses is EBITDAF', () => {
    expect(rows(summary('1,419'))).toHaveLength(4);
    expect(rows(summary('1,419')).every((c) => c.holds)).toBe(true);
  });

  it('is a mismatch in the one column that does not add, the others proving the rows relate', () => {
    expect(rows(summary('1,491')).filter((c) => !c.holds)).toMatchObject([{ stated: 679_000_000, expected: 607_000_000 }]);
  });

  it('says nothing when no two columns add (the rows may not relate so)', () => {
    const text = 'Year   2023   2022   2021\nRevenue   2,486   2,312   2,164\nOperating expenses   (1,642)   (1,541)   (1,452)\nCapital expenditure   612   548   503\n';
    expect(rows(text)).toEqual([]);
  });
});
