import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a water utility's annual review: its chief executive's thanks to `our` people, and a five-year table giving its staff in FTE
const report = (thanks: string, rows: string[] = []) =>
  [
    'Chief Executive\'s review',
    '',
    `We supplied 412 million litres of drinking water a day. ${thanks}`,
    '',
    'Five-year summary',
    'Year ended 31 March                 2024      2023      2022      2021',
    'Water supplied (Ml/d)                412       406       401       398',
    ...rows,
    'Full-time equivalent staff         2,418     2,364     2,297     2,251',
    '',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');
const values = (c: { figures: Array<{ value: number }> }) => c.figures.map((f) => f.value).sort((a, b) => a - b);

describe('a report stating its people in full-time equivalents alone gives its headcount so', () => {
  it('flags `our 2,481 colleagues` against the table`s Full-time equivalent staff 2,418 (two digits swapped)', () => {
    expect(mismatches(report('I thank our 2,481 colleagues for their work through a dry summer.')).map(values)).toEqual([[2_418, 2_481]]);
  });

  it('holds `our 2,418 colleagues`', () => {
    expect(mismatches(report('I thank our 2,418 colleagues for their work through a dry summer.'))).toEqual([]);
  });

  it('reads no FTE row as the headcount beside a row of the headcount itself (`Employees`)', () => {
    expect(mismatches(report('I thank our 2,596 colleagues for their work through a dry summer.', ['Employees                          2,596     2,540     2,488     2,430']))).toEqual([]);
  });
});
