import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a hospital group's report: the text gives its beds and the year before's, a table by site gives both, and the key figures
// restate the year before's as written but this year's otherwise
const report = (keyBeds: string) =>
  [
    '2. Our hospitals',
    '',
    'We operated 842 beds at year end, up from 806 a year earlier, as the new wing at Ashford opened.',
    '',
    'Table 2: Beds by site',
    'Site                         2024       2023',
    'Ashford                       412        376',
    'Canterbury                    430        430',
    'Total beds                    842        806',
    '',
    'Key figures',
    'Indicator                    Unit          2024       2023',
    `Beds in service              number        ${keyBeds}        806`,
    'Patients treated             thousand      96.4       91.8',
  ].join('\n');

const restated = (keyBeds: string) => checksOf('consistency', report(keyBeds)).filter((c) => c.rule === 'consistency.year-pair-row');

describe('a row of the same thing restating the year before\'s value as written and this year\'s otherwise', () => {
  it('is flagged against the text\'s value that another row gives with that year before', () => {
    expect(restated('824')).toMatchObject([{ holds: false, figures: [{ value: 842 }, { value: 824 }] }]);
  });

  it('is not when it restates both', () => {
    expect(restated('842')).toEqual([]);
  });
});
