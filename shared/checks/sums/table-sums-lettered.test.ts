import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);
const table = (diesel: string) =>
  [
    'Details of total water withdrawal (in kilolitres):',
    '',
    'Parameter                                                  FY 2023-24      FY 2022-23',
    'Total surface water withdrawal (i)                               0               0',
    'Total groundwater withdrawal (A)                            48,260          51,904',
    'Total third-party water withdrawal (B)                      1,12,540        1,04,318',
    'Total volume of water withdrawal (A+B)                      1,60,800        1,56,222',
    'Total energy from grid electricity (C)                      2,84,106        2,61,950',
    `Total energy from diesel generators (D)                       ${diesel}          22,410`,
    'Total energy consumed (C + D)                               3,03,866        2,84,360',
    'Total resources (A+B+C+D)                                   4,64,666        4,40,582',
    '',
  ].join('\n');

describe('rows that name their formula', () => {
  it('add the lettered rows each formula names, though every label opens with Total', () => {
    expect(sums(table('19,760'))).toEqual(
      expect.arrayContaining([
        [true, [160_800, 48_260, 112_540]],
        [true, [303_866, 284_106, 19_760]],
        [true, [284_360, 261_950, 22_410]],
      ]),
    );
    expect(sums(table('17,960'))).toEqual(expect.arrayContaining([[false, [303_866, 284_106, 17_960]]]));
  });
  it('add a grand total over the subtotals that cover its letters', () => {
    expect(sums(table('19,760'))).toEqual(expect.arrayContaining([[true, [464_666, 160_800, 303_866]]]));
  });
  it('make a row the sum of the rows its difference names', () => {
    const csr = (spent: string) =>
      ['Corporate social responsibility                                   (₹ in lakh)', '(a) Two percent of average net profit as per section 135(5)       12,480', '(b) Total CSR obligation for the financial year                    12,480', `(c) Amount spent in the financial year                             ${spent}`, '(d) Set-off available for succeeding years [(c)-(b)]                   326', ''].join('\n');
    expect(sums(csr('12,806'))).toEqual(expect.arrayContaining([[true, [12_806e5, 12_480e5, 326e5]]]));
    expect(sums(csr('12,860'))).toEqual(expect.arrayContaining([[false, [12_860e5, 12_480e5, 326e5]]]));
  });
});
