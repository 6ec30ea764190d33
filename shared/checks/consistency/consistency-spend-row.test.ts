import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a ferry operator's report: the text's spend on a thing said among other words, the key figures' spend row of that thing
const report = (row: string) =>
  [
    '3. Communities',
    '',
    'We spent €1,460 thousand on island community and youth sailing programmes, 1.1% of revenue.',
    '',
    'Key figures                          Unit              2024        2023',
    'Passengers                           thousand         4,286       4,104',
    `Community spend                      EUR thousand     ${row}       1,310`,
    'Employees                            people             912         884',
    '',
  ].join('\n');

const spends = (row: string) => checksOf('consistency', report(row)).filter((c) => c.rule === 'consistency.same-metric' && c.figures.some((f) => f.text.includes('1,460 thousand')));

describe('a key figures spend row (`Community spend  EUR thousand`) and the text\'s amount spent on what it names among other words', () => {
  it('are one spend: a row that differs is flagged', () => {
    expect(spends('1,520')).toMatchObject([{ holds: false, figures: [{ value: 1_460_000 }, { value: 1_520_000 }] }]);
  });

  it('holds when the row gives the text\'s amount', () => {
    expect(spends('1,460')).toMatchObject([{ holds: true }]);
  });
});
