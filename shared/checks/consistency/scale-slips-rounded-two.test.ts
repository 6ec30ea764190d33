import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a brewery's chief executive rounds a key figure to two digits at a scale ten times off its row
const report = (letter: string) =>
  [
    'Chief Executive’s review',
    '',
    `It was a good summer for cask ale. ${letter}, and we opened our fourth taproom.`,
    '',
    'Key figures',
    '',
    'Measure                   Unit              2024         2023',
    'Turnover                  EUR thousand     38,120       35,460',
    'Beer brewed               hectolitres     142,600      138,900',
    'Employees                 people              212          204',
  ].join('\n');

const slips = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds && c.message.includes('scale slip'));

describe('a figure rounded to two digits at a scale ten times off its key table\'s row, the row\'s label said whole before it (`Turnover grew to €3.8 million` of 38,120 EUR thousand)', () => {
  it('is a scale slip', () => {
    expect(slips('Turnover grew to €3.8 million')).toHaveLength(1);
  });

  it('rounded right, or said of more than the row\'s label (`turnover of our taprooms`), it is none', () => {
    expect(slips('Turnover grew to €38 million')).toEqual([]);
    expect(slips('Turnover of our taprooms grew to €3.8 million')).toEqual([]);
  });
});
